"""Regressions from the qa35 audit (readable text and captions on fresh archive pages: a
late-night show, interview programmes on a cancer book, local newscasts of 2010-2011, a cable
afternoon show), each on constructed text of the shape a page showed;
`tests/data/qa35/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import clean


def test_a_cut_word_completed_at_the_page_end_ends_no_sentence() -> None:
    # "house republicans sensibly went grea" (the excerpt's end) read "went great.", "this
    # area of south americ" read "South America.": the excerpt stopped inside the word
    doc = clean("4:01 pm\n>> the members said it was a wonderfu")
    assert doc.text.endswith("was a wonderful…"), doc.text
    # the same slip before more text, or with a stop written after it, ends as before
    doc = clean("4:01 pm\n>> the members said it was a wonderfu day.")
    assert "was a wonderful day." in doc.text, doc.text
    doc = clean("4:01 pm\n>> the members said it was a wonderfu.")
    assert doc.text.endswith("was a wonderful."), doc.text


def test_the_page_ending_on_during_is_cut_off() -> None:
    # "at annapolis man was assaulted during" (the excerpt's end) read "during."
    text = clean("5:02 pm\n>> a local teacher was injured during").text
    assert text.endswith("during…"), text
    text = clean("5:02 pm\n>> a local teacher was injured. the trail runs between").text
    assert text.endswith("between…"), text


def test_a_credit_whose_sponsor_runs_into_speech_ends_before_it() -> None:
    # "11:03 pm\ncaptioning sponsored by rose communications from our studios in new york
    # city, this is charlie rose." kept the credit in the anchor's words
    doc = clean("10:03 pm\nwe will be back.\n10:04 pm\ncaptioning sponsored by acme media "
                "from our studios in boston, this is the evening hour.\n")
    assert "aption" not in doc.text and "acme" not in doc.text.lower(), doc.text
    assert "From our studios in Boston, this is the evening hour." in doc.text, doc.text
    credit = [e for e in doc.corrections if e.rule == "caption-credit"]
    assert [e.original for e in credit] == ["captioning sponsored by acme media"], credit
    # words about captions inside speech stay
    doc = clean("10:03 pm\nshe said the captioning provided by volunteers from the town "
                "was good.\n")
    assert "captioning provided by volunteers from the town" in doc.text, doc.text


def test_a_surname_cased_after_a_title_is_cased_alone() -> None:
    # "dr. siddhartha mukherjee ... kahn, greitens, mukherjee and farmer" and "president
    # obama ... one obama": the name alone stayed lowercase
    doc = clean("9:00 pm\n>> our guest is dr. ravindra banerjee of the clinic. later, "
                "banerjee and others on the news.\n")
    assert "Later, Banerjee and others" in doc.text, doc.text
    doc = clean("9:00 pm\n>> what we saw was one obama against the rest. president obama "
                "spoke today.\n")
    assert "one Obama against" in doc.text, doc.text
    # a title before a word English writes in lowercase too does not case it alone
    doc = clean("9:00 pm\n>> governor brown spoke today. we saw the brown hills burn.\n")
    assert "saw the brown hills" in doc.text, doc.text


def test_a_voice_named_by_its_role_in_brackets_opens_a_turn() -> None:
    # "you get 10% off your groceries. [ male announcer ] save 10% on your groceries ..." (an
    # ad's announcer after its scene) stayed in the one turn with the scene's voice
    doc = clean("8:00 pm\n>> see you at the corner store. and bring a friend. [ male announcer ] "
                "two coffees for the price of one. corner store, open late.\n"
                ">> reporter: we are live downtown.\n")
    texts = doc.to_text().split("\n\n")
    assert texts[0] == "Speaker 1: See you at the corner store. And bring a friend.", texts
    assert texts[1].startswith("Speaker 2: Two coffees for the price of one."), texts
    assert doc.turns[1].label is None and "nnouncer" not in doc.text, doc.turns
    tag = [e for e in doc.corrections if e.rule == "voice-tag"]
    assert [e.original for e in tag] == ["[ male announcer ]"], tag
    # a sound cue that names no voice opens no turn
    doc = clean("8:00 pm\n>> see you at the corner store. [ door slams ] and bring a friend.\n")
    assert len(doc.turns) == 1, doc.to_text()


def test_an_article_before_a_garbled_name_stays() -> None:
    # "a man who won a litzer prize for cancer" with Pulitzer Prize listed read "won Pulitzer
    # Prize": the sound match took the article into the garble
    doc = clean("5:00 pm\n>> she later won a litzer prize for the series.\n",
                names=["Pulitzer Prize"])
    assert "won a Pulitzer Prize for" in doc.text, doc.text
    edit = [e for e in doc.corrections if e.replacement == "Pulitzer Prize"]
    assert [e.original for e in edit] == ["litzer prize"], edit
    # the article the captioner split off a name's first vowel goes with the name
    doc = clean("5:00 pm\n>> the flight from a merica landed.\n", names=["America"])
    assert "from America landed" in doc.text, doc.text


def test_a_name_no_list_holds_is_not_merged_with_a_function_word() -> None:
    # "cilic in" (a dev page's tennis player) read "silicone"; "ganguly and" read "gangland"
    for text, name in (("we saw cilic in the final.", "cilic"),
                       ("later, ganguly and others spoke.", "ganguly")):
        doc = clean("9:00 pm\n>> " + text + "\n")
        assert name in doc.text.lower(), doc.text
        assert not any(e.rule == "sound-merge" for e in doc.corrections), doc.corrections
    # a long word split by the recogniser is still joined
    assert "improvisational" in clean("9:00 pm\n>> it was im provozational.\n").text
