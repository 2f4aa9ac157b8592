"""The WebVTT and SRT writers build webvtt-py objects without its string round trip: the
times, captions and files they make are exactly what webvtt-py's own constructors make."""

from __future__ import annotations

import io

import pytest
import webvtt
from hypothesis import given
from hypothesis import strategies as st
from webvtt import srt as webvtt_srt
from webvtt.errors import MalformedCaptionError
from webvtt.models import Timestamp

import transcript_tools as tt
from transcript_tools.model import Cue
from transcript_tools.writers import srt
from transcript_tools.writers import webvtt as vtt_writer


def _webvtt_stamp(seconds: float) -> str:
    """The writers' time text as webvtt-py computes it."""
    return str(Timestamp.from_seconds(round(max(0.0, seconds), 3)))


@given(st.floats(min_value=-10, max_value=2e9, allow_nan=False) |
       st.integers(min_value=0, max_value=10 ** 11).map(lambda k: k / 1000) |
       st.integers(min_value=0, max_value=10 ** 11).map(lambda k: (k + 0.5) / 1000) |
       st.integers(min_value=0, max_value=10 ** 8).map(lambda k: k / 1000 * (1 + 1e-12)))
def test_times_are_webvtt_pys(seconds: float) -> None:
    text = _webvtt_stamp(seconds)
    assert vtt_writer.stamp(seconds) == text
    made = vtt_writer.timestamp(seconds)
    assert str(made) == text and made == Timestamp.from_string(text)
    assert made.in_milliseconds() == Timestamp.from_string(text).in_milliseconds()


def test_times_webvtt_py_refuses_are_still_refused() -> None:
    for bad in (float("inf"), 1e16):
        with pytest.raises(MalformedCaptionError):
            vtt_writer.stamp(bad)
    assert vtt_writer.stamp(float("nan")) == _webvtt_stamp(float("nan")) == "00:00:00.000"


def _doc() -> tt.Transcript:
    return tt.clean("9:00 am\n>> ANNA: is 3 < 4 & 5 > 2? a <b>bold</b> move. >> BEN: yes. "
                    "it was an exceedingly long answer that goes on and on for several lines "
                    "of captions --> arrows included. >> ANNA: good.\n9:01 am\n")


def test_captions_equal_webvtt_pys_own() -> None:
    doc = _doc().document
    doc = doc.replace(cues=doc.cues + (Cue(3600.5, 3601.25, ("late  cue", ""), None, 0, 1),))
    made = vtt_writer.captions(doc.cues, voices=True)
    assert len(made) == len(doc.cues) > 3
    slow = []
    for c, cue in zip(made, doc.cues):
        own = webvtt.Caption(_webvtt_stamp(cue.start), _webvtt_stamp(cue.end), list(c.lines))
        assert c == own and vars(c).keys() == vars(own).keys()
        assert (c.start, c.end) == (own.start, own.end)
        one = vtt_writer.caption(cue.start, cue.end, list(c.lines))
        assert one == own and vars(one).keys() == vars(own).keys()
        slow.append(own)
    header = ["made by"]
    assert webvtt.WebVTT(captions=made, header_comments=header).content == \
        webvtt.WebVTT(captions=slow, header_comments=header).content


@pytest.mark.parametrize("labels", [True, False])
def test_srt_is_what_webvtt_py_writes_for_captions(labels: bool) -> None:
    doc = _doc().document
    assert any("‹" in c for c in srt.write(doc).split("\n"))
    captions = []
    previous = None
    # (SRT's own cues where they differ: a named turn's first cue keeps the label's room in
    # SRT, its lines are set for the full line in WebVTT, cap8)
    for cue, lines in vtt_writer.checked(doc.srt_cues or doc.cues):
        if labels and cue.speaker and cue.speaker != previous:
            lines[0] = f"{cue.speaker.upper()}: {lines[0]}"
        previous = cue.speaker
        lines = [srt._TAG_LIKE.sub(srt._unbracket, line) for line in lines]
        captions.append(webvtt.Caption(_webvtt_stamp(cue.start), _webvtt_stamp(cue.end),
                                       lines))
    out = io.StringIO()
    webvtt_srt.write(out, captions)
    # webvtt-py stops after the last cue's text; ours ends it with a blank line as every cue
    assert srt.write(doc, speaker_labels=labels) == out.getvalue() + "\n\n"


def test_srt_keeps_a_bracket_that_makes_no_tag() -> None:
    # only a "<...>" run could be read as a tag: a lone "<" stays as written
    t = tt.clean("1\n00:00:01,000 --> 00:00:03,000\nBy the way, 2 < 3 here.\n\n"
                 "2\n00:00:04,000 --> 00:00:06,000\nType <enter> to go on.\n", format="srt")
    out = t.to_srt()
    assert "2 < 3 here." in out and "Type ‹enter› to go on." in out


