"""Chunked cleaning of large SRT and WebVTT input (`transcript_tools.stream`): cuts fall before
whole cues, and the chunked outputs match the in-memory path on text, cues and records.

Inputs are constructed in the tests (a few hundred cues of generic words), cut small.
"""

from __future__ import annotations

import io
import json
import random

import pytest
import webvtt

from transcript_tools import Cleaner, ParseError
from transcript_tools.readers import parse
from transcript_tools.readers.captionfile import TIMING_RE
from transcript_tools.readers.captions import parse_captions
from transcript_tools.stream import Chunk, clean_chunks, split_captions, write_chunks
from transcript_tools.writers import WRITERS
from transcript_tools.writers import json as json_writer

WORDS = tuple(dict.fromkeys("the council met on monday and voted to keep the old bridge open while "
         "engineers check the river banks after the storm that flooded several "
         "streets near the market where traders said they lost stock worth "
         "thousands".split()))


def _stamp(seconds: float, fmt: str) -> str:
    ms = round(seconds * 1000)
    stamp = f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
    return stamp.replace(".", ",") if fmt == "srt" else stamp


def captions(fmt: str, cues: int = 300, seed: int = 3, voices: bool = False) -> str:
    rng = random.Random(seed)
    out = ["WEBVTT\n\n"] if fmt == "vtt" else []
    t = 1.0
    for i in range(cues):
        start, t = t, t + rng.uniform(1.5, 4.0)
        # No word twice in a row: a removed stutter takes a voice label with it in `turns`.
        lines = [" ".join(rng.sample(WORDS, rng.randint(3, 7))) for _ in range(rng.randint(1, 2))]
        if voices:
            lines[0] = f"<v {rng.choice(('Ana Ruiz', 'Tom Berg', 'Li Wei'))}>" + lines[0]
        elif rng.random() < 0.3:  # cuts prefer a turn's first cue: no sentence runs across
            lines[0] = ">> " + lines[0]
        ident = f"{i + 1}\n" if fmt == "srt" or rng.random() < 0.5 else ""
        out.append(f"{ident}{_stamp(start, fmt)} --> {_stamp(t, fmt)}\n" + "\n".join(lines)
                   + "\n\n")
        t += rng.uniform(0.0, 0.6)
    return "".join(out)


def _chunked(text: str, fmt: str, out_fmt: str, **options: object) -> str:
    out = io.StringIO()
    chunks = clean_chunks(text, Cleaner(), max_chars=3_000, format=fmt)  # type: ignore[arg-type]
    write_chunks(chunks, out_fmt, out, **options)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_caption_cuts_fall_before_a_cue_after_a_blank_line(fmt: str) -> None:
    text = captions(fmt)
    spans = list(split_captions(text, 3_000))
    assert len(spans) > 5 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    for start, _ in spans[1:]:
        assert text[start - 2:start] == "\n\n"
        first, second = text[start:].split("\n", 2)[:2]
        assert TIMING_RE.match(first) or (first.strip() and TIMING_RE.match(second))


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_chunked_captions_match_the_whole_path(fmt: str) -> None:
    text = captions(fmt)
    whole = Cleaner().clean(parse(text, format=fmt)).document
    # The text and the words of the cues are the same. Speaker numbers (inferred over the
    # whole text), word times (the transcript's own speaking rate) and so where cues break
    # may differ, so they are left out.
    assert _chunked(text, fmt, "text", speaker_labels=False) == WRITERS["text"](
        whole, speaker_labels=False)
    words = " ".join(c.text for c in whole.cues).split()
    vtt = webvtt.from_buffer(io.StringIO(_chunked(text, fmt, "vtt", voices=False))).captions
    assert " ".join(c.text for c in vtt).split() == words
    srt = _chunked(text, fmt, "srt", speaker_labels=False)
    parsed = webvtt.from_buffer(io.StringIO(srt), format="srt").captions
    assert " ".join(c.text for c in parsed).split() == words
    assert [line for line in srt.split("\n") if line.isdigit()] == [
        str(i) for i in range(1, len(parsed) + 1)]
    record = json.loads(_chunked(text, fmt, "json"))
    expected = json_writer.record(whole)
    assert record["text"] == expected["text"]
    for name in ("corrections", "suggestions"):  # offsets shifted into the whole text
        assert sorted(record[name], key=json.dumps) == sorted(expected[name], key=json.dumps)
    assert all(text[e["start"]:e["end"]] == e["original"] for e in record["corrections"])
    cues = record["cues"]
    assert all(a["end"] <= b["start"] for a, b in zip(cues, cues[1:], strict=False))


