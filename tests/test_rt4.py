"""Our own output cleaned again (rt4): a title after a cue's wrapped line reads as on one
line, and a one-paragraph text our writer labels reads its label back."""

from __future__ import annotations

from transcript_tools import Cleaner
from transcript_tools.readers.labels import _cased_page

CLEANER = Cleaner()


def srt(first_cue: str) -> str:
    return ("1\n00:00:01,000 --> 00:00:04,000\n" + first_cue + "\n\n"
            "2\n00:00:04,500 --> 00:00:08,000\nThe vote is on Tuesday.\n")


def test_a_title_after_a_wrapped_cue_line_reads_as_on_one_line() -> None:
    # a lowercase word before the title: a description ("will back senator Warren"), left
    # as it is whether the cue wraps before the title or not
    wrapped = CLEANER.clean(srt("Farmers in the valley will back\nsenator Warren on the bill."),
                            format="srt").to_text()
    one = CLEANER.clean(srt("Farmers in the valley will back senator Warren on the bill."),
                        format="srt").to_text()
    assert wrapped == one
    assert "will back senator Warren" in wrapped
    # the SRT we write, cleaned again: the same text and the same SRT
    first = CLEANER.clean(srt("Growers will meet\ngovernor Hobbs about the canal."), format="srt")
    again = CLEANER.clean(first.to_srt(), format="srt")
    assert "meet governor Hobbs" in first.to_text()
    assert again.to_srt() == first.to_srt()
    # our JSON escapes the cue's line break ("meet\\ngovernor"): read back, the same words
    assert '\\ngovernor' in first.to_json()
    assert CLEANER.clean(first.to_json(), format="whisper").to_text() == first.to_text()


def test_a_title_after_a_verb_of_asking_is_still_cased_on_a_wrapped_line() -> None:
    # (negative: the rule that cases a title before a name still cases it across the wrap)
    for cue in ("The growers we asked\nsenator Warren about it.",
                "The growers we asked senator Warren about it."):
        assert "asked Senator Warren" in CLEANER.clean(srt(cue), format="srt").to_text()


def test_one_labelled_paragraph_whose_speaker_gives_the_name_reads_back_labelled() -> None:
    text = ("Tavi Okonkwo: Good evening. I'm Tavi Okonkwo in Lagos. The river rose overnight "
            "and the ferries stopped. The market is closed.\n")
    first = CLEANER.clean(text)
    assert [t.label for t in first.document.turns] == ["Tavi Okonkwo"]
    out = first.to_text()
    assert out.count("Tavi Okonkwo:") == 1
    again = CLEANER.clean(out)
    assert again.to_text() == out
    assert CLEANER.clean(again.to_text()).to_text() == out


def test_a_place_heading_one_paragraph_is_no_label() -> None:
    # (negative: no person's name for sure, and the speaker names nobody)
    text = "Lagos Harbour: The river rose overnight. I'm told the market is closed.\n"
    first = CLEANER.clean(text)
    assert [t.label for t in first.document.turns] == [None]
    assert first.to_text().startswith("Lagos Harbour:")
    assert CLEANER.clean(first.to_text()).to_text() == first.to_text()


def test_abbreviations_do_not_make_a_cased_page_read_as_lowercase() -> None:
    text = ("Maria Lopez: Good evening. The U.S. team met the U.S. envoy at 9 a.m. today. "
            "Then the U.S. navy left the port.\n")
    assert _cased_page(text)
    first = CLEANER.clean(text)
    assert [t.label for t in first.document.turns] == ["Maria Lopez"]
    assert CLEANER.clean(first.to_text()).to_text() == first.to_text()
    # a lowercase page stays one, its abbreviations or not
    assert not _cased_page("we met the u.s. team. then we left. the navy came. it rained.")
