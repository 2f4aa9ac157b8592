"""Plain-text writer: one paragraph per speaker turn, optionally labelled."""

from __future__ import annotations

from operator import itemgetter

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


def _paragraphs(doc: Document) -> list[tuple[str | None, str]]:
    """The turns that read something, in order; a speaker's two turns with only an empty
    one between them (a sound cue's own turn, ">> ♪ (applause)", whose words all went)
    read as one paragraph, as the speaker's one turn that the cue parted (qa66): a second
    clean reads them so."""
    texts = turn_texts(doc)
    if all(map(itemgetter(1), texts)):
        return texts  # (the usual case: no turn reads "")
    out: list[tuple[str | None, str]] = []
    speakers: list[str] = []
    parted = False  # an empty turn since the last paragraph
    for turn, (name, text) in zip(doc.turns or [None], texts):
        if not text:
            parted = bool(out)
            continue
        speaker = turn.speaker if turn is not None else ""
        if parted and speakers[-1] == speaker and out[-1][0] == name:
            out[-1] = (name, f"{out[-1][1]} {text}")
        else:
            out.append((name, text))
            speakers.append(speaker)
        parted = False
    return out


def write(doc: Document, *, speaker_labels: bool | None = None) -> str:
    """Paragraphs by turn. Labels default to on when the text has more than one speaker or
    its one speaker is named in the source (a ``<v Name>`` span, a ``NAME:`` label)."""
    paragraphs = _paragraphs(doc)
    if speaker_labels is None:
        speaker_labels = len({t.speaker for t in doc.turns}) > 1 or any(
            t.label for t in doc.turns)
    lines = [f"{name}: {text}" if speaker_labels and name else text
             for name, text in paragraphs]
    return "\n\n".join(lines) + ("\n" if lines else "")
