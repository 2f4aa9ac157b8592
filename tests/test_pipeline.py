"""The whole pipeline on the real sample transcript."""

from __future__ import annotations

import io
import json

import regex
import webvtt

from transcript_tools import Options, clean, read

from .conftest import EXAMPLES

CLOCK_LINE = regex.compile(r"\b\d{1,2}:\d{2}\s*(?:am|pm)\b", regex.I)


def test_sample_json_has_no_clock_lines_and_every_edit_traces(sample_text, sample_names,
                                                               sample_article) -> None:
    t = clean(sample_text, names=sample_names, references=[sample_article])
    record = json.loads(t.to_json())
    assert record["schema"] == "transcript-tools/1"
    assert set(record) >= {"metadata", "text", "corrections", "suggestions", "turns", "cues"}
    assert not CLOCK_LINE.search(record["text"])
    assert sum(1 for e in record["corrections"] if e["rule"] == "wall-clock") == 24
    for e in record["corrections"] + record["suggestions"]:
        assert sample_text[e["start"]:e["end"]] == e["original"]
        assert 0.0 <= e["confidence"] <= 1.0
    assert t.replay() == record["text"]
    for turn in record["turns"]:
        assert set(turn) >= {"speaker", "role", "start", "end", "source_start", "source_end",
                             "text"}
    for cue in record["cues"]:
        assert set(cue) >= {"start", "end", "text", "speaker"}


def test_sample_webvtt_parses_and_cues_rise(sample_text, sample_names) -> None:
    t = clean(sample_text, names=sample_names)
    vtt = webvtt.from_buffer(io.StringIO(t.to_webvtt()))
    assert len(vtt.captions) == len(t.cues) > 50
    starts = [c.start_time.in_milliseconds() for c in vtt.captions]
    assert starts == sorted(starts)
    for a, b in zip(vtt.captions, vtt.captions[1:]):
        assert a.end_time.in_milliseconds() <= b.start_time.in_milliseconds()
    srt = t.to_srt()
    # SRT writes the same cues but in a turn whose first cue has no room for ">> " (ux5)
    srt_cues = t.document.srt_cues or t.cues
    assert len(webvtt.from_buffer(io.StringIO(srt), format="srt").captions) == len(srt_cues)
    assert 0 < sum(c not in t.cues for c in srt_cues) < len(srt_cues) // 10


def test_every_source_word_is_kept_or_accounted_for(sample_text, sample_names) -> None:
    t = clean(sample_text, names=sample_names)
    doc = t.document
    covered = sorted((e.start, e.end) for e in doc.edits)
    kept = t.text.casefold()
    import bisect
    starts = [s for s, _ in covered]
    for tok in doc.tokens:
        k = bisect.bisect_right(starts, tok.start) - 1
        in_edit = k >= 0 and covered[k][0] <= tok.start and tok.end <= covered[k][1]
        assert in_edit or tok.text.casefold() in kept


def test_stages_can_be_switched_off(sample_text) -> None:
    raw = clean(sample_text, options=Options(casing=False, names=False, artifacts=False,
                                             punctuation=False, spelling=False, numbers=False))
    assert raw.text == read(EXAMPLES / "broadcast_interview_2020-10.txt").text()


def test_lexicon_names_are_spelled_as_listed(sample_text, sample_names) -> None:
    t = clean(sample_text, names=sample_names)
    assert "Nagorno-Karabakh" in t.text and "nagorno-karabakh" not in t.text
    assert "Azerbaijan" in t.text


def test_per_token_pieces_are_not_kept_past_the_last_stage_that_reads_them(sample_text) \
        -> None:
    """`Cleaner.run` hands the per-token pieces to the last stage before `timing` (turns),
    which frees them with its list; the stages before it share them. Same text either way."""
    from transcript_tools import Cleaner, parse, replay

    cleaner = Cleaner()
    kept: dict[str, bool] = {}

    def watched(name, stage):  # type: ignore[no-untyped-def]
        def run(doc):  # type: ignore[no-untyped-def]
            out = stage(doc)
            kept[name] = id(doc.tokens) in replay._BASES
            return out
        return run

    plain = cleaner.run(parse(sample_text))
    cleaner.stages = [(name, watched(name, stage)) for name, stage in cleaner.stages]
    doc = cleaner.run(parse(sample_text))
    assert kept["sentences"] and kept["casing"]
    assert not kept["turns"] and not kept["layout"]
    assert doc.text() == plain.text() and doc.edits == plain.edits
