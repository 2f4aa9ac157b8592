"""Regressions from the qa49 round (fresh pages of new kinds: New Zealand live captions on a
media library's catalogue pages, radio traffic and play-by-play, a Canadian newscast's automatic
captions, an Indian debate's transcript): a backtick typed for an em dash, a catalogue
record's field list above the captions, two captioners named in a credit and the notice and
address after it; each on constructed text of the shape a page showed
(`tests/data/qa49/README.md` has the pages), with negatives."""

from __future__ import annotations

import json

from transcript_tools import clean


def _record(source: str) -> dict:  # type: ignore[type-arg]
    return json.loads(clean(source).to_json())  # type: ignore[no-any-return]


def _rules(record: dict, rule: str) -> list[dict]:  # type: ignore[type-arg]
    return [c for c in record["corrections"] if c["rule"] == rule]


def test_a_spaced_backtick_reads_as_an_em_dash_and_is_traced() -> None:
    source = ("THE COUNCIL VOTES TONIGHT ON THE NEW BRIDGE ` WHY RESIDENTS ARE WORRIED. "
              "PLUS ` THE ORCHARD THAT SURVIVED THE FROST.\n")
    record = _record(source)
    assert "`" not in record["text"]
    assert "bridge \u2014 why residents" in record["text"]
    assert "Plus \u2014 the orchard" in record["text"]
    dashes = _rules(record, "backtick-dash")
    assert len(dashes) == 2
    assert all(source[c["start"]:c["end"]] == c["original"] == "`" for c in dashes)


def test_a_backtick_after_a_separator_control_character_is_the_same_dash() -> None:
    # (make fuzz, session 28) a "\x1f" the reader takes as a space before the backtick: the
    # first clean read "0 ` the" and kept it, the second made it a dash
    first = clean("we left\x1f` the harbour was shut\n")
    assert "left \u2014 the harbour" in first.text
    assert clean(first.text).text == first.text
    assert "`" in clean("we left\x1f`the harbour\n").text  # against a word: no dash


def test_a_backtick_against_a_word_is_no_dash() -> None:
    record = _record("Type `make` in the shell, then the tide won`t matter.\n")
    assert "`make`" in record["text"] and "won't" in record["text"]
    assert not _rules(record, "backtick-dash")


RECORD_PAGE = """Members Only

Sign in with your library card to watch.

Primary Title
  \u2022 Harbour Tonight
Date Broadcast
  \u2022 Monday 3 May 2022
Channel
  \u2022 Coast TV
Subtitles
Languages
  \u2022 English
Presenters
  \u2022 Ruth Kanae (Presenter, News)
  \u2022 Owen Pike (Presenter, Weather)
GOOD EVENING. THE FERRY SERVICE TO THE ISLANDS RESUMES TOMORROW AFTER THREE WEEKS OF REPAIRS
TO THE WHARF. THE OPERATOR SAYS THE FIRST SAILING WILL LEAVE AT SEVEN AND THE TIMETABLE WILL
RETURN TO NORMAL BY THE WEEKEND. ISLANDERS HAVE BEEN RELYING ON A SMALL WATER TAXI SINCE
THE DAMAGE WAS FOUND.
"""


def test_a_catalogue_records_field_list_above_the_captions_is_chrome() -> None:
    record = _record(RECORD_PAGE)
    text = record["text"]
    assert text.startswith("Good evening. The ferry service")
    for chrome in ("Primary Title", "Monday 3 May", "Coast TV", "Presenter, News",
                   "Sign in", "Members Only", "\u2022"):
        assert chrome not in text
    assert "water taxi" in text


def test_bullets_that_are_the_captions_stay_words() -> None:
    # no field names between the items: a page of caption lines set as a list
    page = ("Captions\n\n" + "".join(
        f"  \u2022 {line}\n" for line in (
            "the river rose a metre overnight", "and the farmers moved their stock",
            "to the higher paddocks before dawn", "the council opened the hall",
            "for families who had to leave", "and the road north stays closed")))
    text = _record(page)["text"]
    assert "river rose a metre" in text and "road north stays closed" in text


def test_field_names_with_few_words_after_them_stay() -> None:
    # a field list at a page's end (no captions after it) is left as it is
    page = ("The ferry resumed its sailings today after the repairs.\n"
            "Primary Title\n  \u2022 Harbour Tonight\nChannel\n  \u2022 Coast TV\n"
            "Languages\n  \u2022 English\nPresenters\n  \u2022 Ruth Kanae\n")
    assert "Harbour Tonight" in _record(page)["text"]


