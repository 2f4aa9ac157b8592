"""A batch stopped from outside (ux3): SIGTERM exits 143 as Unix tools do (Ctrl-C stays 130),
with the same clean-up; a rerun after a SIGKILL mid-write removes the temporary files of that
write, and only those."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import regex

from transcript_tools import batch
from transcript_tools.batch import STALE_TEMP_SECONDS, Summary, remove_stale_temp, run_batch
from transcript_tools.cli import Terminated, _terminate_as_interrupt, main
from transcript_tools.writers import temp_target

from .conftest import ROOT

PAGES = {
    "farm/2019/wool.txt": "6:00 am\n>> wool prices fell again at the auction in geelong this "
                          "week. growers say the season has been hard.\n",
    "farm/2020/rain.txt": "6:00 am\n>> the rain came late to the wheat belt. farmers near "
                          "esperance planted a month behind.\n",
    "farm/2021/sheep.txt": "6:00 am\n>> shearing teams are short of workers. the union wants "
                           "better pay for the long days.\n",
}


def _pages(root: Path, copies: int = 1) -> Path:
    for rel, text in PAGES.items():
        for n in range(copies):
            path = root / (rel if n == 0 else rel.replace(".txt", f"-{n}.txt"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return root


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _temp_beside(target: Path) -> Path:
    """A temporary file exactly as `writers.atomic_file` makes it (`tempfile.mkstemp`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.write(fd, b"half an outp")
    os.close(fd)
    return Path(tmp)


# --- SIGTERM: 143, Ctrl-C: 130 ------------------------------------------------------------------

def test_sigterm_is_an_interrupt_that_says_which_signal_it_was() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated), _terminate_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises at once
    assert issubclass(Terminated, KeyboardInterrupt)  # unwinds as Ctrl-C does
    assert signal.getsignal(signal.SIGTERM) == before


@pytest.mark.parametrize(("stop", "code", "word"), [(Terminated, 143, "terminated"),
                                                    (KeyboardInterrupt, 130, "interrupted")])
def test_a_batch_stopped_mid_run_exits_128_plus_the_signal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        stop: type[BaseException], code: int, word: str) -> None:
    src, out = _pages(tmp_path / "in"), tmp_path / "out"
    write = batch.write_atomic
    calls = []

    def write_then_stop(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise stop
        write(path, text)

    monkeypatch.setattr(batch, "write_atomic", write_then_stop)
    assert main(["batch", str(src), str(out), "--format", "text", "-j", "1"]) == code
    err = capsys.readouterr().err
    assert regex.search(rf"transcript-tools: {word}: 3 files: 1 cleaned, .*; 2 not done", err)
    assert "Traceback" not in err
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


def test_a_real_sigterm_stops_the_batch_and_its_workers_with_143(tmp_path: Path) -> None:
    src, out = _pages(tmp_path / "in", copies=60), tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "transcript_tools", "batch", str(src),
                             str(out), "-j", "2", "--format", "text"],
                            stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        waited = time.monotonic()
        while not any(out.rglob("*.txt")) and proc.poll() is None \
                and time.monotonic() - waited < 120:
            time.sleep(0.01)
        assert proc.poll() is None, "the batch ended before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err
    assert regex.search(r"transcript-tools: terminated: 180 files: \d+ cleaned, .*; \d+ not "
                        r"done \(the same command again cleans only those\)\n", err)
    assert "Traceback" not in err
    # A signal that lands inside `tempfile.mkstemp` (after the file is made, before its name
    # is returned) can leave that one temporary file: the rerun removes it and finishes.
    left = [p for p in out.rglob("*") if p.name.startswith(".")]
    assert len(left) <= 1 and all(temp_target(p.name) for p in left)
    for path in left:
        _age(path, 60)
    rerun = subprocess.run([sys.executable, "-m", "transcript_tools", "batch", str(src),
                            str(out), "-j", "1", "--format", "text"],
                           stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
                           timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(left)} temporary file" in rerun.stderr or not left
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]
    assert len(list(out.rglob("*.txt"))) == 180


