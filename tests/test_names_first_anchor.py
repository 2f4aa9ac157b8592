"""A listed person's first name written right and the surname heard as other words right after
it (`namescore.Scorer._first_name`, rule "sound+first"): the whole window is judged against
the whole name, and the guards keep a fluent continuation, another person's name, a first name
two listed names share, function words and a crowded lexicon out. Invented names, domains no
dev page has (glaciology, motor racing, business)."""

from __future__ import annotations

from transcript_tools import clean

GLACIER = "the glaciologist paul hallways and measured the ice near tromso this spring."


def _names(text: str, lexicon: list[str]) -> tuple[dict[str, tuple[str, str]], set[str]]:
    doc = clean(text, names=lexicon).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ({e.original: (e.replacement, e.rule) for e in doc.edits if e.kind == "name"},
            {e.rule for e in doc.suggestions if e.kind == "name"})


def test_the_first_name_anchors_a_garbled_surname() -> None:
    edits, _ = _names(GLACIER, ["Paul Halvorsen", "Tromso"])
    assert edits == {"paul hallways and": ("Paul Halvorsen", "sound+first")}
    edits, _ = _names("at monza the driver robert pelican took pole position for the race.",
                      ["Robert Pellegrini", "Monza"])
    assert list(edits) == ["robert pelican"]
    assert edits["robert pelican"][0] == "Robert Pellegrini"
    assert edits["robert pelican"][1].startswith("sound+first")


def test_a_surer_reading_keeps_its_own_rule() -> None:
    # (the rest judged alone is as sure: "sound+first" only lifts, it never lowers)
    edits, _ = _names("shares of northwind capital rose after chief executive david tall "
                      "more announced the merger.", ["David Tallamore", "Northwind Capital"])
    assert edits["david tall more"][0] == "David Tallamore"


def test_a_fluent_continuation_or_another_person_is_left() -> None:
    lexicon = ["Paul Halvorsen", "Tromso"]
    for text in ("the glaciologist paul said the ice near tromso was thinning.",
                 "the glaciologist paul and her team measured the ice near tromso.",
                 "the glaciologist paul kelly measured the ice near tromso this spring."):
        edits, held = _names(text, lexicon)
        assert not edits and not any("first" in rule for rule in held)


def test_a_first_name_two_listed_names_share_is_no_evidence() -> None:
    edits, _ = _names(GLACIER, ["Paul Halvorsen", "Paul Hallmark", "Tromso"])
    assert not any(rule.startswith("sound+first") for _, rule in edits.values())


def test_not_in_a_crowded_lexicon() -> None:
    crowd = [f"{first} {last}" for first in ("Anika", "Bertil", "Carmela", "Dorian",
                                             "Elspeth", "Florin")
             for last in ("Quennell", "Rasmussen", "Szabo", "Trevisan", "Udall", "Vesely")]
    edits, _ = _names(GLACIER, ["Paul Halvorsen", "Tromso", *crowd])
    assert not any(rule.startswith("sound+first") for _, rule in edits.values())


def test_a_place_word_in_the_surname_slot() -> None:
    # A large city's name right after the listed person's own first name, a word no list
    # holds as a name, is the surname heard; elsewhere the place stays itself (`+place`).
    lexicon = ["Marcus Seatle", "Geneva"]
    edits, _ = _names("the chemist marcus seattle presented the new catalyst in geneva.",
                      lexicon)
    assert edits["marcus seattle"][0] == "Marcus Seatle"
    assert edits["marcus seattle"][1].startswith("sound+first")
    edits, _ = _names("the chemist flew to seattle and presented the new catalyst in geneva.",
                      lexicon)
    assert not edits
