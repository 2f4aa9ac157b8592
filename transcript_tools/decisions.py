"""A reviewer's decisions (reject a correction, accept a suggestion) read and applied.

Made by the review page (`writers.review`), read by `Decisions.load`; `api.Cleaner.clean`
runs them through `Decisions.staged`, which applies each decision right after the stage that
made its edit, so later stages (casing, sentences, timing, layout) build on the decided text
(and may refine an accepted edit, e.g. capitalise it at a sentence start, like any edit).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import InputError
from .model import Diagnostic, Document, Edit, EditKind, OverlapError, Rendering

SCHEMA = "transcript-tools-decisions/1"
ACCEPTED_RULE = "review-accepted"
"""The rule of an edit made from a suggestion a reviewer accepted."""

Target = Literal["correction", "suggestion"]
Verdict = Literal["accept", "reject"]
Stage = Callable[[Document], Document]
_KINDS = frozenset(("name", "spelling", "case", "punctuation", "number", "artifact", "markup",
                    "decision"))


def source_digest(source: str) -> str:
    """SHA-256 of the decoded source text: the decisions apply only to the text reviewed."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Decision:
    """A verdict on one recorded correction or suggestion, named by its whole identity
    (span, original, replacement, kind, rule) rather than by its place in a list."""

    target: Target
    verdict: Verdict
    start: int
    end: int
    original: str
    replacement: str
    kind: EditKind
    rule: str

    @property
    def key(self) -> tuple[int, int, str, str, str, str]:
        return (self.start, self.end, self.original, self.replacement, self.kind, self.rule)

    @classmethod
    def of(cls, edit: Edit, target: Target, verdict: Verdict) -> Decision:
        return cls(target, verdict, edit.start, edit.end, edit.original, edit.replacement,
                   edit.kind, edit.rule)

    def as_dict(self) -> dict[str, Any]:
        return {"target": self.target, "decision": self.verdict, "start": self.start,
                "end": self.end, "original": self.original, "replacement": self.replacement,
                "kind": self.kind, "rule": self.rule}


_CHOICES = {"target": ("correction", "suggestion"), "decision": ("accept", "reject"),
            "kind": tuple(sorted(_KINDS))}


def _decision(raw: Any, n: int, path: str | None) -> Decision:
    """One item of a decisions file, or an `InputError` naming what is wrong with it."""
    def bad(what: str) -> InputError:
        return InputError(f"decision {n} is malformed: {what}", path=path)

    if not isinstance(raw, Mapping):
        raise bad("not an object")
    missing = [k for k in ("target", "decision", "start", "end", "original", "replacement",
                           "kind", "rule") if k not in raw]
    if missing:
        raise bad(f"no {missing[0]!r} field")
    for key, allowed in _CHOICES.items():
        if not isinstance(raw[key], str) or raw[key] not in allowed:
            raise bad(f"{key} {raw[key]!r} is not one of {', '.join(allowed)}")
    for key in ("start", "end"):
        if isinstance(raw[key], bool) or not isinstance(raw[key], int) or raw[key] < 0:
            raise bad(f"{key} {raw[key]!r} is not a whole number")
    return Decision(raw["target"], raw["decision"], raw["start"], raw["end"],
                    str(raw["original"]), str(raw["replacement"]), raw["kind"],
                    str(raw["rule"]))


def _key(edit: Edit) -> tuple[int, int, str, str, str, str]:
    return (edit.start, edit.end, edit.original, edit.replacement, edit.kind, edit.rule)


