"""English words near a word (`nearwords`): a non-word short of letters is a typo of the common
word, not a garbled name."""

from __future__ import annotations

from transcript_tools import Cleaner, nearwords

from .test_names_evidence import name_changes


def test_non_words_short_of_two_neighbouring_letters_are_typos() -> None:
    # Captions drop characters in pairs: such a non-word is a typo of the common word.
    assert nearwords.near_word("journists") == "journalists"
    assert nearwords.near_word("distinion") == "distinction"
    assert nearwords.near_word("zbqxw") is None
    edits, _, _ = name_changes(Cleaner(["Unionists", "Palestinian"]),
                               "the journists asked about the distinion between the plans")
    assert edits == []
