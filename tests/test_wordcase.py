"""wordcase: which parts of a multi-word name stand for it alone (constructed lexicons)."""

from __future__ import annotations

import pytest

from transcript_tools import clean
from transcript_tools.wordcase import ordinary, proper, stands_alone


def _parts(name: str) -> set[str]:
    words = name.split()
    return {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)
            if b - a < len(words) and stands_alone(words, a, b)}


def test_the_lists_tell_ordinary_words_from_proper_names() -> None:
    assert ordinary("conspiracy") and ordinary("advisers")   # a regular plural the lists lack
    assert not ordinary("karabakh") and not ordinary("OSCE")
    assert proper("Warren") and ordinary("warren")            # both: a word and a name
    assert not proper("conspiracy")   # GCIDE capitalises headwords; only web2 names count


@pytest.mark.parametrize("name, alone", [
    ("Council of Economic Advisers", set()),                  # ordinary words only
    ("Conspiracy Theory", set()),
    ("Levi's Stadium", {"Levi's"}),                          # "Stadium": no person (possessive)
    ("Elizabeth Warren", {"Elizabeth", "Warren"}),            # a person's surname
    ("Brian Lamb", {"Brian", "Lamb"}),
    ("Kai Havertz", {"Kai", "Havertz"}),                      # "kai": rare as a word
    ("Nagorno Karabakh", {"Nagorno", "Karabakh"}),
])
def test_parts_that_stand_alone(name: str, alone: set[str]) -> None:
    # (the sound index also drops parts too common by frequency: "Elizabeth", "Brian")
    assert _parts(name) == alone


def test_a_common_part_of_a_listed_title_stays_a_word() -> None:
    names = ["Council of Economic Advisers", "Conspiracy Theory", "Levi's Stadium",
             "Elizabeth Warren"]
    t = clean("she called it a government conspiracy. his top economic advisor quit. the "
              "stadium was full. the advisers met. warren said the council of economic "
              "advisers would meet.",
              names=names)
    assert "government conspiracy" in t.text and "economic advisor quit" in t.text
    assert "The stadium was full" in t.text and "The advisers met" in t.text
    assert "Warren said the Council of Economic Advisers" in t.text
