"""A name window never cuts a proper noun any reader knows (`nameslot.cut_off`): where "new
york" or "los angeles" goes on past the window's edge, its words there are the noun's, not a
garble of a lexicon name."""

from __future__ import annotations

from typing import NamedTuple

from transcript_tools import clean
from transcript_tools.nameslot import cut_off

CAPITOL = ["Senator Tunney", "Sacramento"]
PRESS = ["Angela Styles", "Denver"]


def _edits(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    return {e.original: e.replacement for e in doc.edits if e.kind == "name"}


def test_a_window_ending_inside_a_proper_noun_stays() -> None:
    for place in ("new york", "new jersey"):
        text = (f"senator tunney stayed in sacramento. aides flew the senator to {place} on "
                "monday.")
        assert _edits(text, CAPITOL) == {}


def test_a_window_starting_inside_a_proper_noun_stays() -> None:
    text = "angela styles moved to denver. styles said the los angeles times had called her."
    assert _edits(text, PRESS) == {}


def test_a_garble_beside_a_proper_noun_is_still_the_name() -> None:
    text = ("senator tunney stayed in sacramento. aides said senator tunny would fly to new "
            "york on monday.")
    assert _edits(text, CAPITOL) == {"senator tunny": "Senator Tunney"}
    # The noun whole inside the window cuts nothing.
    text = "angela styles moved to denver. styles said she read it in the angeles times."
    assert _edits(text, PRESS) == {"angeles times": "Angela Styles"}


def test_cut_off() -> None:
    def run(text: str) -> list[_Word]:
        return [_Word((w,)) for w in text.split()]

    words = run("the senator to new york on monday")
    assert cut_off(words, 1, 4)          # "senator to new" | york
    assert not cut_off(words, 1, 3)      # "senator to" | new york
    assert not cut_off(words, 1, 5)      # the noun inside the window
    words = run("read the los angeles times")
    assert cut_off(words, 3, 5)          # los | "angeles times"
    assert not cut_off(words, 2, 4)
    # A noun that needs a witness ("the valley": an article and lowercase English words)
    # cuts nothing.
    assert not cut_off(run("drove down the valley road"), 3, 5)


class _Word(NamedTuple):
    key: tuple[str, ...]
