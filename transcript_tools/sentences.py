"""Sentences: re-segment caption text with word statistics, restore question marks, and set
``Document.sentence_starts``. A pipeline stage run after names/spelling, before casing.

Caption periods often mark where a caption line ended, not a sentence ("let me. repeat"): a
period inside a fluent word pair, or after a word that cannot end a sentence, is removed.
Every other word gap gets a hand-set score (`sentencegaps`: clause openers, word-pair rarity)
and, when ``Options.learned_sentences`` is on, the log-odds of the learned gap model
(`sentencemodel`, trained on human-punctuated caption pages) that takes the hand score among
its features; a length-prior DP picks the ends. Gaps where no sentence can end (after an
article, a preposition before a wh-word, "i think | we") stay closed either way. Questions
(wh-questions, inverted auxiliaries, tag questions) end with "?", also where one opens or
closes inside a run (`questions.place_questions`). Words are never changed.
"""

from __future__ import annotations

import array
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice, repeat
from operator import attrgetter, itemgetter
from typing import cast

from . import memos
from .breakwords import CONJUNCTIONS, DETERMINERS, PREPOSITIONS
from .captionstops import (
    NEVER_LAST,
    PERSON_TITLES,
    STRANDED,
    at_line_breaks,
    spurious_stop,
    title_stop,
)
from .interjections import COMMA_HEADS, interjection_commas
from .language import written_source
from .memos import PAIR_MEMO, WORD_MEMO
from .model import CONTINUES, Document, Editor, Piece, Token
from .nearends import BAND, near_end_commas
from .options import Options
from .questions import AUX, LEADS, TAG_PRONOUNS, QuestionCuts, place_questions
from .scans import where
from .sentenceends import (
    ENDS,
    SOFT,
    close_sentence,
    cut_at_a_comma,
    cut_off,
    embedded_wh_objects,
    fronted_phrases,
    inside_exclamation,
    interstate_letters,
    leading_interjections,
    mark_sentences,
    no_lone_objects,
    opening_clauses,
    relative_fragments,
    written_words,
)
from .sentencegaps import (
    LEANS_ON_NEXT,
    MAY_OPEN,
    NEVER,
    OPEN_SUBJECTS,
    RESTART_FLOOR,
    GapModel,
    Prior,
    candidates,
    long_runs,
    restarts,
    segment,
)
from .sentencemodel import MAX_DISTANCE, SentenceModel, question_features, word_class
from .titles import dotted_pair
from .vocabulary import vocabulary

_TEXT = attrgetter("text")
_FIRST = attrgetter("first")
_SUBORDINATE = frozenset("if when unless once whether although though while".split())
_OPEN_CLAUSE_COST = 2.0
"""A gap within six words after a subordinator most often joins it to its main clause."""
_LEARNED_SLACK = 2.0
"""How far below the learned threshold (log-odds) a gap may score and still be taken to
shorten a run-on."""
_QUESTION_SLACK = {True: (3.0, 1.0), False: (0.0, -1.0)}
"""How far below the segmenter's threshold a gap may score and still open a question inside a
run, and end one, with the learned gap log-odds (True) and the hand scores (False): the hand
scores are coarser, so they must clear the threshold itself."""
_QUESTION_LONGEST = 18
"""The longest question taken without a gap strong enough to end it (in words)."""
@dataclass(frozen=True, slots=True)
class GapTable:
    """Per word of a document: its piece, key and following punctuation pieces, and for the
    gap after it whether an end stands there (``fixed``), its hand score, whether a comma
    (``soft``) or a dash/quote (``blocked``) stands there, and the words from the last fixed
    end (``since``, this word included) and to the next one (``until``). Flags and distances
    are bytes, not lists of objects: a long input has 300k words."""

    words: list[Piece]
    keys: list[str]
    gaps: list[tuple[Piece, ...]]
    fixed: bytearray
    hand: Sequence[float]
    soft: bytearray
    blocked: bytearray
    since: bytearray
    until: bytearray


_RISING = bytes(range(1, MAX_DISTANCE + 1))
_FALLING = _RISING[::-1]
_FAR = bytes([MAX_DISTANCE])
_NEVERS = (NEVER,)


PairFacts = tuple[float | None, bool, float, float, float, float, float]
"""A word pair's PMI, whether no sentence can end between the words, and its learned weights
(`SentenceModel.pair_weights`)."""


