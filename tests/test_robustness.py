"""Bad and odd input, one test per shape: decoded, parsed and cleaned, or refused clearly.

Fixtures are under tests/data/bad/, named by their defect; huge inputs are built in the test.
"""

from __future__ import annotations

import io
import json

import pytest
import webvtt

from transcript_tools import Cleaner, InputError, ParseError, clean
from transcript_tools.errors import LexiconError
from transcript_tools.lexicon import Lexicon, read_names_file
from transcript_tools.readers import decode, parse, read
from transcript_tools.stream import clean_chunks, split_text, write_chunks

from .conftest import DATA

BAD = DATA / "bad"


# --- empty and binary --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["empty.txt", "whitespace_only.txt"])
def test_empty_input_is_an_empty_result_in_the_library(name: str) -> None:
    doc = read(BAD / name)
    assert doc.tokens == () and doc.diagnostics == ()
    t = clean(doc)
    assert t.text == "" and t.cues == () and t.to_text() == ""
    assert t.to_webvtt().startswith("WEBVTT")


def test_binary_input_is_refused_with_the_file_name() -> None:
    with pytest.raises(InputError, match="binary data") as exc:
        read(BAD / "binary_png_header.txt")
    assert exc.value.path and exc.value.path.endswith("binary_png_header.txt")


def test_control_bytes_without_nul_are_binary_too() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 9)) * 50 + b"some text")


# --- encodings ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("cp1252_smart_quotes.txt", "\u201cwe will not\u201d \u2013 and that\u2019s final"),
    ("latin1_accents.txt", "na\u00efve caf\u00e9 in s\u00e3o paulo"),
])
def test_legacy_encodings_decode_with_a_warning_naming_them(name: str, expected: str) -> None:
    doc = read(BAD / name)
    assert expected in doc.source
    (warning,) = [d for d in doc.diagnostics if d.code == "encoding"]
    assert "cp1252" in warning.message and warning.line == 2


def test_mixed_utf8_and_cp1252_keeps_the_valid_utf8() -> None:
    doc = read(BAD / "mixed_utf8_and_cp1252.txt")
    assert "mevl\u00fct \u00e7avu\u015fo\u011flu" in doc.source  # not mojibake
    assert "caf\u00e9" in doc.source
    assert [d.line for d in doc.diagnostics if d.code == "encoding"] == [4]


@pytest.mark.parametrize("name", ["utf8_bom.txt", "utf16_bom.txt", "utf16le_no_bom.txt"])
def test_byte_order_marks_and_utf16_are_read_and_never_become_text(name: str) -> None:
    doc = read(BAD / name)
    assert "\ufeff" not in doc.source
    assert doc.anchors and doc.anchors[0].seconds == 5 * 3600 + 34 * 60
    assert not clean(doc).text.startswith("\ufeff")


def test_every_byte_decodes() -> None:
    text, warnings = decode(bytes(range(128, 256)) + b" tail")
    assert len(text) == 128 + 5 and warnings


# --- line ends ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["crlf_line_ends.txt", "cr_line_ends.txt"])
def test_crlf_and_lone_cr_line_ends(name: str) -> None:
    doc = read(BAD / name)
    assert len(doc.anchors) == 2
    assert [m.kind for m in doc.markers] == ["speaker", "speaker"]
    t = clean(doc)
    assert "\r" not in t.text and "\r" not in t.to_webvtt()
    assert t.text == "First speaker here. Second speaker now."


def test_captions_with_lone_cr_line_ends() -> None:
    source = "WEBVTT\r\r00:01.000 --> 00:02.000\rhello there\r\r00:03.000 --> 00:04.000\rmore\r"
    doc = parse(source, format="vtt")
    assert [a.seconds for a in doc.anchors] == [1.0, 3.0]
    assert [t.text for t in doc.tokens] == ["hello", "there", "more"]


# --- huge input --------------------------------------------------------------------------

