"""A window held below the bar for a name the page writes, standing where a correct mention of
it stood (the same word before as one mention, the same after as one, one of them no function
word), is judged without the caps on common words (`echo`, names55). A window with a
different word on either side, with function words on both, one the free judgement still holds,
or in a crowded lexicon stays as it was.

Invented names: a council vote in a harbour town."""

from __future__ import annotations

import pytest

import transcript_tools.names as names_module
from transcript_tools import Cleaner, Options
from transcript_tools.echo import contexts, echoes

LEXICON = ["MBG", "Tamsin Ardle", "Porthallow", "Kerrow Bay"]
HEAD = ("the council vote was close. the farmers and mbg bloc held firm in porthallow. "
        "the mbg bloc said tamsin ardle would lead it. ")


def _edits(tail: str, head: str = HEAD, lexicon: list[str] = LEXICON
           ) -> list[tuple[str, str, str]]:
    text = head + tail
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return [(e.original, e.replacement, e.rule) for e in doc.edits
            if e.kind == "name" and e.start >= len(head)]


def test_a_garble_where_the_name_was_written_is_the_name() -> None:
    # "and" before it as in "farmers and mbg", "bloc" after it as in "mbg bloc": the scorer
    # alone holds "mpg" (a word of its own) at 0.41; judged without the caps, 0.92.
    assert _edits("in the end the farmers and mpg bloc carried the vote in kerrow bay.") == \
        [("mpg", "MBG", "sound+context+echo")]
    # the two neighbours may echo different mentions, and other words around them
    assert _edits("later the fishermen and mpg bloc walked out.") == \
        [("mpg", "MBG", "sound+context+echo")]


def test_without_the_rule_the_garble_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names_module, "echoed", lambda scored, *args: scored)
    assert _edits("in the end the farmers and mpg bloc carried the vote in kerrow bay.") == []


@pytest.mark.parametrize("tail", [
    "in the end the farmers and mpg figures carried the vote.",   # after: not "bloc"
    "in the end the tractor's mpg bloc carried the vote.",        # before: not "and"
    "the farmers and empty bloc carried the vote.",               # ordinary words, far
    "the farmers and impact bloc carried the vote.",
])
def test_a_window_without_the_echo_stays(tail: str) -> None:
    assert _edits(tail) == []


def test_function_words_on_both_sides_are_no_echo() -> None:
    head = ("the council met. most of mbg in porthallow voted. tamsin ardle spoke for the "
            "bloc. kerrow bay waited. ")
    assert _edits("a share of mpg in kerrow bay fell.", head) == []


def test_the_free_judgement_still_decides() -> None:
    # "councillor ardell said" echoes "councillor ardle said" on both sides, but the window
    # is no nearer the name without the caps (0.53): it stays.
    head = ("the council met in porthallow. tamsin ardle spoke first. the mbg bloc listened. "
            "councillor ardle said the harbour needs work. later councillor ardle said more. ")
    assert not any(rule.endswith("+echo") for _, _, rule in
                   _edits("in kerrow bay councillor ardell said the vote was close.", head))


def test_a_possessive_echoes_a_possessive() -> None:
    head = ("the council vote was close in porthallow. the rival mbg's leader tamsin ardle "
            "spoke. then the rival mbg's leader left for kerrow bay. ")
    assert _edits("later the rival mpg's leader returned.", head) == \
        [("mpg's", "MBG's", "sound+context+echo")]
    assert _edits("later the car's mpg figures fell.", head) == []


def test_not_in_a_crowded_lexicon() -> None:
    crowded = LEXICON + [f"Town {chr(65 + i)}{chr(97 + i)}ley" for i in range(30)]
    assert _edits("in the end the farmers and mpg bloc carried the vote in kerrow bay.",
                  lexicon=crowded) == []


def test_contexts_and_echoes() -> None:
    cleaner = Cleaner(LEXICON, options=Options())
    stage = dict(cleaner.stages)["names"]
    doc = cleaner.clean(HEAD).document.replace(edits=(), suggestions=())
    runs = stage._runs(doc)   # type: ignore[attr-defined]
    mentioned: set[str] = set()
    for run in runs:
        stage._exact(run, [], mentioned)   # type: ignore[attr-defined]
    heard = contexts(runs)
    before, after = heard["MBG"]
    assert {"and", "the"} <= before and after == {"bloc"}
    # a name written once with no word after it in its run has no right-hand context
    assert "Porthallow" not in heard
    tail = [run for run in runs if "bloc" in [it.text for it in run]][0]
    k = [it.text for it in tail].index("mbg")
    assert echoes(tail, k, k + 1, heard["MBG"])
    assert not echoes(tail, 0, 1, heard["MBG"])
