"""Regressions from the qa37 audit (readable text and captions on fresh real pages of new
kinds: public radio's transcripts, a stand-up special's and a sitcom's subtitles on subtitle
sites, a TED talk's SubStation subtitles, university lectures), each on constructed text of
the shape a page showed; `tests/data/qa37/README.md` has the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools import clean, read
from transcript_tools.errors import ParseError
from transcript_tools.readers import detect_format

from .conftest import srt

CUES = ["The ferry leaves at noon.", "It returns at six.", "Nobody waits on the pier."]


def test_srt_cues_saved_as_text_are_read_as_cues(tmp_path: Path) -> None:
    # a subtitle file saved as ".txt" was read as broadcast text: every cue number stayed a
    # word ("1 The ferry leaves at noon. 2 It returns at six.")
    path = tmp_path / "ferry.txt"
    path.write_text(srt(CUES))
    t = clean(read(path))
    assert t.text == "The ferry leaves at noon. It returns at six. Nobody waits on the pier."
    assert abs(t.cues[0].start - 3.0) < 0.01, t.cues
    vtt = tmp_path / "ferry2.txt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nThe ferry leaves at noon.\n")
    assert detect_format(vtt.read_text(), vtt) == "vtt"


def test_a_subtitle_sites_heading_over_srt_cues_in_a_text_file_is_left_out(
        tmp_path: Path) -> None:
    # a subtitle site's page saved as text: a heading line, then the SRT cues
    heading = "Would you like to see the original file? These are the uploaded subtitles:\n"
    source = heading + srt(CUES)
    path = tmp_path / "page.txt"
    path.write_text(source)
    t = clean(read(path))
    assert t.text == "The ferry leaves at noon. It returns at six. Nobody waits on the pier."
    page = [c for c in t.corrections if c.rule == "page-text"]
    assert [c.original for c in page] == [heading.strip()]
    assert all(source[c.start:c.end] == c.original for c in t.corrections)
    assert any("before the first SRT cue" in w for w in t.warnings), t.warnings


def test_text_with_times_or_a_few_cues_is_no_srt(tmp_path: Path) -> None:
    # broadcast text with clock lines, a text quoting one or two cues, a long text before
    # cues: read as text, as before
    assert detect_format("5:34 am\nhello there\n", "a.txt") == "broadcast"
    two = "We looked at the file.\n" + srt(CUES[:2])
    assert detect_format(two, "a.txt") == "broadcast"
    long = "".join(f"Line {k} of an article about subtitles.\n" for k in range(5)) + srt(CUES)
    assert detect_format(long, "a.txt") == "broadcast"
    # a file named .srt with text before its first cue is refused as before
    with pytest.raises(ParseError):
        clean("Some heading\n" + srt(CUES), format="srt")


def test_html_tags_a_pages_text_kept_are_removed() -> None:
    # a radio programme's transcript page kept its audio player's tag as text:
    # '<iframe src="" width="100%" ...>' was read as words, "src" cased as an acronym
    page = ('Garden Hour\n\n  \u2022 Listen\n  \u2022 <iframe src="" width="100%" height="290" '
            'title="embedded audio player">\n\nWelcome back to the programme. Today we plant '
            'tomatoes.\nUse <b>mulch</b> and water well.</p>\n')
    t = clean(page)
    assert "iframe" not in t.text and "SRC" not in t.text and "width" not in t.text, t.text
    assert "Use mulch and water well." in t.text, t.text
    tags = [c.original for c in t.corrections if c.rule == "html-tag"]
    assert len(tags) == 4 and tags[0].startswith("<iframe") and tags[1:] == ["<b>", "</b>",
                                                                              "</p>"], tags
    assert all(page[c.start:c.end] == c.original for c in t.corrections)
    # words in angle brackets that are no element, and comparisons, stay
    t = clean("the crowd went wild <crowd noise> and the score was x < y > z today.")
    assert "<crowd noise>" in t.text and "x < y > z" in t.text, t.text
    assert not [c for c in t.corrections if c.rule == "html-tag"]


def test_a_stutter_parted_by_a_markup_tag_is_found_on_the_first_clean() -> None:
    # the tag goes before the stutters are looked for: "the <b> the" was "the the" after
    # the first clean and "the" after the second (the fuzzer's idempotence check)
    for text in ("the ferry left the <b> the harbour at noon\n", "we rowed to <i> to the pier\n"):
        t = clean(text)
        assert "the the" not in t.text.lower() and "to to" not in t.text.lower(), t.text
        assert clean(t.text).text == t.text
        assert all(text[c.start:c.end] == c.original for c in t.corrections)
    # a word said twice with no tag between it stays as the stutter rule leaves it
    assert "ferry ferry" not in clean("the ferry ferry left\n").text.lower()


ASS = """[Script Info]
Title: Harbour walk
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, Alignment, MarginL, MarginR, MarginV
Style: Default,Arial,20,&H00FFFFFF,0,0,2,10,10,10

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.50,0:00:04.00,Default,,0,0,0,,The ferry leaves at noon,\\Nand it returns at six.
Comment: 0,0:00:04.00,0:00:05.00,Default,,0,0,0,,check this timing
Dialogue: 0,0:00:04.20,0:00:06.80,Default,,0,0,0,,{\\i1}Nobody{\\i0} waits on the pier.
"""


def test_substation_alpha_subtitles_are_read_as_cues(tmp_path: Path) -> None:
    # a talk's subtitles exported as SubStation Alpha (".ssa"/".ass") were read as
    # broadcast text: the header, the styles and every event's fields kept as words
    path = tmp_path / "walk.ass"
    path.write_text(ASS)
    t = clean(read(path))
    assert t.text == ("The ferry leaves at noon, and it returns at six. Nobody waits on the "
                      "pier."), t.text
    assert abs(t.cues[0].start - 1.5) < 0.01 and abs(t.cues[-1].end - 6.8) < 0.3, t.cues
    assert all(ASS[c.start:c.end] == c.original for c in t.corrections)
    assert detect_format(ASS) == "ssa" and detect_format("x", "a.ssa") == "ssa"
    # a page's copy with its line ends lost reads the same
    flat = " ".join(ASS.split("\n"))
    t = clean(flat, format="ssa")
    assert t.text == ("The ferry leaves at noon, and it returns at six. Nobody waits on the "
                      "pier."), t.text


def test_text_that_is_no_substation_script_is_refused_or_read_as_text() -> None:
    assert detect_format("[Script notes]\nDialogue: we spoke at noon.\n") == "broadcast"
    with pytest.raises(ParseError):
        clean("[Script Info]\nTitle: empty\n", format="ssa")
    with pytest.raises(ParseError):
        clean("[Events]\nDialogue: 0,noon,0:00:02.00,Default,,0,0,0,,Hello.\n", format="ssa")


def test_a_word_made_from_a_listed_name_is_not_the_name() -> None:
    # a lecture's "a couple Yalies" became "a couple Yale" with the college listed: a word
    # made from the name (its final e dropped before "-ies") is a word of its own
    text = ("Our friends from Brooke came down. We invited a couple Brookies to the lab. "
            "Brooke is far away. They left early.")
    t = clean(text, names=["Brooke"])
    assert "a couple Brookies to the lab" in t.text, t.text
    t = clean("we went to the city of ossly. the osslians cheered. ossly won.", names=["Ossly"])
    assert "osslians" in t.text.lower() and "the Ossly cheered" not in t.text, t.text
    # a garble of the name with a letter typed twice is still the name
    t = clean("our friends from brooke came. the brookke team cheered. brooke won.",
              names=["Brooke"])
    assert "The Brooke team cheered" in t.text, t.text


def test_one_word_in_capitals_is_a_label_inside_a_line_on_a_page_of_capital_labels() -> None:
    # a lecture's transcript in one paragraph, its labels in capitals: "MARIA LOPEZ:" and
    # "TOM REED:" were read, "SAM:" after a sound cue inside the line stayed a word
    page = ("[MUSIC] MARIA LOPEZ: Welcome to the course. Today our guest is from the harbour "
            "office, and we have spent a lot of time on the small details of the tides and "
            "the ropes and the knots, so let me hand over to our assistant, Sam. [APPLAUSE] "
            "SAM: Thanks for having us. We brought a boat model along, and we hope that you "
            "will like it as much as we do when we take it out on the water. [APPLAUSE] "
            "TOM REED: Thanks, Sam. It is good to be here with all of you this morning.")
    t = clean(page)
    names = [x.display_name for x in t.turns]
    assert [a for k, a in enumerate(names) if not k or names[k - 1] != a] == [
        "MARIA LOPEZ", "SAM", "TOM REED"], t.turns
    assert "SAM:" not in t.text and "\n\nSAM: Thanks for having us." in t.to_text(), t.text
    # a page without capital labels, or with one-word ones only, keeps such a word as text
    for other in ("Welcome to the course, Sam. NOTE: bring a boat model along. It is good.",
                  "HOST: Welcome to the course. We begin at noon. NOTE: bring a boat model "
                  "along. It is good."):
        t = clean(other)
        assert "NOTE: bring" in t.text or "NOTE: Bring" in t.text, t.text


def test_a_radio_transcripts_credited_labels_are_labels() -> None:
    # public radio's transcripts credit each speaker in the label: "NAME, BYLINE:" for the
    # programme's reporters, "Mr. NAME (description):" for a guest; both stayed words
    page = ("This is the harbour hour. I'm Jane Doe.\n\n"
            "Tom Roe is a harbour pilot. He joins us from the quay.\n\n"
            "Mr. TOM ROE (Harbour Pilot, Port of Elm): Glad to be with you, Jane.\n\n"
            "DOE: What did you see this morning?\n\n"
            "Mr. ROE: Fog, mostly, and two ferries waiting.\n\n"
            "ANN LEE, BYLINE: And I was on one of them.\n\n"
            "DOE: That is quite a morning.\n")
    t = clean(page)
    labels = [x.label for x in t.turns if x.label]
    assert labels[-5:] == ["Mr. TOM ROE", "DOE", "Mr. ROE", "ANN LEE", "DOE"], t.turns
    assert "BYLINE" not in t.text and "Harbour Pilot" not in t.text, t.text
    assert all(page[c.start:c.end] == c.original for c in t.corrections)
    # the guest named again by surname is the same speaker
    ids = {x.label: x.speaker for x in t.turns if x.label}
    assert ids["Mr. TOM ROE"] == ids["Mr. ROE"] and ids["ANN LEE"] != ids["Mr. ROE"], ids
    # a role that is no speaker's credit, a lowercase name, a sentence: no label
    for line in ("PARIS, FRANCE: the talks went on.", "tom roe (the pilot): yes.",
                 "We met ROE (a pilot): he said yes."):
        t = clean("This is the harbour hour. Good morning.\n\n" + line + "\n")
        assert not [x for x in t.turns if x.label], (line, t.turns)


def test_a_surname_label_after_a_full_name_label_is_the_same_speaker() -> None:
    t = clean("JANE DOE: hello there, it is nice to be here.\n\nHOST: welcome to the "
              "programme.\n\nDOE: thank you for having me.\n")
    assert [x.speaker for x in t.turns] == ["S1", "S2", "S1"], t.turns
    # two speakers of that surname: no guess
    t = clean("JANE SMITH: hello.\n\nTOM SMITH: hi there.\n\nSMITH: yes, we agree.\n")
    assert len({x.speaker for x in t.turns}) == 3, t.turns


def test_a_writers_lowercase_after_a_colon_stands() -> None:
    # a podcast page's description, cased and punctuated by its writer: "Also: a group of
    # ten" became "Also: A group of ten" (read as a label and its speaker's first word)
    text = ("The ferry was late again. Nobody said a word. Also: a group of ten waited on "
            "the pier. It was cold. They left at noon.")
    assert "Also: a group of ten" in clean(text).text
    # lowercase caption text: a label's speaker's first word is capitalised as before
    assert "Boss: Hey, that is fine." in clean("we had a great day. boss: hey, that is fine.").text


def test_a_writers_lowercase_letters_stay_in_a_written_source() -> None:
    # a radio transcript marks a name spelt by ear "(ph)": it became "(PH)", an initialism
    text = ("Hello. This is Tomas (ph) from the harbour. I am here with the crew. We are at "
            "the pier. It was cold. They left.")
    assert "Tomas (ph) from" in clean(text).text
    # lowercase caption text: letters are cased as before
    assert "(PH)" in clean("this is tomas (ph). we watched the news.").text
    assert "the CEO spoke" in clean("this is tomas. we watched cnn and the ceo spoke.").text


def test_a_surname_label_after_a_self_introduction_is_that_speaker() -> None:
    # a radio host introduces himself ("I'm Jane Doe") and is labelled by surname later
    # ("DOE:"): one speaker, not a new one
    page = ("Good evening. This is the harbour hour. I'm Jane Doe, in Elm. Our guest tonight "
            "is a pilot.\n\nTOM ROE: glad to be here, Jane.\n\nDOE: what did you see?\n")
    t = clean(page, names=["Jane Doe", "Tom Roe"])
    assert [x.speaker for x in t.turns] == ["S1", "S2", "S1"], t.turns
    # another surname: another speaker
    t = clean(page.replace("DOE:", "LEE:"), names=["Jane Doe", "Tom Roe"])
    assert [x.speaker for x in t.turns] == ["S1", "S2", "S3"], t.turns


def test_our_numbered_speaker_labels_are_read_back_as_labels() -> None:
    # a second clean of our own text doubled its "Speaker 1:" and lost the turn
    # ("Speaker 1: Speaker 1: Good evening ... Speaker 2: Speaker 2: Thanks ... Speaker 1:
    # You are welcome." in one turn)
    first = clean("good evening. this is the harbour hour. i'm glad you could join us. "
                  ">> thanks for having me here. >> you are welcome.").to_text()
    assert first.startswith("Speaker 1: Good evening."), first
    assert clean(first).to_text() == first
    t = clean("Speaker 1: Good evening.\n\nSpeaker 2: Thanks for having me.\n\n"
              "Speaker 1: You are welcome.\n")
    assert [x.speaker for x in t.turns] == ["S1", "S2", "S1"] and "Speaker" not in t.text
    # inside a sentence it is text
    t = clean("The chair thanked the speaker: 2 more votes were cast. It was late.")
    assert "speaker: 2 more votes" in t.text, t.text
