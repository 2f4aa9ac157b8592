"""Regressions from the qa61 round (fresh TV-news caption pages of channels and years the dev
sets hold least: local morning news, a business channel's evening show, a weekend show, a
late-night show, non-US channels; `tests/data/qa61/README.md` has the pages); each on
constructed text of the shape a page showed, with negatives."""

from __future__ import annotations

from transcript_tools import clean


def test_a_sentence_naming_the_captioner_goes_with_the_firm_after_it() -> None:
    got = clean("5:00 am\nyour realtime captioner is bo gunnarsen. caption works, inc. a "
                "barn burned near the river overnight. >> the roads are icy.\n")
    assert got.text.startswith("A barn burned near the river overnight."), got.text
    assert "captioner" not in got.text.lower() and "Caption" not in got.text, got.text
    gone = [e for e in got.corrections if e.rule == "caption-credit"]
    assert gone and all(got.source[e.start:e.end] == e.original for e in gone)
    # after a speaker change too, "today" after "captioner", a name of one word
    got = clean("5:00 am\n>> the captioner today is ingrid. >> we begin with the storm.\n")
    assert got.text.strip() == "We begin with the storm.", got.text


def test_talk_about_a_captioner_stays() -> None:
    # a sentence that goes on past a short name, or that a speech word opens after "is"
    for said in ("the captioner is the one who types every word we say.",
                 "our captioner is here with us.",
                 "the captioner was tired.",
                 "she said the captioner was tired."):
        got = clean("5:00 am\n" + said + " >> thanks.\n")
        assert "aptioner" in got.text, (said, got.text)
    # a firm's name with no captioner's credit before it stays
    got = clean("5:00 am\nwe spoke to the boss of caption works, inc. about the strike.\n")
    assert "caption works, inc." in got.text.lower(), got.text


def test_a_decoder_mark_alone_between_two_words_goes() -> None:
    got = clean("9:00 pm\nthe ferry will be stopped _ in the harbour until monday. we'll "
                "have to look | at the tide tables again.\n")
    assert "_" not in got.text and "|" not in got.text, got.text
    assert "stopped in the harbour" in got.text and "look at the tide" in got.text, got.text
    assert all(got.source[e.start:e.end] == e.original for e in got.corrections
               if e.rule == "decoder-mark")


def test_a_mark_that_may_be_a_misread_i_or_ends_a_line_stays() -> None:
    # "| think": a capital I misread, not a stray; a mark before a capital or a figure stays
    got = clean("9:00 pm\nwell, | think the ferry is late. the list _ 42 boats.\n")
    assert "_ 42" in got.text, got.text
    assert "|" in got.text or "I think" in got.text, got.text


def test_two_presenters_naming_themselves_in_one_marked_turn_are_two_turns() -> None:
    got = clean("6:00 pm\n>> the fair opens tomorrow. >> good evening. it is friday, march 3. "
                "i'm ruth okafor. and i'm daniel brennan. the county fair opens tomorrow with "
                "a parade. >> the rides are ready, the tents are up.\n")
    labels = [t.label for t in got.turns]
    assert labels == [None, "Ruth Okafor", "Daniel Brennan", None], (labels, got.text)
    # and without "and" between them
    got = clean("6:00 pm\n>> good evening. i'm ruth okafor. i'm daniel brennan. the fair "
                "opens tomorrow. >> thanks.\n")
    assert [t.label for t in got.turns] == ["Ruth Okafor", "Daniel Brennan", None], got.turns


def test_one_name_said_twice_or_no_name_keeps_one_turn() -> None:
    for said in ("i'm ruth okafor. i'm ruth okafor, once more.",
                 "i'm ruth okafor. i'm sorry to say the fair is off.",
                 "i'm ruth okafor. we begin with the fair. i'm told daniel brennan is there."):
        got = clean("6:00 pm\n>> good evening. " + said + " >> thanks, ruth.\n")
        assert len(got.turns) == 2, (said, got.text)


def test_an_unknown_word_in_parentheses_inside_a_sentence_is_kept() -> None:
    # an advertised drug's generic name on screen: a word of the text, not a sound
    got = clean("8:00 pm\nask your vet whether pawlix (fenoxatrel) is right for your dog. "
                "side effects may include drowsiness.\n")
    assert "pawlix (fenoxatrel) is right" in got.text, got.text
    assert not any(e.original == "(fenoxatrel)" for e in got.corrections)


def test_sounds_and_short_notes_in_parentheses_still_go() -> None:
    got = clean("8:00 pm\nwell, the dog (laughter) is fine. he barked (crosstalk) at the "
                "mail carrier. the vet, dr. sykes (ph) says so. ( fenoxatrel ) we begin.\n")
    for gone in ("(laughter)", "(crosstalk)", "(ph)", "fenoxatrel"):
        assert gone not in got.text, (gone, got.text)


def test_a_bar_in_a_text_with_no_clock_line_or_cue_stays() -> None:
    # no caption page: the text's own bars and underscores
    text = clean("tick yes | no on the form and write the name _ here.\n").text
    assert "yes | no" in text and "name _ here" in text, text


def test_a_spaced_sound_cue_missing_its_closing_space_goes() -> None:
    got = clean("11:35 pm\n>> host: thank you! ( crowd cheering) thanks, folks. we have a "
                "great show. ( organ music) tonight my guest is a chef.\n")
    assert "(" not in got.text and "cheering" not in got.text and "organ" not in got.text, \
        got.text
    assert "Thanks, folks." in got.text and "Tonight my guest is a chef." in got.text, got.text
    # a credit run into the cue inside the same parentheses goes with it
    got = clean("11:35 pm\nit's the host! ( captioning sponsored by acme cheers and applause) "
                ">> host: hello!\n")
    assert "captioning" not in got.text.lower() and "acme" not in got.text.lower(), got.text


def test_a_short_word_in_lopsided_parentheses_stays() -> None:
    # one word under five letters is punctuation around a word, as "( the )" is
    got = clean("11:35 pm\nwe voted ( yes) on the plan.\n")
    assert "yes" in got.text, got.text
