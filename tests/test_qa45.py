"""Regressions from the qa45 round (subtitle files' dialogue dashes as a change of speaker,
issue 5): a subtitle site's stamped subtitles with dashes opening a line, after a sentence's
end with a space ("Ready? - Yes") or glued to it ("Ready?- Yes"), and an SRT cue whose dash
follows an SSA override block; each on constructed text of the shape a page showed
(`tests/data/qa45/README.md` has the pages), with the dashes inside a sentence as negatives."""

from __future__ import annotations

import json

from transcript_tools import Cleaner, clean
from transcript_tools.readers.broadcast import DIALOGUE_DASH_RE


def _turns(source: str) -> list[tuple[str, str]]:
    """Each output turn's speaker id and text."""
    record = json.loads(Cleaner().clean(source).to_json())
    return [(t["speaker_id"], t["text"]) for t in record["turns"]]


PAGE = ("Pond Day\n\nDownload Subtitles\n\nTranscript\n\n"
        "0:00:03 > 0:00:06Welcome back to the garden pond.\n\n"
        "0:00:06 > 0:00:09- Shall we feed the fish?- Yes, please!\n\n"
        "0:00:09 > 0:00:12- How many pellets? - Just a pinch.\n\n"
        "0:00:12 > 0:00:15Only a pinch, or they get too full.\n\n"
        "0:00:15 > 0:00:18- Are the frogs back yet? -Not yet.\n")


def test_a_subtitle_sites_dialogue_dashes_change_the_voice_and_go_as_markup() -> None:
    doc = clean(PAGE)
    assert "-" not in doc.text, doc.text
    turns = _turns(PAGE)
    # each dash opens a new turn: the opening words, then six dashed ones
    assert [t for _, t in turns] == [
        "Welcome back to the garden pond.", "Shall we feed the fish?", "Yes, please!",
        "How many pellets?", "Just a pinch. Only a pinch, or they get too full.",
        "Are the frogs back yet?", "Not yet."], turns
    # two voices alternate: the reply is the other voice, the next question the first again
    speakers = [s for s, _ in turns[1:]]
    assert speakers[0] != speakers[1] and speakers[0] == speakers[2], speakers
    dashes = [e for e in doc.corrections if e.rule == "speaker-dash"]
    assert len(dashes) == 6 and all(e.original == "-" for e in dashes), dashes
    assert all(PAGE[e.start:e.end] == e.original for e in doc.corrections)


def test_dashes_inside_a_sentence_on_a_subtitle_page_stay() -> None:
    page = ("0:00:03 > 0:00:06- Is it a two-way street?- Yes!\n\n"
            "0:00:06 > 0:00:09It is open 2-3 days a week, well - I think so.\n\n"
            "0:00:09 > 0:00:12They drove along the U.S.-Canada border, an anti-war march.\n\n"
            "0:00:12 > 0:00:15It dropped to -20 degrees.\n")
    doc = clean(page)
    for kept in ("two-way", "2-3", "well - I think", "U.S.-Canada", "anti-war", "-20"):
        assert kept in doc.text, (kept, doc.text)
    turns = _turns(page)
    assert len(turns) == 2, turns  # the one exchange: question, then the reply to the end
    assert turns[0][1] == "Is it a two-way street?", turns
    assert turns[1][1].startswith("Yes! It is open 2-3 days"), turns


def test_a_lone_dash_on_a_subtitle_page_is_no_mark_of_its_own() -> None:
    # one dash only: no page of dialogue dashes (a slip, or a hyphen's line), read as before
    page = ("0:00:03 > 0:00:06We planted the beans today.\n\n"
            "0:00:06 > 0:00:09- Next we water them.\n\n"
            "0:00:09 > 0:00:12They grow by the fence.\n")
    doc = clean(page)
    assert not [e for e in doc.corrections if e.rule == "speaker-dash"], doc.corrections


def test_glued_dashes_outside_a_subtitle_page_are_read_as_before() -> None:
    # broadcast caption text with no stamped subtitles: "done.- Yes" is no speaker mark
    doc = clean("we are nearly done.- yes we are. and the vote is on friday.- right.\n")
    assert not [e for e in doc.corrections if e.rule == "speaker-dash"], doc.corrections


