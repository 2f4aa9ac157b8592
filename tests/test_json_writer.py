"""The JSON writer's fast indented encoder writes exactly what `json.dumps` writes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import transcript_tools as tt
from transcript_tools.writers import json as json_writer
from transcript_tools.writers import write_to
from transcript_tools.writers.json import dumps_indented

_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
            | st.text(max_size=12))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (st.lists(inner, max_size=4) | st.tuples(inner, inner)
                   | st.dictionaries(st.text(max_size=6), inner, max_size=4)
                   | st.dictionaries(st.integers() | st.booleans(), inner, max_size=3)),
    max_leaves=20)


@given(_VALUES, st.integers(min_value=0, max_value=4))
def test_same_text_as_json_dumps(value: Any, indent: int) -> None:
    assert dumps_indented(value, " " * indent) == json.dumps(value, ensure_ascii=False,
                                                             indent=indent)


def test_sample_record_is_unchanged(sample_text: str, sample_names: list[str]) -> None:
    transcript = tt.clean(sample_text, names=sample_names)
    expected = json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2) + "\n"
    assert transcript.to_json() == expected
    assert json.loads(transcript.to_json(indent=None)) == transcript.to_dict()


@pytest.mark.parametrize("batch", [1, 7, 2000])
def test_batched_lists_write_what_one_dump_writes(sample_text: str, sample_names: list[str],
                                                  batch: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # corrections, cues and turns cross batch boundaries; one of them may be empty
    transcript = tt.clean(sample_text, names=sample_names)
    monkeypatch.setattr(json_writer, "_BATCH", batch)
    for indent in (2, 4, 0):
        expected = json.dumps(transcript.to_dict(), ensure_ascii=False, indent=indent) + "\n"
        assert transcript.to_json(indent=indent) == expected


def test_saved_files_hold_what_the_writers_return(sample_text: str, sample_names: list[str],
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`save` (and the CLI) write JSON and WebVTT in parts as they are made; the file is
    byte for byte what ``to_json()`` / ``to_webvtt()`` return."""
    transcript = tt.clean(sample_text, names=sample_names)
    monkeypatch.setattr(json_writer, "_BATCH", 5)  # many parts
    for name, whole in (("x.json", transcript.to_json()), ("x.vtt", transcript.to_webvtt()),
                        ("x.srt", transcript.to_srt()), ("x.txt", transcript.to_text())):
        saved = transcript.save(tmp_path / name)
        assert saved.read_bytes() == whole.encode("utf-8")
    out = io.StringIO()
    write_to(transcript.document, "json", out, indent=None)
    assert out.getvalue() == transcript.to_json(indent=None)
