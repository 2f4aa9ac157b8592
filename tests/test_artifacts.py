"""Artifacts: sound cues, roll-up captions, stray marks, fillers (stutters: test_stutters.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from transcript_tools import Options, clean, read
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


def test_a_word_said_again_in_another_case_across_a_cue_is_no_roll_up_copy() -> None:
    # qa43 (found writing its tests): "lined with fleece. | Fleece works well" lost the
    # second "Fleece" as a roll-up line; a display repeats its line letter for letter
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nPack a coat lined with wool.\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\nWool keeps you warm when wet.\n")
    t = clean(parse(srt, format="srt"), options=ART)
    assert t.text == "Pack a coat lined with wool. Wool keeps you warm when wet."
    assert not [e for e in t.corrections if e.rule == "roll-up"]
    # the same letters are a roll-up copy, as before
    rolled = srt.replace("Wool keeps", "wool. keeps")
    t = clean(parse(rolled, format="srt"), options=ART)
    assert [e.original for e in t.corrections if e.rule == "roll-up"] == ["wool", "."]


def test_fillers_only_in_clean_verbatim() -> None:
    source = "well uh we um decided"
    assert clean(source, options=ART).text == source
    verbatim = clean(source, options=ART.replace(clean_verbatim=True))
    assert verbatim.text == "well we decided"
    assert {e.rule for e in verbatim.document.edits} == {"filler"}


def test_sound_cues_removed() -> None:
    assert clean("[applause] thank you", options=ART).text == "thank you"


def test_a_second_mark_typed_after_a_sentence_end_goes() -> None:
    t = clean("9:00 am\nwe serve the public. . then we rest. what a win! .\n9:01 am\n")
    assert t.text == "We serve the public. Then we rest. What a win!"
    assert [e.rule for e in t.corrections if e.kind == "artifact"] == ["stray-mark"] * 2
    # a spaced ellipsis is left as written; a period after an initialism is no stray mark
    # of this stage (the sentence stage reads the end from it, then ends the sentence on the
    # initialism's own stop: qa67)
    assert clean("he paused. . . then spoke.").text.startswith("He paused. . .")
    t = clean("she flew to the u.s. . then home.")
    assert "U.S. Then home." in t.text
    assert [e.rule for e in t.corrections if e.original == "."] == ["abbreviation-stop"]


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


def test_a_bracketed_sound_cue_broken_over_two_lines_is_removed() -> None:
    # the fuzzer: "[crowd" / "cheering]" was kept as words, and the clean text, where the
    # two parts stand on one line, lost it on a second clean (also with "\r" line ends)
    for source in ("the crowd [crowd\ncheering] went on\n",
                   "the crowd [crowd\rcheering] went on\n"):
        text = clean(source, options=Options(names=False, turns=False)).text
        assert text == "The crowd went on."
    kept = clean("the crowd [crowd\ncheering] went on\n",
                 options=Options(names=False, turns=False, keep_sound_cues=True)).text
    assert "[crowd cheering]" in kept


def test_a_screen_direction_left_in_the_captions_goes() -> None:
    # qa13 audit (a Current TV documentary 2012): "(vo)and current tv creates" and
    # "(vo)when a massive hurricane" read "(Vo)and", "(Vo)when"; "(a)" in a list stays
    t = clean("this? (vo)and the channel creates it. (vo)when a hurricane hits, (v.o.) people "
              "die. (OC) they run. see (a) and (b).")
    assert t.text == "This? And the channel creates it. When a hurricane hits, people die. " \
        "They run. See (a) and (b)."
    assert [e.rule for e in t.corrections if "(" in e.original].count("sound-cue") == 4


def test_a_second_mark_on_the_next_caption_line_goes() -> None:
    # found by `make fuzz` (".\n.\n" cleaned to ". ." and again to "."): a caption line of
    # a lone mark after a line that ends on its own
    t = clean("we serve the public.\n.\nthen we rest.\n")
    assert t.text == "We serve the public. Then we rest."
    assert [e.rule for e in t.corrections if e.kind == "artifact"] == ["stray-mark"]
    assert clean("he paused.\n.\n.\nthen spoke.").text.startswith("He paused. . .")
    assert clean("9:00 am\nwe serve the public.\n9:01 am\n.\nthen we rest.\n").text == \
        "We serve the public. Then we rest."
    assert clean("we won. ♪ . and then we left\n").text == "We won. And then we left."


def test_a_stray_mark_after_a_removed_sound_cue_goes() -> None:
    # found by `make fuzz` ("the stray mark after [applause]" cleaned again lost it)
    assert clean("we won. [applause] . and then we left\n").text == "We won. And then we left."


def test_a_second_stop_apart_from_the_sentences_own_goes() -> None:
    import transcript_tools as tt
    cases = {  # a clock line, a removed voice label, a speaker change between the two stops
        "the school board met.\n7:01 pm\n. the vote came late.":
            "The school board met. The vote came late.",
        "we begin with the pledge. (all recite). >> thank you all.":
            "We begin with the pledge. Thank you all.",
        "the hearing is adjourned. >>. >> thank you, chair.":
            "The hearing is adjourned. Thank you, chair.",
        "and he said . . . nothing.": "And he said . . . Nothing.",  # a spaced ellipsis
    }
    for src, want in cases.items():
        t = clean(src)
        shown = re.sub(r"Speaker \d+: ", "", " ".join(t.text.split()))
        assert shown == want, (src, t.text)
        assert tt.apply_edits(src, t.corrections) == t.text


def test_a_comma_typed_beside_a_stop_goes() -> None:
    # qa13 audit (C-SPAN 2015 and 2013): "in the words of young jeezy, . let's go", "reduce
    # their connections. , so are our partners"
    for source, expected in (
            ("in the words of the singer, . let's go to work.",
             "In the words of the singer. Let's go to work."),
            ("they reduce their connections. , so our partners did too.",
             "They reduce their connections. So our partners did too."),
            ("the corgis on it. , . room with corgis", "The corgis on it. Room with corgis."),
            ("one, two , three... and the u.s. team.", "One, two, three... and the U.S. team.")):
        assert clean(source).text == expected


def test_a_stray_letter_between_a_stop_and_a_sound_cue_goes() -> None:
    # qa14 audit (a late-night open 2021): "it's stephen colbert! p ( cheers and applause )"
    # kept the decoder's "p" as a cut-off word ("Stephen Colbert! P…")
    from transcript_tools import clean

    t = clean("it's stephen colbert! p ( cheers and applause ) thank you for being here.")
    assert t.text == "It's Stephen Colbert! Thank you for being here."
    # a letter a word stands before, and the letters English writes as words, stay
    assert clean("we need a plan b [applause] now.").text == "We need a plan b now."
    assert clean("i said yes. a [laughter] was there.").text.startswith("I said yes. A was")


def test_a_run_of_mark_clusters_with_no_word_goes() -> None:
    # qa17 audit (BBC News at One 2022, the Commons in live subtitles): "why is he in his
    # lace? ~ ., ., , his place?" kept "~ ., ., ,"
    from transcript_tools.api import Cleaner
    text = Cleaner().clean("why is he in his lace? ~ ., ., , his place? well . . . i think "
                           "so.").text
    assert "~" not in text and "., ." not in text and "lace? His place?" in text
    assert "Well . . . I think so." in text  # a spaced ellipsis stays


def test_a_draft_line_sent_again_corrected_goes() -> None:
    # qa17 audit (GB News' PMQs Live 2024, live subtitles that send each line again with its
    # marks set right): "such meetings later today . meetings later today.", "without or
    # favour . without fear or favour.", "faster , simpler and fairer for faster, simpler"
    from transcript_tools.api import Cleaner
    text = Cleaner().clean(
        ">> i shall have further such meetings later today . meetings later today. we should "
        "vote without or favour . without fear or favour. the plan will make dental services "
        "faster , simpler and fairer for faster, simpler and fairer for patients , including "
        "in clacton patients, including in clacton and will fund it.").text
    assert "such meetings later today. We should vote without fear or favour." in text
    assert "faster, simpler and fairer for patients, including in clacton and will" in text
    once = Cleaner().clean("we love you , we love you, we love you. it is late.").text
    assert once.count("we love you") + once.count("We love you") == 3  # one spaced mark


def test_a_lone_question_mark_after_a_sentence_is_a_music_note_the_page_lost() -> None:
    # qa19 audit (a 2009 ballgame's captions): "a second straight night. ? geico's been
    # saving" kept the "?" that stood for a music note
    t = clean("on to the 11th for a second straight night. ? geico has been saving money.\n",
              options=ART)
    assert t.text == "on to the 11th for a second straight night. geico has been saving money."
    assert [e.rule for e in t.corrections if e.kind == "artifact"] == ["stray-mark"]
    # a question mark after a word, or one ending the text, stays
    assert clean("is it? yes.\n", options=ART).text == "is it? yes."
    assert clean("really? ?\n", options=ART).text.startswith("really?")


def test_a_sound_cue_of_one_word_in_capitals_goes_where_it_stands_apart() -> None:
    # constructed subtitles: "(SIGHS)" at a line's start, "(LAUGHTER)" after a sentence's
    # end, "(COUGHING)" alone on a line; the acronym and the word inside a sentence stay
    src = ("1\n00:00:01,000 --> 00:00:03,000\n(SIGHS) Fine, we go tonight.\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\nThat was close! (LAUGHTER)\n(COUGHING)\n\n"
           "3\n00:00:05,500 --> 00:00:08,000\nThe alliance (CSTO) met, and the disease\n"
           "known as (AIDS) was discussed.\n")
    t = clean(src)
    assert t.text == ("Fine, we go tonight. That was close! The alliance (CSTO) met, and the "
                      "disease known as (AIDS) was discussed.")
    gone = [e.original for e in t.corrections if e.rule == "sound-cue"]
    assert gone == ["(SIGHS)", "(LAUGHTER)", "(COUGHING)"]
    kept = clean(src, options=Options(keep_sound_cues=True))
    assert "(SIGHS)" in kept.text


def test_two_spaced_stops_are_one_stop_and_clean_alike_twice() -> None:
    # found by `make fuzz` (ux10): "? . ." cleaned to "? ." and again to "?": two spaced
    # stops, not three, were read as an ellipsis's start, one went in each clean
    cases = {
        "the kettle boiled . . then the phone rang\n": "The kettle boiled. Then the phone rang.",
        "did the kettle boil? . . it did\n": "Did the kettle boil? It did.",
        "the kettle boiled! . . then it rang\n": "The kettle boiled! Then it rang.",
        "? . .\n": "?",
        "the kettle boiled . .\n": "The kettle boiled.",
    }
    for raw, want in cases.items():
        once = clean(raw).text
        assert once == want, raw
        assert clean(once).text == once, raw
        t = clean(raw)
        for e in t.corrections:
            assert t.source[e.start:e.end] == e.original


def test_a_spaced_ellipsis_and_an_abbreviations_stop_stay() -> None:
    for raw, want in {
        "the kettle boiled . . . then it rang\n": "The kettle boiled . . . Then it rang.",
        "the kettle boiled... then it rang\n": "The kettle boiled... then it rang.",
        "did it boil? . . . it did\n": "Did it boil? . . . It did.",
        "the kettle boiled. . . then it rang\n": "The kettle boiled. . . Then it rang.",
        "they flew to the u.s. . then home\n": "They flew to the U.S. Then home.",  # (the
        # initialism's own stop ends the sentence: qa67)
    }.items():
        once = clean(raw).text
        assert once == want, raw
        assert clean(once).text == once, raw


def test_a_stray_mark_is_looked_for_only_where_one_can_stand() -> None:
    from transcript_tools.artifacts import _may_stray

    # a second mark a space or tab after a sentence's mark, or after a sound cue's bracket
    for source in ("we serve the public. . then", "what a win! .", "we won. [cheers] . and",
                   "is it done?\t. yes", "a long night.   ? the news"):
        assert _may_stray(source), source
    # a stop or a question typed a space after a word, or no such mark at all: none
    for source in ("the kettle boiled . then it cooled", "is it done ? yes", "no marks here",
                   ". at the start", ""):
        assert not _may_stray(source), source
    # past the places it looks at, the pattern reads the page: a stray mark far down goes
    page = "".join(f"we counted {n} boats . " for n in range(70))
    t = clean(page + "the harbour closed. . then we rest.", options=ART)
    assert [e.rule for e in t.corrections if e.kind == "artifact"] == ["stray-mark"]
    assert t.text.endswith("the harbour closed. then we rest.")
    t = clean(page + "the harbour closed . then we rest.", options=ART)
    assert not [e for e in t.corrections if e.kind == "artifact"]


def test_a_repeat_across_a_removed_mark_run_is_a_stutter_at_once() -> None:
    # (make fuzz, session 30) "the . . ~ the": the run of marks goes as keystrokes, and the
    # clean text reads "the the", whose second clean took the repeat: the first clean does
    from transcript_tools import clean
    for source in ("we packed the . . ~ the tents\n", "we packed the ~ ., ., the tents\n",
                   "we packed the\n. . ~\nthe tents\n", "we packed the\r\n. . ~\r\nthe tents\n"):
        first = clean(source)
        assert first.text == "We packed the tents.", source
        assert clean(first.text).text == first.text, source
    # negatives: a word stands in the run, or the run is a spaced ellipsis (it stays)
    assert "the ~ ., or ., the" in clean("we packed the ~ ., or ., the tents\n").text.lower()
    assert "the . . . the" in clean("we packed the . . . the tents\n").text.lower()
    # a run that ends its line ("~" and a line break) goes too, as one mid-line does
    first = clean("we went\n. . ~\nhome at noon\n")
    assert first.text == "We went home at noon." and clean(first.text).text == first.text


def test_beamed_notes_are_music_notes_as_the_single_note_is() -> None:
    # ux11's left: a caption file's "♫♫" alone on its line stayed as text (in the text and
    # its cue) where "♪♪" is a sound cue; "♫" opening and closing a sung line the same
    from transcript_tools import clean
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nNOTES\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\nand the lamps went out.\n")
    for notes in ("\u266b\u266b", "\u266b", "\u266a\u266b"):
        t = clean(srt.replace("NOTES", notes), format="srt")
        assert t.text == "And the lamps went out.", notes
        assert [c.text for c in t.cues] == ["And the lamps went out."], notes
        assert [c.rule for c in t.corrections if c.original == notes] == ["sound-cue"]
    # a sung line between "♫" reads as one between "♪": the words a lyric says again stay
    # (apart by a comma), the marks go from the text and stay on the caption's line
    for source in ("we sail \u266b we sail home\n", "the lamps\n\u266b\u266b\nthe lamps\n",
                   "\u266b over the bay \u266b\n"):
        want = clean(source.replace("\u266b", "\u266a")).text
        t = clean(source)
        assert t.text == want and "\u266b" not in t.text, source
        assert clean(t.text).text == t.text
    sung = clean(srt.replace("NOTES", "\u266b over the bay \u266b"), format="srt")
    assert sung.cues[0].text == "\u266b Over the bay. \u266b"
    # negative: the note parts a lyric's repeat, which no stutter rule takes across it
    assert clean("we sail \u266b we sail home\n").text == "We sail, we sail home."
