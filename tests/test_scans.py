"""The C-speed scans agree with the per-word and per-position tests they stand for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transcript_tools.scans import holding, piece_at, pieces_within, positions

_TEXT = st.text(alphabet="ab- \n–k", max_size=30)


@given(_TEXT, st.sampled_from(["-", " k", "–", "\n"]))
def test_positions_are_every_place_the_text_starts(source: str, text: str) -> None:
    assert list(positions(source, text)) == [
        at for at in range(len(source)) if source.startswith(text, at)]


@given(st.lists(_TEXT, max_size=12), st.sampled_from(["-", "k", "a"]))
def test_holding_is_the_keys_that_hold_the_part(keys: list[str], part: str) -> None:
    # keys with a newline in them take the plain path; the answer is the same
    assert holding(keys, part) == [i for i, key in enumerate(keys) if part in key]


def test_holding_on_words_of_a_caption() -> None:
    words = "the 17 year-old said it was a three-month wait".split()
    assert holding(words, "-") == [2, 7]
    assert holding([], "-") == []


def test_piece_at_and_pieces_within_find_pieces_by_source_offset() -> None:
    from transcript_tools.readers import parse

    doc = parse("one — two ,. three")
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    assert piece_at(starts, doc.source.index("two")) == 2
    assert piece_at(starts, doc.source.index("two") + 1) is None   # inside a piece
    assert piece_at(starts, len(doc.source)) is None
    got = pieces_within(pieces, starts, doc.source.index("—"), doc.source.index(" three"))
    assert [p.text for p in got] == ["—", "two", ",", "."]
    assert pieces_within(pieces, starts, len(doc.source), len(doc.source)) == []


def test_words_next_to_each_other_are_one_character_or_spaces_apart() -> None:
    from transcript_tools.model import Piece
    from transcript_tools.scans import next_to, spaces_only

    assert spaces_only(" ") and spaces_only("   ")
    assert not spaces_only("") and not spaces_only(" , ") and not spaces_only("\n")
    source = "fifth  avenue\nnorth, west"
    fifth, avenue = Piece(0, 1, 0, 5, "fifth"), Piece(1, 2, 7, 13, "avenue")
    north, west = Piece(2, 3, 14, 19, "north"), Piece(4, 5, 21, 25, "west")
    assert next_to(source, fifth, avenue)           # two spaces
    assert next_to(source, avenue, north)           # one character (a line break)
    assert not next_to(source, north, west)         # a comma and a space
    source = "fifth\r\navenue"                       # a line break and a return
    assert next_to(source, Piece(0, 1, 0, 5, "fifth"), Piece(1, 2, 7, 13, "avenue"))
