"""Warm seconds of the caption stages (timing, layout) and writers (vtt, srt) and of `check`
at 1x, 10x and 100x the sample (``python -m benchmarks.captions_speed [SIZES...]``).

A quick view for speed work on those parts; `benchmarks.__main__` gives the full table.
"""

from __future__ import annotations

import sys

from . import corpus, measure


def main(argv: list[str]) -> int:
    import transcript_tools as tt
    from transcript_tools import writers
    from transcript_tools.check import check_captions

    sizes = [int(a) for a in argv] or [1, 10, 100]
    names = corpus.lexicon(500)
    cleaner = tt.Cleaner(names)
    rows: dict[str, dict[int, float]] = {}
    for n in sizes:
        text = corpus.synthetic(n)
        doc = tt.parse(text)
        repeat = max(3, 30 // n)
        for name, stage in cleaner.stages:
            before = doc
            if name in ("timing", "layout"):
                rows.setdefault(name, {})[n] = measure.best_of(
                    lambda st=stage, d=before: st(d), repeat)  # type: ignore[misc]
            doc = stage(before)
        for fmt in ("vtt", "srt"):
            rows.setdefault(f"write {fmt}", {})[n] = measure.best_of(
                lambda f=fmt, d=doc: writers.write(d, f), repeat)  # type: ignore[misc]
            out = writers.write(doc, fmt)
            rows.setdefault(f"check {fmt}", {})[n] = measure.best_of(
                lambda o=out, f=fmt: check_captions(o, format=f), repeat)  # type: ignore[misc]
    print("| part | " + " | ".join(f"{n}x ms" for n in sizes) + " | max ratio vs 1x/n |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    for part, by in rows.items():
        ratio = max((by[n] / by[sizes[0]]) * sizes[0] / n for n in sizes)
        print(f"| {part} | " + " | ".join(f"{by[n] * 1000:.2f}" for n in sizes)
              + f" | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
