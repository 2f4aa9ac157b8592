"""Name correction: recase exact mentions of lexicon names, and replace spans that sound like
a lexicon name (and read badly as English) with the name. A stage built once per lexicon.

Built by `pipeline.build_stages`; the matching units come from `soundindex.SoundIndex`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import log10
from typing import NamedTuple

import regex
from rapidfuzz import process

from .letters import LetterMatch, LetterMatcher
from .lexicon import Lexicon, name_key
from .model import Document, Piece
from .options import Options
from .phonetics import coarse, distance, distance_within, lower_steps, skeleton, steps_within
from .pronounce import known, pronounce
from .soundindex import SoundIndex, Unit
from .vocabulary import vocabulary

MAX_WINDOW = 6
MAX_DISTANCE = 0.3
"""No threshold, however much context supports a name, goes past this distance."""
COMMON_WORDS_DISTANCE = 0.16
"""The farthest a window of ordinary words may sound from a name and still be replaced."""
TIGHTER = 0.06
"""A window inside another for the same name wins unless this much farther from it."""
RIVAL = 0.03
"""Another name this close on the same words makes a correction a suggestion."""
DISFLUENT = 0.25
"""How much wider the bar is for a name the document speaks of when every seam of the window
reads badly as English (never seen in the bigram counts): it widens even the caps."""
CROWD = 30
"""A lexicon of more names than this makes chance matches likelier: a name without document
evidence then needs a closer match (the threshold shrinks with the log of the excess)."""
_POSSESSIVE_RE = regex.compile(r"['’]s$")
_HANDLE = frozenset("@#._/")
_SLOT_BEFORE = frozenset("in of to from with by and between against for at on the "
                         "president minister mr mrs ms dr".split())


class _Item(NamedTuple):
    """A word piece as the matcher sees it (a tuple: thousands are made per document)."""

    piece: Piece
    key: tuple[str, ...]
    phones: str
    possessive: bool
    zipf: float
    known: bool
    skel: str
    rough: str
    loose: bool
    """Outside the frequency list, or a distinctive word of some name: never cut as a far
    window."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int   # item index
    stop: int
    unit: Unit
    score: float  # normalised phone distance
    letters: LetterMatch | None = None


def _threshold(length: int) -> float:
    """Base normalised-distance threshold: short names are stricter."""
    if length <= 4:
        return 0.08
    if length <= 6:
        return 0.14
    if length <= 8:
        return 0.19
    return 0.23


_new_item = tuple.__new__


