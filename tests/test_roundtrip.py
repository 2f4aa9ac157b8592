"""Our own outputs read back (qa43): a labelled text's paragraphs read as turns with their
labels, on any page; a colon in a sentence stays words."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import Transcript, Turn, clean, parse, read

TWO = ("Marta Olsen: Welcome back to the garden hour. Today we talk about tomatoes in "
       "cold spring weather.\n\n"
       "Pieter Vos: Thanks for having me. The trick is to wait for warm soil.\n\n"
       "Marta Olsen: And what about the seedlings on the windowsill?\n")


def test_labelled_paragraphs_read_as_labels() -> None:
    doc = parse(TWO, path="x.txt")
    assert [k.label for k in doc.markers if k.kind == "label"] == [
        "Marta Olsen", "Pieter Vos", "Marta Olsen"]
    words = [t.text for t in doc.tokens]
    assert "Marta" not in words[:3] and words[:2] == ["Welcome", "back"]


def test_labelled_text_cleaned_again_keeps_turns(tmp_path: Path) -> None:
    path = tmp_path / "garden.txt"
    path.write_text(TWO, encoding="utf-8")
    t = clean(read(path))
    assert [turn.display_name for turn in t.turns] == ["Marta Olsen", "Pieter Vos",
                                                      "Marta Olsen"]
    assert "Marta Olsen:" not in t.text
    assert t.to_text().count("Marta Olsen:") == 2
    again = tmp_path / "again.txt"
    again.write_text(t.to_text(), encoding="utf-8")
    assert clean(read(again)).to_text() == t.to_text()


def test_one_named_paragraph_reads_its_label() -> None:
    doc = parse("Marta Olsen: Good evening. Tonight we visit three gardens in the north. "
                "First, the rain.\n", path="x.txt")
    assert [k.label for k in doc.markers] == ["Marta Olsen"]


def test_a_colon_in_a_sentence_is_no_label() -> None:
    for text in ("The rule: no phones in the reading room.\n",
                 "House rules: no phones. Quiet after ten.\n",
                 "Washington: The council met on Monday. It voted twice.\n"):
        doc = parse(text, path="x.txt")
        assert not [k for k in doc.markers if k.kind == "label"], text


def test_a_page_with_one_unlabelled_paragraph_reads_no_paragraph_labels() -> None:
    text = ("Background: The library opened in 1902. It moved twice.\n\n"
            "It now lends tools as well as books.\n\n"
            "Hours: The doors open at nine.\n")
    doc = parse(text, path="x.txt")
    assert not [k for k in doc.markers if k.kind == "label"]


SRT = """1
00:00:01,000 --> 00:00:03,500
Good morning and welcome to the
allotment show on a wet Saturday.

2
00:00:03,600 --> 00:00:06,000
- Did you lock the shed last night?
- I did, and the gate too.

3
00:00:06,100 --> 00:00:09,800
Then the seedlings should be safe
from the foxes for another week.

4
00:00:09,900 --> 00:00:12,500
- What about the frost tonight?
- We cover the beds with fleece.

5
00:00:12,600 --> 00:00:16,000
It works well if you pin it
down at the corners against wind.
"""


def _again(tmp_path: Path, text: str, ext: str) -> Transcript:
    path = tmp_path / f"again{ext}"
    path.write_text(text, encoding="utf-8")
    return clean(read(path))


def test_our_webvtt_and_srt_read_back_keep_cues_and_speakers(tmp_path: Path) -> None:
    path = tmp_path / "show.srt"
    path.write_text(SRT, encoding="utf-8")
    t = clean(read(path))
    assert len({turn.speaker for turn in t.turns}) == 2
    assert not any(turn.label for turn in t.turns)
    vtt = t.to_webvtt()
    assert "<v Speaker 2>- Did you lock" in vtt
    # a too-fast first cue borrowed time from the next once: not again on each cleaning
    assert t.cues[0].end > 3.5
    for text, ext in ((vtt, ".vtt"), (t.to_srt(), ".srt")):
        t2 = _again(tmp_path, text, ext)
        assert [c.lines for c in t2.cues] == [c.lines for c in t.cues], ext
        assert [turn.display_name for turn in t2.turns] == [
            turn.display_name for turn in t.turns], ext
    t2 = _again(tmp_path, vtt, ".vtt")
    assert [(c.start, c.end) for c in t2.cues] == [(c.start, c.end) for c in t.cues]
    assert t2.to_webvtt() == vtt
    # read back from WebVTT, "Speaker 2" is the voice it was, no name: SRT prints no label
    assert t2.to_srt() == t.to_srt()
    assert "SPEAKER" not in t2.to_srt()


def test_a_named_voice_still_labels_srt(tmp_path: Path) -> None:
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana Ruiz>Good evening, the river "
           "rose again today.\n\n00:00:04.100 --> 00:00:07.000\n<v Tom Lee>It reached the "
           "bridge by noon.\n")
    t = _again(tmp_path, vtt, ".vtt")
    srt = t.to_srt()
    assert "ANA RUIZ: Good evening" in srt and "TOM LEE: It reached" in srt


def test_numbered_voice_is_no_name() -> None:
    assert not Turn(0, 1, "S2", label="Speaker 2").named
    assert Turn(0, 1, "S2", label="Ana Ruiz").named
    assert Turn(0, 1, "S2", label="Speaker of the House").named
    assert not Turn(0, 1, "S2").named


def test_our_json_read_back_keeps_speakers_and_cue_times(tmp_path: Path) -> None:
    path = tmp_path / "show.srt"
    path.write_text(SRT.replace("the gate too", "the café gate too"), encoding="utf-8")
    t = clean(read(path))
    data = t.to_json()
    assert "\\u00e9" in data or "é" in data
    again = tmp_path / "again.json"
    again.write_text(data, encoding="utf-8")
    doc = read(again)
    t2 = clean(doc)
    assert t2.text == t.text
    assert [turn.display_name for turn in t2.turns] == [turn.display_name for turn in t.turns]
    assert [(c.start, c.end, c.lines) for c in t2.cues] == [
        (c.start, c.end, c.lines) for c in t.cues]
    # every change still traceable to the JSON's characters
    assert all(doc.source[e.start:e.end] == e.original for e in t2.corrections)


def test_other_json_with_a_text_field_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text('{"text": "the bridge opens at noon and the ferry runs till six"}',
                    encoding="utf-8")
    t = clean(read(path))
    assert "bridge opens at noon" in t.text
    assert not t.turns or len({turn.speaker for turn in t.turns}) == 1


OURS = """WEBVTT

NOTE made by transcript-tools 0.1.0

00:00:01.000 --> 00:00:03.000
<v Speaker 1>the harbour wall was rebuilt

00:00:03.084 --> 00:00:06.000
<v Speaker 2>after the storm of the winter, said the mayor.
"""


def test_our_voice_change_without_a_stop_gets_none() -> None:
    assert clean(parse(OURS, path="a.vtt")).text == (
        "The harbour wall was rebuilt after the storm of the winter, said the mayor.")


def test_another_webvtt_voice_change_still_ends_the_sentence() -> None:
    other = OURS.replace("NOTE made by transcript-tools 0.1.0", "NOTE from the archive")
    assert "rebuilt. After the storm" in clean(parse(other, path="a.vtt")).text
