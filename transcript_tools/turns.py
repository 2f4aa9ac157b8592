"""Speaker turns from the markers in the source (``>>``, ``>>>``, labels, leading dashes).

A pipeline stage; without markers the whole text is one turn of "Speaker 1".
"""

from __future__ import annotations

from .model import Document, Role, Turn
from .options import Options


class TurnSegmenter:
    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, doc: Document) -> Document:
        n = len(doc.tokens)
        if not n:
            return doc
        boundaries: dict[int, str | None] = {}
        for marker in doc.markers:
            if marker.index >= n:
                continue
            if marker.kind == "label":
                boundaries[marker.index] = marker.label
            else:
                boundaries.setdefault(marker.index, None)
        starts = sorted(set(boundaries) | {0})
        ids: dict[str, str] = {}
        turns: list[Turn] = []
        anonymous = 0
        for a, b in zip(starts, starts[1:] + [n]):
            label = boundaries.get(a)
            role: Role = "unknown"
            if label:
                key = label.casefold()
                if key not in ids:
                    ids[key] = f"S{len(ids) + anonymous + 1}"
                speaker = ids[key]
            else:
                anonymous += 1
                speaker = f"S{len(ids) + anonymous}"
            turns.append(Turn(a, b, speaker, role, label))
        return doc.replace(turns=tuple(turns))