@dataclass(frozen=True, slots=True)
class Decisions:
    """A review: decisions on the edits of one source text (``source_sha256``, when given,
    must match the text they are applied to). Corrections not named stay applied;
    suggestions not named stay suggestions."""

    items: tuple[Decision, ...] = ()
    source_sha256: str | None = None
    path: str | None = field(default=None, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, path: str | None = None) -> Decisions:
        if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
            raise InputError(f"not a decisions file (schema {SCHEMA!r} expected)", path=path)
        raw_items = data.get("decisions") or []
        if not isinstance(raw_items, list):
            raise InputError("'decisions' must be a list", path=path)
        items = [_decision(raw, n, path) for n, raw in enumerate(raw_items, 1)]
        source = data.get("source") or {}
        digest = source.get("sha256") if isinstance(source, Mapping) else None
        return cls(tuple(items), digest, path)

    @classmethod
    def loads(cls, text: str, *, path: str | None = None) -> Decisions:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"decisions are not JSON: {exc.msg}", path=path,
                             line=exc.lineno, column=exc.colno) from None
        return cls.from_dict(data, path=path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Decisions:
        name = os.fspath(path)
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise InputError(f"cannot read decisions: {exc.strerror}", path=name) from None
        return cls.loads(text, path=name)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": SCHEMA}
        if self.source_sha256:
            data["source"] = {"sha256": self.source_sha256}
        data["decisions"] = [d.as_dict() for d in self.items]
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def staged(self, stages: Iterable[tuple[str, Stage]]) -> list[tuple[str, Stage]]:
        """The stages with this review applied: a check of the source first, the decisions
        after every stage (on the edits it added), a report of unmatched decisions last."""
        run = _Run(self)
        out: list[tuple[str, Stage]] = [("decisions", run.begin)]
        for name, stage in stages:
            out.append((name, run.after(stage)))
        out.append(("decisions-report", run.report))
        return out


class _Run:
    """One application of a review to one document (it counts what matched)."""

    def __init__(self, decisions: Decisions) -> None:
        self.decisions = decisions
        self.rejected = {d.key for d in decisions.items
                         if d.target == "correction" and d.verdict == "reject"}
        self.accepted = {d.key for d in decisions.items
                         if d.target == "suggestion" and d.verdict == "accept"}
        self.dismissed = {d.key for d in decisions.items
                          if d.target == "suggestion" and d.verdict == "reject"}
        self.matched: set[tuple[Target, tuple[int, int, str, str, str, str]]] = set()
        self.conflicts: list[Diagnostic] = []

    def begin(self, doc: Document) -> Document:
        digest = self.decisions.source_sha256
        if digest and digest != source_digest(doc.source):
            raise InputError("the decisions were made on a different source text",
                             path=self.decisions.path)
        return self._apply(doc, 0, 0)

    def after(self, stage: Stage) -> Stage:
        def decided(doc: Document) -> Document:
            n_edits, n_suggestions = len(doc.edits), len(doc.suggestions)
            return self._apply(stage(doc), n_edits, n_suggestions)
        return decided

    def _apply(self, doc: Document, n_edits: int, n_suggestions: int) -> Document:
        """Withdraw rejected corrections and apply accepted suggestions among the edits and
        suggestions from ``n_edits`` / ``n_suggestions`` on (what the last stage added)."""
        changed = False
        edits = list(doc.edits[:n_edits])
        for edit in doc.edits[n_edits:]:
            if _key(edit) in self.rejected:
                self.matched.add(("correction", _key(edit)))
                changed = True
            else:
                edits.append(edit)
        suggestions = list(doc.suggestions[:n_suggestions])
        for s in doc.suggestions[n_suggestions:]:
            key = _key(s)
            if key in self.dismissed:
                self.matched.add(("suggestion", key))
                changed = True
            elif key in self.accepted:
                self.matched.add(("suggestion", key))
                made = Edit(s.start, s.end, s.original, s.replacement, s.kind, ACCEPTED_RULE,
                            1.0, f"suggested by {s.rule} at {s.confidence:.2f}")
                try:
                    Rendering(doc.source, edits + [made])
                except OverlapError:
                    self.conflicts.append(Diagnostic(
                        "decision-conflict", f"accepted suggestion {s.original!r} -> "
                        f"{s.replacement!r} partly overlaps a correction; left a suggestion",
                        doc.line_of(s.start)))
                    suggestions.append(s)
                    continue
                edits.append(made)
                changed = True
            else:
                suggestions.append(s)
        if not changed:
            return doc
        return doc.replace(edits=tuple(edits), suggestions=tuple(suggestions))

    def report(self, doc: Document) -> Document:
        """Record how many decisions applied; warn about those that matched nothing (a
        rejection is not reported when the reviewer's own rejection of an edit inside its
        span explains why the pipeline never made it)."""
        matched_spans = [k for t, k in self.matched if t == "correction"]
        unmatched: list[Decision] = []
        for d in self.decisions.items:
            if d.target == "correction" and d.verdict == "accept":
                continue  # keeping a correction needs nothing done
            if (d.target, d.key) in self.matched:
                continue
            if d.target == "correction" and any(
                    d.start <= k[0] and k[1] <= d.end for k in matched_spans):
                continue
            unmatched.append(d)
        diagnostics = list(self.conflicts)
        for d in unmatched:
            diagnostics.append(Diagnostic(
                "decision-unmatched", f"review decision ({d.verdict} {d.target} "
                f"{d.original!r} -> {d.replacement!r}, {d.kind}/{d.rule}) matched no edit of "
                "this run", doc.line_of(min(d.start, len(doc.source)))))
        review: dict[str, Any] = {"decisions": len(self.decisions.items),
                                  "applied": len(self.matched), "unmatched": len(unmatched)}
        if self.decisions.path:
            review["file"] = self.decisions.path
        return doc.replace(metadata=dict(doc.metadata, review=review),
                           diagnostics=doc.diagnostics + tuple(diagnostics))
