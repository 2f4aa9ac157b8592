"""A listed person's first name written right and the surname heard as other words right after
it (`namescore.Scorer._first_name`, rule "sound+first"): the whole window is judged against
the whole name, a suggestion at most, which a story's lexicon that fits the document lifts to
an edit (`namefit.lifted`, "+fit"); the guards keep a fluent continuation, another person's
name, a first name two listed names share, function words and a crowded lexicon out. Invented
names, domains no dev page has (glaciology, business)."""

from __future__ import annotations

from transcript_tools import clean

POLAR = ["Paul Halvorsen", "Tromso", "Svalbard", "Norwegian Polar Institute", "Greenland",
         "Arctic Council"]
STORY = ("the norwegian polar institute sent a team to svalbard and greenland. the arctic "
         "council met in tromso. ")
GLACIER = "the glaciologist paul hallways and measured the ice near tromso this spring."


def _names(text: str, lexicon: list[str]) -> tuple[dict[str, tuple[str, str]],
                                                   dict[str, tuple[str, str]]]:
    doc = clean(text, names=lexicon).document
    for e in doc.edits + doc.suggestions:
        assert text[e.start:e.end] == e.original
    return ({e.original: (e.replacement, e.rule) for e in doc.edits if e.kind == "name"},
            {e.original: (e.replacement, e.rule) for e in doc.suggestions if e.kind == "name"})


def test_the_story_lexicon_lifts_the_anchored_window() -> None:
    edits, _ = _names(STORY + GLACIER, POLAR)
    assert edits == {"paul hallways and": ("Paul Halvorsen", "sound+first+fit")}


def test_alone_the_anchor_is_a_suggestion() -> None:
    edits, held = _names(GLACIER, POLAR)
    assert not edits
    assert held == {"paul hallways and": ("Paul Halvorsen", "sound+first")}


def test_a_surer_reading_keeps_its_own_rule() -> None:
    # (the rest judged alone is surer: "sound+first" only lifts, it never lowers)
    edits, _ = _names("shares of northwind capital rose after chief executive david tall "
                      "more announced the merger.", ["David Tallamore", "Northwind Capital"])
    assert edits["david tall more"][0] == "David Tallamore"
    assert "first" not in edits["david tall more"][1]


def test_a_fluent_continuation_or_another_person_is_left() -> None:
    for text in ("the glaciologist paul said the ice near tromso was thinning.",
                 "the glaciologist paul and her team measured the ice near tromso.",
                 "the glaciologist paul kelly measured the ice near tromso this spring."):
        edits, held = _names(STORY + text, POLAR)
        assert not edits and not any("first" in rule for _, rule in held.values())


def test_a_first_name_two_listed_names_share_is_no_evidence() -> None:
    edits, held = _names(STORY + GLACIER, [*POLAR, "Paul Hallmark"])
    assert not any("first" in rule for _, rule in [*edits.values(), *held.values()])


def test_not_in_a_crowded_lexicon() -> None:
    crowd = [f"{first} {last}" for first in ("Anika", "Bertil", "Carmela", "Dorian",
                                             "Elspeth", "Florin")
             for last in ("Quennell", "Rasmussen", "Szabo", "Trevisan", "Udall", "Vesely")]
    edits, held = _names(STORY + GLACIER, [*POLAR, *crowd])
    assert not any("first" in rule for _, rule in [*edits.values(), *held.values()])
