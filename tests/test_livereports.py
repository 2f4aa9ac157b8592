"""A reporter live from the scene (`livereports`), on sentences written for these tests."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.livereports import live_report, scene_cues


def _w(text: str) -> list[str]:
    return text.split()


def test_scene_cues_of_a_live_reporter() -> None:
    got = scene_cues(_w("the water rose here overnight and you can see the mud behind me "
                        "we understand two people were hurt and crews are on the scene"))
    assert got == {"here", "you can see", "behind me", "we understand", "scene"}


def test_here_that_names_no_place() -> None:
    assert scene_cues(_w("i am here to talk about taxes and here is why")) == set()
    assert scene_cues(_w("get out of here right here")) == set()
    assert scene_cues(_w("on the record and at the end")) == set()


def test_two_kinds_make_a_live_report_one_does_not() -> None:
    assert live_report(_w("people here lost power and you can see the trees down"))
    assert not live_report(_w("we have lived here for years and here we stay"))
    assert not live_report(_w("you can see the pictures from the helicopter"))


def test_an_unlabelled_live_report_is_other() -> None:
    # the decoder alone reads the answer to the presenter's question as a guest's
    src = (">> good evening, i'm dana fox. a storm tore through the town overnight. sam, what "
           "are people telling you? >> they are still stunned, dana. you can see the roof of "
           "the garage ripped away, and the trees here fell. crews worked all night to clear "
           "the roads. >> i heard a roar and then it was over.\n")
    assert [t.role for t in clean(src).turns] == ["host", "other", "other"]
