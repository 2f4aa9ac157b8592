"""qa56 round (a cartoon's transcript on a fan wiki): the two fixes' behaviour on text
written for these tests."""

from __future__ import annotations

from transcript_tools import clean, parse
from transcript_tools.readers.labels import cased_labels

_KITCHEN = (
    "Marta: Look, the kettle is singing!\n"
    "Tobias: [laughs] It sounds like a train.\n"
    "Marta and Tobias: Toot toot!\n"
    "Marta: Now pour the tea, please.\n"
    "Tobias: Hot, hot. Careful with the cups.\n"
    "Tobias and Marta: Cheers!\n"
    "Marta: That was the best tea.\n")


def _labels(page: str) -> list[str]:
    return [k.label for k in parse(page).markers if k.kind == "label"]


def test_two_speakers_joint_label_is_a_label() -> None:
    # qa56 ("Oobi and Uma: [together] Mmm!"): a line two of the page's speakers say together
    # was read as words, its turn run into the last speaker's
    assert _labels(_KITCHEN) == ["Marta", "Tobias", "Marta and Tobias", "Marta", "Tobias",
                                 "Tobias and Marta", "Marta"]
    t = clean(_KITCHEN)
    paragraphs = t.to_text().strip().split("\n\n")
    assert paragraphs[2].startswith("Marta and Tobias: "), paragraphs
    assert paragraphs[5] == "Tobias and Marta: Cheers!", paragraphs
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_joint_label_needs_both_speakers_and_a_line_start() -> None:
    # negatives: the other side no label the page gives ("Marta and friends:"), a joint
    # label inside a line, and a page with no labels keep their words
    page = _KITCHEN.replace("Marta and Tobias:", "Marta and Friends:")
    assert "Marta and Friends" not in cased_labels(page)
    assert "Marta and Friends" not in _labels(page)
    inline = _KITCHEN.replace("Marta and Tobias: Toot toot!",
                              "So we said it. Marta and Tobias: Toot toot!")
    assert "Marta and Tobias" not in cased_labels(inline)
    assert cased_labels("We met Marta and Tobias: They were late. It rained.\n") == frozenset()