def test_srt_ends_every_cue_with_a_blank_line() -> None:
    out = tt.clean("1\n00:00:01,000 --> 00:00:03,000\nhello there.\n\n"
                   "2\n00:00:14,000 --> 00:00:16,000\ngood evening to you\n", format="srt")
    srt_text = out.to_srt()
    assert srt_text.endswith("evening to you.\n\n")
    assert srt_text.count("\n\n") == len(out.cues) == 2
    assert tt.clean("", format="srt").to_srt() == ""


def test_a_single_named_voice_is_kept_in_every_output() -> None:
    t = tt.clean("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Fred>we went to the market "
                 "today\n\n00:00:04.500 --> 00:00:07.000\n<v Fred>and it was closed\n")
    assert {turn.display_name for turn in t.turns} == {"Fred"}
    assert "<v Fred>We went" in t.to_webvtt()
    assert "\nFRED: We went" in t.to_srt()
    assert t.to_text().startswith("Fred: We went")
    # an unnamed single speaker still gets no label
    bare = tt.clean("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nwe went to the market\n")
    assert "<v" not in bare.to_webvtt() and ":" not in bare.to_text()


@pytest.mark.parametrize("batch", [1, 2, 3, 1000])
def test_webvtt_in_batches_is_webvtt_pys_whole_file(batch: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`parts` serialises a batch of cues at a time; joined, they are the file webvtt-py
    writes for all the cues at once (the batch edges fall between cues and at the end)."""
    doc = _doc().document
    assert len(doc.cues) > 3
    whole = webvtt.WebVTT(captions=vtt_writer.captions(doc.cues, voices=True),
                          header_comments=[f"made by transcript-tools {tt.__version__}"])
    monkeypatch.setattr(vtt_writer, "_BATCH", batch)
    got = list(vtt_writer.parts(doc))
    assert len(got) == -(-len(doc.cues) // batch)
    assert "".join(got) == vtt_writer.write(doc) == whole.content
    assert webvtt.from_buffer(io.StringIO("".join(got))).captions[-1].text == \
        whole.captions[-1].text


def test_webvtt_of_no_cues_is_a_header_only() -> None:
    doc = _doc().document.replace(cues=())
    assert list(vtt_writer.parts(doc)) == [vtt_writer.write(doc)]
    assert vtt_writer.write(doc).startswith("WEBVTT\n\nNOTE made by transcript-tools")


def test_out_of_order_cues_fail_before_any_part() -> None:
    doc = _doc().document
    late, early = doc.cues[1], doc.cues[0]
    made = vtt_writer.parts(doc.replace(cues=(late, early) + doc.cues[2:]))
    with pytest.raises(ValueError, match="out of order"):
        next(made)


def test_out_of_order_cues_past_the_first_batch_fail_before_any_part(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The cues' lines are made a batch at a time, but their order is tested for all of
    them before the first batch is given: no half-written file."""
    doc = _doc().document
    monkeypatch.setattr(vtt_writer, "_BATCH", 1)
    *head, before, last = doc.cues
    made = vtt_writer.parts(doc.replace(cues=(*head, last, before)))
    with pytest.raises(ValueError, match=f"cue {len(doc.cues)} "):
        next(made)
    assert len(list(vtt_writer.parts(doc))) == len(doc.cues)  # in order: a part a cue


def test_unnamed_speakers_get_no_label_in_srt_and_share_a_dialogue_cue() -> None:
    """Subtitles name a speaker only when known: no "SPEAKER 2:" in SRT; a source cue's
    dialogue of two unnamed speakers stays one cue, each line opening with "- ", each in its
    voice span in WebVTT; a named speaker keeps its "NAME:" prefix; text keeps its labels."""
    from transcript_tools import clean

    srt = ("1\n00:00:01,000 --> 00:00:03,000\n- Are you ready to go?\n- Not yet, sorry.\n\n"
           "2\n00:00:04,000 --> 00:00:06,000\nPILOT: Doors closing in five minutes.\n")
    t = clean(srt, format="srt")
    out = t.to_srt()
    assert "SPEAKER" not in out
    assert "- Are you ready to go?\n- Not yet, sorry." in out
    assert "PILOT: Doors closing" in out
    vtt = t.to_webvtt()
    assert "<v Speaker 1>- Are you ready to go?</v>\n<v Speaker 2>- Not yet, sorry." in vtt
    assert "Speaker 1: Are you ready to go?" in t.to_text()
    again = clean(vtt, format="vtt")
    assert again.text == t.text
    assert [x.display_name for x in again.turns] == [x.display_name for x in t.turns]
