"""Caption layout: group timed words into cues of at most N lines of M characters.

A pipeline stage run last; it reads turns, sentence starts and token times, and writes
``Document.cues``. A new cue starts at every change of speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Cue, Document, Piece
from .options import Options

_NO_BREAK_AFTER = frozenset(
    "a an the my your his her its our their this that these those of to in on at for with "
    "from by and or but very mr mrs ms dr".split())


@dataclass(slots=True)
class _Word:
    piece: Piece
    start: float
    end: float
    sentence_start: bool
    glued: str = ""
    last: int = 0
    src_end: int = -1

    @property
    def text(self) -> str:
        return self.piece.text + self.glued

    @property
    def stop(self) -> int:
        return max(self.last, self.piece.stop)


def break_lines(words: list[str], max_chars: int, max_lines: int) -> list[str] | None:
    """The best way to set ``words`` in at most ``max_lines`` lines of ``max_chars``, or None.

    One line if it fits; otherwise the break with the best score: after punctuation is good,
    after an article or preposition is bad, lines of similar length (bottom a little longer)
    are good.
    """
    one = " ".join(words)
    if len(one) <= max_chars:
        return [one]
    if max_lines < 2:
        return None
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(words)):
        top = " ".join(words[:i])
        if len(top) > max_chars:
            break
        rest = break_lines(words[i:], max_chars, max_lines - 1)
        if rest is None:
            continue
        score = abs(len(top) - len(rest[0])) / max_chars
        if len(top) > len(rest[0]):
            score += 0.05
        last = words[i - 1]
        if last.endswith((".", "?", "!")):
            score -= 0.6
        elif last.endswith((",", ";", ":")):
            score -= 0.4
        elif last.lower() in _NO_BREAK_AFTER:
            score += 0.5
        if best is None or score < best[0]:
            best = (score, [top] + rest)
    return best[1] if best else None


class Layout:
    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, doc: Document) -> Document:
        if not doc.times:
            return doc
        groups = self._groups(doc)
        cues: list[Cue] = []
        for speaker, words in groups:
            cues.extend(self._cues(words, speaker))
        return doc.replace(cues=tuple(self._retime(cues)))

    def _groups(self, doc: Document) -> list[tuple[str | None, list[_Word]]]:
        starts = set(doc.sentence_starts)
        turn_at = {t.first: t for t in doc.turns}
        groups: list[tuple[str | None, list[_Word]]] = []
        current: list[_Word] = []
        speaker: str | None = None
        named = len({t.speaker for t in doc.turns}) > 1
        rendering = doc.rendering()
        for piece in doc.pieces():
            turn = turn_at.get(piece.first)
            if turn is not None:
                if current:
                    groups.append((speaker, current))
                current = []
                speaker = turn.display_name if named else None
            if not piece.text:
                continue
            start = doc.times[piece.first][0]
            end = doc.times[piece.stop - 1][1]
            if current and turn is None and not rendering.separated(current[-1].src_end,
                                                                    piece.start):
                # No space between them in the text ("me" "."): one unit on a line.
                prev = current[-1]
                prev.glued += piece.text
                prev.end = end
                prev.last = piece.stop
                prev.src_end = piece.end
                continue
            current.append(_Word(piece, start, end, piece.first in starts, src_end=piece.end))
        if current:
            groups.append((speaker, current))
        return groups

    def _cues(self, words: list[_Word], speaker: str | None) -> list[Cue]:
        o = self.options
        cues: list[Cue] = []
        i = 0
        while i < len(words):
            j = i + 1
            best_end = None
            while j <= len(words):
                texts = [w.text for w in words[i:j]]
                lines = break_lines(texts, o.max_line_chars, o.max_lines)
                duration = words[j - 1].end - words[i].start
                if lines is None or (duration > o.max_duration and j > i + 1):
                    break
                if j == len(words) or words[j].sentence_start:
                    best_end = j
                j += 1
            stop = max(j - 1, i + 1)
            # End at a sentence end when one falls in the second half of the cue.
            if best_end is not None and best_end < stop and 2 * (best_end - i) >= stop - i:
                stop = best_end
            texts = [w.text for w in words[i:stop]]
            lines = break_lines(texts, o.max_line_chars, o.max_lines) or _hard_wrap(
                " ".join(texts), o.max_line_chars)
            cues.append(Cue(words[i].start, words[stop - 1].end, tuple(lines), speaker,
                            words[i].piece.first, words[stop - 1].stop))
            i = stop
        return cues

    def _retime(self, cues: list[Cue]) -> list[Cue]:
        """Minimum duration, reading speed, gaps and order: extend ends into the gap."""
        o = self.options
        out: list[Cue] = []
        for k, cue in enumerate(cues):
            start = max(cue.start, out[-1].end + o.min_gap if out else 0.0, 0.0)
            limit = cues[k + 1].start - o.min_gap if k + 1 < len(cues) else float("inf")
            chars = sum(len(line) for line in cue.lines) + len(cue.lines) - 1
            want = max(cue.end, start + o.min_duration, start + chars / o.max_cps)
            end = min(want, max(limit, cue.end), start + o.max_duration)
            if k + 1 < len(cues) and 0 < limit - end < 0.5:
                end = limit  # chain cues separated by a short gap
            end = max(end, start + 0.001)
            out.append(Cue(round(start, 3), round(end, 3), cue.lines, cue.speaker,
                           cue.first, cue.stop))
        return out


def _hard_wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]
