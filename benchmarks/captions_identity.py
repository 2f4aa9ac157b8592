"""Byte-identity guard for speed work on timing, layout and the caption writers: save every
output once, then compare after each change (``python -m benchmarks.captions_identity``).

``save DIR`` writes the WebVTT, SRT and JSON output (and `check` findings, token times, cues)
of the sample with its names, the 10x synthetic broadcast, the caption fixtures and the dev
pages (when present) under several layout options; ``compare DIR`` reports any difference.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from . import corpus

FIXTURES = corpus.ROOT / "tests" / "data" / "fixtures"
CASES = corpus.ROOT / "tests" / "data" / "cases"
VARIANTS: dict[str, dict[str, object]] = {
    "default": {},
    "bbc3": {"max_line_chars": 37, "max_lines": 3, "min_gap": 2 / 25},
    "narrow1": {"max_line_chars": 20, "max_lines": 1, "max_cps": 20.0, "max_duration": 4.0},
}


def _pages() -> list[Path]:
    root = Path(os.environ.get("TT_DEVPAGES", corpus.ROOT.parent.parent / "devdata" / "pages"))
    if not root.is_dir():
        root = Path("/work/devdata/pages")
    return sorted(root.glob("*.txt")) if root.is_dir() else []


def _inputs() -> Iterator[tuple[str, str, bool]]:
    """(name, text, with the sample's names)"""
    yield "sample", corpus.sample(), True
    yield "sample10", corpus.synthetic(10), True
    for path in sorted(FIXTURES.iterdir()) + sorted(CASES.rglob("*.vtt")):
        if path.suffix in (".vtt", ".srt", ".json", ".txt") and "missing" not in path.name:
            yield f"fixture-{path.name}", path.read_text(encoding="utf-8"), False
    for path in _pages():
        yield f"page-{path.stem}", path.read_text(encoding="utf-8"), False


def outputs() -> Iterator[tuple[str, str]]:
    import transcript_tools as tt
    from transcript_tools.check import check_captions
    from transcript_tools.errors import TranscriptToolsError

    for path in sorted(FIXTURES.iterdir()) + sorted(CASES.rglob("*.vtt")):
        if path.suffix in (".vtt", ".srt"):  # `check` on files made elsewhere
            raw = path.read_text(encoding="utf-8")
            for preset in ({}, {"max_line_chars": 20, "max_cps": 10.0, "min_gap": 0.5}):
                found = check_captions(raw, tt.Options(**preset),  # type: ignore[arg-type]
                                       format=path.suffix[1:])
                yield (f"check-{path.name}-{len(preset)}",
                       "\n".join(v.format("x") + f" [{v.rule}]" for v in found))
    names = [ln for ln in corpus.SAMPLE_NAMES.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    for variant, fields in VARIANTS.items():
        options = tt.Options(**fields)  # type: ignore[arg-type]
        with_names = tt.Cleaner(names, options=options)
        plain = tt.Cleaner(options=options)
        for name, text, named in _inputs():
            key = f"{variant}/{name}"
            try:
                result = (with_names if named else plain).clean(text)
            except TranscriptToolsError as exc:
                yield f"{key}.error", str(exc)
                continue
            doc = result.document
            yield f"{key}.times", repr(doc.times)
            yield f"{key}.cues", repr(doc.cues)
            yield f"{key}.diagnostics", repr(doc.diagnostics)
            for fmt in ("vtt", "srt", "json"):
                out = result.render(fmt)
                yield f"{key}.{fmt}", out
                if fmt != "json":
                    found = check_captions(out, options, format=fmt)
                    yield f"{key}.{fmt}.check", "\n".join(v.format("x") for v in found)
            yield f"{key}.vtt-novoices", result.to_webvtt(voices=False)
            yield f"{key}.srt-nolabels", result.to_srt(speaker_labels=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    bad = count = 0
    if args.action == "save":
        args.dir.mkdir(parents=True, exist_ok=True)
    for key, text in outputs():
        count += 1
        path = args.dir / (key.replace("/", "__") + ".out")
        if args.action == "save":
            path.write_text(text, encoding="utf-8")
            continue
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            bad += 1
            digest = hashlib.sha1(text.encode()).hexdigest()[:8]
            print(f"DIFFERS: {key} (now {digest}, {len(text)} chars)", file=sys.stderr)
    verb = "saved" if args.action == "save" else f"compared, {bad} different"
    print(f"{count} outputs {verb}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
