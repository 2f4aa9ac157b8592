"""Hypothesis properties over generated transcripts: the invariants of fuzz/invariants.py.

The default profile runs them fast in CI; ``HYPOTHESIS_PROFILE=release`` runs 2,000 examples
each; ``python -m fuzz --minutes N`` runs the same checks for a time budget.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz.invariants import (
    check_broadcast,
    check_captions,
    check_chunked,
    check_idempotent,
    check_reader,
    check_transcript,
    cleaner,
)
from fuzz.strategies import broadcast_text, caption_file, damaged
from transcript_tools.errors import TranscriptError
from transcript_tools.readers import decode, parse


@given(broadcast_text())
def test_broadcast_text_keeps_every_invariant(text: str) -> None:
    """No exception; provenance; nothing lost; valid WebVTT and SRT; ordered cues;
    cleaning the clean text again changes nothing."""
    check_broadcast(text)


@given(caption_file())
def test_well_formed_captions_keep_every_invariant(fmt_text: tuple[str, str]) -> None:
    assert check_captions(*fmt_text) is not None


@given(st.sampled_from(["srt", "vtt"]), damaged(caption_file().map(lambda fc: fc[1])))
def test_damaged_captions_parse_or_fail_with_a_located_error(fmt: str, text: str) -> None:
    check_captions(fmt, text)


@given(st.one_of(st.binary(max_size=300),
                 broadcast_text().map(lambda t: t.encode("cp1252", errors="replace"))))
def test_any_bytes_decode_parse_and_clean_or_raise_input_error(data: bytes) -> None:
    try:
        text, _ = decode(data)
        doc = parse(text, format="broadcast")
    except TranscriptError:
        return
    check_reader(doc)
    check_transcript(cleaner().clean(doc))


@given(broadcast_text(max_lines=40), st.integers(8, 400))
def test_chunked_cleaning_keeps_provenance_and_order(text: str, max_chars: int) -> None:
    check_chunked(text, max_chars)


def test_the_sample_keeps_every_invariant(sample_text: str, sample_names: list[str]) -> None:
    t = check_broadcast(sample_text)
    assert len(t.cues) > 100


@pytest.mark.parametrize("text", [
    "[ [applause] ]",           # found by the fuzzer: "[ ]" was read as a sound cue
    "[applause] announcer: hi",  # a label after a sound cue is a label on the first pass
    "the (\nthe )\n",             # found by the fuzzer: "( the )" was read as a sound cue
    "\ufeffA: the the\n",  # found by the fuzzer: a stutter after "A:" kept the word lowercase
    "cats and the\n- cats and the\n",  # found by the fuzzer: a resend after a line's dash
    "a the AND\n",  # found by the fuzzer: a capital "A" counted as a word set in capitals
    "\ufeff1st 1st\n",  # found by the fuzzer: a repeated ordinal is a stutter too
    "\ufeffthe \x1b the\n",  # found by the fuzzer: a control character between a stutter
    "\ufeffthe \x1b \x1b\x08\u00b9 the\n",  # found by the fuzzer: decoder noise between one
    "\ufeff0\x1f\x1b\n",  # found by the fuzzer: a control character glued to another stayed
    "\ufeffthe u.s. THE\n",  # found by the fuzzer: "U.S." counted as a word set in capitals
    "\ufeffAND the AND\n",  # found by the fuzzer: a stop glued on hid a word set in capitals
    "the president kenyatta\n",  # found by the fuzzer: "The" opening a sentence cased the title
    "\ufeff. [applause] .\n",  # found by the fuzzer: a stray mark after a removed sound cue
    "the what announcer: " + "x" * 45 + "\n",  # found by the fuzzer: a word past two lines
    "\ufeff♪ the ♪ and\n",  # found by the fuzzer: a sung line closed after "the" ended there
    "\ufeff.\n.\n",  # found by the fuzzer: a stray mark on the next line stayed
    "\ufeff.\n5:34 am\n.\n",  # found by the fuzzer: ... and across a clock line
    "\ufeff- .\n.\n",  # found by the fuzzer: a lone stop after a stop not glued to a word
    "\ufeffis president obama\n",  # found by the fuzzer: a title after "is" (cased again)
    "\ufeff0:00 PM\n5:34 am\nplace\n",  # found by the fuzzer: "PM" read as a street's name
    "\ufeffthere president obama\n",  # found by the fuzzer: "There" cased the title again
    "\ufeffA:\nthe\n",  # found by the fuzzer: a word after "A:" and a line break stayed lowercase
    "\ufeffand president\nobama\n",  # found by the fuzzer: a title parted by a line break
    "\ufeffthe A: the\n",  # found by the fuzzer: "The A:" read as a two-word name label
    "ok. lorraine ali: she went\n",  # two words the casing stage itself names, no label yet
    "\ufeff0:00 a.m.\n- - the\n",  # found by the fuzzer: dashes in a row after a stop
    "\ufefffirst 1st\n",  # found by the fuzzer: an ordinal word and its figure said twice
    "\ufeffdifferent [applause] مرحبا\n",  # found by the fuzzer: a word of another script
    "\ufeffthe AND a0\n",  # found by the fuzzer: a code with a figure counted as shouted
    "\ufeffthe , ,\n",  # found by the fuzzer: a stop for the second of two commas ("The, .")
    "is it over , .\n",  # a spaced comma typed before the stop: the stop stayed apart
    "did they go home , ?\n",  # ... and before a question mark
    "and , , . so\n",  # commas typed before a caption stop hid that the stop is spurious
    "\ufeffCSTO [applause] more\n",  # found by the fuzzer: an acronym merged by sound
    "on south francis street\n",  # found on the dev pages: a street after a listed name
    "the french president  francois hollande\n",  # ... a title after two spaces
    "the pentagon antonio president obama\n",  # ... a title after a listed first name
    "in lyndon b.\njohnson day\n",  # ... a middle initial at a line's end
    "being injapan\n",  # ... a word parted by the spelling stage, cased part by part
    "to thewhite house\n",  # ... and with the words beside it ("the White House")
    "thank you madam speaker\n",  # a stop put on a word a title rule cased: "Speaker.."
    "what about s&p\n",  # a letter pair last, its mark put on it: "s&p?" stayed
    "on  route  66\n",  # a road word and its number two spaces apart
    "then vice  president biden\n",  # a title's head two spaces before it
    "the u.  s. state\n",  # a dotted pair with two spaces after its stop
    "0:A\n_0:A",  # found by the fuzzer: a "_" opening a line, its resend found only on one line
    "the tide is out\n_ the tide is out by noon\n",  # ... the same, in words
    "ångström [applause] à\n",  # found by the fuzzer: a sound merge made once the cue was gone
    "\ufeff. # the\n",  # found by the fuzzer: a song's "#" at the line's edge once "." went
    "\ufeffthe ♪\nthe the\n",  # found by the fuzzer: a lyric's repeat, a stutter's copy removed
    "\ufeff1st ♪ first\n",  # found by the fuzzer: a lyric's comma hid a figure ordinal
    "\ufeffthe \x1b : the\n",  # found by the fuzzer: removed noise parted a spaced mark (ux11)
    "\ufeff♪ the ♪ the\n",  # found by the fuzzer: a lyric's comma and the cut-off mark (ux11)
    "\ufeff-\x1f the\n",  # found by the fuzzer: a dash before a removed separator (ux11)
    "\ufeff\ufb01sh she çavuşoğlu the of the and\n",  # found by the fuzzer: a ligature (ux13)
    "\ufeffand çavuşoğlu\nplace place\n",  # ... a removed copy parted a street word (ux13)
    "\ufeff, announcer:\r\nthe\n",  # found by the fuzzer: a label before "\r\n" (session 30)
    "\ufeffthe\n` the\n",  # found by the fuzzer: a backtick dash opening a line (session 30)
    "\ufeffthe . . ~ the\n",  # found by the fuzzer: a repeat across a removed mark run (s. 30)
    "we said \x1b, yes\n",  # found by the fuzzer: a comma glued to removed noise (ux11)
    "\ufeffu.s. - \" - the\n",  # found by the fuzzer: a dash past a quote and a dash (ux13)
    "\ufeff>\nthe\n",  # found by the fuzzer: half a marker closing its line (ux14)
    "\ufeffaA the AND\n",  # found by the fuzzer: a word in capitals but its first letter (ux14)
    "\ufeff0\x1fK:\n",  # found by the fuzzer: a figure and its "k" parted by noise (ux14)
    "\ufeffthe :\x080\n",  # found by the fuzzer: a spaced mark before removed noise (ux14)
    "\ufeff0\x1f_ the and the\n-- the and the\n",  # found by the fuzzer: a "_" after noise (ux17)
    "\ufeffthe - [applause] - the\n",  # found by the fuzzer: dashes around a cue (ux17)
    "\ufeffand\npresident the THE\n",  # found by the fuzzer: a title before a removed copy
    "and president [applause] obama said no\n",  # (ux17's third finding: the title rule)
    "\ufeffthe\n5:34 am\nand president\ntv News Test Channel October 7, 2020 5:00am-6:00am PDT\n",
    # found by the fuzzer (session 31): a title before an initialism, no name (ux19)
    "we asked senator cnn reporters\n",  # ... and the initialism no surname after it (ux19)
    "\ufeff.\n. the\n",  # found by the fuzzer: two stops a line apart before the first word
])
def test_fuzz_findings_stay_fixed(text: str) -> None:
    check_broadcast(text)


def test_a_control_character_str_split_takes_for_a_space_is_no_cue() -> None:
    # found by the fuzzer: "\x1f" (a space to str.split, not to the tokenizer) made a cue
    # that the WebVTT writer dropped as blank
    check_captions("srt", "1\n00:00:00,000 --> 00:00:01,000\nthe\n\n2\n00:00:09,274 --> "
                   "00:00:10,274\n[applause] \x1f [applause]\n")


# Bugs the properties found in other stages, fixed since: kept as regression tests.

def test_lexicon_match_does_not_swallow_a_neighbouring_dash(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TT_FUZZ_STRICT", "1")
    t = cleaner().clean("- москва -", format="broadcast")
    assert not [e for e in t.corrections if e.kind == "case" and "-" in e.original]
    check_idempotent(t)


def test_no_zero_length_cue_from_crowded_captions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TT_FUZZ_STRICT", "1")
    source = ("WEBVTT\n\n00:00:02.000 --> 00:00:12.000\nthe\n\n00:00:13.188 --> 00:00:14.305\n"
              "the\n\n00:00:22.367 --> 00:00:31.609\nthe\n\n00:00:31.656 --> 00:00:32.978\n"
              "the the the the the >> [applause] : >> the the\n")
    check_captions("vtt", source)


def test_a_line_opening_with_the_resend_mark_is_a_resend_at_once() -> None:
    # live subtitles' "_" at the start of the line sent again, as at the end of the one before:
    # the shorter copy goes on the first cleaning (the clean text joins the lines, and its
    # second cleaning would find it); without a copy the mark and the words stay
    from transcript_tools import clean
    t = clean("the tide is out\n_ the tide is out by noon\n")
    assert t.text == "The tide is out by noon."
    assert [e.rule for e in t.document.edits if e.kind == "artifact"] == ["resent-line"]
    kept = clean("please fill in the form\n_ then sign it\n")
    assert "form _ then" in kept.text
    assert not [e for e in kept.document.edits if e.rule == "resent-line"]
