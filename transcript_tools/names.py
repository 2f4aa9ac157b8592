"""Name correction: recase exact mentions of lexicon names, and replace spans that sound like
a lexicon name (and read badly as English) with the name. A stage built once per lexicon.

Built by `pipeline.build_stages`; the matching units come from `soundindex.SoundIndex`, the
sound-alike windows from `windows.Windows`, the spelled names from `spelled.SpelledNames`, the
confidence of each candidate from `namescore.Scorer`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter
from typing import Any

import regex
from rapidfuzz import fuzz

from . import memos
from .censusnames import first_name
from .echo import echoed
from .everyday import Everyday, Pending
from .farwindows import FarWindows
from .language import written_source
from .letters import MIN_RATIO, LetterMatcher
from .lexicon import Lexicon, name_key, unmarked
from .memos import RUN_MEMO, WORD_MEMO
from .model import Document, Piece, _new_edit
from .namecache import FIT, Cache
from .namechoice import Scored, completed, distinct, hearings, rivals, tightest, widened
from .namefit import anchored, lifted
from .namescore import (
    DOTTED_RE,
    GAZETTEER_EVIDENCE,
    NONWORD_WIDER,
    Candidate,
    Item,
    Run,
    Scorer,
    a_person,
    threshold,
)
from .nameslot import CLOSED_CLASS, DETERMINERS, cut_off, owner
from .nearwords import distinctive_word
from .options import Options
from .personnames import NEAR_NAME, kind, other_person, person_across
from .phonetics import coarse, distance, skeleton
from .possessive import Possessives
from .pronounce import known, pronounce
from .pronounce import spelled as letter_names
from .propernouns import a_place
from .recurrence import recurring
from .rhymes import Rhymes
from .scans import indices, numbered
from .shortnames import ShortNames, heard_in_window
from .soundindex import DISTINCTIVE_ZIPF, SoundIndex, Unit
from .spelled import SpelledNames
from .surnameanchor import heard as surname_heard
from .surnameanchor import scored as surname_scored
from .surnameanchor import surnamed
from .titles import PERSON_TITLE_WORDS
from .vocabulary import vocabulary
from .windows import Windows
from .wordcase import ORDINARY_ZIPF, ordinary, proper
from .wordcase import words as english_words

HEARD = 0.4
"""A candidate this sure counts as one hearing of its name (see CONVERGE)."""
CONVERGE = 2
"""A name heard in this many different garbles of a document (`namechoice.distinct`: not one
odd word again with or without a function word) is evidence of it, as a mention is (in a
lexicon of at most `namescore.CROWD` names)."""
AT_THRESHOLD = 0.8
"""The confidence the scorers give a window exactly at its name's distance threshold
(`namescore.confidence`, which every scorer uses: ``1 - 0.2 * ratio`` up to it, ``0.8 - 0.9 *
(ratio - 1)`` beyond): below it a window falls short by sound."""
STORY_WORDS = 300
"""A document this long that writes fewer than `namecache.FIT` of its lexicon's names is not
the lexicon's story: every dev and dev3 page wrote four of its own lexicon's names within 289
words (median 50); each dev lexicon over the other dev pages suggested 647 names nobody
mentions there, 12 of them right."""
THIN = 0.06
"""How far above the edit bar a non-word's confidence must be to stand for a name the
document gives no evidence of (`NameCorrector._confidence`, rule "+thin"): at the edge of the
bar, a non-word is more often a name of its own no list holds than that name's garble
(names31, docs/tried.md)."""
RUNS = 50_000
"""The memos per run's words (exact mentions, names, scored candidates) are started afresh
past this many entries."""
_POSSESSIVE_RE = regex.compile(r"['’]s$")
_EDITED_MARKS = frozenset(",;:!?")
"""Marks an earlier stage writes after a word in its edit (`_runs`)."""
_DETERMINERS = DETERMINERS - {"that"}
"""Words after which an ordinary word of a name is the common noun (`_common_noun`); not
"that", a conjunction too ("i hope that curry doesn't", qa21)."""
_TENURE = frozenset("administration presidency".split())
"""Words after "the" and a surname that make it a leader's ("the trump administration"):
not "campaign" or "show" ("the green campaign" is the common word's)."""


class NameCorrector:
    """Writes lexicon names as listed: exact mentions recased, sound-alike garbles replaced
    (or suggested, below ``min_confidence``)."""

    def __init__(self, lexicon: Lexicon, options: Options) -> None:
        self.lexicon = lexicon
        self.options = options
        self.index = SoundIndex.build(lexicon) if len(lexicon) else SoundIndex()
        # Names the user listed that the references also mention: the story's names.
        ref_words = {w for key in lexicon.referenced for w in key}
        self.referenced = {n.canonical for n in lexicon if n.source == "names"
                           and any(w in ref_words and distinctive_word(w) for w in n.key)}
        self._items: dict[str, Item | None] = {}   # None: no word (see `_item`)
        self._name_words = {w for u in self.index.units for w in u.key if distinctive_word(w)}
        self._exacts: dict[tuple[str, ...], _Exact] = {}
        self._names: dict[tuple[object, ...], tuple[str, ...]] = {}
        self._settled: dict[tuple[object, ...], Sequence[Any]] = {}
        memos.bound(self, ("_items", WORD_MEMO), ("_exacts", RUN_MEMO), ("_names", RUN_MEMO),
                    ("_settled", RUN_MEMO))
        # Every word-prefix of an exact key (the empty one included), for `_exact`.
        self._firsts = {w for k in self.index.exact if k
                        for w in (k[0], k[0][:-2] if k[0].endswith("'s") else k[0])}
        self._prefixes = {k[:m] for k in self.index.exact for m in range(len(k) + 1)}
        # Listed acronyms spelt like a very common word, judged once here, not per mention.
        self._word_like = {u for u in self.index.exact.values() if _word_like_acronym(u)}
        self._titled = _titled_words(self.index)
        # Names that are everyday words ("today", "rice"): recased only with evidence.
        self.windows = Windows(self.index)
        self.scorer = Scorer(self.index, options)
        self.everyday = Everyday(list(self.index.exact.values()))
        self.spelled = SpelledNames(LetterMatcher(self.index),
                                    Rhymes(self.index, self.scorer.crowded))
        self.possessives = Possessives(self.index)
        self.short = ShortNames(self.index)
        self.cache = Cache(self.index, self.windows.ear)
        self.far = FarWindows(self.index, self.windows.ear)
        self._far_keys: dict[int, tuple[tuple[object, ...], tuple[str, ...]]] = {}
        # Listed people by surname: a first name heard as words before it (`surnameanchor`).
        self._people = surnamed(self.index.units)

    def _item(self, text: str) -> Item | None:
        """The word as the matcher sees it, or None for a piece that is no word (memoised per
        text: one shared item per word type)."""
        if text in self._items:
            return self._items[text]
        got = None
        if any(c.isalpha() for c in text) and not any(c.isdigit() for c in text):
            possessive = bool(_POSSESSIVE_RE.search(text)) and len(text) > 3
            base = _POSSESSIVE_RE.sub("", text) if possessive else text
            if len(text) == 2 and text[1] == "." and text[0].isalpha():
                # A letter with its dot ("a." of "i. a. e. a.", `_runs`): the letter, said by
                # its name.
                key: tuple[str, ...] = (text[0].casefold(),)
                phones = letter_names(key[0])
            else:
                key = name_key(base)
                phones = "".join(pronounce(w) for w in key)
            v = vocabulary()
            zipf = min((v.zipf(w) for w in key), default=0.0)
            is_known = all(w in v or known(w) for w in key)
            got = Item(text, key, phones, possessive, zipf, is_known, skeleton(phones),
                       coarse(phones), zipf == 0 or any(w in self._name_words for w in key),
                       "".join(ch for w in key for ch in w if ch.isalpha()))
        if len(self._items) > 50_000:
            self._items.clear()
        self._items[text] = got
        return got

    def __call__(self, doc: Document) -> Document:
        if not self.index.units:
            return doc
        editor = doc.editor()
        self.spelled.source = doc.source
        marked: dict[int, str] = {}
        runs = self._runs(doc, marked)
        mentioned: set[str] = set()
        recased: list[tuple[Run, int, int, str]] = []
        pending: list[Pending] = []
        for run in runs:
            self._exact(run, recased, mentioned, pending)
        if pending:
            self.everyday.vouch(runs, pending, recased, mentioned, self.scorer.gazetteer)
        found: list[tuple[Run, list[Candidate], list[Candidate]]] = []
        short = [(run, c) for run in runs for c in self.short.find(run)] if self.short else []
        for run in runs:
            # (Spelled candidates have distance 0: never cut as far windows.)
            spelled = self.spelled.find(run)
            got = self.windows.sound(run) + spelled if spelled else self.windows.sound(run)
            owned = self.possessives.find(run)
            if owned:
                got.extend(owned)
            if got:
                found.append((run, got, spelled))
        counts: dict[str, int] = {}
        if not self.scorer.crowded:
            # Exact mentions per name (`namecache.Cache`: a name written often).
            for run in runs:
                for name, last, _ in run.marks.values():
                    if last and name in mentioned:
                        counts[name] = counts.get(name, 0) + 1
        self._far_keys = {}
        if len(counts) >= FIT:
            found = self._far(runs, found, mentioned)
        taken = self._decide(found, editor, mentioned, short, runs, counts)
        writer = written_source(doc)
        verbs = self._verbs(runs)
        for run, first, stop, text in recased:
            if not any((id(run), k) in taken for k in range(first, stop)) \
                    and not (writer and self._writers_word(run, first, stop)) \
                    and not (verbs and stop - first == 1 and run[first].key[-1] in verbs
                             and self._part(run, first)):
                editor.replace(run.pieces[first:stop], text, "case", "lexicon-exact", 1.0)
        if marked:
            # an edit that ends on a word written with its mark (`_runs`) keeps the mark
            for made in (editor.edits, editor.suggestions):
                made[:] = [_new_edit(e.start, e.end, e.original, e.replacement + marked[e.end],
                                     e.kind, e.rule, e.confidence, e.note)
                           if e.end in marked else e for e in made]
        return editor.finish()

    def _far(self, runs: Sequence[Run], found: list[_Found], mentioned: set[str]
             ) -> list[_Found]:
        """``found`` (in run order) with the far windows of the names the page never writes,
        for a lexicon that fits the page (`farwindows`); each run's far windows are noted for
        its memo key (`_run_key`)."""
        search = self.far.search(mentioned)
        if search is None:
            return found
        have = {id(run): (got, spelled) for run, got, spelled in found}
        out: list[_Found] = []
        for run in runs:
            got, spelled = have.get(id(run), ([], []))
            extra = self.far.find(search, run, got)
            if extra:
                self._far_keys[id(run)] = (
                    ("far",) + tuple((c.first, c.stop, id(c.unit), c.score) for c in extra),
                    tuple({c.unit.canonical: None for c in extra}))
                got = sorted(got + extra, key=lambda c: c.first)
            if got:
                out.append((run, got, spelled))
        return out

    def _part(self, run: Run, i: int) -> bool:
        """The word at ``run[i]`` is a part of a listed name (no name of its own)."""
        unit = self.index.exact.get(run[i].key)
        return unit is not None and not unit.whole

    def _verbs(self, runs: Sequence[Run]) -> set[str]:
        """The words that are parts of listed names (`_part`) which the document says right
        after a subject pronoun ("now she speaks" with "Martha Speaks" listed, qa36): a verb
        there, and the word in the document's other mentions of it alone ("she speaks and
        speaks"), not the name's part; the name said whole stays the name."""
        out: set[str] = set()
        for run in runs:
            # (the words after a subject pronoun, found at C speed: most runs hold none)
            for k in compress(indices(1, len(run)), map(_SUBJECTS.__contains__, map(_KEY, run))):
                if self._part(run, k) and len(run[k].key) == 1:
                    out.add(run[k].key[0])
        return out

    def _writers_word(self, run: Run, first: int, stop: int) -> bool:
        """In a written source (`language.written_source`), one ordinary English word the
        writer left in lowercase that is only a part of a listed name: the writer's word,
        not the name ("toffee candy" where "Candy Baron" is listed and written so)."""
        if stop - first != 1 or not run.pieces[first].text.islower():
            return False
        unit = self.index.exact.get(run[first].key)
        return unit is not None and not unit.whole and len(unit.key) == 1 \
            and unit.key[0] in english_words() \
            and vocabulary().zipf(unit.key[0]) >= ORDINARY_ZIPF

    def _runs(self, doc: Document, marked: dict[int, str] | None = None) -> list[Run]:
        """Word pieces split into runs at punctuation and sound cues; ``marked`` gets the
        end offset and mark of each word an earlier stage wrote with a mark after it."""
        if marked is None:
            marked = {}
        runs: list[Run] = [Run()]
        run = runs[0]
        tokens = doc.tokens
        item = self._item
        items = self._items
        pieces = doc.pieces()
        last = len(pieces) - 1
        for k, piece in numbered(pieces):
            text = piece.text
            if not text:
                continue
            if len(text) == 1 and k < last and pieces[k + 1].text == "." and _dotted(pieces, k):
                # One of two or more letters written with dots and spaces ("u. n. h. c. r."):
                # the letter with its dot, in the run (the dots are no sentence ends).
                dot = pieces[k + 1]
                piece = Piece(piece.first, dot.stop, piece.start, dot.end, text + ".")
                text = piece.text
            elif text == "." and k and run and run.pieces[-1].stop == piece.stop:
                continue   # a letter's dot, taken with it
            elif text == "." and run and DOTTED_RE.fullmatch(run.pieces[-1].text) \
                    and k < last and (DOTTED_RE.fullmatch(pieces[k + 1].text)
                                      or _dotted(pieces, k + 1)):
                # A lone stop between two runs of letters written with dots ("t.v. . l.f."):
                # a captioner's stop after an abbreviation's own dot, inside letters said
                # one after another; the letters stay one run, as undotted letters would.
                continue
            if text[-1] in _EDITED_MARKS and piece.stop - piece.first == 1 \
                    and tokens[piece.first].text != text and len(text) > 1:
                # A word an earlier stage wrote with a mark after it ("repeat," of a lyric
                # kept apart, `stutters.sung_apart`): read as the second clean reads it, the
                # word and then its mark ending the run; read with the mark as a non-word it
                # sounded like a name ("met thorvaldsen," heard as a listed "Ingrid
                # Thorvaldsen"). An edit over it writes the mark back (`__call__`).
                word = text[:-1]
                it = items[word] if word in items else item(word)
                if it is not None and tokens[piece.first].kind == "word":
                    run.append(it)
                    run.pieces.append(Piece(piece.first, piece.stop, piece.start, piece.end,
                                            word))
                    marked[piece.end] = text[-1]
                if run:
                    run = Run()
                    runs.append(run)
                continue
            it = items[text] if text in items else item(text)
            if it is None or tokens[piece.first].kind != "word":
                if run:
                    run = Run()
                    runs.append(run)
                continue
            run.append(it)
            run.pieces.append(piece)
        return [r for r in runs if r]

    def _exact(self, run: Run, recased: list[tuple[Run, int, int, str]],
               mentioned: set[str], pending: list[Pending] | None = None) -> None:
        """Exact mentions (any case) of names and their distinctive parts: protected from
        sound matching, recased to the listed spelling. Memoised per run's words (what it
        finds follows from them alone)."""
        words = run.words()
        got = self._exacts.get(words)
        if got is None:
            if len(self._exacts) > RUNS:
                self._exacts.clear()
            found: list[tuple[Run, int, int, str]] = []
            names: set[str] = set()
            maybe: list[tuple[int, int, str, str, int]] = []
            self._exact_in(run, found, names, maybe)
            got = self._exacts[words] = (tuple(run.marks.items()),
                                         tuple((i, stop, text) for _, i, stop, text in found),
                                         tuple(sorted(names)), tuple(maybe))
        else:
            run.marks.update(got[0])
        recased.extend((run, i, stop, text) for i, stop, text in got[1])
        mentioned.update(got[2])
        if pending is not None:
            pending.extend((run, *m) for m in got[3])

    def _exact_in(self, run: Run, recased: list[tuple[Run, int, int, str]],
                  mentioned: set[str],
                  maybe: list[tuple[int, int, str, str, int]] | None = None) -> None:
        """`_exact` for a run not met before; ``maybe`` gets the everyday-word mentions
        (`everyday.Pending` without the run), which `everyday.Everyday.vouch` decides."""
        if maybe is None:
            maybe = []
        i = 0
        exact = self.index.exact
        prefixes = self._prefixes
        limit = self.index.max_words
        n = len(run)
        firsts = self._firsts
        titled = self._titled
        while i < n:
            first = run[i].key
            if first and first[0] not in firsts:
                if titled:
                    self._after_title(run, i, recased)
                i += 1
                continue
            # The longest exact key from i: walk on while the words begin some key; a
            # possessive ends a mention, unless the name has it ("levi's stadium").
            key: tuple[str, ...] = ()
            matches: list[tuple[Unit, int, bool]] = []
            for j in range(i, min(i + limit, n)):
                key += run[j].key
                owned = bool(key) and run[j].possessive and \
                    key[:-1] + (key[-1] + "'s",) in prefixes
                if owned:
                    key = key[:-1] + (key[-1] + "'s",)
                elif key not in prefixes:
                    break
                got = exact.get(key)
                if got is not None:
                    matches.append((got, j - i + 1, owned))
                if run[j].possessive and not owned:
                    break
            if not matches:
                if titled:
                    self._after_title(run, i, recased)
                i += 1
                continue
            unit, size, own_s = _recasable(matches, run, i)
            span = run[i:i + size]
            if _common_noun(unit, run, i):
                # ("his ranch", "the ranch" for a Skywalker Ranch: the word, no mention)
                i += size
                continue
            text = unit.text + ("'s" if span[-1].possessive and not own_s else "")
            current = " ".join(it.text for it in span)
            word_like = unit in self._word_like and not (i and run[i - 1].key == ("the",))
            if current != text and (unit.whole or _is_name_word(unit)) and not word_like:
                recased.append((run, i, i + size, text))
            for k in range(size):
                run.marks[i + k] = (unit.canonical, k == size - 1, not unit.whole)
            level = self.everyday.level(unit, run, i, i + size)
            if level is not None:   # an everyday word: `everyday.Everyday.vouch` decides
                if level and recased and recased[-1][1] == i:
                    maybe.append(recased.pop()[1:] + (unit.canonical, level))
                else:   # ("" is nothing to recase: already as listed, or recased here)
                    maybe.append((i, i + size, "", unit.canonical, level))
                i += size
                continue
            if not word_like and (not self.scorer.gazetteer or unit.whole and any(
                    vocabulary().zipf(w) < GAZETTEER_EVIDENCE for w in unit.key)):
                # (In a gazetteer a part, "mora", "san", is a word of many names, and a
                # name that is a common English word, "surprise", "mobile", is mostly the
                # word: no evidence.)
                mentioned.add(unit.canonical)
                if span[-1].possessive:
                    mentioned.add(owner(unit.canonical))   # evidence for `possessive`
            i += size

    def _after_title(self, run: Run, i: int, recased: list[tuple[Run, int, int, str]]
                     ) -> None:
        """A word of a listed person's name right after a title, where no exact mention
        starts: the person (`_titled_words`), recased and protected."""
        first = run[i].key
        if not i or len(first) != 1 or first[0] not in self._titled \
                or run[i - 1].key[-1:] == () or run[i - 1].key[-1] not in PERSON_TITLE_WORDS \
                or run[i - 1].possessive or i in run.marks:
            return
        unit, word = self._titled[first[0]]
        text = word + ("'s" if run[i].possessive else "")
        if run[i].text != text:
            recased.append((run, i, i + 1, text))
        run.marks[i] = (unit.canonical, True, True)

    def _decide(self, found: list[_Found], editor,  # type: ignore[no-untyped-def]
                mentioned: set[str], short: list[tuple[Run, Candidate]],
                runs: Sequence[Run], counts: dict[str, int]) -> set[tuple[int, int]]:
        """Best candidates first, no overlaps; returns the words they took (id of the run,
        position). ``counts``: exact mentions per name, for `namecache.Cache` over ``runs``."""
        scored = self._score(found, mentioned, short)
        if counts:
            # (A story's lexicon lifts the scorer's own suggestions, not the cache's.)
            scored = lifted(scored, counts, self.options.min_confidence, self.scorer.unfamiliar)
            # A window where the page writes the name right ("the farmers and mpg bloc" after
            # "the farmers and mbg", "mbg bloc"): judged without the caps on common words.
            scored = echoed(scored, runs, self.scorer, mentioned | self.referenced,
                            self.options.min_confidence)
            scored.extend(self.cache.scored(runs, counts, self.options.min_confidence))
            scored.extend(self.cache.placed(runs, counts, self.options.min_confidence))
        heard = []
        if self._people:
            heard = surname_heard(scored, self._people, self.scorer, self.options.min_confidence)
            scored.extend(surname_scored(runs, self._people, self.scorer,
                                         self.options.min_confidence))
        scored.sort(key=lambda s: (-s[0][0], s[2].score))
        if heard:
            # A first name heard before a surname the scorer applies: the whole name is tried
            # just before the surname alone, which stands if the whole cannot.
            before = {id(c): (conf, run, whole) for conf, run, whole, c in heard}
            scored = [x for s in scored for x in (
                (before[id(s[2])], s) if id(s[2]) in before else (s,))]
        taken: set[tuple[int, int]] = set()
        applied: set[tuple[int, int]] = set()
        o = self.options
        # Names nobody mentions are suggested only where the lexicon may be the document's
        # story: not a crowded one, nor one a long document writes few names of.
        strangers = not self.scorer.crowded and (
            len(counts) >= FIT or sum(map(len, runs)) < STORY_WORDS)
        for (conf, rule), run, c in scored:
            if conf < o.suggest_confidence:
                break
            ids = {(id(run), k) for k in range(c.first, c.stop)}
            if ids & taken:
                continue
            if cut_off(run, c.first, c.stop):
                continue   # a proper noun goes on past the window: "from south | america"
            if _person_cut(run, c):
                continue   # so does a person's name: "champion mike | tyson"
            text = (c.letters.text if c.letters else c.unit.text) + \
                ("'s" if run[c.stop - 1].possessive or c.possessive else "")
            pieces = run.pieces[c.first:c.stop]
            if len(pieces) > 1 and _article_apart(pieces[0].text, text):
                pieces = pieces[1:]  # "won a litzer prize": "a Pulitzer Prize" (qa35)
            elif c.first and (id(run), c.first - 1) not in taken \
                    and _article_joins(run.pieces[c.first - 1].text, pieces, text):
                pieces = run.pieces[c.first - 1:c.stop]  # "from a merica": America
                ids.add((id(run), c.first - 1))
            written = " ".join(p.text for p in pieces)
            if written.casefold() == text.casefold():
                continue
            if _beside_function_words(pieces, text):
                taken |= ids
                continue   # "The Çavuşoğlu" is a mention of a listed Çavuşoğlu, not its garble
            if text.endswith(".") and editor.document.source.startswith(".", pieces[-1].end):
                text = text[:-1]  # the window's own stop follows: "chuck e." not "E.." (qa36)
            if _bare(written) != written.casefold() and _bare(written) == _bare(text):
                # The name written with diacritics the lexicon spells otherwise or not at all
                # ("Guaidó" for a listed Guaido): a mention as the writer spells it, recased at
                # most. (Plain letters for a listed Mbappé, as captions drop accents, are
                # written as listed.)
                taken |= ids
                recased = _recased(written, text)
                if recased is not None and recased != written:
                    editor.replace(pieces, recased, "case", "lexicon-accents", 1.0)
                    applied |= ids
                continue
            taken |= ids
            note = f"sounds like {c.unit.text!r} (distance {c.score:.2f})"
            if conf >= o.min_confidence and _plural_for(written, text):
                # the name's last word in the singular for the window's plural ("dubuque and
                # laware counties" for a Delaware County, qa29): the edit would change what
                # the sentence counts; a suggestion at most
                conf = o.min_confidence - 0.05
                note += "; the window's last word is the plural of the name's"
            if conf >= o.min_confidence and _everyday_for(written, text,
                                                          c.unit.canonical in mentioned):
                # a name made of everyday words ("Senate", "State of the Union") for other
                # everyday words ("senator", "tonight", "state of our union", qa34):
                # English either way, the words the speaker said; a suggestion at most
                conf = o.min_confidence - 0.05
                note += "; everyday words for a name of everyday words"
            if conf >= o.min_confidence:
                # A listed acronym written as its letters ("o s c e", "u. n. h. c. r.") is a
                # mention of it in another form, not a garble: rewritten as the lexicon
                # writes it, as a mention in another case is.
                editor.replace(pieces, text, "case" if rule == "letters-spelled" else "name",
                               rule, conf, note)
                applied |= ids
                head = _head_before(run, c, text, taken)
                if head:
                    k = len(head)
                    editor.replace(run.pieces[c.first - k:c.first], " ".join(head), "case",
                                   "name-head", conf,
                                   note=f"the first words of {c.unit.canonical!r}")
                    got = {(id(run), j) for j in range(c.first - k, c.first)}
                    taken |= got
                    applied |= got
            elif worth_suggesting(conf, rule, c, strangers, o.min_confidence):
                editor.suggest(pieces, text, "name", rule, conf,
                               note + _why_not(conf, rule, o.min_confidence)
                               + _alternatives(scored, run, c, o.suggest_confidence))
        return applied

    def _score(self, found: list[_Found], mentioned: set[str],
               short: Sequence[tuple[Run, Candidate]] = ()) -> list[Scored]:
        """Every run's candidates (and the spelled ones among them) with their confidence and
        rule, in order, less the windows `namechoice.tightest` and `namechoice.rivals` cut
        and those below ``suggest_confidence``."""
        prior = set(mentioned) | self.referenced
        keyed = [(run, cands, self._run_key(run, spelled)) for run, cands, spelled in found]
        confident: set[str] = set()
        heard: dict[str, set[tuple[str, ...]]] = {}
        for run, cands, (key, names) in keyed:
            sure, likely = self._scored(run, cands, key, names, prior, True)
            confident.update(sure)
            for name, words in likely:
                heard.setdefault(name, set()).add(words)
        # A name heard in several different garbles, each a fair candidate alone: the
        # document speaks of it ("merrier pool" ... "mario paul" for a Mariupol).
        # (Not in a crowded lexicon: it holds some name near any name the document speaks of,
        # listed or not, and would hear it in each of that name's garbles.)
        if not self.scorer.crowded:
            confident.update(n for n, texts in heard.items() if distinct(texts) >= CONVERGE)
        if confident - prior:
            # A confidence depends on the evidence only through its own name's place in it.
            prior |= confident
        scored: list[Scored] = []
        for run, cands, (key, names) in keyed:
            scored.extend((conf, run, c) for conf, c in
                          self._scored(run, cands, key, names, prior, False))
        if not self.scorer.crowded and prior:
            scored.extend(recurring(((run, cands) for run, cands, _ in keyed), prior,
                                    self.scorer))   # the same odd words again and again
        if short:
            scored.extend(self.short.scored(short, prior, self.scorer.crowded,
                                            self.options.min_confidence))
        return scored

    def _run_key(self, run: Run, spelled: list[Candidate]
                 ) -> tuple[tuple[object, ...], tuple[str, ...]]:
        """A run's candidates as a memo key (its words, and its spelled candidates, which
        depend on the source around it too), and the names they are for."""
        key = (run.words(), tuple((c.first, c.stop, id(c.unit), c.score, id(m.unit), m.text,
                                   m.confidence, m.rule, m.needs_prior)
                                  for c in spelled if (m := c.letters) is not None))
        names = self._names.get(key)
        if names is None:
            if len(self._names) > RUNS:
                self._names.clear()
            owned = self.possessives.find(run)
            names = self._names[key] = tuple({c.unit.canonical: None for c in (
                self.windows.sound(run) + spelled + list(owned))}) + tuple(
                    {owner(c.unit.canonical): None for c in owned})
        far = self._far_keys.get(id(run))
        if far is not None:   # (`_far`'s windows of this run)
            return key + far[0], names + far[1]
        return key, names

    def _scored(self, run: Run, cands: list[Candidate], key: tuple[object, ...],
                names: tuple[str, ...], prior: set[str], first: bool) -> Sequence[Any]:
        """A run's candidates scored against the evidence: (``first``) the names some are
        sure of, or the candidates with their confidence, rule and the window and rival cuts
        applied (`namechoice.tightest`, `namechoice.rivals`; both work within a run).
        Memoised per run and the names of it that are in evidence."""
        memo = self._settled
        mkey = (key, tuple([n in prior for n in names]), first)
        got = memo.get(mkey)
        if got is None:
            if len(memo) > RUNS:
                memo.clear()
            scored = [(self._confidence(run, c, prior), run, c) for c in cands]
            if first:
                # (A crowded lexicon takes no hearings as evidence: see `_score`.)
                likely = () if self.scorer.crowded else hearings(
                    run, [(conf, c) for (conf, _), _, c in scored
                          if conf >= HEARD and c.letters is None and not c.possessive])
                got = (tuple({c.unit.canonical for (conf, _), _, c in scored if conf >= 0.9}),
                       tuple(likely))
            else:
                viable = self.options.suggest_confidence
                # (Those below it are never taken: `_decide` stops at the first.)
                bar = self.options.min_confidence
                if not self.scorer.crowded:
                    # A rare word of a name written right beside its other parts' garble,
                    # lifted before the window cuts (the lifted window is not cut by an
                    # inner one held below the bar).
                    scored = anchored(scored, bar, self.scorer.unfamiliar, self.scorer.plain)
                kept = widened(scored, tightest(scored, viable, bar), bar, viable)
                kept = completed(scored, kept, bar, viable)
                got = tuple((conf, c) for conf, _, c in rivals(kept, bar) if conf[0] >= viable)
            memo[mkey] = got
        return got

    def _confidence(self, run: Run, c: Candidate, prior: set[str]) -> tuple[float, str]:
        """The scorer's confidence; a window heard as a name of one consonant class is
        judged again (`shortnames.heard_in_window`)."""
        got = self.scorer.confidence(run, c, prior)
        if c.letters is None and not c.possessive and len(c.unit.skeleton) == 1 and \
                not got[1].startswith("letters-"):
            return heard_in_window(run, c, got, c.unit.canonical in prior or not
                                   self.scorer.crowded, self.options.min_confidence), got[1]
        cap = self.options.min_confidence - 0.05
        if got[0] > cap and not c.unit.whole and c.first and \
                run[c.first - 1].key[-1:] and run[c.first - 1].key[-1] in PERSON_TITLE_WORDS and \
                not run[c.first - 1].possessive and a_place(c.unit.canonical):
            # A part of a place's name right after a person's title ("general soleimani" for
            # the Solomon of a Solomon Islands): the title names a person, and the part of a
            # country's or a city's name stands for no person; a suggestion at most.
            return cap, got[1] + "+title"
        if got[0] > cap and not c.possessive and c.stop - c.first == 1 and \
                _first_name_alone(run[c.first], c.unit):
            # A first name of the lists, alone, for a listed person's first name or whole
            # name ("mellissa" for the Melissa of a Melissa Lee, or for Melissa Lee): a
            # person of that name spelled so, or any other of that first name; a first name
            # alone names nobody in particular. A suggestion at most.
            return cap, got[1] + "+first"
        if got[0] > cap and got[1].startswith("sound") and "+context" not in got[1] \
                and c.letters is None and not c.possessive and c.stop - c.first == 1 \
                and len(c.unit.key) >= 2:
            # One word for a name of two words or more the document gives no evidence of
            # ("monstsity" for a Manchester City, "c'mon" for the Chi Minh of a Ho Chi Minh
            # City): a word, or one the lists lack clipped or misspelt, more often than a
            # name's words run together by sound (run together by letters, "xijinping", is
            # `letters`'s). A suggestion at most.
            return cap, got[1] + "+one"
        if got[0] > cap and _holds_other_place(run, c):
            # A word that is itself a place of the shared table or its people's name
            # ("brasilia", "venezuela", "german") is that, written right: a window holding it
            # stands for another listed name ("Brazilian", the "Venezuelan" of a Venezuelan
            # Red Cross, "Chimanimani" for "china many") at most as a suggestion.
            return cap, got[1] + "+place"
        if cap < got[0] < self.options.min_confidence + THIN and not c.possessive and (
                (got[1] == "sound-nonword" or got[1] == "sound-nonword+context"
                 and c.stop - c.first == 1) and not _spelled_like(run, c, self.scorer)
                or c.letters is not None and got[1] == "letters-clipped"
                and c.unit.canonical not in prior and not _sounds_like(run, c)):
            # A non-word at the edge of the bar by sound where the letters do not agree (for
            # a name the document speaks of, one word alone: the widened bar is what let it
            # in, and the letters of a garble split over several words need not agree), or
            # by letters where the sound does not (for a name the
            # document gives no evidence of): most often a name of its own that no list holds
            # ("kylian", "vunipola" for a Ukrainian, a Venezuela) or another word clipped
            # ("curre" for a Curry), not that name garbled ("odafone" for a Vodafone, both).
            # A suggestion at most.
            return cap, got[1] + "+thin"
        if got[0] > cap and c.letters is None and not c.possessive and \
                c.unit.canonical not in prior and c.stop - c.first <= 2 and other_person(
                    run[c.first - 1].key[-1] if c.first and run[c.first - 1].key else "",
                    [w for it in run[c.first:c.stop] for w in it.key],
                    name_key(c.unit.canonical)):
            # Words that are themselves a person's name ("chris jansing", "viktor |
            # yanukovych"): another person, most likely, unless the document speaks of the
            # name; a suggestion at most.
            return cap, got[1] + "+person"
        return got


def worth_suggesting(conf: float, rule: str, c: Candidate, strangers: bool, bar: float
                     ) -> bool:
    """Whether a candidate below the edit ``bar`` is shown as a suggestion.

    Not for a name the document gives no evidence of (no "+context" in the rule) unless
    ``strangers``: the lexicon may be the document's story. A crowded lexicon holds some name
    near almost any words (500 places over 91,000 words of ordinary pages: 312 such
    suggestions, 2 right); a long document that writes few of a small lexicon's names is
    another story (see STORY_WORDS).

    Not for a name the document speaks of whose window falls short of the bar by sound (below
    AT_THRESHOLD, whatever ``bar`` the user set, and not held at ``bar - 0.05`` by one of the
    guards that make a candidate "a suggestion at most"): the evidence has widened that
    name's bar already, and what stays short of it is a far or fluent reading ("welcome" for
    a World Cup, "be done" for a Biden: 0 right of 14 on the dev pages, 0 of 7 on the
    example). Candidates by letters or a possessive are their own rules' suggestions, kept."""
    evidence = "+context" in rule
    if not evidence and not strangers:
        return False
    held = abs(conf - (bar - 0.05)) < 1e-9
    return not evidence or held or conf >= AT_THRESHOLD or c.letters is not None \
        or c.possessive


_HELD_BY = (("+person", "the words are another person's name"),
            ("+homophone", "a word that sounds the same, outside a name's slot"),
            ("+rival", "another name fits about as well"),
            ("+thin", "a non-word at the edge of the bar, likely a name of its own"),
            ("+odd", "ordinary words reading oddly where they stand"),
            ("+part", "ordinary words for a part of a name never spoken of"),
            ("-possessive", "a word heard as the name with 's"),
            ("letters-", "the name's letters, written otherwise"),
            ("", "a guard of its rule"))
"""What held a suggestion below the edit bar, by a marker of its rule (the first that the
rule holds), for its note."""


def _why_not(conf: float, rule: str, bar: float) -> str:
    """Why a suggestion is no edit, for its note: held by a guard (which), or short of the
    bar."""
    if abs(conf - (bar - 0.05)) < 1e-9 or "-possessive" in rule:
        why = next(text for marker, text in _HELD_BY if marker in rule)
        if "+context" not in rule:
            why += "; the document does not speak of the name"
        return f"; a suggestion at most: {why}"
    return f"; short of the edit bar ({conf:.2f} < {bar:.2f})"


def _alternatives(scored: list[Scored], run: Run, c: Candidate, viable: float) -> str:
    """The other names heard in the same words (the two surest, each with its distance), for
    a suggestion's note; "" when none is."""
    seen: dict[str, tuple[float, float]] = {c.unit.canonical: (0.0, 0.0)}
    for (conf, _), other, o in scored:
        if other is run and o.first < c.stop and c.first < o.stop and conf >= viable and \
                -conf < seen.get(o.unit.canonical, (0.0, 0.0))[0]:
            seen[o.unit.canonical] = (-conf, o.score)
    del seen[c.unit.canonical]
    best = sorted(seen.items(), key=lambda kv: kv[1])[:2]
    if not best:
        return ""
    return "; also heard: " + ", ".join(f"{name!r} (distance {d:.2f})"
                                        for name, (_, d) in best)


_Found = tuple[Run, list[Candidate], list[Candidate]]
"""A run, its candidates, and the spelled ones among them."""
_Exact = tuple[tuple[tuple[int, tuple[str, bool, bool]], ...], tuple[tuple[int, int, str], ...],
               tuple[str, ...], tuple[tuple[int, int, str, str, int], ...]]
"""What `_exact` finds in a run: its marks, the mentions to recase, the names mentioned, the
everyday-word mentions recased only if the document vouches for them."""


_FUNCTION_ZIPF = 5.5
"""A word this frequent in English is a function word or nearly ("who", "us", "its")."""


def _word_like_acronym(unit: Unit) -> bool:
    """A listed acronym spelt like a very common word (WHO, US, ITS): its lowercase mentions
    are the word ("who said", "help us") except after "the" ("the who report", "the us
    army"), so only those are recased."""
    return (len(unit.key) == 1 and unit.text.isupper()
            and vocabulary().zipf(unit.key[0]) >= _FUNCTION_ZIPF)


def _titled_words(index: SoundIndex) -> dict[str, tuple[Unit, str]]:
    """The first and last words of the lexicon's names of two or more words that do not
    stand alone as names (`wordcase.stands_alone`: "Xi" of Xi Jinping, an English word too),
    by their lowercase: such a word right after a title is the person ("president xi", "mr
    xi" stayed lowercase beside a listed Xi Jinping, qa21). Not a word as common as
    DISTINCTIVE_ZIPF ("May" of Theresa May: "the president may"), a word two names share
    with different spellings, or a word of one letter."""
    out: dict[str, tuple[Unit, str]] = {}
    clash: set[str] = set()
    for unit in index.units:
        if not unit.whole or len(unit.key) < 2:
            continue
        words = unit.text.split()
        if len(words) != len(unit.key):
            continue
        for k in (0, len(words) - 1):
            w = unit.key[k]
            if len(w) < 2 or not w.isalpha() or (w,) in index.exact \
                    or vocabulary().zipf(w) >= DISTINCTIVE_ZIPF:
                continue   # (a common word: "the president may", "the speaker will")
            had = out.get(w)
            if had is not None and (had[1] != words[k] or had[0].canonical != unit.canonical):
                clash.add(w)
            out[w] = (unit, words[k])
    for w in clash:
        del out[w]
    return out


def _common_noun(unit: Unit, run: Run, i: int) -> bool:
    """A one-word part of a longer name that is an ordinary English word, written right after
    a determiner: the common noun, not the name ("his ranch", "the ranch" for a Skywalker
    Ranch, qa21; "the green light" for a Draymond Green). A surname said alone follows no
    article or possessive ("Green scored", "said Curry"), but for "the" before a leader's
    tenure (`_TENURE`: "the trump administration", qa27). Not a word broadcast English hardly
    uses as a common word (`wordcase.ORDINARY_ZIPF`): "the Covid pandemic" of a Covid
    Inquiry stays cased."""
    return (not unit.whole and len(unit.key) == 1 and i > 0
            and run[i - 1].key[-1:] != () and run[i - 1].key[-1] in _DETERMINERS
            and not run[i - 1].possessive and ordinary(unit.key[0])
            and vocabulary().zipf(unit.key[0]) >= ORDINARY_ZIPF
            and not (run[i - 1].key[-1] == "the" and i + 1 < len(run)
                     and run[i + 1].key[:1] != () and run[i + 1].key[0] in _TENURE))


def _recasable(matches: list[tuple[Unit, int, bool]], run: Run, i: int
               ) -> tuple[Unit, int, bool]:
    """Of the exact keys found from ``i`` (shortest first: unit, words, own possessive), the
    longest, unless it is a part of a longer name that would not be recased (not written as
    listed, and holding an ordinary word: "peruvian navy" of a referenced "Press Office of
    Peruvian Navy") while a shorter one is a whole name of its own: then that one
    ("Peruvian"), so the name is cased and the ordinary word after it stays as said."""
    longest = matches[-1]
    unit, size = longest[0], longest[1]
    if unit.whole or len(matches) == 1 or _is_name_word(unit) \
            or " ".join(it.text for it in run[i:i + size]) == unit.text:
        return longest
    for shorter in reversed(matches[:-1]):
        if shorter[0].whole:
            return shorter
    return longest


_SUBJECTS = frozenset({("he",), ("she",), ("it",), ("they",), ("we",), ("who",)})
"""Subject pronouns: the word after one is its verb ("she speaks"), never a name alone."""
_KEY = itemgetter(1)
"""An `Item`'s key (the named tuple's second field, read at C speed)."""


def _is_name_word(unit: Unit) -> bool:
    """A part of a name that is no English word is recased even alone ("scholz")."""
    return all(vocabulary().zipf(w) < 4.5 for w in unit.key)


def _head_before(run: Run, c: Candidate, text: str, taken: set[tuple[int, int]]
                 ) -> list[str]:
    """The lexicon name's first words when the window took only its last ones and the words
    right before it are those first words in lowercase ("wyoming republican john barasso"
    for a John Barrasso: "john" stays beside "Barrasso" otherwise, qa20); else []. Not words
    an exact mention already cases (a part of the lexicon's own, "Erling" for Erling Haaland)."""
    if c.unit.whole:
        return []
    full = c.unit.canonical.split()
    tail = text.removesuffix("'s").split()
    k = len(full) - len(tail)
    if k <= 0 or c.first < k or [w.casefold() for w in full[k:]] != [
            w.casefold() for w in tail]:
        return []
    before = run[c.first - k:c.first]
    if any((id(run), j) in taken or j in run.marks for j in range(c.first - k, c.first)) or any(
            it.text != w.lower() or it.possessive for it, w in zip(before, full)):
        return []
    return full[:k]


def _first_name_alone(item: Item, unit: Unit) -> bool:
    """Whether a word is itself a first name of the lists (`personnames.kind` `NEAR_NAME` or
    more, or a first name of the census lists) standing for a listed person's name that it
    would open: the name whole or its first word alone, the name two words or more that read
    as a person's (`namescore.a_person`); not for the surname alone."""
    if len(item.key) != 1 or item.key == unit.key:
        return False
    name = name_key(unit.canonical)
    return len(name) >= 2 and unit.key[0] == name[0] and a_person(unit.canonical) and (
        kind(item.key[0]) >= NEAR_NAME or first_name(item.key[0]))


def _person_cut(run: Run, c: Candidate) -> bool:
    """Whether the window cuts a person's name of two words other than the listed one
    (`personnames.person_across`) at one of its ends: its last word a first name and the word
    after it a surname, or its first word a surname and the word before it a first name."""
    name = name_key(c.unit.canonical)
    if c.stop < len(run) and run[c.stop].key and run[c.stop - 1].key and \
            not run[c.stop - 1].possessive and person_across(
                run[c.stop - 1].key[-1], run[c.stop].key[0], name):
        return True
    return c.first > 0 and bool(run[c.first - 1].key) and bool(run[c.first].key) and \
        not run[c.first - 1].possessive and person_across(
            run[c.first - 1].key[-1], run[c.first].key[0], name)


def _letter_dot(pieces: list[Piece], k: int) -> bool:
    """Whether piece k is a single letter with a dot right after it ("u.")."""
    if k < 0 or k + 1 >= len(pieces):
        return False
    p, dot = pieces[k], pieces[k + 1]
    return len(p.text) == 1 and p.text.isalpha() and dot.text == "." and dot.start == p.end


def _dotted(pieces: list[Piece], k: int) -> bool:
    """Whether piece k is one of two or more letters written "u. n." (each with its dot)."""
    return _letter_dot(pieces, k) and (_letter_dot(pieces, k + 2) or _letter_dot(pieces, k - 2))


def _bare(text: str) -> str:
    """``text`` casefolded without its diacritics ("Guaidó" -> "guaido")."""
    return unmarked(text.casefold())


def _plural_for(written: str, name: str) -> bool:
    """Whether the last word of ``written`` is the plural of the last word of ``name``, an
    ordinary English noun ("counties" for "County", "islands" for "Islands" is no plural)."""
    w, n = written.split()[-1].casefold(), name.split()[-1].casefold()
    return len(name.split()) > 1 and w != n and ordinary(n) and (
        w == n + "s" or w == n + "es" or n.endswith("y") and w == n[:-1] + "ies")


def _everyday_for(written: str, name: str, written_right: bool) -> bool:
    """Whether a name of everyday words stands for other everyday words, one real-word reading
    for another that sound alone cannot tell apart: one common word for a one-word name the
    document also writes right (``written_right``: "senator", "tonight" where "the senate"
    stands for a listed "Senate": the captioner knows the word), or as many words as the
    name's that differ from them in function words alone ("state of our union" for a "State
    of the Union"). Everyday: held in lowercase by the lists (`ordinary`) and at least
    `ORDINARY_ZIPF` common; a one-word name also no proper name of the lists ("Russia" for
    "rushes" is a name)."""
    w, n = written.casefold().split(), name.casefold().split()
    if w == n or len(w) != len(n):
        return False
    zipf = vocabulary().zipf
    if not all(x.isalpha() and ordinary(x) and zipf(x) >= ORDINARY_ZIPF for x in w + n):
        return False
    if len(n) == 1:
        return written_right and not proper(n[0])
    return all(a in CLOSED_CLASS and b in CLOSED_CLASS for a, b in zip(w, n) if a != b)


def _recased(written: str, name: str) -> str | None:
    """The document's letters ``written`` in the case of the lexicon's ``name`` (the two the
    same letters but for diacritics), or None when they do not align letter for letter."""
    a, b = unicodedata.normalize("NFC", written), unicodedata.normalize("NFC", name)
    if len(a) != len(b):
        return None
    return "".join(x.upper() if y.isupper() else x.lower() if y.islower() else x
                   for x, y in zip(a, b))


def _sounds_like(run: Run, c: Candidate) -> bool:
    """Whether the window's phones are within the name's base threshold (widened as for a
    non-word) of the name's: a letters match the sound agrees with ("croashia" for a Croatia,
    not "bleus" for a Biles)."""
    phones = "".join(it.phones for it in run[c.first:c.stop])
    unit = c.unit
    return bool(unit.phones) and distance(phones, unit.phones) <= \
        NONWORD_WIDER * threshold(unit.length) * unit.length


def _holds_other_place(run: Run, c: Candidate) -> bool:
    """Whether the window holds a word that is a place of the shared table or its people's
    name (`propernouns.a_place`: a country, a capital, a large city, a US state, a continent,
    a demonym: "china many", "silent german") and is no word of the name."""
    own = set(name_key(c.unit.canonical))
    return any(w not in own and a_place(w) for it in run[c.first:c.stop] for w in it.key)


def _spelled_like(run: Run, c: Candidate, scorer: Scorer) -> bool:
    """Whether the window's letters are as near the name's (without its diacritics, as the
    scorer reads them) as a clipped spelling of it must be (`letters.MIN_RATIO`): a sound
    match the letters agree with ("odafone" for a Vodafone, not "kylian" for a Ukrainian)."""
    letters = "".join(it.letters for it in run[c.first:c.stop])
    return fuzz.ratio(letters, scorer.plain(c.unit)[1]) >= MIN_RATIO


def _beside_function_words(pieces: Sequence[Piece], name: str) -> bool:
    """Whether a sound match's window writes the whole name itself (diacritics and case
    aside) with only function words beside it ("The Çavuşoğlu" for a listed Çavuşoğlu,
    "çavuşoğlu the"): the edit would only drop the sentence's own words. A mention, recased
    by the exact matcher at most, never replaced. (A function word in place of one of the
    name's other words may be its garble, "all jazeera" for Al Jazeera: left to the match.)"""
    words = [_bare(p.text) for p in pieces]
    own = _bare(name).split()
    n = len(own)
    return 0 < n < len(words) and any(
        words[k:k + n] == own and all(w in CLOSED_CLASS for w in words[:k] + words[k + n:])
        for k in range(len(words) - n + 1))


def _article_apart(first: str, name: str) -> bool:
    """Whether a sound match's window opens on "a" or "an" before a name whose first letter is
    no vowel: the article is the sentence's own and stays ("won a litzer prize" is "won a
    Pulitzer Prize", not "won Pulitzer Prize"; qa35). "a merica" gives America its first
    sound; "the" may be a letter's ("as the w.'s" for DW's) and is left to the match."""
    return first.lower() in ("a", "an") and name[:1].isalpha() \
        and name[:1].lower() not in "aeiou"


def _article_joins(before: str, pieces: Sequence[Piece], name: str) -> bool:
    """Whether the word ``before`` a match's window is "a" and spells, with the window's
    letters, the name's letters ("from a merica" for a listed America: the captioner split
    the name's first vowel off as the article; "from a America" is no English; qa35)."""
    letters = "".join(ch for p in pieces for ch in p.text.lower() if ch.isalpha())
    return before.lower() == "a" and bool(letters) \
        and "a" + letters == "".join(ch for ch in name.lower() if ch.isalpha())