_NO_FACTS: dict[str, PairFacts] = {}
_IMPOSSIBLE = itemgetter(1)
"""A pair's facts: whether no sentence can end between its words."""


def _is_none(x: object) -> bool:
    return x is None


def _broken(gap: tuple[Piece, ...]) -> bool:
    """Does a dash or quote stand in ``gap`` (the words either side do not run on)? (The
    callers skip an empty gap, most gaps, before the call: no generator for none.)"""
    return any(g.text not in SOFT and g.text not in ENDS for g in gap)


def _writers_ends(doc: Document, words: list[Piece], fixed: bytearray,
                  ends: bytearray | list[int]) -> None:
    """In a written source (`language.written_source`) the writer's sentences stand: no new
    end before a word they did not capitalise ("Sir, what does", "wanna thank your")."""
    tokens = doc.tokens
    for i in where(ends, len(words) - 1):
        if fixed[i]:
            continue
        after = tokens[words[i + 1].first].text
        if not after[:1].isupper() or _first_person(after) and _comma_after(words[i], tokens):
            # ("by then, I was tired": "I" is capitalised wherever it stands, so it
            # tells nothing of a sentence's start, and the writer put a comma there)
            ends[i] = 0


def _first_person(word: str) -> bool:
    """The pronoun "I" alone or contracted ("I'm", "I’ll"): written in capitals anywhere."""
    return word == "I" or word[:2] in ("I'", "I\u2019")


def _comma_after(word: Piece, tokens: Sequence[Token]) -> bool:
    """Whether the token right after ``word`` is a comma (the writer's)."""
    return word.stop < len(tokens) and tokens[word.stop].text == ","


def _completed(source: str, word: Piece, key: str) -> bool:
    """Whether ``word``, the document's last, was written in the source as the start of what
    it reads now (the spelling stage completed a cut word: "americ" -> "America", "grea" ->
    "great"): the excerpt stopped inside the word, so the sentence goes on past it ("this
    area of South America…", not "America."; qa35). A question keeps its mark."""
    said = source[word.start:word.end].lower()
    return said.isalpha() and len(said) < len(key) and key.startswith(said)


def _turns_closed(doc: Document, words: list[Piece], gaps: list[tuple[Piece, ...]]) -> bool:
    """Whether the writer closed every turn before the last with a sentence's mark: the word
    before each speaker's marker has one of `ENDS` after it in the source, `CLOSED_TURNS`
    times or more (the text above the first marker aside: a page's heading, its menu). On
    such a written page the last word with no mark after it is where the excerpt was cut
    ("... they love to get post up" takes "…", not a stop; qa54). A page with a turn its
    writer left open, or with too few turns, is not read so."""
    closed = 0
    for m in doc.markers[1:]:
        k = bisect_left(words, m.index, key=_FIRST) - 1
        if k < 0:
            continue
        if not any(g.text in ENDS for g in gaps[k]):
            return False
        closed += 1
    return closed >= CLOSED_TURNS


CLOSED_TURNS = 2
"""Turns before the last that the writer closed with a mark, for `_turns_closed`."""


def _stub(key: str) -> bool:
    """Whether a word is no word `cut_off` knows by its key alone (not a word no sentence
    ends on, not a stranded preposition) and long enough to be a word's start rather than a
    letter ("what about s&p", "plan b"): then only its being the start of a common word
    makes it a cut."""
    return len(key) >= 3 and key not in NEVER_LAST and key not in STRANDED


def _key(text: str) -> str:
    return text.casefold().strip(".,;:?!\"'“”‘’()").replace("’", "'")


