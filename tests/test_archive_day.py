"""An archive user's day (ux2): `batch` over a folder tree of mixed, partly broken files, run
again, interrupted, and its JSON records joined from Python. Every file's outcome is reported
(cleaned, failed with its reason, already done), nothing is dropped without a word, an
interrupt stops the workers at once and leaves no half-written output."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
import regex

import transcript_tools as tt
from transcript_tools import batch, engines
from transcript_tools.batch import FILE_WARNINGS, Summary, input_files, run_batch
from transcript_tools.cli import _terminate_as_interrupt, main
from transcript_tools.engines import ProcessEngine, Recipe
from transcript_tools.errors import OptionsError

from .conftest import ROOT

NAMES = ["Jacinda Ardern", "Wellington", "Chris Hipkins"]
SHOWS = {
    "tvnz/2021/budget.txt": "9:00 pm\n>> the prime minister jacinda are dern spoke in wellington "
                            "today about the budget.\n>> thank you.\n",
    "tvnz/2022/council.txt": "8:00 am\n>> the council met in wellington. jacinda arden was not "
                             "there.\n",
    "rnz/2023/hipkins.txt": "7:00 am\n>> chris hip kins said the government would act on "
                            "housing.\n",
}


def _archive(root: Path) -> Path:
    for rel, text in SHOWS.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


# --- nothing dropped without a word -------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_broken_links_are_reported_as_failed_not_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _archive(tmp_path / "in")
    odd = src / "odd"
    odd.mkdir()
    os.symlink("/nonexistent/gone.txt", odd / "dangling.txt")
    os.symlink("loop_b.srt", odd / "loop_a.srt")
    os.symlink("loop_a.srt", odd / "loop_b.srt")
    os.symlink("../tvnz/2021/budget.txt", odd / "alias.txt")   # a good link: cleaned
    os.symlink("/nonexistent/notes.pdf", odd / "notes.pdf")    # not a transcript: not listed
    os.symlink("..", odd / "up")                                # a folder loop: not walked
    listed = {p.relative_to(src).as_posix() for p in input_files(src)}
    assert listed == set(SHOWS) | {"odd/dangling.txt", "odd/loop_a.srt", "odd/loop_b.srt",
                                   "odd/alias.txt"}
    code = main(["batch", str(src), str(tmp_path / "out"), "-j", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert regex.search(r"failed: \S*dangling\.txt: cannot read: a symbolic link to "
                        r"/nonexistent/gone\.txt, which does not exist\n", err)
    assert regex.search(r"failed: \S*loop_a\.srt: cannot read: a symbolic link to loop_b\.srt, "
                        r"a loop of links\n", err)
    assert "7 files: 4 cleaned, 0 already done, 3 failed" in err
    assert "Traceback" not in err
    assert "The Prime Minister" in (tmp_path / "out" / "odd" / "alias.txt").read_text(
        encoding="utf-8")


def test_a_file_that_cannot_be_read_fails_with_the_reason(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _archive(tmp_path / "in")
    locked = src / "rnz" / "2023" / "hipkins.txt"
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:  # chmod 000 does not stop root: refuse as the OS would
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    failures: list[str] = []
    summary = run_batch(src, tmp_path / "out", ["text"], jobs=1, report=failures.append)
    assert (summary.files, summary.done, len(summary.failed)) == (3, 2, 1)
    assert failures == [f"{locked}: cannot read: Permission denied"]
    assert not (tmp_path / "out" / "rnz").exists()


# --- warnings: each file's first few, then a count --------------------------------------------

def _clock_text(backwards: int) -> str:
    lines = ["9:00 pm", ">> the harbour board met tonight."]
    for i in range(backwards):  # each later clock runs back: one warning each
        lines += [f"8:{59 - i:02d} pm", f">> item {i} on the agenda was read."]
    return "\n".join(lines) + "\n"


def test_a_files_warnings_past_the_first_few_are_counted_on_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "many.txt").write_text(_clock_text(FILE_WARNINGS + 25), encoding="utf-8")
    (src / "few.txt").write_text(_clock_text(2), encoding="utf-8")
    (src / "none.txt").write_text(SHOWS["rnz/2023/hipkins.txt"], encoding="utf-8")
    assert main(["batch", str(src), str(tmp_path / "out"), "-j", "1"]) == 0
    err = capsys.readouterr().err
    many = [ln for ln in err.splitlines() if "many.txt" in ln]
    few = [ln for ln in err.splitlines() if "few.txt" in ln]
    assert len(many) == FILE_WARNINGS + 1
    assert all("runs backwards" in ln for ln in many[:FILE_WARNINGS])
    assert many[-1].endswith("many.txt: warning: 25 more warning(s) not shown (clean the file "
                             "alone to see every one)")
    assert len(few) == 2 and not any("more warning" in ln for ln in few)
    assert "3 files: 3 cleaned (2 with warnings), 0 already done, 0 failed" in err
    # `clean` on the file alone still shows every one
    assert main(["clean", str(src / "many.txt"), "-o", str(tmp_path / "many.txt")]) == 0
    assert capsys.readouterr().err.count("runs backwards") == FILE_WARNINGS + 25


def test_the_summary_says_file_for_one_file(tmp_path: Path) -> None:
    one = Summary(files=1, done=1, words=1234, seconds=1.0)
    assert one.line().startswith("1 file: 1 cleaned, 0 already done, 0 failed; 1,234 words")
    assert Summary(files=2, done=2, warned=1).line().startswith(
        "2 files: 2 cleaned (1 with warnings), ")


# --- a rerun: skip by default, --overwrite to redo -------------------------------------------

def test_a_rerun_keeps_outputs_unless_overwrite(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    src, out = _archive(tmp_path / "in"), tmp_path / "out"
    target = out / "tvnz" / "2021" / "budget.txt"
    assert main(["batch", str(src), str(out), "-j", "1", "--no-casing"]) == 0
    lower = target.read_text(encoding="utf-8")
    assert "the prime minister" in lower
    capsys.readouterr()
    assert main(["batch", str(src), str(out), "-j", "1"]) == 0   # other flags: kept as they are
    err = capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == lower
    assert "0 cleaned, 3 already done" in err and "--overwrite to clean them again" in err
    assert main(["batch", str(src), str(out), "-j", "1", "--overwrite"]) == 0
    err = capsys.readouterr().err
    assert "The Prime Minister" in target.read_text(encoding="utf-8")
    assert "3 cleaned, 0 already done" in err and "--overwrite" not in err
    assert _no_temp_files(out)


def test_an_output_that_would_be_an_input_is_refused(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "root"
    src = root / "a"
    (src / "a").mkdir(parents=True)
    (src / "x.txt").write_text(SHOWS["rnz/2023/hipkins.txt"], encoding="utf-8")
    (src / "a" / "x.txt").write_text(SHOWS["tvnz/2022/council.txt"], encoding="utf-8")
    before = {p: p.read_bytes() for p in src.rglob("*.txt")}
    # root/a/a/x.txt -> root/a/x.txt, an input: refused before anything is written
    with pytest.raises(OptionsError, match="would be the input"):
        run_batch(src, root, ["text"], jobs=1, overwrite=True)
    assert main(["batch", str(src), str(root), "--overwrite", "-j", "1"]) == 2
    assert "would be the input" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in src.rglob("*.txt")} == before
    assert sorted(p.name for p in root.iterdir()) == ["a"]
    # the same folders with WebVTT outputs touch no input: allowed
    done = run_batch(src, root, ["vtt"], jobs=1)
    assert (done.files, done.done) == (2, 2)
    assert {p: p.read_bytes() for p in src.rglob("*.txt")} == before


# --- an interrupt: counts so far, no half file, workers stopped at once ----------------------

@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupt_prints_the_counts_and_the_rerun_finishes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        jobs: str) -> None:
    src, out = _archive(tmp_path / "in"), tmp_path / "out"
    write = batch.write_atomic
    calls = []

    def write_then_stop(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) == 3:  # Ctrl-C while the second file's outputs are written
            raise KeyboardInterrupt
        write(path, text)

    monkeypatch.setattr(batch, "write_atomic", write_then_stop)
    assert main(["batch", str(src), str(out), "--format", "text,json", "-j", jobs]) == 130
    err = capsys.readouterr().err
    assert regex.search(r"interrupted: 3 files: 1 cleaned, 0 already done, 0 failed; .*; 2 not "
                        r"done \(the same command again cleans only those\)\n", err)
    assert "Traceback" not in err
    assert _no_temp_files(out)
    monkeypatch.setattr(batch, "write_atomic", write)
    assert main(["batch", str(src), str(out), "--format", "text,json", "-j", jobs]) == 0
    assert "3 files: 2 cleaned, 1 already done, 0 failed" in capsys.readouterr().err
    assert len(list(out.rglob("*.json"))) == 3


def _slow(cleaner: object, seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _sigint_handler(cleaner: object, item: object) -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_abort_stops_the_workers_without_waiting_for_their_items() -> None:
    engine = ProcessEngine(Recipe(), 2)
    try:
        # workers leave Ctrl-C to the parent (no traceback of their own)
        assert list(engine.map(_sigint_handler, [0, 1])) == [True, True]
        results = engine.map(_slow, [30.0, 30.0, 30.0])
        with pytest.raises(TimeoutError):
            _first_within(results, 1.0)
        workers = list(engine.pool._processes.values())  # type: ignore[attr-defined]
        started = time.perf_counter()
        engine.abort()
        assert time.perf_counter() - started < 10
        waited = time.perf_counter()  # (the pool's own thread may reap them first)
        while any(w.exitcode is None for w in workers) and time.perf_counter() - waited < 5:
            time.sleep(0.05)
        assert workers and all(w.exitcode is not None for w in workers)
    finally:
        engine.abort()


def _first_within(results: object, seconds: float) -> None:
    """Raise TimeoutError when the first result is not in within ``seconds``."""
    def alarm(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        next(results)  # type: ignore[call-overload]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_sigterm_stops_a_batch_as_ctrl_c_does() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), _terminate_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises at once
    assert signal.getsignal(signal.SIGTERM) == before


# --- from Python: the records joined -----------------------------------------------------------

def _readme_join_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in regex.findall(r"```python\n(.*?)```", readme, flags=regex.S)
              if "every name correction" in b]
    assert len(blocks) == 1
    return blocks[0]


def test_the_readmes_join_of_name_corrections_finds_each_with_its_file_and_offsets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    src = _archive(tmp_path / "archive")
    # a Latin-1 page: offsets are into the decoded text, which `read` gives back
    (src / "rnz" / "2023" / "latin1.txt").write_bytes(
        "7:00 am\n>> the caf\xe9 owner said chris hip kins visited.\n".encode("latin-1"))
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "archive", "out", "--format", "json", "-j", "1", "-q",
                 "--names", str(_names_file(tmp_path))]) == 0
    scope: dict[str, object] = {"__name__": "readme"}
    exec(compile(_readme_join_block(), "README.md", "exec"), scope)
    rows = scope["rows"]
    assert isinstance(rows, list)
    found = {(Path(r[0]).name, r[3], r[4]) for r in rows}
    assert found == {("budget.txt", "jacinda are dern", "Jacinda Ardern"),
                     ("council.txt", "jacinda arden", "Jacinda Ardern"),
                     ("hipkins.txt", "hip kins", "Hipkins"),
                     ("latin1.txt", "hip kins", "Hipkins")}
    for source, start, end, original, _ in rows:
        assert tt.read(source).source[start:end] == original
    # negative: no name corrections without the names file
    capsys.readouterr()
    assert main(["batch", "archive", "plain", "--format", "json", "-j", "1", "-q"]) == 0
    for path in Path("plain").rglob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert not [c for c in record["corrections"] if c["kind"] == "name"]


def _names_file(folder: Path) -> Path:
    path = folder / "names.txt"
    path.write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    return path


# --- a download cut off inside its last cue -------------------------------------------------

_SRT = ("1\n00:00:01,000 --> 00:00:03,000\nthe harbour board met tonight\n\n"
        "2\n00:00:03,500 --> 00:00:06,000\nto vote on the new ferry terminal\n\n"
        "3\n00:00:06,500 --> 00:00:09,000\nand the budget for the pier\n")
_VTT = ("WEBVTT\n\nintro\n00:00:01.000 --> 00:00:03.000\nthe harbour board met tonight\n\n"
        "00:00:03.500 --> 00:00:06.000\nto vote on the new ferry terminal\n\n"
        "c3\n00:00:06.500 --> 00:00:09.000\nand the budget for the pier\n")


@pytest.mark.parametrize(("source", "fmt", "at"), [
    (_SRT, "srt", "3\n00:00:06,500 --> 00:0"),        # inside the timing
    (_SRT, "srt", "3\n00:00:06,500 --> "),            # after the arrow (was an error)
    (_SRT, "srt", "3\n00:00:0"),                      # inside the first time
    (_SRT, "srt", "3\n"),                             # after the number (was a word "3")
    (_SRT.replace("\n", "\r\n"), "srt", "3\r\n00:00:06,5"),
    (_VTT, "vtt", "c3\n00:00:06.500 --> 00:00"),
    (_VTT, "vtt", "c3\n00:00:06.5"),
])
def test_a_file_cut_off_in_its_last_cues_timing_keeps_the_cues_before_it(
        source: str, fmt: str, at: str) -> None:
    cut = source[:source.index(at) + len(at)]
    t = tt.clean(cut, format=fmt, options=tt.Options(names=False))
    assert t.text.endswith("to vote on the new ferry terminal.")
    assert "00" not in t.text and " 3" not in t.text
    assert t.cues[-1].lines[-1].endswith("terminal.") and t.cues[-1].end <= 6.0
    assert t.warnings == ["the file ends inside a cue's number or timing line (cut off?): "
                          "that cue is left out"]
    line = cut.count("\n", 0, cut.index(at.split("\n")[0].rstrip("\r"), len(cut) - len(at))) + 1
    assert t.document.diagnostics[-1].line == line
    assert all(cut[c.start:c.end] == c.original for c in t.corrections)
    assert t.replay() == t.text
    with pytest.raises(tt.StrictModeError, match="cut off"):
        tt.clean(cut, format=fmt, options=tt.Options(strict=True))


@pytest.mark.parametrize(("source", "fmt", "at"), [
    (_SRT, "srt", "and the budget"),                  # cut inside the text: read as it is
    (_SRT, "srt", "00:00:09,000\n"),                  # a whole timing, no text: a cue
    (_VTT, "vtt", "c3\n"),                            # an identifier alone may be text
])
def test_a_file_cut_after_its_last_timing_is_read_as_before(source: str, fmt: str,
                                                            at: str) -> None:
    cut = source[:source.index(at) + len(at)]
    assert not any("cut off" in w for w in tt.clean(cut, format=fmt).warnings)


def test_a_broken_timing_inside_the_file_is_still_an_error() -> None:
    broken = _SRT.replace("00:00:03,500 --> 00:00:06,000", "00:00:03,500 --> 00:0")
    with pytest.raises(tt.ParseError, match="malformed cue timing") as exc:
        tt.clean(broken, format="srt")
    assert exc.value.line == 6
    # and the same cut at the end of the file, with text after it, too
    with pytest.raises(tt.ParseError, match="malformed cue timing"):
        tt.clean(_SRT.replace("00:00:06,500 --> 00:00:09,000", "00:00:06,500 --> 00:0"),
                 format="srt")


def _watch(parent: int) -> None:
    engines.PARENT_CHECK = 0.05
    engines._watch_parent(parent)


def test_a_worker_ends_when_its_parent_is_gone() -> None:
    ctx = multiprocessing.get_context("fork")
    orphan = ctx.Process(target=_watch, args=(-1,))     # a parent it never had: gone
    orphan.start()
    orphan.join(timeout=10)
    assert orphan.exitcode == 1
    kept = ctx.Process(target=_watch, args=(os.getpid(),))  # its parent is here: it stays
    kept.start()
    try:
        kept.join(timeout=0.5)
        assert kept.is_alive()
    finally:
        kept.terminate()
        kept.join()


def test_every_strict_failure_says_it_is_strict(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "italian.txt").write_text(
        "9:00 pm\n>> il consiglio comunale si è riunito ieri sera per discutere il bilancio "
        "della città, le nuove strade e il porto. il sindaco ha detto che i lavori "
        "cominceranno in primavera. la gente del quartiere aspetta da anni una risposta sulla "
        "scuola e sul parcheggio.\n", encoding="utf-8")            # raised before the stages
    (src / "clock.txt").write_text(_clock_text(1), encoding="utf-8")  # raised by the reader
    (src / "fine.txt").write_text(SHOWS["rnz/2023/hipkins.txt"], encoding="utf-8")
    assert main(["batch", str(src), str(tmp_path / "out"), "--strict", "-j", "1"]) == 1
    failed = [ln for ln in capsys.readouterr().err.splitlines() if "failed:" in ln]
    assert len(failed) == 2 and all(ln.endswith("(--strict)") for ln in failed)
    assert any("italian.txt: the text does not read as English" in ln for ln in failed)
    assert (tmp_path / "out" / "fine.txt").exists()
    assert not (tmp_path / "out" / "italian.txt").exists()


# --- an output that cannot be written -------------------------------------------------------

def test_a_blocked_output_path_fails_its_file_and_the_rest_go_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = _archive(tmp_path / "in"), tmp_path / "out"
    (out / "rnz").mkdir(parents=True)
    (out / "rnz" / "2023").write_text("a file where a folder should be", encoding="utf-8")
    assert main(["batch", str(src), str(out), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert regex.search(r"failed: \S*hipkins\.txt: cannot write \S*hipkins\.txt: \S*rnz/2023 is "
                        r"a file, where a folder should be\n", err)
    assert "3 files: 2 cleaned, 0 already done, 1 failed" in err
    (out / "rnz" / "2023").unlink()
    assert main(["batch", str(src), str(out), "-j", "1"]) == 0
    assert "3 files: 1 cleaned, 2 already done, 0 failed" in capsys.readouterr().err


def test_a_full_disk_stops_the_run_with_the_counts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = _archive(tmp_path / "in"), tmp_path / "out"
    write = batch.write_atomic
    calls = []

    def fill_up(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        write(path, text)

    monkeypatch.setattr(batch, "write_atomic", fill_up)
    assert main(["batch", str(src), str(out), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "cannot write: No space left on device" in err
    assert "stopped: 3 files: 1 cleaned, 0 already done, 0 failed" in err
    assert len(calls) == 2 and "Traceback" not in err


def test_cues_run_together_on_one_line_are_read_or_named_for_what_they_are(
        tmp_path: Path) -> None:
    flat = " ".join(_SRT.split())                       # the line breaks lost
    path = tmp_path / "flat.srt"
    path.write_text("Subtitles for the harbour board\n\n" + flat + "\n", encoding="utf-8")
    doc = tt.read(path)                                 # read with them put back (qa54)
    assert [d.code for d in doc.diagnostics] == ["page-text", "flat-cues"]
    assert len([a for a in doc.anchors if a.kind == "cue"]) == 3
    # SRT cues run together without their numbers cannot be told from their text: refused
    path.write_text("Subtitles for the harbour board\n\n" + flat.replace(" 2 ", " ").replace(
        " 3 ", " ") + "\n", encoding="utf-8")
    with pytest.raises(tt.ParseError, match="cue timings run together on one line") as exc:
        tt.read(path)
    assert exc.value.line == 3
    # one broken timing on its own line is still "malformed"
    broken = _SRT.replace("00:00:03,500 --> 00:00:06,000", "00:00:03,500 -> 00:00:06,000 x")
    with pytest.raises(tt.ParseError, match="malformed cue timing"):
        tt.clean(broken, format="srt")


def test_a_large_file_is_cleaned_once_for_all_its_formats(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transcript_tools import cli, stream

    src = tmp_path / "in"
    src.mkdir()
    big = src / "big.txt"
    big.write_text("".join(_clock_text(40) for _ in range(3)), encoding="utf-8")
    monkeypatch.setattr(cli, "LARGE_INPUT", 2_000)
    monkeypatch.setattr(batch, "LARGE_INPUT", 2_000)
    cleaned: list[int] = []

    def small(text: str, cleaner: tt.Cleaner, **kwargs: object) -> object:
        return stream.clean_chunks(text, cleaner, max_chars=1_500, **kwargs)  # type: ignore[arg-type]

    def counting(text: str, cleaner: tt.Cleaner, **kwargs: object) -> object:
        for chunk in small(text, cleaner, **kwargs):  # type: ignore[attr-defined]
            cleaned.append(chunk.offset)
            yield chunk

    monkeypatch.setattr(batch, "clean_chunks", counting)
    monkeypatch.setattr(cli, "clean_chunks", small)  # `clean` cut at the same places
    assert main(["batch", str(src), str(tmp_path / "o"), "-j", "1", "-q",
                 "--format", "text,vtt,srt,json"]) == 0
    assert len(cleaned) > 2 and len(cleaned) == len(set(cleaned))  # each chunk once
    for fmt, suffix in (("text", "txt"), ("vtt", "vtt"), ("srt", "srt"), ("json", "json")):
        assert main(["clean", str(big), "-q", "-o", str(tmp_path / f"one.{suffix}")]) == 0
        assert (tmp_path / "o" / f"big.{suffix}").read_bytes() == \
            (tmp_path / f"one.{suffix}").read_bytes(), fmt
