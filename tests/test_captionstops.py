"""Caption stops: a document's captioner is taken to stop at line breaks only on evidence (stops
where no sentence can end), and the stop rules differ with it."""

from __future__ import annotations

from transcript_tools.captionstops import at_line_breaks, spurious_stop
from transcript_tools.model import Piece
from transcript_tools.sentencegaps import GapModel
from transcript_tools.vocabulary import vocabulary


def _gaps(words: list[str]) -> tuple[list[str], list[tuple[Piece, ...]]]:
    """Keys and gaps of a word list where a word ending in "." has a lone stop after it."""
    keys = [w.rstrip(".") for w in words]
    stop = (Piece(0, 1, 0, 1, "."),)
    return keys, [stop if w.endswith(".") else () for w in words]


def test_line_break_style_needs_several_stops_where_no_sentence_ends() -> None:
    two = "we went to the. market and. then home. it rained. we left.".split()
    assert not at_line_breaks(*_gaps(two))
    three = "we went to the. market and. then a. new road. it rained.".split()
    assert at_line_breaks(*_gaps(three))
    # the same three among many true stops: too small a share
    many = three + ["stop."] * 60
    assert not at_line_breaks(*_gaps(many))


def test_stop_rules_by_style() -> None:
    m = GapModel(vocabulary())
    for loose in (False, True):
        assert spurious_stop(m, "on", "the", "seat", "on", ".", loose, 0.8)
        assert not spurious_stop(m, "to", "the", "the", "market", ".", loose, 0.8)
        assert not spurious_stop(m, "the", "market", "and", "then", ",", loose, 0.8)
    # a preposition a sentence may end on, and a common pair over a true end
    assert not spurious_stop(m, "unaccounted", "for", "one", "was", ".", False, 0.8)
    assert spurious_stop(m, "unaccounted", "for", "one", "was", ".", True, 0.8)
    assert not spurious_stop(m, "still", "going", "on", "in", ".", False, 0.8)
    assert spurious_stop(m, "still", "going", "on", "in", ".", True, 0.8)
