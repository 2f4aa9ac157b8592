"""How the english-words lists write a word: in lowercase (an ordinary word; web2 or GCIDE),
capitalised (a proper name of web2: "Warren", "Bill", "Munich"), or both; `soundindex` asks
`stands_alone` which parts of a multi-word name can stand for it alone.

The table is built once from the package's lists and cached on disk (`vocabulary.cached`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .vocabulary import _data_stamp, _package_file, cached, once, vocabulary
from .wordtable import WordTable

CACHE_VERSION = 3
INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
               ("ing", "e"), ("ers", "er"))
"""Regular endings the lists leave out ("advisers", "conspiracies")."""


def stems(word: str, endings: Iterable[tuple[str, str]] = INFLECTIONS) -> Iterator[str]:
    """The word without each regular ending it has (and the letters that ending replaced),
    leaving at least three letters: "advisers" -> "adviser", "advise"."""
    for end, stem in endings:
        if word.endswith(end) and len(word) > len(end) + 2:
            yield word[:-len(end)] + stem


def lowercase_words() -> set[str]:
    """Every word web2 or GCIDE writes in lowercase (an ordinary word of English); read when
    a cached table is built, not at run time."""
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
            if w.islower()}


def _build() -> str:
    from english_words import get_english_words_set

    marks: dict[str, set[str]] = {
        w: set() for w in get_english_words_set(["web2", "gcide"], lower=True, alpha=True)}
    for word in lowercase_words():
        marks.setdefault(word, set()).add("l")
    # proper names from web2 only: GCIDE capitalises many a common headword ("Conspiracy")
    for word in get_english_words_set(["web2"], lower=False, alpha=True):
        if word[0].isupper() and word[1:].islower():
            marks.setdefault(word.lower(), set()).add("c")
    # a proper name of web2 that GCIDE has as a headword too: a name the dictionary explains
    # ("John", "Christ") or a common word web2 capitalised ("Cactus", "Mogul")
    for word in get_english_words_set(["gcide"], lower=True, alpha=True):
        if "c" in marks.get(word, ()):
            marks[word].add("g")
    return WordTable.pack((w, "".join(sorted(m))) for w, m in marks.items())


@once
def _table() -> WordTable:
    try:
        version = _data_stamp(_package_file("english_words", "__init__.py"))
    except (ModuleNotFoundError, OSError):
        version = "none"
    return WordTable(cached("wordcase", f"v{CACHE_VERSION};all-words;{version}", _build))


def words() -> WordTable:
    """Every word of the english-words lists (web2 and GCIDE, alphabetic, lowercased) with
    how the lists write it: "l" in lowercase, "c" capitalised (web2's proper names), "cl"
    both, "" neither (capitals only, mixed case). One table for `spelling.dictionary_words`
    (its keys) and the marks here: the two as separate tables took 5.8 MB, this one 3.3."""
    return _table()


def bare(word: str) -> str:
    """A name word as the lists hold it: lowercase, without a possessive or stray dots."""
    w = word.lower().strip(".'’")
    return w[:-2] if w.endswith(("'s", "’s")) else w


def ordinary(word: str) -> bool:
    """Whether the lists hold the word (or its stem under a regular ending) in lowercase."""
    w = bare(word)
    table = _table()
    if "l" in (table.get(w) or ""):
        return True
    return any("l" in (table.get(s) or "") for s in stems(w))


def proper(word: str) -> bool:
    """Whether the lists hold the word capitalised, as a proper name ("Bill", "Warren")."""
    return "c" in (_table().get(bare(word)) or "")


def headword(word: str) -> bool:
    """Whether a proper name of web2 is a GCIDE headword too ("John", "Cactus"; not "Sarah",
    "Jones"): False for any word web2 does not capitalise."""
    return "g" in (_table().get(bare(word)) or "")


ORDINARY_ZIPF = 3.0
"""A name word the word lists hold in lowercase is an ordinary word when broadcast English
uses it at least this often (symspellpy counts' zipf); "kai" of Kai Havertz is rarer."""


def _ordinary(word: str) -> bool:
    # (the count first: a dict lookup, where `ordinary` searches the table up to nine times)
    return vocabulary().zipf(bare(word)) >= ORDINARY_ZIPF and ordinary(word)


def stands_alone(words: list[str], a: int, b: int) -> bool:
    """Whether words[a:b], a part of a multi-word name, can stand for the name alone: it holds
    a word that is no ordinary English word (no lowercase form in the word lists, or one
    broadcast English hardly uses: "Kilimanjaro", "NATO", "Munich", "Kai"), or it is the last
    word of a person's name ("Warren" of Elizabeth Warren, "Lamb" of Brian Lamb: the name
    opens on a proper name of the lists or a word that is not ordinary, with no possessive).
    A part of ordinary words ("Economic Advisers" of the Council of Economic Advisers,
    "Conspiracy" of Conspiracy Theory, "Stadium" of Levi's Stadium) is the name only
    whole."""
    if not all(_ordinary(w) for w in words[a:b]):
        return True
    first = words[0]
    return (b == len(words) and b - a == 1 and bare(first) == first.lower().strip(".")
            and (proper(first) or not _ordinary(first)))