class SentenceSplitter:
    """The sentence stage: re-segments when ``options.punctuation`` is on, else only marks
    sentence starts from the punctuation already there."""

    def __init__(self, options: Options, *, join_pmi: float = 0.8,
                 prior: Prior | None = None, learned: bool = True) -> None:
        self.options = options
        self.join_pmi = join_pmi
        """A caption period inside a pair at least this associated (log10 PMI) is removed
        (where the captioner stops at line breaks: `captionstops`)."""
        self.prior = prior or Prior()
        self._model: GapModel | None = None
        self._keys: dict[str, str] = {}
        self._scores: dict[tuple[str, str, str], float] = {}
        self._classes: dict[str, str] = {}
        self._pairs: dict[str, dict[str, PairFacts]] = {}
        self._pair_count = 0
        memos.bound(self, ("_keys", WORD_MEMO), ("_scores", PAIR_MEMO),
                    ("_classes", WORD_MEMO), ("_pairs", PAIR_MEMO, "_pair_count"))
        self.use_learned = learned and options.learned_sentences
        """Score gaps and questions with the learned model (when its file is present)."""
        self._learned: SentenceModel | bool | None = None

    @property
    def model(self) -> GapModel:
        if self._model is None:
            self._model = GapModel(vocabulary())
        return self._model

    def __call__(self, doc: Document) -> Document:
        if self.options.punctuation and doc.tokens:
            return self._resegment(doc)
        return mark_sentences(doc)

    # -- the stage ---------------------------------------------------------------------------
    @property
    def learned(self) -> SentenceModel | None:
        """The learned gap and question model (loaded on first use; None without its file
        or when ``learned=False``)."""
        if self._learned is None and self.use_learned:
            self._learned = SentenceModel.load() or False
        return self._learned if isinstance(self._learned, SentenceModel) else None

    def _resegment(self, doc: Document) -> Document:
        editor = doc.editor()
        table = self.gap_table(doc, editor)
        if table is None:
            return mark_sentences(doc)
        words, gaps = table.words, table.gaps
        learned = self.learned
        scores: Sequence[float]
        if learned is not None:
            scores = self.learned_scores(table, learned)
            d = learned.decoding
            prior = Prior(threshold=d.threshold, comfortable=d.comfortable,
                          per_word=d.per_word, short=self.prior.short, slack=_LEARNED_SLACK,
                          window=self.prior.window)
        else:
            scores, prior = table.hand, self.prior
        cands = candidates(scores, prior)
        ends = segment(scores, table.fixed, prior, cands)
        if learned is not None:  # the candidates hold every gap a restart may end when a
            # gap scoring RESTART_FLOOR is one (the test of `candidates`)
            restarts(table.keys, scores, ends,
                     cands if RESTART_FLOOR - prior.threshold > -prior.slack else None)
            long_runs(table.keys, scores, ends, cands, table.soft)
        leading_interjections(ends, table.fixed, table.blocked, table.keys, scores,
                              self.model.fluent)
        written = written_source(doc)
        if written:
            _writers_ends(doc, words, table.fixed, ends)
        fronted_phrases(ends, table.fixed, table.keys)
        opening_clauses(ends, table.fixed, table.keys)
        interstate_letters(ends, table.fixed, table.keys)
        for i in embedded_wh_objects(ends, table.fixed, table.keys, self.model.fluent):
            table.blocked[i] = True  # no comma between the object and its clause either
        asked = frozenset(i for i in where(gaps, len(gaps))
                          if any(g.text == "?" for g in gaps[i]))
        questions = self._questions(table.keys, ends, scores, prior.threshold, asked)
        questions -= no_lone_objects(ends, table.fixed, table.keys)
        questions -= relative_fragments(questions, ends, table.keys, gaps, AUX)
        if written:  # (a question placed its start too)
            _writers_ends(doc, words, table.fixed, ends)
        n = len(words)
        if n and ends[n - 1] and cut_at_a_comma(words[n - 1], gaps[n - 1]):
            editor.replace([gaps[n - 1][0]], "…", "punctuation", "cut-off", 0.6)
            ends[n - 1] = 0  # ended here: the loop leaves it
        firsts: dict[str, int] = {}  # each word's first index (`_first_at`, built once)
        cut_page = written and n > 1 and table.fixed[n - 1] and not gaps[n - 1] \
            and not doc.metadata.get(CONTINUES) and _turns_closed(doc, words, gaps)
        for i in where(ends, n):
            # the document's end or a speaker change right after a word no sentence ends on
            # (fixed, with no mark in the source): the speech was cut there
            # (a question keeps its mark unless its last word is the start of a word cut
            # short: "would i hav" ends "hav…", qa25)
            at_end = i + 1 == n and not doc.metadata.get(CONTINUES)
            if table.fixed[i] and not gaps[i] \
                    and ((i not in questions or _stub(table.keys[i]))
                         and cut_off(words[i], table.keys[i], NEVER_LAST, vocabulary(),
                                     table.keys[i - 2] if i >= 2 else "",
                                     _first_at(table.keys, firsts).get(table.keys[i], i) < i,
                                     at_end, table.keys[i - 1] if i else "")
                         or at_end and i not in questions
                         and (cut_page or _completed(doc.source, words[i], table.keys[i]))):
                text = words[i].text  # (a mark an earlier stage wrote after it: replaced,
                # as `sentenceends.close_sentence` replaces one: "the,…" read "the…" again)
                editor.replace([words[i]], (text[:-1] if text[-1:] in SOFT and len(text) > 1
                                            else text) + "…", "punctuation", "cut-off", 0.6)
                continue
            if table.fixed[i] and i + 1 < n and len(gaps[i]) == 1 and gaps[i][0].text == ":" \
                    and i not in questions:
                # a colon right before a speaker change leads into the next voice's words
                # ("funding has been provided by: >> will your savings", qa20): it stays
                continue
            # a writer's own stop stays a stop: they chose it ("And boy, do we have a good
            # class for you today.", qa55); a question mark goes where a caption has none
            close_sentence(editor, words[i], gaps[i], i in questions and not (
                written and any(g.text == "." for g in gaps[i])))
        after_ends = [i + 1 for i in where(ends, n - 1)]
        opening = [0, *after_ends, *(bisect_left(words, m.index, key=_FIRST)
                                     for m in doc.markers)]
        commas: set[int] = set()
        if learned is not None and not written:  # a comma where the model half believes in
            # an end (a writer's commas are their own)
            # (the candidates hold every gap within BAND of the threshold when BAND < slack)
            commas.update(near_end_commas(editor, words, table.keys, gaps, scores, ends,
                                          table.fixed, table.blocked, prior.threshold,
                                          cands if BAND < prior.slack else None))
        if not written:
            interjection_commas(editor, words, table.keys, gaps, ends,
                                sorted({i for i in opening if i < n and i not in commas
                                        and table.keys[i] in COMMA_HEADS}),
                                vocabulary())
        tokens = doc.tokens
        # (our own output read back: a speaker's change opens a sentence only where our first
        # cleaning ended one, `sentenceends.written_words`)
        ours = doc.ours
        starts = {0} | {m.index for m in doc.markers if m.index < len(tokens)
                        and not (ours and m.kind in ("speaker", "label"))}
        starts.update(words[i].first for i in after_ends)
        return editor.finish(sentence_starts=tuple(sorted(_with_openers(tokens, starts))))

    def gap_table(self, doc: Document, editor: Editor | None = None) -> GapTable | None:
        """Every word gap with its hand score; ``editor`` (when given) removes the caption
        periods judged spurious. None when the document has no words."""
        words, keys, gaps, marked, breaks = self._collect(doc)
        if not words:
            return None
        n = len(words)
        fixed = bytearray(n)
        soft = bytearray(n)
        blocked = bytearray(n)
        scores = array.array("d", _NEVERS) * n  # 8 bytes a gap, not a float object
        # Only these gaps can score above NEVER or stand fixed: a break, punctuation, the
        # last word (each judged below), or a plain gap before a word `score` may let open
        # a sentence.
        plain = bytearray(map(MAY_OPEN.__contains__, islice(keys, 1, None)))
        plain.append(False)
        for i in marked:
            plain[i] = False
        cache = self._scores
        score = self.model.score
        for i in where(plain, n):
            a, b = keys[i], keys[i + 1]
            c = keys[i + 2] if i + 2 < n else ""
            if b in LEANS_ON_NEXT and gaps[i + 1] and _broken(gaps[i + 1]):
                continue  # "you | can't -- you have to": no "can't you" question opens
            got = cache.get((a, b, c))
            if got is None:
                got = score(a, b, c)
                if len(cache) < 300_000:
                    cache[a, b, c] = got
            if got > NEVER / 2:
                if not _SUBORDINATE.isdisjoint(keys[max(0, i - 6):i]):
                    got -= _OPEN_CLAUSE_COST  # "if the plan fails | you will": a main clause
                scores[i] = got
        self._marked_gaps(doc, editor, words, keys, gaps, marked, breaks,
                          fixed, soft, blocked, scores)
        if ".m." in doc.source:
            clock_ends(words, keys, gaps, fixed)
        wh_heads(keys, fixed, blocked, scores, self.model.fluent)
        comma_conjunctions(keys, gaps, fixed, blocked, scores)
        since = bytearray()
        until = bytearray()
        prev = -1
        for f in where(fixed, n):  # one run of words per fixed end (the last is)
            length = f - prev
            if length <= MAX_DISTANCE:
                since += _RISING[:length]  # 1, 2, ... from the last fixed end, capped
                until += _FALLING[MAX_DISTANCE - length:]  # ..., 2, 1 to the next one
            else:
                since += _RISING + _FAR * (length - MAX_DISTANCE)
                until += _FAR * (length - MAX_DISTANCE) + _FALLING
            prev = f
        return GapTable(words, keys, gaps, fixed, scores, soft, blocked, since, until)

    def _marked_gaps(self, doc: Document, editor: Editor | None, words: list[Piece],
                     keys: list[str], gaps: list[tuple[Piece, ...]], marked: list[int],
                     breaks: set[int], fixed: bytearray, soft: bytearray, blocked: bytearray,
                     scores: array.array[float]) -> None:
        """`gap_table` at the gaps ``marked`` (punctuation, a break, the last word)."""
        model = self.model
        cache = self._scores
        n = len(words)
        loose = at_line_breaks(keys, gaps)
        written = written_source(doc)
        # the gaps before a speaker's label ("... speak to. Q    Without", "... to. MR. ROE:"):
        # a stop there is the writer's turn end, never a caption line break's
        labelled = {bisect_left(words, k.index, key=_FIRST) - 1
                    for k in doc.markers if k.kind == "label"}
        for i in marked:
            gap, a = gaps[i], keys[i]
            b = keys[i + 1] if i + 1 < n else ""
            c = keys[i + 2] if i + 2 < n else ""
            if i in breaks or i + 1 == n:
                fixed[i] = True
                continue
            gap_text = gap[0].text if len(gap) == 1 else "".join(g.text for g in gap)
            if len(gap) > 1 and gap[-1].text in ENDS and all(g.text in SOFT for g in gap[:-1]):
                gap_text = gap[-1].text  # "and , , . so": the stop judged as if alone
            if (gap_text in ENDS if len(gap) == 1 else any(g.text in ENDS for g in gap)):
                if gap_text == "!" and inside_exclamation(words, gaps, keys, i, written):
                    blocked[i] = True  # "shouted STOP! at the driver": no end, "!" stays
                    continue
                if gap_text[-2:] == ".," and gap[-1].start == gap[-2].end \
                        or gap_text == "." and keys[i + 1][:1].isdigit() \
                        and words[i + 1].start == gap[-1].end:
                    blocked[i] = True  # "etc., as", ".500": no stop, and it stays
                    continue
                if len(a) == 1 and (len(b) == 1 and dotted_pair(
                        a, b, doc.source[words[i].end:words[i + 1].start]) or (
                        gap_text == "." and i and dotted_pair(
                            keys[i - 1], a, doc.source[words[i - 1].end:words[i].start]))):
                    blocked[i] = True  # "the u. s. senate": an initialism's stops, as
                    continue  # "u.s." read as one word has none
                before = keys[i - 1] if i else ""
                if title_stop(model, a, b, c, gap_text):
                    blocked[i] = True  # "st. louis": the abbreviation's mark stays
                    continue
                titled = b in PERSON_TITLES and i + 1 < n and len(gaps[i + 1]) == 1 \
                    and gaps[i + 1][0].text == "."
                # (a written source's writer stopped there and capitalised the next word)
                capitalised = written and words[i + 1].text[:1].isupper() \
                    and not _first_person(words[i + 1].text)
                if i not in labelled and spurious_stop(model, before, a, b, c, gap_text, loose,
                                                       self.join_pmi, titled, capitalised):
                    for g in gap:
                        if g.text == "." and editor is not None:
                            editor.replace([g], "", "punctuation", "caption-period", 0.8,
                                           note="a caption line break, not a sentence end")
                else:
                    fixed[i] = True
                    continue
            elif not all(g.text in SOFT for g in gap):
                blocked[i] = True  # a dash or quote: leave it as written
                continue
            got = NEVER  # what `score` gives before any word that cannot open a sentence
            if b in MAY_OPEN and not (b in LEANS_ON_NEXT and i + 1 < n and gaps[i + 1]
                                      and _broken(gaps[i + 1])):
                triple = (a, b, c)
                known_score = cache.get(triple)
                if known_score is None:
                    known_score = model.score(a, b, c)
                    if len(cache) < 300_000:
                        cache[triple] = known_score
                got = known_score
            scores[i] = got - 0.5
            soft[i] = True

    def gap_inputs(self, table: GapTable, i: int) -> tuple[
            str, str, str, str, tuple[str, str, str, str], float | None, float | None,
            float, int, int]:
        """The arguments of `SentenceModel.gap` (and `gap_features`) for gap ``i``."""
        keys = table.keys
        n = len(keys)
        p = keys[i - 1] if i else ""
        a, b = keys[i], keys[i + 1]
        c = keys[i + 2] if i + 2 < n else ""
        cls = self._class
        classes = (cls(p), cls(a), cls(b), cls(c))
        pmi = self.model.pmi
        return (p, a, b, c, classes, pmi(a, b), pmi(b, c) if c else None, table.hand[i],
                table.since[i], table.until[i])

    def learned_scores(self, table: GapTable, learned: SentenceModel) -> array.array[float]:
        """Gap log-odds from the learned model; fixed gaps and gaps after a dash or quote
        keep NEVER (the segmenter does not choose there), a comma lowers the odds."""
        keys = table.keys
        known = self._pairs
        # each pair's (PMI, impossible, learned pair weights), memoised across documents as
        # known[a][b] (no pair tuple to build and hash)
        found: list[PairFacts | None] = list(map(
            dict.get, map(known.get, keys, repeat(_NO_FACTS)), islice(keys, 1, None)))
        if not all(found):  # (a None among the facts' tuples: a truth test each, not an
            # equality test of each tuple against None)
            # lazily: on a new document most pairs are unknown, and a list of their
            # indices would be as long as the document
            for i in where(map(_is_none, found), len(found)):
                # (asked again: an earlier gap of this document may have met the pair)
                a, b = keys[i], keys[i + 1]
                got = known.get(a, _NO_FACTS).get(b)
                found[i] = self._pair(a, b, learned) if got is None else got
        pairs = cast(list[PairFacts], found)  # no None left
        # fixed, blocked or impossible (0 or 1 a gap): the flags or-ed as numbers, in C
        skip = bytearray((int.from_bytes(table.fixed, "little")
                          | int.from_bytes(table.blocked, "little")
                          | int.from_bytes(bytes(map(_IMPOSSIBLE, pairs)), "little")
                          ).to_bytes(len(keys), "little"))
        skip[-1] = True
        scores = learned.paired_gaps(keys, self._class, pairs, table.hand,
                                     table.since, table.until, skip)
        for i in where(table.soft, len(keys)):
            if not skip[i]:
                scores[i] -= 0.5
        return scores

    def _pair(self, a: str, b: str, learned: SentenceModel) -> PairFacts:
        pmi = self.model.pmi_uncached(a, b)  # memoised here, with the rest
        got = (pmi, self.model.impossible(a, b), *learned.pair_weights(a, b, pmi, self._class))
        if self._pair_count < 300_000:  # pairs remembered
            self._pair_count += 1
            self._pairs.setdefault(a, {})[b] = got
        return got

    def _class(self, word: str) -> str:
        got = self._classes.get(word)
        if got is None:
            got = word_class(word, vocabulary().zipf(word))
            if len(self._classes) < 100_000:
                self._classes[word] = got
        return got

    def _questions(self, keys: list[str], ends: bytearray, scores: Sequence[float],
                   threshold: float, asked: frozenset[int] = frozenset()) -> set[int]:
        """The word indices that end a question (`questions.place_questions`); ``ends`` gains
        the ends of questions found inside a run."""
        start, end = _QUESTION_SLACK[self.learned is not None]
        cuts = QuestionCuts(start=threshold - start, end=threshold - end,
                            longest=_QUESTION_LONGEST)
        learned = self.learned
        judge = None
        if learned is not None and learned.asks:
            d = learned.decoding

            def judge(sentence: list[str], shape: bool) -> bool:
                odds = learned.score(question_features(sentence, shape))
                return odds > d.question or (shape and odds > d.veto)

        return place_questions(keys, ends, scores, cuts, self.model.fluent, judge, asked)

    def _collect(self, doc: Document) -> tuple[
            list[Piece], list[str], list[tuple[Piece, ...]], list[int], set[int]]:
        """`written_words` and the words' keys, and the gaps with punctuation or a break and
        the last (in order)."""
        words, gaps, punctuated, breaks = written_words(doc)
        n = len(words)
        known = self._keys
        try:  # every word's key met before (no list scan for a missing one)
            keys: list[str | None] = list(map(known.__getitem__, [w.text for w in words]))
        except KeyError:
            keys = list(map(known.get, map(_TEXT, words)))
            for i in where(map(_is_none, keys), n):
                text = words[i].text
                key = known.get(text)  # (met earlier in this document?)
                if key is None:
                    key = _key(text)
                    if len(known) < 100_000:
                        known[text] = key
                keys[i] = key
        marked = sorted(breaks.union(punctuated, (n - 1,))) if n else []
        return words, keys, gaps, marked, breaks  # type: ignore[return-value]


