"""Decoder noise: trimmed from words and removed on pages that show it, never elsewhere."""

from __future__ import annotations

from transcript_tools import clean


def test_noise_glued_to_words_is_trimmed_and_a_run_of_it_removed() -> None:
    # qa8 audit (NHK via LinkTV 2023, a KPIX break 2014): decoder garbage kept as words
    t = clean("supporters celebrated outside the courtçó after the verdict in japan1 and she "
              "left e1japan's program. the casee1 garnered attention ■ and a tsunamie1 followed "
              "the conditionslp she was under. "
              "bank with us every step of the way. 83 0h t he numcbbesr 1 jj00 cb sbut "
              "e00ve83ry00th0hh cb 83 teev00er83yt00hi0hng 0a83nd00 b0hri00 83de00-")
    text = t.text
    assert "the court after the verdict in Japan and she left Japan's program." in text
    assert "The case garnered attention and a tsunami followed the conditions she" in text
    assert text.endswith("every step of the way.")
    assert all(e.kind == "artifact" for e in t.corrections if e.rule == "line-noise")


def test_a_clean_page_keeps_its_accents_and_model_numbers() -> None:
    t = clean("josé peña bought an mp3 player and a g20 ticket in 1990s style with covid19 rules. "
              "the café was open for peoplef.")
    assert not [e for e in t.corrections if e.rule == "line-noise"]
    assert "café" in t.text and "mp3" in t.text and "covid19" in t.text
    assert "peoplef" in t.text  # a slip on a clean page is the spelling stage's to weigh


def test_a_box_character_goes_on_a_page_with_no_other_noise() -> None:
    # qa9 audit (C-SPAN 2024): "this week■ senators" kept the decoder's box
    t = clean("this week■ senators are expected to vote ■ on the bill.")
    assert t.text == "This week senators are expected to vote on the bill."


def test_a_stray_control_character_goes_as_decoder_noise() -> None:
    # ("\x1f" is a space to str.split and a mark to the tokenizer: a cue of it alone was
    # written blank)
    doc = clean("the vote is tonight \x1f and the count is close\n").document
    assert "\x1f" not in doc.text()
    assert [e.original for e in doc.edits if e.rule == "line-noise"] == ["\x1f"]


def test_strong_noise_is_counted_from_the_source_as_over_every_token() -> None:
    """`_strong_count` looks only at the tokens holding a digit or a box character: the same
    count of different words as `_strong` over every token, on noisy, clean and box-marked
    text."""
    from transcript_tools import parse
    from transcript_tools.linenoise import BOXES, _strong, _strong_count

    for text in ("left e1japan's program. the casee1 garnered attention ■ and a tsunamie1 "
                 "83 0h t he numcbbesr 1 jj00 cb sbut e00ve83ry00th0hh cb 83 teev00er83yt00hi0hng",
                 "an mp3 player, a g20 ticket, 1990s style, covid19 rules at 5:34 am.\n",
                 "5:34 am\n>> the □□ box ■word and a3b4c [applause] x9yz\n", "no digits here."):
        doc = parse(text)
        strong = [t.text for t in doc.tokens if _strong(t.text)]
        assert _strong_count(doc) == sum(not BOXES.isdisjoint(w) for w in strong) + len(
            {w.lower() for w in strong if BOXES.isdisjoint(w)})
    assert _strong_count(parse("the casee1 and tsunamie1 and e00ve83ry00th0hh")) == 3


def test_a_letter_glued_to_common_words_without_digits_is_noise() -> None:
    src = ("the rain is not asç heavyç as it was. the stormç moved upçç the coast, and çthe "
           "wind fell. ç iç was there.")
    got = clean(src).text
    assert "ç" not in got.lower()
    assert got.split() == ("The rain is not as heavy as it was. The storm moved up the "
                           "coast, and the wind fell. I was there.").split()
    # two such words are no decoder: a loanword and a name keep their letters
    kept = clean("josé ordered a café au lait and a crème brûlée at the bar.").text
    assert "josé" in kept.lower() and "café" in kept and "brûlée" in kept


NOISY = "the vote e00ve83ry00th0hh cb 83 was close and the casee1 and tsunamie1 came. "


