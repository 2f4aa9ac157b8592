"""Regressions from qa42: what stands above the speech on a written transcript page (its
heading, date, summary, lists of names, a notice in capitals, a "return to" link) is page
chrome, not a first speaker's words; a network's credited label ("ANA RUIZ, KXYZ
ANCHOR:"). Constructed text of the pages' shapes (an earnings call's, a TV transcript
site's, a hearing's, a podcast's, a news network's)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.transcript import Transcript


def _traced(t: Transcript, source: str) -> None:
    assert all(source[e.start:e.end] == e.original for e in t.corrections)


def _chrome(t: Transcript) -> list[str]:
    return [e.original for e in t.corrections if e.rule == "page-chrome"]


SPEECH = ("spk01: Welcome to the call. All lines are muted for now. Please stand by.\n"
          "spk02: Thank you. Sales rose in every region this quarter. We expect more of "
          "the same next year.\n"
          "spk01: Thank you. The first question comes from the line of Dana Ortiz.\n")
CALL = ("Harbor Widgets Inc.\n\nQ3 2031 Quarterly Results Call\n\n11/2/2031\n\n" + SPEECH)


def test_an_earnings_calls_heading_above_its_first_label_is_chrome() -> None:
    t = clean(CALL)
    text = t.to_text(speaker_labels=True)
    assert "Quarterly" not in text and "2031" not in text and "Harbor" not in text, text
    assert text.startswith("Spk01: Welcome to the call."), text
    assert _chrome(t) == ["Harbor Widgets Inc.", "Q3 2031 Quarterly Results Call",
                          "11/2/2031"]
    assert [turn.display_name for turn in t.turns][:2] == ["Spk01", "Spk02"]
    _traced(t, CALL)


def test_a_heading_with_a_sentence_or_a_speakers_words_stays() -> None:
    # a line ending its sentence, or with "I'm", or a greeting mostly in lowercase: words
    for first in ("Ladies And Gentlemen, The Governor Of Ohio.",
                  "Welcome To Night Court, I'm Tom Reed",
                  "Good evening and welcome to the show"):
        t = clean(first + "\n\n" + SPEECH)
        assert t.text.startswith(first.split(",")[0].split(" and")[0]), t.text
        assert not _chrome(t), t.corrections
    # a paragraph one of whose lines ends a sentence stays whole
    para = "Harbor Widgets Inc.\nThe call opened at nine. It ran an hour.\n\n"
    t = clean(para + SPEECH)
    assert "Harbor Widgets" in t.text and not _chrome(t), t.text


def test_no_chrome_on_a_caption_page_or_without_structure() -> None:
    # lowercase captions without stops: their first lines are speech, never a heading
    caps = ("good evening everyone\nTonight In Ohio\n>> anna: the storm moved east\n"
            ">> tom: and the roads are open\n")
    t = clean(caps)
    assert "Ohio" in t.text or "ohio" in t.text.lower(), t.text
    assert not _chrome(t)
    # a page with no label, marker or time: nothing to stand above
    plain = "Q3 2031 Quarterly Results Call\n\nSales rose. Costs fell. We are glad.\n"
    t = clean(plain)
    assert "Quarterly" in t.text and not _chrome(t), t.text


def test_a_title_read_as_a_label_and_a_notice_in_capitals() -> None:
    page = ("Night Shift: Stories From The Ward\n\n"
            "THIS RECORD MAY CONTAIN ERRORS OF TRANSCRIPTION.\n\n"
            "MARTA DIAZ: Hello and welcome. Tonight we talk to nurses. They work late.\n\n"
            "JON PARK: Thanks, Marta. It is good to be here. The nights are long.\n\n"
            "MARTA DIAZ: Tell us about the first shift. What was it like?\n")
    t = clean(page)
    text = t.to_text(speaker_labels=True)
    assert text.startswith("MARTA DIAZ: Hello and welcome."), text
    assert "Night Shift" not in text and "TRANSCRIPTION" not in text.upper(), text
    assert [turn.display_name for turn in t.turns] == ["MARTA DIAZ", "JON PARK",
                                                       "MARTA DIAZ"]
    _traced(t, page)
    # a page in capitals: the notice is its text's case, so no cased prose below it
    upper = page.upper()
    t = clean(upper)
    assert "TRANSCRIPTION" in t.text.upper(), t.text


def test_a_list_of_names_above_a_hearings_first_label() -> None:
    page = ("APRIL 2, 1961\nPrinted for the use of the Committee on Roads and Canals\n\n"
            "ANNA B. WELLS, Oregon, Chairman\nTOMAS R. GRAY, Idaho\n\n"
            "Mr. REED. The committee will come to order. We meet on the canal bill.\n"
            "Mr. HALE. Thank you. I have a short statement. It is in the record.\n"
            "Mr. REED. Go ahead, please. Take your time.\n")
    t = clean(page)
    assert "Chairman" not in t.text and "Idaho" not in t.text and "1961" not in t.text, \
        t.text
    assert "The committee will come to order." in t.text, t.text
    _traced(t, page)


def test_a_networks_credited_label_and_a_return_link() -> None:
    page = ("Return to Transcripts main page\n\nEvening Report\n\n"
            "ANA RUIZ, KXYZ ANCHOR: Good evening. The bridge is closed tonight. "
            "Crews are on site.\n\n"
            "TOM LEE, KXYZ CORRESPONDENT: Thanks, Ana. The work runs until Friday. "
            "Drivers should plan ahead.\n")
    t = clean(page)
    text = t.to_text(speaker_labels=True)
    assert text.startswith("ANA RUIZ: Good evening."), text
    assert "Return" not in text and "KXYZ" not in text, text
    assert [turn.display_name for turn in t.turns][:2] == ["ANA RUIZ", "TOM LEE"]
    # a role that is no speaker's role after the comma: not a label
    t = clean("ANA RUIZ, KXYZ PLUMBER: the pipe is fixed.\n")
    assert "PLUMBER" in t.text.upper(), t.text


EXPORTED = ("Night Shift, Episode 4\n\nMarch 3, 2031\n\n"
            "Marta Diaz 00:00:02\nHello and welcome. Tonight we talk to nurses.\n\n"
            "Jon Park 00:00:15\nThanks, Marta. The nights are long.\n\n"
            "Marta Diaz 00:01:05\nTell us about the first shift.\n")


def test_a_name_and_its_time_alone_on_a_line_is_a_timed_label() -> None:
    t = clean(EXPORTED)
    text = t.to_text(speaker_labels=True)
    assert text.startswith("Marta Diaz: Hello and welcome."), text
    assert "00:0" not in text and "Episode" not in text and "2031" not in text, text
    assert [turn.display_name for turn in t.turns] == ["Marta Diaz", "Jon Park",
                                                       "Marta Diaz"]
    assert any(abs(c.start - 15.0) < 0.01 for c in t.cues), t.cues
    _traced(t, EXPORTED)


def test_a_time_ending_a_caption_line_is_no_label() -> None:
    # capitals alone, or one such line, or times going back: words as before
    for page in ("TONIGHT AT 10:30\nthe storm moves east\nSTAY WITH US 11:00\nmore news\n",
                 "Marta Diaz 00:00:02\nHello and welcome. Tonight we talk to nurses.\n",
                 "Marta Diaz 00:05:02\nHello.\nJon Park 00:00:15\nThanks, Marta.\n"):
        t = clean(page)
        assert not any(e.rule == "cue-time" for e in t.corrections), (page, t.corrections)


def test_a_copyright_footer_below_the_last_turn_is_chrome() -> None:
    footer = ("\n\nCopyright \u00a9 2031 KXYZ Radio. All rights reserved. Visit our terms "
              "of use page for further information.\n")
    t = clean(SPEECH + footer)
    assert "Copyright" not in t.text and "terms" not in t.text, t.text
    assert t.text.endswith("Dana Ortiz."), t.text
    assert any(e.rule == "page-chrome" and e.original.startswith("Copyright")
               for e in t.corrections)
    _traced(t, SPEECH + footer)
    # said inside a turn, or on a page with no turn, it stays words
    said = SPEECH + "spk02: Copyright law since 1998 has changed a lot.\n\nCopyright law "
    said += "since 1998 has changed. We follow it.\n"
    assert "Copyright law" in clean(said).text and "We follow it." in clean(said).text
    assert "Copyright" in clean("Copyright 2031 KXYZ Radio. All rights reserved.\n").text


def test_a_page_crediting_its_speakers_in_capitals_reads_every_such_credit() -> None:
    page = ("ANA RUIZ, KXYZ ANCHOR: Good evening. The bridge is closed tonight.\n\n"
            "TOM LEE, EYEWITNESS TO FLOOD: The water came up fast. We left at once.\n\n"
            "BO PARK, KXYZ METEOROLOGIST: More rain comes on Friday. Stay inside.\n")
    t = clean(page)
    assert [turn.display_name for turn in t.turns] == ["ANA RUIZ", "TOM LEE", "BO PARK"], \
        t.to_text(speaker_labels=True)
    # one such credit alone, or none with a speaker's role: the unknown role stays words
    for alone in ("TOM LEE, EYEWITNESS TO FLOOD: The water came up fast.\n",
                  "TOM LEE, EYEWITNESS: The water came up fast.\n"
                  "BO PARK, KXYZ METEOROLOGIST: More rain comes on Friday.\n"):
        assert "EYEWITNESS" in clean(alone).text.upper(), clean(alone).text


def test_a_later_chunks_top_is_no_heading() -> None:
    from transcript_tools.readers.broadcast import parse_broadcast
    page = "Q3 2031 Quarterly Results Call\n\n" + SPEECH
    words = [t.text for t in parse_broadcast(page).tokens]
    assert "Quarterly" not in words and "Welcome" in words, words
    words = [t.text for t in parse_broadcast(page, fragment=True).tokens]
    assert "Quarterly" in words, words
