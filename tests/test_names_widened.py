"""An applied window widened to the garble words beside it (`namechoice.widened`, names56):
a wider window of the same name, one or two words more on one side, that the scorer judged
strictly closer to the name takes the edit, so the edit leaves no fragment of the garble
beside the name. A wider window farther from the name (real words beside the garble), or one
only as close (a function word the name's sound does not need), leaves the narrow edit.

Invented names: a river town and a mountain state in a made-up conflict."""

from __future__ import annotations

import pytest

import transcript_tools.names as names_module
from transcript_tools import Cleaner, Options
from transcript_tools.model import Edit

TOWN = ["Kestrov-on-Mara | Kestrov", "Lidia Varesh"]
TOWN_TEXT = "the rebels marched north to southern districts including {} and then stopped. " \
    "lidia varesh said the talks would resume."
STATE = ["Avelmistan", "Lidia Varesh"]
STATE_TEXT = "the convoy crossed the border for {} on tuesday night. lidia varesh said the " \
    "talks in avelmistan would resume."


def _edits(words: str, lexicon: list[str] = TOWN, frame: str = TOWN_TEXT
           ) -> list[tuple[str, str, str]]:
    text = frame.format(words)
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    got: list[Edit] = [e for e in doc.edits if e.kind == "name" and "varesh" not in e.original]
    return [(e.original, e.replacement, e.rule) for e in got]


@pytest.mark.parametrize("garble, rule", [
    ("kiss drove on marrow", "sound+garbled+widened"),
    ("guest rove on marrow", "sound+context+garbled+widened"),
])
def test_the_garbles_tail_joins_the_name(garble: str, rule: str) -> None:
    # "kiss drove" is applied as the short form Kestrov; "kiss drove on marrow" is closer to
    # the whole name (0.092 against 0.114): the edit takes the tail too.
    assert _edits(garble) == [(garble, "Kestrov-on-Mara", rule)]


def test_without_the_rule_the_tail_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names_module, "widened", lambda scored, kept, bar, viable: kept)
    assert _edits("kiss drove on marrow") == [("kiss drove", "Kestrov", "sound+garbled")]


@pytest.mark.parametrize("words", ["kiss drove on monday", "kiss drove and on thursday"])
def test_real_words_after_the_garble_stay(words: str) -> None:
    # The wider windows are farther from the name than the short form's (or never scored):
    # the words after it are the speaker's.
    assert _edits(words) == [("kiss drove", "Kestrov", "sound+garbled")]


def test_a_function_word_the_name_does_not_need_stays() -> None:
    # "us vel miss tan" is farther from Avelmistan than "vel miss tan" (0.09 against 0.045):
    # "for us" is what was said.
    assert _edits("us vel miss tan", STATE, STATE_TEXT) == \
        [("vel miss tan", "Avelmistan", "sound+context+garbled")]


def test_a_surer_wider_window_stands_for_itself() -> None:
    # "kiss drove on mara" (a word of the name written right) is held surer than "kiss
    # drove" alone (0.92 against 0.91): the scorer's own window is the edit, not widened.
    assert _edits("kiss drove on mara") == \
        [("kiss drove on mara", "Kestrov-on-Mara", "sound-part+context+completes")]