def test_the_dialogue_dash_pattern() -> None:
    found = {t: [m.start() for m in DIALOGUE_DASH_RE.finditer(t)] for t in (
        "Done.- Yes!", "Done? - Yes!", "Done! -Yes", "Done. - # Sing along", "Done.- [laughs]",
        "well - I think", "2-3 days", "U.S.-Canada", "so-called", "Done. -- No", "Done. -20")}
    assert found["Done.- Yes!"] == [5] and found["Done? - Yes!"] == [6]
    assert found["Done! -Yes"] == [6] and found["Done. - # Sing along"] == [6]
    assert found["Done.- [laughs]"] == [5]
    for t in ("well - I think", "2-3 days", "U.S.-Canada", "so-called", "Done. -- No",
              "Done. -20"):
        assert found[t] == [], (t, found[t])


def test_an_srt_dialogue_dash_after_an_ssa_override_block() -> None:
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n{\\an8}- Is the bus late?\n- It is never on time.\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\n{\\an8}- Shall we walk?\n- Let's.\n")
    doc = clean(srt, format="srt")
    assert "-" not in doc.text, doc.text
    turns = _turns(srt)
    assert [t for _, t in turns] == ["Is the bus late?", "It is never on time.",
                                     "Shall we walk?", "Let's."], turns
    assert turns[0][0] == turns[2][0] != turns[1][0], turns
    assert all(srt[e.start:e.end] == e.original for e in doc.corrections)
    # a dash inside the line after the block is no mark ("{\\an8}Wait - what?")
    doc = clean("1\n00:00:01,000 --> 00:00:03,000\n{\\an8}Wait - what was that?\n",
                format="srt")
    assert "Wait - what was that?" in doc.text, doc.text


def test_a_video_sites_stamped_lines_with_a_dash_each_are_no_dialogue() -> None:
    # a transcript stamped with each line's start alone ("00:16 - first") may set a list's
    # bullet before its items: no subtitle site's dialogue, the dashes no speaker marks
    page = ("00:01 Here are the three rules of the allotment.\n"
            "00:05 - Close the gate behind you.\n"
            "00:09 - Water before noon.\n"
            "00:12 - Share the spare seeds.\n")
    doc = clean(page)
    assert not [e for e in doc.corrections if e.rule == "speaker-dash"], doc.corrections


def test_a_speakers_tag_after_an_ssa_override_block_opens_the_line() -> None:
    # "{\\an8}[Ann] Look!" and "{\\an8}- [Ann] Look!": the tag was read as a sound cue (the
    # label looked for at the block), the name lost
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n[door creaks]\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\n{\\an8}[Ann] Is anyone home?\n\n"
           "3\n00:00:05,000 --> 00:00:07,000\n{\\an8}- [Tom] In the kitchen.\n- [Ann] Coming.\n")
    turns = [t for t in _turns(srt) if t[1]]  # (the sound cue's turn has no words)
    doc = clean(srt, format="srt")
    assert "Ann" not in doc.text and "Tom" not in doc.text and "{" not in doc.text, doc.text
    assert [t for _, t in turns] == ["Is anyone home?", "In the kitchen.", "Coming."], turns
    assert turns[0][0] == turns[2][0] != turns[1][0], turns
    assert all(srt[e.start:e.end] == e.original for e in doc.corrections)
    # a bracketed sound after the block stays a sound cue, no name
    doc = clean("1\n00:00:01,000 --> 00:00:03,000\n{\\an8}[door creaks] Hello?\n\n"
                "2\n00:00:03,000 --> 00:00:05,000\nWho is there?\n", format="srt")
    assert not [e for e in doc.corrections if e.rule == "speaker-label"], doc.corrections


def test_an_srt_dialogue_lines_second_dash_glued_to_the_sentence_before() -> None:
    # "- Are you coming?- Yes." in one cue line, as a subtitle site types the two lines: the
    # second dash was kept in the reply's turn of the first voice
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n- Is the ferry running?- Yes, every hour.\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\n- We crossed the U.S.-Canada line.- Did you?\n\n"
           "3\n00:00:05,000 --> 00:00:07,000\nIt was 3.- 2 at half time, well - nearly.\n")
    turns = _turns(srt)
    assert [t for _, t in turns] == [
        "Is the ferry running?", "Yes, every hour.", "We crossed the U.S.-Canada line.",
        "Did you? It was 3.- 2 at half time, well - nearly."], turns
    assert [s for s, _ in turns] == ["S1", "S2", "S1", "S2"], turns
