"""Line and cue breaks keep a modifier with its noun and an auxiliary with its verb (`layoutglue`
and the costs `linebreak` gives them); a break still falls inside such a pair when nothing
else fits. Constructed sentences in several domains (news, weather, health, markets, arts)."""

from __future__ import annotations

import pytest

import transcript_tools as tt
from transcript_tools.check import check_captions
from transcript_tools.layoutglue import GLUE, NAME_GLUE, OBJECT_GLUE, glue
from transcript_tools.linebreak import BreakCosts, break_lines

WIDTH = 42


def _lines(text: str, width: int = WIDTH) -> list[str]:
    words = text.split()
    costs = BreakCosts().costs(words, [True] + [False] * (len(words) - 1))
    got = break_lines(words, costs, width, 2)
    assert got is not None
    return got


def _together(lines: list[str] | tuple[str, ...], pair: str) -> bool:
    """Whether the two words of ``pair`` stand on one line (or the pair is not there)."""
    first, second = pair.split()
    for line, nxt in zip(lines, list(lines[1:])):
        if line.split()[-1].lower().rstrip(".,") == first and \
                nxt.split()[0].lower().rstrip(".,") == second:
            return False
    return True


# (the balanced break of each falls inside the pair; another break fits the width)
CASES = [
    ("The family is now seeking political asylum in the country after the trial",
     "political asylum"),
    ("The company said its vaccine trial results will be published next month",
     "trial results"),
    ("Forecasters say the heavy rainfall totals could break records in the valley",
     "rainfall totals"),
    ("Investors worried that rising bond yields would slow the economy this year",
     "bond yields"),
    ("The retailer reported strong holiday sales despite higher shipping costs",
     "holiday sales"),
    ("The museum will reopen its modern art wing after a two-year renovation", "art wing"),
    ("The minister said the government would like to hold talks with the unions",
     "would like"),
]


@pytest.mark.parametrize(("text", "pair"), CASES)
def test_a_glued_pair_stays_on_one_line_when_another_break_fits(text: str, pair: str) -> None:
    lines = _lines(text)
    assert len(lines) == 2 and all(len(line) <= WIDTH for line in lines)
    assert _together(lines, pair), lines


def test_the_break_still_falls_inside_a_pair_when_nothing_else_fits() -> None:
    # every break that keeps both lines within the width parts a modifier from its noun
    lines = _lines("Patients with untreated high blood pressure face a greater stroke risk")
    assert len(lines) == 2 and all(len(line) <= WIDTH for line in lines)
    assert " ".join(lines).split() == \
        "Patients with untreated high blood pressure face a greater stroke risk".split()
    # a pair wider than a line is broken, not overflowed
    assert _lines("political asylum", width=10) == ["political", "asylum"]
    assert _lines("would like", width=6) == ["would", "like"]


def test_language_statistics_tell_a_modifier_and_its_noun_from_a_subject_and_its_verb() -> None:
    for left, right in (("political", "asylum"), ("road", "closures"), ("election", "day"),
                        ("convention", "center"), ("quarterly", "earnings"),
                        ("blood", "pressure")):
        assert glue(left, right, False) == GLUE, (left, right)
    for left, right in (("president", "said"), ("officials", "say"), ("police", "believe"),
                        ("really", "good"), ("team", "responding")):
        assert glue(left, right, False) == 0.0, (left, right)
    # a name as a modifier is glued, less than a name's own words
    assert glue("brexit", "deal", True) == NAME_GLUE
    costs = BreakCosts()
    assert costs.cost("House", "council", False) < costs.cost("White", "House", False)
    # the costs only order the breaks: a preposition or conjunction stays the better place
    assert costs.cost("asylum", "in", False) < costs.cost("political", "asylum", False)
    assert costs.cost("day", "and", False) < costs.cost("election", "day", False)


def test_an_auxiliary_stays_with_its_verb() -> None:
    costs = BreakCosts()
    for aux, verb in (("would", "like"), ("has", "claimed"), ("not", "matter"),
                      ("doesn't", "really"), ("we'll", "take")):
        assert costs.cost(aux, verb, False) > costs.cost("said", "the", False), (aux, verb)
        assert costs.cost(aux, verb, False) > costs.cost("government", aux, False), (aux, verb)
    # a copula before its complement's article is no auxiliary before a verb
    assert costs.cost("is", "a", False) < costs.cost("has", "claimed", False)
    # quantifiers hold their noun
    assert costs.cost("many", "discrepancies", False) > costs.cost("discrepancies", "in", False)


def test_cues_of_a_transcript_keep_glued_pairs_and_the_layout_rules() -> None:
    text = " ".join(t.lower() + "." for t, _ in CASES)
    t = tt.clean(text)
    for cue in t.cues:
        for _, pair in CASES:
            assert _together(cue.lines, pair), cue.lines
    assert check_captions(t.to_webvtt()) == []


def test_a_verb_keeps_its_bare_object_but_not_a_clause() -> None:
    # a verb that takes an object, before a bare noun: dearer than a free break
    costs = BreakCosts()
    for verb, noun in (("seeking", "safety"), ("offering", "vaccines"), ("build", "housing"),
                       ("cut", "interest")):
        assert glue(verb, noun, False) == OBJECT_GLUE, (verb, noun)
        assert costs.cost(verb, noun, False) > costs.cost("villages", verb, False), (verb, noun)
        # still a better place than inside a modifier and its noun or after an article
        assert costs.cost(verb, noun, False) < costs.cost("political", "asylum", False)
    # a verb that takes a clause ("said he", "think that") holds no object
    for verb, word in (("said", "voters"), ("think", "prices"), ("believe", "voters")):
        assert glue(verb, word, False) == 0.0, (verb, word)
    # nor does a verb before a word as often a verb as a noun
    assert glue("seeking", "said", False) == 0.0