# --- a rerun removes a killed write's temporary files, and nothing else ---------------------------

def test_temp_target_reads_only_atomic_files_own_names() -> None:
    assert temp_target(".wool.txt.k3x_9qpz.tmp") == "wool.txt"
    assert temp_target(".a b.vtt.00000000.tmp") == "a b.vtt"
    # negative: other tools' temporary files and near misses
    for name in ("wool.txt.k3x_9qpz.tmp", ".wool.txt.k3x9qpz.tmp", ".wool.txt.K3X_9QPZ.tmp",
                 ".wool.txt.tmp", ".wool.txt.k3x_9qpz.tmp~", "~$wool.txt", ".wool.txt.swp",
                 ".wool.txt.k3x-9qpz.tmp"):
        assert temp_target(name) is None, name


def test_a_rerun_removes_the_temp_files_a_killed_write_left_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = _pages(tmp_path / "in"), tmp_path / "out"
    assert main(["batch", str(src), str(out), "--format", "text,json", "-j", "1", "-q"]) == 0
    # a run killed while writing wool's JSON (which it then never renamed), and rain's text
    (out / "farm" / "2019" / "wool.json").unlink()
    stale = [_temp_beside(out / "farm" / "2019" / "wool.json"),
             _temp_beside(out / "farm" / "2020" / "rain.txt")]
    for path in stale:
        _age(path, 60)
    # negative: files that are not this run's own temporary files stay
    kept = [out / "farm" / "2019" / ".wool.txt.swp",               # an editor's
            out / "farm" / "2019" / "wool.txt.k3x_9qpz.tmp",       # no leading dot
            out / "farm" / "2019" / ".notes.txt.k3x_9qpz.tmp",     # no output of this run
            out / "farm" / "2019" / ".wool.srt.k3x_9qpz.tmp",      # a format not asked for
            out / ".farm.k3x_9qpz.tmp"]                            # beside no output
    for path in kept:
        path.write_text("someone else's", encoding="utf-8")
        _age(path, 60)
    assert main(["batch", str(src), str(out), "--format", "text,json", "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert ("3 files: 1 cleaned, 2 already done, 0 failed; 2 temporary files of an unfinished "
            "write removed (.NAME.XXXXXXXX.tmp beside an output); ") in err
    assert not any(p.exists() for p in stale)
    assert all(p.read_text(encoding="utf-8") == "someone else's" for p in kept)
    assert (out / "farm" / "2019" / "wool.json").exists()
    # the next rerun finds nothing to remove and says nothing of it
    assert main(["batch", str(src), str(out), "--format", "text,json", "-j", "1"]) == 0
    assert "temporary" not in capsys.readouterr().err


def test_a_young_temp_file_or_a_link_is_left(tmp_path: Path) -> None:
    target = tmp_path / "out" / "wool.txt"
    young = _temp_beside(target)  # another run may be writing it now
    old = _temp_beside(target)
    _age(old, STALE_TEMP_SECONDS + 30)
    elsewhere = tmp_path / "mine.txt"
    elsewhere.write_text("not a temporary file", encoding="utf-8")
    link = target.parent / ".wool.txt.abcdefgh.tmp"
    link.symlink_to(elsewhere)
    os.utime(link, (time.time() - 60,) * 2, follow_symlinks=False)
    assert remove_stale_temp([{"text": target}]) == [old]
    assert young.exists() and link.is_symlink() and elsewhere.exists()
    # an output folder not made yet: nothing to do, no error
    assert remove_stale_temp([{"text": tmp_path / "none" / "x.txt"}]) == []


def test_run_batch_counts_the_removed_files(tmp_path: Path) -> None:
    src, out = _pages(tmp_path / "in"), tmp_path / "out"
    stale = _temp_beside(out / "farm" / "2021" / "sheep.vtt")
    _age(stale, 60)
    done = run_batch(src, out, ["vtt"], jobs=1)
    assert (done.removed, done.done) == (1, 3) and not stale.exists()
    assert Summary(files=1, done=1).line().count("temporary") == 0
    assert "1 temporary file of an unfinished write removed" in Summary(removed=1).line()
