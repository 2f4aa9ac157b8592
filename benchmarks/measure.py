"""The measurements: warm per-stage and end-to-end throughput, the symspellpy baseline, peak
memory and cold start in fresh subprocesses, and batch scaling over worker counts.

Called by `benchmarks.__main__`, which turns the figures into the README table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import corpus

ROOT = corpus.ROOT


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    """Best (least disturbed) seconds of ``repeat`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def words_in(text: str) -> int:
    import transcript_tools as tt

    return sum(1 for t in tt.parse(text).tokens if t.kind == "word")


def stages(text: str, names: list[str], repeat: int) -> list[tuple[str, float]]:
    """Warm seconds of the reader, each stage (in pipeline order) and each writer. The stages
    run with the cyclic collector paused, as `Cleaner.clean` runs them (`collector_paused`;
    the reader and the writers pause it themselves): its passes over a long document's
    objects are no part of a clean."""
    import transcript_tools as tt
    from transcript_tools import writers
    from transcript_tools.collector import collector_paused

    cleaner = tt.Cleaner(names)
    cleaner.clean(text)  # indexes and statistics loaded
    doc = tt.parse(text)
    out = [("parse (reader)", best_of(lambda: tt.parse(text), repeat))]
    with collector_paused():
        for name, stage in cleaner.stages:
            before = doc
            out.append((name, best_of(lambda st=stage, d=before: st(d), repeat)))  # type: ignore[misc]
            doc = stage(before)
    for fmt in ("text", "vtt", "srt", "json"):
        out.append((f"write {fmt}", best_of(lambda f=fmt: writers.write(doc, f), repeat)))  # type: ignore[misc]
    return out


def end_to_end(texts: dict[int, str], names: list[str], rounds: int,
               ) -> dict[int, tuple[float, float, float]]:
    """Warm seconds of `Cleaner.clean` (parse + every stage), of that plus every writer, and
    the CPU seconds of the clean, for each size. Sizes are measured in interleaved rounds
    (smaller ones several times a round) and the best run kept, so that a busy moment on the
    machine does not land on one size only and skew the scaling ratio. The CPU time is the
    fairer measure of growth on a shared machine: a 10 s run cannot dodge the other processes
    the way the best of many 0.1 s runs does."""
    import transcript_tools as tt

    cleaner = tt.Cleaner(names)
    best: dict[int, list[float]] = {n: [float("inf")] * 3 for n in texts}
    for text in texts.values():
        cleaner.clean(text)  # warm
    for _ in range(rounds):
        for n, text in texts.items():
            for _ in range(max(1, 10 // n)):
                cpu = time.process_time()
                t = time.perf_counter()
                transcript = cleaner.clean(text)
                clean = time.perf_counter() - t
                cpu = time.process_time() - cpu
                for fmt in ("text", "vtt", "srt", "json"):
                    transcript.render(fmt)
                full = time.perf_counter() - t
                best[n][0] = min(best[n][0], clean)
                best[n][1] = min(best[n][1], full)
                best[n][2] = min(best[n][2], cpu)
    return {n: (b[0], b[1], b[2]) for n, b in best.items()}


def baseline(text: str, repeat: int) -> tuple[float, int, float]:
    """symspellpy's ``lookup_compound`` over the sample's sentences: (seconds, words,
    dictionary load seconds). The naive cleanup a user might try first."""
    from importlib.resources import files

    from symspellpy import SymSpell

    t = time.perf_counter()
    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    pkg = files("symspellpy")
    sym.load_dictionary(str(pkg / "frequency_dictionary_en_82_765.txt"), 0, 1)
    sym.load_bigram_dictionary(str(pkg / "frequency_bigramdictionary_en_243_342.txt"), 0, 2)
    load = time.perf_counter() - t
    sents = corpus.sentences(text)
    words = sum(len(s.split()) for s in sents)

    def run() -> None:
        for s in sents:
            sym.lookup_compound(s, max_edit_distance=2)

    return best_of(run, max(1, repeat // 3)), words, load


# --- fresh subprocesses ----------------------------------------------------------------------

_PROBE = r"""
import json, resource, sys, time

def peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss can carry the parent's over exec
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

t0 = time.perf_counter()
import transcript_tools as tt
t1 = time.perf_counter()
from transcript_tools.vocabulary import vocabulary
names = json.loads(sys.argv[1])
cleaner = tt.Cleaner(names)
vocabulary()
t2 = time.perf_counter()
cleaner.clean("5:34 am\nthe first words of the day\n")
t3 = time.perf_counter()
result = {"import": t1 - t0, "prepare": t2 - t1, "first": t3 - t2}
if len(sys.argv) > 2:
    text = open(sys.argv[2], encoding="utf-8").read()
    rss0 = peak_mb()
    t = cleaner.clean(text)
    if sys.argv[3] == "files":  # as the CLI and `Transcript.save` write them
        t.save(sys.argv[2] + ".json"); t.save(sys.argv[2] + ".vtt")
    else:
        t.to_json(); t.to_webvtt()
    result["rss_before"] = rss0
result["rss"] = peak_mb()
print(json.dumps(result))
"""


PYCACHE = Path(tempfile.gettempdir()) / \
    f"transcript-tools-bench-pycache-{getattr(os, 'getuid', lambda: 0)()}"
"""Compiled bytecode for the probes. An installed package has its bytecode compiled (pip
does it); a development checkout run with ``PYTHONDONTWRITEBYTECODE`` would recompile every
module in every fresh process (~0.1 s) and the cold start would measure the compiler."""


def _probe(names: list[str], text_file: Path | None = None,
           env: dict[str, str] | None = None, outputs: str = "files") -> dict[str, float]:
    args = [sys.executable, "-c", _PROBE, json.dumps(names)]
    if text_file is not None:
        args += [str(text_file), outputs]
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**base, **(env or {})})
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def cold_start(names: list[str], repeat: int) -> dict[str, float]:
    """Import, prepare (lexicon + dictionaries) and first clean in a fresh interpreter, with the
    on-disk index cache and compiled bytecode warm (median of ``repeat``); ``empty_cache`` is
    one run without the index cache."""
    _probe(names)  # make sure the caches exist
    runs = [_probe(names) for _ in range(repeat)]
    out = {k: statistics.median(r[k] for r in runs) for k in ("import", "prepare", "first")}
    out["total"] = out["import"] + out["prepare"] + out["first"]
    with tempfile.TemporaryDirectory() as tmp:
        empty = _probe(names, env={"TRANSCRIPT_TOOLS_CACHE": tmp})
    out["empty_cache"] = empty["import"] + empty["prepare"] + empty["first"]
    return out


def peak_memory(names: list[str], text: str) -> dict[str, float]:
    """Peak resident memory (MB) of a fresh process that cleans ``text`` and writes JSON and
    WebVTT files as the CLI and `Transcript.save` do (``rss``), and of one that makes both as
    strings in memory, ``to_json()`` and ``to_webvtt()`` (``rss_strings``: a long JSON record
    is then held whole, twice while it is joined); ``rss_before`` is the peak before the
    clean (interpreter + dictionaries)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.txt"
        path.write_text(text, encoding="utf-8")
        files = _probe(names, path, outputs="files")
        strings = _probe(names, path, outputs="strings")
    return {"rss": files["rss"], "rss_strings": strings["rss"],
            "rss_before": files["rss_before"]}


def batch_scaling(count: int, names: list[str], jobs: list[int],
                  rounds: int = 2) -> list[dict[str, float]]:
    """`run_batch` over ``count`` generated transcripts with each worker count: seconds,
    files/s, words/s (worker start-up included)."""
    from transcript_tools.batch import run_batch

    best: dict[int, tuple[float, int, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = corpus.batch_folder(Path(tmp) / "in", count)
        for round_ in range(rounds):  # interleaved, best kept: as in `end_to_end`
            for n in jobs:
                out_dir = Path(tmp) / f"out{n}-{round_}"
                cpu = _cpu_seconds()
                t = time.perf_counter()
                summary = run_batch(src, out_dir, ["text", "vtt", "json"], names=names, jobs=n)
                seconds = time.perf_counter() - t
                cpu = _cpu_seconds() - cpu
                if summary.failed or summary.done != count:
                    raise RuntimeError(f"batch benchmark failed: {summary.line()}")
                if n not in best or seconds < best[n][0]:
                    best[n] = (seconds, summary.words, cpu)
    return [{"jobs": n, "seconds": best[n][0], "files_s": count / best[n][0],
             "words_s": best[n][1] / best[n][0], "cpu": best[n][2]} for n in jobs]


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the pool's workers, once shut
    down): with the wall time, it tells a busy machine from overhead in the parallel path."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime



_UNSEEN = r"""
import json, sys, time
import transcript_tools as tt
from benchmarks import corpus
names = corpus.lexicon(500) if sys.argv[1] == "500" else []
texts = [open(p, encoding="utf-8").read() for p in json.loads(sys.argv[2])]
cleaner = tt.Cleaner(names)
cleaner.clean(corpus.sample())  # warm on the sample: dictionaries, indexes, its windows
spent = [0.0]
def timed(stage):
    def run(doc):
        t = time.process_time()
        out = stage(doc)
        spent[0] += time.process_time() - t
        return out
    return run
cleaner.stages = [(n, timed(s) if n == "names" else s) for n, s in cleaner.stages]
cpu = time.process_time()
for text in texts:
    cleaner.clean(text)
cpu = time.process_time() - cpu
words = sum(1 for t in texts for k in tt.parse(t).tokens if k.kind == "word")
print(json.dumps({"cpu": cpu, "names": spent[0], "words": words, "files": len(texts)}))
"""


def unseen(pages: Path, lexicon: int) -> dict[str, float] | None:
    """CPU seconds of cleaning every page of ``pages`` once (text the memos have never seen)
    in a fresh process warmed on the sample, with a ``lexicon``-name lexicon (0: none), and
    the names stage's share; None when the folder holds no pages."""
    paths = sorted(str(p) for p in pages.glob("*.txt")) if pages.is_dir() else []
    if not paths:
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    done = subprocess.run([sys.executable, "-c", _UNSEEN, str(lexicon), json.dumps(paths)],
                          capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def pages_dir() -> Path:
    """The dev pages (``$TT_DEVPAGES``, else ``devdata/pages`` beside the checkout or
    ``/work/devdata/pages``); not part of the repository."""
    env = os.environ.get("TT_DEVPAGES")
    if env:
        return Path(env)
    here = ROOT.parent / "devdata" / "pages"
    return here if here.is_dir() else Path("/work/devdata/pages")
