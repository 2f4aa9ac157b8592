"""The Dask engine's errors a user meets first: a malformed or unreachable scheduler address
is one line naming the address, not an internal error or a 'cannot write'."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools.cli import main

distributed = pytest.importorskip(
    "distributed", reason="the dask extra is not installed (pip install '.[dask]')")


def _src(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("5:34 am\n>> good evening\n", encoding="utf-8")
    return src


def test_malformed_scheduler_address_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["batch", str(_src(tmp_path)), str(tmp_path / "o"), "--engine", "dask",
                 "--scheduler", "nonsense"])
    err = capsys.readouterr().err
    assert code == 2
    assert "scheduler address 'nonsense'" in err and "internal error" not in err


def test_unreachable_scheduler_names_the_address(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["batch", str(_src(tmp_path)), str(tmp_path / "o"), "--engine", "dask",
                     "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.startswith("transcript-tools: error: cannot reach the Dask scheduler at "
                          "tcp://127.0.0.1:9")
    assert "cannot write" not in err and "<input>" not in err
