"""Lexicon names that are also everyday English words ("Today", "Apple", "Bush", "Rice",
"Turkey", "Nice"): where a mention of one is read as the name, and where as the word.

Used by `names.NameCorrector` (`Everyday`) and `casing` (`everyday_name`): such an exact
mention is recased (and counts as a mention of the name) only with evidence, in its place or
in the document; otherwise it is left as the word.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from . import wordcase
from .captionstops import TITLE_ABBREVIATIONS
from .lexicon import folded, name_key
from .namedwords import proper_only
from .namescore import Run
from .nameslot import DETERMINERS
from .propernouns import proper_nouns
from .soundindex import Unit
from .titles import NAME_TITLES
from .vocabulary import vocabulary

TITLES = NAME_TITLES | TITLE_ABBREVIATIONS | frozenset({"mr", "mrs", "ms", "dr"})
"""A word before that makes the next one a person's name ("president bush", "mr. young")."""
AFTER_NAME = frozenset("show administration campaign presidency program programme".split())
"""A word after that makes the one before a programme's or a leader's name ("the today show",
"the bush administration")."""
PLAIN_BEFORE = DETERMINERS - {"that"} | frozenset("very so too quite more most less how".split())
"""After one of these the word is the common word ("the rice", "a young", "very nice"), even
where the document names the name elsewhere. ("that" is mostly a conjunction: "hope that
china won't".)"""


STRONG_ZIPF = 5.5
"""An everyday word this common ("today", "page", "price") is the word in almost every
mention: its name needs evidence."""
PLAIN_SHARE = 0.7
"""An everyday word that follows a plain-word context (`PLAIN_COUNTED`: "a", "very", "my")
this often in the bigram counts, over its own count, is a common noun or adjective first
("nice", "young", "major", "target"): its name needs evidence. Rarer in such slots ("bush",
"rice", "turkey", "jordan") it is the name unless a mention reads as the word."""
PLAIN_COUNTED = ("a", "an", "very", "so", "too", "my", "your", "his", "her", "their", "our")
UNIQUE_SHARE = 0.1
"""An everyday word rarer than this after those contexts is hardly a countable noun
("pentagon", "arctic", "holocaust"): after "the" it is still the name ("the pentagon said"),
where a noun that takes "a" ("rice", "bush", "turkey") is the word ("the rice harvest")."""
UNIQUE, MILD, STRONG = 1, 2, 3


@lru_cache(maxsize=4096)
def everyday_name(text: str) -> int:
    """0, or how much a lexicon form is everyday words: one word (no acronym) that the word
    lists write in lowercase and broadcast English uses (`wordcase.ORDINARY_ZIPF`), that is
    no name of its own (`namedwords.proper_only`); `STRONG` when it is also very common
    (`STRONG_ZIPF`) or mostly a noun or adjective (`PLAIN_SHARE`), `UNIQUE` when hardly a
    countable noun (`UNIQUE_SHARE`), else `MILD`. A phrase of
    them with a determiner ("This Week", "Face the Nation") is `STRONG`; one of content words
    ("White House", "Security Council") is the name in news, not everyday."""
    key = name_key(text)
    if not key or text.isupper() or len(key) > 1 and not any(w in DETERMINERS for w in key):
        return 0
    if not all(_everyday_word(w) for w in key):
        return 0
    if len(key) > 1:
        return STRONG
    word = wordcase.bare(key[0])
    if vocabulary().zipf(word) >= STRONG_ZIPF:
        return STRONG
    # (a plural, "jets", never follows "a": its singular's share counts)
    forms = [word] + [s for s in wordcase.stems(word, (("s", ""), ("es", ""), ("ies", "y")))]
    share = max(map(_plain_share, forms))
    return STRONG if share >= PLAIN_SHARE else MILD if share >= UNIQUE_SHARE else UNIQUE


def _plain_share(word: str) -> float:
    v = vocabulary()
    return sum(v.bigram(a, word) for a in PLAIN_COUNTED) / max(1, v.count(word))


def _everyday_word(word: str) -> bool:
    word = wordcase.bare(word)
    if word in DETERMINERS:
        return True
    return (vocabulary().zipf(word) >= wordcase.ORDINARY_ZIPF and wordcase.ordinary(word)
            and not proper_only(word))   # (the count first: `ordinary` searches a table)


def vouched_here(texts: Sequence[str], keys: Sequence[tuple[str, ...]], i: int,
                 stop: int) -> bool:
    """Evidence in its place that the everyday name at ``texts[i:stop]`` is the name: written
    capitalised inside a run (a cased source), a title before it ("president bush"), or a
    word after it that follows names ("the today show", "the bush administration"; not after
    "a", "very": "a major campaign")."""
    word = texts[i]
    if i and word[:1].isupper() and not word.isupper():
        return True
    before = keys[i - 1][-1].strip(".") if i and keys[i - 1] else ""
    if before in TITLES:
        return True
    return stop < len(keys) and bool(keys[stop]) and keys[stop][0] in AFTER_NAME and (
        before == "the" or before not in PLAIN_BEFORE)


def plain_here(keys: Sequence[tuple[str, ...]], i: int, level: int) -> bool:
    """The word before reads the mention as the common word (`PLAIN_BEFORE`; "the" not
    before a `UNIQUE` one)."""
    before = keys[i - 1][-1] if i and keys[i - 1] else ""
    return before in PLAIN_BEFORE and not (level == UNIQUE and before == "the")


