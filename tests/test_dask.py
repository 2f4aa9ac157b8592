"""The Dask engine on a `LocalCluster`: byte-identical outputs to the local engine, the
`Cleaner` built once per worker (not per file), failures reported, not fatal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import transcript_tools as tt
from transcript_tools import engines
from transcript_tools.batch import run_batch

from .test_batch import _broadcasts

distributed = pytest.importorskip(
    "distributed", reason="the dask extra is not installed (pip install '.[dask]')")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_dask_outputs_are_byte_identical_to_local(
        tmp_path: Path, client: Any, sample_text: str, sample_names: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    _broadcasts(src, 12, sample_text)
    (src / "corrupt.txt").write_bytes(b"\x00" * 50)
    builds: list[int] = []
    real_build = engines.Recipe.build

    def counting_build(self: engines.Recipe) -> tt.Cleaner:
        builds.append(1)
        return real_build(self)

    monkeypatch.setattr(engines.Recipe, "build", counting_build)
    formats = ["text", "vtt", "srt", "json"]
    failed: list[str] = []
    on_dask = run_batch(src, tmp_path / "dask", formats, names=sample_names,
                        engine="dask", scheduler=client, report=failed.append)
    assert len(builds) == 2  # once per worker, not once per file
    local = run_batch(src, tmp_path / "local", formats, names=sample_names, jobs=1)
    assert on_dask.done == local.done == 12
    assert len(on_dask.failed) == 1 and "corrupt.txt" in failed[0]
    local_files = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert local_files == sorted(p.name for p in (tmp_path / "dask").iterdir())
    assert len(local_files) == 12 * 4
    for name in local_files:
        assert (tmp_path / "dask" / name).read_bytes() == \
            (tmp_path / "local" / name).read_bytes()


def test_clean_many_on_dask(client: Any, sample_text: str) -> None:
    texts = [sample_text[:1500], sample_text[1500:3000]]
    got = list(tt.clean_many(texts, engine="dask", scheduler=client))
    assert [r.index for r in got] == [0, 1]
    for r, text in zip(got, texts, strict=False):
        assert r.transcript is not None
        assert r.transcript.to_json() == tt.clean(text).to_json()


def test_batch_command_on_a_scheduler_address(tmp_path: Path, client: Any,
                                              sample_text: str) -> None:
    from transcript_tools.cli import main

    src = tmp_path / "in"
    _broadcasts(src, 3, sample_text)
    address = client.scheduler.address
    assert main(["batch", str(src), str(tmp_path / "out"), "--format", "srt",
                 "--engine", "dask", "--scheduler", address]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        ["show00.srt", "show01.srt", "show02.srt"]
