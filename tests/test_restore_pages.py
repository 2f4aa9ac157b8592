"""`evaluation/restore_pages.py`: each set's storage rule and the check against the listings
(constructed excerpts; the real pages are not in the repository)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))
import check_pages  # noqa: E402
import restore_pages  # noqa: E402  (evaluation/ is not a package)

HEADER = "Skip to main content\n\ntv\u00a0\u00a0 Evening News\u00a0 WXYZ\u00a0 May 2, 2011\n\n"


def test_devset_rule_writes_header_spaces_plain_and_keeps_the_rest() -> None:
    body = "6:00 pm\nthe mayor said\u00a0no.\n"
    stored = restore_pages.header_plain(HEADER + body)
    assert stored == HEADER.replace("\u00a0", " ") + body   # the caption line keeps its own
    assert len(stored) == len(HEADER + body)                 # offsets stay where they were


def test_chrome_rule_drops_lines_before_the_header() -> None:
    assert restore_pages.without_chrome(HEADER + "6:00 pm\nhello").startswith("tv\u00a0")
    assert restore_pages.without_chrome("tv News\n6:00 pm\nhi") == "tv News\n6:00 pm\nhi"


def _entry(listing: str) -> dict[str, object]:
    entries = json.loads((ROOT / "tests/data/cases/turns" / listing).read_text("utf-8"))
    first: dict[str, object] = entries[0]
    return first


def test_store_picks_the_listing_rule_that_fits_and_reports_what_does_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in check_pages.ENV.values():
        monkeypatch.delenv(variable, raising=False)
    entry = _entry("interview_pages2.json")      # stored with one line end after the excerpt
    chars = int(str(entry["chars"]))
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"url": entry["url"], "excerpt": "x" * (chars - 1)},
                                {"url": "https://example.org/nothing", "excerpt": "y"}]))
    assert restore_pages.store([good], tmp_path) == 0
    stored = tmp_path / "interviews2" / f"{entry['id']}.txt"
    assert stored.read_text("utf-8") == "x" * (chars - 1) + "\n"
    out = capsys.readouterr().out
    assert "STORED" in out and "UNKNOWN https://example.org/nothing" in out

    other = _entry("interview_pages5.json")       # stored exactly; another scheme still found
    bad = tmp_path / "bad.json"
    url = str(other["url"]).replace("https://", "http://", 1)
    bad.write_text(json.dumps([{"url": url, "excerpt": "z" * 10}]))
    assert restore_pages.store([bad], tmp_path) == 1
    assert "BAD" in capsys.readouterr().out
    assert not (tmp_path / "interviews5" / f"{other['id']}.txt").exists()


def test_todo_lists_what_is_not_stored(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    restore_pages.todo({"mono"}, tmp_path)
    out = capsys.readouterr().out
    listed = json.loads((ROOT / "tests/data/cases/turns/mono_pages.json").read_text("utf-8"))
    assert out.rstrip().endswith(f"{len(listed)} entries to store, "
                                 f"{len({e['query'] for e in listed})} queries")
