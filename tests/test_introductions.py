"""`introductions.introduced_label` on constructed introductions (tests/data/cases/turns)."""

import json
from pathlib import Path

from transcript_tools.introductions import introduced_label


def test_an_introductions_label_is_a_clean_noun_phrase() -> None:
    """The label is the name when the text capitalises one (else the role phrase), never
    ending on "of" or an article, no word twice, at most four words; none when unclear."""
    cases = json.loads((Path(__file__).parent / "data" / "cases" / "turns" /
                        "introductions.json").read_text())["cases"]
    got = [(c["text"], introduced_label(c["text"].split())) for c in cases]
    assert got == [(c["text"], c["label"]) for c in cases]
    for _, label in got:
        if label:
            words = label.split()
            assert len(words) <= 4 and words[-1].lower() not in ("of", "the", "a", "an")
            assert len({w.lower() for w in words}) == len(words)