class NameCorrector:
    """Writes lexicon names as listed: exact mentions recased, sound-alike garbles replaced
    (or suggested, below ``min_confidence``)."""

    def __init__(self, lexicon: Lexicon, options: Options) -> None:
        self.lexicon = lexicon
        self.options = options
        self.index = SoundIndex.build(lexicon) if len(lexicon) else SoundIndex()
        self.letters = LetterMatcher(self.index)
        # Names the user listed that the references also mention: the story's names.
        ref_words = {w for key in lexicon.referenced for w in key}
        self.referenced = {n.canonical for n in lexicon if n.source == "names"
                           and any(w in ref_words and _distinctive_word(w) for w in n.key)}
        self._items: dict[str, tuple[tuple[str, ...], str, bool, float, bool, str, str,
                                     bool]] = {}
        self._name_words = {w for u in self.index.units for w in u.key if _distinctive_word(w)}
        self._words: dict[str, bool] = {}
        self._source = ""
        self._firsts = {k[0] for k in self.index.exact if k}
        self._heard: dict[str, tuple[tuple[int, float], ...]] = {}
        self._longest = int(max((u.length for u in self.index.units), default=0) * 1.5 + 1)
        # Per unit, for `_hear`: window length limits, distance bound, coarse cut and form.
        self._limits = [(u.length * 0.6, u.length * 1.5 + 1, u.length, MAX_DISTANCE * u.length,
                         steps_within(MAX_DISTANCE * u.length), coarse(u.phones), u.phones)
                        for u in self.index.units]
        self._shortlists: dict[str, tuple[tuple[int, ...], list[str], int] | None] = {}
        self._bounds: dict[int, float] = {}   # id(unit) -> the far-window cut
        names = len({u.canonical for u in self.index.units})
        self._crowd = 1.0 if names <= CROWD else max(0.75, 1.0 - 0.12 * log10(names / CROWD))

    def _item(self, piece: Piece) -> _Item:
        got = self._items.get(piece.text)
        if got is None:
            text = piece.text
            possessive = bool(_POSSESSIVE_RE.search(text)) and len(text) > 3
            base = _POSSESSIVE_RE.sub("", text) if possessive else text
            key = name_key(base)
            phones = "".join(pronounce(w) for w in key)
            v = vocabulary()
            zipf = min((v.zipf(w) for w in key), default=0.0)
            is_known = all(w in v or known(w) for w in key)
            got = self._items[piece.text] = (key, phones, possessive, zipf, is_known,
                                             skeleton(phones), coarse(phones),
                                             zipf == 0 or any(w in self._name_words
                                                              for w in key))
        return _new_item(_Item, (piece, *got))

    def __call__(self, doc: Document) -> Document:
        if not self.index.units:
            return doc
        editor = doc.editor()
        self._source = doc.source
        runs = self._runs(doc)
        protected: dict[int, tuple[str, bool, bool]] = {}
        mentioned: set[str] = set()
        recased: list[tuple[list[_Item], str]] = []
        for run in runs:
            self._exact(run, recased, protected, mentioned)
        candidates: list[tuple[list[_Item], _Candidate]] = []
        for run in runs:
            candidates.extend((run, c) for c in self._sound(run, protected))
            candidates.extend((run, c) for c in self._spelled(run, protected))
        taken = self._decide(candidates, editor, mentioned)
        for span, text in recased:
            if not any(id(it) in taken for it in span):
                editor.replace([it.piece for it in span], text, "case", "lexicon-exact", 1.0)
        return editor.finish()

    def _runs(self, doc: Document) -> list[list[_Item]]:
        """Word pieces split into runs at punctuation and sound cues."""
        runs: list[list[_Item]] = [[]]
        tokens = doc.tokens
        for piece in doc.pieces():
            if not piece.text:
                continue
            if tokens[piece.first].kind != "word" or not self._wordlike(piece.text):
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append(self._item(piece))
        return [r for r in runs if r]

    def _wordlike(self, text: str) -> bool:
        got = self._words.get(text)
        if got is None:
            got = self._words[text] = any(c.isalpha() for c in text) and \
                not any(c.isdigit() for c in text)
        return got

    def _exact(self, run: list[_Item], recased: list[tuple[list[_Item], str]],
               protected: dict[int, tuple[str, bool, bool]], mentioned: set[str]) -> None:
        """Exact mentions (any case) of names and their distinctive parts: protected from
        sound matching, recased to the listed spelling."""
        i = 0
        exact = self.index.exact
        firsts = self._firsts
        while i < len(run):
            if run[i].key[:1] and run[i].key[0] not in firsts:
                i += 1
                continue
            for n in range(min(self.index.max_words, len(run) - i), 0, -1):
                key: tuple[str, ...] = ()
                for item in run[i:i + n]:
                    key += item.key
                unit = exact.get(key)
                if unit is None or (n > 1 and any(it.possessive for it in run[i:i + n - 1])):
                    continue
                span = run[i:i + n]
                text = unit.text + ("'s" if span[-1].possessive else "")
                current = " ".join(it.piece.text for it in span)
                if current != text and (unit.whole or _is_name_word(unit)):
                    recased.append((span, text))
                for k, it in enumerate(span):
                    protected[id(it)] = (unit.canonical, k == n - 1, not unit.whole)
                mentioned.add(unit.canonical)
                i += n
                break
            else:
                i += 1

    def _sound(self, run: list[_Item], protected: dict[int, tuple[str, bool, bool]]
               ) -> list[_Candidate]:
        """Windows of 1-6 words that sound like a unit the index retrieves for them. A window
        may take in an exact part of the same name only whole ("ex why" + "zed group"), and
        may start with one ("satya" + "not della")."""
        out: list[_Candidate] = []
        units = self.index.units
        longest = self._longest
        heard = self._heard
        phs = [it.phones for it in run]
        skels = [it.skel for it in run]
        roughs = [it.rough for it in run]
        marks = [protected.get(id(it)) for it in run] if protected else [None] * len(run)
        ends = [it.possessive for it in run]
        n = len(run)
        for i in range(n):
            anchor = marks[i]
            prev = marks[i - 1] if i else None
            if anchor is not None and (not anchor[2] or prev is not None and not prev[1]):
                continue   # only from the start of a mention of a part of a name
            free = anchor is None
            phones = inside = ""
            best: dict[int, _Candidate] = {}
            for j in range(i, min(i + MAX_WINDOW, n)):
                phones += phs[j]
                if len(phones) > longest:
                    break
                mark = marks[j]
                if mark is not None:
                    if inside and inside != mark[0]:
                        break
                    inside = mark[0]
                    if not mark[1] or not free:
                        continue
                else:
                    free = True
                hits = heard.get(phones)
                if hits is None:
                    # The window's skeleton and coarse form, from its words' (== of its
                    # phones).
                    skel = ""
                    for part in skels[i:j + 1]:
                        skel += part[1:] if part and skel and skel[-1] == part[0] else part
                    hits = self._hear(phones, skel, "".join(roughs[i:j + 1]))
                for uid, d in hits:
                    if inside and inside != units[uid].canonical:
                        continue
                    got = best.get(uid)
                    if got is None or d < got.score:
                        best[uid] = _Candidate(i, j + 1, units[uid], d)
                if ends[j]:
                    break
            if best:
                out.extend(best.values())
        return out

    def _spelled(self, run: list[_Item], protected: dict[int, tuple[str, bool, bool]]
                 ) -> list[_Candidate]:
        """Non-words that spell a name glued, split or clipped."""
        out = []
        source = self._source
        glued = self.letters.glued
        for i, it in enumerate(run):
            if len(it.key) == 1 and (it.zipf == 0 or len(it.key[0]) == 1
                                     and it.key[0] not in "ai"):
                # A stray space inside a name: "h aaland", "m bappe".
                for a in (i - 1, i):
                    pair = run[a:a + 2] if a >= 0 else []
                    if len(pair) == 2 and all(len(p.key) == 1 and id(p) not in protected
                                              for p in pair):
                        unit = glued.get(pair[0].key[0] + pair[1].key[0])
                        if unit is not None:
                            out.append(_Candidate(a, a + 2, unit, 0.0, LetterMatch(
                                unit.text, unit, 0.9, "letters-joined")))
            if it.known or it.zipf > 0 or len(it.key) != 1 or id(it) in protected:
                continue
            start, end = it.piece.start, it.piece.end
            if source[start - 1:start] in _HANDLE or source[end:end + 1] in _HANDLE \
                    and source[end + 1:end + 2].isalnum():
                continue   # part of an address or handle ("@abcnews", "abcnews.com")
            m = self.letters.match(it.key[0])
            if m is not None:
                out.append(_Candidate(i, i + 1, m.unit, 0.0, m))
        return out

    def _hear(self, phones: str, skel: str, rough: str) -> tuple[tuple[int, float], ...]:
        """Units a window's phones (with their skeleton and coarse form) sound like, with
        their normalised distances (memoised per phone string: windows repeat within and
        across documents)."""
        n = len(phones)
        found = []
        limits = self._limits
        shortlist = self._shortlist(skel) if len(skel) >= 2 else None
        if shortlist is not None:
            uids, roughs, widest = shortlist
            # A C-speed lower bound first, for all candidates in one call: most windows are
            # far from every name. Survivors keep the candidates' order.
            near = sorted(j for _, steps, j in process.extract(
                rough, roughs, scorer=lower_steps, limit=None, score_cutoff=widest)
                if steps <= limits[uids[j]][4])
            for j in near:
                uid = uids[j]
                lo, hi, length, bound, _, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bound) / length
                    if d <= MAX_DISTANCE:
                        found.append((uid, d))
        hits = tuple(found)
        if len(self._heard) > 300_000:
            self._heard.clear()
        self._heard[phones] = hits
        return hits

    def _shortlist(self, skel: str) -> tuple[tuple[int, ...], list[str], int] | None:
        """The units a skeleton retrieves, their coarse forms and the widest coarse cut among
        them (memoised per skeleton); None when it retrieves none."""
        if skel in self._shortlists:
            return self._shortlists[skel]
        uids = self.index.candidates(skel)
        got = (uids, [self._limits[u][5] for u in uids],
               max(self._limits[u][4] for u in uids)) if uids else None
        if len(self._shortlists) > 200_000:
            self._shortlists.clear()
        self._shortlists[skel] = got
        return got

    def _confidence(self, run: list[_Item], c: _Candidate, prior: set[str]) -> tuple[float,
                                                                                    str]:
        unit = c.unit
        span = run[c.first:c.stop]
        if c.letters is not None:
            conf = c.letters.confidence
            if c.letters.needs_prior and unit.canonical not in prior:
                conf = min(conf, self.options.min_confidence - 0.05)
            return conf, c.letters.rule
        v = vocabulary()
        t = _threshold(unit.length)
        letters = "".join(ch for it in span for w in it.key for ch in w if ch.isalpha())
        own = "".join(ch for w in unit.key for ch in w if ch.isalpha())
        if all(len(w) == 1 for it in span for w in it.key):
            return 0.0, "variant"   # letters read out
        if own == letters and len(span) > len(unit.key) and any(
                len(w) == 1 and w not in "ai" or vocabulary().zipf(w) == 0
                and not _in_dictionary(w) for it in span for w in it.key):
            return 0.9, "letters-joined"   # split by a stray space: "m bappe"
        clipped = len(span) == 1 and span[0].zipf == 0 and len(letters) >= max(
            5, 0.75 * len(own)) and not _in_dictionary(letters)
        if own in letters or letters in own and not clipped:
            # A glued, plural or demonym form of the name: not a garble. (A non-word the
            # name's letters hold, "oldman", is the name clipped.)
            return 0.0, "variant"
        shared = {w for it in span for w in it.key} & set(unit.key)
        changed = [it for it in span if not set(it.key) <= shared]
        # A window anchored by the name's own words (a distinctive one, or two): the rest of
        # the name garbled beside them ("goldman socks", "lights defending freedom").
        anchored = bool(shared) and (any(_distinctive_word(w) for w in shared)
                                     or sum(len(w) > 3 for w in shared) >= 2)
        if shared:
            # A window that already has a word of the name must garble a distinctive one.
            # (Or, beside it, a non-word no dictionary has: "southern calirnia".)
            if not changed or not anchored and not any(
                    len(w) >= 4 and v.zipf(w) < 4.5 for w in unit.key if w not in shared) \
                    and not all(it.zipf == 0 and not _in_dictionary(w)
                                for it in changed for w in it.key):
                return 0.0, "shared"
            if unit.word_phones:
                # Judge the garbled part alone: shared words would dilute its distance.
                rest = "".join(p for w, p in zip(unit.key, unit.word_phones)
                               if w not in shared)
                got = "".join(it.phones for it in changed)
                if rest:
                    c = _Candidate(c.first, c.stop, unit,
                                   max(c.score, distance(got, rest) / len(rest)))
                    t = _threshold(len(rest))
                    if any(_distinctive_word(w) for w in shared):
                        t *= 1.5   # the rest of the name is right there: "olaf sholtz"
        rule = "sound-part" if anchored else "sound"
        # Words outside the frequency list: typos of a common word, or no English at all.
        odd = [(it.known, _near_word(w)) for it in changed if it.zipf == 0 for w in it.key]
        if any(near in unit.key for _, near in odd):
            t *= 1.6   # one letter from the name itself: "iindia"
            rule = "sound-typo"
        nonword = any(near is None and not is_known for is_known, near in odd)
        common = any(it.zipf > 0 for it in changed) or any(
            near and near not in unit.key for _, near in odd) or \
            any(_in_dictionary(w) for it in changed if it.zipf == 0 for w in it.key)
        if nonword:
            t *= 1.25
            rule = "sound-nonword"
        keys = [w for it in span for w in it.key]
        # Seams inside the window, except between the name's own words.
        pairs = [(a, b) for a, b in zip(keys, keys[1:]) if a not in shared or b not in shared]
        before = run[c.first - 1].key[-1:] if c.first > 0 else ()
        after = run[c.stop].key[:1] if c.stop < len(run) else ()
        fluent = 0.0
        if pairs:
            fluent = sum(1 for a, b in pairs if v.bigram_zipf(a, b) >= 3.0) / len(pairs)
            t *= 1.0 - 0.5 * fluent
        elif not nonword and span[0].zipf >= 3.0:
            t *= 0.6   # one real word standing for a name needs context, not sound alone
        elif not nonword and span[0].known:
            t *= 0.8   # a rare dictionary word is still a word ("superdelegates")
        edges = [(before[0], keys[0])] if before else []
        if after:
            edges.append((keys[-1], after[0]))
        if edges and all(v.bigram_zipf(a, b) >= 4.0 for a, b in edges):
            t *= 0.8
        if unit.canonical in prior:
            t *= 1.35
            rule += "+context"
        elif unit.source == "reference":
            t *= 0.75
        if before and before[0] in _SLOT_BEFORE:
            t *= 1.1
        t = min(t, MAX_DISTANCE - 0.04)
        if not nonword and common and not anchored:
            # Real words that sound like the name: stay below the name's nearest word. (Words
            # only the pronouncing dictionary knows, surnames mostly, are no common words.)
            t = min(t, 0.7 * self.index.false_alarm(unit))
            if all(it.known and it.zipf >= 3.0 for it in changed):
                t = min(t, COMMON_WORDS_DISTANCE)   # ordinary English must sound very close
        if unit.canonical in prior and pairs:
            # A name the document speaks of, in words that read badly as English (seams
            # never seen in the bigram counts): "on o'connor back".
            odd_seams = sum(1 for a, b in pairs if not v.bigram(a, b)) / len(pairs)
            t = min(t * (1.0 + DISFLUENT * odd_seams), MAX_DISTANCE - 0.04)
        if span[-1].possessive:
            t *= 1.1   # "'s" after: a slot for a name
        if unit.canonical not in prior:
            t *= self._crowd
        if t <= 0:
            return 0.0, rule
        ratio = c.score / t
        conf = 1.0 - 0.2 * ratio if ratio <= 1.0 else 0.8 - 0.9 * (ratio - 1.0)
        if unit.canonical not in prior and not nonword and (
                fluent >= 0.5 or len(changed) == 1 and changed[0].zipf >= 3.0):
            # Fluent real words standing for a name nobody mentioned: a suggestion at most.
            conf = min(conf, self.options.min_confidence - 0.05)
        return max(0.0, min(1.0, conf)), rule

    def _decide(self, candidates: list[tuple[list[_Item], _Candidate]], editor,  # type: ignore[no-untyped-def]
                mentioned: set[str]) -> set[int]:
        """Best candidates first, no overlaps; returns the items they took."""
        prior = set(mentioned) | self.referenced
        # Far windows of common words go unscored, unless they hold a word of the name.
        bounds = self._bounds
        kept = []
        for run, c in candidates:
            bound = bounds.get(id(c.unit))
            if bound is None:
                bound = bounds[id(c.unit)] = 1.5 * min(
                    MAX_DISTANCE - 0.04, 0.7 * self.index.false_alarm(c.unit))
            if c.score <= bound or any(it.loose for it in run[c.first:c.stop]):
                kept.append((run, c))
        candidates = kept
        scored = [(self._confidence(run, c, prior), run, c) for run, c in candidates]
        confident = {c.unit.canonical for (conf, _), _, c in scored if conf >= 0.9}
        if confident - prior:
            prior |= confident
            scored = [(self._confidence(run, c, prior), run, c) for run, c in candidates]
        scored = _tightest(scored, self.options.suggest_confidence)
        scored = self._rivals(scored)
        scored.sort(key=lambda s: (-s[0][0], s[2].score))
        taken: set[int] = set()
        applied: set[int] = set()
        o = self.options
        for (conf, rule), run, c in scored:
            if conf < o.suggest_confidence:
                break
            span = run[c.first:c.stop]
            ids = {id(it) for it in span}
            if ids & taken:
                continue
            text = (c.letters.text if c.letters else c.unit.text) + \
                ("'s" if span[-1].possessive else "")
            pieces = [it.piece for it in span]
            if " ".join(p.text for p in pieces).casefold() == text.casefold():
                continue
            taken |= ids
            note = f"sounds like {c.unit.text!r} (distance {c.score:.2f})"
            if conf >= o.min_confidence:
                editor.replace(pieces, text, "name", rule, conf, note)
                applied |= ids
            else:
                editor.suggest(pieces, text, "name", rule, conf, note)
        return applied


    def _rivals(self, scored: list[_Scored]) -> list[_Scored]:
        """A window two names fit about equally well is a suggestion at most."""
        best: dict[tuple[int, int, int], dict[str, float]] = {}
        for _, run, c in scored:
            got = best.setdefault((id(run), c.first, c.stop), {})
            got[c.unit.canonical] = min(c.score, got.get(c.unit.canonical, 9.0))
        out = []
        cap = self.options.min_confidence - 0.05
        for (conf, rule), run, c in scored:
            others = [d for n, d in best[(id(run), c.first, c.stop)].items()
                      if n != c.unit.canonical]
            if c.letters is None and others and min(others) - c.score < RIVAL:
                conf = min(conf, cap)
                rule += "+rival"
            out.append(((conf, rule), run, c))
        return out


