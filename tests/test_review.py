"""The review page writer: its data reproduces the clean text, names every correction and
suggestion, embeds safely, and needs no network."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex

import transcript_tools as tt
from transcript_tools.cli import main
from transcript_tools.model import Anchor, Document
from transcript_tools.writers import review

from .conftest import DATA, EXAMPLES
from .test_decisions import cleaner_with, suggest_every

SAMPLE = EXAMPLES / "broadcast_interview_2020-10.txt"
NAMES = EXAMPLES / "names_interview_2020-10.txt"


@pytest.fixture(scope="module")
def sample_transcript() -> tt.Transcript:
    return cleaner_with(suggest_every(40)).clean(SAMPLE.read_text(encoding="utf-8"))


def page_text(data: dict) -> str:  # type: ignore[type-arg]
    return "".join(item["x"] for item in data["items"]).strip()


def embedded(page: str) -> dict:  # type: ignore[type-arg]
    m = regex.search(r'<script type="application/json" id="review-data">(.*?)</script>', page,
                     flags=regex.S)
    assert m
    return json.loads(m.group(1))  # type: ignore[no-any-return]


@pytest.mark.parametrize("path", [SAMPLE, DATA / "fixtures" / "two_speakers.srt",
                                  DATA / "fixtures" / "voices.vtt",
                                  DATA / "fixtures" / "archive_page.txt"])
def test_items_rebuild_the_clean_text(path: Path) -> None:
    t = tt.clean(tt.read(path), names=NAMES.read_text(encoding="utf-8").splitlines())
    data = review.page_data(t.document)
    assert page_text(data) == t.text
    # every winning edit is shown exactly once; every other edit sits in a winner's chain
    winners = [k for k, c in enumerate(data["corrections"]) if c["w"] == k]
    shown = [item["e"] for item in data["items"] if "e" in item]
    assert sorted(shown) == winners
    for c in data["corrections"]:
        w = data["corrections"][c["w"]]
        assert w["start"] <= c["start"] and c["end"] <= w["end"]


def test_suggestions_mark_the_words_they_cover(sample_transcript: tt.Transcript) -> None:
    data = review.page_data(sample_transcript.document)
    assert page_text(data) == sample_transcript.text
    assert len(data["suggestions"]) == len(sample_transcript.suggestions) > 5
    for k, s in enumerate(sample_transcript.suggestions):
        covered = [item for item in data["items"] if k in item.get("u", ())]
        assert covered
        assert (covered[0]["s"], covered[-1]["n"]) == (s.start, s.end)


def test_sentences_turns_and_anchors_carry_times() -> None:
    t = tt.clean(tt.read(DATA / "fixtures" / "two_speakers.srt"))
    data = review.page_data(t.document)
    starts = [item for item in data["items"] if item.get("b")]
    assert len(starts) == len(set(t.document.sentence_starts))
    assert all(item["t"] == round(t.document.times[item["i"]][0], 2) for item in starts)
    assert [turn["speaker"] for turn in data["turns"]] == [x.display_name for x in t.turns]
    assert len(data["anchors"]) == len(t.document.anchors)


def test_clock_labels() -> None:
    assert review.clock_label(Anchor(0, 5 * 3600 + 34 * 60, 0, 0)) == "5:34 am"
    assert review.clock_label(Anchor(0, 17 * 3600 + 60 + 5, 0, 0)) == "5:01:05 pm"
    assert review.clock_label(Anchor(0, 0, 0, 0)) == "12:00 am"
    assert review.clock_label(Anchor(0, 62.4, 0, 0, kind="cue")) == "1:02"
    assert review.clock_label(Anchor(0, 3723, 0, 0, kind="cue")) == "1:02:03"


def test_page_embeds_hostile_text_safely() -> None:
    hostile = "5:34 am\n>> she typed </script><script>alert(1)</script> and <!-- too\u2028ok\n"
    t = tt.clean(hostile)
    page = t.render("review")
    assert page.count("</script>") == 2  # the data block's and the code's own
    data = embedded(page)
    assert page_text(data) == t.text
    assert "<script>alert" not in page.split("<body>", 1)[1].split('id="review-data">')[1] \
        .split("</script>")[0]


def test_page_is_self_contained(sample_transcript: tt.Transcript) -> None:
    page = sample_transcript.render("review")
    assert not regex.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    data = embedded(page)
    assert data["media"] is None and data["captions"] is None
    counts = Counter(c["kind"] for c in data["corrections"])
    assert counts == Counter(e.kind for e in sample_transcript.corrections)


def test_media_page_carries_captions() -> None:
    t = tt.clean(tt.read(DATA / "fixtures" / "two_speakers.srt"))
    data = embedded(review.write(t.document, media="clip one.mp4", title="A <b>title</b>"))
    assert data["media"] == "clip one.mp4"
    assert data["captions"] == t.to_webvtt()
    assert data["title"] == "A <b>title</b>"
    assert "<title>A &lt;b&gt;title&lt;/b&gt;</title>" in review.write(t.document, title=
                                                                      "A <b>title</b>")


def test_cli_review_and_html_extension(tmp_path: Path) -> None:
    media = tmp_path / "media dir" / "clip #1.mp4"
    media.parent.mkdir()
    media.write_bytes(b"\x00")
    out = tmp_path / "pages" / "review.html"
    out.parent.mkdir()
    assert main(["review", str(SAMPLE), "--names", str(NAMES), "--media", str(media),
                 "-o", str(out), "-q"]) == 0
    data = embedded(out.read_text(encoding="utf-8"))
    assert data["media"] == "../media%20dir/clip%20%231.mp4"
    assert main(["review", str(SAMPLE), "--media", str(tmp_path / "absent.mp4"),
                 "-o", str(out)]) == 1
    saved = tt.clean(SAMPLE.read_text(encoding="utf-8")).save(tmp_path / "x.html")
    assert embedded(saved.read_text(encoding="utf-8"))["schema"] == review.SCHEMA


def test_empty_document_page() -> None:
    data = review.page_data(Document(source="", tokens=()))
    assert data["items"] == [] and page_text(data) == ""
