"""Regressions from the qa54 round (fresh pages of new kinds: a defence ministry's briefing
transcript and its caption file, a press conference's transcript, the UN's noon briefing, a
science radio show's feed, a documentary's subtitles; `tests/data/qa54/README.md` has the
pages): caption files whose line breaks were lost read as their cues, names an editor set
into a sentence in brackets kept, a written page cut mid-sentence ended with "…"; each on
constructed text of the shape a page showed, with negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import transcript_tools as tt
from transcript_tools import clean
from transcript_tools.readers.captionfile import unflatten_cues

_SRT = ("1\n00:00:01,200 --> 00:00:03,400\nThe tide comes in twice a day\n\n"
        "2\n00:00:03,500 --> 00:00:06,100\nand the herons wait on the mudflats.\n\n"
        "3\n00:00:06,300 --> 00:00:08,900\nEvery creature here keeps the tide's time.\n\n"
        "4\n00:00:09,000 --> 00:00:11,000\nEven the crabs, 40 of them.\n")
_VTT = ("WEBVTT\n\n00:01.000 --> 00:02.500\n- Good morning.\n\n"
        "00:03.000 --> 00:05.200\nThe depot opens at nine\n\n"
        "00:05.300 --> 00:07.000\nand the first buses leave at ten.\n")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _record(source: str, **kw: object) -> dict:  # type: ignore[type-arg]
    return json.loads(clean(source, **kw).to_json())  # type: ignore[arg-type,no-any-return]


def test_an_srt_file_whose_line_breaks_were_lost_is_read_as_its_cues(tmp_path: Path) -> None:
    flat = _flat(_SRT)
    path = tmp_path / "tide.srt"
    path.write_text(flat + "\n", encoding="utf-8")
    doc = tt.read(path)
    assert [d.code for d in doc.diagnostics] == ["flat-cues"]
    assert [a.seconds for a in doc.anchors if a.kind == "cue"] == [1.2, 3.5, 6.3, 9.0]
    record = _record(flat)                           # detected as SRT without a file name
    assert record["text"].startswith("The tide comes in twice a day and the herons")
    assert "00:00" not in record["text"] and "-->" not in record["text"]
    assert "40 of them." in record["text"]           # a number at a cue's end stays text
    assert len(record["cues"]) >= 4
    for c in record["corrections"]:                  # traced to the file as it was
        assert flat[c["start"]:c["end"]] == c["original"]
    # the same text saved as .txt is read as SRT too
    txt = tmp_path / "tide.txt"
    txt.write_text(flat + "\n", encoding="utf-8")
    assert tt.read(txt).metadata["format"] == "srt"


def test_a_flat_srt_cut_inside_its_last_timing_and_a_flat_webvtt_file_are_read() -> None:
    cut = _flat(_SRT)[:-len("00:11,000 Even the crabs, 40 of them.")]
    assert cut.endswith("4 00:00:09,000 --> 00:")
    record = _record(cut)
    assert record["text"].endswith("keeps the tide's time.")
    assert "09,000" not in record["text"]
    record = _record(_flat(_VTT))
    assert record["text"] == ("Good morning. The depot opens at nine and the first buses "
                              "leave at ten.")


def test_a_caption_file_with_its_line_breaks_is_left_as_it_is() -> None:
    assert unflatten_cues(_SRT, "srt") is None
    assert unflatten_cues(_VTT, "vtt") is None
    # one timing to a line, settings after it: not run together
    assert unflatten_cues(_VTT.replace("00:07.000\n", "00:07.000 align:start\n"), "vtt") is None


def test_flat_cues_that_cannot_be_told_from_their_text_are_refused() -> None:
    # SRT cues without their numbers, and a timing glued to the word before it
    unnumbered = _flat(_SRT).replace(" 2 00:", " 00:").replace(" 3 00:", " 00:")
    with pytest.raises(tt.ParseError, match="cue timings run together on one line"):
        clean(unnumbered, format="srt")
    glued = _flat(_VTT).replace("nine 00:05.300", "nine00:05.300")
    with pytest.raises(tt.ParseError, match="cue timings run together on one line"):
        clean(glued, format="vtt")


_BRIEFING = (
    "Good afternoon. The envoy travelled to Vellmar yesterday, where he met with the "
    "country's Foreign Minister [Odrik Tessaval] Tessaval Brun and the mayor. He also spoke "
    "to students at [Harnwick] College's law school about the ceasefire. The talks, he said, "
    "[Laughter] went well. Reporters asked about the convoy. He said the road [inaudible] was "
    "open again. We will have more for you tomorrow.\n\n"
    "[Applause] Thank you all for coming. We will take questions at three.\n")


def test_a_name_an_editor_set_into_a_sentence_in_brackets_is_kept() -> None:
    record = _record(_BRIEFING)
    text = record["text"]
    assert "Foreign Minister [Odrik Tessaval] Tessaval Brun" in text
    assert "students at [Harnwick] College's" in text
    # sound cues and notes go, between two words or at a line's start
    assert "Laughter" not in text and "inaudible" not in text and "Applause" not in text
    assert "he said, went well" in text or "he said went well" in text.replace(",", "")
    cues = [c["original"] for c in record["corrections"] if c["rule"] == "sound-cue"]
    assert "[Laughter]" in cues and "[Applause]" in cues
    assert "[Odrik Tessaval]" not in cues and "[Harnwick]" not in cues


def test_a_bracketed_name_alone_or_after_a_sentence_end_is_still_a_cue() -> None:
    # a speaker's tag opening a line, and a name in brackets after a stop, as before
    record = _record("The ferry was late again. [Harnwick] Where were you?\n"
                     "[Odrik] I was on the quay.\n")
    assert "[Harnwick]" not in record["text"] and "[Odrik]" not in record["text"]


_CONFERENCE = (
    "THE MODERATOR:  Questions for the players.\n\n"
    "Q.  How did the second half feel?\n"
    "ANNA REYES:  Better. We moved the ball and the shots fell.\n\n"
    "Q.  And the crowd?\n"
    "ANNA REYES:  Loud all night. They love to get behind us early")


def test_a_written_page_cut_mid_sentence_ends_with_an_ellipsis() -> None:
    text = clean(_CONFERENCE).to_text()
    assert text.endswith("They love to get behind us early\u2026\n")
    assert "early." not in text


def test_a_written_page_whose_turns_are_not_all_closed_keeps_its_stop() -> None:
    # the writer left a turn open before the last (a question without its mark, an answer
    # ending on a comma): an open last turn says nothing of a cut
    for open_turn in (_CONFERENCE.replace("And the crowd?", "And the crowd"),
                      _CONFERENCE.replace("Better. We moved the ball and the shots fell.",
                                          "Better, we moved the ball")):
        assert clean(open_turn).to_text().endswith("behind us early.\n")
    # a lowercase caption page is no written page: its end is the sentence model's
    caption = ">> questions for the players.\n>> how did it feel?\n>> better. we moved the ball " \
        "and they love to get behind us early"
    assert clean(caption).to_text().endswith("early.\n")


def test_a_place_and_its_state_or_country_stay_on_one_line() -> None:
    from transcript_tools.linebreak import BreakCosts

    costs = BreakCosts()
    for words in (["in", "Savannah,", "Georgia."], ["near", "Lyon,", "France,", "and"],
                  ["from", "Reno,", "Nevada"]):
        assert costs.costs(words, [False] * len(words))[1] >= 8.0, words
    # a list of countries, a word that is no place, a city after a sentence start: the
    # comma's own cheap break
    for words in (["France,", "Germany", "and"], ["Well,", "France", "is"],
                  ["Today,", "Georgia", "votes"]):
        assert costs.costs(words, [False] * len(words))[0] <= 1.0, words


def test_captions_keep_a_city_and_its_state_in_one_cue() -> None:
    vtt = ("WEBVTT\n\n00:12.470 --> 00:16.370\nFirst, we send our sympathy to the families\n\n"
           "00:16.730 --> 00:18.350\nof the four deckhands who drowned\n\n"
           "00:18.350 --> 00:21.963\nin a barge fire yesterday in Natchez, Mississippi.\n\n"
           "00:22.830 --> 00:24.680\nWe also want to share our thoughts and prayers\n\n"
           "00:24.680 --> 00:27.230\nwith the family, friends and shipmates\n\n"
           "00:27.230 --> 00:32.163\nof Deckhand Omar Reyes of Greenville, Texas.\n\n"
           "00:33.340 --> 00:36.310\nDeckhand Reyes had served on the river for ten years.\n")
    out = clean(vtt, format="vtt").to_srt()
    lines = [line for line in out.splitlines() if line and "-->" not in line
             and not line.isdigit()]
    assert "in Natchez, Mississippi." in lines and "of Greenville, Texas." in lines, out
    # the comma between two of a list's places, or after a word that is no place, still
    # breaks where the layout needs it (the costs above)


def test_check_says_a_caption_file_whose_line_breaks_were_lost_shows_no_cue() -> None:
    from transcript_tools.check import check_captions

    for text, fmt in ((_flat(_SRT), "srt"), (_flat(_VTT), "vtt")):
        got = check_captions(text, format=fmt)
        assert [v.rule for v in got] == ["timing"], got
        assert "run together on one line" in got[0].message
    # the same cues with their line ends: no such violation
    for text, fmt in ((_SRT, "srt"), (_VTT, "vtt")):
        assert not [v for v in check_captions(text, format=fmt) if v.rule == "timing"]
