"""Caption credits removed by the artifacts stage (`transcript_tools.credits`)."""

from __future__ import annotations

from transcript_tools import Options, clean

ONLY = Options(names=False, spelling=False, numbers=False, casing=False, punctuation=False,
               turns=False)


def test_caption_credits_standing_apart_are_removed() -> None:
    # qa7 audit: sponsor lines, a captioning company's credit and address, C-SPAN's bracket
    cases = {
        "thanks for watching. >> good night captioning sponsored by y wxyz >> next story.":
            "thanks for watching. good night next story.",
        "we wish you the best. -- captions by acme -- www.acme.com tonight the top stories.":
            "we wish you the best. tonight the top stories.",
        "made possible by viewers like you. captioning sponsored by wabc\n6:32 pm\ngood evening.":
            "made possible by viewers like you. good evening.",
        "thank you, ed. [captioning performed by the national captioning institute, which is "
        "responsible for its caption content and accuracy. visit] for free transcripts":
            "thank you, ed. for free transcripts",
        "okay ( cheers and applause ) captioning sponsored by wxyz ( band playing ) welcome":
            "okay welcome",
    }
    for source, want in cases.items():
        t = clean(source, options=ONLY)
        assert " ".join(t.text.split()) == want, source
        assert all(e.rule == "caption-credit" for e in t.corrections
                   if "caption" in e.original)


def test_captioning_in_running_speech_stays() -> None:
    for source in ("the captioning provided by volunteers helps deaf viewers.",
                   "it has captioning provided by volunteers.",
                   "a new caption by the editor, he said."):
        assert clean(source, options=ONLY).text == source


def test_a_captioning_firm_named_as_sponsor_goes_with_its_whole_name() -> None:
    # qa9 audit: "captioned by the national captioning institute" kept (WBAL 2011), and
    # "captioned by closed captioning services, inc. ." left ", inc." (WJLA 2012)
    cases = {
        "it warms up. captioned by the national captioning institute >> live, local news.":
            "it warms up. live, local news.",
        "9:00 pm\ncaptioned by closed captioning services, inc. . tonight, all eyes on iowa.":
            "tonight, all eyes on iowa.",
    }
    for source, want in cases.items():
        assert " ".join(clean(source, options=ONLY).text.split()) == want, source


def test_a_bracketed_notice_about_the_captions_goes_to_its_closing_bracket() -> None:
    # qa16 audit: a network's disclaimer ("[the captioning on this program is provided as an
    # independent service of ...]", no "by" after the caption word) was kept as speech
    source = ("right now.\n7:01 pm\n[the captioning on this program is provided as an "
              "independent service of the acme captioning company, inc., which is solely "
              "responsible for the accurate and complete transcription of program content. "
              "the network is not responsible for any errors in transcription.] here we go.")
    t = clean(source, options=ONLY)
    assert " ".join(t.text.split()) == "right now. here we go."
    assert [e.rule for e in t.corrections if "caption" in e.original] == ["caption-credit"]


def test_a_bracket_about_captions_in_speech_or_unclosed_stays() -> None:
    for source in ("she said [the captions were wrong] and left.",
                   "[the captioning of the hearing will resume after the break",
                   "he read the note [closed captions are on channel three, he said] aloud."):
        t = clean(source, options=ONLY)
        assert not [e for e in t.corrections if e.rule == "caption-credit"], source


def test_a_bracketed_credit_holding_a_line_sent_again_goes_whole() -> None:
    # qa16 audit: the roll-up copy the artifacts stage removed inside "[captioning made
    # possible by cbs sports, a division of ..., cbs sports, a division of ..., inc.]"
    # stopped the credit: its bracket and words stayed, split across two turns
    source = ("[captioning made possible by acme sports, a division of acme broadcasting, "
              "acme sports, a division of acme broadcasting, inc.] jim: here in philadelphia.")
    t = clean(source, options=ONLY)
    assert "captioning" not in t.text and "[" not in t.text and "]" not in t.text
    assert "here in philadelphia." in t.text
