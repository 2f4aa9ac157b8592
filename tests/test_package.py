"""Tests for the package root: what importing it costs a fresh process (the cold start)."""

from __future__ import annotations

import json
import subprocess
import sys

import transcript_tools as tt


def test_import_leaves_heavy_optional_parts_unloaded() -> None:
    code = ("import sys, json, transcript_tools; print(json.dumps(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('webvtt', 'multiprocessing', 'concurrent') "
            "or m == 'transcript_tools.batch')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stdout) == []


def test_lazy_names_resolve() -> None:
    assert tt.clean_many.__module__ == "transcript_tools.batch"
    assert tt.Result.__name__ == "Result"
    assert set(tt.__all__) <= set(dir(tt)) | {"clean_many", "Result"}
    try:
        tt.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("a missing name must raise AttributeError")


def test_a_caption_writer_loads_on_first_use() -> None:
    t = tt.clean("5:34 am\n>> good morning. the minister spoke today.\n")
    assert t.to_webvtt().startswith("WEBVTT")
    assert "-->" in t.to_srt()
