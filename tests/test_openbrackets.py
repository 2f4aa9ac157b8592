"""Sound cues without their closing bracket (`openbrackets`, through the artifacts stage)."""

from __future__ import annotations

from transcript_tools import Options, clean

ONLY = Options(names=False, spelling=False, numbers=False, casing=False, punctuation=False,
               turns=False)


def test_an_open_cue_the_page_vouches_for_goes() -> None:
    # qa9 audit (a late-night open, KNTV 2020): "[ cheers and applause" three times with no
    # "]", the phrase after it different each time; a closed "[ laughter ]" vouches too
    t = clean("built to transmit [ cheers and applause the original cookies. ladies [ cheers "
              "and applause and gentlemen. a skillset. [ cheers and applause iced chai. "
              "[ laughter ] so. [ laughter the crowd roared.", options=ONLY)
    text = " ".join(t.text.split())
    assert text == ("built to transmit the original cookies. ladies and gentlemen. a skillset. "
                    "iced chai. so. the crowd roared.")
    assert {e.rule for e in t.corrections if "[" in e.original} == {"sound-cue"}


def test_an_open_bracket_the_page_does_not_vouch_for_stays() -> None:
    for source in ("he said [ the one we saw. then [ the one they saw.",
                   "a note [ cheers and applause the end."):
        assert clean(source, options=ONLY).text == source
    kept = clean("x [ cheers and applause y. z [ cheers and applause w.",
                 options=Options(keep_sound_cues=True, names=False, turns=False))
    assert kept.text.count("[") == 2
