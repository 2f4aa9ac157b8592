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
