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
