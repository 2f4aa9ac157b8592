"""Batch cleaning: `clean_many` (order, errors as results, across processes) and
`run_batch` / ``transcript-tools batch`` (corrupt files skipped, resumable, atomic)."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import transcript_tools as tt
from transcript_tools.batch import output_paths, run_batch
from transcript_tools.cli import main
from transcript_tools.errors import InputError, ParseError, TranscriptError

from .conftest import DATA, EXAMPLES

SAMPLE = EXAMPLES / "broadcast_interview_2020-10.txt"


def _broadcasts(folder: Path, count: int, sample: str) -> list[Path]:
    """``count`` different transcripts: consecutive slices of the sample's lines."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = sample.splitlines(keepends=True)
    paths = []
    for i in range(count):
        start = (i * 4) % (len(lines) - 8)
        path = folder / f"show{i:02d}.txt"
        path.write_text("".join(lines[start:start + 8]), encoding="utf-8")
        paths.append(path)
    return paths


def test_clean_many_keeps_order_and_yields_errors(tmp_path: Path, sample_text: str,
                                                  sample_names: list[str]) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    inputs: list[object] = [sample_text[:2000], Path(binary), str(SAMPLE),
                            tmp_path / "missing.txt", sample_text[2000:4000]]
    results = list(tt.clean_many(inputs, names=sample_names))  # type: ignore[arg-type]
    assert [r.index for r in results] == list(range(5))
    assert [r.ok for r in results] == [True, False, True, False, True]
    assert isinstance(results[1].error, InputError) and results[1].error.path == str(binary)
    assert isinstance(results[3].error, InputError)
    assert results[2].name == str(SAMPLE)
    one = tt.clean(sample_text[:2000], names=sample_names)
    assert results[0].transcript is not None
    assert results[0].transcript.text == one.text
    assert results[0].transcript.to_json() == one.to_json()


def test_clean_many_in_processes_matches_one_process(tmp_path: Path, sample_text: str,
                                                     sample_names: list[str]) -> None:
    paths = _broadcasts(tmp_path / "in", 6, sample_text)
    corrupt = tmp_path / "in" / "corrupt.txt"
    corrupt.write_bytes(b"\x00" * 64)
    inputs = [*paths[:3], corrupt, *paths[3:]]
    serial = list(tt.clean_many(inputs, names=sample_names, jobs=1))
    parallel = list(tt.clean_many(inputs, names=sample_names, jobs=2))
    assert [r.name for r in parallel] == [r.name for r in serial]
    for a, b in zip(serial, parallel, strict=False):
        assert a.ok == b.ok
        if a.ok:
            assert a.transcript is not None and b.transcript is not None
            assert a.transcript.to_json() == b.transcript.to_json()
    # The error crossed a process boundary and kept its type and location.
    err = parallel[3].error
    assert type(err) is InputError and err.path == str(corrupt)
    assert str(err) == str(serial[3].error)


def _raise(kind: type[TranscriptError]) -> TranscriptError:
    return kind("bad cue", path="a.srt", line=3, column=2, snippet="00:01")


@pytest.mark.parametrize("kind", [TranscriptError, InputError, ParseError])
def test_errors_pickle_across_processes(kind: type[TranscriptError]) -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        got = pool.submit(_raise, kind).result()
    assert type(got) is kind
    assert (got.path, got.line, got.column, got.snippet) == ("a.srt", 3, 2, "00:01")
    assert str(got) == str(_raise(kind))
    assert type(pickle.loads(pickle.dumps(got))) is kind


