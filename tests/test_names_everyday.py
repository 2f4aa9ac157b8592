"""Lexicon names that are everyday words ("Today", "Rice", "Turkey", "Apple"): recased as the
name only with evidence in place or in the document (`everyday`), left as the word otherwise."""

from __future__ import annotations

import pycountry
import pytest

from transcript_tools import clean
from transcript_tools.everyday import MILD, STORY_NAMES, STRONG, everyday_name, gated
from transcript_tools.model import apply_edits

EVERYDAY = ["Today", "Face the Nation", "Bush", "Rice", "Young", "Nice", "Turkey | Turkish",
            "Apple", "Jets", "Condoleezza Rice", "Heat", "Chad"]
LEXICON = EVERYDAY + sorted(c.name for c in pycountry.countries if "," not in c.name
                            and c.name not in ("Chad", "Turkey"))
"""A directory-sized lexicon (more names than one story's, `everyday.STORY_NAMES`): nothing
vouches for any one of its everyday-word names."""


def lexicon_edits(text: str, names: list[str] = LEXICON) -> tuple[str, list[str]]:
    """The cleaned text and the words the name or casing stage wrote from the lexicon."""
    doc = clean(text, names=names).document
    assert apply_edits(doc.source, doc.edits) == doc.text()
    got = [e.replacement for e in doc.edits
           if e.kind == "name" or e.kind == "case" and e.rule.startswith("lexicon")]
    return doc.text(), got


@pytest.mark.parametrize("text", [
    "today we learned that the committee will meet again on monday.",           # programme
    "farmers say the rice harvest is late this year after the floods.",         # person
    "a young man was taken to hospital after the crash on the highway.",        # person
    "the weather was very nice for the parade and thousands came out.",          # place
    "we are cooking a turkey for the holiday and the kids love it.",             # place
    "she ate an apple and a banana before the race started in the rain.",        # company
    "fighter jets flew over the capital as the ceremony began.",                 # team
    "the heat wave is expected to last through the weekend in the south.",      # team
    "we have to face the nation's problems together, the governor said.",       # programme
    "today's forecast calls for rain, and the turkey's feathers got wet.",      # possessives
])
def test_everyday_words_stay_words(text: str) -> None:
    assert lexicon_edits(text)[1] == []


@pytest.mark.parametrize("text, name", [
    ("president bush said the talks would go on.", "Bush"),
    ("she was a guest on the today show last week.", "Today"),
    ("condoleezza rice spoke first. later rice said the plan was sound.", "Rice"),
    ("the talks in turkey were about turkish trade with its neighbours.", "Turkey"),
    ("the bush administration said the plan would not change.", "Bush"),
    ("senator young voted against the bill on tuesday.", "Young"),
])
def test_everyday_names_with_evidence_become_names(text: str, name: str) -> None:
    cleaned, got = lexicon_edits(text)
    assert any(name in g for g in got), (cleaned, got)


def test_a_mild_name_is_the_name_unless_the_document_uses_the_word() -> None:
    # "chad" is rarely a plain word: the name wherever no mention reads as the word
    assert "Chad" in lexicon_edits("troops crossed into chad on friday, officials said.")[1]
    # one mention after "the" makes every unvouched mention the word
    text = "the bush was on fire near the road. firefighters said bush fires are common."
    assert lexicon_edits(text)[1] == []


def test_evidence_in_place_does_not_spread_to_a_common_word() -> None:
    cleaned, got = lexicon_edits("she was on the today show, and yes, today we ask about it.")
    assert got == ["Today"] and "yes, today we" in cleaned


def test_names_of_other_words_are_not_everyday() -> None:
    assert everyday_name("Today") == STRONG and everyday_name("Nice") == STRONG
    assert everyday_name("Face the Nation") == STRONG
    assert everyday_name("Bush") == MILD and everyday_name("Turkey") == MILD
    for name in ("Azerbaijan", "White House", "Security Council", "NATO", "WHO", "Lyndon"):
        assert not everyday_name(name), name


def test_a_story_lexicon_vouches_for_its_names_but_not_for_very_common_words() -> None:
    assert len(LEXICON) > STORY_NAMES
    story = ["Warriors", "Stephen Curry", "Chase Center", "Today", "Young"]
    cleaned, got = lexicon_edits("the warriors beat the celtics, and today we ask why, as "
                                 "young fans came to chase center.", story)
    assert "Warriors" in got and "today we" in cleaned and "young fans" in cleaned
    # the same word in a directory-sized lexicon needs evidence
    assert gated("Warriors", True) and not gated("Warriors", False)
    assert gated("Today", False) == STRONG and gated("Young", False) == STRONG
