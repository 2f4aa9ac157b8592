"""The page-wide label and noise scans find what they found before their quick look (a
letter or mark they need, looked for by `str.__contains__`) on pages that hold it, and
nothing on pages that cannot; clock suffixes found by their letters as by their spaces
(speed24)."""

from __future__ import annotations

import random
import re

import transcript_tools as tt
from transcript_tools import linenoise, numbers
from transcript_tools.readers import broadcast, labels

_HEARING = ("Mr. Hanson\nWe will vote against this bill today, she said to the house.\n\n"
            "Operator\nHello and welcome to the second quarter call, everyone.\n\n"
            "Dr. Okafor\nThank you so much for the time here this evening.\n")
_FARM = ("Greta Lund: Welcome back to the farm report. Today we look at barley.\n"
         "Oscar Fell: Thanks. The harvest came early this year.\n"
         "Greta Lund: Did the rain help? It did.\nOscar Fell: Yes. Much more than last year.\n")
_TIMED = ("Greta Lund (00:03): Welcome back to the farm report.\n"
          "Oscar Fell (00:09): Thanks for having me here today.\n"
          "Greta Lund (00:15): Tell us about the barley.\n")


def test_titled_and_role_lines_found_on_a_cased_page() -> None:
    assert labels.titled_lines(_HEARING) == {0: "Mr. Hanson", 139: "Dr. Okafor"}
    assert labels.role_lines(_HEARING) == {73: "Operator"}
    # a page without any title's or role's first letter holds none
    lowered = _HEARING.lower()
    assert labels.titled_lines(lowered) == {} and labels.role_lines(lowered) == {}


def test_cased_labels_need_a_capital() -> None:
    assert labels.cased_labels(_FARM) == frozenset({"Greta Lund", "Oscar Fell"})
    assert labels.cased_labels(_FARM.lower()) == frozenset()
    # (a non-ASCII page is read by the pattern as before)
    assert labels.cased_labels(_FARM.replace("barley", "orge d’été")) == \
        frozenset({"Greta Lund", "Oscar Fell"})


def test_timed_labels_need_a_bracket() -> None:
    assert [m.group() for m in broadcast._timed_labels(_TIMED)] == [
        "Greta Lund (00:03):", "Oscar Fell (00:09):", "Greta Lund (00:15):"]
    assert broadcast._timed_labels(_TIMED.replace("(", "<").replace(")", ">")) == []


def test_boxes_in_ascii_text_are_its_control_characters() -> None:
    assert not linenoise._has_box("plain words, tabs\tand\nline breaks\r\n")
    assert linenoise._has_box("a stray \x1f unit separator")
    assert linenoise._has_box("a decoder's \ufffd box") and linenoise._has_box("caf\xe9 \x7f")
    assert not linenoise._has_box("caf\xe9 au lait")
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(128)] + ["\u25a0", "\ufffd", "\xe9", "\u2028"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert linenoise._has_box(text) == (linenoise._BOX_RE.search(text) is not None)


def test_clock_suffixes_found_by_their_letters() -> None:
    text = tt.Cleaner([]).clean(
        "the ferry leaves at 7  am and the shop shuts at nine pm. no one am i sure of").text
    assert "at 7 a.m. and" in text and "at nine p.m. No one am I" in text
    # the pattern finds what the one opening on the spaces found (its run of spaces included)
    # and the one opening on the "a"/"p" (speed25's, kept to speed36)
    old = re.compile(r" +([apAP][mM])(?![^\W_]|['’]|\.[^\W\d_])")
    letters = re.compile(r"[apAP][mM](?<= ..)(?![^\W_]|['’]|\.[^\W\d_])")
    rng = random.Random(9)
    pieces = [" ", " ", "a", "p", "A", "P", "m", "M", "x", ".", "'", "’", "\n", "7", "é", " am"]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(16)))
        got = []
        for m in numbers._CLOCK_SUFFIX.finditer(s):  # (the match is the suffix's "m")
            at = m.start() - 1
            gap = at - 1
            while gap and s[gap - 1] == " ":
                gap -= 1
            got.append((s[at:at + 2], at, gap))
        assert got == [(m[1], m.start(1), m.start()) for m in old.finditer(s)], s
        assert [g[:2] for g in got] == [(m.group(), m.start()) for m in letters.finditer(s)]


# speed25: the quick looks of a second round

_UNBRACKETED = ("Greta Lund 00:03\nWelcome back to the farm report.\n"
                "Oscar Fell 00:09\nThanks for having me here today.\n"
                "Greta Lund 00:15\nTell us about the barley.\n")


def test_a_time_closing_a_line_found_by_its_colon() -> None:
    # the look lets the page through to the labels' scan ...
    assert broadcast._TIME_AT_LINE_END.search(_UNBRACKETED) is not None
    assert broadcast._TIME_AT_LINE_END.search("the bus at 10:45 left early\n") is None
    assert broadcast._TIME_AT_LINE_END.search("Greta Lund 1:02:33  \nhello") is not None
    assert broadcast._TIME_AT_LINE_END.search("the score was 3 2:1\n") is None
    # ... exactly where the pattern opening on a letter did
    old = re.compile(r"(?m)[^\W\d_][ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$")
    rng = random.Random(13)
    pieces = ["a", "Z", " ", "\t", "1", "23", ":", "\n", "x 1:23", " 12:34:56", "_", "."]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(14)))
        assert (broadcast._TIME_AT_LINE_END.search(s) is not None) == \
            (old.search(s) is not None), s


_CREDITS = ("JANE DOE, KXYZ ANCHOR: Good evening from the river.\n"
            "TOM LEE, CNN ANCHOR: Thank you, it came over the hill.\n")


def test_credited_page_needs_a_capital() -> None:
    assert labels.credited_page(_CREDITS)
    assert not labels.credited_page(_CREDITS.lower())
    # (a non-ASCII page is read by the pattern as before)
    assert labels.credited_page(_CREDITS.replace("river", "rivière"))
    assert not labels.credited_page("jane doe, kxyz anchor: the rivière rose\n" * 3)


def test_marks_after_a_space_found_by_the_mark() -> None:
    from transcript_tools.spacedmarks import _after_space
    assert list(_after_space("our country . the page . then", ".")) == [11, 22]
    assert list(_after_space(" . our country . the", ".")) == []  # (as the old loop: none)
    assert list(_after_space("a.b.c", ".")) == []
    text = tt.Cleaner([]).clean("they came from our country . the plan was clear .").text
    assert "our country. The plan" in text


def test_short_strings_looked_for_after_their_rarer_character() -> None:
    cleaner = tt.Cleaner([])
    # a comma beside a stop goes; a run of marks with a tilde goes whole
    assert cleaner.clean("we went home , . and then we left").text == \
        "We went home. And then we left."
    assert cleaner.clean("we went home ., ~ . and then we left").text == \
        "We went home and then we left."
    # thousands after " k" (a page without a capital K)
    assert cleaner.clean("they paid 50 k for the truck").text == "They paid 50K for the truck."


def test_split_years_looked_for_after_a_comma() -> None:
    cleaner = tt.Cleaner([])
    assert "July 20, 1969 and" in cleaner.clean(
        "the moon landing was on july 20, 19 69 and it was watched").text
    # no comma before the halves: a count, not a year (and the page's scan is skipped)
    assert "July 20 19 69 and" in cleaner.clean(
        "the moon landing was on july 20 19 69 and it was watched").text