def test_two_captioners_named_and_the_notice_and_address_after_go() -> None:
    source = ("THE STORM REACHED THE COAST OVERNIGHT. CAPTIONS BY MERE TAHU AND JOHN SMALL. "
              "CAPTIONS WERE MADE WITH THE SUPPORT OF HARBOUR MEDIA TRUST. "
              "WWW.CAPTIONCO.ORG.NZ COPYRIGHT CAPTIONCO 2024 GOOD EVENING. THE ROADS ARE "
              "CLOSED.\n")
    record = _record(source)
    text = record["text"]
    assert "The storm reached the coast overnight. Good evening. The roads are closed." \
        in text
    for gone in ("Tahu", "support", "captionco", "2024"):
        assert gone.lower() not in text.lower()
    credits = _rules(record, "caption-credit")
    assert credits and all(source[c["start"]:c["end"]] == c["original"] for c in credits)


def test_a_sentence_about_captions_said_as_speech_stays() -> None:
    # no passive credit verb after the caption word, and "by" names no two people
    source = ("The ferry sailed at noon. Captions by hand took us all night and most of the "
              "morning. Subtitles help the viewers who cannot hear the announcer.\n")
    text = _record(source)["text"]
    assert "by hand took us all night" in text
    assert "Subtitles help the viewers" in text


def test_a_named_bridge_or_tunnel_is_cased_as_a_street_is() -> None:
    record = _record("Traffic is slow on the Hartley bridge this morning, and the queue "
                     "reaches back into the Carver tunnel past the toll plaza.\n")
    assert "the Hartley Bridge this morning" in record["text"]
    assert "the Carver Tunnel past" in record["text"]
    assert len(_rules(record, "street-name")) == 2


def test_a_bridge_after_a_determiner_a_day_or_a_common_word_stays() -> None:
    text = _record("She built a Lego bridge for the class. The Monday bridge game starts "
                   "at noon. They crossed the old bridge and the railway tunnel. Shelling hit "
                   "the Italian bridge again.\n")["text"]
    assert "a Lego bridge" in text and "Monday bridge game" in text
    assert "the Italian bridge" in text
    assert "old bridge" in text and "railway tunnel" in text


def test_an_interstates_letter_opens_no_sentence() -> None:
    # a long report with no marks: the segmenter wants an end, and main placed it before the
    # road's letter ("east on. I eighty near the depot")
    text = _record("weekend traffic riverside there's a crash on the old ferry road northbound "
                   "just past the mill approaching the square last check both lanes were slow "
                   "over in the valley five crashes are reported west on i eighty approaching "
                   "four oh two that's causing partial delays of up to twenty minutes and also "
                   "one clearing east on i eighty near the depot causing long waits northbound "
                   "i five near the stadium a stall on the shoulder\n")["text"]
    assert "on. I" not in text and "east on I eighty near the depot" in text


def test_the_pronoun_after_on_before_a_share_may_open_a_sentence() -> None:
    from transcript_tools.sentenceends import interstate_letters

    keys = "come on i 100 percent agree with you".split()
    ends = bytearray(len(keys))
    ends[1] = 1
    assert interstate_letters(ends, bytearray(len(keys)), keys) == [] and ends[1]
    keys = "the crash on i seventy five is cleared".split()
    ends = bytearray(len(keys))
    ends[2] = 1
    assert interstate_letters(ends, bytearray(len(keys)), keys) == [2] and not ends[2]
    fixed = bytearray(len(keys))
    fixed[2] = ends[2] = 1  # the source's own stop stays
    assert interstate_letters(ends, fixed, keys) == [] and ends[2]


def test_a_backtick_opening_a_line_after_a_word_is_the_same_dash() -> None:
    # (make fuzz, session 30) "the\n` the": the clean text joins the lines, and its second
    # clean read the backtick between two words as a dash; the first clean does now
    for source in ("the ferry left\n` the harbour was shut\n",
                   "the ferry left \n` the harbour was shut\n",
                   "the ferry left\r\n` the harbour was shut\n",
                   "the ferry left  ` the harbour was shut\n",
                   "the ferry left\n`\nthe harbour was shut\n",
                   "the ferry left [horn] ` the harbour was shut\n"):
        first = clean(source)
        assert "left \u2014 the harbour" in first.text, source
        assert clean(first.text).text == first.text, source
    # negatives: a backtick opening the text, or glued to the word after it, stays
    for source in ("` the harbour was shut\n", "the ferry left\n`the harbour\n"):
        first = clean(source)
        assert "`" in first.text and "\u2014" not in first.text, source
        assert clean(first.text).text == first.text, source


def test_a_backtick_dash_after_a_sentence_end_goes_as_a_typed_dash_does() -> None:
    # "home. ` the": the dash the backtick stands for opens the next caption line; a typed
    # dash there goes (`dashes.lone_dashes`), and the second clean removed the backtick's
    for source in ("we sailed home.\n` the storm came later\n",
                   "we sailed home. ` the storm came later\n"):
        first = clean(source)
        assert "We sailed home. The storm came later." == first.text, source
        assert clean(first.text).text == first.text, source
    # negative: between two words of a sentence it stays a dash
    assert "home \u2014 the storm" in clean("we sailed home ` the storm came later\n").text
