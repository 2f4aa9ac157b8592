"""`introductions.introduced_label` on constructed introductions (tests/data/cases/turns)."""

import json
from pathlib import Path

from transcript_tools.introductions import introduced_label, place_name


def test_an_introductions_label_is_a_clean_noun_phrase() -> None:
    """The label is the name when the text capitalises one (else the role phrase), never
    ending on "of" or an article, no word twice, at most four words; none when unclear."""
    cases = json.loads((Path(__file__).parent / "data" / "cases" / "turns" /
                        "introductions.json").read_text())["cases"]
    got = [(c["text"], introduced_label(c["text"].split())) for c in cases]
    assert got == [(c["text"], c["label"]) for c in cases]
    for _, label in got:
        if label:
            words = label.split()
            assert len(words) <= 4 and words[-1].lower() not in ("of", "the", "a", "an")
            assert len({w.lower() for w in words}) == len(words)


def test_a_place_is_no_introductions_label() -> None:
    # marked13 (qa12 audit, kgo 2022): "this is Quigley Street" made a street a speaker; an
    # introduction's label names a person, never a street, a road or a known place
    assert place_name(["Harbor", "Boulevard"]) and place_name(["elm", "avenue"])
    assert place_name(["Route", "9"]) and place_name(["Laurel", "District"])
    assert place_name(["Kansas", "City"]) and place_name(["New", "York"])
    assert not place_name(["Sam", "Ortiz"]) and not place_name(["Jordan"])
    assert not place_name(["Maria", "Lopez"]) and not place_name([])
    for text in ("we now hear from Harbor Boulevard, where the crowd waits.",
                 "let's bring in elm avenue, a lifelong resident.",
                 "we speak to the Riverside County, live."):
        assert introduced_label(text.split()) is None, text
    # a street set off after a role is no name: the role is the label
    assert introduced_label("joining us now is the mayor of Springfield, maple street."
                            .split()) == "Mayor of Springfield"
    # a person's name after a place stays the label
    assert introduced_label("we're joined by the mayor of Springfield, John Doe.".split()) == \
        "John Doe"


def test_introduction_in_finds_an_introducer_with_or_without_a_label() -> None:
    from transcript_tools.introductions import introduction_in
    assert introduction_in("and joining me now is the harbour master .".split())
    assert introduction_in("We are joined by Tess Marlow, a beekeeper.".split())
    assert introduction_in("let's bring in our panel".split())  # several: still an introducer
    assert not introduction_in("we now know the harbour is closed".split())
    assert not introduction_in("joining the queue at dawn".split())
    assert not introduction_in([])
