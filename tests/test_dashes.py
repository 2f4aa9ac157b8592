"""A subtitler's dashes mended by the artifacts stage (`transcript_tools.dashes`)."""

from __future__ import annotations

from transcript_tools import Options, clean

ONLY = Options(names=False, spelling=False, numbers=False, casing=False, punctuation=False,
               turns=False)


def test_a_correction_mark_goes_and_an_em_dash_in_a_word_is_a_hyphen() -> None:
    # qa7 audit: BBC live subtitles ("despair. —— the air and the spare", "hour—long")
    t = clean("plays into the air and despair. —— the air and the spare. a six hour—long "
              "series. it's official — last year.", options=ONLY)
    assert t.text == ("plays into the air and despair. the air and the spare. a six hour-long "
                      "series. it's official — last year.")
    assert {e.rule for e in t.corrections} == {"correction-mark", "dash-in-word"}


def test_a_lone_dash_left_opening_a_sentence_or_around_a_removed_cue_goes() -> None:
    # qa12 audit: "visit a store today! - [announcer] the more we learn" (KGO 2021) read
    # "today! - The more"
    opts = Options(names=False, turns=False)
    t = clean("visit a store today! - [announcer] the more we learn, the better.", options=opts)
    assert t.text == "Visit a store today! The more we learn, the better."
    assert "lone-dash" in {e.rule for e in t.corrections}
    # a double dash after a stop is live subtitles' correction mark: it stays
    assert clean("the ftp party. -- fdp party.", options=opts).text.count("--") == 1
    assert clean("he said - [applause] - thanks.", options=opts).text == "He said thanks."
    # a dash inside a sentence stays
    assert clean("the big - and i mean big - game.", options=opts).text \
        == "The big - and I mean big - game."


def test_dashes_in_a_row_after_a_stop_all_go_in_one_cleaning() -> None:
    # found by the fuzzer: "0:00 a.m.\n- - the" lost its first dash, and a second cleaning
    # the next one (which then followed the stop)
    opts = Options(names=False, turns=False)
    once = clean("it ended at 9 a.m.\n- - the rest.", options=opts).text
    assert "-" not in once
    assert clean(once, options=opts).text == once


def test_a_name_hyphened_with_an_em_dash_is_the_lexicons() -> None:
    # qa13 audit (BBC's Asia Business Report 2017): "president park geun—hye" stayed
    # "park geun-hye" beside the lexicon's "Park Geun-hye": the dash alone was made a hyphen,
    # so the name's words were three pieces; the whole word is one now
    from transcript_tools import Cleaner

    t = Cleaner(["Park Geun-hye"]).clean("it is decision day for park geun—hye. two—year—old "
                                         "alfie was there.")
    assert t.text == "It is decision day for Park Geun-hye. Two-year-old alfie was there."


def test_a_compound_split_at_a_caption_lines_hyphen_is_made_whole() -> None:
    # qa19 audit (a 2009 ballgame's captions): "quick- moving ballgame" kept apart
    t = clean("a quick- moving ballgame. e- mails, flu- like cases.", options=ONLY)
    assert t.text == "a quick-moving ballgame. e-mails, flu-like cases."
    assert {e.rule for e in t.corrections} == {"split-hyphen"}
    # a restart stays: the word said again, or a closed-class word on either side
    for source in ("i- i think so.", "it was- is fine.", "mor- more of it.", "the- this one."):
        assert clean(source, options=ONLY).text == source, source


def test_a_text_that_writes_a_hyphen_and_a_space_as_its_dash_keeps_it() -> None:
    # qa20 audit (a local station's game recap): "tiger ball- quarterback ... same drive-
    # pilgrim hands it off ... next play- kerby hands it off" joined seven times
    # ("ball-quarterback"); a text writing "word- word" often writes it as its dash
    source = ("red team ball- forward brown takes it deep. next play- jones runs left. "
              "blue team turn- keeper white holds on. next play- smith shoots wide.")
    assert clean(source, options=ONLY).text == source
    # a split or two in a long text is still a compound ("flu- like")
    long = "the clinic saw flu- like cases. " + "the doctors said it was mild. " * 20
    assert "flu-like" in clean(long, options=ONLY).text


def test_a_dash_after_a_comma_before_only_marks_goes_as_after_a_stop() -> None:
    # make fuzz (session 29): "the , - <" read "The. - <", and a second clean, finding the
    # dash after the stop the sentence stage had put in the comma's place, dropped it
    for source in ("we walked to the harbour , - <\n", "the , - <\n"):
        once = clean(source).text
        assert " - " not in once, once
        assert clean(once).text == once
    # a dash after a comma before words is the speaker's, kept
    assert " - and" in clean("we walked to the harbour, - and then the ferry left.\n").text


def test_a_dash_after_a_closing_quote_after_a_removed_dash_goes_at_once() -> None:
    # make fuzz (ux13's left): 'u.s. - " - the' read 'U.S. " - the…': the first dash went
    # (after the stop), the second looked past the quote at that dash, not at the stop; the
    # second clean, reading 'U.S. " - the', removed it
    from transcript_tools import clean

    for source, want in (('we sailed home. - " - the storm came\n',
                          'We sailed home. " The storm came.'),
                         ('they left the u.k. - " - then the rain\n',
                          'They left the U.K. " then the rain.')):
        t = clean(source)
        assert t.text == want, source
        assert clean(t.text).text == t.text, source
    # negative: between words (no stop before the quote) both dashes stay
    assert ' - " - ' in clean('we sailed - " - the storm came\n').text


def test_a_repeat_across_dashes_around_a_removed_cue_goes_on_the_first_cleaning() -> None:
    # make fuzz (ux17): "the - [applause] - the" read "The the…" (the dash pair around the
    # cue goes after the repeat rule ran), its second cleaning "The…"
    from transcript_tools import clean
    for source in ("we packed the - [applause] - the tents\n",
                   "we packed the \u2014 [applause] [cheers] \u2014 the tents\n"):
        t = clean(source)
        assert t.text == "We packed the tents.", source
        assert clean(t.text).text == t.text
    # the pair opening the text goes too (was "- - We sailed home.")
    assert clean("- [applause] - we sailed home\n").text == "We sailed home."
    # negatives: one dash, or dashes with nothing removed between, keep the words
    assert clean("we packed the - [applause] the tents\n").text == "We packed the - the tents."
    assert clean("we packed the - - the tents\n").text == "We packed the - - the tents."
    assert clean("- - we sailed home\n").text == "- - We sailed home."
