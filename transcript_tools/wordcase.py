"""How the english-words lists (web2, GCIDE) write a word: in lowercase (an ordinary word),
capitalised (a proper name: "Warren", "Bill", "Munich"), or both; read by `soundindex` to
tell which parts of a multi-word name can stand for it alone.

The table is built once from the package's lists and cached on disk (`vocabulary.cached`).
"""

from __future__ import annotations

from .vocabulary import _data_stamp, _package_file, cached, once
from .wordtable import WordTable

CACHE_VERSION = 1
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"), ("ers", "er"))
"""Regular endings the lists leave out ("advisers", "conspiracies")."""


def _build() -> str:
    from english_words import get_english_words_set

    marks: dict[str, set[str]] = {}
    for word in get_english_words_set(["web2", "gcide"], lower=False, alpha=True):
        if word.islower():
            marks.setdefault(word, set()).add("l")
        elif word[0].isupper() and word[1:].islower():
            marks.setdefault(word.lower(), set()).add("c")
    return WordTable.pack((w, "".join(sorted(m))) for w, m in marks.items())


@once
def _table() -> WordTable:
    try:
        version = _data_stamp(_package_file("english_words", "__init__.py"))
    except (ModuleNotFoundError, OSError):
        version = "none"
    return WordTable(cached("wordcase", f"v{CACHE_VERSION};{version}", _build))


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
    return any(w.endswith(end) and len(w) > len(end) + 2
               and "l" in (table.get(w[:-len(end)] + stem) or "")
               for end, stem in _INFLECTIONS)


def proper(word: str) -> bool:
    """Whether the lists hold the word capitalised, as a proper name ("Bill", "Warren")."""
    return "c" in (_table().get(bare(word)) or "")
