"""Artifacts: sound cues, roll-up captions, stutters, fragments, fillers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transcript_tools import Options, artifacts, clean, read
from transcript_tools.readers import parse

from .conftest import DATA

CASES = Path(__file__).resolve().parent / "data" / "cases" / "readable"
ART = Options(names=False, spelling=False, numbers=False, casing=False, punctuation=False)


def test_rollup_auto_captions_keep_each_word_once() -> None:
    t = clean(read(CASES / "rollup_auto_captions.vtt"), options=ART)
    assert t.text == ("the council met on tuesday to discuss the new budget "
                      "and the members voted against the plan")
    rollup = [e for e in t.document.edits if e.rule == "roll-up"]
    assert len(rollup) == 5 + 5 + 4
    assert all(e.kind == "artifact" for e in rollup)


def test_a_roll_up_copy_of_a_speaker_change_is_no_second_change() -> None:
    # qa6 audit (a roll-up WebVTT): the copy's ">>" split a sentence ("Just. All the work")
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.900\nhow was it?\n>> it's special. just\n\n"
           "00:00:03.000 --> 00:00:04.900\n>> it's special. just\nall the work we did.\n")
    t = clean(parse(vtt, format="vtt"))
    assert t.text.endswith("It's special. Just all the work we did.")
    assert len(t.document.markers) == 1


def test_pop_on_captions_keep_a_phrase_said_again_across_a_cue() -> None:
    # qa6 audit (an SRT of a business show): "deere, too far | too far. i'm a seller" lost
    # the second "too far" (and read "too far ."): one repeat among many cue boundaries is
    # the speaker's, not a roll-up line
    cues = ["how about you, dan", "deere, too far", "too far. i'm a seller", "and guy, the show",
            "starts right now with", "my mission to make", "you some money today"]
    srt = "".join(f"{k}\n00:00:0{k},000 --> 00:00:0{k},900\n{c}\n\n"
                  for k, c in enumerate(cues, 1))
    t = clean(parse(srt, format="srt"), options=ART)
    assert "too far too far. i'm a seller" in t.text


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


def test_fillers_only_in_clean_verbatim() -> None:
    source = "well uh we um decided"
    assert clean(source, options=ART).text == source
    verbatim = clean(source, options=ART.replace(clean_verbatim=True))
    assert verbatim.text == "well we decided"
    assert {e.rule for e in verbatim.document.edits} == {"filler"}


def test_sound_cues_removed() -> None:
    assert clean("[applause] thank you", options=ART).text == "thank you"


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
        mp.setattr(artifacts, "_candidates", lambda keys, lo, hi: range(lo, hi))
        mp.setattr(artifacts, "_near", lambda junctions, n: [(1, n)])
        full = clean(text, options=ART).document.edits
    assert fast == full


def test_a_second_mark_typed_after_a_sentence_end_goes() -> None:
    t = clean("9:00 am\nwe serve the public. . then we rest. what a win! .\n9:01 am\n")
    assert t.text == "We serve the public. Then we rest. What a win!"
    assert [e.rule for e in t.corrections if e.kind == "artifact"] == ["stray-mark"] * 2
    # a spaced ellipsis and a period after an initialism are left as written
    assert clean("he paused. . . then spoke.").text.startswith("He paused. . .")
    assert "U.S. ." in clean("she flew to the u.s. . then home.").text


def test_punctuated_roll_up_goes_with_its_marks() -> None:
    """A punctuated roll-up line repeats its marks too: they go with its words (no
    "dawn. . the"), while a mark the first copy lacks stays ("slept" -> "slept until")."""
    t = clean(read(DATA / "fixtures" / "rollup_punctuated.vtt"))
    assert t.text == ("The ferry left at dawn. The crossing was rough, and nobody slept "
                      "until the harbour lights.")


def test_whisper_segments_that_repeat_are_not_roll_up() -> None:
    """Whisper's segments are not roll-up captions: 'Thank you.' three times was said three
    times (or is the recogniser's), and a repeat across a sentence mark is never a stutter."""
    segments = [{"start": 2.0 * k, "end": 2.0 * k + 2, "text": " Thank you."} for k in range(3)]
    t = clean(json.dumps({"segments": segments}), format="whisper")
    assert t.text == "Thank you. Thank you. Thank you."
    assert clean("thank you. thank you. thank you.\n").text == "Thank you. Thank you. Thank you."


def test_a_sound_cue_broken_over_two_caption_lines_is_removed() -> None:
    # qa7 audit: a roll-up file split "(cheers / and applause)" and "( band playing intro
    # music / )" over a cue's two lines; they were kept as words
    srt = ("1\n00:00:01,000 --> 00:00:04,000\nwelcome to the show! (cheers\nand applause) "
           "thank you.\n\n2\n00:00:04,500 --> 00:00:08,000\nwe begin ( band playing intro "
           "music\n) tonight with news.\n")
    text = clean(srt, options=Options(names=False, turns=False)).text
    assert "cheers" not in text.lower() and "band" not in text.lower()
    assert "(" not in text and ")" not in text and "applause" not in text