def test_a_single_50_mb_line_is_split_at_spaces_and_nothing_is_lost() -> None:
    line = "the quick brown fox jumps over the lazy dog " * 1_200_000  # 52.8 MB, one line
    spans = list(split_text(line, 2_000_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(line)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(line[end - 1] == " " for _, end in spans[:-1])  # never inside a word
    assert max(end - start for start, end in spans) <= 2_000_000


def test_a_50_mb_line_without_spaces_is_one_token_not_a_crash() -> None:
    doc = parse("x" * 50_000_000, format="broadcast")
    assert len(doc.tokens) == 1 and doc.tokens[0].end == 50_000_000


def test_large_input_is_cleaned_in_chunks_on_one_timeline(sample_text: str) -> None:
    text = "\n".join([sample_text] * 4)
    out = io.StringIO()
    write_chunks(clean_chunks(text, Cleaner(), max_chars=30_000), "json", out)
    record = json.loads(out.getvalue())
    assert all(text[e["start"]:e["end"]] == e["original"] for e in record["corrections"])
    cues = record["cues"]
    assert all(a["end"] <= b["start"] for a, b in zip(cues, cues[1:], strict=False))
    whole = clean(text)
    assert len(record["text"].split()) == len(whole.text.split())
    vtt = io.StringIO()
    write_chunks(clean_chunks(text, Cleaner(), max_chars=30_000), "vtt", vtt)
    assert len(webvtt.from_buffer(io.StringIO(vtt.getvalue())).captions) == len(cues)
    srt = io.StringIO()
    chunks = list(clean_chunks(text, Cleaner(), max_chars=30_000))
    write_chunks(iter(chunks), "srt", srt)
    parsed = webvtt.from_buffer(io.StringIO(srt.getvalue()), format="srt").captions
    # SRT writes the same cues but where a turn is cut again for its ">> " (ux5)
    assert len(parsed) == sum(len(ch.transcript.document.srt_cues or ch.transcript.cues)
                              for ch in chunks) >= len(cues)
    assert srt.getvalue().count("\n1\n") == 0  # numbered once, 1..n


def test_chunks_cut_before_clock_lines_and_cross_midnight() -> None:
    lines = []
    for i in range(200):
        minute = (23 * 60 + 50 + i // 10) % (24 * 60)
        if i % 10 == 0:
            lines.append(f"{minute // 60}:{minute % 60:02d}")
        lines.append(">> and the late news continues with more words here")
    text = "\n".join(lines) + "\n"
    spans = list(split_text(text, 2_000))
    assert all(text[start:].split("\n", 1)[0].count(":") == 1 for start, _ in spans[1:])
    chunks = list(clean_chunks(text, Cleaner(), max_chars=2_000))
    assert len(chunks) > 3
    times = [c.start for ch in chunks for c in ch.transcript.cues]
    assert times == sorted(times) and times[-1] < 30 * 60  # 20 minutes, not a day back


def test_chunked_warnings_match_the_whole_text() -> None:
    text = "".join(f"{5 + i // 60}:{i % 60:02d} am\n>> words here and more words\r\n"
                   for i in range(0, 300, 7)) + "4:00 am\n>> back\n9:59 am\n>> jump\n"
    whole = [(d.code, d.line) for d in parse(text).diagnostics]
    chunked = [(d.code, d.line) for ch in clean_chunks(text, Cleaner(), max_chars=400)
               for d in ch.transcript.document.diagnostics]
    assert whole == chunked
    assert [line for _, line in whole] == [87, 89]


# --- times -------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "code", "line"), [
    ("clock_backwards.txt", "clock-backwards", 3),
    ("clock_jump_hours.txt", "clock-jump", 3),
    ("clock_past_midnight.txt", "clock-wrap", 5),
])
def test_odd_clocks_warn_with_their_line(name: str, code: str, line: int) -> None:
    doc = read(BAD / name)
    assert [(d.code, d.line) for d in doc.diagnostics] == [(code, line)]
    t = clean(doc)
    starts = [c.start for c in t.cues]
    assert starts == sorted(starts) and all(s >= 0 for s in starts)


def test_midnight_wrap_keeps_time_running_forward() -> None:
    doc = read(BAD / "clock_past_midnight.txt")
    assert [a.seconds for a in doc.anchors] == [86280.0, 86340.0, 86460.0]


def test_captions_out_of_order_warn_and_keep_text_order() -> None:
    doc = read(BAD / "srt_cues_out_of_order.srt")
    assert [(d.code, d.line) for d in doc.diagnostics] == [("cue-order", 6)]
    assert clean(doc).text.split()[:3] == ["Later", "cue", "first"]


# --- malformed captions ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "line", "what"), [
    ("srt_arrow_missing.srt", 6, "malformed cue timing"),
    ("srt_bad_timestamp.srt", 6, "malformed cue timing"),
    ("srt_ends_before_start.srt", 6, "ends before it starts"),
    ("srt_cue_number_missing.srt", 1, "must start with a cue number"),
    ("vtt_header_missing.vtt", 1, "must start with 'WEBVTT'"),
    ("vtt_bad_timestamp.vtt", 6, "malformed cue timing"),
])
def test_malformed_captions_raise_with_file_and_line(name: str, line: int, what: str) -> None:
    with pytest.raises(ParseError, match=what) as exc:
        read(BAD / name)
    assert exc.value.line == line
    assert str(exc.value).startswith(f"{BAD / name}:{line}: ")


