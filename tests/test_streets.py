"""Streets, numbered roads and amendments (`streets.street_cases`, called by casing)."""

from __future__ import annotations

from transcript_tools import clean


def test_a_clock_suffix_names_no_street() -> None:
    # fuzz finding: "0:00 PM place" read "PM" as a street's name ("PM Place") once the text
    # was cleaned again
    assert clean("the meeting is at 6:00 PM place your votes early\n").text.startswith(
        "The meeting is at 6:00 PM place")
    assert "on Vienna Street" in clean("she lives on Vienna street\n").text


def test_a_street_an_ordinal_names_is_cased() -> None:
    # qa12 audit: "a chevron gas station on 35th avenue", "the corner of delaware and 35th
    # avenue" (KGO 2022) kept "avenue" lowercase
    assert "on 35th Avenue and" in clean("a gas station on 35th avenue and more.").text
    assert "lives on Third Street." in clean("he lives on 3rd street.").text
    assert "turn onto Fifth Avenue" in clean("now turn onto fifth avenue.").text
    # a rank, a count or a description is no street
    for text in ("he finished in 35th place.", "it was the 5th street we tried.",
                 "her first street party was fun.", "his 2nd road win came."):
        assert "Street" not in clean(text).text and "Place" not in clean(text).text \
            and "Road" not in clean(text).text


def test_a_compass_point_before_a_continent_or_a_people_is_a_region() -> None:
    # qa14 audit (a late-night show 2021): "the south asian religious festival of lights"
    # kept "south"; qa13 left "north Asia" too
    t = clean("it is the south asian festival. markets in north africa and the south "
              "pacific fell, as did east african stocks.").text
    assert "the South Asian festival" in t and "in North Africa" in t
    assert "the South Pacific" in t and "East African stocks" in t
    # a direction before a state, a country, a city or a common word stays a direction
    t = clean("we drove south texas roads and north michigan lakes, then headed north toward "
              "the lake in north iran.").text
    assert "drove south Texas roads" in t and "headed north toward" in t
    assert "north Michigan lakes" in t and "in north Iran" in t


def test_a_county_named_by_a_word_no_dictionary_holds_is_cased() -> None:
    """"in kessleford county": a word the dictionaries lack before a county word is the
    county's own name, cased with it after a preposition or "the"; an ordinary word before
    it ("orange", "the lake county") is left, as is a description after an article."""
    text = clean("crews in kessleford county worked late. the brantwick county sheriff spoke "
                 "to residents of varnley parish.").text
    assert "in Kessleford County" in text and "The Brantwick County sheriff" in text, text
    assert "of Varnley Parish" in text, text
    kept = clean("a fire in orange county spread. she drove to a brantwick county farm.").text
    assert "orange county" in kept and "a brantwick county farm" in kept, kept


def test_a_place_head_before_a_table_name_is_part_of_the_name() -> None:
    """"cape", "lake", "mount" right before a name the casing table capitalises open that
    place's name; before a word the table does not case, or across a stop, they stay."""
    text = clean("boats on lake michigan sank and climbers on mount kenya turned back.").text
    assert "Lake Michigan" in text and "Mount Kenya" in text, text
    kept = clean("we swam in the lake. michigan won the game on the mount today.").text
    assert "the lake. Michigan" in kept and "the mount today" in kept, kept


def test_a_street_word_after_a_removed_copy_is_next_to_the_name() -> None:
    # found by the fuzzer (ux13): "<listed name> place place" lost the first "place" as a
    # repeat, and the removed copy parted the name from the street word on the first clean
    # only ("... place." then "... Place." on the second)
    from transcript_tools import clean
    for text in ("they met on washington street street today",
                 "we drove to boston [laughter] road"):
        once = clean(text).text
        assert clean(once).text == once, text
    assert clean("they met on washington street street today").text \
        == "They met on Washington Street today."
    assert clean("we drove to boston [laughter] road").text == "We drove to Boston Road."
    # negatives: a mark between, a determiner before the name
    assert clean("they met on washington, street street today").text \
        == "They met on Washington, street today."
    assert clean("they walked a boston street street at night").text \
        == "They walked a Boston street at night."


def test_regions_towns_and_streets_read_words_as_the_clean_text_joins_them() -> None:
    # ux15: the place-head, compass-region and town rules asked `scans.next_to` (white space
    # only), so a removed sound cue or a clock line between kept the words apart on the first
    # clean only ("lake [applause] ontario" -> "lake Ontario", then "Lake Ontario"); they now
    # share `scans.Beside` with the street rule
    for text, cased in (("the ferry crossed lake [applause] ontario at dawn", "Lake Ontario"),
                        ("we flew over north [laughter] africa last week", "North Africa"),
                        ("floods hit in [laughter] cornwall overnight", "in Cornwall"),
                        ("we met on washington\n5:34 am\nstreet today", "Washington Street"),
                        ("the ferry crossed lake\n5:34 am\nontario at dawn", "Lake Ontario")):
        once = clean(text).text
        assert cased in once, (text, once)
        assert clean(once).text == once, text
    # negatives: a one-character mark between is no gap the clean text closes
    assert "lake&Michigan" in clean("we met in lake&michigan today").text
    assert "Washington/street" in clean("we drove along washington/street for an hour").text
    # a speaker marker between: the words are two turns' (no region, no merge)
    assert "North Africa" not in clean("we flew over north\n>> africa last week").text
    assert "delegation" not in clean("the deleg\n>> ation arrived").text.lower()
    assert "delegation" in clean("the deleg\n5:34 am\nation arrived").text.lower()


def test_words_across_two_caption_cues_are_next_to_each_other() -> None:
    # ux15: the clean text of a caption file joins the cues' words ("over north africa"), so
    # a compass point at one cue's end and its continent at the next's are cased on the first
    # clean as on a second; the spelling merge across them (as before) too
    from transcript_tools.readers import parse
    cues = ("1\n00:00:01,000 --> 00:00:02,000\nthe ferry sailed along north\n\n"
            "2\n00:00:02,000 --> 00:00:03,000\nafrica all week\n")
    once = clean(parse(cues, format="srt")).text
    assert "North Africa" in once, once
    assert clean(parse(once, format="broadcast")).text == once
    # negative: a comma at the cue's end parts them
    once = clean(parse(cues.replace("north\n", "north,\n"), format="srt")).text
    assert "north, Africa" in once, once
