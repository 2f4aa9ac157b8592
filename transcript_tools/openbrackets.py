"""Sound cues whose closing bracket the captioner left out ("[ cheers and applause the
original cookies"): which words the cue holds, read from the page itself. Called by `artifacts`.

Without its "]" a cue's end is unknown, so an open "[" is taken as a cue only where the page
vouches for the words after it: the same words follow another open "[" (no speech repeats
"[ cheers and applause" before three different phrases), or a closed cue of the page holds
exactly them ("[ laughter ]" ... "[ laughter the crowd"). The longest such run goes with its
"[" as one sound cue; anything else stays as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .model import Document, Piece, Token
from .scans import numbered
from .sentencegaps import NONFINAL

MAX_WORDS = 5
"""Most words a cue without its closing bracket may hold."""
_EDGE = NONFINAL | frozenset("i you he she it we they to in on at".split())
"""Words a sound description neither opens nor ends on ("[ the", "cheers and")."""


def remove_open_cues(doc: Document) -> Document:
    """``doc`` with each open "[" and the words the page vouches for removed as a sound cue."""
    source = doc.source
    if "[" not in source:
        return doc
    tokens = doc.tokens
    pieces = [p for p in doc.pieces() if p.text]
    opens = [i for i, p in numbered(pieces)
             if p.text == "[" and tokens[p.first].kind == "punct"]
    if not opens:
        return doc
    bounds = {m.index for m in doc.markers} | {a.index for a in doc.anchors}
    runs = {i: _words_after(pieces, i, tokens, bounds, source) for i in opens}
    known = {tuple(t.text.strip("[] \t").lower().split()) for t in tokens if t.kind == "sound"
             and t.text.startswith("[")}
    seen = Counter(run[:k] for run in runs.values() for k in range(1, len(run) + 1))
    cue_words = {w for cue in known for w in cue} | {
        w for cue, n in seen.items() if n >= 2 for w in cue}
    editor = None
    for i, run in runs.items():
        k = next((k for k in range(len(run), 0, -1)
                  if (seen[run[:k]] >= 2 or run[:k] in known)
                  and run[0] not in _EDGE and run[k - 1] not in _EDGE), 0)
        # A vouched cue joined by "and" to another sound the page's cues name ("[ laughter
        # and applause" where "[ cheers and applause" recurs, qa39): the one cue.
        while k and k + 1 < len(run) and run[k] == "and" and run[k + 1] in cue_words \
                and run[k + 1] not in _EDGE:
            k += 2
        if k:
            editor = editor or doc.editor()
            editor.replace(pieces[i:i + k + 1], "", "artifact", "sound-cue", 0.9,
                           note="a sound cue without its closing bracket")
    return editor.finish() if editor is not None else doc


def _words_after(pieces: list[Piece], i: int, tokens: Sequence[Token], bounds: set[int],
                 source: str) -> tuple[str, ...]:
    """The lowercase words right after the "[" at ``i``, on its line, up to `MAX_WORDS`."""
    out: list[str] = []
    end = pieces[i].end
    for p in pieces[i + 1:i + 1 + MAX_WORDS]:
        text = p.text
        if p.first in bounds or not text.isalpha() or "\n" in source[end:p.start]:
            break
        out.append(text.lower())
        end = p.end
    return tuple(out)
