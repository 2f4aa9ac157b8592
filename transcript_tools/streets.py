"""Casing of names a number or a name builds: streets and counties after a cased name ("Vienna
street" -> "Vienna Street", "in washington county" -> "in Washington County"), a county after a
word no dictionary holds ("in fairfax county" -> "in Fairfax County") or an ordinal
("35th avenue" -> "35th Avenue", "third street" -> "Third Street"; not "the 5th street"),
numbered roads ("route 130" -> "Route 130"), amendments with a numeric ordinal ("the 14th
amendment" -> "the 14th Amendment"), a compass point naming a region ("south Asian" -> "South
Asian", "north Africa" -> "North Africa"). Called by `casing`.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .lazypattern import lazy_regex
from .model import Piece
from .propernouns import proper_nouns
from .scans import Beside
from .titles import MONTHS
from .wordcase import ordinary

if TYPE_CHECKING:
    from .casingframes import Form

STREET_WORDS = frozenset(
    "street avenue boulevard road lane drive parkway place square plaza expressway "
    "freeway turnpike".split())
"""Singular street words capitalised after a cased name (the plural names no one street)."""
CROSSING_WORDS = frozenset("bridge tunnel".split())
"""A bridge or a tunnel after a cased name is named as a street is ("the Wilson bridge" ->
"the Wilson Bridge", traffic reports: qa49), after "the" too (a crossing's name takes it);
not after another determiner ("a Paris bridge"), a day or a month ("the Monday bridge
game"), nor after "the" and a people's adjective ("the Ukrainian bridge": a description)."""
_PEOPLES = ("ian", "ean", "can", "ese", "ish")
_CALENDAR = MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())
COUNTY_WORDS = frozenset("county parish borough township".split())
"""Words of a county or a town's name, capitalised after a cased name as street words are
("Washington county" -> "Washington County", qa29; "a Texas county" stays a description)."""
_IN_COUNTY = frozenset("in of from to at near across throughout outside inside".split())
"""Words before a county's name (a preposition: "in washington county"); after any other
("a fifth florida county") the words may be a description."""
_BEFORE_UNLISTED = _IN_COUNTY | frozenset(("the",))
"""Words before a county named by a word no dictionary holds ("the marin county sheriff")."""
ROAD_WORDS = frozenset("route highway interstate".split())
"""Road words capitalised before a road number ("highway 101")."""
_CUES = STREET_WORDS | CROSSING_WORDS | COUNTY_WORDS | ROAD_WORDS | {"amendment"}
_DETERMINERS = frozenset("a an the this that one every each any some".split())
"""Words before the name that make it a description ("a Paris street")."""
_CLOCK_SUFFIXES = frozenset("am pm".split())
"""After a clock time ("6:00 PM place"), a capitalised "PM" is no street's name."""
_NUMBER = lazy_regex(r"^\d{1,3}[a-z]?[,.;:?!]?$")
_NUMBERED = frozenset("street avenue boulevard road".split())
"""Street words an ordinal names ("35th place" is a rank, not a street)."""
_OWNERS = _DETERMINERS | frozenset("my your his her its our their".split())
_ALONG = frozenset("on onto off at along down up near from to and of".split())
"""Words before a spelled ordinal's street ("on third street"; "her third road win" stays)."""
_SPELLED_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth".split())
"""Ordinals the numbers stage spells ("3rd street" -> "third street"): a street's name too."""
_ORDINAL = lazy_regex(r"^\d*(?:1\dth|[02-9]?(?:1st|2nd|3rd|[04-9]th))$")


def street_cases(words: list[Piece], texts: list[str], lows: list[str], cased: set[int],
                 at_start: set[int], near: Beside, at: Sequence[int],
                 titled: Container[int]) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule). ``lows``: each word's bare lowercase form;
    ``cased``: indices of words the casing stage capitalises as proper nouns; ``near``:
    whether two words stand side by side in the clean text (`scans.Beside`: words a removed
    piece alone parts are next to each other, as the clean text writes them); ``at``: the
    words of `CUE_WORDS` (ascending indices: the casing stage's one scan); ``titled``:
    words the stage cases as a title before a name ("prince"), which may open a county's
    name of several words (`_named_run_after`)."""
    out: dict[int, tuple[str, str]] = {}
    for i in [i for i in at if lows[i] in _CUES]:
        low, text = lows[i], texts[i]
        if not text[:1].islower():
            continue
        if low in CROSSING_WORDS:
            if i >= 1 and near(words[i - 1], words[i]) \
                    and (i - 1 in cased or texts[i - 1][:1].isupper()) \
                    and texts[i - 1].isalpha() and words[i - 1].first not in at_start \
                    and lows[i - 1] not in _CALENDAR \
                    and (i < 2 or lows[i - 2] not in _DETERMINERS
                         or lows[i - 2] == "the" and not lows[i - 1].endswith(_PEOPLES)):
                out[i] = (text[:1].upper() + text[1:], "street-name")
            continue
        if (low in STREET_WORDS or low in COUNTY_WORDS) and i >= 1 \
                and near(words[i - 1], words[i]):
            before = texts[i - 1]
            name = (i - 1 in cased or before[:1].isupper()) and before.isalpha() \
                and words[i - 1].first not in at_start \
                and not (lows[i - 1] in _CLOCK_SUFFIXES and i >= 2 and texts[i - 2][:1].isdigit())
            if name and (i < 2 or lows[i - 2] not in _DETERMINERS) and (
                    low in STREET_WORDS or i >= 2 and lows[i - 2] in _IN_COUNTY
                    or low in COUNTY_WORDS
                    and _named_run_after(i - 1, texts, lows, words, cased, titled, at_start,
                                         near)):
                out[i] = (text[:1].upper() + text[1:], "street-name")
            elif low in COUNTY_WORDS and i - 1 not in cased and before.islower() \
                    and before.isalpha() \
                    and len(before) > 2 and words[i - 1].first not in at_start \
                    and i >= 2 and lows[i - 2] in _BEFORE_UNLISTED \
                    and not ordinary(lows[i - 1]):
                # "in fairfax county": a word no dictionary holds before a county word is
                # the county's own name, whatever the lists say of it
                out[i - 1] = (before[:1].upper() + before[1:], "county-name")
                out[i] = (text[:1].upper() + text[1:], "county-name")
            elif low in _NUMBERED and texts[i - 1].isalnum() \
                    and (_ORDINAL.match(lows[i - 1]) and (i < 2 or lows[i - 2] not in _OWNERS)
                         or lows[i - 1] in _SPELLED_ORDINALS and i >= 2
                         and lows[i - 2] in _ALONG):
                out[i] = (text[:1].upper() + text[1:], "numbered-street")  # "35th avenue"
                if texts[i - 1].islower():
                    out[i - 1] = (texts[i - 1].capitalize(), "numbered-street")
        elif low in ROAD_WORDS and i + 1 < len(words) and _NUMBER.match(texts[i + 1]) \
                and near(words[i], words[i + 1]):
            out[i] = (text[:1].upper() + text[1:], "road-number")
        elif low == "amendment" and i >= 1 and _ORDINAL.match(texts[i - 1].lower()):
            out[i] = (text[:1].upper() + text[1:], "numbered-amendment")
    return out


_COUNTY_NAME_WORDS = 3
"""The most words of a county's name before its county word ("prince william | county")."""


def _named_run_after(j: int, texts: list[str], lows: list[str], words: list[Piece],
                     cased: Container[int], titled: Container[int],
                     at_start: Container[int], near: Callable[[Piece, Piece], bool]) -> bool:
    """Whether the cased word at ``j`` ends a name of two or more cased words (at most
    `_COUNTY_NAME_WORDS`) that a preposition of `_IN_COUNTY` stands right before ("in los
    angeles | county", "from prince william | county"): a county's name as "in fairfax
    county" is a one-word one. A word of the run is cased (``cased``, ``titled``: "prince"
    before a name) or written with a capital, opens no sentence, is letters only; nothing
    stands between them. Not a US state's name ("in north carolina | county jails": a
    description as often as a county's name)."""
    k = j
    while k > 0 and j - k < _COUNTY_NAME_WORDS and near(words[k - 1], words[k]) \
            and (k - 1 in cased or k - 1 in titled or texts[k - 1][:1].isupper()) \
            and texts[k - 1].isalpha() \
            and words[k - 1].first not in at_start and lows[k - 1] not in _IN_COUNTY:
        k -= 1
    return k < j and k > 0 and lows[k - 1] in _IN_COUNTY and near(words[k - 1], words[k]) \
        and "US-" not in proper_nouns().groups.get(" ".join(lows[k:j + 1]), "")


_GEO_HEADS = frozenset("cape lake mount".split())
"""Words that open a place's name before a name the table cases ("cape Kennedy" -> "Cape
Kennedy", "lake Michigan" -> "Lake Michigan", "mount Kenya")."""
_COMPASS = frozenset("north south east west".split())
_REGIONS = frozenset("asia africa america europe atlantic pacific".split())
"""Continents and oceans a compass point before them makes a region's name ("North Africa",
"South Pacific")."""
_DEMONYM_ENDINGS = ("ian", "ean", "can", "ese")
"""A proper adjective of a people ("Asian", "Korean", "African", "Sudanese"): after a compass
point, a region's people ("South Asian", "North Korean", "East African"). Not a place's own
name that ends so ("Michigan", "Iran", "Sudan", "Milan": "north Iran" is a direction)."""


def region_cases(words: list[Piece], texts: list[str], lows: list[str],
                 proper: dict[int, str], near: Beside, at: Sequence[int]
                 ) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule) for "cape", "lake" or "mount" right before a name
    the casing stage's table capitalises (rule place-head), and a lowercase compass point
    right before a continent, an ocean or a people's proper adjective the casing stage
    capitalises
    (``proper``: word index -> its cased form): "south Asian" -> "South Asian". A compass
    point before a state or a city stays ("southern California", "north Texas": a direction
    as often as a region's name). ``near``: whether two words stand side by side in the
    clean text (`scans.Beside`); ``at``: the words of `CUE_WORDS` (ascending indices)."""
    out: dict[int, tuple[str, str]] = {}
    last = len(lows) - 1
    for i in [i for i in at if i < last and lows[i] in _GEO_HEADS]:
        if texts[i].islower() and i not in proper and i + 1 in proper \
                and proper[i + 1][:1].isupper() and near(words[i], words[i + 1]):
            out[i] = (texts[i][:1].upper() + texts[i][1:], "place-head")
    for i in at:
        low = lows[i]
        if i >= last or low not in _COMPASS or not texts[i].islower() or i in proper \
                or not near(words[i], words[i + 1]):
            continue
        after = proper.get(i + 1, "")
        if lows[i + 1] in _REGIONS:  # (an ocean alone is an adjective: "pacific" stays)
            out[i] = (texts[i][:1].upper() + texts[i][1:], "compass-region")
            if texts[i + 1][:1].islower():
                out[i + 1] = (texts[i + 1][:1].upper() + texts[i + 1][1:], "compass-region")
        elif after[:1].isupper() and after.endswith(_DEMONYM_ENDINGS) and after.isalpha():
            out[i] = (texts[i][:1].upper() + texts[i][1:], "compass-region")
    return out


_TOWN_HEADS = frozenset("city town county borough village district".split())
"""Nouns a place's name follows after "of" ("the cathedral city of salisbury")."""


def town_cases(words: list[Piece], cores: Sequence[Form], lows: list[str],
               proper: Container[int], people: Container[int], towns: Mapping[str, str],
               at: Iterable[int], near: Beside) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule town) for a town or county the shared table leaves
    out because the census lists its name as a person's (``towns``:
    `propernouns.named_towns`; ``at``: where the document says one), in a place's own
    frame: right after "in" ("the attack in salisbury", "snow in cornwall") or after "city
    of", "county of" ("the cathedral city of salisbury"), no mark between (``near``:
    `scans.Beside`). ``cores``: each word's (lead, core, tail, ...). Not a possessive ("in
    harrison's view": a person's), nor a word another rule cases (``proper``, ``people``:
    "in chelsea clinton's book")."""
    out: dict[int, tuple[str, str]] = {}
    for i in at:
        core, tail = cores[i][1], cores[i][2]
        if i == 0 or i in proper or i in people or not core.isalpha() or not core.islower() \
                or tail[:1] in ("'", "’") or not near(words[i - 1], words[i]):
            continue
        before = lows[i - 1]
        if before == "in" and not cores[i - 1][2] \
                or before == "of" and i > 1 and lows[i - 2] in _TOWN_HEADS \
                and not cores[i - 1][2] and not cores[i - 2][2]:
            out[i] = (towns[lows[i]], "town")
    return out


CUE_WORDS = _CUES | _GEO_HEADS | _COMPASS
"""The words `street_cases` and `region_cases` start from: the casing stage finds them in
one scan of the page for all its rules and hands each rule the places."""