_CLOCK_DOTTED = frozenset(("a.m", "p.m"))
_CLOCK_GOES_ON = frozenset(
    "eastern pacific central mountain atlantic local et pt ct mt est edt pst pdt cst cdt mst "
    "mdt gmt utc bst time sharp hour hours news edition show newscast shift flight train bus "
    "start deadline meeting service today tomorrow tonight yesterday this next last every "
    "each daily weekdays weekends here there now ago out up down back off away monday tuesday "
    "wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays january february march april may june july august september october "
    "november december".split())
"""Words after a clock's "a.m."/"p.m." that go on with the time ("6 a.m. eastern", "at 9
p.m. tonight", "the 5 p.m. news"): no sentence ends before them."""


def clock_ends(words: Sequence[Piece], keys: Sequence[str], gaps: Sequence[tuple[Piece, ...]],
               fixed: bytearray) -> None:
    """A sentence end after a clock time's "a.m."/"p.m." whose one stop serves both (the
    time a predicate, "it is 6:00 a.m. breaking overnight", qa68) when the next word, in
    lowercase, neither goes on with the time (`_CLOCK_GOES_ON`, a preposition or a
    conjunction) nor follows a time that a determiner, a preposition or a possessive makes
    an attribute or an adverbial ("the 6 a.m. crews", "at 7 a.m. rush hour traffic").
    Marked ``fixed``: the gap model lets no noun open a sentence ("a.m. | police")."""
    n = len(keys)
    for i in where(bytearray(map(_CLOCK_DOTTED.__contains__, keys)), n - 1):
        if not i or fixed[i] or gaps[i] or gaps[i - 1]:
            continue
        if not keys[i - 1][:1].isdigit() or not words[i].text.endswith("."):
            continue
        b = keys[i + 1]
        if not b.isalpha() and not b.replace("'", "").isalpha():
            continue
        if b in _CLOCK_GOES_ON or b in PREPOSITIONS or b in CONJUNCTIONS \
                or not words[i + 1].text[:1].islower():
            continue
        if i >= 2 and (keys[i - 2] in DETERMINERS or keys[i - 2] in PREPOSITIONS
                       or keys[i - 2].endswith("'s") and keys[i - 2] not in OPEN_SUBJECTS):
            continue  # "the 6 a.m. crews", "with 6 a.m. temperatures": an attribute
        fixed[i] = True


