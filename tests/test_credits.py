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
