"""Regressions from the qa38 audit (readable text and captions on fresh real pages of new
kinds: a press briefing's transcript, a printed hearing, a press briefing's subtitles, sports
captions, a film's captions with play-by-play, Spanish radio and news transcripts), each on
constructed text of the shape a page showed; `tests/data/qa38/README.md` has the pages."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import clean, read
from transcript_tools.transcript import Transcript

from .conftest import srt


def _turns(t: Transcript) -> list[str]:
    names = [x.display_name for x in t.turns]
    return [a for k, a in enumerate(names) if not k or names[k - 1] != a]


def _traced(t: Transcript, source: str) -> None:
    assert all(source[e.start:e.end] == e.original for e in t.corrections)


BRIEFING = (
    "MS. LANE:  Good afternoon, everybody.  I have one thing at the top, and then we can go "
    "to your questions.\n\n"
    "Q    Thanks, Nora.  Can you tell us anything about the trip to the harbour next week?\n\n"
    "MS. LANE:  Not yet.  That is something I can talk about tomorrow.\n\n"
    "Q    And the budget?  Has the mayor seen it?\n\n"
    "MS. LANE:  She has.\n")


def test_a_briefings_q_labels_are_the_questioners() -> None:
    # a press briefing's transcript labels each question "Q" and spaces (no colon): the
    # reporter's question was read into the spokeswoman's turn, and her next label lost
    t = clean(BRIEFING)
    assert _turns(t) == ["MS. LANE", "Q", "MS. LANE", "Q", "MS. LANE"], t.turns
    assert "Q Thanks" not in t.text and "\n\nQ: Thanks, Nora." in t.to_text(), t.to_text()
    _traced(t, BRIEFING)
    # "Q:" and a court transcript's "Q." / "A." are the same labels
    court = ("Q. Where were you that night?\nA. At home, with my sister.\nQ. Did anyone "
             "call?\nA. No, nobody.\n")
    t = clean(court)
    assert _turns(t) == ["Q", "A", "Q", "A"], t.turns
    assert t.text.startswith("Where were you that night?"), t.text
    _traced(t, court)


def test_one_q_opening_a_line_is_no_label() -> None:
    # one "Q." may be a list's letter or a word; "A" is read only on a page of Q labels
    for page in ("Q. Where is the ferry? It left at noon.\nWe waited on the pier.\n",
                 "A. The ferry left at noon.\nB. The ferry left at six.\n",
                 "MS. LANE:  The ferry left at noon.\n\nA  small boat followed it.\n"):
        t = clean(page)
        assert "Q" not in _turns(t) and "A" not in _turns(t), (page, t.turns)


def test_the_writers_stop_before_a_label_stays() -> None:
    # "... I can talk about tomorrow.\n\nQ ..." lost its period (taken for a caption line
    # break's) once the question's label was no word
    t = clean(BRIEFING)
    assert "I can talk about tomorrow.\n" in t.to_text() or \
        "talk about tomorrow.\n" in t.to_text(), t.to_text()
    assert not [e for e in t.corrections if e.rule == "caption-period"], t.corrections


HEARING = (
    "The subcommittee met, pursuant to notice, at 10:00 a.m., in Room 210.\n\n"
    "Mr. Fenwick. The meeting will come to order. We are here to hear from the harbour "
    "board on the new pier.\n\n"
    "Mrs. Okafor of Maine. Thank you, Mr. Chairman. I am glad to be here with the board "
    "today.\n\n"
    "The CHAIRMAN. The gentlewoman may proceed.\n")


def test_a_printed_hearings_labels_close_with_a_period() -> None:
    # a printed hearing (and the Congressional Record) opens each speaker's paragraph with
    # a title, a name and a period ("Mr. Linder. The meeting will come to order."): the
    # label was read as words of one long turn
    t = clean(HEARING)
    assert _turns(t)[-3:] == ["Mr. Fenwick", "Mrs. Okafor of Maine", "The CHAIRMAN"], t.turns
    assert "Mr. Fenwick. The" not in t.text and "\n\nMr. Fenwick: The meeting" in t.to_text()
    _traced(t, HEARING)


def test_a_title_and_name_in_a_sentence_or_in_captions_is_no_label() -> None:
    for page in (
            # inside a paragraph (no blank line before it)
            "The board met at noon.\nMr. Fenwick. That is who we asked for. He came late.\n",
            # lowercase captions
            "the board met at noon.\n\nmr. fenwick. he came late to the pier.\n",
            # a name and no title
            "The board met at noon.\n\nFenwick. That is who we asked for.\n"):
        t = clean(page)
        assert not any(x.display_name and "enwick" in x.display_name for x in t.turns), (
            page, t.turns)
        assert "enwick." in t.text or "enwick," in t.text, (page, t.text)


BRIEFING_CUES = [
    "Ms. Lane: Good\nafternoon, everybody.", "I have a meeting at two, so",
    "let us go quickly today.", "(laughter)", "The Press: We can do that.",
    "Ms. Lane: Good.", "The first thing is the harbour,", "and the new pier on the east side,",
    "which opens next week.", "The Press: When exactly?", "Ms. Lane: On Tuesday.",
    "It is a long story, and the board", "has met on it many times", "over the summer."]


def test_a_subtitle_files_titled_labels_are_labels(tmp_path: Path) -> None:
    # a briefing's subtitles label the spokesman "Mr. Earnest:" and the room "The Press:"
    # in a few of many cues: both stayed words, and the turns were guessed
    path = tmp_path / "briefing.srt"
    path.write_text(srt(BRIEFING_CUES))
    t = clean(read(path))
    assert _turns(t) == ["Ms. Lane", "The Press", "Ms. Lane", "The Press", "Ms. Lane"], t.turns
    assert "Press:" not in t.text and "Lane:" not in t.text, t.text
    _traced(t, path.read_text())


def test_a_subtitle_files_label_shapes_without_a_title_stay_text(tmp_path: Path) -> None:
    # no titled name given twice: "The Answer:" and "Update:" opening a few cues stay words
    cues = ["The Answer: We can do that.", "The first thing is the harbour,",
            "and the new pier on the east side,", "which opens next week.",
            "The Answer: it is Tuesday.", "Update: the board met again.",
            "It is a long story,", "over the summer.", "Mr. Lane: Good."]
    path = tmp_path / "notes.srt"
    path.write_text(srt(cues))
    t = clean(read(path))
    assert "The Answer" not in _turns(t) and "Mr. Lane" not in _turns(t), t.turns
    assert "Answer:" in t.text and "Update:" in t.text, t.text


FILM_PAGE = (
    "The Long Pier\nprev.\nnext.\n\n"
    ":12:00\nThe ferry leaves at noon. It\nalways does, rain or shine.\n\n"
    ":12:04\nWe waited on the pier\nfor an hour.\n\n"
    ":12:09\nNobody came.\n"
    ":12:11\nThen the bell rang\nand the boat turned in.\n\n"
    ":12:15\nIt was late again, as it is\nevery Tuesday in the winter.\n")


def test_a_films_captions_under_times_without_hours_are_timed() -> None:
    # a site shows a film's captions each under its time with the hours left out (":49:04"
    # alone on its line): every time stayed a word (":49:04 Jackson gets it"), the site's
    # links above read as speech, and a cue's two lines split into two sentences
    t = clean(FILM_PAGE)
    assert ":12" not in t.text and "12:0" not in t.text, t.text
    assert t.text.startswith("The ferry leaves at noon. It always does"), t.text
    assert "the pier for an hour." in t.text, t.text
    stamps = [e for e in t.corrections if e.rule == "cue-time"]
    assert len(stamps) == 5 and all(e.original.startswith(":12:") for e in stamps), stamps
    assert abs(t.cues[0].start - 720.0) < 0.5, t.cues
    _traced(t, FILM_PAGE)


def test_times_alone_on_lines_with_their_hours_or_few_stay_as_they_were() -> None:
    # a clock alone on its line ("12:04") may be a clock's: no page of stamped lines; and
    # two times without hours are too few
    for page in ("12:00\nThe ferry leaves at noon.\n12:04\nWe waited on the pier.\n"
                 "12:09\nNobody came.\n12:11\nThen the bell rang.\n",
                 ":12:00\nThe ferry leaves at noon.\n:12:04\nWe waited on the pier.\n"
                 "Nobody came. Then the bell rang.\nIt was late again.\n"):
        t = clean(page)
        assert not [e for e in t.corrections if e.rule == "cue-time"], (page, t.corrections)


def test_a_stamped_lines_words_are_spoken_after_its_time_not_at_it() -> None:
    # every word of a line stamped with its time into the programme stood at that instant
    # (each word's start and end the same), so its cues showed words before they were said
    page = ("00:10 Good morning, and welcome to the harbour service this morning.\n"
            "00:20 We begin with the reading from the first book.\n"
            "00:24 Then we sing together.\n"
            "01:10 Thank you all for coming today.\n")
    t = clean(page)
    words = [w for w in t.document.tokens if w.kind == "word"]
    times = t.document.times
    index = {id(x): k for k, x in enumerate(t.document.tokens)}
    first, last = index[id(words[0])], index[id(words[9])]
    assert abs(times.starts[first] - 10.0) < 0.01, times.starts[first]
    # the first line's words run on from 00:10 (at a speaking rate), not all at 10.0 s
    assert 12.0 < times.ends[last] < 20.0, times.ends[last]
    # the short line before a long silence is spoken at that rate, not stretched to 01:10
    three = index[id(words[-7])]  # "together"
    assert times.ends[three] < 30.0, times.ends[three]


def test_a_video_sites_times_written_against_the_first_word_are_times() -> None:
    # a video site's transcript view writes each line's time against its first word
    # ("00:13la noche"): every time stayed glued to a word, the description above read
    page = ("Watch the late news from the harbour.\nTranscript\n"
            "00:00good evening, and welcome to the late news on a cold night.\n"
            "00:13the ferry left the harbour at noon and has not come back.\n"
            "00:43Officials say the crew of six are safe.\n"
            "01:09Now the weather.\n")
    t = clean(page)
    assert t.text == ("Good evening, and welcome to the late news on a cold night. The ferry "
                      "left the harbour at noon and has not come back. Officials say the crew "
                      "of six are safe. Now the weather."), t.text
    _traced(t, page)
    # a clock with its am or pm glued on ("5:30am") opening lines stays text
    t = clean("The first boat leaves at\n5:30am every day.\n6:00pm is the last one.\n"
              "7:15am and 8:00am on Sundays.\n")
    assert "5:30am" in t.text and "6:00pm" in t.text and "7:15am" in t.text, t.text


def test_our_text_of_titled_labels_reads_back_the_same(tmp_path: Path) -> None:
    # a second clean of the briefing's text ("Mr. Earnest: ...", "The Press: ...") lost
    # the labels and ran the turns together: a titled name's label, and a group's beside it
    path = tmp_path / "briefing.srt"
    path.write_text(srt(BRIEFING_CUES))
    text = clean(read(path)).to_text()
    again = clean(text)
    assert again.to_text() == text, (text, again.to_text())
    # "The" and a word before a colon twice, with no titled name, stays text
    page = ("We met at noon. The Plan: we sail at six. The boat is ready.\n\n"
            "Then we ate. The Plan: we sail at seven. Nobody minds.\n")
    t = clean(page)
    assert "The Plan" not in _turns(t) and t.text.count("Plan:") == 2, t.text
