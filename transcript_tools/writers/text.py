"""Plain-text writer: one paragraph per speaker turn, optionally labelled."""

from __future__ import annotations

from ..model import Document


def turn_texts(doc: Document) -> list[tuple[str | None, str]]:
    """(speaker display name, text) for every turn, in order (a turn may read ""); one
    unnamed paragraph when there are no turns."""
    rendering = doc.rendering()
    if not doc.turns:
        return [(None, rendering.text())]
    out: list[tuple[str | None, str]] = []
    for turn in doc.turns:
        start = doc.tokens[turn.first].start
        end = doc.tokens[turn.stop - 1].end
        out.append((turn.display_name, rendering.text(start, end)))
    return out


def write(doc: Document, *, speaker_labels: bool | None = None) -> str:
    """Paragraphs by turn. Labels default to on when the text has more than one speaker or
    its one speaker is named in the source (a ``<v Name>`` span, a ``NAME:`` label)."""
    paragraphs = [(name, text) for name, text in turn_texts(doc) if text]
    if speaker_labels is None:
        speaker_labels = len({t.speaker for t in doc.turns}) > 1 or any(
            t.label for t in doc.turns)
    lines = [f"{name}: {text}" if speaker_labels and name else text
             for name, text in paragraphs]
    return "\n\n".join(lines) + ("\n" if lines else "")