def test_voice_labels_keep_their_speaker_ids_across_chunks() -> None:
    text = captions("vtt", voices=True)
    whole = json_writer.record(Cleaner().clean(parse(text, format="vtt")).document)
    record = json.loads(_chunked(text, "vtt", "json"))

    def voices(turns: list[dict[str, str]]) -> list[tuple[str, str]]:
        said = [(t["speaker"], t["speaker_id"]) for t in turns]  # a cut may split a turn
        return [v for k, v in enumerate(said) if k == 0 or said[k - 1] != v]

    assert voices(record["turns"]) == voices(whole["turns"])
    assert len({t["speaker_id"] for t in record["turns"]}) == 3


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_a_malformed_cue_late_in_the_file_names_its_whole_file_line(fmt: str) -> None:
    text = captions(fmt)
    arrow = text.index(" --> ", len(text) * 4 // 5)
    text = text[:arrow] + " -> " + text[arrow + 5:]
    with pytest.raises(ParseError) as whole:
        parse(text, format=fmt, path="big." + fmt)
    with pytest.raises(ParseError) as chunked:
        list(clean_chunks(text, Cleaner(), path="big." + fmt, max_chars=3_000,
                          format=fmt))  # type: ignore[arg-type]
    assert whole.value.line == text[:arrow].count("\n") + 1
    assert str(chunked.value) == str(whole.value)


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_caption_warnings_keep_whole_file_lines_across_cuts(fmt: str) -> None:
    text = captions(fmt)
    spans = list(split_captions(text, 3_000))
    cut = spans[3][0]  # the first cue after a cut starts an hour back: out of order
    timing = text.index("-->", cut)
    line_start = text.rfind("\n", 0, timing) + 1
    text = text[:line_start] + "00:00:00" + text[line_start + 8:]
    whole = [(d.code, d.line) for d in parse(text, format=fmt).diagnostics]
    chunked = [(d.code, d.line) for ch in clean_chunks(text, Cleaner(), max_chars=3_000,
                                                       format=fmt)  # type: ignore[arg-type]
               for d in ch.transcript.document.diagnostics if d.line]
    assert ("cue-order", text[:line_start].count("\n") + 1) in whole
    assert chunked == [d for d in whole if d[1]]


def test_a_webvtt_fragment_parses_without_a_header_and_keeps_its_offsets() -> None:
    text = captions("vtt", cues=20)
    cut = list(split_captions(text, 400))[2][0]
    fragment = text[cut:]
    with pytest.raises(ParseError):
        parse_captions(fragment, "vtt")
    doc = parse_captions(fragment, "vtt", fragment=True)
    assert doc.tokens and all(fragment[t.start:t.end] == t.text for t in doc.tokens)
    whole = parse_captions(text, "vtt")
    assert [t.text for t in doc.tokens] == [t.text for t in whole.tokens
                                             if t.start >= cut]
    assert [a.seconds for a in doc.anchors] == [a.seconds for a in whole.anchors
                                                if a.start >= cut]


def test_chunked_srt_ends_as_the_whole_srt_does() -> None:
    """Both paths end the last cue with a blank line (as the `srt` package writes it)."""
    text = captions("srt", cues=60)
    whole = Cleaner().clean(parse(text, format="srt")).to_srt()
    chunked = _chunked(text, "srt", "srt")
    assert whole.endswith("\n\n") and not whole.endswith("\n\n\n")
    assert chunked[-3:] == whole[-3:]


def test_a_late_media_start_gives_way_once_for_the_whole_chunked_text(
        sample_text: str) -> None:
    from transcript_tools.options import Options

    def run(cleaner: Cleaner) -> list[Chunk]:
        return list(clean_chunks(sample_text, cleaner, max_chars=3_000))

    plain = run(Cleaner())
    late = run(Cleaner(options=Options(media_start=6 * 3600.0)))  # after every clock line
    assert len(late) > 3
    warned = [d for ch in late for d in ch.transcript.document.diagnostics
              if d.code == "media-start"]
    assert len(warned) == 1  # said once, by the first chunk
    cues = [(c.start, c.end) for ch in late for c in ch.transcript.cues]
    assert cues == [(c.start, c.end) for ch in plain for c in ch.transcript.cues]


def test_clock_lines_past_a_second_midnight_do_not_break_the_chunks() -> None:
    """A media start found in one chunk is carried to the next only when it is a valid one:
    clock lines that wrap past midnight twice gave a start beyond two days (found by
    `make fuzz`), which the options refuse."""
    from transcript_tools import Cleaner
    from transcript_tools.stream import clean_chunks

    chunks = list(clean_chunks("23:59\n17:35\n\n5:34 am\nthe\n", Cleaner(), max_chars=25))
    assert "".join(c.transcript.text for c in chunks).strip() == "The…"  # cut off


_FAIR = ("5:00 pm\n>> good evening, i'm lena varga at the county fair. what brought you out "
         "tonight?\n>> the pie contest, my sister entered a peach pie this year.\n"
         "6:00 pm\n>> and how is the weather treating the crowd?\n"
         ">> cold, but nobody seems to mind.\n"
         "7:00 pm\nmarco: thanks, lena. on the roads tonight a crash has closed two lanes on "
         "the bridge.\n>> we heard the sirens from the kitchen and came out to look.\n"
         "8:00 pm\n>> officers ask drivers to use the river road until midnight.\n"
         ">> it took me an hour to get home, i could not believe it.\n")


def test_chunks_count_the_unnamed_speakers_across_chunks() -> None:
    """turns39: "Speaker N" counts the speakers shown without a name in order of appearance
    across the chunks, as one piece does, a named speaker (introduced or labelled) taking no
    number; the ids (the JSON's `speaker_id`) still count every speaker, and the cues' voices
    show the turns' labels."""
    chunks = list(clean_chunks(_FAIR, Cleaner(), max_chars=300))
    assert len(chunks) == 2
    turns = [t for c in chunks for t in c.transcript.turns]
    unnamed = [t for t in turns if not t.named]
    assert [t.display_name for t in turns if t.named] == ["Lena Varga"] * 2 + ["Marco"]
    # the first chunk's unnamed voice, then three first heard in the second chunk, after Marco
    assert list(dict.fromkeys((t.speaker, t.display_name) for t in unnamed)) == [
        ("S2", "Speaker 1"), ("S4", "Speaker 2"), ("S5", "Speaker 3"), ("S6", "Speaker 4")]
    out = io.StringIO()
    write_chunks(iter(chunks), "json", out)
    record = json.loads(out.getvalue())
    assert [(t["speaker_id"], t["speaker"]) for t in record["turns"]] == [
        (t.speaker, t.display_name) for t in turns]
    voices = [c.speaker for ch in chunks for c in ch.transcript.cues]
    assert "Speaker 4" in voices and "Speaker 5" not in voices and "Speaker 6" not in voices


def test_one_chunk_shows_what_one_piece_shows() -> None:
    """A text cut into one chunk is the clean in one piece, labels and ids alike."""
    chunks = list(clean_chunks(_FAIR, Cleaner(), max_chars=len(_FAIR)))
    assert len(chunks) == 1
    whole = Cleaner().clean(parse(_FAIR))
    assert [(t.speaker, t.display_name) for t in chunks[0].transcript.turns] == [
        (t.speaker, t.display_name) for t in whole.turns]
    assert [t.display_name for t in whole.turns if not t.named] == ["Speaker 1"] * 4
