"""Stutters (`stutters`): words and phrases said twice, cut-off fragments, and the repeats a
speaker means (emphasis, grammatical doubles, chains)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transcript_tools import Options, clean, stutters

from .test_artifacts import ART


def test_stuttered_words_and_phrases() -> None:
    t = clean("the answer would be would be as follows in the the end", options=ART)
    assert t.text == "the answer would be as follows in the end"


def test_a_phrase_said_twice_for_emphasis_stays() -> None:
    # qa6 audit (real pages): "too far too far." and "we love you we love you, fred" are the
    # speaker's emphasis, closed by punctuation; a restart runs on into its sentence
    for source in ("deere, too far too far. i'm a seller",
                   "bye now we love you we love you, fred. thanks"):
        assert clean(source, options=ART).text == source
    assert clean("we are we are going home", options=ART).text == "we are going home"


def test_a_repeat_whose_copy_spans_a_speaker_marker_stays() -> None:
    # qa6 audit (a late-night show): "love you we | love you we" read across the ">>" cost a
    # speaker's words and the marker's label
    t = clean("we love you >> seth: we love you we love you so much", options=ART)
    assert t.text.split() == "we love you we love you so much".split()  # a stutter after it
    assert "seth" in [m.label for m in t.document.markers]


def test_a_word_chained_by_and_stays() -> None:
    # "less and less and less" is not "less and" said twice (qa6 audit: a sports page)
    for source in ("they get to play less and less and less as it goes",
                   "it was more or more or more the same"):
        assert clean(source, options=ART).text == source


def test_a_word_chained_by_a_linking_preposition_stays() -> None:
    # qa25: "it was like explosion after explosion after explosion" lost "explosion after"
    for source in ("the sound was like thunder after thunder after thunder all night",
                   "they took them out step by step by step until the end"):
        assert clean(source, options=ART).text == source
    assert clean("the crew said after that after that they left",
                 options=ART).text == "the crew said after that they left"


def test_a_word_the_idiom_doubles_with_and_stays() -> None:
    # qa13 audit (ABC's overnight hurricane coverage 2018): "possibly hours and hours and may
    # be" lost a copy ("possibly hours and may be"); a common word before "and" said twice is
    # still a restart
    for source in ("it could stay out for possibly hours and hours and may be there all day",
                   "they drove miles and miles and saw nothing"):
        assert clean(source, options=ART).text == source
    assert clean("so we and we and they left", options=ART).text == "so we and they left"


def test_a_common_word_the_idiom_doubles_with_and_stays() -> None:
    # qa20 audit (a 2015 weather report): "opening more and more and crews" lost "more and":
    # "more" is commoner than the idiom's other words, yet English doubles it so ("more and
    # more", "on and on"); a pronoun or verb so doubled is still a restart
    for source in ("the queues got longer more and more and the gates stayed shut",
                   "the speech went on and on and nobody left"):
        assert clean(source, options=ART).text == source
    assert clean("then it and it and the rest", options=ART).text == "then it and the rest"
    assert clean("we said was and was and left", options=ART).text == "we said was and left"


def test_a_word_the_idiom_doubles_after_and_stays() -> None:
    # qa15 audit (a 2012 morning talk show): "busy day already. and lots and lots to talk
    # about" lost "and lots" (read as "and lots" said twice); the idiom read from its other
    # frame, "X and X" after "and", stays; a common word so framed still restarts
    for source in ("a busy day already and lots and lots to talk about",
                   "we walked and miles and miles went by"):
        assert clean(source, options=ART).text == source
    assert clean("so and we and we left", options=ART).text == "so and we left"


def test_a_repeat_left_by_removing_a_stutter_goes_too() -> None:
    # Removing "the" leaves "and the and the": a second repeat, removed in the same clean, so
    # that cleaning the clean text again changes nothing (found by the invariant properties).
    t = clean("we stopped and the the and the rest went on", options=ART)
    assert t.text == "we stopped and the rest went on"
    assert clean(t.text, options=ART).text == t.text
    assert [e.rule for e in t.document.edits] == ["repeat"] * 3


def test_a_repeat_across_a_removed_sound_cue_goes() -> None:
    # "[applause]" leaves no trace in the clean text, so the words either side meet there.
    t = clean("and the [applause] the winner is", options=ART)
    assert t.text == "and the winner is"
    assert clean(t.text, options=ART).text == t.text


def test_grammatical_doubles_stay() -> None:
    source = "he said that that plan had had support and was very very good"
    assert clean(source, options=ART).text == source


def test_cut_off_fragment_before_the_whole_word() -> None:
    assert clean("crowds gathered in cai cairo today", options=ART).text == \
        "crowds gathered in cairo today"


def test_a_two_letter_fragment_cut_at_a_clock_line_goes() -> None:
    # qa6 audit (a weather page): "found th\n6:02 pm\nthemselves" read "found th themselves"
    t = clean("drivers found th\n6:02 pm\nthemselves in a backup", options=ART)
    assert t.text == "drivers found themselves in a backup"
    # elsewhere two letters may be a name's ("ed edwards"); three are needed
    assert clean("we met ed edwards", options=ART).text == "we met ed edwards"


_STUTTERY = ["the", "the", "and", "we", "would", "be", "cai", "cairo", "that", "bal",
             "baltic", ",", ".", ">>", "[applause]", "\n5:34 am\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(_STUTTERY), min_size=1, max_size=5),
                          st.integers(1, 3)), min_size=1, max_size=20))
def test_the_candidate_scan_matches_a_scan_of_every_position(
        phrases: list[tuple[list[str], int]]) -> None:
    # `_stutters` visits only the positions `_candidates` names, and passes after the first
    # only the spans `_near` the words the last pass removed; visiting every word in every
    # pass must give the same edits (texts dense in repeats, fragments, cues and markers).
    # phrases said up to three times: repeats nest, and removing one makes another
    text = " ".join(" ".join(words) for words, times in phrases for _ in range(times))
    fast = clean(text, options=ART).document.edits
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(stutters, "_candidates", lambda keys, lo, hi: range(lo, hi))
        mp.setattr(stutters, "_near", lambda junctions, n: [(1, n)])
        full = clean(text, options=ART).document.edits
    assert fast == full


def test_a_figure_said_again_as_its_ordinal_is_a_restart() -> None:
    # qa11 audit: "in the bottom of the 9 9th inning" (ESPNews 2009) read "9 ninth"
    t = clean("we are in the bottom of the 9 9th inning, with 9 runs.",
              options=Options(names=False, turns=False))
    assert t.text == "We are in the bottom of the ninth inning, with 9 runs."


def test_a_number_word_or_an_interjection_said_twice_is_no_stutter() -> None:
    # qa12 audit: "if he runs in twenty twenty" (a year, Al Jazeera 2019) read "in twenty",
    # "october 30th, ooh ooh ooh, 2024" (a sung cry, CNBC 2024) read "ooh, 2024"
    opts = Options(names=False, turns=False)
    assert "in twenty twenty not" in clean("if he runs in twenty twenty not only does he win.",
                                           options=opts).text
    assert "ooh ooh ooh" in clean("it is october 30th, ooh ooh ooh, 2024.", options=opts).text
    assert "ha ha" in clean("and he said ha ha ha to me.", options=opts).text.lower()
    # a stutter of an ordinary word still goes
    assert clean("the the road is wet.", options=opts).text == "The road is wet."


def test_an_ordinal_word_and_its_figure_are_one_word_said_twice() -> None:
    # found by the fuzzer: "first 1st" became "First first." (the numbers stage writes 1st
    # as "first"), and a second cleaning removed the repeat
    for text in ("first 1st", "the 2nd second place"):
        once = clean(text).text
        assert "first first" not in once.lower() and "second second" not in once.lower()
        assert clean(once).text == once
    # a figure said again as its ordinal word is a restart as well ("the 9 ninth inning")
    assert clean("the 9 ninth inning").text == "The ninth inning."


def test_a_letter_typed_again_after_its_word_goes() -> None:
    # qa15 audit (France 24 2017, live subtitles typing keys twice: "thehen", "a a"): "he
    # thehen tried d to attack the soldiers" kept "d"; an initial, a listed letter and a
    # letter between words that do not go together stay
    t = clean("he then tried d to attack the soldiers", options=ART)
    assert t.text == "he then tried to attack the soldiers"
    assert [e.rule for e in t.document.edits] == ["echo-letter"]
    for source in ("richard d. wolff said so", "grades c and d are fine",
                   "he earned d in math", "we need vitamin d now"):
        assert clean(source, options=ART).text == source


def test_thanks_said_twice_is_no_restart() -> None:
    # the end of an interview: the host thanks, the guest thanks back (no marker between);
    # or one speaker thanking twice. Either way both stay (turns17).
    opts = Options(names=False, turns=False)
    got = clean("we must leave it there coach thank you for joining us thank you thank you "
                "for having me", options=opts).text
    assert got.lower().count("thank you") == 3
    got = clean("thanks so much thanks so much for the invitation", options=opts).text
    assert got.lower().count("thanks so much") == 2
    # a restart of another phrase still goes
    assert clean("we are we are going to the market", options=opts).text == \
        "We are going to the market."


def test_a_word_said_twice_and_exclaimed_stays() -> None:
    """A doubled word closed by "!" is a call or a sound said twice on purpose ("beep beep!",
    qa26), not a restart; the same word run on into its sentence still loses its copy."""
    assert clean("beep beep! the truck backs up slowly", options=ART).text == \
        "beep beep! the truck backs up slowly"
    assert clean("the truck truck backs up", options=ART).text == "the truck backs up"


def test_a_lyric_said_again_across_a_music_note_stays() -> None:
    """A music note ends a sung line, and a song says its lines again by design: the words
    on either side of removed notes are no restart ("row the boat ♪ ♪ row the boat to the
    shore", qa26); without the notes they are."""
    t = clean("\u266a row the boat \u266a \u266a row the boat to the shore \u266a",
              options=ART)
    assert t.text.split().count("row") == 2
    assert clean("we row the boat row the boat to the shore", options=ART).text == \
        "we row the boat to the shore"


def test_a_sung_line_keeps_its_repeats() -> None:
    """Inside a sung line (from a music note to the next on its line, or to a short line's
    end) a repeat is the lyric's: "we will we will rock you" keeps its words; the same words
    spoken lose the restart, and a note before a long spoken line opens no song."""
    for text in ("\u266a we will we will rock you \u266a and now the news",
                 "the show opens\n\u266a we will we will rock you\nand now the news"):
        assert "we will we will rock you" in clean(text, options=ART).text
    assert "we will rock you" in clean("so we will we will rock you and now the news",
                                       options=ART).text
    long_talk = ("\u266a and now the the news of the day from all over the country and the "
                 "world tonight")
    assert "the the" not in clean(long_talk, options=ART).text


def test_sung_tokens_spans() -> None:
    source = "\u266a la la \u266a said said \u266a"
    doc = clean(source, options=ART).document
    sung = stutters.sung_tokens(doc.tokens, doc.source)
    assert sorted(doc.tokens[i].text for i in sung) == ["la", "la"]


def test_a_lyric_repeat_gets_a_comma_when_its_note_goes() -> None:
    """With the notes removed and punctuation on, a repeat the notes kept (inside a sung
    line, or across a note) is kept apart by a comma after its first copy, so the clean text
    cleans to itself (a second clean, blind to the gone notes, would drop a copy: "the ♪ the"
    gave "The the…", then "The…"); spoken repeats and notes kept in the text are as before."""
    for text, kept in (("the \u266a the", "The, the"),
                       ("\u266a go go go \u266a", "Go, go, go."),
                       ("\u266a we will we will rock you \u266a", "We will, we will rock you"),
                       ("row the boat \u266a \u266a row the boat to the shore",
                        "Row the boat, row the boat to the shore")):
        once = clean(text).to_text()
        assert kept in once, once
        assert clean(once).to_text() == once, once
    # no note: the stutter goes; a note elsewhere on the line changes nothing
    assert clean("we said the the rain fell").to_text() == "We said the rain fell.\n"
    assert clean("we said the the rain fell \u266a").to_text() == "We said the rain fell.\n"
    # the notes kept: they keep the copies apart themselves, no comma
    kept_notes = clean("\u266a go go \u266a", options=Options(keep_sound_cues=True)).to_text()
    assert "," not in kept_notes, kept_notes


def test_a_lyric_repeat_across_a_note_and_a_stutter_after_it_keeps_its_comma() -> None:
    # (make fuzz, ux9) "the ♪ / the the": the stutter's copy went, and the lyric's repeat
    # across the note got no comma (the check, blind to the note, still saw the removed copy
    # between): "The the…", which a second clean made "The…"
    for text, kept in (("the \u266a\nthe the\n", "The, the"),
                       ("row the boat \u266a\nrow row the boat ashore\n",
                        "Row the boat, row the boat ashore")):
        once = clean(text).to_text()
        assert kept in once, once
        assert clean(once).to_text() == once, once
    # no note: the stutter alone goes, no comma
    assert clean("we saw the\nthe the tide\n").to_text() == "We saw the tide.\n"


def test_a_figure_ordinal_given_a_lyric_comma_is_written_as_a_word_still() -> None:
    # (make fuzz, ux9) "1st ♪ first": the lyric's comma went onto "1st", and the numbers
    # stage, reading "1st," whole, left the figure; the second clean read "1st" and "," apart
    # and wrote "first": "1st, first." then "First, first."
    for text, kept in (("3rd \u266a third\n", "Third, third."),
                       ("we came 2nd \u266a 2nd\n", "We came second, second.")):
        once = clean(text).to_text()
        assert kept in once, once
        assert clean(once).to_text() == once, once
    # a figure ordinal without the comma, and one in a date, as before
    assert "second" in clean("she came 2nd in the race\n").text
    assert "June 2nd" in clean("it opens on june 2nd\n").text


def test_a_word_said_twice_with_and_without_its_diacritics_is_a_stutter() -> None:
    # (make fuzz, session 28) "jürgen jurgen": the first clean kept both, the names stage then
    # wrote both as the listed name, and the second clean found the repeat the first missed
    names = ["Jürgen Kessel"]
    first = clean("the coach jürgen jurgen kessel said no\n", names=names)
    assert first.text.count("Jürgen") == 1, first.text
    assert clean(first.text, names=names).text == first.text
    # a word with its diacritics next to another word stays
    assert "Jürgen Kessel" in clean("the coach jürgen kessel said no\n", names=names).text
