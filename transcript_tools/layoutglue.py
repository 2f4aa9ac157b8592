"""Whether two content words read as one phrase (a modifier and its noun: "road closures",
"political asylum", "election day"), from where English puts them. Called by `linebreak`.

A word that follows a determiner often ("the road", "a political") and is rarely followed by
one ("said the", "hitting a") is nominal: a noun or an adjective. Counted once over
symspellpy's shipped bigram counts (cached on disk with `vocabulary.cached`). A nominal word,
or a capitalised one (a name used as a modifier: "Hollywood", "Brexit"), before a nominal word
or a rare one (most rare words are nouns: "blockbuster", "closures") is glued: a line or cue
break between them costs like one inside a name. Before a verbal word it is not ("the
president | said"). A verbal word rarely followed by a subject pronoun or "that" takes an
object, not a clause: before a nominal word it is glued, less firmly ("seeking | safety";
not "said | voters").
"""

from __future__ import annotations

from .vocabulary import BIGRAM_FILE, _data_stamp, _package_file, cached, once, vocabulary

GLUE = 8.0
"""Cost of a break inside a modifier-noun pair (an ordinary break between content words
costs 4; an article from its noun 9)."""
NAME_GLUE = 6.0
"""Cost of a break between a capitalised word and the noun it modifies ("Brexit | deal"):
under that of a break inside a capitalised name (8)."""
_DETS = frozenset("the a an this these those my your his her its our their".split())
NOMINAL_AFTER = 0.15
"""Share of a word's left neighbours (in the bigram counts) that are determiners, from which
it counts as nominal (nouns and adjectives: "road" 0.72, "political" 0.44, "cities" 0.20;
verbs: "said" 0.04)..."""
NOMINAL_BEFORE = 0.10
"""...while under this share of its right neighbours are determiners (verbs and prepositions
take one: "said" 0.41, "hitting" 0.94; nouns rarely: "road" 0.03)."""
VERBAL_BEFORE = 0.15
"""From this share of determiners after it a word is verbal (it takes an object)."""
RARE_ZIPF = 4.5
"""A word the bigram counts cannot place and the unigram counts put under this Zipf value is
taken as a noun or an adjective (most rare words are: "closures", "blockbuster", "bribery")."""
_UNPLACED, _NOMINAL, _VERBAL, _EITHER, _OBJECT = 0, 1, 2, 3, 4
_CLAUSE_OPENERS = frozenset("i he she we they that".split())
CLAUSE_BEFORE = 0.15
"""A verbal word followed this often by a subject pronoun or "that" takes a clause ("said
he", "think that": 0.43, 0.48); under it, an object ("seeking" 0.00, "carrying" 0.04):
`_OBJECT`."""
OBJECT_GLUE = 5.0
"""Cost of a break between a verb that takes an object and a bare noun after it ("seeking |
safety", "carrying | uranium"): dearer than a free break (4), cheaper than a modifier from its
noun (`LOOSE_GLUE`, `GLUE`); a verb that takes a clause ("said | recent") has none."""
LOOSE_GLUE = 5.5
"""Cost of a break between a modifier and a word that is as often a verb ("political | deal",
"the storm | hits"): dearer than a free break (4), cheaper than `GLUE`."""


@once
def roles() -> dict[str, int]:
    """Word -> its role; `_UNPLACED` for a word the counts hold but cannot place (words they
    do not hold are absent)."""
    path = _package_file("symspellpy", BIGRAM_FILE)

    def build() -> tuple[str, ...]:
        after: dict[str, int] = {}  # word -> count of pairs "DET word"
        before: dict[str, int] = {}  # word -> count of pairs "word DET"
        right: dict[str, int] = {}  # word -> count of pairs "x word"
        left: dict[str, int] = {}  # word -> count of pairs "word x"
        clause: dict[str, int] = {}  # word -> count of pairs "word PRONOUN" ("said he")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) != 3 or not parts[2].isdigit():
                    continue
                a, b, n = parts[0], parts[1], int(parts[2])
                right[b] = right.get(b, 0) + n
                left[a] = left.get(a, 0) + n
                if a in _DETS:
                    after[b] = after.get(b, 0) + n
                if b in _DETS:
                    before[a] = before.get(a, 0) + n
                elif b in _CLAUSE_OPENERS:
                    clause[a] = clause.get(a, 0) + n
        out: dict[str, int] = {}
        for word in right.keys() | left.keys():
            share_after = after.get(word, 0) / right[word] if right.get(word) else 0.0
            share_before = before.get(word, 0) / left[word] if left.get(word) else 0.0
            if share_before >= VERBAL_BEFORE:
                # both after a determiner and before one: a noun or a verb ("the attack",
                # "attack the")
                out[word] = _EITHER if share_after >= NOMINAL_AFTER else \
                    _VERBAL if clause.get(word, 0) >= CLAUSE_BEFORE * left[word] else _OBJECT
            elif share_after >= NOMINAL_AFTER and share_before < NOMINAL_BEFORE:
                out[word] = _NOMINAL
            else:
                out[word] = _UNPLACED
        # one string of words per role: loads ~5x faster from the disk cache than a dict
        return tuple("\n".join(sorted(w for w, r in out.items() if r == role))
                     for role in range(5))

    groups: tuple[str, ...] = cached(
        "layout-roles", f"{_data_stamp(path)};{NOMINAL_AFTER};{NOMINAL_BEFORE};"
        f"{VERBAL_BEFORE};{CLAUSE_BEFORE};4", build)
    table: dict[str, int] = {}
    for role, words in enumerate(groups):
        table.update(dict.fromkeys(words.split("\n"), role))
    return table


def _noun_like(word: str, role: int | None) -> bool:
    """Whether a word the counts cannot place is likely a noun or an adjective: one they do not
    hold at all (names, American spellings: "center", "defense", "behavior"), or a rare one."""
    if role is not None and role != _UNPLACED or not word.replace("-", "").isalpha() or \
            word.endswith(("ly", "ed", "ing")):
        return False
    return role is None or vocabulary().zipf(word) < RARE_ZIPF


def nominal(word: str) -> bool:
    """Whether a bare lowercase word reads as a noun or an adjective (see `glue`)."""
    role = roles().get(word)
    return role == _NOMINAL or _noun_like(word, role)


def glue(left: str, right: str, left_capitalised: bool) -> float:
    """The cost of a break between content words ``left`` and ``right`` (bare lowercase
    forms) when they are a modifier and its noun (`GLUE`, `LOOSE_GLUE`), else 0.0."""
    table = roles()
    role = table.get(left)
    if left_capitalised and left.replace(".", "").isalpha():
        strong = NAME_GLUE  # a name as a modifier: less than a name's own words ("White
        # House | council" before "White | House council")
    elif role == _NOMINAL or _noun_like(left, role):
        strong = GLUE
    elif role == _OBJECT:
        strong = OBJECT_GLUE  # a verb and its object ("seeking | safety")
    else:
        return 0.0
    role = table.get(right)
    if role == _NOMINAL or _noun_like(right, role):
        return strong
    if strong == OBJECT_GLUE:
        return 0.0
    return LOOSE_GLUE if role == _EITHER else 0.0
