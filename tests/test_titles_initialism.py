"""A title before an initialism is no title before a name: "and governor tv cameras" keeps
"governor" as written on the first cleaning and on a second one, where the initialism rule
has already written "TV" in capitals (make fuzz, session 31)."""

from __future__ import annotations

import pytest

from transcript_tools import clean


@pytest.mark.parametrize("text", [
    "and governor tv cameras were there\n",
    "we asked senator cnn reporters to leave\n",
    "then mayor bbc crews arrived\n",
])
def test_a_title_before_an_initialism_stays_on_both_cleanings(text: str) -> None:
    first = clean(text).text
    assert clean(first).text == first


@pytest.mark.parametrize("text,title", [
    ("And governor TV cameras were there.", "governor TV"),
    ("We asked senator CNN reporters to leave.", "senator CNN"),
])
def test_a_title_before_an_initialism_in_capitals_is_no_title(text: str, title: str) -> None:
    assert title in clean(text).text


@pytest.mark.parametrize("text,title", [
    ("and governor newsom spoke\n", "Governor Newsom"),
    ("And governor Newsom spoke.", "Governor Newsom"),
    ("we asked senator warnock to leave\n", "Senator Warnock"),
])
def test_a_title_before_a_name_is_still_cased(text: str, title: str) -> None:
    assert title in clean(text).text
