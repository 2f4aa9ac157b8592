"""Regressions from the qa59 round (fresh TV-news caption pages of channels and years the dev
sets hold least: a local morning show, a business channel, a late-night show, a midday
newscast; `tests/data/qa59/README.md` has the pages); each on constructed text of the shape a
page showed, with negatives."""

from __future__ import annotations

from transcript_tools import clean


def test_a_first_name_said_with_its_surname_is_cased_alone_later() -> None:
    text = clean("9:00 am\ngood evening. i am barbara castillo with the farm report. corn "
                 "prices fell again this week. >> over to you, barbara. thanks, the markets "
                 "were quiet.\n").text
    assert "Barbara Castillo" in text and "to you, Barbara." in text, text


def test_a_first_name_english_writes_in_lowercase_stays_so() -> None:
    # "carol" is a word too: cased in the full name, not in "a christmas carol"
    text = clean("9:00 am\ni am carol mbeki and this is the choir hour. the choir sang a "
                 "christmas carol for the patients.\n").text
    assert "Carol Mbeki" in text and "Christmas carol" in text, text
    # a first name the page never cases with a surname stays as it was
    text = clean("9:00 am\nthe old logic books named one syllogism barbara. it has three "
                 "parts.\n").text
    assert "syllogism barbara." in text, text


def test_a_first_name_is_not_undoubled_into_a_word() -> None:
    # (census first names whose doubled last letters make a word when undoubled: "kylee",
    # "sharee" are no "kyle", "share")
    got = clean("9:00 am\nand now the traffic. >> kylee, good morning. >> good morning. "
                "sharee says the bridge is open. the leleaders met on wewednesday.\n")
    assert "Kylee, good morning" in got.text and "Sharee says" in got.text, got.text
    # captions' keys struck twice still come out when no name is made so
    assert "The leaders met on Wednesday." in got.text, got.text
    assert not any(e.kind == "spelling" and e.original in ("kylee", "sharee")
                   for e in got.corrections)


def test_a_quoted_title_after_welcome_to_is_cased() -> None:
    text = clean("6:00 pm\n\"valley news5 tonight\" starts now. good evening and welcome to "
                 "\"valley news5 tonight.\" i am omar diallo.\n").text
    assert text.count('"Valley News5 Tonight') == 2, text


def test_quoted_words_in_other_frames_stay_lowercase() -> None:
    text = clean("6:00 pm\nthe mayor said this is \"fake news\" and left. the sign said "
                 "\"22 people\" were hurt. welcome to \"hell,\" one man said.\n").text
    assert '"fake news"' in text and '"22 people"' in text and '"hell,"' in text, text


def test_a_stop_after_an_infinitives_ellipsis_stays() -> None:
    text = clean("6:00 am\nthe nurse asked her to. and after that the ward was calm. we "
                 "tried to. but the ferry had left.\n").text
    assert "asked her to. And after" in text and "tried to. But the" in text, text


def test_a_stop_inside_an_infinitive_still_goes() -> None:
    # a captioner's stop at a line break before the infinitive's verb is no sentence end
    text = clean("6:00 am\nthe nurse asked her to. and after that the ward was calm. we are "
                 "going to. show you the new wing in a moment.\n").text
    assert "going to show you the new wing" in text, text


def test_a_hyphenated_surname_after_a_first_name_is_cased() -> None:
    got = clean("5:00 am\n>> good evening. i'm omar diallo. >> and i'm maria lopez-fischer. "
                "the harbour is closed tonight. >> reporter ann smith-jones is there.\n")
    assert "I'm Maria Lopez-Fischer." in got.text and "Ann Smith-Jones" in got.text, got.text
    assert any(t.label == "Maria Lopez-Fischer" for t in got.turns), got.turns


def test_a_hyphenated_word_that_is_no_name_stays() -> None:
    # a part the lists hold as no name (the census's first names hold "era"), or no name
    text = clean("5:00 am\nthe obama-era rule is long-term, senator kim well-known said. "
                 "coach bill x-ray.\n").text
    assert "obama-era" in text and "well-known" in text and "x-ray" in text, text
