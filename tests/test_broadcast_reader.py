"""The broadcast reader on each input shape (constructed fixtures under tests/data/fixtures)."""

from __future__ import annotations

import pytest

from transcript_tools.readers import parse, read
from transcript_tools.readers.broadcast import CLOCK_RE, clock_seconds, parse_broadcast

from .conftest import DATA

FIX = DATA / "fixtures"


@pytest.mark.parametrize("line,seconds", [
    ("5:34 am", 5 * 3600 + 34 * 60), ("5:34 AM", 5 * 3600 + 34 * 60),
    ("5:34 a.m.", 5 * 3600 + 34 * 60), ("17:34", 17 * 3600 + 34 * 60),
    ("5:34:12 pm", 17 * 3600 + 34 * 60 + 12), ("[05:34]", 5 * 3600 + 34 * 60),
    ("12:05 am", 5 * 60), ("12:05 pm", 12 * 3600 + 5 * 60),
])
def test_clock_shapes(line: str, seconds: int) -> None:
    m = CLOCK_RE.match(line)
    assert m is not None
    placed = clock_seconds(m)
    assert placed is not None and placed[0] == seconds


@pytest.mark.parametrize("line", ["25:00", "5:61 pm", "13:00 pm", "2015", "5:34 and more"])
def test_not_clocks(line: str) -> None:
    m = CLOCK_RE.match(line)
    assert m is None or clock_seconds(m) is None


def test_clock_lines_become_anchors_never_words() -> None:
    doc = read(FIX / "clock_shapes.txt")
    words = {t.text for t in doc.tokens}
    assert not words & {"pm", "PM", "am", "17", "33", "05", ":"}
    assert [a.seconds for a in doc.anchors] == sorted(a.seconds for a in doc.anchors)
    # 17:33, then 12-hour readings in the afternoon; an unmarked "5:36" continues the timeline
    assert doc.anchors[0].seconds == 17 * 3600 + 33 * 60
    assert doc.anchors[3].seconds == 17 * 3600 + 36 * 60
    # the bracketed time in front of text anchors the text after it
    last = doc.anchors[-1]
    assert doc.tokens[last.index].text == "seventh"
    assert "seventh with a bracketed time in front" in doc.text()
    assert doc.diagnostics == ()


def test_midnight_wrap_and_backwards_time_warn_not_crash() -> None:
    doc = parse("a\n11:59 pm\nb\n12:00 am\nc\n12:01 am\nd\n11:40 pm\ne\n")
    secs = [a.seconds for a in doc.anchors]
    assert secs[:3] == [86340.0, 86400.0, 86460.0]
    codes = [d.code for d in doc.diagnostics]
    assert codes == ["clock-wrap", "clock-backwards"]
    assert doc.diagnostics[1].line == 8


def test_archive_page_header_chrome_markers_labels_and_cues() -> None:
    doc = read(FIX / "archive_page.txt")
    meta = doc.metadata
    assert meta["channel"] == "Al Jazeera"
    assert meta["date"] == "2015-12-01"
    assert meta["start_time"] == "16:00" and meta["timezone"] == "EST"
    assert meta["media_start"] == 16 * 3600
    text = doc.text()
    assert "Skip to main content" not in text and "tv News" not in text
    assert ">>" not in text and "reporter:" not in text
    kinds = [(m.kind, m.label) for m in doc.markers]
    assert ("label", "reporter") in kinds and ("label", "JANE DOE") in kinds
    assert [k for k, _ in kinds].count("story") == 1
    sounds = [t.text for t in doc.tokens if t.kind == "sound"]
    assert sounds == ["[applause]", "(laughter)", "♪"]
    rules = {e.rule for e in doc.edits}
    assert {"page-chrome", "programme-header", "wall-clock", "speaker-marker",
            "story-marker", "speaker-label"} <= rules
    for e in doc.edits:
        assert doc.source[e.start:e.end] == e.original


def test_a_page_header_without_the_leading_tv() -> None:
    # some archive page layouts drop the "tv" before the header (qa7 audit): it was read as
    # the first caption words
    doc = parse("Evening Quiz Show  WXYZ  March 3, 2012 7:00pm-7:30pm EST\n\n"
                "good evening. ( laughter ) welcome back.\n")
    assert doc.metadata["channel"] == "WXYZ" and doc.metadata["date"] == "2012-03-03"
    assert doc.metadata["media_start"] == 19 * 3600
    assert [t.text for t in doc.tokens if t.kind == "word"] == ["good", "evening", "welcome",
                                                                "back"]
    # a caption line that only mentions a date is not a header
    assert "March" in parse("we met on March 3, 2012 at noon\n").text()


