"""The truecasing evaluation's scorer (evaluation/casing.py) on a constructed pair of texts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))
import casing  # noqa: E402  (evaluation/ is not a package)

# Our own sentences: a captioner's casing and an output that gets some of it wrong.
GOLD = ("Good morning. The ferry to Orkney left Aberdeen late, said Captain Ruth Ollason of "
        "the RNLI.\nwe spoke to the harbour master and I said: The tide was low.")
OUTPUT = ("Good morning. The ferry to orkney left Aberdeen late, said captain Ruth Ollason Of "
          "the rnli.\nWe spoke to the Harbour master and i said: the tide was low.")


def test_counts_right_wrong_and_missed_capitals() -> None:
    t = casing.score(GOLD, OUTPUT)
    # right: Aberdeen, Ruth, Ollason; missed: Orkney, Captain, The (after a colon);
    # wrong: Of, Harbour; "I" and the words after ". " or a line start are not scored
    assert (t.right, t.wrong, t.missed) == (3, 2, 3)
    assert (t.init_right, t.init_wrong, t.init_missed) == (0, 0, 1)
    assert t.unaligned == 0 and t.pages == 1
    missed = {w for w, _ in t.errors["missed"]}
    assert missed == {"Orkney", "Captain", "The"}
    assert {w for w, _ in t.errors["wrong"]} == {"of", "harbour"}
    assert "[Captain -> captain]" in dict(t.errors["missed"])["Captain"]


def test_initialisms_and_precision_recall() -> None:
    t = casing.score("the UK and the EU said MPs would vote",
                     "the UK and the eu said MPS would vote")
    assert (t.init_right, t.init_missed) == (2, 1)  # "MPS" counts as written in capitals
    p, r, f = casing.prf(3, 1, 2)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.75, 0.6, 0.667)
    assert casing.is_initialism("U.S.") and casing.is_initialism("MPs")
    assert not casing.is_initialism("Ms") and not casing.is_initialism("I")


def test_changed_words_are_aligned_or_counted_unaligned() -> None:
    t = casing.score("Teh Mayor of Leeds spoke", "The mayor of leeds spoke")
    assert (t.missed, t.unaligned) == (2, 0)  # a one-for-one change still aligns
    t = casing.score("a b c Leeds d", "a b d")
    assert t.unaligned == 2
