"""sent14: an end found right after an interjection that heads the next sentence moves before
it ("the table hello. i'm" -> "the table. hello, i'm"). Text written for these tests."""

from __future__ import annotations

import pytest

from transcript_tools import Options
from transcript_tools.readers import parse
from transcript_tools.sentenceends import leading_interjections
from transcript_tools.sentencegaps import NEVER, GapModel
from transcript_tools.sentences import SentenceSplitter
from transcript_tools.vocabulary import vocabulary


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    return SentenceSplitter(Options())


@pytest.fixture(scope="module")
def fluent() -> GapModel:
    return GapModel(vocabulary())


@pytest.mark.parametrize(("text", "want"), [
    ("the club finished the season in fourth place on the table hello i'm maria lopez and "
     "this is the weekend sports round up with all the scores",
     "on the table. hello, i'm maria lopez"),
    ("the bakery sold out of bread before nine in the morning ah this is the busiest week of "
     "the year for them", "in the morning. ah, this is the busiest"),
])
def test_interjection_opens_the_next_sentence(splitter: SentenceSplitter, text: str,
                                              want: str) -> None:
    assert want in splitter(parse(text)).text()


@pytest.mark.parametrize(("text", "want"), [
    ("the new bridge opened to traffic on monday and it works very well the mayor says more "
     "bridges are coming", "it works very well. the mayor"),
    ("the trains are late again this week as well we have more on that story in a moment",
     "this week as well. we have more"),
])
def test_adverb_well_keeps_its_end(splitter: SentenceSplitter, text: str, want: str) -> None:
    assert want in splitter(parse(text)).text()


def _run(sentence: str, end_after: int, fluent: GapModel, *, fixed_at: int = -1,
         blocked_at: int = -1, never_at: int = -1, also_end: int = -1) -> list[int]:
    keys = sentence.split()
    n = len(keys)
    ends = bytearray(n)
    ends[end_after] = True
    ends[n - 1] = True
    if also_end >= 0:
        ends[also_end] = True
    fixed = bytearray(n)
    fixed[n - 1] = True
    if fixed_at >= 0:
        fixed[fixed_at] = True
    blocked = bytearray(n)
    if blocked_at >= 0:
        blocked[blocked_at] = True
    scores = [0.0] * n
    if never_at >= 0:
        scores[never_at] = NEVER
    leading_interjections(ends, fixed, blocked, keys, scores, fluent.fluent)
    return [i for i in range(n) if ends[i]]


def test_end_moves_before_well(fluent: GapModel) -> None:
    # "the harvest was lost to the flood well this year they planted higher"
    assert _run("the harvest was lost to the flood well this year they planted higher", 7,
                fluent) == [6, 12]


def test_end_moves_before_a_run_of_interjections(fluent: GapModel) -> None:
    assert _run("we sold every loaf by noon ah ah this is our best week", 7, fluent) == [5, 12]


@pytest.mark.parametrize("sentence", [
    "the team played very well the coach was pleased with them",  # adverb after "very"
    "the kids came by to say hello the author signed their books",  # object of "say"
    "the roads are closed as well the schools will open late",
])
def test_fluent_pair_keeps_the_end(fluent: GapModel, sentence: str) -> None:
    at = next(i for i, w in enumerate(sentence.split()) if w in ("well", "hello"))
    assert _run(sentence, at, fluent) == [at, len(sentence.split()) - 1]


def test_source_end_and_closed_gaps_stay(fluent: GapModel) -> None:
    s = "the harvest was lost to the flood well this year they planted higher"
    assert _run(s, 7, fluent, fixed_at=7) == [7, 12]  # the source's own end
    assert _run(s, 7, fluent, blocked_at=6) == [7, 12]  # a dash before "well"
    assert _run(s, 7, fluent, never_at=6) == [7, 12]  # no end may stand before it
    assert _run(s, 7, fluent, also_end=6) == [6, 7, 12]  # "well." stands alone