def test_a_name_or_a_word_cut_short_keeps_its_letters_on_a_noisy_page() -> None:
    # qa13 audit (C-SPAN 2015, a panel under decoder noise): "ron nessen" -> "Ron ness" and
    # "our chanc%!zq" -> "our chan": a name's syllable and a word cut short read as letters
    # glued to a common word
    t = clean(NOISY + "the panel includes ron nessen and this is our chanc to talk.")
    assert "nessen" in t.text.lower() and "chanc" in t.text
    assert "justice" in clean(NOISY + "the justicexd was there.").text  # noise letters go


def test_marks_glued_after_a_word_around_decoder_noise_go() -> None:
    # qa13 audit (C-SPAN 2015): "in uniform.0)i8 and", "thank you.[5c thank", "the national
    # archives.+wb >> in", "thank you for coming.÷" kept the marks glued to the noise
    t = clean(NOISY + "served in uniform.0)i8 and all. we say thank you.[5c thank you. it was "
              "hosted by the archives.+wb in the words. thank you for coming.÷ thank you.")
    text = t.text
    assert "uniform. And all." in text and "thank you. Thank you." in text
    assert "archives. In the words" in text and "coming. Thank you." in text
    assert not any(c in text for c in "[)+÷")


def test_suspect_runs_found_by_find_are_the_pattern_s() -> None:
    """`_ascii_suspects` (a `str.find` per character) gives the spans `_ASCII_SUSPECT` finds:
    digit runs, control characters, runs of both, at the source's ends too."""
    from pathlib import Path

    from transcript_tools.linenoise import _ASCII_SUSPECT, _ascii_suspects

    sample = Path(__file__).resolve().parent.parent / "examples" / "broadcast_interview_2020-10.txt"
    for text in (sample.read_text(encoding="utf-8"), "7 at 5:34\x1f4am\x7f\x01x 2019", "", "x",
                 "\x1f12\x1f", "no digits"):
        assert _ascii_suspects(text) == [m.span() for m in _ASCII_SUSPECT.finditer(text)]


def test_a_box_and_star_inside_a_word_are_its_lost_apostrophe() -> None:
    # qa17 audit (BBC News at One 2022): "vicki young, the bbc\ufffd*s deputy political
    # editor" kept "BBC\ufffd*s" (on a page with more of them the "\ufffd*s" went whole)
    from transcript_tools.api import Cleaner
    one = Cleaner().clean("vicki young, the bbc\ufffd*s deputy political editor.").text
    assert "the BBC's deputy" in one
    many = Cleaner().clean("the bbc\ufffd*s editor. it is on it. \ufffd* , . then keir "
                           "starmer\ufffd*s lock. we don\ufffd*t know.").text
    assert "BBC's editor" in many and "Starmer's lock" in many and "don't know" in many
    assert "\ufffd" not in many and "*" not in many


def test_a_name_written_alike_three_times_is_no_decoder_noise() -> None:
    # qa25: "weekends on cspan2 are", "funding for cspan2 comes", "support cspan2 as" lost the
    # channel's name three times: noise does not repeat itself letter for letter
    t = clean("weekends on radiox2 are a feast of books. funding for radiox2 comes from these "
              "firms. they support radiox2 as a public service.")
    assert not [e for e in t.corrections if e.rule == "line-noise"]
    assert t.text.lower().count("radiox2") == 3


def test_apostrophes_written_several_times_inside_a_word_are_one() -> None:
    """One apostrophe converted again and again between encodings ("DON'\u2019\u2019T",
    qa26) is one apostrophe again, a logged edit; "rock 'n' roll" and a quote stay."""
    t = clean("I DON'\u2019\u2019T KNOW WHERE HE WENT. it's fine, rock 'n' roll, 'yes'.")
    assert "DON'T KNOW" in t.text
    assert [e.rule for e in t.corrections if e.kind == "artifact"] == ["doubled-apostrophe"]
    assert "rock 'n' roll" in t.text


def test_a_run_of_at_signs_is_a_decoders_fill() -> None:
    """A run of three or more at signs and the lone signs after it ("and@@@@ @ @", a
    stenographic caption where the decoder lost its words, qa26) goes as a logged edit; one
    sign ("meet me @ noon") and an address stay."""
    t = clean("it costs time, and@@@@ @ @ money too. meet me @ noon or at a@b.org today.")
    assert "time, and money too" in t.text
    assert "@ noon" in t.text and "a@b.org" in t.text
    assert [e.original for e in t.corrections if e.kind == "artifact"] == ["@@@@ @ @"]
