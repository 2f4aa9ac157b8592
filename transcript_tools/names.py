"""Name correction: recase exact mentions of lexicon names, and replace spans that sound like
a lexicon name (and read badly as English) with the name. A stage built once per lexicon.

Built by `pipeline.build_stages`; the matching units come from `soundindex.SoundIndex`, the
confidence of each candidate from `namescore.Scorer`.
"""

from __future__ import annotations

import regex
from rapidfuzz import process

from .letters import LetterMatch, LetterMatcher
from .lexicon import Lexicon, name_key
from .model import Document, Piece
from .namescore import (
    MAX_DISTANCE,
    Candidate,
    Item,
    Scorer,
    distinctive_word,
)
from .options import Options
from .phonetics import coarse, distance_within, lower_steps, skeleton, steps_within
from .pronounce import known, pronounce
from .soundindex import SoundIndex, Unit
from .vocabulary import vocabulary

MAX_WINDOW = 6
TIGHTER = 0.06
"""A window inside another for the same name wins unless this much farther from it."""
RIVAL = 0.03
"""Another name this close on the same words makes a correction a suggestion."""
_POSSESSIVE_RE = regex.compile(r"['’]s$")
_HANDLE = frozenset("@#._/")


_Hits = tuple[tuple[int, float], ...]
STARTS = 100_000
_Mark = tuple[str, bool, bool]
"""The memo of what each start of a window yields (`_sound`) is started afresh past this many
entries (outputs do not depend on it)."""


def _within(flags: list[bool]) -> list[bool]:
    """Per position i: whether a window from i (up to MAX_WINDOW words) holds a flag."""
    out = [False] * len(flags)
    for k, flag in enumerate(flags):
        if flag:
            out[max(0, k - MAX_WINDOW + 1):k + 1] = [True] * (min(k, MAX_WINDOW - 1) + 1)
    return out


