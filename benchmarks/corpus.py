"""The benchmark corpus: the sample broadcast, synthetic broadcasts of N times its length,
a 500-name lexicon, and folders of generated transcripts for the batch benchmark.

Used by `benchmarks.__main__`; everything is built from files in the repository and from
package data, nothing downloaded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "broadcast_interview_2020-10.txt"
SAMPLE_NAMES = ROOT / "examples" / "names_interview_2020-10.txt"
DEVSET = ROOT / "tests" / "data" / "devset"

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})\s*([ap]m)$", re.IGNORECASE)


def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _minutes(line: str) -> int | None:
    m = _CLOCK.match(line.strip())
    if not m:
        return None
    h, mi, ap = int(m[1]), int(m[2]), m[3].lower()
    return (h % 12 + (12 if ap == "pm" else 0)) * 60 + mi


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    return f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


def synthetic(times: int, text: str | None = None) -> str:
    """The sample repeated ``times`` times as one longer broadcast: each copy's wall-clock
    lines are shifted to follow the previous copy, so the clock keeps running forward."""
    text = sample() if text is None else text
    lines = text.splitlines()
    clocks = [m for m in map(_minutes, lines) if m is not None]
    span = (clocks[-1] - clocks[0] + 1) if clocks else 0
    out: list[str] = []
    for k in range(times):
        for line in lines:
            m = _minutes(line)
            out.append(_clock(m + k * span) if m is not None else line)
    return "\n".join(out) + "\n"


def lexicon(size: int = 500) -> list[str]:
    """``size`` name lines: the sample's names, the dev set's lexicons, then country names
    from pycountry (with their official names as aliases) until there are enough."""
    lines: list[str] = [ln for ln in SAMPLE_NAMES.read_text(encoding="utf-8").splitlines()
                        if ln.strip() and not ln.lstrip().startswith("#")]
    pages = json.loads((DEVSET / "pages.json").read_text(encoding="utf-8"))
    # Only the first dev split: the benchmark lexicon stays the same as new splits are added.
    dev = {p["id"] for p in pages if p.get("split", "dev") == "dev"}
    for path in sorted(DEVSET.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, dict) and record.get("id") in dev:
            lines.extend(record.get("lexicon", []))
    try:
        import pycountry

        for country in pycountry.countries:
            official = getattr(country, "official_name", "")
            lines.append(f"{country.name} | {official}" if official else country.name)
    except ImportError:  # the bench extra is missing: the lexicon is what the repo holds
        pass
    seen: set[str] = set()
    unique = []
    for line in lines:
        key = line.split("|")[0].strip().casefold()
        if key and key not in seen:
            seen.add(key)
            unique.append(line)
    return unique[:size]


def sentences(text: str) -> list[str]:
    """The sample's caption text as the sentences a naive cleaner would be fed: clock lines
    out, split at the captioners' full stops."""
    body = " ".join(ln for ln in text.splitlines() if _minutes(ln) is None)
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", body) if s.strip()]


def batch_folder(folder: Path, count: int, text: str | None = None) -> Path:
    """``count`` different transcripts (rotations of the sample's lines, ~1,600 words each)
    written to ``folder`` for the batch benchmark."""
    lines = (sample() if text is None else text).splitlines(keepends=True)
    folder.mkdir(parents=True, exist_ok=True)
    half = len(lines) // 2
    for i in range(count):
        start = (i * 2) % half
        (folder / f"show{i:03d}.txt").write_text("".join(lines[start:start + half]),
                                                 encoding="utf-8")
    return folder
