"""Caption files written for a test: SRT text from (start, end, text) blocks, and a file of
it read and cleaned as a user's file is (`tt.clean(tt.read(path))`)."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import Transcript, clean, read


def srt(blocks: list[tuple[str, str, str]]) -> str:
    """SRT text of numbered cues from (start stamp, end stamp, text) blocks."""
    return "".join(f"{n}\n{s} --> {e}\n{text}\n\n" for n, (s, e, text) in enumerate(blocks, 1))


def cleaned(tmp_path: Path, text: str, name: str = "in.srt") -> Transcript:
    """``text`` written to ``tmp_path / name``, read and cleaned."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read(path))