_WH_HEADS = frozenset("what which whose".split())
_NO_NOUN = frozenset("about if else now then next a an so exactly".split())
"""Words after "what" that are no noun it asks about: "what about iran? would you go",
"what if", "what now", "what a day" (an exclamation) may stand alone."""


_COMMA_CONJUNCTIONS = frozenset("plus so yet".split())
"""Words that, right after a comma, join the clause that follows to the one before
("the transition, plus we will", "it was late, so we left"): a conjunction there, never a
sentence's last word. Elsewhere they may end one ("a big plus.", "I think so.", "not yet.")."""


def comma_conjunctions(keys: Sequence[str], gaps: Sequence[tuple[Piece, ...]],
                       fixed: bytearray, blocked: bytearray,
                       scores: array.array[float]) -> None:
    """No sentence end right after a `_COMMA_CONJUNCTIONS` word that follows a comma and
    has no mark of its own (qa27: "an update on the transition, plus we will be talking"
    gave "transition, plus. We will"). Marked ``blocked`` (the learned decoder places no
    end there), with the hand score NEVER."""
    n = len(keys)
    if n < 3:
        return
    # (only the words after a gap holding a mark are looked at, found at C speed: a page of
    # 3,000 words has a hundred such gaps, and says "so" as often; a map of the set's test
    # over every word cost ~0.9M instructions)
    for j in where(gaps, n - 2):
        i = j + 1
        if keys[i] in _COMMA_CONJUNCTIONS and not gaps[i] and not fixed[i] \
                and len(gaps[j]) == 1 and gaps[j][0].text == ",":
            blocked[i] = True
            scores[i] = NEVER