_Scored = tuple[tuple[float, str], list[_Item], _Candidate]


def _tightest(scored: list[_Scored], viable: float) -> list[_Scored]:
    """Drop a window when a window inside it fits the same name nearly as well: a garble
    window covers only the garbled words ("striker mick arthy" -> "mick arthy")."""
    by_name: dict[tuple[int, str], list[tuple[_Candidate, float]]] = {}
    for (conf, _), run, c in scored:
        if conf >= viable:
            by_name.setdefault((id(run), c.unit.canonical), []).append((c, conf))
    out = []
    for item in scored:
        (conf, _), run, c = item
        # An inner window farther from the name and less sure of it leaves the outer one
        # ("harry comar" for a listed "Hari Kumar", not "comar" alone).
        inner = [o for o, oc in by_name.get((id(run), c.unit.canonical), ())
                 if o is not c and c.first <= o.first and o.stop <= c.stop
                 and o.stop - o.first < c.stop - c.first and o.score - c.score < TIGHTER
                 and not (o.score > c.score and oc < conf)
                 and (o.unit.whole or not c.unit.whole)   # a part leaves the whole name
                 and c.letters is None]   # words spelling the name joined stay together
        if not inner:
            out.append(item)
    return out


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=50_000)
def _near_word(word: str) -> str | None:
    """The commonest English word one letter edit away from a non-word ("americal" ->
    "america"), or None: such a non-word is a typo, not a garbled name."""
    v = vocabulary()
    best, best_zipf = None, 3.0
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    for w in edits:
        z = v.zipf(w) if w in v else 0.0
        if z >= best_zipf:
            best, best_zipf = w, z
    return best


@lru_cache(maxsize=50_000)
def _in_dictionary(word: str) -> bool:
    """In the english-words lists ("epicenter"), which the frequency list lacks."""
    from .spelling import dictionary_words  # shared word table (cached on disk)
    return word in dictionary_words()


def _distinctive_word(word: str) -> bool:
    return len(word) > 2 and vocabulary().zipf(word) < 4.5


def _is_name_word(unit: Unit) -> bool:
    """A part of a name that is no English word is recased even alone ("scholz")."""
    return all(vocabulary().zipf(w) < 4.5 for w in unit.key)
