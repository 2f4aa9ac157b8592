"""People's first names and surnames as the US census counts them: the lists the `names`
package ships (the 1990 census: 5,494 first names, 88,799 surnames with the share of the
population each covers), read as data files without importing the package.

`personnames` asks these lists about a word its 1934 lists do not read as a name: a first
name too modern or too foreign for web2 ("tyrone", "julio", "jarrod"), a common surname the
pronouncing dictionary holds but no list writes capitalised ("morales", "pence"). The lists
hold plenty of ordinary words too ("will", "young", "long", "brown"); `personnames` keeps the
counts' test of a common word's use ahead of them.

The sets are built once and cached on disk (`vocabulary.cached`).
"""

from __future__ import annotations

from .vocabulary import _data_stamp, _package_file, cached, once

CACHE_VERSION = 1
SURNAME_SHARE = 60.0
"""The surnames taken: the commonest, down to where together they cover this percentage of
the population (3,821 names at 60: "smith" to "sturgeon", "pence", "doss"). Further down
the list, ordinary words with few bearers come in ("warring", "fails")."""
_FIRST_FILES = ("dist.male.first", "dist.female.first")
_SURNAME_FILE = "dist.all.last"


def _read(files: tuple[str, ...], share: float) -> list[str]:
    """The lowercase names of the census files, down to the cumulative ``share`` (the third
    column: the percentage the names up to this one cover)."""
    out: list[str] = []
    for file in files:
        for line in _package_file("names", file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) == 4 and float(parts[2]) <= share and parts[0].isalpha():
                out.append(parts[0].lower())
    return out


def _build() -> tuple[list[str], list[str]]:
    return _read(_FIRST_FILES, 100.0), _read((_SURNAME_FILE,), SURNAME_SHARE)


@once
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    try:
        stamp = _data_stamp(*(_package_file("names", f)
                              for f in (*_FIRST_FILES, _SURNAME_FILE)))
    except (ModuleNotFoundError, OSError):
        return frozenset(), frozenset()   # (not installed: the 1934 lists alone)
    first, last = cached("censusnames", f"v{CACHE_VERSION};{SURNAME_SHARE};{stamp}", _build)
    return frozenset(first), frozenset(last)


def first_name(word: str) -> bool:
    """Whether the census lists ``word`` (lowercase) as a first name."""
    return word in _lists()[0]


def surname(word: str) -> bool:
    """Whether ``word`` (lowercase) is among the census's commonest surnames
    (`SURNAME_SHARE`)."""
    return word in _lists()[1]
