"""Invariants over arbitrary text: no exception, provenance, valid WebVTT."""

from __future__ import annotations

import io

import webvtt
from hypothesis import given
from hypothesis import strategies as st

from transcript_tools import clean
from transcript_tools.model import apply_edits

caption_text = st.lists(
    st.one_of(
        st.sampled_from(["5:34 am", "17:35", "[05:36]", ">>", ">>>", "reporter:", "[applause]",
                         "(laughter)", "♪", "\n", ".", "?", "i", "u.s.", "&", "<b>", "-->"]),
        st.text(min_size=1, max_size=12),
    ), max_size=40,
).map(" ".join)


@given(caption_text)
def test_clean_never_fails_and_every_record_traces(text: str) -> None:
    t = clean(text, names=["Nikol Pashinyan", "OSCE Minsk Group"])
    doc = t.document
    for e in doc.edits + doc.suggestions:
        assert doc.source[e.start:e.end] == e.original
        assert 0.0 <= e.confidence <= 1.0
    assert apply_edits(doc.source, doc.edits) == t.text
    vtt = webvtt.from_buffer(io.StringIO(t.to_webvtt()))
    assert len(vtt.captions) == len(t.cues)
    ends = [c.end for c in t.cues]
    for a, b in zip(t.cues, t.cues[1:]):
        assert a.start < a.end <= b.start
    assert ends == sorted(ends)
