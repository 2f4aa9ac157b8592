"""Which words everyday English uses often, by wordfreq's English list: it mixes subtitles,
news, Wikipedia, web and social text, so it is closer to broadcast speech than symspellpy's
book counts (`vocabulary`), and it holds names in lowercase ("germany", "biden", "twitter"
common; "navalny", "tigrayan", "chauvin" rare). A name whose words it holds rarely is one a
speech recogniser barely knows: its mentions come out as ordinary words.

Only the words at or above `SPOKEN_COMMON` are kept, as one sorted table derived once from the
installed package's data file and cached on disk (about 29,000 words, 230 KB); the package
itself is imported only to build it.
"""

from __future__ import annotations

from .vocabulary import _data_stamp, _package_file, cached, once
from .wordtable import WordTable

SPOKEN_COMMON = 3.0
"""A word at least this frequent in wordfreq's English list (zipf: log10 of its frequency per
billion words) is everyday English."""
_DATA = "data/large_en.msgpack.gz"
_VERSION = 1


def _build() -> str:
    from wordfreq import read_cBpack

    bins = read_cBpack(str(_package_file("wordfreq", _DATA)))
    # Bin i (after the header) holds the words of frequency 10 ** (-i / 100): zipf 9 - i / 100.
    last = round(100 * (9 - SPOKEN_COMMON))
    return WordTable.pack({w for words in bins[1:last + 1] for w in words})


@once
def _table() -> WordTable | None:
    try:
        stamp = _data_stamp(_package_file("wordfreq", _DATA))
    except (ModuleNotFoundError, OSError):
        return None   # (not installed: no word is known to be rare)
    return WordTable(cached("spokencommon", f"v{_VERSION};{SPOKEN_COMMON};{stamp}", _build))


def spoken_common(word: str) -> bool:
    """Whether ``word`` (lowercase) is everyday English by wordfreq's list (zipf >= 3). True
    for every word when the list is not installed (no word is then taken as rare)."""
    table = _table()
    return table is None or word in table


def spoken_often(word: str) -> bool:
    """Whether wordfreq's list holds ``word`` (lowercase) as everyday English (zipf >= 3),
    as `spoken_common`, but False for every word when the list is not installed (no word is
    then known to be said often: evidence for a name is not taken from a missing list)."""
    table = _table()
    return table is not None and word in table
