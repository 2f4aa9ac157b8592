"""casing8: a common word the census lists as a surname, said once on the page right after a
first name cased there ("helen | tapper"), is that person's surname
(`personnames._census_surname_once`): no longer "Helen tapper", a name cased in part. Not a
word English writes as a common noun (an article before it in the bigram counts), not after
a determiner or another name, not before an object pronoun or in a phrase of the counts."""

from __future__ import annotations

import transcript_tools as tt


def _text(source: str) -> str:
    return tt.clean(source).to_text()


def test_a_census_surname_said_once_after_a_first_name_is_cased() -> None:
    text = _text("the ferry board heard from helen tapper about the new timetable.")
    assert "Helen Tapper about" in text
    text = _text("at the regatta edna fiddler won the sculling race by a length.")
    assert "Edna Fiddler won" in text
    # with a mark after it, and again alone on the page after the name was cased
    text = _text("we asked helen tapper, the harbour master, about the ferry. and tapper "
                 "told us the boats run late.")
    assert "Helen Tapper," in text
    assert "Tapper told us" in text


def test_a_common_noun_or_a_verb_after_a_first_name_stays() -> None:
    # an article before it in the counts: a common noun ("the straw", "the province")
    text = _text("the allotment prize went to helen straw for her marrows.")
    assert "straw for" in text
    text = _text("a cyclone hit near edna province on the coast overnight.")
    assert "province on" in text
    # an object pronoun after it: a verb ("ask helen, tweet us")
    text = _text("if you want to ask helen tweet us with your questions about the ferry.")
    assert "tweet us" in text


def test_a_first_name_after_a_determiner_or_another_name_opens_no_surname() -> None:
    text = _text("his gary poser act fooled nobody at the fair.")
    assert "poser act" in text
    # "von" after a first name is itself a name's part: the word after it stays
    text = _text("the choir was led by hans von der brink in the chapel.")
    assert "der" in text.split()


def test_the_word_in_a_phrase_of_the_counts_stays() -> None:
    text = _text("we met edith brown rice farmers in the valley last week.")
    assert "brown rice" in text


def test_a_county_after_a_name_of_several_words_is_cased() -> None:
    text = _text("we are following breaking news from prince walter county. there was a "
                 "fire in the barn.")
    assert "from Prince Walter County." in text
    text = _text("officials in king frederick county said the ferry is late.")
    assert "in King Frederick County said" in text


def test_a_county_after_a_states_name_or_a_determiner_stays() -> None:
    text = _text("inmates in north carolina county jails are waiting for trial.")
    assert "North Carolina county jails" in text
    text = _text("the storm hit the king frederick county fair on sunday.")
    assert "county fair" in text
    # a sentence's first word: no preposition before the name
    text = _text("it rained all day. king frederick county officials closed the road.")
    assert "county officials" in text
