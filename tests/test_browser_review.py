"""The review page in headless Debian Chromium: counts match the JSON record, toggles change
the exported decisions (which `clean` then applies), the player seeks, a screenshot is made."""

from __future__ import annotations

import json
import wave
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import transcript_tools as tt
from transcript_tools import writers
from transcript_tools.cli import main
from transcript_tools.decisions import ACCEPTED_RULE, Decision, Decisions, source_digest
from transcript_tools.model import Rendering

from .conftest import DATA, EXAMPLES
from .test_decisions import cleaner_with, suggest_every

SAMPLE = EXAMPLES / "broadcast_interview_2020-10.txt"
NAMES = EXAMPLES / "names_interview_2020-10.txt"
ARTICLE = EXAMPLES / "article_same_story_2020-10.txt"


@pytest.fixture()
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 860},
                                   accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not errors, errors


def shown_counts(pg: Any) -> dict[str, int]:
    return pg.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '#counts li[data-count]')].map(li => [li.dataset.kind || li.dataset.count,
        +li.querySelector('b').textContent]))""")  # type: ignore[no-any-return]


def exported(pg: Any, tmp_path: Path) -> dict[str, Any]:
    """Click Export and read the downloaded Blob; it must equal the page's own state."""
    with pg.expect_download() as info:
        pg.click("#export")
    download = info.value
    assert download.suggested_filename == "decisions.json"
    target = tmp_path / "decisions.json"
    download.save_as(target)
    data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    assert data == pg.evaluate("window.transcriptReview.decisions()")
    return data


