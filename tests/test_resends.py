"""Lines live subtitles re-send, grown, removed by the artifacts stage
(`transcript_tools.resends`)."""

from __future__ import annotations

from transcript_tools import Options, clean

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
