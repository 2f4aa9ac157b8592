"""examples/player.html in headless Chromium: the browser loads every cue we write and shows
the right one at a chosen time (a malformed cue would be dropped silently)."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import io
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import EXAMPLES


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A quiet static server that answers byte-range requests (a browser seeks with them;
    the standard handler ignores them, so seeking would snap back to 0)."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def send_head(self) -> Any:
        path = self.translate_path(self.path)
        m = re.match(r"bytes=(\d*)-(\d*)$", self.headers.get("Range", ""))
        if m is None or not os.path.isfile(path):
            return super().send_head()
        data = Path(path).read_bytes()
        start = int(m[1] or 0)
        end = min(int(m[2]) if m[2] else len(data) - 1, len(data) - 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        return io.BytesIO(data[start:end + 1])


def seek(page: Any, at: float) -> None:
    """Move the page's video to `at` seconds and wait until a cue is active there."""
    page.evaluate(f"document.querySelector('video').currentTime = {at}")
    page.wait_for_function(
        "at => { const v = document.querySelector('video');"
        " const c = v.textTracks[0].activeCues;"
        " return !v.seeking && Math.abs(v.currentTime - at) < 0.05 && c && c.length; }",
        arg=at, timeout=20000)


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """The player page, its captions and a generated video, served over localhost."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed (make test installs it where it can)")
    spec = importlib.util.spec_from_file_location("make_player_media",
                                                  EXAMPLES / "make_player_media.py")
    assert spec and spec.loader
    media = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(media)
    transcript = media.captions(tmp_path / "out")
    media.video(tmp_path / "out", transcript.cues[-1].end + 2.0)
    shutil.copy(EXAMPLES / "player.html", tmp_path / "player.html")
    handler = functools.partial(_Handler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/player.html", transcript
    finally:
        server.shutdown()
        server.server_close()


def test_player_loads_every_cue_and_shows_the_active_one(chromium: Any,
                                                         served: tuple[str, Any]) -> None:
    url, transcript = served
    cues = transcript.cues
    page = chromium.new_page()
    try:
        page.goto(url)
        page.wait_for_function("() => { const t = document.querySelector('video').textTracks[0];"
                               " return t && t.cues && t.cues.length > 0; }", timeout=20000)
        assert page.evaluate("document.querySelector('video').textTracks[0].cues.length") \
            == len(cues)
        for cue in (cues[len(cues) // 2], cues[-1]):
            at = (cue.start + cue.end) / 2
            page.wait_for_function("() => document.querySelector('video').readyState >= 1",
                                   timeout=20000)
            seek(page, at)
            # The text the player renders: the cue's lines, without the voice span markup.
            shown = page.evaluate("[...document.querySelector('video').textTracks[0].activeCues]"
                                  ".map(c => c.getCueAsHTML().textContent)")
            assert shown == ["\n".join(cue.lines)]
        assert "cues loaded" in page.inner_text("#status")
    finally:
        page.close()
