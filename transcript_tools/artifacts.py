"""Caption artifacts: sound descriptions (``[applause]``, ``(laughter)``, ``♪``) removed.

A pipeline stage; `pipeline` calls it first so later stages see speech only.
"""

from __future__ import annotations

from .model import Document
from .options import Options


class ArtifactRemover:
    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, doc: Document) -> Document:
        editor = doc.editor()
        if not self.options.keep_sound_cues:
            for piece in doc.pieces():
                if piece.stop - piece.first == 1 and doc.tokens[piece.first].kind == "sound" \
                        and piece.text:
                    editor.replace([piece], "", "artifact", "sound-cue", 1.0)
        return editor.finish()