def wh_heads(keys: Sequence[str], fixed: bytearray, blocked: bytearray,
             scores: array.array[float], fluent: Callable[[str, str], bool]) -> None:
    """No sentence end right after a sentence's opening wh-word and its noun, before the
    auxiliary that inverts after them ("so what damage | would you say", "which part | do
    you"): the phrase asks about the object of the verb to come and is no sentence alone
    (qa24). The sentence opens after a fixed end (a source stop that stays, a speaker
    change) or at the document's start; leads ("so", "and") skipped; one or two words after
    the wh-word, none an auxiliary, the first a noun English writes after "the" (``fluent``:
    "the damage", where "what happened | did you see it" is a question of its own). Marked
    ``blocked`` (the learned decoder places no end there), with the hand score NEVER."""
    n = len(keys)
    if n < 3:
        return
    start, seen = 0, 0  # the sentence's first word; ``fixed`` read for it up to ``seen``
    # (only the gaps before an auxiliary are looked at: found at C speed)
    for i in where(map(AUX.__contains__, islice(keys, 1, n - 1)), n - 2):
        if fixed[i] or keys[i + 2] not in TAG_PRONOUNS or blocked[i]:
            continue
        back = len(fixed[seen:i].rstrip(b"\0"))  # (the last fixed end before i, plus one)
        if back:
            start = seen + back
        seen = i
        s = start
        while s < i and keys[s] in LEADS:
            s += 1
        head = keys[s:i + 1]
        if 2 <= len(head) <= 3 and head[0] in _WH_HEADS and head[1] not in _NO_NOUN \
                and not any(k in AUX or k in TAG_PRONOUNS for k in head[1:]) \
                and fluent("the", head[1]) or _how_degree(head, fluent):
            blocked[i] = True
            scores[i] = NEVER


