"""Regressions from the qa44 audit (readable text and captions on fresh real pages of new
kinds: city council and school board meetings as a video host's transcript in capitals and as
a video site's automatic WebVTT, a board meeting's automatic transcript on a wiki, a sermon's
automatic captions under its description, Australian channels' captions on a parliament's
library, a children's cooking programme's subtitles on a subtitle site), each on constructed
text of the shape a page showed; `tests/data/qa44/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import clean


def test_a_subtitle_sites_start_and_end_times_before_each_line_are_cue_times() -> None:
    # a subtitle site's transcript writes each subtitle's start and end with its text
    # against the end time, "0:01:13 > 0:01:16Wash our hands!": every "> 0:01:16" was read
    # as speech (the start time alone taken for a clock line)
    page = ("Seed Day\n\nDownload Subtitles\n\nTranscript\n\n"
            "0:00:03 > 0:00:05Good morning, gardeners.\n\n"
            "0:00:05 > 0:00:09Today we sow the beans.\n\n"
            "0:00:09 > 0:00:12- Ready?- Ready!\n\n"
            "0:00:14 > 0:00:17We need a trowel and some compost.\n")
    doc = clean(page)
    assert ">" not in doc.text and "0:00" not in doc.text, doc.text
    assert "Seed Day" not in doc.text and "Download" not in doc.text, doc.text
    assert doc.text.startswith("Good morning, gardeners."), doc.text
    assert "We need a trowel and some compost." in doc.text, doc.text
    stamps = [e for e in doc.corrections if e.rule == "cue-time"]
    assert stamps[0].original == "0:00:03 > 0:00:05", stamps
    assert all(page[e.start:e.end] == e.original for e in doc.corrections)
    assert abs(doc.cues[0].start - 3.0) < 0.01, doc.cues
    # a line that says a time and a comparison is speech: no page of stamped lines
    doc = clean("the score at 1:05 > 1:00 last year.\nwe left at 2:10.\n")
    assert "1:05" in doc.text and "2:10" in doc.text, doc.text


def test_a_caption_notice_said_as_a_sentence_and_a_credit_alone_in_its_paragraph() -> None:
    # an Australian channel's captions open each bulletin with "This program is captioned
    # live." and close the programme before it with the caption service's credit, a
    # paragraph of its own whose firm's name runs past three words: both were read as speech
    page = ("See you at the same time next week. Goodbye.\n\nQuickword Captions by\n"
            "Northern Star Media Services\n\nThis program is captioned live.\n\n"
            "Good evening. Floods have closed the coast road tonight.\n")
    doc = clean(page)
    assert doc.text.endswith("Goodbye. Good evening. Floods have closed the coast road "
                             "tonight."), doc.text
    credits = [e.original for e in doc.corrections if e.rule == "caption-credit"]
    assert credits == ["Quickword Captions by\nNorthern Star Media Services",
                       "This program is captioned live."], credits
    # said inside speech, or going on past the notice, it stays
    for said in ("We know this program is captioned live for viewers at home.",
                 "Good evening. This program is captioned live by volunteers.",
                 "The council said the captions by hand\n\ntook a week.",
                 "We write captions by the riverside every summer\n\nand then go home."):
        assert "aption" in clean(said).text, (said, clean(said).text)


def test_a_songs_hash_marks_in_british_subtitles_are_music_notes() -> None:
    # British and Australian subtitles mark a sung line with "#" ("# Roll up your sleeves",
    # "- # Apron tied?- Yes!", "I can cook! #"): each "#" stayed in the text as a character
    page = ("0:00:10 > 0:00:13We all stand up to sing.\n\n"
            "0:00:13 > 0:00:16# Over the hill and far away\n\n"
            "0:00:16 > 0:00:19- # Who is coming?- We are! #\n\n"
            "0:00:19 > 0:00:22Lovely singing, everyone.\n")
    doc = clean(page)
    assert "#" not in doc.text, doc.text
    assert "Over the hill and far away" in doc.text, doc.text
    assert "Lovely singing, everyone." in doc.text, doc.text
    # the close of a sung line ends its sentence, as a closing note does
    assert clean("we sing now.\n# la la la #\nthank you.\n").text == \
        "We sing now. La la la. Thank you."
    # a "#" inside a line, a hashtag, a number sign and a rank opening a line stay
    assert "# 1" in clean(">> # 1 seed plays at noon.\n").text
    doc = clean("to vote, press # now and wait.\nfollow #greenfield and ask for the #2 "
                "combo.\n")
    assert "press # now" in doc.text and "#greenfield" in doc.text and "#2" in doc.text, \
        doc.text


def test_a_songs_hash_mark_beside_a_style_tag_is_the_same_music_note() -> None:
    # (make fuzz, session 28) "the # <A>": the tag, removed as line noise, hid the line's end
    # from the song test, so the first clean kept "#" and the second, with the tag gone, dropped
    # it; a tag between the mark and the line's edge counts for nothing
    for source in ("we sing now # <i>\n", "<i># la la la\nthank you.\n"):
        first = clean(source)
        assert "#" not in first.text, (source, first.text)
        assert clean(first.text).text == first.text
    assert "press # now" in clean("to vote, press # <b>now</b> and wait.\n").text


def test_a_songs_hash_mark_alone_on_its_line_is_music_in_both_cleans() -> None:
    # (ux9) a "#" alone on its line (music, no words) was no song mark: kept as a character,
    # the clean text set it beside the next line's words ("# The tide ...") or the last
    # line's, and a second clean took it for a song's mark there and removed it
    from .captionfiles import srt

    for source in ("the band plays.\n#\nthe tide comes in at noon.\n",
                   "we are back after this\n- #\n", "<i>#</i>\nthe tide comes in\n"):
        first = clean(source)
        assert "#" not in first.text, (source, first.text)
        assert clean(first.text).text == first.text
    blocks = [("00:00:01,000", "00:00:02,000", "#"),
              ("00:00:02,000", "00:00:04,000", "The tide comes in at noon."),
              ("00:00:04,000", "00:00:05,000", "We walk along the shore\n#")]
    first = clean(srt(blocks), format="srt")
    assert "#" not in first.text, first.text
    assert clean(first.text).text == first.text
    # the negatives: a count, a rank, a hashtag and a number sign stay, in both cleans
    for source in ("# of votes cast was high.\n", "the count rose\n# of votes cast\n",
                   "#1 in the charts\n", "# 1 seed plays at noon.\n",
                   "follow #tidewatch\nfor more.\n", "press # now.\n"):
        first = clean(source)
        assert "#" in first.text, (source, first.text)
        assert clean(first.text).text == first.text
    blocks[0] = ("00:00:01,000", "00:00:02,000", "# of votes cast")
    first = clean(srt(blocks[:2]), format="srt")
    assert first.text.startswith("# Of votes cast"), first.text
    assert clean(first.text).text == first.text


def test_a_songs_hash_mark_that_the_removals_leave_at_its_lines_edge_goes() -> None:
    # (make fuzz, ux9) ". # the": the stray stop stood between the line's edge and the "#",
    # so the reader kept it as a character; with the stop gone the clean text opened with it
    # and a second clean removed it as a song's mark. The same after a removed sound cue.
    for source in (". # we row the boat\n", "[cheering] # we row the boat\n",
                   "we row the boat # [cheering]\n", "- [music] # we row the boat\n"):
        first = clean(source)
        assert "#" not in first.text, (source, first.text)
        assert "row the boat" in first.text.lower()
        assert clean(first.text).text == first.text
    # the negatives: a rank, a count, a number sign inside the line stay, in both cleans
    for source in ("[cheering] # 1 seed plays at noon\n", ". # of votes cast\n",
                   "to vote [beep] press # now\n"):
        first = clean(source)
        assert "#" in first.text, (source, first.text)
        assert clean(first.text).text == first.text


def test_a_clock_time_typed_with_a_space_for_its_colon_before_am_or_pm() -> None:
    # a video site's automatic captions type "it is 6 00 pm": it stayed so, "pm" too
    doc = clean("the library opens at 9 30 am and the talk starts at 7 15 pm\n")
    assert "9:30 a.m." in doc.text and "7:15 p.m." in doc.text, doc.text
    edits = [e for e in doc.corrections if e.rule == "clock-time"]
    assert [e.original for e in edits] == ["9 30", "7 15"], edits
    # two figures that are no clock time stay apart: no am/pm after them, an hour past 12,
    # a year, or a comma between them
    for said in ("we scored 6 30 and then left", "at 14 30 pm we met", "in 2019 45 pm",
                 "on page 6, 30 pm"):
        assert ":" not in clean(said).text, (said, clean(said).text)


_AUTO = ("WEBVTT\nKind: captions\nLanguage: en\n\n"
         "00:00:02.000 --> 00:00:06.000 align:start position:0%\n{first}\n\n"
         "00:00:06.000 --> 00:00:06.010 align:start position:0%\n \n\n"
         "00:00:06.010 --> 00:00:09.000 align:start position:0%\n"
         "welcome<00:00:06.500> to<00:00:06.900> the<00:00:07.100> garden<00:00:07.500> club\n\n"
         "00:00:09.000 --> 00:00:09.010 align:start position:0%\nwelcome to the garden club\n \n\n"
         "00:00:09.010 --> 00:00:12.000 align:start position:0%\nwelcome to the garden club\n"
         "we<00:00:09.500> start<00:00:09.800> at<00:00:10.100> 7<00:00:10.400> 30"
         "<00:00:10.700> pm\n")


def test_a_video_sites_foreign_mark_and_a_spaced_clock_time_in_its_automatic_webvtt() -> None:
    # the automatic captions' "foreign", alone in its cue, marks speech it could not read: it
    # was read as a word ("Foreign happy New Year"); and "6<time> 00<time> pm" with its word
    # times between stayed "6 00 pm"
    doc = clean(_AUTO.format(first="foreign"))
    assert doc.text == "Welcome to the garden club. We start at 7:30 p.m.", doc.text
    source = _AUTO.format(first="foreign")
    assert all(source[e.start:e.end] == e.original for e in doc.corrections)
    # a cue that says the word in a sentence, or with its stop, is speech
    for first in ("Foreign.", "foreign affairs", "Foreign"):
        assert clean(_AUTO.format(first=first)).text.lower().startswith("foreign"), first
