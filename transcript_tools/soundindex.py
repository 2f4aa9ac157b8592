"""The lexicon compiled for sound-alike matching: every name, alias and distinctive part as a
pronounced unit, indexed by coarse consonant keys, with a per-unit false-alarm distance.

Built once per `Lexicon` by `names.NameCorrector`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .lexicon import Lexicon, name_key
from .phonetics import distance_within, skeleton
from .pronounce import cmu, pronounce, spelled
from .vocabulary import cached, vocabulary

DISTINCTIVE_ZIPF = 4.5
"""A name word rarer than this (symspellpy counts' zipf) can stand for its name alone."""
COMMON_WORDS = 25_000
"""How many of the most frequent English words a name is compared with for its false-alarm
distance."""

FALSE_ALARM_CAP = 0.45
"""False-alarm distances beyond this change no threshold: the search stops there."""
_WORD_RE = regex.compile(r"[^\s\-‐–]+")
_FUNCTION = frozenset(
    "a an the and or but of in on at to for by with from as is al el la le de du da von van "
    "bin ibn mr mrs ms dr st".split())


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
    """Pronunciations of a name word: acronyms (``OSCE``, ``NATO``) also as letters."""
    core = word.strip(".,'’")
    if core.isupper() and 1 < len(core) <= 6 and core.isalpha():
        forms = [spelled(core)]
        if core.lower() in cmu():
            forms.append(cmu()[core.lower()])
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
    _by_skeleton: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, lexicon: Lexicon) -> SoundIndex:
        index = cls()
        for entry in lexicon:
            words = _WORD_RE.findall(entry.text)
            if not words:
                continue
            index._add_forms(entry.text, words, entry.canonical or entry.text, entry.source,
                             True)
            if len(words) > 1:
                for a in range(len(words)):
                    for b in range(a + 1, len(words) + 1):
                        part = words[a:b]
                        if (b - a == len(words) or not any(_distinctive(w) for w in part)
                                or part[0].lower() in _FUNCTION
                                or part[-1].lower() in _FUNCTION):
                            continue
                        text = _part_text(entry.text, part)
                        index._add_forms(text, part, entry.canonical or entry.text,
                                         entry.source, False)
        return index

    def _add_forms(self, text: str, words: list[str], canonical: str, source: str,
                   whole: bool) -> None:
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
            if len(skel) < 2 or len(phones) < 4:
                continue   # too short to find by sound alone
            self.max_skeleton = max(self.max_skeleton, len(skel))
            for k in deletions(skel, _slack(len(skel))):
                ids = self.by_key.setdefault(k, [])
                if not ids or ids[-1] != len(self.units) - 1:
                    ids.append(len(self.units) - 1)
        if first is not None:
            self.exact[key] = first
            self.max_words = max(self.max_words, len(key))

    def candidates(self, skel: str) -> tuple[int, ...]:
        """Units whose consonant skeleton is within a few class edits of ``skel`` (shared
        deletion keys, symspell-style); memoised per skeleton, which repeat across windows."""
        got = self._by_skeleton.get(skel)
        if got is None:
            found: set[int] = set()
            n = len(skel)
            for k in deletions(skel, 1):
                ids = self.by_key.get(k)
                if ids:
                    found.update(ids)
            units = self.units
            got = tuple(sorted(u for u in found
                               if abs(len(units[u].skeleton) - n)
                               <= _slack(len(units[u].skeleton))))
            if len(self._by_skeleton) > 500_000:
                self._by_skeleton.clear()
            self._by_skeleton[skel] = got
        return got

    def false_alarm(self, unit: Unit) -> float:
        """How close (normalised phone distance) the unit comes to a common English word:
        names that sound like words get stricter thresholds."""
        got = self._false_alarm.get(unit.phones)
        if got is None:
            table = common_skeletons()
            skel = skeleton(unit.phones)
            keys = {skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))}
            best = 9.0
            own = "".join(unit.key)
            for k in keys:
                for entry in table.get(k, ()):
                    word, phones = entry.split("\t")
                    if word.startswith(own) or own.startswith(word):
                        continue   # the name itself, its plural or demonym
                    if abs(len(phones) - unit.length) <= max(2, unit.length // 3):
                        d = distance_within(phones, unit.phones,
                                            min(best, FALSE_ALARM_CAP) * unit.length)
                        best = min(best, d / unit.length)
            got = self._false_alarm[unit.phones] = min(best, FALSE_ALARM_CAP)
        return got


def _slack(length: int) -> int:
    """How many consonant classes a window may add or lose against a unit's skeleton."""
    return 1 if length <= 3 else 2


def deletions(skel: str, depth: int) -> set[str]:
    """``skel`` with up to ``depth`` classes deleted."""
    out = {skel}
    frontier = {skel}
    for _ in range(depth):
        frontier = {s[:i] + s[i + 1:] for s in frontier for i in range(len(s))}
        out |= frontier
    return out


def _part_text(full: str, part: list[str]) -> str:
    """A part of a name as written inside it ("Lanka" of "Sri-Lanka")."""
    pattern = r"[\s\-‐–]+".join(regex.escape(w) for w in part)
    m = regex.search(pattern, full)
    return m.group() if m else " ".join(part)


_COMMON: dict[str, list[str]] | None = None


def common_skeletons() -> dict[str, list[str]]:
    """Skeleton (and each one-class deletion of it) -> phones of the most common words."""
    global _COMMON
    if _COMMON is None:
        def build() -> dict[str, list[str]]:
            v = vocabulary()
            top = sorted(v.unigrams.items(), key=lambda kv: -kv[1])[:COMMON_WORDS]
            table: dict[str, list[str]] = {}
            for word, _ in top:
                if not word.isalpha():
                    continue
                phones = pronounce(word)
                skel = skeleton(phones)
                for k in {skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))}:
                    table.setdefault(k, []).append(f"{word}\t{phones}")
            return table
        _COMMON = cached("common-skeletons", f"2:{COMMON_WORDS}", build)
    return _COMMON
