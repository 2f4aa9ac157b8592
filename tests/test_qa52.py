"""qa52 round ("Me:" as a page writer's own label): the fix's behaviour on text written for
these tests."""

from __future__ import annotations

from transcript_tools import clean, parse
from transcript_tools.readers.labels import self_labels

_POTTER = (
    "Dr Okafor: When did you first sit at a wheel?\n\n"
    "Me: At nineteen, in a night class.\n\n"
    "Dr Okafor: And the first pot that survived the kiln?\n\n"
    "Me: A lopsided bowl. My aunt still keeps keys in it.\n\n"
    "Dr Okafor: Do you glaze your own work?\n\n"
    "Me: Always, though the blues still surprise me.\n")
_SHORT = ("Dr Okafor: How did you start?\nMe: At nineteen, in a night class.\n"
          "Dr Okafor: Go on.\nMe: I was given a wheel.\nDr Okafor: Why?\nMe: It was cheap.\n")


def test_me_beside_another_label_is_the_writers_label() -> None:
    # qa52 (a blog's typed interview, "Reporter: ..." / "Me: ..."): "Me:" was kept as words
    # and ran the two voices together in one paragraph
    # (a cased page whose other label is a sure name read "Me" before, through
    # `cased_labels`; a role's label, or one-sentence turns, did not)
    for other, page in (("Interviewer", _POTTER.replace("Dr Okafor", "Interviewer")),
                        ("Dr Okafor", _SHORT), ("Dr Okafor", _POTTER)):
        labels = [k.label for k in parse(page).markers if k.kind == "label"]
        assert labels == [other, "Me"] * 3, labels
        t = clean(page)
        out = t.to_text()
        paragraphs = out.strip().split("\n\n")
        assert [p.split(":")[0] for p in paragraphs] == [other, "Me"] * 3, out
        assert paragraphs[1] == "Me: At nineteen, in a night class.", out
        assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_me_inside_speech_or_alone_is_no_label() -> None:
    # negatives: "me:" inside a sentence, one "Me:" line on a page with no other labels, and
    # two "Me:" lines with no other label, are words as before
    assert self_labels("He told them to give it to me: now, not later.\n") == frozenset()
    assert self_labels("A list of chores.\nMe: \nThat is all for today.\n") == frozenset()
    assert self_labels("Me: the dishes.\nMe: the laundry.\nThe rest can wait.\n") == frozenset()
    out = clean("Notes from the week.\nMe: \nThe garden needs rain. Give it to me: now.\n"
                ).to_text()
    assert "Speaker" not in out and "\n\n" not in out.strip(), out
    assert "Me:" in out and "me: now" in out, out
    page = "Me: the dishes.\nMe: the laundry.\nThe rest can wait.\n"
    assert not [k for k in parse(page).markers if k.kind == "label"]
    out = clean(page).to_text()
    assert out.count("Me:") == 2 and "\n\n" not in out.strip(), out


def test_me_needs_another_label_opening_as_many_lines() -> None:
    # one other label line is not a page that labels its turns so
    page = "Editor: A note first.\nMe: I wrote this in March.\nMe: It rained all month.\n"
    assert self_labels(page) == frozenset()
    assert self_labels(page + "Editor: Thanks.\n") == frozenset({"Me"})
    assert self_labels(_POTTER) == frozenset({"Me"})
