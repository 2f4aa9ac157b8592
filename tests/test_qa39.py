"""Regressions from the qa39 audit (readable text and captions on fresh real pages of new
kinds: a police briefing's transcript spelling its speakers' names, late-night captions in
capitals and in lowercase, earnings calls), each on constructed text of the shape a page
showed; `tests/data/qa39/README.md` has the pages."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import clean, read
from transcript_tools.letters import letter_by_letter
from transcript_tools.transcript import Transcript

from .conftest import srt


def _traced(t: Transcript, source: str) -> None:
    assert all(source[e.start:e.end] == e.original for e in t.corrections)


SPELLED = ("Good morning. Our next speaker is Chief Ana Kowalczyk. Her name is spelled "
           "A-N-A K-O-W-A-L-C-Z-Y-K. After her, Commissioner Bede Orrantia, "
           "O-R-R-A-N-T-I-A, will speak.\n")


def test_a_name_spelled_letter_by_letter_stays_spelled() -> None:
    # a police briefing spells its speakers' names; with the names in the lexicon the
    # spelling was replaced by the name ("spelled M-A-R-I-S Herold")
    t = clean(SPELLED, names=["Ana Kowalczyk", "Bede Orrantia"])
    assert "K-O-W-A-L-C-Z-Y-K" in t.text and "O-R-R-A-N-T-I-A" in t.text, t.text
    assert "Chief Ana Kowalczyk" in t.text and "Commissioner Bede Orrantia" in t.text
    _traced(t, SPELLED)


def test_hyphenated_names_and_acronyms_still_match() -> None:
    # the separators a name may carry otherwise still read as the name: "o-neill" is one,
    # and an acronym spelled with hyphens is the acronym
    assert letter_by_letter("H-E-R-O-L-D") and letter_by_letter("d-o-ug-h-e-r-t-y")
    assert not letter_by_letter("o-neill") and not letter_by_letter("co-chair")
    assert not letter_by_letter("a-b") and not letter_by_letter("ab-cd-ef")
    t = clean("5:00 pm\n>> we spoke to tom o-neill about the vote.\n", names=["Tom O'Neill"])
    assert "Tom O'Neill" in t.text, t.text


OPEN_CUES = ("5:00 pm\n>> thank you. [ cheers and applause welcome to the show. we have a "
             "great one tonight. [ laughter ] the mayor said \"no comment\" all week. "
             "[ laughter and applause and the council met anyway. [ cheers and applause "
             "thank you.\n")


def test_an_open_cue_joined_by_and_goes_whole() -> None:
    # "[ laughter and applause" without its bracket: only "[ laughter" went, "and applause"
    # stayed in the text ("blacked out by 10:00 a.m. and applause")
    t = clean(OPEN_CUES)
    assert "applause" not in t.text.lower(), t.text
    assert "and the council met anyway" in t.text.lower() or "And the council met anyway" \
        in t.text, t.text
    _traced(t, OPEN_CUES)


def test_an_and_after_an_open_cue_before_speech_stays() -> None:
    # the "and" of speech after a cue the page vouches for stays: the word after it names no
    # sound of the page's cues
    raw = ("5:00 pm\n>> thank you. [ laughter ] we start. [ laughter and then the rain "
           "came. [ cheers ] so.\n")
    t = clean(raw)
    assert "and then the rain came" in t.text.lower(), t.text


def test_asterisks_for_music_notes_go(tmp_path: Path) -> None:
    # captions typed without a note character: "* *" for music, left in the text
    # ("here he is, Jimmy Fallon * *")
    path = tmp_path / "show.srt"
    path.write_text(srt([">> AND NOW, HERE HE IS, OUR HOST", "* * [ CHEERS AND APPLAUSE ]",
                         ">> THANK YOU. WELCOME TO THE SHOW.", "WE HAVE A GREAT ONE TONIGHT."]))
    t = clean(read(str(path)))
    assert "*" not in t.text and "*" not in t.to_webvtt(), t.text
    assert "our host" in t.text.lower(), t.text


def test_a_lone_asterisk_or_one_glued_to_a_word_stays() -> None:
    raw = "5:00 pm\n>> the fine print* says it all. she gave it 5 * out of five.\n"
    t = clean(raw)
    assert "print*" in t.text and "5 *" in t.text, t.text


def test_a_mc_name_in_capitals_captions_is_cased(tmp_path: Path) -> None:
    # capitals captions write the prefix's small "c" ("McAVOY"): the word stayed as typed
    path = tmp_path / "show.srt"
    path.write_text(srt(["TONIGHT OUR GUESTS ARE THE ACTOR", "DANIEL McCORMACK AND THE",
                         "SINGER ROSA LEE. AND NOW, LIVE FROM", "THE STUDIO, IT'S OUR HOST!",
                         "THANK YOU SO MUCH FOR BEING HERE."]))
    t = clean(read(str(path)))
    assert "McCORMACK" not in t.text and "McCormack" in t.text, t.text


def test_a_mc_word_in_mixed_case_text_stays() -> None:
    # in a cased page the word is as the writer set it
    raw = "Our guest is the McKINSEY team lead, and she said the plan works.\n"
    t = clean(raw)
    assert "McKINSEY" in t.text, t.text


CALL = ("Acme Widgets\n\nQ3 Earnings Call\n\n"
        "spk04: Good morning. My name is Lena, and I will be your operator today. I would now "
        "like to turn the call over to Omar Haddad. Please go ahead.\n"
        "spk01: Thank you, Lena. Good morning, everyone. Revenue rose in the quarter, and we "
        "will take your questions after these remarks.\n"
        "spk04: Our first question comes from the line of Ruth Keane.\n")


def test_a_diarizers_numbered_labels_are_labels() -> None:
    # an earnings call's machine transcript labels each voice "spk04:": the labels stayed
    # in the text and the turns were guessed ("Speaker 3: Please go ahead. spk00: ...")
    t = clean(CALL)
    text = t.to_text()
    assert "spk04" not in t.text.lower() and "spk01" not in t.text.lower(), text
    assert "Spk04: Good morning." in text and "\n\nSpk01: Thank you, Lena." in text, text
    assert text.count("Spk04:") == 2, text
    again = clean(text).to_text()   # our own text reads back the same
    assert again == text, again
    _traced(t, CALL)


def test_a_diarizer_id_inside_a_line_stays_text() -> None:
    raw = "Good morning. The file names each voice spk01: and so on, as the tool writes it.\n"
    t = clean(raw)
    assert "spk01:" in t.text, t.text