class _Run(list[Item]):
    """Words between punctuation, with their pieces and the exact mentions among them
    (position -> the name's canonical form, whether the word ends the mention, whether the
    mention is a part of a name)."""

    __slots__ = ("pieces", "marks")

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[Piece] = []
        self.marks: dict[int, _Mark] = {}


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
                           and any(w in ref_words and distinctive_word(w) for w in n.key)}
        self._items: dict[str, Item | None] = {}   # None: no word (see `_item`)
        self._name_words = {w for u in self.index.units for w in u.key if distinctive_word(w)}
        self._source = ""
        # Every word-prefix of an exact key (the empty one included), for `_exact`.
        self._firsts = {k[0] for k in self.index.exact if k}
        self._prefixes = {k[:m] for k in self.index.exact for m in range(len(k) + 1)}
        self._heard: dict[str, tuple[_Hits, _Hits]] = {}
        self._starts: dict[tuple[object, ...], tuple[tuple[int, int, float], ...]] = {}
        self._longest = int(max((u.length for u in self.index.units), default=0) * 1.5 + 1)
        # Per unit, for `_hear`: window length limits, distance bound, coarse cut and form.
        self._limits = [(u.length * 0.6, u.length * 1.5 + 1, u.length, MAX_DISTANCE * u.length,
                         steps_within(MAX_DISTANCE * u.length), coarse(u.phones), u.phones)
                        for u in self.index.units]
        self._shortlists: dict[str, tuple[tuple[int, ...], list[str], int] | None] = {}
        self._bounds: dict[int, float] = {}   # id(unit) -> the far-window cut
        self._unit_bounds: list[float | None] = [None] * len(self.index.units)
        self._tight: dict[str, tuple[list[float], list[int], int]] = {}
        self._heard_near: dict[str, _Hits] = {}   # see `_hear_near`
        self.scorer = Scorer(self.index, options)

    def _item(self, text: str) -> Item | None:
        """The word as the matcher sees it, or None for a piece that is no word (memoised per
        text: one shared item per word type)."""
        if text in self._items:
            return self._items[text]
        got = None
        if any(c.isalpha() for c in text) and not any(c.isdigit() for c in text):
            possessive = bool(_POSSESSIVE_RE.search(text)) and len(text) > 3
            base = _POSSESSIVE_RE.sub("", text) if possessive else text
            key = name_key(base)
            phones = "".join(pronounce(w) for w in key)
            v = vocabulary()
            zipf = min((v.zipf(w) for w in key), default=0.0)
            is_known = all(w in v or known(w) for w in key)
            got = Item(text, key, phones, possessive, zipf, is_known, skeleton(phones),
                       coarse(phones), zipf == 0 or any(w in self._name_words for w in key),
                       "".join(ch for w in key for ch in w if ch.isalpha()))
        if len(self._items) > 200_000:
            self._items.clear()
        self._items[text] = got
        return got

    def __call__(self, doc: Document) -> Document:
        if not self.index.units:
            return doc
        editor = doc.editor()
        self._source = doc.source
        runs = self._runs(doc)
        mentioned: set[str] = set()
        recased: list[tuple[_Run, int, int, str]] = []
        for run in runs:
            self._exact(run, recased, mentioned)
        candidates: list[tuple[_Run, Candidate]] = []
        for run in runs:
            candidates.extend((run, c) for c in self._sound(run))
            # (Spelled candidates have distance 0: never cut as far windows.)
            candidates.extend((run, c) for c in self._spelled(run))
        taken = self._decide(candidates, editor, mentioned)
        for run, first, stop, text in recased:
            if not any((id(run), k) in taken for k in range(first, stop)):
                editor.replace(run.pieces[first:stop], text, "case", "lexicon-exact", 1.0)
        return editor.finish()

    def _runs(self, doc: Document) -> list[_Run]:
        """Word pieces split into runs at punctuation and sound cues."""
        runs: list[_Run] = [_Run()]
        run = runs[0]
        tokens = doc.tokens
        item = self._item
        items = self._items
        for piece in doc.pieces():
            text = piece.text
            if not text:
                continue
            it = items[text] if text in items else item(text)
            if it is None or tokens[piece.first].kind != "word":
                if run:
                    run = _Run()
                    runs.append(run)
                continue
            run.append(it)
            run.pieces.append(piece)
        return [r for r in runs if r]

    def _exact(self, run: _Run, recased: list[tuple[_Run, int, int, str]],
               mentioned: set[str]) -> None:
        """Exact mentions (any case) of names and their distinctive parts: protected from
        sound matching, recased to the listed spelling."""
        i = 0
        exact = self.index.exact
        prefixes = self._prefixes
        limit = self.index.max_words
        n = len(run)
        firsts = self._firsts
        while i < n:
            first = run[i].key
            if first and first[0] not in firsts:
                i += 1
                continue
            # The longest exact key from i: walk on while the words begin some key; a
            # possessive ends a mention.
            key: tuple[str, ...] = ()
            unit = None
            size = 0
            for j in range(i, min(i + limit, n)):
                key += run[j].key
                if key not in prefixes:
                    break
                got = exact.get(key)
                if got is not None:
                    unit, size = got, j - i + 1
                if run[j].possessive:
                    break
            if unit is None:
                i += 1
                continue
            span = run[i:i + size]
            text = unit.text + ("'s" if span[-1].possessive else "")
            current = " ".join(it.text for it in span)
            if current != text and (unit.whole or _is_name_word(unit)):
                recased.append((run, i, i + size, text))
            for k in range(size):
                run.marks[i + k] = (unit.canonical, k == size - 1, not unit.whole)
            mentioned.add(unit.canonical)
            i += size

    def _sound(self, run: _Run) -> list[Candidate]:
        """Windows of 1-6 words that sound like a unit the index retrieves for them. A window
        may take in an exact part of the same name only whole ("ex why" + "zed group"), and
        may start with one ("satya" + "not della")."""
        out: list[Candidate] = []
        units = self.index.units
        texts = [it.text for it in run]
        n = len(run)
        protected = run.marks
        marks: list[_Mark | None] = [protected.get(k) for k in range(n)] if protected \
            else [None] * n
        ends = [it.possessive for it in run]
        loose = [it.loose for it in run]
        # Where no window from i holds a loose word, only hits within the far-window cut can
        # become candidates (a far hit never beats a near one for its unit). Where none holds
        # an exact mention, the lean loop serves.
        which = [0 if far else 1 for far in _within(loose)]
        marked = _within([m is not None for m in marks]) if protected else [False] * n
        starts = self._starts
        if len(starts) > STARTS:
            starts.clear()
        for i in range(n):
            near = which[i]
            if not marked[i]:
                # No exact mention within reach: what start i yields depends on its words
                # alone (memoised per word 6-gram).
                key = tuple(texts[i:i + MAX_WINDOW])
                found = starts.get(key)
                if found is None:
                    found = starts[key] = self._lean(run, i, near, texts, ends, loose)
                for stop, uid, d in found:
                    out.append(Candidate(i, i + stop, units[uid], d))
                continue
            # Beside an exact mention: what start i yields depends on its words and the
            # mentions among them and just before (memoised on those).
            reach = (tuple(texts[i:i + MAX_WINDOW]), marks[i - 1] if i else None,
                     tuple(marks[i:i + MAX_WINDOW]))
            found = starts.get(reach)
            if found is None:
                found = starts[reach] = self._marked(run, i, near, marks, ends, loose)
            for stop, uid, d in found:
                out.append(Candidate(i, i + stop, units[uid], d))
        return out

    def _marked(self, run: _Run, i: int, near: int, marks: list[_Mark | None],
                ends: list[bool], loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """The windows from ``i`` that become candidates when an exact mention is within
        reach: (stop after i, unit id, distance), the best window of each unit."""
        units = self.index.units
        heard = self._heard
        longest = self._longest
        n = len(run)
        anchor = marks[i]
        prev = marks[i - 1] if i else None
        if anchor is not None and (not anchor[2] or prev is not None and not prev[1]):
            return ()   # only from the start of a mention of a part of a name
        free = anchor is None
        inside = ""
        spelled: tuple[str, ...] = ()
        best: dict[int, tuple[float, int]] = {}
        phones = ""
        for j in range(i, min(i + MAX_WINDOW, n)):
            phones += run[j].phones
            if len(phones) > longest:
                break   # longer than any name
            mark = marks[j]
            if mark is not None:
                if inside and inside != mark[0]:
                    break
                inside = mark[0]
                if not mark[2]:
                    spelled += run[j].key   # a whole name or alias, spelled right
                if not mark[1] or not free:
                    continue
            else:
                free = True
            got_heard = heard.get(phones)
            for uid, d in got_heard[near] if got_heard is not None else \
                    self._window_hits(run, i, j, phones, near):
                if inside and inside != units[uid].canonical or \
                        spelled and not set(spelled).issubset(units[uid].key):
                    continue   # the name's own mention turned into another form of it
                got = best.get(uid)
                if got is None or d < got[0]:
                    best[uid] = (d, j + 1)
            if ends[j]:
                break
        return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))

    def _window_hits(self, run: list[Item], i: int, j: int, phones: str, near: int
                     ) -> _Hits:
        """What the window ``run[i:j + 1]`` (its phones given) sounds like: all its hits, or
        (``near``) only those within the far-window cut, which a tighter search finds."""
        if near:
            got = self._heard_near.get(phones)
            if got is not None:
                return got
        items = run[i:j + 1]
        # The window's skeleton and coarse form, from its words' (== of its phones).
        skel = ""
        for it in items:
            part = it.skel
            skel += part[1:] if part and skel and skel[-1] == part[0] else part
        rough = "".join(it.rough for it in items)
        if near:
            return self._hear_near(phones, skel, rough)
        return self._hear(phones, skel, rough)[0]

    def _lean(self, run: _Run, i: int, near: int, texts: list[str], ends: list[bool],
              loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """The windows from ``i`` (no exact mention within reach) that become candidates:
        (stop after i, unit id, distance), the best window of each unit."""
        best: dict[int, tuple[float, int]] = {}
        heard = self._heard
        phones = ""
        for j in range(i, min(i + MAX_WINDOW, len(run))):
            phones += run[j].phones
            if len(phones) > self._longest:
                break   # longer than any name
            got_heard = heard.get(phones)
            for uid, d in got_heard[near] if got_heard is not None else \
                    self._window_hits(run, i, j, phones, near):
                got = best.get(uid)
                if got is None or d < got[0]:
                    best[uid] = (d, j + 1)
            if ends[j]:
                break
        return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))

    def _keep(self, best: dict[int, tuple[float, int]], i: int, loose: list[bool]
              ) -> list[tuple[int, tuple[float, int]]]:
        """The best window of each unit from ``i`` that is worth scoring: far windows of
        common words go unscored, unless they hold a word of the name."""
        units = self.index.units
        bounds = self._unit_bounds
        out = []
        for uid, (d, stop) in best.items():
            bound = bounds[uid]
            if bound is None:
                bound = bounds[uid] = self._bound(units[uid])
            if d <= bound or any(loose[i:stop]):
                out.append((uid, (d, stop)))
        return out

    def _spelled(self, run: _Run) -> list[Candidate]:
        """Non-words that spell a name glued, split or clipped."""
        out = []
        source = self._source
        glued = self.letters.glued
        protected = run.marks
        for i, it in enumerate(run):
            if it.zipf > 0 and len(it.key[0]) > 1:
                continue   # a word of the frequency list: neither a fragment nor a non-word
            if len(it.key) == 1 and (it.zipf == 0 or len(it.key[0]) == 1
                                     and it.key[0] not in "ai"):
                # A stray space inside a name: "h aaland", "m bappe".
                for a in (i - 1, i):
                    pair = run[a:a + 2] if a >= 0 else []
                    if len(pair) == 2 and all(len(p.key) == 1 and a + k not in protected
                                              for k, p in enumerate(pair)):
                        unit = glued.get(pair[0].key[0] + pair[1].key[0])
                        if unit is not None:
                            out.append(Candidate(a, a + 2, unit, 0.0, LetterMatch(
                                unit.text, unit, 0.9, "letters-joined")))
            if it.known or it.zipf > 0 or len(it.key) != 1 or i in protected:
                continue
            start, end = run.pieces[i].start, run.pieces[i].end
            if source[start - 1:start] in _HANDLE or source[end:end + 1] in _HANDLE \
                    and source[end + 1:end + 2].isalnum():
                continue   # part of an address or handle ("@abcnews", "abcnews.com")
            m = self.letters.match(it.key[0])
            if m is not None:
                out.append(Candidate(i, i + 1, m.unit, 0.0, m))
        return out

    def _hear(self, phones: str, skel: str, rough: str) -> tuple[_Hits, _Hits]:
        """Units a window's phones (with their skeleton and coarse form) sound like, with
        their normalised distances: all, and those within the far-window cut (memoised per
        phone string: windows repeat within and across documents)."""
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
        got = (hits, tuple(h for h in hits if h[1] <= self._near(h[0])) if hits else hits)
        if len(self._heard) > 150_000:
            self._heard.clear()
        self._heard[phones] = got
        return got

    def _hear_near(self, phones: str, skel: str, rough: str) -> _Hits:
        """`_hear`'s near hits alone: the search for each unit stops at its far-window cut,
        not at MAX_DISTANCE (most names' cut is much tighter), so fewer pairs reach the exact
        distance and fewer of its rows are filled. The distances found are the same."""
        n = len(phones)
        found = []
        limits = self._limits
        shortlist = self._shortlist(skel) if len(skel) >= 2 else None
        if shortlist is not None:
            uids, roughs, _ = shortlist
            bounds, cuts, widest = self._tight_shortlist(skel, uids)
            near = sorted(j for _, steps, j in process.extract(
                rough, roughs, scorer=lower_steps, limit=None, score_cutoff=widest)
                if steps <= cuts[j])
            for j in near:
                uid = uids[j]
                lo, hi, length, _, _, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bounds[j]) / length
                    if d <= MAX_DISTANCE and d <= self._near(uid):
                        found.append((uid, d))
        hits = tuple(found)
        if len(self._heard_near) > 150_000:
            self._heard_near.clear()
        self._heard_near[phones] = hits
        return hits

    def _tight_shortlist(self, skel: str, uids: tuple[int, ...]
                         ) -> tuple[list[float], list[int], int]:
        """For a skeleton's units: each one's search bound for near hits (a hair over its
        far-window cut, never past MAX_DISTANCE), the coarse steps it allows, and the widest
        of those (memoised per skeleton)."""
        got = self._tight.get(skel)
        if got is None:
            bounds = []
            for uid in uids:
                length = self._limits[uid][2]
                bounds.append(min(MAX_DISTANCE * length, self._near(uid) * length + 1e-9))
            cuts = [steps_within(b) for b in bounds]
            if len(self._tight) > 200_000:
                self._tight.clear()
            got = self._tight[skel] = (bounds, cuts, max(cuts))
        return got

    def _near(self, uid: int) -> float:
        bound = self._unit_bounds[uid]
        if bound is None:
            bound = self._unit_bounds[uid] = self._bound(self.index.units[uid])
        return bound

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

    def _bound(self, unit: Unit) -> float:
        """The distance past which a window of common words is not worth scoring."""
        bound = self._bounds.get(id(unit))
        if bound is None:
            bound = self._bounds[id(unit)] = 1.5 * min(
                MAX_DISTANCE - 0.04, 0.7 * self.index.false_alarm(unit))
        return bound

    def _decide(self, candidates: list[tuple[_Run, Candidate]], editor,  # type: ignore[no-untyped-def]
                mentioned: set[str]) -> set[tuple[int, int]]:
        """Best candidates first, no overlaps; returns the words they took (id of the run,
        position)."""
        prior = set(mentioned) | self.referenced
        scored = [(self.scorer.confidence(run, c, prior), run, c) for run, c in candidates]
        confident = {c.unit.canonical for (conf, _), _, c in scored if conf >= 0.9}
        newly = confident - prior
        if newly:
            # A confidence depends on the evidence only through its own name's place in it.
            prior |= confident
            scored = [(self.scorer.confidence(run, c, prior) if c.unit.canonical in newly
                       else s, run, c) for s, run, c in scored]
        scored = _tightest(scored, self.options.suggest_confidence)
        scored = self._rivals(scored)
        scored.sort(key=lambda s: (-s[0][0], s[2].score))
        taken: set[tuple[int, int]] = set()
        applied: set[tuple[int, int]] = set()
        o = self.options
        for (conf, rule), run, c in scored:
            if conf < o.suggest_confidence:
                break
            ids = {(id(run), k) for k in range(c.first, c.stop)}
            if ids & taken:
                continue
            text = (c.letters.text if c.letters else c.unit.text) + \
                ("'s" if run[c.stop - 1].possessive else "")
            pieces = run.pieces[c.first:c.stop]
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


_Scored = tuple[tuple[float, str], _Run, Candidate]


def _tightest(scored: list[_Scored], viable: float) -> list[_Scored]:
    """Drop a window when a window inside it fits the same name nearly as well: a garble
    window covers only the garbled words ("striker mick arthy" -> "mick arthy")."""
    by_name: dict[tuple[int, str], list[tuple[Candidate, float]]] = {}
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


def _is_name_word(unit: Unit) -> bool:
    """A part of a name that is no English word is recased even alone ("scholz")."""
    return all(vocabulary().zipf(w) < 4.5 for w in unit.key)
