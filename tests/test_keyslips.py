"""Keyslips: a semicolon typed for the apostrophe beside it."""

from __future__ import annotations

from transcript_tools import Options, clean

OPTS = Options(names=False, turns=False)


def test_a_semicolon_before_a_clitic_is_the_apostrophe() -> None:
    # qa12 audit: "all with cunard;s great service" (a PBS underwriting spot, 2024)
    t = clean("all with cunard;s great service. i don;t know, we;re here.", options=OPTS)
    assert t.text == "All with cunard's great service. I don't know, we're here."
    assert [e.rule for e in t.corrections if e.kind == "spelling"] == ["keyslip"] * 3
    for e in t.corrections:
        assert t.source[e.start:e.end] == e.original


def test_a_semicolon_between_other_letters_stays() -> None:
    t = clean("items a;b;c and see;t here. yes; sir.", options=OPTS)
    assert "a;b;c" in t.text and "see;t" in t.text and "Yes; sir." in t.text