def test_batch_skips_and_reports_a_corrupt_file(tmp_path: Path, sample_text: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    paths = _broadcasts(tmp_path / "in", 4, sample_text)
    (tmp_path / "in" / "corrupt.txt").write_bytes(b"\x00\xff" * 100)
    code = main(["batch", str(tmp_path / "in"), str(tmp_path / "out"), "--format",
                 "text,json", "--format", "vtt", "--jobs", "2"])
    assert code == 1
    err = capsys.readouterr().err
    assert "corrupt.txt" in err and "binary" in err
    assert "4 cleaned" in err and "1 failed" in err
    for p in paths:
        for ext in (".txt", ".json", ".vtt"):
            assert (tmp_path / "out" / (p.stem + ext)).stat().st_size > 0
    assert not list((tmp_path / "out").glob("corrupt*"))
    # The good outputs are what `clean` makes of each file.
    assert (tmp_path / "out" / "show00.vtt").read_text(encoding="utf-8") == \
        tt.Cleaner().clean_file(paths[0]).to_webvtt()


class _Interrupt:
    """A progress sink that stops the run (as Ctrl-C would) after ``after`` files."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.seen = 0

    def update(self, n: int) -> None:
        self.seen += n
        if self.seen >= self.after:
            raise KeyboardInterrupt

    def set_postfix_str(self, text: str) -> None:
        pass


def test_interrupted_batch_resumes(tmp_path: Path, sample_text: str) -> None:
    src, out, fresh = tmp_path / "in", tmp_path / "out", tmp_path / "fresh"
    _broadcasts(src, 8, sample_text)
    with pytest.raises(KeyboardInterrupt):
        run_batch(src, out, ["json", "srt"], jobs=1, progress=_Interrupt(3))
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"show{i:02d}{ext}" for i in range(3) for ext in (".json", ".srt"))
    assert not list(out.glob(".*"))  # no temp files left behind
    summary = run_batch(src, out, ["json", "srt"], jobs=2)
    assert (summary.skipped, summary.done, summary.failed) == (3, 5, [])
    run_batch(src, fresh, ["json", "srt"], jobs=1)
    for p in fresh.iterdir():
        assert (out / p.name).read_bytes() == p.read_bytes()
    # A missing format is added on the next run; finished files are not redone.
    again = run_batch(src, out, ["json", "srt", "text"], jobs=1)
    assert (again.skipped, again.done) == (0, 8)
    assert len(list(out.glob("*.txt"))) == 8


def test_output_names_do_not_collide(tmp_path: Path) -> None:
    files = [tmp_path / "a.txt", tmp_path / "a.srt", tmp_path / "sub" / "b.vtt"]
    outs = output_paths(files, tmp_path, tmp_path / "o", ["vtt"])
    assert [o["vtt"].relative_to(tmp_path / "o").as_posix() for o in outs] == \
        ["a.txt.vtt", "a.srt.vtt", "sub/b.vtt"]


def test_a_filter_does_not_rename_a_files_outputs(tmp_path: Path) -> None:
    """Outputs are named over the whole folder: a run choosing only the SRT files, then a
    full run, clean each file once under one name (a filtered set had given the SRT file the
    plain name, then the full run its own second copy under ``a.srt.vtt``)."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.srt").write_text("1\n00:00:01,000 --> 00:00:03,000\nthe river rose overnight\n",
                               encoding="utf-8")
    (src / "a.txt").write_text("the harbour stayed closed all week\n", encoding="utf-8")
    (src / "b.txt").write_text("the ferry ran again on sunday\n", encoding="utf-8")
    first = run_batch(src, out, ["vtt"], jobs=1, include=["*.srt", "b.txt"])
    assert first.done == 2
    assert sorted(p.name for p in out.iterdir()) == ["a.srt.vtt", "b.vtt"]
    second = run_batch(src, out, ["vtt"], jobs=1)
    assert (second.done, second.skipped) == (1, 2)
    assert sorted(p.name for p in out.iterdir()) == ["a.srt.vtt", "a.txt.vtt", "b.vtt"]


def test_batch_reads_captions_too(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "voices.vtt").write_bytes((DATA / "fixtures" / "voices.vtt").read_bytes())
    summary = run_batch(src, tmp_path / "out", ["srt"], jobs=1)
    assert summary.done == 1 and "-->" in (tmp_path / "out" / "voices.srt").read_text()


def test_batch_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), str(tmp_path / "o"), "--format", "docx"]) == 2
    assert main(["batch", str(tmp_path), str(tmp_path / "o"), "--engine", "dask"]) == 2
    assert main(["batch", str(tmp_path / "nope"), str(tmp_path / "o")]) == 1
    assert "no such directory" in capsys.readouterr().err


def test_progress_bar_only_when_asked_off_a_terminal(
        tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    _broadcasts(tmp_path / "in", 3, sample_text)
    assert main(["batch", str(tmp_path / "in"), str(tmp_path / "a"), "-j", "1"]) == 0
    quiet = capsys.readouterr().err
    assert "3/3" not in quiet and "3 cleaned" in quiet
    assert main(["batch", str(tmp_path / "in"), str(tmp_path / "b"), "-j", "1",
                 "--progress"]) == 0
    shown = capsys.readouterr().err
    assert "3/3" in shown and "words/s" in shown
    assert "file/s" in shown or "s/file" in shown  # tqdm flips the unit below 1 file/s


def test_a_bar_without_a_size_gets_the_number_of_chosen_files(
        tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    _broadcasts(tmp_path / "in", 3, sample_text)
    (tmp_path / "in" / "notes.md").write_text("not a transcript", encoding="utf-8")
    assert main(["batch", str(tmp_path / "in"), str(tmp_path / "a"), "-j", "1", "--progress",
                 "--exclude", "show01*"]) == 0
    shown = capsys.readouterr().err
    assert "2/2" in shown and "/3" not in shown

    class Sink:
        total: int | None = None

        def __init__(self) -> None:
            self.done = 0

        def update(self, n: int) -> None:
            self.done += n

        def refresh(self) -> None:
            pass

        def set_postfix_str(self, text: str) -> None:
            pass

    sink = Sink()
    run_batch(tmp_path / "in", tmp_path / "b", ["text"], jobs=1, progress=sink)
    assert sink.total == 3 and sink.done == 3


def test_clean_many_checks_its_arguments_at_the_call() -> None:
    with pytest.raises(InputError):
        tt.clean_many(["text"], names="Nikol Pashinyan")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        tt.clean_many(["text"], engine="spark")
