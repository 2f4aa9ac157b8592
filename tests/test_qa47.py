"""qa47 round (C-SPAN call-in pages, a call-in transcript as a table, a science
documentary's transcript): the fixes' behaviour on text written for these tests."""

from __future__ import annotations

from transcript_tools import clean


def test_a_writers_closed_em_dashes_stay_on_a_page_that_types_its_hyphens() -> None:
    # qa47 (a science series' transcript): "it took two—count them, two—engineers" read
    # "two-count them, two-engineers" although the page typed "fuel-cell" with a hyphen
    text = ("The Bridge Club met on Friday. It took three—yes, three—volunteers to carry the "
            "long-handled ladder. Nobody Asked Why. The Mayor Came Late.\n")
    t = clean(text)
    assert "three—yes, three—volunteers" in t.text, t.text
    assert "long-handled" in t.text, t.text
    assert not [e for e in t.corrections if e.rule == "dash-in-word"]


def test_a_feeds_em_dash_hyphens_are_still_mended_without_typed_hyphens() -> None:
    # negative: a cased page with no hyphen typed elsewhere (a feed's font) still mends
    t = clean("The Bridge Club met on Friday. The three—day fair and a so—called expert. "
              "Nobody Asked Why. The Mayor Came Late.\n")
    assert "three-day fair and a so-called expert" in t.text, t.text
    # negative: lowercase caption text with typed hyphens still mends (too few capitals)
    t = clean("the club met on friday. the three—day fair and a well-known so—called expert "
              "came late to the meeting of the town board again and again and again.\n")
    assert "three-day fair" in t.text and "so-called expert" in t.text, t.text
