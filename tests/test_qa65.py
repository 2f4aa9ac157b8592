"""qa65: a captioning firm's credit that runs on into speech with no mark between goes, the
speech after it stays (`credits.remove_credits`); a contraction a caption encoder writes with
a space after its apostrophe is made whole (`spacedmarks.spaced_apostrophes`)."""

from __future__ import annotations

import transcript_tools as tt
from transcript_tools.readers.rowprefix import row_prefixes


def _text(source: str) -> str:
    return tt.clean(source).to_text()


def _rules(source: str) -> list[tuple[str, str]]:
    doc = tt.clean(source).document
    return [(e.rule, doc.source[e.start:e.end]) for e in doc.edits]


def test_a_captioning_firms_credit_run_on_into_speech_goes() -> None:
    source = ("the harbour opens at dawn for the regatta. captioned by the national "
              "captioning institute a crane toppled onto a ferry dock this afternoon. two "
              "workers were hurt.")
    text = _text(source)
    assert "aption" not in text
    assert "institute" not in text.lower()
    # the speech after the credit stays, a sentence of its own
    assert "A crane toppled onto a ferry dock this afternoon." in text
    assert "the regatta." in text
    credits = [s for rule, s in _rules(source) if rule == "caption-credit"]
    assert credits == ["captioned by the national captioning institute"]


def test_a_credit_run_on_after_a_clock_line_goes_too() -> None:
    source = ("tv Harbour News KHAR May 2, 2011 6:00pm-6:30pm PDT\n6:00 pm\n"
              "captioned by the national captioning services five stories we are following "
              "tonight. the ferry strike is over.\n")
    text = _text(source)
    assert "aption" not in text
    assert text.startswith("Five stories") and "we are following tonight." in text


def test_a_caption_words_sentence_that_is_speech_stays() -> None:
    # not after a sentence's end: the words are part of what is said
    source = ("the lecture was captioned by the national captioning institute volunteers "
              "from the college. everyone could follow it.")
    text = _text(source).lower()
    assert "captioned by the national captioning institute volunteers" in text
    # no firm's noun right after the caption word: the credit rule as before (left)
    source = ("the market closed early. captioned by the captioning team of our station "
              "the weather turns cold tonight.")
    assert "the weather turns cold tonight" in _text(source).lower()


def test_the_credit_ending_at_its_stop_goes_as_before() -> None:
    source = ("the regatta starts at dawn. captioned by the national captioning institute. "
              "a crane toppled onto a ferry dock.")
    text = _text(source)
    assert "aption" not in text and "A crane toppled" in text
    # a firm's legal suffix after its noun is the firm's name, not speech
    source = ("the regatta starts at dawn. captioning by harbour captioning services inc. "
              "a crane toppled onto a ferry dock.")
    text = _text(source)
    assert "aption" not in text and "Inc" not in text and "A crane toppled" in text


def test_a_spaced_contraction_is_made_whole() -> None:
    source = ("the ferry didn' t sail today. let' s look at the tide. i' m told the "
              "harbour' s gate is shut and we' ll hear more at noon.")
    text = _text(source)
    for whole in ("didn't", "Let's", "I'm", "harbour's", "we'll"):
        assert whole in text, (whole, text)
    assert "' " not in text
    spaced = [s for rule, s in _rules(source) if rule == "spaced-apostrophe"]
    assert spaced == ["didn' t", "let' s", "i' m", "harbour' s", "we' ll"]


def test_an_apostrophe_before_other_words_stays() -> None:
    # a quote opened after a word, an apostrophe before a longer word, "t" after a word not
    # ending in "n", "m" after a word other than "i": none is a contraction
    source = ("the sailors sang ' rolling home' at the dock. the captains' tide tables "
              "were wrong. the skipper' t shirt was wet. the crew' m unsure.")
    spaced = [s for rule, s in _rules(source) if rule == "spaced-apostrophe"]
    assert spaced == []
    text = _text(source)
    assert "skipper't" not in text and "crew'm" not in text


# a caption encoder's character before every caption row (`readers.rowprefix`)
_ROWS = ("the harbour board met tonight to talk about the new ferry. the old one is forty "
         "years old and the engines keep failing in the winter storms. the board will ask "
         "the state for money next month. reporter: the dock workers say they are tired of "
         "waiting for repairs. the captain told us the ferry missed six crossings last week "
         "alone and the islanders had to wait for the mail boat. the vote is set for "
         "tuesday evening at the town hall.")


def _rowed(text: str, mark: str, every: int = 5) -> str:
    """``text`` with ``mark`` glued before every ``every``-th word (a caption row's start)."""
    words = text.split()
    return " ".join(mark + w if k % every == 0 else w for k, w in enumerate(words))


def _page(body: str) -> str:
    return ("tv Harbour Report KHAR March 3, 2016 6:00pm-6:30pm EST\n6:00 pm\n" + body + "\n")


def test_an_at_sign_before_every_row_is_no_ones_word() -> None:
    body = ">> " + _rowed(_ROWS, "@")
    assert body.count("@") >= 12
    transcript = tt.clean(_page(body))
    text = transcript.to_text()
    assert "@" not in text
    assert "The harbour board met tonight" in text and "forty years old" in text
    # the label behind a prefixed word is read as one
    assert "Reporter:" in text or "reporter:" not in text.lower()
    doc = transcript.document
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)
    assert sum(e.rule == "row-prefix" for e in doc.edits) >= 12


def test_a_letter_before_every_row_and_its_markers_goes() -> None:
    rowed = _rowed(_ROWS, "q", 4)
    body = "q>> " + rowed.replace(" reporter:", " q>> reporter:")
    assert body.count("q>>") == 2
    transcript = tt.clean(_page(body))
    text = transcript.to_text()
    # "qboard", "qferry" ... lose their "q"; no "q" is left alone before a turn
    for word in ("qthe ", "qboard", "qferry", "qold", "qengines", "Q…"):
        assert word not in text, (word, text)
    assert "ferry" in text and "engines" in text
    doc = transcript.document
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)


def test_a_few_handles_or_one_glued_letter_stay() -> None:
    # a dozen handles that are no words: a list read on air, not an encoder's rows
    handles = " ".join(f"@harbr{k}x" for k in range(14))
    assert row_prefixes(_page(">> follow us at " + handles + ". " + _ROWS)) == []
    # under a dozen prefixed words: too few to be rows
    assert row_prefixes(_page(">> " + _rowed(_ROWS, "@", 8))) == []
    assert row_prefixes(_page(">> " + _rowed(_ROWS, "@", 5)))
    # a letter glued before ">>" once: a typo, not a prefix (its words keep their letters)
    body = "x>> " + _rowed(_ROWS, "x", 4)
    text = tt.clean(_page(body)).to_text()
    assert "xboard" in text.lower() or "xthe" in text.lower()
    # a word the letter leaves a word keeps it: "pit", "pout" are words
    body = "p>> p>> " + _rowed(_ROWS, "p", 4) + " the pit was deep and the children pout."
    text = tt.clean(_page(body)).to_text()
    assert "pit was deep" in text and "children pout" in text
