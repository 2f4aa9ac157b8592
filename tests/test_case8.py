"""case8: towns the census names as people, cased in a place's own frame; a self-introduced
first name before a common-word surname. Text of our own (a regional bakery round-up, a
weather desk, a studio introduction), with the same words where they are no place or name."""

from __future__ import annotations

import pytest

import transcript_tools as tt
from transcript_tools import Options
from transcript_tools.propernouns import named_towns

PLAIN = Options(names=False, turns=False)


def clean(text: str) -> str:
    return tt.clean(text, options=PLAIN).to_text().strip()


def test_census_named_towns_are_listed() -> None:
    towns = named_towns()
    assert towns["kilkenny"] == "Kilkenny"
    assert towns["dubuque"] == "Dubuque"
    # a word of the lists, a word's plural or a 1934 proper name is none of them
    assert "reading" not in towns and "groves" not in towns and "swords" not in towns


@pytest.mark.parametrize("text, cased", [
    ("the new bakery in kilkenny opened on monday.", "in Kilkenny"),
    ("a storm in bozeman and rain in joplin.", "in Bozeman and rain in Joplin"),
    ("the old mill in the town of grantham closed.", "town of Grantham"),
    ("they flew to the county of dorset and stayed.", "county of Dorset"),
])
def test_town_in_its_frame(text: str, cased: str) -> None:
    assert cased in clean(text)


@pytest.mark.parametrize("text, kept", [
    ("in harrison's view the plan failed.", "harrison's"),  # a person's possessive
    ("olive trees grow in groves on the hill.", "in groves"),  # a word's plural
    ("a man from darlington said the bus was late.", "darlington"),  # no place frame
    ("we baked bread in, darlington said, an hour.", "darlington"),  # a mark between
])
def test_town_outside_its_frame_stays(text: str, kept: str) -> None:
    assert kept in clean(text)


@pytest.mark.parametrize("text, cased", [
    ("good evening, i'm dale king. tonight the river rose.", "I'm Dale King."),
    ("and i'm ivy cook in the studio.", "I'm Ivy Cook in the studio"),
])
def test_self_introduced_common_word_surname(text: str, cased: str) -> None:
    assert cased in clean(text)


@pytest.mark.parametrize("text, kept", [
    ("i'm rusty still. it has been years.", "I'm rusty still."),  # a word too common
    ("i'm frank too.", "I'm frank too."),  # a rarer census surname only
    ("cook the rice. i'm april, cook of the house.", "April, cook of"),  # a mark between
    ("i'm ivy cook dinner tonight.", "ivy cook dinner"),  # not closed as a name is
])
def test_self_introduction_negatives(text: str, kept: str) -> None:
    assert kept in clean(text)


@pytest.mark.parametrize("text, cased", [
    ("the judge read out sarah hall's statement to the court.", "Sarah Hall's statement"),
    ("the council backed jennifer may's plan for the park.", "Jennifer May's plan"),
])
def test_owned_common_word_surname(text: str, cased: str) -> None:
    assert cased in clean(text)


@pytest.mark.parametrize("text, kept", [
    ("then harriet that's it for the night.", "that's it"),  # "'s" as "is"
    ("ask harriet today's question.", "today's question"),  # no census surname
    ("she may go. may's weather was fine.", "She may go."),
])
def test_owned_negatives(text: str, kept: str) -> None:
    assert kept in clean(text)
