"""The SubStation Alpha reader against pysubs2, the well-kept SSA/ASS library: our reader is
our own because every token must keep its span in the source (pysubs2 keeps no offsets), so
pysubs2 checks what it reads. Scripts written by pysubs2 from constructed events (each a
seeded mix of words, commas, hard and soft breaks, override tags, speaker names, comment
events, the v4 and v4+ formats) must give the same event times and texts."""

from __future__ import annotations

import random

import pytest

from transcript_tools.readers.ssa import parse_ssa

pysubs2 = pytest.importorskip("pysubs2")

WORDS = ("the harbour ferry leaves at noon and returns before six while gulls circle over "
         "quiet boats nobody waits on pier today lighthouse keeper said storm").split()


def _script(seed: int, fmt: str) -> tuple[str, list[tuple[float, float, str]]]:
    """A script pysubs2 writes in ``fmt`` ("ass" or "ssa"), and its dialogue events as
    pysubs2 reads them back: (start s, end s, the text's characters without spaces)."""
    rng = random.Random(seed)
    subs = pysubs2.SSAFile()
    at = 0
    for _ in range(rng.randint(3, 12)):
        at += rng.randint(0, 3000)
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 9))]
        if len(words) > 2 and rng.random() < 0.5:
            words[rng.randrange(1, len(words) - 1)] += ","
        if len(words) > 2 and rng.random() < 0.4:
            words.insert(rng.randrange(1, len(words)), rng.choice(("\\N", "\\n")))
        if rng.random() < 0.3:
            k = rng.randrange(len(words))
            words[k] = "{\\i1}" + words[k] + "{\\i0}"
        event = pysubs2.SSAEvent(start=at, end=at + rng.randint(500, 4000),
                                 text=" ".join(words) + rng.choice(("", ".", "?")),
                                 name=rng.choice(("", "", "Keeper")))
        if rng.random() < 0.15:
            event.type = "Comment"
        subs.append(event)
    text = subs.to_string(fmt)
    back = pysubs2.SSAFile.from_string(text)
    events = [(e.start / 1000, e.end / 1000, "".join(e.plaintext.split()))
              for e in back if not e.is_comment]
    return text, events


@pytest.mark.parametrize("fmt", ["ass", "ssa"])
@pytest.mark.parametrize("seed", range(25))
def test_events_read_as_pysubs2_reads_them(seed: int, fmt: str) -> None:
    text, events = _script(seed, fmt)
    doc = parse_ssa(text)
    cues = [a for a in doc.anchors if a.kind == "cue"]
    assert len(cues) == len(events)
    bounds = [a.index for a in cues] + [len(doc.tokens)]
    for k, (start, end, chars) in enumerate(events):
        assert cues[k].seconds == pytest.approx(start, abs=0.011)
        assert cues[k].until == pytest.approx(end, abs=0.011)
        ours = "".join(t.text for t in doc.tokens[bounds[k]:bounds[k + 1]])
        assert "".join(ours.split()) == chars
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text
    for edit in doc.edits:
        assert text[edit.start:edit.end] == edit.original
