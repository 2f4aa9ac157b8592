"""Regressions from the qa41 audit (readable text and captions on fresh real pages of new
kinds: parliamentary records, an earnings call's transcript, a podcast's WebVTT with voice
tags, a learners' programme's captions set as a list), each on constructed text of the shape
a page showed; `tests/data/qa41/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.transcript import Transcript


def _traced(t: Transcript, source: str) -> None:
    assert all(source[e.start:e.end] == e.original for e in t.corrections)


ASIDES = ("The council agreed that the works (so long as the budget allows) will begin "
          "in spring. Its surveyor said the bridge was sound (for all that anyone could "
          "see), and the vote was carried.\n")


def test_a_writers_aside_in_parentheses_is_kept() -> None:
    # a parliamentary record's "shall (so far as not previously concluded) be brought" was
    # removed whole as a sound description: six words lost
    t = clean(ASIDES)
    assert "works (so long as the budget allows) will begin" in t.text, t.text
    assert "sound (for all that anyone could see), and" in t.text, t.text
    assert not [e for e in t.corrections if e.rule == "sound-cue"]
    _traced(t, ASIDES)


def test_sound_descriptions_in_parentheses_still_go() -> None:
    # after a sentence's end, short, heard (a noun or a verb first, or an article), or in
    # a lowercase caption line: still sound cues
    for text, cue in (
            ("Shall we start, then? (crowd murmuring and laughing) Good evening.\n",
             "murmuring"),
            ("He told the jury (laughs) that he was sorry.\n", "laughs"),
            ("He told the jury (the gallery gasping) that he was sorry.\n", "gallery"),
            ("He told the jury (speaking in spanish) that he was sorry.\n", "spanish"),
            ("and then (so much applause) we went home\n", "applause")):
        t = clean(text)
        assert cue not in t.text, (text, t.text)
        assert "(" not in t.text, t.text


def test_a_figure_before_a_month_keeps_its_figures() -> None:
    # "Wednesday 6th March 2013", "Thursday 1st February" (a British record's dates) read
    # "sixth March", "first February"
    text = "The hearing on Tuesday 4th November was moved to the 2nd December.\n"
    t = clean(text)
    assert "Tuesday 4th November" in t.text and "the 2nd December" in t.text, t.text
    _traced(t, text)
    # a figure before a word that is no month, or before a lowercase "may" or "march"
    # (a verb, a noun), is still the ordinal in words
    t = clean("the 3rd round ended and the 2nd may follow soon after the 1st march ends\n")
    assert "third round" in t.text and "second may follow" in t.text, t.text
    assert "first march" in t.text, t.text


BULLETED = "".join(f"  \u2022 {line}\n\n" for line in (
    "Welcome back to Garden Hour,", "I'm Priya. And I'm Tom.", "Today we're planting",
    "winter onions in raised beds.", "First you need a sunny spot,", "some compost, and",
    "a little patience."))


def test_a_page_of_caption_lines_set_as_a_list_loses_its_bullets() -> None:
    # a learners' programme's captions, each line a list item ("  • from BBC Learning
    # English."): 41 bullets were kept as words
    t = clean("Video page\n\n" + BULLETED)
    assert "\u2022" not in t.text, t.text
    assert "winter onions in raised beds" in t.text, t.text
    _traced(t, "Video page\n\n" + BULLETED)


def test_a_list_pages_heading_above_its_first_item_is_chrome() -> None:
    # "Placeholder Image / Subtitles section Play video" above the list was read as the
    # first presenter's words
    text = "Garden Hour video\n\nSubtitles   Play video\n\n" + BULLETED
    t = clean(text)
    assert "Play video" not in t.text and "Garden Hour video" not in t.text, t.text
    assert t.text.startswith("Welcome back to Garden Hour"), t.text
    # a page whose bulleted lines are fewer than half of its lines keeps its text above
    prose = ("The council met tonight and voted on the budget after a long debate.\n\n"
             + "".join(f"\u2022 item {n}\n\nA line of prose number {n}.\n\n"
                       for n in range(5)) + "More prose here.\n\nAnd a last line.\n")
    assert "The council met tonight" in clean(prose).text, clean(prose).text


def test_a_few_bullets_in_a_menu_stay() -> None:
    # a menu's few items above a transcript are no list of caption lines: left as they were
    text = ("  \u2022 Download\n  \u2022 Share\n\nGood evening. The council met tonight "
            "and voted on the budget. It passed by a wide margin after a long debate. "
            "Residents spoke for two hours. The mayor thanked them all.\n")
    t = clean(text)
    assert t.text.count("\u2022") == 2, t.text


RECORD = ("Orders of the Day\n\nThe clause was read a second time.\n\n"
          "Mrs. Ellen Hartigan (Northfield)\n\n"
          "May I ask the Minister when the report on rural buses will be published?\n\n"
          "Dr. Okafor\n\n"
          "I expect it before the summer. The consultation closed last month, and we are "
          "reading every response.\n\n"
          "Mrs. Ellen Hartigan\n\n"
          "I am grateful to him for that answer.\n")


def test_a_parliament_records_titled_names_alone_on_their_lines_are_labels() -> None:
    # a historic parliamentary record sets "Mr. Hanson" alone above the member's speech: the
    # labels were kept as words and the two members' words ran into one turn
    t = clean(RECORD)
    out = t.to_text()
    assert "Mrs. Ellen Hartigan: May I ask" in out, out
    assert "Dr. Okafor: I expect it" in out, out
    assert "Mrs. Ellen Hartigan: I am grateful" in out, out
    assert "(Northfield)" not in out and "Hartigan May" not in out
    _traced(t, RECORD)


def test_a_lone_titled_line_or_a_list_of_names_is_no_label() -> None:
    # one such line (a heading) and names listed one a line (a list of those present) stay
    once = "Dr. Okafor\n\nI expect the report before the summer, and we are reading it.\n"
    assert "Okafor: I" not in clean(once).to_text(), clean(once).to_text()
    assert "Okafor" in clean(once).text
    listed = ("Present:\n\nMr. Tom Reyes\n\nMrs. Ana Pike\n\nDr. Lee Moss\n\nApologies were "
              "received from two members of the board.\n\nMr. Tom Reyes\n\nMrs. Ana "
              "Pike\n\nThe minutes were approved.\n")
    out = clean(listed).to_text()
    assert out.count("Reyes") == 2 and out.count("Pike") == 2 and "Moss" in out, out
    assert "Moss:" not in out and "Reyes:" not in out and "Pike:" not in out, out


DIALOGUE = ("– Read me the clause again, because it matters.\n\n– It says, “The tenant keeps "
            "the keys.”\n\n– That sounds fair now.\n\n– Good. Shall I go on?\n")


def test_a_dialogues_dashes_go_at_the_texts_start_and_after_a_closing_quote() -> None:
    # a film's subtitles set as text, each line opened by "– ": the dashes after a line
    # ending in a quotation's stop ("... first part.” – Sounds better") and the first
    # line's were kept while every other went
    t = clean(DIALOGUE)
    assert "\u2013" not in t.text, t.text
    assert t.text.startswith("Read me the clause"), t.text
    assert "keys.” That sounds" in t.text.replace("\n\n", " "), t.text
    _traced(t, DIALOGUE)


def test_a_dash_after_a_quote_inside_a_sentence_stays() -> None:
    # no stop before the quote's close: the dash still joins two parts of the sentence
    text = "She called it “the plan” \u2013 and nobody on the board laughed at all.\n"
    assert "“the plan” \u2013 and nobody" in clean(text).text, clean(text).text


CALL = ("Harbor Foods Q2 Earnings Call\n\nExecutives\n\nWalter Brandt - Chief Executive "
        "Officer\n\nOperator\n\nGood day and welcome to the Harbor Foods second quarter call. "
        "All lines are muted. I would now like to turn the call over to Walter Brandt. Please "
        "go ahead.\n")


def test_an_earnings_calls_operator_alone_on_a_line_is_a_label() -> None:
    # an earnings call's transcript sets "Operator" alone above the operator's words: the
    # word was kept in the text and two voice changes were guessed inside the opening
    out = clean(CALL).to_text()
    assert "Operator: Good day and welcome" in out, out
    assert "Operator Good day" not in out
    # the call's heading above the first label is page chrome (qa42), logged, not said
    assert out.count(":") == 1 and "Harbor Foods Q2" not in out, out
    assert any(e.rule == "page-chrome" and e.original.startswith("Harbor Foods Q2")
               for e in clean(CALL).corrections)
    assert clean(out).to_text() == out  # our "Operator:" reads back as the label it is


def test_a_role_word_heading_over_no_speech_stays() -> None:
    # "Operator" over a name and a title (no sentence), or inside a paragraph, is no label
    text = ("Contacts\n\nOperator\n\nNina Park - Harbor Switchboard\n\nThe switchboard "
            "opens at nine and closes at five on weekdays.\n")
    assert "Operator: " not in clean(text).to_text(), clean(text).to_text()
    text = ("The call was late.\nOperator\n\nGood day and welcome to the Harbor Foods "
            "second quarter call.\n")
    assert "Operator: " not in clean(text).to_text(), clean(text).to_text()


TIMED = ("Transcript\nSpeaker 1 (00:05):\nWelcome back to the garden hour.\nSpeaker 2 (00:09):\n"
         "Thanks. Today we plant onions, and we start with the\nsoil, which has to be loose\n"
         "(01:12):\nand well drained before anything goes in.\nSpeaker 1 (01:20):\nGood to know.\n")


def test_a_time_alone_inside_a_timed_turn_is_its_time() -> None:
    # a podcast service's transcript marks "(01:10):" on a line of its own inside a long
    # turn: it was kept as words and the words after it were not timed from it
    t = clean(TIMED)
    out = t.to_text()
    assert "(01:12)" not in out and "loose and well drained" in out, out
    assert out.count("Speaker 2:") == 1, out
    cue = next(c for c in t.cues if "drained" in c.text)
    assert cue.start >= 72.0, (cue.start, cue.text)
    _traced(t, TIMED)


def test_a_time_alone_on_a_page_without_timed_labels_stays() -> None:
    # no timed label on the page: a bracketed time alone is the text's (as before)
    text = "The race started at\n(01:12):\nand the leaders broke away early on the climb.\n"
    assert "(01:12)" in clean(text).text, clean(text).text


def test_a_writers_closed_em_dash_before_a_clause_stays() -> None:
    # "niet begrijpen—we spreken" (a post's closed em dash) read "begrijpen-we": the dash
    # before a subject pronoun or a conjunction is the writer's, no compound's hyphen
    text = ("The delay had nothing to do with money—they had plenty—but with the weather, "
            "and the crew knew it.\n")
    t = clean(text)
    assert "money—they had plenty—but with" in t.text, t.text
    assert not [e for e in t.corrections if e.rule == "dash-in-word"]


def test_a_compounds_em_dash_is_still_a_hyphen() -> None:
    # lowercase captions' compounds set with an em dash still take the hyphen
    t = clean("a three hour—long meeting of so—called experts and a two—year—old\n")
    assert "three hour-long meeting of so-called experts" in t.text, t.text
    assert "two-year-old" in t.text, t.text
