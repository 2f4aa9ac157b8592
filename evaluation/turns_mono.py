"""Where the spurious boundaries on single-voice text come from: each turn start of a
single-voice document (every one is spurious) classed by the step of the turns stage that
makes it, and by the evidence at the change.

Run ``python evaluation/turns_mono.py [--list]``. Documents: the constructed monologues of
``tests/data/cases/turns/mono/`` (dev only) as plain text and as lowercase caption text (the
forms `evaluation/turns.py` reads as broadcast text), the archive single-voice spans of
``mono_pages.json`` and, when present, the extra single-voice dev texts of
``tests/data/cases/turns/mono/extra/`` (written for round turns24). Steps: ``decode`` (the
decoder's change of role, left standing by every later step), ``settle``, ``clips``,
``reports``, ``running_hosts`` (a change of role one of them made), and the changes of voice
inside one role (``voice_changes``, ``opening_voices``, ``reported``, ``copresent``,
``second_presenters``, ``bite_starts``). For a decoder change the evidence class is read off
the units on either side: a question the same speaker goes on to answer (``rhetorical``), a
greeting or thanks (``greeting``), a reply opener (``opener``), second person (``you``),
first person (``i/we``), or none of these (``plain``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402

import transcript_tools.turns as tmod  # noqa: E402
from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

_TRACE: dict[str, Any] = {}
ROLE_STEPS = ("decode", "settle", "clips", "reports", "running_hosts")
VOICE_STEPS = ("voice_changes", "opening_voices", "second_presenters", "bite_starts")


def _wrap(name: str) -> None:
    real = getattr(tmod, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        got = real(*args, **kwargs)
        if name == "decode":
            _TRACE.clear()
            _TRACE["units"] = args[0]
            _TRACE["cues"] = kwargs.get("unit_cues")
        if name in ("reports", "running_hosts"):
            _TRACE[name] = list(got[0])
            _TRACE["reported" if name == "reports" else "copresent"] = set(got[1])
        elif name in VOICE_STEPS:
            _TRACE[name] = set(got)
        else:
            _TRACE[name] = list(got)
        return got

    setattr(tmod, name, wrapped)


for _n in ROLE_STEPS + VOICE_STEPS:
    _wrap(_n)


def evidence(k: int) -> str:
    """The class of evidence at a change before unit ``k``."""
    units, cues = _TRACE["units"], _TRACE["cues"]
    a, b = cues[k - 1], cues[k]
    if a.question and not b.question and not b.second:
        return "rhetorical"
    if a.greeting or a.thanks or a.audience or b.greeting or b.thanks:
        return "greeting"
    if b.opener:
        return "opener"
    if a.question or b.question:
        return "question"
    if a.second or b.second:
        return "you"
    if a.first or b.first:
        return "i/we"
    del units
    return "plain"


def attribute(doc: Any) -> list[tuple[int, str, str]]:
    """(unit index, step, evidence) of every turn start but the first."""
    units = _TRACE.get("units")
    if not units or "decode" not in _TRACE:
        return []
    final = _TRACE.get("running_hosts") or _TRACE.get("reports") or _TRACE["decode"]
    out = []
    for k in range(1, len(units)):
        if final[k] != final[k - 1]:
            step = "?"
            for s in ROLE_STEPS:
                st = _TRACE.get(s)
                if st is not None and st[k] != st[k - 1]:
                    step = s
                    break
            # a change the decoder made and a later step moved counts as that later step's
            later = [s for s in ROLE_STEPS[1:] if s in _TRACE and (
                _TRACE[s][k] != _TRACE["decode"][k] or _TRACE[s][k - 1] != _TRACE["decode"][k - 1])]
            if step == "decode" and later:
                step = "decode+" + later[0]
            out.append((k, step, evidence(k)))
        else:
            for s in ("voice_changes", "opening_voices", "reported", "copresent",
                      "second_presenters", "bite_starts"):
                if k in _TRACE.get(s, ()):
                    out.append((k, s, evidence(k)))
                    break
    return out


def documents() -> list[tuple[str, str, str]]:
    """(name, source, reader format) of every single-voice dev document read as broadcast."""
    docs = []
    mono = ev.CASES / "mono"
    for sub in ("", "extra"):
        for path in sorted((mono / sub).glob("*.txt")) if (mono / sub).is_dir() else []:
            for form, text, fmt in ev.mono_forms(path.read_text(encoding="utf-8")):
                if fmt == "broadcast":
                    docs.append((f"{sub or 'mono'}/{path.stem}/{form}", text, fmt))
    where = ev.mono_dir()
    if where is not None:
        listing = json.loads((ev.CASES / "mono_pages.json").read_text(encoding="utf-8"))
        for entry in listing:
            src = ev.annotated_text(where, entry)
            if src is None:
                continue
            for i, (a, b) in enumerate(entry["spans"]):
                docs.append((f"{entry['kind']}/{entry['id']}#{i}", src[a:b], "broadcast"))
    return docs


def main() -> int:
    listing = "--list" in sys.argv
    cleaner = Cleaner(options=Options())
    by_step: Counter[str] = Counter()
    by_ev: Counter[str] = Counter()
    by_set: Counter[str] = Counter()
    for name, text, fmt in documents():
        _TRACE.clear()
        doc = cleaner.run(parse(text, format=fmt))
        found = attribute(doc)
        units = _TRACE.get("units") or []
        kind = name.split("/")[0] + ("/" + name.rsplit("/", 1)[1] if name.startswith(
            ("mono", "extra")) else "")
        for k, step, evid in found:
            by_step[f"{kind:16s} {step}"] += 1
            by_ev[f"{step:22s} {evid}"] += 1
            by_set[kind] += 1
            if listing:
                before = " ".join(units[k - 1].words[-8:])
                after = " ".join(units[k].words[:8])
                print(f"{name:44s} {step:16s} {evid:10s} {before} | {after}")
        if len(doc.turns) - 1 != len(found):
            print(f"{name}: {len(doc.turns) - 1} turn starts, {len(found)} attributed")
    print("\nby set:", dict(by_set))
    print("\nby set and step:")
    for key, n in sorted(by_step.items()):
        print(f"  {key:44s} {n}")
    print("\nby step and evidence:")
    for key, n in sorted(by_ev.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {key:44s} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
