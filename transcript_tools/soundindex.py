"""The lexicon compiled for sound-alike matching: every name, alias and distinctive part as a
pronounced unit, indexed by coarse consonant keys, with a per-unit false-alarm distance
(`falsealarms`).

Built once per `Lexicon` by `names.NameCorrector`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from itertools import combinations

import regex

from .falsealarms import COMMON_WORDS, FALSE_ALARM_CAP, nearest_word
from .lazypattern import lazy_regex
from .letternames import doubled
from .lexicon import Lexicon, folded, name_key
from .phonetics import costs_stamp, skeleton
from .pronounce import cmu, letter_to_sound, pronounce, spelled
from .vocabulary import cached, vocabulary
from .wordcase import stands_alone

DISTINCTIVE_ZIPF = 4.5
"""A name word rarer than this (symspellpy counts' zipf) can stand for its name alone."""
PERSIST_UNITS = 16
"""A lexicon of at least this many distinct sounds keeps its false-alarm distances in the disk
cache; a smaller one computes them as needed in a few milliseconds."""
ALARM_VERSION = 1
_SAYABLE_RE = regex.compile(
    r"^[^AEIOU]?(?:[AEIOU]+[^AEIOU]{1,2}(?=[AEIOU]))*[AEIOU]+[^AEIOU]?$")
"""An acronym that reads as a word: consonant-vowel syllables ("ISIL", "OPEC", not "NHS")."""
_WORD_RE = regex.compile(r"[^\s\-‐–]+")
_DOUBLED_CAPITAL_RE = lazy_regex(r"(\p{Lu})\1")
PARTICLES = frozenset("al el la le de du da von van bin ibn".split())
"""Particles a family name is said with ("al-Assiri", "bin Salman", "de Gaulle", "von der
Leyen"): the name's last words from one of them are a part of it (`_particle_parts`)."""
_FUNCTION = PARTICLES | frozenset(
    "a an the and or but of in on at to for by with from as is mr mrs ms dr st".split())


@dataclass(frozen=True, slots=True)
class Unit:
    """A matchable form of a lexicon name: the text to write, its words and its phones."""

    text: str
    key: tuple[str, ...]
    phones: str
    canonical: str
    source: str
    whole: bool
    """The complete name or alias (not a part of it)."""
    word_phones: tuple[str, ...] = ()

    @property
    def length(self) -> int:
        return len(self.phones)

    @property
    def skeleton(self) -> str:
        return skeleton(self.phones)


def _word_phones(word: str) -> list[str]:
    """Pronunciations of a name word: acronyms (``FBI``, ``NATO``) also as letters."""
    core = word.strip(".,'’")
    if core.isupper() and 1 < len(core) <= 6 and core.isalpha():
        forms = [spelled(core)]
        if _DOUBLED_CAPITAL_RE.search(core):
            forms.append(doubled(core))   # a doubled letter said "double a": "NAACP"
        listed = cmu().get(core.lower())
        if listed is not None:
            forms.append(listed)
        elif len(core) >= 4 and _SAYABLE_RE.match(core):
            forms.append(letter_to_sound(core))   # read as a word: "ISIL", "OPEC"
        return forms
    return [pronounce(core)]


def _distinctive(word: str) -> bool:
    w = word.lower().strip(".'’")
    return (len(w) >= 3 and w not in _FUNCTION
            and (vocabulary().zipf(w) < DISTINCTIVE_ZIPF or word.isupper()))


@dataclass(slots=True)
class SoundIndex:
    """Units by exact key and by retrieval key."""

    units: list[Unit] = field(default_factory=list)
    exact: dict[tuple[str, ...], Unit] = field(default_factory=dict)
    by_key: dict[str, list[int]] = field(default_factory=dict)
    max_words: int = 0
    max_skeleton: int = 0
    _false_alarm: dict[str, float] = field(default_factory=dict)
    _stored: bool = False
    _skeleton_sizes: list[int] = field(default_factory=list)
    _by_skeleton: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _fitting: dict[int, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    _unions: dict[tuple[object, ...], tuple[int, ...]] = field(default_factory=dict)
    plain: dict[tuple[str, ...], Unit] = field(default_factory=dict)
    """The units of names with diacritics by their key without them ("muller" for a listed
    Müller: captions drop accents), where no name has that key and no two names share it;
    each a copy of its unit with the folded key (`build` adds them to `exact`)."""
    single: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Units of one consonant class ("Russia", "Hama") by it: found only by windows of one
    class (a deletion key of one class would match half of every text)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> SoundIndex:
        index = cls()
        plains: set[tuple[str, ...]] = set()
        particled: list[tuple[str, list[str], str, str]] = []
        for entry in lexicon:
            words = _WORD_RE.findall(entry.text)
            if not words:
                continue
            index._add_forms(entry.text, words, entry.canonical or entry.text, entry.source,
                             True)
            for a, b in _parts(words):
                text = _part_text(entry.text, words[a:b])
                index._add_forms(text, words[a:b], entry.canonical or entry.text,
                                 entry.source, False)
            particled += [(_part_text(entry.text, words[a:]), words[a:],
                           entry.canonical or entry.text, entry.source)
                          for a in _particle_parts(words)]
            plain = [folded(w) for w in words]
            if plain != words:   # (the parts standing alone without the accents too)
                keys = [folded(w.casefold()) for w in words]
                plains.add(tuple(keys))
                plains.update(tuple(keys[a:b]) for a, b in _parts(plain))
        # Heard only, never an exact key (a caption's "bin qasrawi" stays a mention of the
        # part Qasrawi, cased as such), and not where a listed form has the same words (the
        # user's "al assad" is written as listed) or two names share them.
        owners: dict[tuple[str, ...], set[str]] = {}
        for text, _, canonical, _ in particled:
            owners.setdefault(name_key(text), set()).add(canonical)
        added: set[tuple[str, ...]] = set()   # (a name listed twice adds its part once)
        for text, words, canonical, source in particled:
            key = name_key(text)
            if key not in index.exact and len(owners[key]) == 1 and key not in added:
                added.add(key)
                index._add_forms(text, words, canonical, source, False, exact=False)
        index._add_plain(plains)
        return index

    def _add_plain(self, plains: set[tuple[str, ...]]) -> None:
        """The exact keys of names written with diacritics, without them (`plain`): a
        caption's "erdogan" is a listed Erdoğan written as captions write it. Only the keys
        in ``plains``: a part stands for its name without its accents only where the folded
        words' part does (`_parts`: a word that is no English word with its accents may be
        an ordinary one without). A folded key that is some name's own key stays that
        name's; one two names fold to (a whole name before a part) is the whole name's,
        else nobody's."""
        got: dict[tuple[str, ...], Unit] = {}
        clash: set[tuple[str, ...]] = set()
        for key, unit in self.exact.items():
            plain = tuple(folded(w) for w in key)
            if plain == key or plain in self.exact or plain not in plains:
                continue
            had = got.get(plain)
            if had is not None and had.canonical != unit.canonical:
                if had.whole == unit.whole:
                    clash.add(plain)
                if had.whole:
                    continue
            got[plain] = replace(unit, key=plain)
        for plain, unit in got.items():
            if plain not in clash:
                self.plain[plain] = self.exact[plain] = unit

    def _add_forms(self, text: str, words: list[str], canonical: str, source: str,
                   whole: bool, exact: bool = True) -> None:
        key = name_key(text)
        if key in self.exact and (self.exact[key].whole or not whole):
            return
        forms: list[tuple[str, ...]] = [()]
        for w in words:
            forms = [f + (p,) for f in forms for p in _word_phones(w)][:4]
        first = None
        for parts in forms:
            phones = "".join(parts)
            unit = Unit(text, key, phones, canonical, source, whole,
                        parts if len(parts) == len(key) else ())
            first = first or unit
            self.units.append(unit)
            skel = skeleton(phones)
            self._skeleton_sizes.append(len(skel))   # (`candidates` reads them)
            if len(skel) == 1 and len(phones) >= 4:
                self.single[skel] = self.single.get(skel, ()) + (len(self.units) - 1,)
            if len(skel) < 2 or len(phones) < 4:
                continue   # too short to find by its keys
            self.max_skeleton = max(self.max_skeleton, len(skel))
            uid = len(self.units) - 1
            for k in deletions(skel, _slack(len(skel))):   # (a set: each key once a unit)
                self.by_key.setdefault(k, []).append(uid)
        if first is not None and exact:
            self.exact[key] = first
            self.max_words = max(self.max_words, len(key))

    def candidates(self, skel: str) -> tuple[int, ...]:
        """Units whose consonant skeleton is within a few class edits of ``skel`` (shared
        deletion keys, symspell-style); memoised per skeleton, which repeat across windows.
        A skeleton of one class finds the units of that one class (`single`)."""
        got = self._by_skeleton.get(skel)
        if got is None and len(skel) == 1:
            return self.single.get(skel, ())
        if got is None:
            if len(self._skeleton_sizes) != len(self.units):
                self._skeleton_sizes = [len(u.skeleton) for u in self.units]
                self._fitting.clear()
                self._unions.clear()
            n = len(skel)
            # Per window size, the fitting units of each key some unit has.
            fitting = self._fitting.get(n)
            if fitting is None:
                fitting = self._fitting[n] = {}
            by_key = self.by_key
            fits = []
            hit: list[object] = [n]
            for i in range(n + 1):   # the skeleton with one class deleted, then whole
                k = skel[:i] + skel[i + 1:]
                if k in by_key:
                    fit = fitting.get(k)
                    if fit is None:
                        fit = fitting[k] = self._fit(by_key[k], n)
                    if fit:
                        fits.append(fit)
                        hit.append(k)
            # (Each fit is in ascending order already.) Many skeletons share their keys: the
            # union is memoised per size and keys, one shared tuple for all of them.
            if len(fits) == 1:
                got = fits[0]
            else:
                shared = tuple(hit)
                got = self._unions.get(shared)
                if got is None:
                    if len(self._unions) > 100_000:
                        self._unions.clear()
                    got = self._unions[shared] = tuple(sorted(set().union(*fits)))
            if len(self._by_skeleton) > 100_000:
                self._by_skeleton.clear()
            self._by_skeleton[skel] = got
        return got

    def _fit(self, ids: list[int], n: int) -> tuple[int, ...]:
        """The units under a key whose skeleton size fits a window skeleton of ``n`` classes
        (memoised per key and size by `candidates`)."""
        sizes = self._skeleton_sizes
        return tuple(u for u in ids if abs(sizes[u] - n) <= _slack(sizes[u]))

    def false_alarm(self, unit: Unit) -> float:
        """How close (normalised phone distance) the unit comes to a common English word:
        names that sound like words get stricter thresholds."""
        key = _alarm_key(unit)
        got = self._false_alarm.get(key)
        if got is None:
            if not self._stored:
                self._stored = True
                self._false_alarm.update(self._stored_alarms())
                got = self._false_alarm.get(key)
            if got is None:
                got = self._false_alarm[key] = nearest_word(unit.phones, "".join(unit.key))
        return got

    def _stored_alarms(self) -> dict[str, float]:
        """Every unit's false-alarm distance from the disk cache, keyed by the lexicon's
        sounds (computed for all units once); a small lexicon is left to compute lazily."""
        keys = sorted({_alarm_key(u) for u in self.units})
        if len(keys) < PERSIST_UNITS:
            return {}
        digest = hashlib.sha1("\n".join(keys).encode()).hexdigest()[:20]

        def build() -> dict[str, float]:
            return {k: nearest_word(*k.split("\t")) for k in keys}
        stamp = f"{ALARM_VERSION};{COMMON_WORDS};{FALSE_ALARM_CAP};{costs_stamp()}"
        got: dict[str, float] = cached(f"falsealarm-{digest}", stamp, build)
        return got


def _alarm_key(unit: Unit) -> str:
    return unit.phones + "\t" + "".join(unit.key)


def _slack(length: int) -> int:
    """How many consonant classes a window may add or lose against a unit's skeleton."""
    return 1 if length <= 3 else 2


def deletions(skel: str, depth: int) -> set[str]:
    """``skel`` with up to ``depth`` classes deleted: its subsequences of ``depth`` fewer
    classes or more (by `itertools.combinations`, which keep the order, in C)."""
    n = len(skel)
    return {"".join(kept) for size in range(max(0, n - depth), n)
            for kept in combinations(skel, size)} | {skel}


def _parts(words: list[str]) -> list[tuple[int, int]]:
    """The spans of a multi-word name's words that stand for it alone: with a distinctive
    word, not opening or ending on a function word, standing alone (`wordcase.stands_alone`);
    not the whole name."""
    n = len(words)
    return [(a, b) for a in range(n) for b in range(a + 1, n + 1)
            if b - a < n and any(_distinctive(w) for w in words[a:b])
            and words[a].lower() not in _FUNCTION and words[b - 1].lower() not in _FUNCTION
            and stands_alone(words, a, b)]


def _particle_parts(words: list[str]) -> list[int]:
    """Where a multi-word name's family name with its particle begins ("al-Assiri" of Ahmed
    al-Assiri, "bin Salman", "von der Leyen"): a particle after a word that is none, with a
    distinctive word after it. Said so on air, it is a part `_parts` leaves out (a part
    opening on a function word)."""
    return [a for a in range(1, len(words) - 1) if words[a].lower() in PARTICLES
            and words[a - 1].lower() not in PARTICLES
            and any(_distinctive(w) for w in words[a + 1:])]


def particle_part(unit: Unit) -> bool:
    """Whether the unit is a family name with its particle (`_particle_parts`)."""
    return not unit.whole and len(unit.key) > 1 and unit.key[0] in PARTICLES


def _part_text(full: str, part: list[str]) -> str:
    """A part of a name as written inside it ("Lanka" of "Sri-Lanka"): the first place where
    its words stand separated by runs of spaces or dashes (what a search for the words joined
    by ``[\\s\\-‐–]+`` finds, without compiling a pattern per part)."""
    head = part[0]
    if len(part) == 1:
        return head
    size = len(full)
    at = full.find(head)
    while at >= 0:
        end = at + len(head)
        for word in part[1:]:
            gap = end
            while gap < size and (full[gap].isspace() or full[gap] in _DASHES):
                gap += 1
            if gap == end or not full.startswith(word, gap):
                break
            end = gap + len(word)
        else:
            return full[at:end]
        at = full.find(head, at + 1)
    return " ".join(part)


_DASHES = "-‐–"
