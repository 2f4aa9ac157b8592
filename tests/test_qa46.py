"""Regressions from the qa46 round (business news and election pages, issue 46): a news
transcript's credited labels with a long role or a party's letters, a backtick typed for an
apostrophe, a writer's stop after "to" before a capitalised sentence, and a show's title in
capitals read as a self-introduced name; each on constructed text of the shape a page showed
(`tests/data/qa46/README.md` has the pages), with negatives."""

from __future__ import annotations

import json

from transcript_tools import clean


def _record(source: str) -> dict:  # type: ignore[type-arg]
    return json.loads(clean(source).to_json())  # type: ignore[no-any-return]


def _speakers(source: str) -> list[str]:
    return [t["speaker"] for t in _record(source)["turns"]]


CREDITS = ("FRAN OKAFOR, EVENING HARBOUR REPORT ANCHOR:  Fog closed the port at dawn.  The\n"
           "ferries waited outside.\n\n"
           "LEO BRANDT (R-ME), STATE TRANSPORT COMMITTEE:  We have asked for a full account.\n\n"
           "OKAFOR:  Thank you, Senator.\n")


def test_a_credited_label_with_a_long_role_or_a_partys_letters_is_taken() -> None:
    record = _record(CREDITS)
    assert [t["speaker"] for t in record["turns"]] == ["FRAN OKAFOR", "LEO BRANDT", "OKAFOR"]
    assert "ANCHOR" not in record["text"] and "(R-ME)" not in record["text"]


def test_words_before_a_colon_in_running_text_stay_words() -> None:
    # a name in capitals with a lowercase clause after a comma is no credit
    text = ("The boats came in late.\n\n"
            "NO, not at all, not for a moment: the harbour stayed shut all night.\n")
    assert "not for a moment" in _record(text)["text"]


def test_a_backtick_for_an_apostrophe_becomes_one_and_is_traced() -> None:
    source = "The tide won`t turn before noon, and the harbour`s gates stay shut.\n"
    record = _record(source)
    assert "won't" in record["text"] and "harbour's" in record["text"]
    marks = [c for c in record["corrections"] if c["rule"] == "backtick-apostrophe"]
    assert len(marks) == 2
    assert all(source[c["start"]:c["end"]] == c["original"] == "`" for c in marks)


def test_a_backtick_quoting_a_word_stays() -> None:
    record = _record("Press the `reset` button twice, then wait for the light.\n")
    assert "`reset`" in record["text"]
    assert not [c for c in record["corrections"] if c["rule"] == "backtick-apostrophe"]


def test_a_writers_stop_after_to_before_a_capital_stays() -> None:
    text = ("The pilots knew which buoys they could hold on to.  Every other mark had\n"
            "drifted in the storm.  The crews said so.\n\n"
            "Nobody could say when the channel would open.  It was dark by then.\n")
    assert "hold on to. Every other mark" in _record(text)["text"]


def test_a_captioners_stop_after_to_in_lowercase_captions_still_goes() -> None:
    # lowercase captions: a stop at a line break after "to" is no sentence end
    out = _record("we are going to. all of the boats come in now.\n")["text"]
    assert "going to all of the boats" in out


def test_a_shows_title_in_capitals_is_no_self_introduced_name() -> None:
    text = ("Network note: Harbour Hour\n\n"
            "QQ-LogoANNOUNCER:  This is EVENING HARBOUR REPORT with Fran Okafor.\n\n"
            "FRAN OKAFOR, EVENING HARBOUR REPORT ANCHOR:  Fog closed the port.\n\n"
            "OKAFOR:  More after the break.\n")
    assert "EVENING HARBOUR REPORT" not in _speakers(text)


def test_a_person_introducing_herself_is_still_named() -> None:
    text = "Good evening. This is Fran Okafor with the harbour news.\n"
    assert _speakers(text) == ["Fran Okafor"]
