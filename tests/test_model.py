"""The edit log is the document: replay rules, overlap checks, rendering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transcript_tools.model import Edit, OverlapError, Rendering, Times, apply_edits
from transcript_tools.readers import parse


def edit(source: str, start: int, end: int, new: str, kind: str = "case") -> Edit:
    return Edit(start, end, source[start:end], new, kind, "test")  # type: ignore[arg-type]


def test_later_edit_supersedes_the_ones_inside_it() -> None:
    src = "dictate tauriel rule"
    edits = [edit(src, 0, 15, "dictatorial", "spelling"), edit(src, 0, 15, "Dictatorial")]
    assert apply_edits(src, edits) == "Dictatorial rule"


def test_partial_overlap_is_refused() -> None:
    src = "one two three"
    with pytest.raises(OverlapError):
        apply_edits(src, [edit(src, 0, 7, "x"), edit(src, 4, 13, "y")])


def test_removed_word_leaves_a_space_removed_markup_leaves_nothing() -> None:
    src = "word[applause]next <i>welcome</i>."
    edits = [edit(src, 4, 14, "", "artifact"), edit(src, 19, 22, "", "markup"),
             edit(src, 29, 33, "", "markup")]
    assert apply_edits(src, edits) == "word next welcome."


def test_rendering_of_a_span_matches_the_whole() -> None:
    doc = parse(">> hello there.\n5:34 am\n>> reporter: it was called.\n")
    r = doc.rendering()
    assert r.text() == "hello there. it was called."
    second = doc.tokens[3].start
    assert r.text(second) == "it was called."


@given(st.text(alphabet="ab .,\n>[]:5", max_size=80), st.data())
def test_pieces_and_rendering_agree_for_any_whole_piece_edits(text: str, data: st.DataObject) \
        -> None:
    doc = parse(text)
    editor = doc.editor()
    pieces = doc.pieces()
    i = 0
    while i < len(pieces):
        n = data.draw(st.integers(1, 3))
        chunk = pieces[i:i + n]
        if data.draw(st.booleans()):
            editor.replace(chunk, data.draw(st.sampled_from(["", "X", "y z", "."])), "case", "t")
        i += n
    doc = editor.finish()
    assert doc.text() == apply_edits(doc.source, doc.edits)
    for e in doc.edits:
        assert doc.source[e.start:e.end] == e.original
    # every piece's text appears, in order, in the rendering
    r = Rendering(doc.source, doc.edits)
    assert " ".join(r.raw().split()) == doc.text()


def test_times_read_as_the_tuple_of_pairs_they_replace() -> None:
    pairs = ((0.0, 0.25), (0.25, 1.0 / 3), (1.0 / 3, 2.5))
    times = Times([s for s, _ in pairs], [e for _, e in pairs])
    assert len(times) == 3 and times[1] == pairs[1] and times[-1] == pairs[-1]
    assert times == pairs and list(times) == list(pairs) and times[1:] == pairs[1:]
    assert repr(times) == repr(pairs)
    assert times != pairs[:2] and times != ((0.0, 0.3),) + pairs[1:]
    with pytest.raises(ValueError):
        Times([0.0], [])
