"""Far windows of a story's unwritten names (names59, `farwindows`): where the page writes
`namecache.FIT` or more of an uncrowded lexicon's names, the windows the far-window cut
(`hearing.Ear.near`) drops go to the scorer for the names the page never writes; the scorer
judges them as any other. Invented names: a polar expedition's story."""

from __future__ import annotations

import pytest

from transcript_tools import Cleaner, Options
from transcript_tools import names as names_module
from transcript_tools.hearing import Ear
from transcript_tools.model import Edit
from transcript_tools.namescore import MAX_DISTANCE
from transcript_tools.readers import parse
from transcript_tools.windows import Windows

POLAR = ["Ingrid Halvorsen", "Svalbard", "Longyearbyen", "Tromso", "Norwegian Polar Institute",
         "Castelmare", "Pellaroz", "Callisto"]
FITS = ("ingrid halvorsen flew from tromso to longyearbyen on svalbard. the norwegian polar "
        "institute says the ice thins. ")
GARBLE = "the ferry docked at the harbour of cassel mayor late at night."


def _names(lexicon: list[str], text: str) -> tuple[list[Edit], list[Edit]]:
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ([e for e in doc.edits if e.kind == "name"],
            [e for e in doc.suggestions if e.kind == "name"])


def test_the_window_is_past_the_far_window_cut() -> None:
    # The premise: "cassel mayor" is farther from Castelmare than the name's cut.
    cleaner = Cleaner(POLAR, options=Options())
    doc = parse(GARBLE)
    for name, stage in cleaner.stages:
        if name == "names":
            break
        doc = stage(doc)
    unit = next(u for u in stage.index.units if u.canonical == "Castelmare")   # type: ignore[attr-defined]
    ear: Ear = stage.windows.ear   # type: ignore[attr-defined]
    run = stage._runs(doc)[0]   # type: ignore[attr-defined]
    assert not [c for c in stage.windows.sound(run) if c.unit is unit]   # type: ignore[attr-defined]
    search = stage.far.search(set())   # type: ignore[attr-defined]
    far = [c for c in stage.far.find(search, run, []) if c.unit is unit]   # type: ignore[attr-defined]
    assert "cassel mayor" in [" ".join(it.text for it in run[c.first:c.stop]) for c in far]
    assert all(c.score > ear.bound(unit) for c in far)


class _Uncut(Ear):
    """An ear without the far-window cut that hears every unit (names59's search)."""

    def near(self, uid: int) -> float:
        return MAX_DISTANCE


@pytest.mark.parametrize("written", [set(), {"Castelmare"}, {"Svalbard", "Tromso"},
                                     {"Ingrid Halvorsen", "Pellaroz", "Callisto"}])
def test_the_search_of_unwritten_names_finds_what_a_search_of_every_name_does(
        written: set[str]) -> None:
    # The search of the unwritten names' units alone (names59b) gives, run by run, the very
    # candidates (window, unit, distance, order) the uncut search of every unit gives them.
    cleaner = Cleaner(POLAR, options=Options())
    doc = parse(FITS + GARBLE + " then pella rose and the calisto crew sailed to svahl bard, "
                "long year bean and trom sew. castle mare's mayor met in grid halver sen.")
    for name, stage in cleaner.stages:
        if name == "names":
            break
        doc = stage(doc)
    every = Windows(stage.index)   # type: ignore[attr-defined]
    every.ear = _Uncut(stage.index)   # type: ignore[attr-defined]
    search = stage.far.search(written)   # type: ignore[attr-defined]
    seen = 0
    for run in stage._runs(doc):   # type: ignore[attr-defined]
        want = [(c.first, c.stop, id(c.unit), c.score) for c in every.sound(run)
                if c.unit.canonical not in written]
        got = [(c.first, c.stop, id(c.unit), c.score) for c in search.sound(run)]
        assert got == want
        seen += len(got)
    assert seen > 10
    assert all(c.unit.canonical not in written
               for run in stage._runs(doc) for c in search.sound(run))   # type: ignore[attr-defined]


def test_a_page_that_writes_every_name_searches_none() -> None:
    stage = dict(Cleaner(POLAR, options=Options()).stages)["names"]
    assert stage.far.search(set(POLAR)) is None   # type: ignore[attr-defined]
    assert stage.far.search(set(POLAR[1:])) is not None   # type: ignore[attr-defined]


def test_a_fitting_page_hears_an_unwritten_name_past_the_cut() -> None:
    edits, _ = _names(POLAR, FITS + GARBLE)
    assert [(e.original, e.replacement) for e in edits] == [("cassel mayor", "Castelmare")]
    assert "garbled" in edits[0].rule


def test_without_the_far_windows_the_garble_is_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names_module.NameCorrector, "_far",
                        lambda self, runs, found, mentioned: found)
    edits, suggested = _names(POLAR, FITS + GARBLE)
    assert not edits and not suggested


def test_a_page_that_writes_few_of_the_names_keeps_the_cut() -> None:
    edits, suggested = _names(POLAR, "ingrid halvorsen flew from tromso. " + GARBLE)
    assert not edits and not suggested


def test_a_name_the_page_writes_keeps_the_cut() -> None:
    # Written once already: the far window is not heard again for it.
    edits, _ = _names(POLAR, FITS + "castelmare waited. " + GARBLE)
    assert all(e.original != "cassel mayor" for e in edits)


def test_a_crowded_lexicon_keeps_the_cut() -> None:
    crowded = POLAR + [f"Ottavia Quellmark{k}" for k in range(30)]
    edits, _ = _names(crowded, FITS + GARBLE)
    assert all(e.original != "cassel mayor" for e in edits)


@pytest.mark.parametrize("tail", [
    "she met the castle mayor at noon.",     # fluent English: the scorer's caps hold it
    "the castle may own the harbour.",
    "a cassel mayor was elected.",           # a noun's slot after a determiner
])
def test_far_windows_of_english_stay_unchanged(tail: str) -> None:
    edits, _ = _names(POLAR, FITS + tail)
    assert not edits
