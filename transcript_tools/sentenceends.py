"""Sentence ends as written: words and the marks after each, the mark closing a sentence, ends
taken back before a lone object pronoun, starts read from the marks. Called by `sentences`."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from string import ascii_lowercase
from typing import cast

from .breakwords import PREPOSITIONS
from .captionstops import NEVER_LAST, STRANDED
from .interjections import COMMA_HEADS
from .language import written_source
from .model import Document, Editor, Piece
from .numberwords import ABOVE_ONE
from .questions import AUX, TAG_PRONOUNS
from .replay import _reading
from .scans import where
from .sentencegaps import NEVER, OPEN_SUBJECTS
from .vocabulary import Vocabulary

ENDS = (".", "?", "!", "…")
"""Marks that end a sentence."""
SOFT = (",", ";", ":")
"""Marks that stand inside a sentence, and a sentence end may replace."""


def close_sentence(editor: Editor, word: Piece, gap: tuple[Piece, ...], question: bool
                   ) -> None:
    """End a sentence after ``word``: keep a terminal mark, turn "." into "?" for a
    question, or add the mark where none stands."""
    mark = "?" if question else "."
    rule = "question" if question else "sentence-end"
    for k, g in enumerate(gap):
        if g.text in ENDS:
            if k and all(p.text in SOFT for p in gap[:k]) and word.text[-1:].isalnum():
                # "the match , , ." : one end glued to the word, not "match, ."
                editor.replace([word, *gap[:k + 1]], word.text + ("?" if question else g.text),
                               "punctuation", rule, 0.7)
            elif question and g.text == ".":
                editor.replace([g], "?", "punctuation", "question", 0.8)
            elif not k and g.text == "." and len(word.text) > 1 and word.text[-1] == "." \
                    and word.text[-2].isalpha() and _same_line(editor.document.source, word, g):
                # "at 3 p.m.. we begin", "in the u.s. . then": the abbreviation's own stop
                # ends the sentence, as English writes it ("p.m. We"), not "p.m.." (the stop
                # typed after it was the sentence's: `spacedmarks.double_stops` leaves it
                # for this stage to read the end from)
                editor.replace([g], "", "punctuation", "abbreviation-stop", 0.8)
            return
    soft = [g for g in gap if g.text in SOFT]
    if soft:
        editor.replace([soft[0]], mark, "punctuation", rule, 0.7)
        for g in soft[1:]:  # "the , ," typed twice: one end, not "the, ."
            editor.replace([g], "", "punctuation", rule, 0.7)
        return
    if gap:  # a dash or quote follows: leave it as written
        return
    text = word.text
    if text.endswith(ENDS):
        return
    if text[-1:] in SOFT and len(text) > 1:
        # a mark an earlier stage wrote after the word ("will," of a lyric kept apart,
        # `stutters.sung_apart`): the end replaces it, as it does a typed one ("We will,."
        # cleaned again to "We will.", make fuzz, ux11)
        text = text[:-1]
    editor.replace([word], text + mark, "punctuation",
                   "question" if question else "sentence-end", 0.7)


def _same_line(source: str, word: Piece, mark: Piece) -> bool:
    """Whether ``mark`` follows ``word`` glued to it or after spaces on its line ("u.s..",
    "u.s. ."), not after a clock line or a cue between them."""
    return mark.start == word.end or not source[word.end:mark.start].strip(" \t")


def inside_exclamation(words: list[Piece], gaps: list[tuple[Piece, ...]], keys: list[str],
                       i: int, written: bool) -> bool:
    """Whether the lone "!" after word ``i`` stands inside its sentence, not at its end ("The
    boys shouted STOP STOP STOP! at the bus driver."): the next word is written in lowercase
    and either the source writes its sentence starts in capitals (``written``: the writer did
    not start one there), or the next word is a preposition that carries the clause on, and
    the phrase it opens runs to the next end mark within `_INSIDE_PHRASE` words with neither
    a comma nor a subject ("stop! at the driver."; a fronted phrase opens a sentence of its
    own: "welcome back! at the top of the hour, we ...", "great! for once we won.")."""
    n = len(words)
    if i + 1 >= n or len(gaps[i]) != 1 or gaps[i][0].text != "!" \
            or not words[i + 1].text[:1].islower():
        return False
    if written:
        return True
    if keys[i + 1] not in _CARRYING:
        return False
    for k in range(i + 1, min(n, i + 1 + _INSIDE_PHRASE)):
        if keys[k] in TAG_PRONOUNS or keys[k] in OPEN_SUBJECTS:
            return False
        if gaps[k]:
            return all(g.text in ENDS for g in gaps[k])
    return False


_CARRYING = PREPOSITIONS - {"like"}
"""Prepositions a clause goes on with after an exclaimed word ("cheered bravo! for the band";
"like" also stands alone as a filler: "wow! like, really")."""
_INSIDE_PHRASE = 8
"""Words: the longest prepositional phrase read as the rest of the sentence an exclaimed word
stands in (a longer stretch to the next mark is a sentence of its own)."""


def cut_off(word: Piece, key: str, never_last: frozenset[str], vocab: Vocabulary,
            two_before: str = "", said_before: bool = False, at_end: bool = False,
            one_before: str = "") -> bool:
    """Whether a word that ends the document or a speaker's turn, with no mark after it in
    the source, is where the speech or the caption text was cut (an archive excerpt ends
    mid-sentence; a speaker is interrupted): a word no sentence ends on ("on the runways
    and"), a preposition a sentence may end on ("what is it for") right after a noun its
    determiner opens (``two_before``: "the flag of", "a lot of"), or the start of a common
    word that is none itself ("francisc", "governmen", "septe"). Such an end takes "…", not
    a stop; so does, at the document's end only, a word that ends a sentence only in a few
    shapes (`_OPEN_AT_END`: "reactions to", "that we"). A start more than two letters short
    counts only at the document's end (an archive excerpt stops at any letter; a speaker is
    cut off mid-word rarely), for a word the counts do not hold ("vigor" is a word), and not
    when ``said_before``: the document has the word earlier as a word of its own ("qb owen
    doss ... hetler - doss"). An interjection or a greeting ("oh", "ok", "hi") is an
    utterance's whole last word unless ``one_before``, the word before it, is one no sentence
    ends on ("go with hi" is "him" cut short; "i said hi" is whole): the word lists lack
    several of them, so their starts would read as cut words."""
    if key in never_last or key in STRANDED and two_before in _DETERMINERS \
            or at_end and key in _OPEN_AT_END:
        return True
    if key in COMMA_HEADS and one_before not in never_last and one_before not in STRANDED:
        return False
    if at_end and len(key) == 1 and key.isalpha() and key not in "ai" \
            and one_before in _BEFORE_WORDS:
        return True   # "so the apples you n" (qa36): one letter of a word, not "plan b"
    if not key.isalpha() or not word.text.islower() or vocab.zipf(key) >= _CUT_ZIPF:
        return False
    if any(vocab.zipf(key + a) >= _CUT_ZIPF or any(
            vocab.zipf(key + a + b) >= _CUT_ZIPF for b in ascii_lowercase)
           for a in ascii_lowercase):
        return True
    return at_end and len(key) >= _LONG_CUT and not said_before and not vocab.count(key) \
        and _starts_common(key, vocab)


_OPEN_AT_END = OPEN_SUBJECTS | frozenset("to".split()) | frozenset(
    "during between among amongst toward towards via despite amid amidst".split())
"""Words that end a sentence only in a few shapes ("i'd love to.", "so do we.", "what did
he sleep during?"): the document's last word, with no mark after it in the source, is where
the excerpt was cut ("followed by your phone call reactions to", qa34; "a man was assaulted
during", qa35); at a turn's end they are left to the sentence model."""
_BEFORE_WORDS = frozenset("i you we they he she it the a an to of and or in on at that "
                          "this my your our their his her its".split())
"""Words a letter alone never follows as a name of its own ("you n", "the s": a word cut
after its first letter; "plan b", "vitamin c" follow a noun)."""
_LONG_CUT = 4
"""A cut word this long may lack any number of letters ("septe" of "september"); a shorter
one one or two ("wor" of "world"): the starts of short words are mostly other short words."""


@lru_cache(maxsize=2)
def _common_words(vocab: Vocabulary) -> list[str]:
    """The words of ``vocab`` at least `_CUT_ZIPF` common, letters only, sorted (built once
    per vocabulary: a prefix is then found by bisection)."""
    least = vocab.least_count(_CUT_ZIPF) or 1
    return sorted(w for w, c in vocab.unigrams.items() if c >= least and w.isalpha())


def _starts_common(key: str, vocab: Vocabulary) -> bool:
    """Whether ``key`` is the start of a longer word at least `_CUT_ZIPF` common."""
    words = _common_words(vocab)
    k = bisect.bisect_right(words, key)
    return k < len(words) and words[k].startswith(key)


_FIRST = attrgetter("first")
_DETERMINERS = frozenset("the a an my your his her our their its this that these those every "
                         "each".split())
"""Words that open a noun phrase: a preposition after its noun leads on to a complement
("the flag of", "a lot of"), where a stranded one follows a verb ("the one I dream of")."""
_CUT_ZIPF = 3.0
"""A word this common is a word of its own ("star" ends a sentence; "francisc" does not)."""
_OBJECTS = frozenset("it them him me us".split())
"""Object pronouns: none is a sentence of its own."""


_FRONTING = frozenset(
    "with in on at from after before during under through across into by".split())
"""Prepositions that front a phrase before its clause ("and with the new plan | you can")."""
_PHRASE_LEADS = frozenset("and but so or also then".split())
_TIME_LEADS = frozenset("now right tonight today tomorrow here".split())
"""Adverbs of time and place before a fronted phrase ("right now at 6:00 | it's", qa31)."""
_CLAUSE_WORDS = frozenset(
    "i we they he she you it there this that is are was were be been am has have had will "
    "would can could do does did should might must not to what why how who which where when "
    "i'm we're they're he's she's it's that's there's i've we've they've i'll we'll they'll "
    "i'd we'd they'd you're you've you'll".split())
"""Words that make a stretch a clause rather than a bare phrase."""
_CLAUSE_OPENERS = frozenset(
    "i we they he she you it there this i'm we're they're he's she's it's that's there's "
    "i've we've they've i'll we'll they'll you're you've you'll".split())
_LONGEST_FRONTED = 9
"""The longest fronted phrase (preposition included) joined to the clause after it."""


def fronted_phrases(ends: bytearray, fixed: bytearray, keys: list[str]) -> list[int]:
    """Take back each end found after a bare prepositional phrase that opens its sentence and
    before a subject ("and with the new phone plan. you can get" reads "and with the new phone
    plan you can get"): a fronted phrase has no clause of its own. Returns the word indices
    taken back."""
    out = []
    first = 0
    n = len(keys)
    for i in where(ends, n - 1):  # (an end is only ever taken back at i)
        start, first = first, i + 1
        if fixed[i] or keys[i + 1] not in _CLAUSE_OPENERS:
            continue
        k = start
        while k < i and (keys[k] in _PHRASE_LEADS or keys[k] in _TIME_LEADS):
            k += 1
        if keys[k] in _FRONTING and i - k < _LONGEST_FRONTED \
                and _CLAUSE_WORDS.isdisjoint(keys[k + 1:i + 1]):
            ends[i] = False
            first = start  # the joined sentence goes on
            out.append(i)
    return out


LEADING_INTERJECTIONS = frozenset("well hello hi ah oh uh um hmm".split())
"""Interjections that head the sentence after them ("well, these are", "hello, I'm", "ah,
this is"): one found last in a sentence, right before its end, is most often the next
sentence's first word."""


def leading_interjections(ends: bytearray, fixed: bytearray, blocked: bytearray,
                          keys: list[str], scores: Sequence[float],
                          fluent: Callable[[str, str], bool]) -> list[int]:
    """Move each end found right after a `LEADING_INTERJECTIONS` word (or a run of them: "ah
    ah") to the gap before it: "the rest of the world well. these are" reads "the rest of the
    world. well, these are", "across the country hello. i'm" reads "the country. hello,
    i'm". An end the source fixed stays; so does one after a word the one before it takes as
    its adverb or object (a fluent pair: "as well.", "very well.", "say hello."), one where
    an end already stands before the run ("hello." alone), and one where no sentence may end
    before it (``blocked``, or a score of `NEVER`). Returns the word indices the ends moved
    from."""
    out = []
    last = len(keys) - 1
    find = ends.find  # (ends are sparse: found at C speed, not walked word by word)
    i = find(1)
    while 0 <= i < last:
        if fixed[i] or keys[i] not in LEADING_INTERJECTIONS:
            i = find(1, i + 1)
            continue
        k = i
        while k and keys[k - 1] in LEADING_INTERJECTIONS and not ends[k - 1] \
                and not fixed[k - 1] and not blocked[k - 1]:
            k -= 1
        j = k - 1  # the gap before the run
        if j >= 0 and not (ends[j] or fixed[j] or blocked[j] or scores[j] <= NEVER / 2
                           or fluent(keys[j], keys[k])):
            ends[i] = False
            ends[j] = True
            out.append(i)
        i = find(1, i + 1)
    return out


_SUBORDINATORS = frozenset("if when once unless although though while whether".split())
"""Conjunctions that open a clause needing a main clause after it (not "because": "why?
because i said so." answers alone)."""
_QUESTION_WORDS = frozenset(
    "do does did is are was were can could would will should shall have has had may might "
    "must am what why how who which where when whose".split())


def opening_clauses(ends: bytearray, fixed: bytearray, keys: list[str]) -> list[int]:
    """Take back each end found after a subordinate clause that opens its sentence and before
    a subject ("if you look behind me. you can see the support" reads "if you look behind me
    you can see", qa31): the clause has its main clause after it. Not a question ("when will
    you | you said"), not a clause of one or two words, nor one longer than
    `_LONGEST_FRONTED`. Returns the word indices taken back."""
    out = []
    first = 0
    n = len(keys)
    for i in where(ends, n - 1):
        start, first = first, i + 1
        if fixed[i] or keys[i + 1] not in _CLAUSE_OPENERS:
            continue
        k = start
        while k < i and keys[k] in _PHRASE_LEADS:
            k += 1
        if keys[k] in _SUBORDINATORS and 2 <= i - k < _LONGEST_FRONTED \
                and keys[k + 1] not in _QUESTION_WORDS:
            ends[i] = False
            first = start  # the joined sentence goes on
            out.append(i)
    return out


_OBJECT_WH = frozenset("what which".split())
_WH_OBJECT_REACH = 5
"""The most words a wh-word and its noun phrase take before the subject of their clause."""


def embedded_wh_objects(ends: bytearray, fixed: bytearray, keys: list[str],
                        fluent: Callable[[str, str], bool]) -> list[int]:
    """Take back each end found after a wh-word inside a sentence and the noun phrase it asks
    about, before the subject and auxiliary of its clause ("will detail what kind of executive
    action. he will take" reads "what kind of executive action he will take", qa31): the
    phrase is the object of the clause that follows. The wh-word stands after another word of
    its sentence (not a lead: "so what damage" opens a question), its next word is a noun
    English writes after "the" (``fluent``: not "what happened"), and no pronoun or verb word
    (`_CLAUSE_WORDS`) stands in the phrase. Returns the word indices taken back."""
    out = []
    first = 0
    n = len(keys)
    for i in where(ends, n - 2):
        start, first = first, i + 1
        if fixed[i] or keys[i + 1] not in _CLAUSE_OPENERS or keys[i + 2] not in AUX:
            continue
        for w in range(i - 1, max(start, i - _WH_OBJECT_REACH) - 1, -1):
            if keys[w] in _OBJECT_WH:
                break
        else:
            continue
        k = start
        while k < w and keys[k] in _PHRASE_LEADS:
            k += 1
        if w > k and fluent("the", keys[w + 1]) \
                and _CLAUSE_WORDS.isdisjoint(keys[w + 1:i + 1]):
            ends[i] = False
            first = start  # the joined sentence goes on
            out.append(i)
    return out


_ROAD_LEADS = frozenset("on onto off via along take eastbound westbound northbound southbound"
                        .split())
"""Words an interstate's letter follows ("on | i seventy five", "eastbound | i four")."""
_ROAD_NUMBERS = ABOVE_ONE | {"one", "hundred"}
"""A road's number said in words after its "I" ("I seventy five", "I one hundred")."""


_SHARES = frozenset("percent per %".split())
"""After a number, words of a share: "come on i 100 percent agree" is the pronoun's."""


def interstate_letters(ends: bytearray, fixed: bytearray, keys: list[str]) -> list[int]:
    """Take back each end found before an interstate's letter ("north on. I seventy five
    approaching" read the road's "I" as the pronoun opening a sentence, a radio traffic
    report: qa49): "i" after a word a road's name follows (`_ROAD_LEADS`) and before a
    number, a figure or a spelled one, not a share's ("i 100 percent agree"). Returns the
    word indices taken back."""
    out = []
    n = len(keys)
    for i in where(ends, n - 2):
        if not fixed[i] and keys[i + 1] == "i" and keys[i] in _ROAD_LEADS \
                and (keys[i + 2] in _ROAD_NUMBERS or keys[i + 2].isdigit()) \
                and (i + 3 >= n or keys[i + 3] not in _SHARES):
            ends[i] = False
            out.append(i)
    return out


def no_lone_objects(ends: bytearray, fixed: bytearray, keys: list[str]) -> set[int]:
    """Take back each end found before an object pronoun that the source itself closes
    ("what did you make of the movie winning | it?" read "winning? It?"): the pronoun ends
    the sentence before it. Returns the word indices taken back."""
    out = set()
    for i in where(ends, len(ends) - 1):
        if not fixed[i] and fixed[i + 1] and keys[i + 1] in _OBJECTS:
            ends[i] = False
            out.add(i)
    return out


_RELATIVE = frozenset("which whose".split())


def relative_fragments(questions: set[int], ends: bytearray, keys: list[str],
                       gaps: list[tuple[Piece, ...]], aux: frozenset[str]) -> set[int]:
    """The questions to take back: a sentence that the source closes with a stop and that
    opens on "which" or "whose" and a verb ("... a gas station. which had a lot of residents
    concerned."): a relative clause cut from its sentence, not a question."""
    out = set()
    for i in questions:
        if not any(g.text == "." for g in gaps[i]):
            continue
        s = i
        while s and not ends[s - 1]:
            s -= 1
        if s + 1 < i and keys[s] in _RELATIVE and keys[s + 1] in aux:
            out.add(i)
    return out


def cut_at_a_comma(word: Piece, gap: tuple[Piece, ...]) -> bool:
    """Whether the document's last word has only a comma after it in the source, written
    against it ("after a night of fires, looting, and violence,"): the excerpt was cut
    mid-sentence."""
    return len(gap) == 1 and gap[0].text == "," and gap[0].start == word.end


def written_words(doc: Document) -> tuple[
        list[Piece], list[tuple[Piece, ...]], list[int], set[int]]:
    """The word pieces of the document's current reading, the punctuation pieces after each
    word, the words with punctuation after them (in order), and the words after which a break
    ends the sentence (a sung line's close, or a speaker or story marker before the next
    word)."""
    got = _marked_words(doc)
    words, after, closed = got if got is not None else _sung_words(doc)
    n = len(words)
    gaps: list[tuple[Piece, ...]] = [()] * n  # mostly the shared empty tuple
    for i, marks in after.items():
        gaps[i] = tuple(marks)
    breaks = set(closed)
    speakers = [m.index for m in doc.markers if m.kind in ("speaker", "story")]
    # our own output read back (a voice change in our WebVTT or JSON): a speaker's change is
    # where our first cleaning set one; where it set no stop there, none is forced (qa43)
    ours = doc.ours
    if speakers and n:
        for m in speakers:  # a marker before word j breaks the gap after word j - 1
            j = bisect.bisect_left(words, m, key=_FIRST)
            if 0 < j < n and m >= words[j - 1].stop and not (
                    ours and not any(g.text in _OUR_ENDS for g in gaps[j - 1])):
                breaks.add(j - 1)
    return words, gaps, list(after), breaks


_Read = tuple[list[Piece], dict[int, list[Piece]], list[int]]
"""The words, the punctuation pieces after each (by word index), the words a sung line's
close ends."""


def _marked_words(doc: Document) -> _Read | None:
    """`written_words`' words and the punctuation pieces after each (by word index) from the
    replay's per-token flags: the word pieces taken at C speed, only the other pieces with
    text read one by one; no sung lines closed. None where a note ("♪", "#") stands in the
    source or a joined piece opens with a mark (`_sung_words` reads those piece by piece)."""
    source = doc.source
    if "\u266a" in source or "#" in source or "\u266b" in source:
        return None
    tokens = doc.tokens
    slots, texted, worded = _reading(tokens, doc.edits)
    words = cast("list[Piece]", list(compress(slots, worded)))  # (no None: worded)
    after: dict[int, list[Piece]] = {}
    size = len(slots)
    # the pieces with text that are no word (worded is a subset of texted), in C
    others = int.from_bytes(texted, "little") & ~int.from_bytes(worded, "little")
    if not others:
        return words, after, []
    j = 0
    for t in where(others.to_bytes(size, "little"), size):
        kind = tokens[t].kind
        if kind == "sound":
            continue
        p = slots[t]
        if kind != "punct" or p is None or p.stop - p.first != 1:
            return None  # a joined piece led by a mark reads as a word
        j = bisect.bisect_left(words, t, j, key=_FIRST)  # the words before it
        if j:
            after.setdefault(j - 1, []).append(p)
    return words, after, []


def _sung_words(doc: Document) -> _Read:
    """`_marked_words` piece by piece, with the words a closing "♪" (or a song's "#") ends."""
    tokens = doc.tokens
    words: list[Piece] = []
    add_word = words.append
    after: dict[int, list[Piece]] = {}  # word index -> the punctuation pieces after it
    source = doc.source
    note = -1  # where the line's opening "♪" (or a song's "#") stands (-1: none open)
    closed: list[int] = []  # words a closing "♪" ends: a sung line ends a sentence
    for p in doc.pieces():
        if not p.text:
            if tokens[p.first].kind == "sound" and source[p.start:p.start + 1] in ("♪", "♫", "#"):
                line = source.rfind("\n", 0, p.start)
                if note > line and words and words[-1].end > note \
                        and source[p.end:p.end + 1] in ("", " ", "\n"):
                    if words[-1].text.lower() not in NEVER_LAST:
                        closed.append(len(words) - 1)  # ("♪ the ♪": no end after "the")
                    note = -1
                else:
                    note = p.start
            continue
        kind = tokens[p.first].kind
        if kind != "word":
            if kind == "sound":
                continue
            if kind == "punct" and p.stop - p.first == 1:
                if words:
                    after.setdefault(len(words) - 1, []).append(p)
                continue
        add_word(p)
    return words, after, closed


_OUR_ENDS = frozenset((".", "?", "!", "\u2026", "...", "--"))
"""Marks after which our own output's speaker change was a sentence end already."""


def mark_sentences(doc: Document) -> Document:
    """Set ``sentence_starts``: the first token, each token after a sentence-ending piece
    (an abbreviation such as ``u.s.`` ends one only before a capital or a marker), and each
    speaker or story marker."""
    starts: set[int] = {0} if doc.tokens else set()
    starts.update(m.index for m in doc.markers if m.index < len(doc.tokens))
    pieces = [p for p in doc.pieces() if p.text]
    written: bool | None = None  # (asked at the first "!" before a lowercase word)
    for prev, nxt in zip(pieces, pieces[1:], strict=False):
        text = prev.text.rstrip("\"'”’)")
        if text.endswith(ENDS) and not _is_abbreviation(text):
            if text == "!" and nxt.text[:1].islower():
                # a writer who starts sentences in capitals did not start one here
                # ("shouted STOP! at the driver", `inside_exclamation`)
                if written is None:
                    written = written_source(doc)
                if written:
                    continue
            starts.add(nxt.first)
    return doc.replace(sentence_starts=tuple(sorted(starts)))


def _is_abbreviation(text: str) -> bool:
    word = text.rsplit(" ", 1)[-1]
    return word.count(".") >= 2 and len(word) <= 6
