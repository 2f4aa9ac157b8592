"""Regenerate docs/review.png: the review page of the example broadcast in headless Chromium.

Run by hand (``.venv/bin/python scripts/review_screenshot.py``) after changing the page or
the stages; needs Playwright and Debian's chromium, as the browser tests do.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM_FLAGS  # noqa: E402
from transcript_tools.cli import main  # noqa: E402

EXAMPLES = ROOT / "examples"


def screenshot(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "review.html"
        code = main(["review", str(EXAMPLES / "broadcast_interview_2020-10.txt"),
                     "--names", str(EXAMPLES / "names_interview_2020-10.txt"),
                     "--reference", str(EXAMPLES / "article_same_story_2020-10.txt"),
                     "-o", str(page_path), "-q"])
        if code:
            raise SystemExit(code)
        exe = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1200, "height": 760},
                                    device_scale_factor=1)
            page.goto(page_path.as_uri())
            # One change rejected near the top (the original shows beside it), another
            # hovered lower down (its kind, rule, confidence and original in the tooltip).
            picks = page.evaluate("""() => {
                const all = [...document.querySelectorAll('.chg')];
                const top = (n) => n.getBoundingClientRect().top;
                const chosen = (lo, hi) => all.map((n, i) => [n, i])
                    .filter(([n]) => top(n) > lo && top(n) < hi);
                const len = (n) => n.querySelector('.new').textContent.length;
                const reject = chosen(150, 330).sort(([a], [b]) => len(b) - len(a))[0];
                const hover = chosen(380, 600).sort(([a], [b]) => len(b) - len(a))[0];
                return [reject ? reject[1] : -1, hover ? hover[1] : -1];
            }""")
            changes = page.locator(".chg")
            if picks[0] >= 0:
                changes.nth(picks[0]).click()
            if picks[1] >= 0:
                changes.nth(picks[1]).hover()
            page.screenshot(path=str(target))
            browser.close()


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "review.png"
    screenshot(out)
    print(f"wrote {out}")