def test_sample_page_matches_the_json_and_toggles_export(page: Any, tmp_path: Path) -> None:
    args = [str(SAMPLE), "--names", str(NAMES), "--reference", str(ARTICLE), "-q"]
    html, record_path = tmp_path / "review.html", tmp_path / "record.json"
    assert main(["review", *args, "-o", str(html)]) == 0
    assert main(["clean", *args, "-o", str(record_path)]) == 0
    record = json.loads(record_path.read_text(encoding="utf-8"))
    page.goto(html.as_uri())

    counts = shown_counts(page)
    kinds = Counter(c["kind"] for c in record["corrections"])
    assert {k: counts[k] for k in kinds} == dict(kinds)
    assert counts["corrections"] == len(record["corrections"])
    assert counts.get("suggestion", 0) == len(record["suggestions"])
    assert counts["turns"] == len(record["turns"]) or not record["turns"]
    assert counts["cues"] == len(record["cues"])
    # every correction is reachable in the page: shown, or in the chain of the one shown
    in_page = page.evaluate("""() => [...document.querySelectorAll('[data-chain]')]
        .flatMap(n => n.dataset.chain.split(' ').map(Number))""")
    assert sorted(in_page) == list(range(len(record["corrections"])))
    markup = page.locator(".mk")
    if markup.count():
        assert not markup.first.is_visible()
        page.check("#show-markup")
        assert markup.first.is_visible()
        page.uncheck("#show-markup")
    page.screenshot(path=str(tmp_path / "review.png"))
    assert (tmp_path / "review.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    assert exported(page, tmp_path)["decisions"] == []
    change = page.locator(".chg").nth(7)
    chain = [int(k) for k in change.get_attribute("data-chain").split()]
    change.click()
    assert "rejected" in (change.get_attribute("class") or "")
    decisions = exported(page, tmp_path)
    rejected = [record["corrections"][k] for k in chain
                if record["corrections"][k]["kind"] != "markup"]
    assert [(d["target"], d["decision"], d["start"], d["replacement"])
            for d in decisions["decisions"]] == \
        [("correction", "reject", c["start"], c["replacement"]) for c in rejected]

    # the review is reproducible: clean --decisions gives the text without that change
    decided = tmp_path / "decided.json"
    assert main(["clean", *args, "--decisions", str(tmp_path / "decisions.json"),
                 "-o", str(decided)]) == 0
    after = json.loads(decided.read_text(encoding="utf-8"))
    assert after["metadata"]["review"]["applied"] >= 1
    assert len(after["corrections"]) < len(record["corrections"])
    span = min(c["start"] for c in rejected), max(c["end"] for c in rejected)
    source = SAMPLE.read_text(encoding="utf-8")
    corrections = [tt.Edit(**c) for c in after["corrections"]]
    assert Rendering(source, corrections).text(*span).lower() == source[span[0]:span[1]].lower()

    change.click()  # toggled back: nothing to export again
    assert exported(page, tmp_path)["decisions"] == []


def test_accepting_a_suggestion_in_the_page(page: Any, tmp_path: Path) -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    cleaner = cleaner_with(suggest_every(40))
    t = cleaner.clean(sample)
    html = tmp_path / "review.html"
    t.save(html)
    page.goto(html.as_uri())
    assert shown_counts(page)["suggestion"] == len(t.suggestions)
    chip = page.locator(".sugchip").nth(3)
    k = int(chip.get_attribute("data-sugg"))
    chip.click()
    assert page.locator(f'.sug[data-sugg="{k}"]').first.get_attribute("class").split() \
        == ["sug", "accepted"]
    page.locator(".sugchip").nth(4).click()
    page.locator(".sugchip").nth(4).click()  # accept, then dismiss
    data = exported(page, tmp_path)
    assert [(d["decision"], d["start"]) for d in data["decisions"]] == [
        ("accept", t.suggestions[k].start), ("reject", t.suggestions[k + 1].start)]
    decided = cleaner.clean(sample, decisions=Decisions.loads(json.dumps(data)))
    made = [e for e in decided.corrections if e.rule == ACCEPTED_RULE]
    assert [(e.start, e.replacement) for e in made] == \
        [(t.suggestions[k].start, t.suggestions[k].replacement)]
    assert len(decided.suggestions) == len(t.suggestions) - 2


def silent_wav(path: Path, seconds: float) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(4000)
        w.writeframes(b"\x80" * int(4000 * seconds))


def test_player_seeks_to_a_clicked_sentence(page: Any, tmp_path: Path) -> None:
    t = tt.clean(tt.read(DATA / "fixtures" / "two_speakers.srt"))
    silent_wav(tmp_path / "clip.wav", t.cues[-1].end + 5)
    html = tmp_path / "review.html"
    html.write_text(writers.write(t.document, "review", media="clip.wav"), encoding="utf-8")
    page.goto(html.as_uri())
    page.wait_for_function("document.querySelector('video').readyState >= 1")
    page.wait_for_function(
        f"document.querySelector('video').textTracks[0].cues?.length === {len(t.cues)}")
    sentences = page.locator(".sent[data-t]")
    assert sentences.count() >= 2
    target = sentences.nth(sentences.count() - 1)
    when = float(target.get_attribute("data-t"))
    target.click()
    page.wait_for_function(
        f"Math.abs(document.querySelector('video').currentTime - {when}) < 1.0")
    page.evaluate("document.querySelector('video').pause()")
    turns = page.locator(".turn h2").all_inner_texts()
    assert len(turns) == len(t.turns)
    page.screenshot(path=str(tmp_path / "player.png"))


def test_resumed_review_exports_earlier_decisions(page: Any, tmp_path: Path) -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    first = tt.clean(sample)
    earlier = Decisions((Decision.of(first.corrections[40], "correction",
                                                  "reject"),),
                        source_digest(sample))
    (tmp_path / "earlier.json").write_text(earlier.dumps(), encoding="utf-8")
    html = tmp_path / "review.html"
    assert main(["review", str(SAMPLE), "--decisions", str(tmp_path / "earlier.json"),
                 "-o", str(html), "-q"]) == 0
    page.goto(html.as_uri())
    assert shown_counts(page)["corrections"] == len(first.corrections) - 1
    assert exported(page, tmp_path)["decisions"] == earlier.to_dict()["decisions"]
    page.locator(".chg").nth(2).press("Enter")  # keyboard works like a click
    assert len(exported(page, tmp_path)["decisions"]) >= 2


def test_every_anchor_is_in_the_margin(page: Any, tmp_path: Path) -> None:
    t = tt.clean("5:34 am\n>> first words here.\n5:35 am\n>> and more words.\n5:36 am\n")
    html = tmp_path / "review.html"
    t.save(html)
    page.goto(html.as_uri())
    labels = page.locator(".anchor").all_inner_texts()
    assert [x.strip() for x in labels] == ["5:34 am", "5:35 am", "5:36 am"]
    assert shown_counts(page)["anchors"] == len(t.document.anchors) == 3