Pending = tuple[Run, int, int, str, str, int]
"""An everyday-word mention: its run, span, text to write ("" for none), canonical name and
level (-1: read as the word in place, 0: as the name in place, else `everyday_name`'s)."""


STORY_NAMES = 120
"""A lexicon of at most this many names is one story's (a user's names and a reference
article's): its user vouches for them (`gated`); a longer one is a directory or a
gazetteer."""
STORY_COMMON_ZIPF = 5.0
"""In a story's lexicon, a one-word name this common as a word ("today", "young", "brown",
"king", "bush") still needs evidence: it is the word in most mentions even in its story."""


def gated(text: str, crowded: bool) -> int:
    """The level (`everyday_name`) at which a lexicon form needs evidence, 0 for none. In a
    small lexicon (a user's names for one story, not ``crowded``) the user vouches for its
    names: only a very common word (`STORY_COMMON_ZIPF`: "today", "young", "bush") needs
    evidence; the story's "Warriors", "Republican", "the Guardian" are the names (on the dev
    pages, gating them lost 60 right capitals). A crowded one (a directory, a gazetteer) is
    no evidence of any one name's story: every level holds."""
    level = everyday_name(text)
    if crowded or not level:
        return level
    key = name_key(text)
    return STRONG if len(key) == 1 and vocabulary().zipf(wordcase.bare(key[0])) >= \
        STORY_COMMON_ZIPF else 0


def _gated(unit: Unit, crowded: bool) -> int:
    """`gated` for a unit; a name with diacritics met without them (`soundindex.SoundIndex.
    plain`: "cafe" for a listed Café, "resume" for a Résumé) as in a crowded lexicon, every
    level holding: the user vouched for the accented spelling, not for the English word."""
    if unit.key != name_key(unit.text):
        return gated(folded(unit.text), True)
    return gated(unit.text, crowded)


class Everyday:
    """The everyday-word names of a lexicon (`gated`), their levels and their witnesses."""

    def __init__(self, units: Collection[Unit]) -> None:
        crowded = len({u.canonical for u in units}) > STORY_NAMES
        self.levels = {u: level for u in units if (level := _gated(u, crowded))}
        self.witnesses = Witnesses(u for u in self.levels if len(u.key) == 1)

    def level(self, unit: Unit, run: Run, i: int, stop: int) -> int | None:
        """None for a name that is no everyday word; else the mention's level (`Pending`)."""
        level = self.levels.get(unit)
        if level is None:
            return None
        keys = [it.key for it in run]
        if vouched_here(run.words(), keys, i, stop):
            return 0
        return -1 if plain_here(keys, i, level) else level

    def vouch(self, runs: Sequence[Run], pending: list[Pending],
              recased: list[tuple[Run, int, int, str]], mentioned: set[str],
              crowd: bool) -> None:
        """Everyday-word mentions with no evidence in their place are the name where the
        document names it by other words (an alias, a name holding the word, a word of the
        casing table's same place: "turkish" for "turkey"), or, short of `STRONG`, where no
        mention reads as the word ("the rice"); else the word, left as is. A mention with
        evidence in place ("the today show") vouches for no other ("today we"). In a
        gazetteer (``crowd``) none counts as a mention of its name."""
        words: set[str] | None = None
        named = {w for name in mentioned for w in name_key(name)}
        solid = set(mentioned)   # (named by forms that are no everyday words)
        plain = {run[i].key[0] for run, i, _, _, _, level in pending if level < 0}
        if not crowd:
            mentioned.update(c for _, _, _, _, c, level in pending if level == 0)
        for run, i, stop, text, canonical, level in pending:
            if level <= 0:
                continue
            if (level == STRONG or run[i].key[0] in plain) and canonical not in solid and (
                    stop - i > 1 or run[i].key[0] not in named):
                if canonical not in self.witnesses.of:
                    continue
                if words is None:
                    words = {w for r in runs for it in r for w in it.key}
                if not self.witnesses.witnessed(canonical, words):
                    continue
            if text:
                recased.append((run, i, stop, text))
            if level < STRONG and not crowd:
                mentioned.add(canonical)


class Witnesses:
    """Words of the casing table that vouch for an everyday name anywhere in a document: the
    unambiguous forms of the same country or place ("turkish", "ankara" for "turkey"), for
    the one-word ``units`` given."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self.of: dict[str, frozenset[str]] = {}
        wanted = {u.key[0]: u.canonical for u in units}
        if not wanted:
            return
        table = proper_nouns()
        groups = {k: set(table.groups[k].split("|")) - {""} for k in wanted
                  if k in table.groups}
        if not groups:
            return
        # the table's one-word unambiguous keys by each group they are in, then each
        # wanted word's witnesses as the union over its groups (one pass over the table,
        # not one per wanted word)
        by_group: dict[str, set[str]] = {}
        for key, group in table.groups.items():
            if " " in key or key in table.ambiguous:
                continue
            for g in group.split("|"):
                by_group.setdefault(g, set()).add(key)
        for k, gs in groups.items():
            words = set().union(*(by_group.get(g, ()) for g in gs))
            if words:
                self.of[wanted[k]] = frozenset(words)

    def witnessed(self, canonical: str, words: Collection[str]) -> bool:
        got = self.of.get(canonical)
        return got is not None and not got.isdisjoint(words)
