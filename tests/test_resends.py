"""Lines live subtitles re-send, grown, removed by the artifacts stage
(`transcript_tools.resends`)."""

from __future__ import annotations

from transcript_tools import Options, clean
from transcript_tools.readers import parse

ONLY = Options(names=False, spelling=False, numbers=False, casing=False, punctuation=False,
               turns=False)


def test_the_shorter_copy_of_a_re_sent_line_goes() -> None:
    # qa7 audit (BBC live subtitles): each re-send ends in "_", "|" or a dash
    source = ("what can you tell us? we can't see _ what can you tell us? we can't see the "
              "_ what can you tell us? we can't see the whole route of| we can't see the "
              "whole route of the ferry as— we can't see the whole route of the ferry as it "
              "sailed north.")
    t = clean(source, options=ONLY)
    assert t.text == ("what can you tell us? we can't see the whole route of the ferry as it "
                      "sailed north.")
    assert {e.rule for e in t.corrections} == {"resent-line"}


def test_a_dash_between_different_words_stays() -> None:
    for source in ("it is official — last year was warm.", "we want - we want peace.",
                   "the score was 3 - 1 to them."):
        assert clean(source, options=ONLY).text == source


def test_a_line_sent_again_at_once_grown_without_a_mark_goes() -> None:
    # qa13 audit (BBC's Asia Business Report 2017): "and this video is trending on bbc.com. 0ne
    # and this video is trending on bbc. com. one little and this video is trending on
    # bbc.com. one little boy who" kept all three copies; "to uphold 13 cou nts it will decide
    # whether to uphold 13 counts of corruption" both
    from transcript_tools import clean

    t = clean("and this video is trending on bbc.com. 0ne and this video is trending on bbc. "
              "com. one little and this video is trending on bbc.com. one little boy who was "
              "not impressed. it will decide whether to uphold 13 cou nts it will decide "
              "whether to uphold 13 counts of corruption.")
    assert t.text == ("And this video is trending on bbc.com. One little boy who was not "
                      "impressed. It will decide whether to uphold 13 counts of corruption.")
    # speech says a line of five words twice; a sentence said again and again stays whole
    said = "i told you the truth, i told you the truth and more."
    assert clean(said).text == "I told you the truth, I told you the truth and more."
    said = "a sentence of words that goes on. " * 4
    assert clean(said).text.lower() == said.strip()


def test_a_draft_sent_again_corrected_goes_at_the_page_end_and_not_past_a_removal() -> None:
    # `remove_drafts` reads only the words around each spaced mark: a draft a few words from
    # the page's end still goes, a line the speaker repeats without a spaced mark stays, and
    # a draft does not reach back past the previous removal
    body = ("the river rose in the night , and the roads were closed . "
            "the ferry will not sail today . the ferry will not sail today. "
            "we want more buses we want more buses. ")
    t = clean(body + "trains run late . trains run late again.", options=ONLY)
    assert t.text == body.replace("the ferry will not sail today . ", "") \
        + "trains run late again."
    assert [e.rule for e in t.corrections] == ["resent-line"] * 2
    # no spaced mark on the page's last line: its repeat stays
    kept = body + "trains run late trains run late."
    assert clean(kept, options=ONLY).text == body.replace(
        "the ferry will not sail today . ", "") + "trains run late trains run late."


def test_drafts_go_only_on_a_page_of_three_spaced_marks_an_edit_may_write() -> None:
    # the spaced marks are counted in the source first: two are a slip and the line stays;
    # a mark an edit wrote counts too (a piece's text is then the edit's replacement)
    from transcript_tools.model import Edit
    from transcript_tools.resends import remove_drafts

    two = ("the gates open at nine , the band plays at ten. "
           "the ferry will not sail today . the ferry will not sail today.")
    assert clean(two, options=ONLY).text == two
    three = two.replace("at ten.", "at ten ; we shall see.")
    assert clean(three, options=ONLY).text == three
    doc = parse(three)
    at = three.index(" ;") + 1
    written = doc.replace(edits=doc.edits + (Edit(at, at + 1, ";", ".", "punctuation",
                                                   "test"),))
    done = remove_drafts(written)
    assert [e.rule for e in done.edits[len(written.edits):]] == ["resent-line"]
    assert done.text() == three.replace(";", ".").replace(
        "the ferry will not sail today . ", "")
    assert remove_drafts(doc) is doc


def test_a_line_mark_after_removed_noise_or_other_white_space_is_read_as_spaced() -> None:
    # make fuzz (ux17): "0\x1f_ the and the\n-- the and the" read "0 _ the and the -- the and
    # the…", its second cleaning "0 the and the…": line noise removes the control character
    # before "_" and the clean text writes a space there, so the first cleaning must read the
    # mark as spaced too (as after a no-break space, "\r" or "\x0b")
    from transcript_tools import clean
    for gap in ("\x1f", " \x1b", "\x0b", "\r", "\u00a0"):
        source = f"the hikers left the hut{gap}_ the hikers left the hut at dawn\n"
        t = clean(source)
        assert t.text == "The hikers left the hut at dawn.", gap
        assert clean(t.text).text == t.text
        assert [e.rule for e in t.document.edits if e.rule == "resent-line"] == ["resent-line"]
    # a "_" glued to a word is no line mark: the words stay, on both cleanings
    glued = clean("the hikers left the hut_ the hikers left the hut at dawn\n")
    assert "hut_ the hikers" in glued.text
    assert clean(glued.text).text == glued.text
    # nor a spaced "_" without a copy around it
    kept = clean("the hikers left\x1f_ then the rain came\n")
    assert kept.text == "The hikers left _ then the rain came."
    assert not [e for e in kept.document.edits if e.rule == "resent-line"]


def test_a_grown_re_send_goes_before_and_past_a_long_page_s_eight_thousandth_word() -> None:
    # speed51: past `scans.indices`' cap (8,192 words) the places met again are walked over
    # ranges, not the shared ints: a line sent again, grown, without a mark, before the cap
    # and past it both go; the page's own text, said again every 58 words (farther than a
    # copy looks), stays
    cycle = ("our garden club meets on the second tuesday of each month. members bring seeds "
             "cuttings and spare pots to swap. the spring show opens in the village hall at "
             "noon. judges look at roses dahlias and the biggest marrow. tea and cake are "
             "served by the youth choir. entry costs two pounds for adults and nothing for "
             "children. ")
    resend = ("the ferry to the island is running late the ferry to the island is running "
              "late tonight. ")
    kept = "the ferry to the island is running late tonight. "
    body, tail = cycle * 150, cycle * 10
    assert len(body.split()) == 8700
    source = resend + body + resend + tail
    t = clean(source, options=ONLY)
    assert t.text == (kept + body + kept + tail).strip()
    assert [e.rule for e in t.corrections] == ["resent-line"] * 2
    for e in t.corrections:
        assert source[e.start:e.end] == e.original
    assert [e.start for e in t.corrections] == [0, len(resend) + len(body)]
