"""The memos a `Cleaner` keeps between documents are bounded between documents (ux3,
`memos.trim`): emptying them changes no output, in whatever order the documents come."""

from __future__ import annotations

import functools
import gc

import pytest

import transcript_tools as tt
from transcript_tools import memos

NAMES = ["Oksana Havrylenko", "Tadeusz Wierzbicki", "Port Augusta", "Marisol Etxeberria"]
PAGES = [
    "7:00 pm\n>> the harbour board met in port augusta tonight. oksana have a lenko said the "
    "new wharf would open in march. >> thank you, oksana. >> the board's chair tadeusz "
    "veer bit ski did not agree. he said the costs had doubled since the plan was drawn up.\n",
    "6:30 am\n>> good morning. the cycling season starts today in the basque hills, where "
    "marisol etch a very a leads the climbers. >> she won three stages last year. >> what "
    "does she expect this time? >> a harder race. the weather has been cold and wet.\n",
    "12:00 pm\n>> the river is rising near port augusta and farmers are moving stock to "
    "higher ground. tadeusz wierzbicki, who runs the local council, asked people to stay off "
    "the flooded roads. >> how long will it last? >> two or three days, the forecasters "
    "say.\n",
    "9:15 pm\n>> in tonight's program we hear from oksana havrylenko about the harbour and "
    "from marisol etxeberria about the race. first the weather: rain in the south, sun in "
    "the north, and wind along the coast all weekend.\n",
]


def _outputs(transcript: tt.Transcript) -> tuple[str, str]:
    return transcript.text, transcript.render("json")


@pytest.fixture(scope="module")
def fresh() -> list[tuple[str, str]]:
    """Each page cleaned by a Cleaner of its own."""
    return [_outputs(tt.Cleaner(NAMES).clean(page)) for page in PAGES]


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (1, 3, 0, 2), (2, 2, 0, 0)])
def test_memos_emptied_between_documents_give_a_fresh_cleaners_outputs(
        fresh: list[tuple[str, str]], order: tuple[int, ...]) -> None:
    cleaner = tt.Cleaner(NAMES)
    for i in order:
        got = _outputs(cleaner.clean(PAGES[i]))
        assert got == fresh[i]
        held = sum(n for _, n in memos.sizes())
        assert held > 0  # (the stages did memoise: the emptying below has work to do)
        memos.trim(0)
        assert sum(n for _, n in memos.sizes()) == 0


def test_a_long_lived_cleaner_within_its_caps_gives_the_same_outputs(
        fresh: list[tuple[str, str]]) -> None:
    cleaner = tt.Cleaner(NAMES)
    for i in (3, 1, 0, 2, 1, 3, 0, 2):
        assert _outputs(cleaner.clean(PAGES[i])) == fresh[i]


def test_the_memos_of_a_dropped_cleaner_are_let_go() -> None:
    cleaner = tt.Cleaner(NAMES)
    cleaner.clean(PAGES[0])
    owners = len(memos._OWNED)
    del cleaner
    gc.collect()
    memos.trim()
    assert len(memos._OWNED) < owners


class _Owner:
    def __init__(self) -> None:
        self.words: dict[str, int] = {}
        self.pairs: dict[str, dict[str, int]] = {}
        self.pair_count = 0
        memos.bound(self, ("words", 3), ("pairs", 4, "pair_count"))


def test_a_memo_is_emptied_past_its_cap_only() -> None:
    owner = _Owner()
    owner.words.update(a=1, b=2, c=3)
    owner.pairs["x"] = {"a": 1, "b": 2}
    owner.pairs["y"] = {"a": 1, "c": 3}
    owner.pair_count = 4
    memos.trim()
    assert len(owner.words) == 3 and owner.pair_count == 4  # at the cap: kept
    owner.words["d"] = 4
    owner.pairs["y"]["d"] = 4
    owner.pair_count = 5
    memos.trim()
    # past it: emptied (the memo of memos by its count, not its two keys), and the count too
    assert owner.words == {} and owner.pairs == {} and owner.pair_count == 0


def test_a_module_memo_and_an_lru_cache_are_emptied_past_their_caps() -> None:
    table: dict[str, int] = {}

    @functools.lru_cache(maxsize=100)
    def double(x: int) -> int:
        return 2 * x

    memos.bound_global(table, 2)
    memos.bound_global(double, 2)
    try:
        table.update(a=1, b=2)
        double(1), double(2)
        memos.trim()
        assert len(table) == 2 and double.cache_info().currsize == 2
        table["c"] = 3
        double(3)
        memos.trim()
        assert table == {} and double.cache_info().currsize == 0
    finally:
        memos._GLOBAL[:] = [(m, c) for m, c in memos._GLOBAL if m is not table and m is not double]
