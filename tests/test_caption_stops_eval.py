"""The captioners' stops measure of evaluation/sentences.py on text written for it (gardening,
astronomy), and the shape of its annotated set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from transcript_tools import Options
from transcript_tools.model import Edit
from transcript_tools.sentences import SentenceSplitter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))
import sentences as evaluation  # noqa: E402  (evaluation/ is not a package)

# Our own caption-like page: a stop after an article (a line break: the stage removes it), a
# true end, a stop before a clause's object (kept: no rule knows it), and another true end.
PAGE = ("we planted the. tomatoes in may. the frost came late and we lost. the seedlings "
        "on the north wall. next year we will cover them\n")


def offsets(text: str, after: str) -> int:
    return text.index(after) + len(after)


def test_removed_stops_reads_removals_not_a_changed_end() -> None:
    # over "the. tomatoes grew. did it rain. yes" (offsets 3 and 30 are its first and last ".")
    gone = Edit(3, 4, ".", "", "punctuation", "caption-period")
    asked = Edit(30, 31, ".", "?", "punctuation", "question")
    spanned = Edit(0, 5, "the. ", "The ", "case", "joined")  # a wider edit over the mark
    assert evaluation.removed_stops([gone]) == {3}
    assert evaluation.removed_stops([asked]) == set()
    assert evaluation.removed_stops([spanned]) == {3}
    assert evaluation.removed_stops([Edit(5, 14, "tomatoes ", "", "artifact", "x")]) == set()


def test_dropped_stops_on_a_page() -> None:
    dropped = evaluation.dropped_stops(PAGE, SentenceSplitter(Options()))
    assert offsets(PAGE, "we planted the") in dropped  # after an article: a line break
    assert offsets(PAGE, "tomatoes in may") not in dropped  # a true end stays
    assert offsets(PAGE, "north wall") not in dropped


def test_caption_stops_counts_by_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "garden-1.txt").write_text(PAGE, encoding="utf-8")
    marks = [[offsets(PAGE, "we planted the"), "mid"], [offsets(PAGE, "tomatoes in may"), "end"],
             [offsets(PAGE, "we lost"), "mid"], [offsets(PAGE, "north wall"), "end"]]
    stops = tmp_path / "stops.json"
    stops.write_text(json.dumps([{"id": "garden-1", "chars": len(PAGE), "marks": marks},
                                 {"id": "absent", "chars": 1, "marks": [[0, "end"]]}]))
    monkeypatch.setattr(evaluation, "STOPS", stops)
    evaluation.evaluate_caption_stops(tmp_path, SentenceSplitter(Options()))
    out = capsys.readouterr().out
    assert "1 pages" in out
    assert "true ends  kept    2 (right)  dropped    0 (wrong)" in out
    assert "mid-clause kept    1 (wrong)  dropped    1 (right)" in out


def test_changed_page_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sky-1.txt").write_text("the comet rose. we watched it\n", encoding="utf-8")
    stops = tmp_path / "stops.json"
    stops.write_text(json.dumps([{"id": "sky-1", "chars": 5, "marks": [[14, "end"]]}]))
    monkeypatch.setattr(evaluation, "STOPS", stops)
    evaluation.evaluate_caption_stops(tmp_path, SentenceSplitter(Options()))
    out = capsys.readouterr().out
    assert "differs" in out and "0 pages" in out


def test_sample_stops_splits_by_annotation() -> None:
    text = "the harvest. ended in june. and the. barns filled"
    ends = {offsets(text, "in june")}  # our annotation: one sentence ends there
    gone = Edit(offsets(text, "and the"), offsets(text, "and the") + 1, ".", "",
                "punctuation", "caption-period")
    kept, dropped = evaluation.sample_stops(text, [gone], ends)
    assert kept == {True: 1, False: 1}  # "in june." right; "harvest." kept in mid-clause
    assert dropped == {True: 0, False: 1}


def test_annotated_set_shape() -> None:
    entries = json.loads(evaluation.STOPS.read_text(encoding="utf-8"))
    assert len(entries) >= 10
    labels = {"end", "mid", "unclear", "abbreviation"}
    for e in entries:
        assert set(e) == {"id", "url", "channel", "chars", "marks"}
        assert [o for o, _ in e["marks"]] == sorted({o for o, _ in e["marks"]})
        assert all(label in labels and 0 <= o < e["chars"] for o, label in e["marks"])
    assert sum(len(e["marks"]) for e in entries) >= 300
