"""Regressions from the qa55 round (fresh pages of new kinds: trial transcripts, a
commencement speech, breaking-news captions, a game show's quotes, a talk's transcript with
its audience's "(Laughter)", machine-translated captions; `tests/data/qa55/README.md` has the
pages); each on constructed text of the shape a page showed, with negatives."""

from __future__ import annotations

import transcript_tools as tt
from transcript_tools import clean

_TALK = ("My grandmother kept bees for forty years. She wore no veil and no gloves. "
         "When I asked her why, she said, \"They know me by now.\" (Laughter) "
         "I did not believe her, so I lifted a lid myself. (Laughter) "
         "That was the last time I lifted a lid. (Applause) "
         "She laughed for a week and then she taught me how to do it properly.")


def _start_words(doc: tt.Document) -> list[str]:  # type: ignore[name-defined]
    return [doc.tokens[i].text for i in doc.sentence_starts]


def test_a_sentence_opens_on_the_bracket_glued_to_its_first_word() -> None:
    doc = clean(_TALK).document
    starts = _start_words(doc)
    assert starts.count("(") >= 3, starts
    assert "Laughter" not in starts and "Applause" not in starts
    # no caption cue ends on the bracket that opens the next one
    for cue in doc.cues:
        assert not cue.text.rstrip().endswith("("), cue.text
        assert not cue.text.lstrip().startswith(("Laughter)", "Applause)")), cue.text


def test_an_opening_quote_before_a_sentence_goes_with_it() -> None:
    doc = clean("He shook his head at the map. \"We took the wrong road,\" he said. "
                "\"Then we turn back,\" she said.").document
    starts = [i for i in doc.sentence_starts if i]
    assert [doc.tokens[i].text for i in starts] == ['"', '"']


def test_a_bracket_inside_a_word_or_a_sentence_opens_nothing() -> None:
    doc = clean("Bring the form(s) to the desk. The clerk (a patient man) stamps them. "
                "Then you wait.").document
    starts = _start_words(doc)
    assert starts == ["Bring", "The", "Then"], starts


_EXAMINATION = ("Cross-examination began at two.\n\n"
                "ATTY. REYES:     Where were you standing?\n\n"
                "WITNESS:     By the gate.\n\n"
                "SGT. OKAFOR:     And the driver?\n\n"
                "WITNESS:     He stayed in the cab.\n\n"
                "Everyone waited at the STATION. REYES:     Then what happened?\n\n"
                "WITNESS:     The truck left.\n")


def test_a_label_opening_on_a_title_abbreviation_names_the_speaker() -> None:
    transcript = clean(_EXAMINATION)
    doc = transcript.document
    labels = [t.label for t in doc.turns]
    assert labels[1:4] == ["ATTY. REYES", "WITNESS", "SGT. OKAFOR"], labels
    assert "ATTY." not in transcript.text and "SGT." not in transcript.text.split(":")[0]
    # a word that is no title ends its sentence: only the name after it labels the turn
    assert "REYES" in labels[5:] and "STATION. REYES" not in labels
    assert "at the STATION." in transcript.text


def test_a_writers_cross_reference_in_parentheses_is_kept() -> None:
    text = clean("We added our own remarks to the record (see the notes below). The witness "
                 "then described the road. The chart (see figure two) shows the rise.").text
    assert "(see the notes below)." in text and "(see figure two)" in text


def test_a_sound_description_in_parentheses_still_goes() -> None:
    text = clean("She paused (laughs) and went on. The crowd (cheering loudly) filled the "
                 "square. Then it rained.").text
    assert "laughs" not in text and "cheering" not in text
    assert "She paused and went on." in text


def test_a_writers_stop_after_an_inverted_exclamation_stays_a_stop() -> None:
    text = clean("Welcome back, everyone. This is the last lecture of the term. And wow, do we "
                 "have a show for you today. We brought three guests and a cake.").text
    assert "a show for you today." in text and "today?" not in text


def test_a_caption_without_its_question_mark_still_gets_one() -> None:
    text = clean("good morning everyone. do you have your tickets with you. the train leaves "
                 "at nine. we will wait for you at the gate.").text.lower()
    assert "with you?" in text


_EXCERPT = ("Q: Where did you park that night?\n\n"
            "A: Behind the bakery.\n\n"
            "Q: Was the lot lit?\n\n"
            "A: One lamp, by the fence.\n\n"
            "COUNSEL: Objection.\n\n"
            "THE COURT: Overruled.\n\n"
            ". . . Q: How far was the lamp from your car?\n\n"
            "A: About ten steps.\n\n"
            "THE COURT: Thank you.\n")


def test_a_label_after_an_excerpts_cut_mark_is_taken() -> None:
    doc = clean(_EXCERPT).document
    asked = [doc.tokens[t.first].text for t in doc.turns if t.label == "Q"]
    assert asked == ["Where", "Was", "How"], asked
    assert "Q:" not in clean(_EXCERPT).text


def test_a_cut_mark_before_words_that_are_no_label_stays_text() -> None:
    text = clean(_EXCERPT.replace(". . . Q: How far", ". . . and later: how far")).text
    assert "and later: how far" in text.replace("And later", "and later")