def test_text_after_a_blank_line_in_a_cue_is_kept_with_a_warning() -> None:
    doc = read(BAD / "srt_text_after_blank_line.srt")
    assert "stray second line" in doc.text()
    assert [(d.code, d.line) for d in doc.diagnostics] == [("stray-text", 5)]
    assert "stray second line" in " ".join(c.text for c in clean(doc).cues).lower()


def test_cue_text_that_starts_with_note_is_text_not_a_comment() -> None:
    doc = read(BAD / "vtt_cue_text_starting_with_note.vtt")
    assert doc.text() == "NOTE that this line is cue text more"
    assert "real comment" not in clean(doc).text


# --- names files and Unicode names -------------------------------------------------------

def test_messy_names_file_blank_lines_duplicates_invisible_characters() -> None:
    lines = read_names_file(BAD / "names_messy.txt")
    lexicon = Lexicon.build(lines)
    texts = [n.text for n in lexicon]
    assert texts == ["Mevl\u00fct \u00c7avu\u015fo\u011flu", "OSCE", "Nikol Pashinyan",
                     "Pashinyan", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u6771\u4eac",
                     "\u05e9\u05dc\u05d5\u05dd"]


@pytest.mark.parametrize(("name", "what", "line"), [
    ("names_cp1252.txt", "not UTF-8", 1),
    ("names_binary.txt", "control character", 1),
])
def test_bad_names_files_raise_with_the_line(name: str, what: str, line: int) -> None:
    with pytest.raises(LexiconError, match=what) as exc:
        read_names_file(BAD / name)
    assert exc.value.line == line


def test_ten_thousand_names_build_and_clean(tmp_path: object, sample_text: str) -> None:
    names = [f"Name{i} Surname{i % 97}" for i in range(10_000)] + ["Nikol Pashinyan"] * 3
    cleaner = Cleaner(names)
    assert len(cleaner.lexicon) == 10_001
    t = cleaner.clean(sample_text[:3000])
    assert t.text


def test_unicode_names_with_diacritics_and_other_scripts_stay_untouched() -> None:
    doc = read(BAD / "unicode_names_untouched.txt")
    t = clean(doc, names=["Mevl\u00fct \u00c7avu\u015fo\u011flu"])
    for word in ("Mevl\u00fct \u00c7avu\u015fo\u011flu", "\u041c\u043e\u0441\u043a\u0432\u0430",
                 "\u6771\u4eac", "\u0648\u0627\u0644\u0639\u0631\u0628\u064a\u0629"):
        assert word in t.text
    assert not [e for e in t.corrections if e.kind in ("spelling", "name")
                and not e.original.isascii()]


def test_captions_with_cr_cr_lf_line_ends() -> None:
    """CRLF saved again by a tool that turns every LF into CRLF: CR CR LF ends one line
    (the file used to be refused as not starting with a cue number)."""
    doc = read(BAD / "srt_cr_cr_lf.srt")
    assert [(a.seconds, a.until) for a in doc.anchors] == [(1.0, 2.5), (2.6, 4.0)]
    assert doc.text() == "the tide turns at six so we wait by the harbour wall"
    assert not doc.diagnostics
