"""The tokenizer's ASCII fast path (stdlib `re`) gives exactly the tokens of the Unicode
patterns (`regex`) it stands in for."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from transcript_tools.model import Token
from transcript_tools.readers import tokens as tk

from .conftest import DATA, EXAMPLES


def _reference(text: str, offset: int = 0) -> list[Token]:
    """The Unicode patterns alone, as the tokenizer ran before the fast path."""
    out: list[Token] = []
    pos = 0
    spans = [(c.start(), c.end()) for c in tk.PAREN_CUE_RE.finditer(text)]
    for start, end in [*spans, (len(text), len(text))]:
        out.extend(tk._plain(tk.TOKEN_RE, text, pos, start, offset))
        if end > start:
            out.append(Token(offset + start, offset + end, text[start:end], "sound"))
        pos = end
    return tk.songs(text, out, offset) if "#" in text else out


_PIECES = st.sampled_from(
    [chr(c) for c in range(128)] + ["am", "pm", "st", "u.s.", "(laughter)", "(CROWD NOISE)",
                                    "[applause]", "...", "--", "o'connor", "$5.5", "12%",
                                    "word", "Word", " ", "\n", "\x1c", "cnn.com", "npr.org/a",
                                    "tips@abc.org", "tokyo.also", "end.so", "@ab", "#a1"])


@given(st.lists(_PIECES, max_size=60).map("".join), st.integers(0, 1000))
def test_ascii_fast_path_matches_unicode_patterns(text: str, offset: int) -> None:
    assert text.isascii()
    assert list(tk.tokenize(text, offset)) == _reference(text, offset)


_MIXED = st.sampled_from(
    [chr(c) for c in range(128) if chr(c) != "["] + [
        "é", "’", "—", "♪", "\u00a0", "\u2028", "²", "€5", "£3.50", "don’t", "naïve", "o’neill",
        "@ab’s", "cnn.com—", "tips@abc.org", "12%", "u.s.", "(rires)", " ", "\n", "\x1c"])


@given(st.lists(_MIXED, max_size=60).map("".join), st.integers(0, 1000))
def test_mostly_ascii_path_matches_unicode_patterns(text: str, offset: int) -> None:
    """Stretches holding a non-ASCII character go to the Unicode pattern, the rest to the
    ASCII one: the tokens are those of the Unicode pattern alone."""
    for pattern in (tk.TOKEN_RE, tk._PLAIN_RE):
        if pattern is tk._PLAIN_RE and tk._may_hold_address(text):
            continue
        assert tk._plain_mixed(pattern, text, 0, len(text), offset) == \
            tk._plain(pattern, text, 0, len(text), offset)


def test_real_text_tokens_unchanged() -> None:
    files = [EXAMPLES / "broadcast_interview_2020-10.txt",
             *sorted((DATA / "fixtures").glob("*"))]
    for path in files:
        text = Path(path).read_text(encoding="utf-8")
        for line in text.splitlines():
            assert list(tk.tokenize(line, 7)) == _reference(line, 7)


def test_non_ascii_text_keeps_unicode_rules() -> None:
    tokens = list(tk.tokenize("café ♪♪ naïve (rires) €5 ²"))
    assert [t.text for t in tokens] == ["café", "♪♪", "naïve", "(rires)", "€5", "²"]
    assert [t.kind for t in tokens] == ["word", "sound", "word", "sound", "word", "word"]


def test_underscore_inside_a_word_joins_it() -> None:
    # Some caption encoders write a hyphen as "_" ("c_span's"); a lone "_" or "__" (a dash)
    # stays punctuation.
    for text in ("watching c_span's coverage __ and _ more", "wätching c_span's __ _"):
        tokens = [t.text for t in tk.tokenize(text)]
        assert "c_span's" in tokens
        assert all(t.kind == "punct" for t in tk.tokenize(text) if set(t.text) == {"_"})


def _texts(text: str) -> list[str]:
    return [t.text for t in tk.tokenize(text)]


def test_web_and_email_addresses_are_one_word() -> None:
    text = ("a website, thedirty.com, said so. visit cnn.com, www.vitac.com, "
            "npr.org/politics or c-span.org. email tips@abc.org. see https://bbc.co.uk/news")
    words = _texts(text)
    for address in ("thedirty.com", "cnn.com", "www.vitac.com", "npr.org/politics",
                    "c-span.org", "tips@abc.org", "https://bbc.co.uk/news"):
        assert address in words
    assert words[words.index("c-span.org") + 1] == "."  # the sentence's full stop stays apart
    assert all(t.kind == "word" for t in tk.tokenize(text) if "." in t.text[:-1])
    assert _texts("wätching cnn.com") == ["wätching", "cnn.com"]  # the Unicode patterns too


def test_handles_and_hashtags_are_one_word() -> None:
    assert _texts("follow @jaketapper and #election2020!") == [
        "follow", "@jaketapper", "and", "#election2020", "!"]
    assert _texts("the #1 priority, meet @ 5") == ["the", "#", "1", "priority", ",", "meet",
                                                     "@", "5"]


def test_unknown_or_wordlike_top_level_domains_stay_apart() -> None:
    # A missing space after a full stop is not an address: "also" is no top-level domain,
    # "so" and "it" are but are English words too, which need a clearer sign.
    assert _texts("in tokyo.also the end.so we think.it is") == [
        "in", "tokyo", ".", "also", "the", "end", ".", "so", "we", "think", ".", "it", "is"]
    assert "www.think.it" in _texts("see www.think.it now")
    assert _texts("u.s. and 3.5 and a.m.") == ["u.s.", "and", "3.5", "and", "a.m."]
    # A full stop before a spaced "com", and the spoken "dot com", are not addresses.
    assert _texts("the end. com and cnn dot com") == [
        "the", "end", ".", "com", "and", "cnn", "dot", "com"]


def test_a_sound_cue_closed_by_a_music_note_instead_of_a_bracket() -> None:
    # qa6 audit (a late-night show's tail): "[ cheers and applause ♪" stayed in the text
    got = [(t.text, t.kind) for t in tk.tokenize("you [ cheers and applause ♪ >> bye [ open text")]
    assert ("[ cheers and applause", "sound") in got and ("♪", "sound") in got
    assert ("open", "word") in got and ("[", "punct") in got  # no note: left as written


def test_a_sound_cue_with_spaces_inside_its_parentheses() -> None:
    # CBS captions space their cues: "( cheers and applause )", "( laughter )" (qa7 audit)
    for text in ("okay ( cheers and applause ) thank you", "right ( laughter ) so",
                 'now ( band playing "late show" theme ) welcome', "( LAUGHTER ) so"):
        for tokenize in (tk.tokenize, lambda t: tk.tokenize(t + " é")):
            sounds = [t.text for t in tokenize(text) if t.kind == "sound"]
            assert len(sounds) == 1 and sounds[0].startswith("( "), (text, sounds)
    # a word between spaced parentheses is still a word and its punctuation
    assert [t.kind for t in tk.tokenize("the ( the ) end")] == \
        ["word", "punct", "word", "punct", "word"]


def test_a_commercials_numbered_voice_label_is_a_cue_like_an_unnumbered_one() -> None:
    # qa9 audit (CNN 2025): "(woman)" went as a cue, "(banker 1) let's hear it!" stayed
    for tokenize in (tk.tokenize, lambda t: tk.tokenize(t + " é")):
        got = [(t.text, t.kind) for t in tokenize("(woman) i have this. (banker 1) let's go (2)")]
        assert ("(woman)", "sound") in got and ("(banker 1)", "sound") in got
        assert ("2", "word") in got  # a figure alone in parentheses stays


def test_a_figure_in_capitals_with_its_letters_is_one_token() -> None:
    """A figure written in capitals with its ordinal or unit letters ("the 14TH", "12PM",
    "250K", captions in capitals, qa44) is one token: the figure pattern backed off a digit
    and split it ("1" + "4TH"), and the stutter stage then took the lone "1" for a restart and
    dropped it ("the 4th"). A figure with a dot before letters ("2.5X") still splits at the
    dot, and a lowercase ordinal is one token as before."""
    for text in ("FILED ON THE 14TH, 2019", "OPENS AT 12PM", "A 250K BUDGET",
                 "the 32nd street", "é 14TH 250K"):
        words = [t.text for t in tk.tokenize(text) if t.kind == "word"]
        assert all(not w.isdigit() or w == "2019" for w in words), (text, words)
    assert [t.text for t in tk.tokenize("2.5X")] == ["2", ".", "5X"]
    assert [t.text for t in tk.tokenize("the 9 9th")] == ["the", "9", "9th"]


def test_capital_ordinals_keep_their_figures_when_cleaned() -> None:
    from transcript_tools import clean

    out = clean("THE HEARING IS SET FOR THE 14TH AND THE 22ND OF JUNE, ROOM 101ST.").text
    assert "14th" in out and "22nd" in out and "101st" in out, out
    assert " 4th" not in out and "second" not in out, out