def test_a_header_whose_zone_is_an_offset_is_a_header() -> None:
    # qa12 audit: pages from Doha end their header on an offset ("4:00pm-5:01pm +03"); the
    # header was read as the first caption words ("TV NEWSHOUR Al Jazeera February 4, ...")
    doc = parse("Skip to main content\n\ntv   NEWSHOUR  Al Jazeera  February 4, 2019 "
                "4:00pm-5:01pm +03\n\n4:00 pm\nthe weather next.\n")
    assert doc.metadata["date"] == "2019-02-04" and doc.metadata["timezone"] == "+03"
    assert [t.text for t in doc.tokens if t.kind == "word"] == ["the", "weather", "next"]
    assert parse("tv News  ABC  June 1, 2020 4:00pm-5:00pm -0530\nhello.\n"
                 ).metadata["timezone"] == "-0530"


def test_plain_text_without_markers() -> None:
    doc = parse("just some words. and more words")
    assert doc.anchors == () and doc.markers == ()
    assert doc.text() == "just some words. and more words"


def test_tokens_keep_their_spans_and_abbreviations_numbers_stay_whole() -> None:
    src = "the u.s. paid $29,000.00 on the 1st, o'connor's co-chair said."
    doc = parse(src)
    texts = [t.text for t in doc.tokens]
    assert "u.s." in texts and "$29,000.00" in texts and "1st" in texts
    assert "o'connor's" in texts and "co-chair" in texts
    for t in doc.tokens:
        assert src[t.start:t.end] == t.text


def test_a_clock_line_the_page_cuts_short_is_markup_at_the_end_only() -> None:
    # qa6 audit: a page ending "...that we've been\n10:0" read "we've been 10:0."
    doc = parse("in the time that we've been\n10:0\n")
    assert [t.text for t in doc.tokens][-1] == "been"
    assert [e.rule for e in doc.edits] == ["wall-clock"]
    assert "10:0" in [t.text for t in parse("we have been\n10:0\nmore\n").tokens]


def test_a_header_with_the_date_alone_and_an_archive_logo_line_are_not_captions() -> None:
    # qa8 audit: "Deutsche Welle  October 15, 2020" (no time range) and the anniversary logo
    # line above a header were read as the first caption words
    doc = parse("Evening Channel  March 3, 2012\n\nwhat new findings have researchers made\n")
    assert doc.metadata["date"] == "2012-03-03" and "media_start" not in doc.metadata
    assert doc.text().split()[0] == "what"
    doc = parse("Skip to main content\nInternet Archive's 25th Anniversary Logo\n\n"
                "tv   Late News  WXYZ  May 16, 2021 10:00pm-10:46pm PDT\n\n10:00 pm\n"
                ">> good evening.\n")
    assert doc.metadata["channel"] == "WXYZ"
    assert [t.text for t in doc.tokens if t.kind == "word"] == ["good", "evening"]
    # a lowercase caption line ending on a date stays text
    assert "march" in parse("we met on  march 3, 2012\n").text()


def test_a_banner_above_the_programme_header_is_page_furniture() -> None:
    page = ("Skip to main content\n\nHelp us keep the lights on - give today!\n\n"
            "tv   Evening Report  KXYZ  March 3, 2012 6:00pm-6:30pm EST\n\n"
            "6:00 pm\nwell, good evening. the council met tonight.\n")
    doc = parse_broadcast(page)
    assert doc.metadata["date"] == "2012-03-03"
    assert doc.text().split() == "well, good evening. the council met tonight.".split()
    assert "page-chrome" in {e.rule for e in doc.edits}


def test_the_headers_title_is_the_programme_without_its_channel() -> None:
    # qa10 audit: every page's metadata title ended with the channel ("CNN Newsroom CNN")
    for header, title, channel in [
            ("tv   Evening Report  KXYZ  March 3, 2012 6:00pm-6:30pm EST",
             "Evening Report", "KXYZ"),
            ("tv Morning Desk  Fox News  May 2, 2013 9:00am-10:00am PDT",
             "Morning Desk", "Fox News"),
            ("tv News RT May 2, 2013 9:00am-10:00am PDT", "News", "RT"),
            ("tv Morning Desk FOX News May 2, 2013 9:00am-10:00am PDT", "Morning Desk", "FOX News"),
            # single spaces and a channel not in capitals: no guess taken off the title
            ("tv Daybreak Europe Bloomberg May 2, 2013 9:00am-10:00am PDT",
             "Daybreak Europe Bloomberg", "Europe Bloomberg"),
            ("tv   [untitled]  RT  July 16, 2010 2:30am-3:00am EDT", "[untitled]", "RT")]:
        meta = parse_broadcast(header + "\n6:00 pm\nhello.\n").metadata
        assert (meta["title"], meta["channel"]) == (title, channel), header


