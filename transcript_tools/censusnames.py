"""People's first names and surnames as the US census counts them: the lists the `names`
package ships (the 1990 census: 5,494 first names, 88,799 surnames with the share of the
population each covers), read as data files without importing the package.

`personnames` asks these lists about a word its 1934 lists do not read as a name: a first
name too modern or too foreign for web2 ("tyrone", "julio", "jarrod"), a common surname the
pronouncing dictionary holds but no list writes capitalised ("morales", "pence"). The lists
hold plenty of ordinary words too ("will", "young", "long", "brown"); `personnames` keeps the
counts' test of a common word's use ahead of them.

The table is built once and cached on disk (`vocabulary.cached`), searched in place
(`wordtable.WordTable`: some 90,000 names in one string).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .vocabulary import _data_stamp, cached, once
from .wordtable import WordTable

CACHE_VERSION = 2
SURNAME_SHARE = 60.0
"""The common surnames: the commonest, down to where together they cover this percentage of
the population (3,821 names at 60: "smith" to "sturgeon", "pence", "doss"). Further down
the list, ordinary words with few bearers come in ("warring", "fails")."""
RARE_SHARE = 90.0
"""The rarer surnames, down to this percentage (some 80,000 more: "bannon", "baquet"):
`personnames` takes them only where the word counts never saw the word."""
_FIRST_FILES = ("dist.male.first", "dist.female.first")
_SURNAME_FILE = "dist.all.last"


def _read(file: str, share: float) -> Iterator[str]:
    """The lowercase names of a census file, down to the cumulative ``share`` (the third
    column: the percentage the names up to this one cover)."""
    for line in _file(file).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and float(parts[2]) <= share and parts[0].isalpha():
            yield parts[0].lower()


def _build() -> str:
    """One table: each name with "f" (a first name), "s" (a common surname) or "r" (a rarer
    one), or "f" and one of the others."""
    marks: dict[str, str] = {}
    for file in _FIRST_FILES:
        for name in _read(file, 100.0):
            marks[name] = "f"
    common = set(_read(_SURNAME_FILE, SURNAME_SHARE))
    for name in _read(_SURNAME_FILE, RARE_SHARE):
        marks[name] = marks.get(name, "") + ("s" if name in common else "r")
    return WordTable.pack(marks.items())


def _file(name: str) -> Path:
    """A data file of the installed `names` package, found without importing it."""
    return _folder() / name


@lru_cache(maxsize=1)
def _folder() -> Path:
    """The installed `names` package's folder: where the import system finds a package of
    that name that holds the census files (fast), else where the distribution's metadata
    says it is (a module or folder "names" where the user runs the tool must not hide it)."""
    spec = importlib.util.find_spec("names")
    if spec is not None and spec.origin:
        here = Path(spec.origin).parent
        if (here / _SURNAME_FILE).is_file():
            return here
    from importlib.metadata import distribution

    return Path(str(distribution("names").locate_file("names")))


@once
def _table() -> WordTable:
    try:
        stamp = _data_stamp(*(_file(f) for f in (*_FIRST_FILES, _SURNAME_FILE)))
    except (ModuleNotFoundError, OSError):   # (PackageNotFoundError is one)
        return WordTable("\n")   # (not installed: the 1934 lists alone)
    return WordTable(cached(
        "censusnames", f"v{CACHE_VERSION};{SURNAME_SHARE};{RARE_SHARE};{stamp}", _build))


def marks(word: str) -> str:
    """How the census lists ``word`` (lowercase): "f" a first name, "s" a common surname,
    "r" a rarer one, or "f" and one of the others; "" for no name of the lists (one lookup,
    for `personnames` and `propernouns`)."""
    return _table().get(word) or ""


def first_name(word: str) -> bool:
    """Whether the census lists ``word`` (lowercase) as a first name."""
    return "f" in marks(word)
