"""Robustness benchmarks: time on pathological input grows linearly; memory stays bounded.

    python benchmarks/robustness.py            # pathological shapes + 20 MB through the CLI
    python benchmarks/robustness.py --mb 100   # the 100 MB run (several minutes)

Prints, for each pathological shape, the time at sizes n, 2n, 4n and the ratio per doubling
(2.0 is linear, 4.0 quadratic); then the CLI's peak RSS on generated broadcast input and SRT
of the given size and on one line of 50 MB, against the in-memory path's bytes per token.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcript_tools import Cleaner  # noqa: E402


def _timed(cleaner: Cleaner, text: str) -> float:
    t0 = time.perf_counter()
    cleaner.clean(text, format="broadcast")
    return time.perf_counter() - t0


def pathological(cleaner: Cleaner) -> None:
    shapes: dict[str, Callable[[int], str]] = {
        "copies of one word": lambda n: "the " * n,
        "line without spaces": lambda n: "x" * (n * 10),
        "one name repeated": lambda n: "pashinyan " * n,
        ">> markers only": lambda n: ">> " * n,
        "[sound] cues only": lambda n: "[applause] " * n,
        "clock lines only": lambda n: "".join(f"{5 + i // 3600 % 12}:{i // 60 % 60:02d} am\n"
                                              for i in range(n // 10)),
    }
    print(f"{'shape':22} {'n=25k':>9} {'n=50k':>9} {'n=100k':>9}  ratio per doubling")
    for name, make in shapes.items():
        _timed(cleaner, make(1000))  # warm caches
        times = [_timed(cleaner, make(n)) for n in (25_000, 50_000, 100_000)]
        ratios = [b / a for a, b in zip(times, times[1:], strict=False)]
        print(f"{name:22} " + " ".join(f"{t:8.2f}s" for t in times)
              + "  " + " ".join(f"{r:.2f}" for r in ratios))
    print("(n = copies; the line without spaces has 10 n characters: 1 MB at n=100k)")


def _sample_words() -> list[str]:
    """The example transcript's words, without clock and marker fragments."""
    words = (ROOT / "examples" / "broadcast_interview_2020-10.txt").read_text(
        encoding="utf-8").split()
    return [w for w in words if ":" not in w and ">" not in w]


def broadcast_text(megabytes: float, seed: int = 0) -> str:
    """Generated archive-shaped text: a clock line a minute, >> turns, sound cues."""
    words = _sample_words()
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    minute = 5 * 60
    while size < megabytes * 1e6:
        out.append(f"{minute // 60 % 12 or 12}:{minute % 60:02d} "
                   f"{'am' if minute // 60 % 24 < 12 else 'pm'}\n")
        minute += 1
        for _ in range(rng.randint(1, 4)):
            line = ">> " + " ".join(rng.choice(words) for _ in range(rng.randint(20, 60)))
            if rng.random() < 0.1:
                line += " [applause]"
            out.append(line + "\n")
            size += len(line) + 1
    return "".join(out)


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def srt_text(megabytes: float, seed: int = 0) -> str:
    """Generated SRT: numbered cues of one or two lines, a speaker change now and then."""
    words = _sample_words()
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    t = 0.0
    while size < megabytes * 1e6:
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 7)))
                 for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.1:
            lines[0] = ">> " + lines[0]
        start, t = t, t + rng.uniform(1.5, 4.0)
        cue = (f"{len(out) + 1}\n{_stamp(start)} --> {_stamp(t)}\n" + "\n".join(lines)
               + "\n\n")
        t += rng.uniform(0.0, 0.5)
        out.append(cue)
        size += len(cue)
    return "".join(out)


def _cli_peak(path: Path, fmt: str) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one CLI run (``cli.main``) in a fresh process."""
    code = ("import resource, sys; from transcript_tools.cli import main; "
            "code = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(code)")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-c", code, "clean", str(path), "-q", "-o",
                               str(Path(tmp) / f"out.{fmt}")], check=True, cwd=ROOT,
                              capture_output=True, text=True)
    return time.perf_counter() - t0, int(proc.stdout.split()[-1]) / 1024


def memory(megabytes: float, line_mb: float) -> None:
    probe = broadcast_text(2)
    code = ("import resource,sys; from transcript_tools import clean; "
            "t=sys.stdin.read(); b=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
            "n=len(clean(t).document.tokens); "
            "p=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; print(n, (p-b)*1024/n)")
    out = subprocess.run([sys.executable, "-c", code], input=probe, capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()
    tokens, per_token = int(out[0]), float(out[1])
    print(f"\nin-memory clean of 2 MB: {tokens} tokens, {per_token:.0f} bytes per token "
          f"(so {megabytes:g} MB whole would need about "
          f"{per_token * tokens * megabytes / 2 / 1e9:.1f} GB)")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(broadcast_text(megabytes), encoding="utf-8")
        size = big.stat().st_size / 1e6
        for fmt in ("vtt", "json"):
            seconds, peak = _cli_peak(big, fmt)
            print(f"CLI chunked, {size:.0f} MB -> {fmt}: {seconds:.0f} s, peak RSS {peak:.0f} MB, "
                  f"{size * 1e6 / 5.6 / seconds:,.0f} words/s")
        big = Path(tmp) / "big.srt"
        big.write_text(srt_text(megabytes), encoding="utf-8")
        size = big.stat().st_size / 1e6
        for fmt in ("vtt", "srt"):
            seconds, peak = _cli_peak(big, fmt)
            print(f"CLI chunked, {size:.0f} MB of SRT -> {fmt}: {seconds:.0f} s, "
                  f"peak RSS {peak:.0f} MB")
        big = Path(tmp) / "big.txt"
        big.write_text(broadcast_text(line_mb).replace("\n", " "), encoding="utf-8")
        seconds, peak = _cli_peak(big, "vtt")
        print(f"CLI chunked, one line of {big.stat().st_size / 1e6:.0f} MB -> vtt: "
              f"{seconds:.0f} s, peak RSS {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="size of the memory run")
    parser.add_argument("--line-mb", type=float, default=50.0, help="size of the one-line run")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    pathological(Cleaner(["Nikol Pashinyan"]))
    if not args.skip_memory:
        memory(args.mb, args.line_mb)


if __name__ == "__main__":
    main()
