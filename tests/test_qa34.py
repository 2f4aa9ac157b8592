"""Regressions from the qa34 audit (readable text and captions on fresh archive pages: news
magazines, a Sunday-morning magazine, State of the Union coverage), each on constructed text of
the shape a page showed; `tests/data/qa34/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import clean


def test_music_notes_alone_in_parentheses_go_with_their_parentheses() -> None:
    # "self control. ( ♪♪ ) roz ..." read "Self control. ( ) Roz": the notes went, the
    # parentheses stayed
    doc = clean("7:01 pm\n>> no, no, no. hands off. ( \u266a\u266a ) the lunch crowd came. "
                "(\u266a) then we left.\n")
    assert "(" not in doc.text and ")" not in doc.text, doc.text
    assert "Hands off. The lunch crowd came. Then we left." in doc.text, doc.text
    assert any(e.original == "( \u266a\u266a )" for e in doc.corrections)
    # a word spaced in parentheses stays
    assert "( the )" in clean("he said ( the ) plan is set.").text


def test_a_letter_glued_to_a_decoder_box_goes_with_it() -> None:
    # "8:00 pm\n■m [captions copyright ...] announcer: ..." opened the text with "M"
    doc = clean("8:00 pm\n\u25a0m [captions copyright acme corp. 2024] announcer: welcome to "
                "the show. we have \u25a0a plan.\n")
    assert doc.text.startswith("Welcome to the show."), doc.text
    assert " M " not in doc.text and not doc.text.startswith("M"), doc.text


def test_initials_open_a_speaker_label() -> None:
    # ">> j.t. holmes: go" stayed in the text ("J.T. holmes: go."), the label unread
    doc = clean("7:01 pm\n>> kroft: you can do it! >> a.j. miller: go for it now. "
                ">> we did it.\n")
    labels = [t.label for t in doc.turns]
    assert "A.J. Miller" in labels, labels
    assert "miller:" not in doc.text.lower(), doc.text
    # initials further in a label candidate still end a sentence there
    doc = clean("7:01 pm\n>> we flew in from the u.s. anna: should have gone.\n")
    assert "Anna" in [t.label for t in doc.turns], [t.label for t in doc.turns]


def test_a_sponsor_s_slogan_goes_with_its_caption_credit() -> None:
    # "captioning made possible by johnson & johnson, where quality products ... generations
    # >> osgood:" left ", Where quality products ..." as a turn
    doc = clean("9:00 am\ncaptioning made possible by smith & jones, where fine tools for the "
                "american home have been made for decades >> anna: good morning.\n")
    assert doc.text == "Good morning.", doc.text
    doc = clean("9:00 am\ncaptioning made possible by acme, where we build. >> anna: hello.\n")
    assert doc.text == "Hello.", doc.text
    # a clause with a sentence of speech after it is left
    doc = clean("9:00 am\ncaptioning made possible by acme, where we build. we sing too "
                ">> anna: hello.\n")
    assert "We sing too" in doc.text, doc.text


def test_the_page_ending_on_to_or_a_subject_is_cut_off() -> None:
    # "followed by your phone call reactions to" (the excerpt's end) read "reactions to."
    text = clean("you will see it all here, followed by your phone call reactions to").text
    assert text.endswith("reactions to…"), text
    text = clean("these are the people who told us that we").text
    assert text.endswith("that we…"), text


def test_a_turn_that_introduces_another_speaker_does_not_take_the_anchor_s_name() -> None:
    # the anchor's id, named by "good morning, this is charles osgood", labelled a
    # correspondent's "i'm martha teichner, what rhymes ..." "Charles Osgood"
    raw = ("9:00 am\n>> good morning. this is nora blake. we have a lot today. "
           ">> what a show. >> thanks, nora. >> good morning, this is nora blake. "
           ">> i'm dana whitfield, and i have the weather for you. "
           ">> almost fifty years on the air. >> good morning, this is nora blake.\n")
    text = clean(raw).to_text()
    assert "Nora Blake: I'm Dana Whitfield" not in text, text
    assert "I'm Dana Whitfield" in text, text


def test_a_listed_name_of_everyday_words_does_not_replace_other_everyday_words() -> None:
    # with "Senate" and "State of the Union" listed: "the state of our union is strong" read
    # "the State of the Union is strong", "the politics of tonight" "of Senate" (and, on the
    # page, "senator marco rubio" "Senate Marco Rubio")
    names = ["C-SPAN", "State of the Union", "Washington", "Senate", "House", "Supreme Court",
             "Facebook", "Twitter", "Capitol Hill", "Statuary Hall", "Marco Rubio | Rubio",
             "Florida", "GOP"]
    raw = ("8:00 pm\n>> it is because of our workers that our future is bright and the state "
           "of our union is strong. >> in the next hour we talk about the traditions and "
           "politics of tonight, as we set the stage. we will watch the house and senate "
           "gather on capitol hill. at about 8:20 the senate will go into session. at 8:35 the "
           "house follows. somewhere around ten, senator marco rubio of florida will give the "
           "gop response.\n")
    doc = clean(raw, names=names)
    assert "the state of our union is strong" in doc.text.lower(), doc.text
    assert "politics of tonight" in doc.text, doc.text
    assert "Senator Marco Rubio" in doc.text, doc.text
    assert "the Senate will go into session" in doc.text, doc.text
    assert "GOP" in doc.text, doc.text
    assert not [e for e in doc.corrections if e.kind == "name"], doc.corrections