def test_cue_timing_lines_in_page_text_are_anchors_and_their_bullets_no_dashes() -> None:
    """A site's transcript view copied with its cue times, each line a list item (qa26): the
    timing lines are cue anchors (recorded as markup, never text), and the list's bullet
    before each line is markup too, not a speaker's dash."""
    src = ("Closed captions\n"
           "- 00:00:01.000 --> 00:00:03.500\n"
           "- The garden opens at nine,\n"
           "- 00:00:03.500 --> 00:00:06.000\n"
           "- And the gates close at dusk.\n")
    doc = parse(src)
    assert "-->" not in " ".join(t.text for t in doc.tokens)
    assert [(a.kind, a.seconds, a.until) for a in doc.anchors] == \
        [("cue", 1.0, 3.5), ("cue", 3.5, 6.0)]
    rules = [e.rule for e in doc.edits]
    assert rules.count("cue-timing") == 2 and rules.count("list-bullet") == 2
    assert [t.text for t in doc.tokens][:3] == ["Closed", "captions", "The"]
    # a dash before speech on a page whose times carry no bullet stays as it was read
    plain = parse("- hello there.\n00:00:01.000 --> 00:00:02.000\n- fine, thanks.\n")
    assert "list-bullet" not in [e.rule for e in plain.edits]


def test_dashes_glued_to_a_new_voices_capital_are_speaker_changes() -> None:
    """A page that opens each new voice with a dash glued to its capital ("-Ready? -Not
    yet.", qa26) marks speakers so: each is a speaker marker recorded as markup; a hyphen,
    a minus, a list's spaced dash and a lone glued dash on a page are left as text."""
    src = ("-Good evening, folks.\nWe start with the weather. -Is it cold?\n"
           "-Very. [ Laughter ] -It is minus -20 out there, a well-known chill.\n")
    doc = parse(src)
    assert [m.kind for m in doc.markers] == ["speaker"] * 4
    assert [e.rule for e in doc.edits].count("speaker-dash") == 4
    words = [t.text for t in doc.tokens]
    assert "Good" in words and "well-known" in words and "-" in words  # "-20" stays
    one = parse("we met at noon. -Then it rained for an hour.\n")
    assert not one.markers


def test_a_name_in_brackets_before_speech_is_a_speaker_tag_where_sounds_are_lowercase() -> None:
    """On a page that writes its sounds in lowercase ("(crowd cheering)"), a capitalised
    name in brackets before speech at a line's start or after a sentence's end ("[Ada
    Lovelace] Good evening.", qa26) is the speaker's tag: a label, recorded as markup. A
    sound in brackets stays a sound, and where the page capitalises its sounds nothing
    changes."""
    src = ("(crowd cheering) Welcome back. [Ada Lovelace] Good evening, everyone.\n"
           "[Applause] Thank you all.\n")
    doc = parse(src)
    assert [(m.kind, m.label) for m in doc.markers] == [("label", "Ada Lovelace")]
    assert "speaker-label" in [e.rule for e in doc.edits]
    assert not parse("[Laughter] Welcome back. [Ada Lovelace] Good evening.\n").markers


def test_a_header_of_the_date_and_time_range_alone_is_the_programme_header() -> None:
    # qa62: one copy of an archive page keeps its header's date and time range without the
    # title ("November 2, 2013 6:00am-6:30am EDT"): it was read as the first caption words,
    # and its cue timed at 0:00 two minutes before the first caption
    doc = parse("November 2, 2013 6:00am-6:30am EDT\n\n6:00 am\n6:01 am\n"
                "farmers along the river count the cost of the flood.\n")
    assert doc.metadata["date"] == "2013-11-02" and doc.metadata["timezone"] == "EDT"
    assert doc.metadata["media_start"] == 6 * 3600 and "title" not in doc.metadata
    assert doc.text().split()[0] == "farmers"
    assert [e.rule for e in doc.edits][0] == "programme-header"
    # the same line after the captions began, or a date without its time range, is text
    doc = parse("6:00 am\nthe vote is on\nNovember 2, 2013 6:00am-6:30am EDT\n")
    assert "November" in doc.text() and "date" not in doc.metadata
    assert "November" in parse("November 2, 2013\n\nthe vote is on.\n").text()


def test_a_lone_chevron_where_a_marker_stands_is_the_speaker_marker_on_a_marked_page() -> None:
    # qa62 (and qa55's "> reporter:"): a ">>" that lost a character at a line's start or
    # after a sentence's end, on a page marking its speakers with ">>", was dropped as noise:
    # the next voice ran on in the turn before ("... went home... this week the harbour")
    page = ("7:00 pm\n>> good evening. the harbour froze overnight.\n7:01 pm\n"
            "> reporter: ferries stayed in port all day. > the ice may hold until friday.\n")
    doc = parse(page)
    got = [(m.kind, page[m.start:m.end]) for m in doc.markers]
    assert got == [("speaker", ">>"), ("speaker", ">"), ("label", "reporter:"),
                   ("speaker", ">")]
    assert ">" not in doc.text()
    # a ">" between words stays a word's; a page without ">>" keeps its ">" (a quote's mark)
    doc = parse(">> hello. if the level > three metres we close. thanks.\n")
    assert [w for w in doc.text().split() if w == ">"] == [">"]
    assert len(doc.markers) == 1
    doc = parse("> the minutes of the last meeting\nwere read and approved.\n")
    assert doc.markers == () and doc.text().startswith(">")
