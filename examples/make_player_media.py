"""Make what examples/player.html plays: the example broadcast's captions and a small video.

Run ``python examples/make_player_media.py [OUT_DIR]`` (default ``examples/out``; ``make
player`` does it). The video is a plain WebM (a frame every 10 s) as long as the captions, made by
Debian's ``ffmpeg``; it is generated, never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import transcript_tools as tt

EXAMPLES = Path(__file__).resolve().parent


def captions(out_dir: Path) -> tt.Transcript:
    """Clean the example broadcast and write ``interview.vtt`` and ``interview.srt``."""
    names = (EXAMPLES / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
    article = (EXAMPLES / "article_same_story_2020-10.txt").read_text(encoding="utf-8")
    transcript = tt.clean(tt.read(EXAMPLES / "broadcast_interview_2020-10.txt"),
                          names=names, references=[article])
    out_dir.mkdir(parents=True, exist_ok=True)
    transcript.save(out_dir / "interview.vtt")
    transcript.save(out_dir / "interview.srt")
    return transcript


def video(out_dir: Path, seconds: float) -> Path:
    """A dark 160x90 VP8 WebM of ``seconds``: one keyframe every 10 s, under 20 kB."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise RuntimeError("ffmpeg is not installed (apt-get install ffmpeg)")
    target = out_dir / "player.webm"
    subprocess.run([ffmpeg, "-v", "error", "-y", "-f", "lavfi",
                    "-i", f"color=c=0x203040:s=160x90:r=1/10:d={seconds:.0f}",
                    "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8",
                    "-b:v", "8k", "-g", "1", str(target)], check=True)
    return target


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else EXAMPLES / "out"
    transcript = captions(out_dir)
    length = (transcript.cues[-1].end if transcript.cues else 0.0) + 2.0
    path = video(out_dir, length)
    print(f"{len(transcript.cues)} cues in {out_dir / 'interview.vtt'}; video {path} "
          f"({length:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
