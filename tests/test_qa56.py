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


def test_sentence_opening_takes_the_removed_copys_capital() -> None:
    # qa56 ("Chugga chugga choo-choo!" -> "chugga choo-choo!"): a written page's sentence
    # whose first word was said twice lost the copy with the capital, and kept the writer's
    # lowercase second copy as the opening
    page = _KITCHEN.replace("Toot toot!", "We we love it. Toot toot!")
    out = clean(page).to_text()
    assert "Marta and Tobias: We love it." in out, out
    out = clean(_KITCHEN.replace("Now pour the tea", "Pour pour the tea")).to_text()
    assert "Marta: Pour the tea, please." in out, out
    # negative: a writer's lowercase opening after a removed cue stays theirs
    t = clean("Ana: I came home. (Door slams) and then it rained. She ran inside.\n"
              "Ben: Was it late? It was late.\nAna: Yes. It was.\n")
    assert "and then it rained" in t.to_text(), t.to_text()
