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


def test_words_beside_each_other_as_the_clean_text_writes_them() -> None:
    """`scans.Beside`: white space, removed pieces and clock lines between two words leave
    them side by side; a mark of one character, a kept cue or a speaker marker parts them."""
    from transcript_tools.model import Anchor, Piece
    from transcript_tools.scans import Beside

    def pieces_of(source: str, gone: tuple[str, ...] = ()) -> list[Piece]:
        out, at = [], 0
        for k, word in enumerate(source.replace("\n", " ").split()):
            at = source.index(word, at)
            out.append(Piece(k, k + 1, at, at + len(word), "" if word in gone else word))
            at += len(word)
        return out

    source = "harbour  [cheering] lane"
    ps = pieces_of(source, ("[cheering]",))
    beside = Beside(source, lambda: ps)
    assert beside(ps[0], ps[1])                      # white space only
    assert beside(ps[0], ps[2])                      # a removed cue and spaces
    kept = pieces_of(source)                         # the cue kept: it parts them
    assert not Beside(source, lambda: kept)(kept[0], kept[2])
    for source in ("harbour,lane", "harbour/lane", "harbour&lane", "harbour, lane"):
        a, b = Piece(0, 1, 0, 7, "harbour"), Piece(2, 3, len(source) - 4, len(source), "lane")
        assert not Beside(source, list)(a, b), source   # a mark between
    source = "harbour\n5:34 am\nlane"
    a, b = Piece(0, 1, 0, 7, "harbour"), Piece(1, 2, 16, 20, "lane")
    clock = Anchor(index=1, seconds=20040.0, start=8, end=15)
    assert Beside(source, list, (clock,))(a, b)            # a clock line
    assert not Beside(source, list)(a, b)                   # not known as one
    cue = Anchor(index=1, seconds=1.0, start=8, end=15, kind="cue")
    assert not Beside(source, list, (cue,))(a, b)           # a caption cue's times
    source = "harbour [cheering] >> lane"                             # a speaker marker too
    ps = pieces_of(source, ("[cheering]",))
    assert not Beside(source, lambda: ps)(ps[0], ps[3])