def _how_degree(head: Sequence[str], fluent: Callable[[str, str], bool]) -> bool:
    """A sentence's opening "how" and the one word of degree it asks about, before the
    auxiliary that inverts after them ("how significantly | will it be changed", "how much
    | do you", qa31): an adverb in -ly or a word English writes after "how" (``fluent``);
    not "how come", "how so", "how about", which may stand alone."""
    return len(head) == 2 and head[0] == "how" and head[1] not in _NO_NOUN \
        and head[1] != "come" and head[1] not in AUX and head[1] not in TAG_PRONOUNS \
        and (head[1].endswith("ly") or fluent("how", head[1]))


def _first_at(keys: list[str], firsts: dict[str, int]) -> dict[str, int]:
    """Each word's first index among ``keys``, filled into ``firsts`` on the first call (a
    cut-off test asks it at a turn's end only)."""
    if not firsts and keys:
        for i, key in enumerate(keys):
            firsts.setdefault(key, i)
    return firsts


OPENERS = frozenset(("(", "[", "\"", "\u201c", "\u2018", "'", "\u00bf", "\u00a1"))
"""Marks that open a sentence glued to its first word ("(Laughter)", '"Yes', "\u00bfQu\u00e9")."""


def _with_openers(tokens: Sequence[Token], starts: set[int]) -> set[int]:
    """``starts`` with each start on a word moved back over the opening marks glued to it
    ("hasn't he?" (Laughter) So": the sentence opens at "(", not at "Laughter", qa55): a
    speaker's turn or a caption cue that begins with the sentence keeps its bracket, not
    ending the last one on "(". A mark with no space before it ("it's", "word(s)") opens
    nothing."""
    moved = set()
    for s in starts:
        at = s
        while 0 < at < len(tokens):
            t = tokens[at - 1]
            if t.kind != "punct" or t.text not in OPENERS or t.end != tokens[at].start \
                    or at >= 2 and tokens[at - 2].end == t.start:
                break
            at -= 1
        moved.add(at)
    return moved
