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
    """`scans.Beside`: white space, removed pieces, a clock line or a caption cue's number and
    times between two words leave them side by side (the clean text writes none of them); a
    mark of one character, a kept cue, a speaker marker or a label parts them."""
    from transcript_tools.model import Marker, Piece
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
        ps = pieces_of(source.replace(",", " , ").replace("/", " / ").replace("&", " & "))
        ps = [Piece(p.first, p.stop, source.index(p.text), source.index(p.text) + len(p.text),
                    p.text) for p in ps]
        assert not Beside(source, ps.copy)(ps[0], ps[2]), source  # a mark between
    # a clock line, or a caption's number and times: no tokens, the next word is the next
    # token (`first` 1 after `stop` 1)
    for source in ("harbour\n5:34 am\nlane", "harbour\n\n2\n00:00:02,000 --> 00:00:03,000\nlane"):
        a = Piece(0, 1, 0, 7, "harbour")
        b = Piece(1, 2, len(source) - 4, len(source), "lane")
        assert Beside(source, [a, b].copy)(a, b), source
        b = Piece(2, 3, len(source) - 4, len(source), "lane")       # a piece between: as it
        mid = Piece(1, 2, 8, 9, "")                                   # reads, removed or not
        assert Beside(source, [a, mid, b].copy)(a, b), source
        mid = Piece(1, 2, 8, 9, source[8])
        assert not Beside(source, [a, mid, b].copy)(a, b), source
    source = "harbour\n>> lane"                                     # a speaker marker
    a, b = Piece(0, 1, 0, 7, "harbour"), Piece(1, 2, 11, 15, "lane")
    assert not Beside(source, [a, b].copy, (Marker(1, "speaker", 8, 10),))(a, b)
    source = "harbour\nclerk: lane"                                 # a label
    a, b = Piece(0, 1, 0, 7, "harbour"), Piece(1, 2, 15, 19, "lane")
    assert not Beside(source, [a, b].copy, (Marker(1, "label", 8, 14, "clerk"),))(a, b)
    assert Beside(source, [a, b].copy)(a, b)      # (the same gap, no label read there)
