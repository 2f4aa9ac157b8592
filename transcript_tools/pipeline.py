"""The order of stages, in one place: the only module that imports the stages.

`Cleaner` builds the stages once (the lexicon and its indexes with them) and runs them over
each document; `clean` in the package root is a one-shot `Cleaner`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from . import memos
from .artifacts import ArtifactRemover
from .casing import Truecaser
from .collector import collector_paused
from .errors import StrictModeError
from .language import english_share, reads_english
from .layout import Layout
from .lexicon import Lexicon
from .model import Diagnostic, Document, clear_caches, last_use
from .names import NameCorrector
from .numbers import NumberStyler
from .options import Options
from .sentences import SentenceSplitter
from .spelling import SpellingCorrector
from .timing import Timer
from .turns import TurnSegmenter

Stage = Callable[[Document], Document]

NO_PIECES = frozenset({"timing", "layout"})
"""Stages that read no pieces: when only these are left, `Cleaner.run` drops the per-token
pieces cache (tens of MB on a long input) before they run, not after."""


def build_stages(options: Options, lexicon: Lexicon) -> list[tuple[str, Stage]]:
    """The stages, named, in the order they run; switched-off stages are left out."""
    o = options
    stages: list[tuple[str, Stage | None]] = [
        ("artifacts", ArtifactRemover(o) if o.artifacts else None),
        ("names", NameCorrector(lexicon, o) if o.names else None),
        ("spelling", SpellingCorrector(o, lexicon) if o.spelling else None),
        ("numbers", NumberStyler(o) if o.numbers else None),
        ("sentences", SentenceSplitter(o)),
        ("casing", Truecaser(o, lexicon) if o.casing else None),
        ("turns", TurnSegmenter(o) if o.turns else None),
        ("timing", Timer(o)),
        ("layout", Layout(o)),
    ]
    return [(name, stage) for name, stage in stages if stage is not None]


class Cleaner:
    """A prepared pipeline: build once (lexicon, indexes), clean many documents."""

    def __init__(self, names: Iterable[str] | None = None,
                 references: Iterable[str] | None = None,
                 options: Options | None = None, *, lexicon: Lexicon | None = None) -> None:
        self.options = options or Options()
        self.lexicon = lexicon if lexicon is not None else Lexicon.build(names, references)
        self.stages = build_stages(self.options, self.lexicon)
        self._foreign: list[tuple[str, Stage]] | None = None
        self._foreign_marked: list[tuple[str, Stage]] | None = None

    def foreign_stages(self, marked: bool = False) -> list[tuple[str, Stage]]:
        """The stages for a document that does not read as English: none that changes words
        by what English knows (names, spelling, numbers, punctuation, casing, turns). Turns
        the source marks (``marked``: a voice, a label, a dialogue dash) are still read: they
        need no English."""
        if marked:
            if self._foreign_marked is None:
                self._foreign_marked = build_stages(dataclasses.replace(
                    self.options, names=False, spelling=False, numbers=False,
                    punctuation=False, casing=False), self.lexicon)
            return self._foreign_marked
        if self._foreign is None:
            self._foreign = build_stages(dataclasses.replace(
                self.options, names=False, spelling=False, numbers=False, punctuation=False,
                casing=False, turns=False), self.lexicon)
        return self._foreign

    def run(self, doc: Document) -> Document:
        """Run every stage over a parsed document."""
        stages = self.stages
        if doc.tokens and not reads_english(doc):
            share, _ = english_share(doc)
            doc = doc.replace(diagnostics=doc.diagnostics + (Diagnostic(
                "language", f"the text does not read as English ({share:.0%} of its words are "
                "English words): names, spelling, numbers, punctuation, casing and speaker "
                "turns left as they are"),))
            stages = self.foreign_stages(any(m.kind != "story" for m in doc.markers))
        if self.options.strict and doc.diagnostics:
            d = doc.diagnostics[0]
            raise StrictModeError(d.message, path=doc.metadata.get("source"), line=d.line)
        names = [name for name, _ in stages]
        free = next((k for k, name in enumerate(names) if name in NO_PIECES), len(names))
        last = names[free - 1] if free else None  # reads the pieces cache for the last time
        with collector_paused():
            for name, stage in stages:
                if name in NO_PIECES:
                    clear_caches()
                elif name == last:
                    last_use(doc.tokens)  # its pieces are freed when it drops them
                doc = stage(doc)
            clear_caches()
        memos.trim()  # the memos kept between documents, each within its cap
        return doc
