"""qa51 round (turns and paragraphs on labelled transcript pages): the fixes' behaviour on
text written for these tests."""

from __future__ import annotations

from transcript_tools import clean

_GARDEN = (
    "MAYA: How long have you kept bees on the allotment?\n"
    "OWEN: [Laughs]\n"
    "MAYA: Longer than you think, I suppose.\n"
    "OWEN: Eleven summers now. The first hive swarmed in a week.\n"
    "MAYA: [Sighs]\n"
    "OWEN: I caught them again in a plum tree.\n"
    "MAYA: And the honey that year?\n")


def test_a_turn_of_only_a_sound_does_not_split_one_speakers_lines() -> None:
    # qa51 (blog interviews, "K: [Laughs]" between two of J's lines): the sound went and left
    # two paragraphs of J's, which a second clean of our text joined
    t = clean(_GARDEN)
    out = t.to_text()
    paragraphs = out.strip().split("\n\n")
    assert paragraphs[0].startswith("MAYA: How long have you kept bees on the allotment? "
                                    "Longer than you think"), out
    assert any(p.startswith("OWEN: Eleven summers now.") and p.endswith("in a plum tree.")
               for p in paragraphs), out
    assert "[" not in out, out
    assert clean(out).to_text() == out    # a second clean keeps the paragraphs
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_a_sound_between_two_different_speakers_or_with_words_keeps_the_turns() -> None:
    # negative: the sound's turn between two other voices, and a turn with words after the
    # sound, change nothing
    t = clean("MAYA: How long have you kept bees?\nOWEN: [Laughs]\nRUTH: Too long, he says.\n"
              "OWEN: [Laughs] Eleven summers.\nRUTH: And the honey?\n")
    out = t.to_text()
    paragraphs = out.strip().split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == ["MAYA", "RUTH", "OWEN", "RUTH"], out
