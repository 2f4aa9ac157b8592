

def test_a_stop_typed_twice_after_a_word_is_one() -> None:
    # qa14 audit (CNBC 2009): "i've got 35 cents from 2.. >> that's deere"; a dev page:
    # "a life jacket.. the south korean" read on as one sentence
    from transcript_tools import clean

    assert clean("he wore a life jacket.. the rescue went on.").text == (
        "He wore a life jacket. The rescue went on.")
    # an ellipsis stays as written; a stop after an abbreviation's is no stop typed twice
    # here: the sentence stage reads the end from it and ends on the abbreviation's own
    # (qa67), the next word still opening a sentence
    assert "U.S. The" in clean("the former u.s.. the evidence is clear.").text
    assert "Well... I think" in clean("well... i think so.").text


def test_half_a_speaker_marker_after_a_stop_goes() -> None:
    # qa15 audit (NBC's morning show 2011): "reportedly escalating. > whiteout. a powerful
    # blizzard" kept the ">" as a word of the text; between words, a ">" is the speaker's
    from transcript_tools import clean

    t = clean("the violence is escalating. > whiteout. a blizzard blows through.")
    assert t.text == "The violence is escalating. Whiteout. A blizzard blows through."
    assert [e.rule for e in t.document.edits if e.original == ">"] == ["marker-fragment"]
    assert clean("> good morning. it is cold.").text == "Good morning. It is cold."
    assert "x > y" in clean("we know that x > y in this case.").text


def test_a_mark_glued_to_removed_noise_joins_its_word() -> None:
    # make fuzz (ux11's left): "we said \x1b, yes" read "We said , yes." (the control
    # character went as line noise, its mark stayed apart) and cleaned again "We said, yes."
    from transcript_tools import clean

    for source, want in (("the crew said \x1b, yes we can\n", "The crew said, yes we can."),
                         ("the crew said\x07, yes we can\n", "The crew said, yes we can."),
                         ("the tide turned \u25a0. then we sailed\n",
                          "The tide turned. Then we sailed.")):
        t = clean(source)
        assert t.text == want, source
        assert clean(t.text).text == t.text, source
        assert all(t.source[c.start:c.end] == c.original for c in t.corrections)
    # negatives: a colon after a figure stays apart; a box glued to the word stays with it
    assert " : " in clean("they won 3 \x1b: 1 at home\n").text
    assert "turned\u25a0," in clean("the tide turned\u25a0, then we sailed\n").text


def test_half_a_speaker_marker_closing_its_line_goes_too() -> None:
    # make fuzz (ux14): ">\nthe" read "> The…" and cleaned again "The…": the half marker
    # was looked for before spaces on its line only, and the clean text joins the lines
    from transcript_tools import clean

    for source, want in ((">\nthe tide is out\n", "The tide is out."),
                         ("the tide turned.\n>\nwe sailed home.\n",
                          "The tide turned. We sailed home."),
                         ("the tide turned. >\r\nwe sailed home.\n",
                          "The tide turned. We sailed home.")):
        t = clean(source)
        assert t.text == want, source
        assert clean(t.text).text == t.text, source
    # negative: between words a ">" stays, across a line break too
    assert "x > y" in clean("we know that x >\ny in this case.\n").text.lower()


def test_a_spaced_mark_before_removed_noise_joins_its_word() -> None:
    # make fuzz (ux14, run 4): "the :\x080" read "The : 0." (the control character after the
    # colon went as line noise, the colon was not taken for a spaced one) and cleaned again
    # "The: 0."
    from transcript_tools import clean

    for source, want in (("we packed :\x08tents and rope\n", "We packed: tents and rope."),
                         ("she waved ,\x07 then left\n", "She waved, then left.")):
        t = clean(source)
        assert t.text == want, source
        assert clean(t.text).text == t.text, source
        assert all(t.source[c.start:c.end] == c.original for c in t.corrections)
    # negative: a colon after a figure stays apart
    assert " : " in clean("they won 3 :\x08 1 at home\n").text
