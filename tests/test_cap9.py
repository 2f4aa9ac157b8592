"""A speaker's colour read back as who speaks (cap9): in a caption file that colours its
speakers (UK subtitles, our ``--preset bbc``), one colour is one speaker, so a colour that
returns after another is the same speaker's id again, and a colour that a name label opens
a turn of names that colour's other turns; a colour on one line only (emphasis) is none."""

from __future__ import annotations

import re
from pathlib import Path

from transcript_tools import clean, read
from transcript_tools.options import CAPTION_PRESETS, Options
from transcript_tools.turns import colour_keys
from transcript_tools.writers.webvtt import source_colours

from .captionfiles import cleaned, srt

WHITE, YELLOW, CYAN, LIME = "#ffffff", "#ffff00", "#00ffff", "#00ff00"


def font(colour: str, text: str) -> str:
    return f'<font color="{colour}">{text}</font>'


# a presenter (white), a resident (yellow) who speaks twice, an engineer (cyan) once
FLOOD = [
    ("00:00:01,000", "00:00:04,000", font(WHITE, "Good evening. The river has burst its banks")
     + "\n" + font(WHITE, "again this week in the valley.")),
    ("00:00:04,500", "00:00:08,000", font(YELLOW, "We woke up and the water was") + "\n"
     + font(YELLOW, "already in the kitchen.")),
    ("00:00:08,500", "00:00:12,000", font(CYAN, "The pumps have been running since") + "\n"
     + font(CYAN, "midnight and they will keep going.")),
    ("00:00:12,500", "00:00:16,000", font(YELLOW, "We lost the sofa, the rugs,") + "\n"
     + font(YELLOW, "everything on the ground floor.")),
    ("00:00:16,500", "00:00:20,000", font(WHITE, "Forecasters expect more rain") + "\n"
     + font(WHITE, "over the weekend.")),
]


def turn_ids(tmp_path: Path, blocks: list[tuple[str, str, str]]) -> list[str]:
    t = cleaned(tmp_path, srt(blocks))
    return [turn.speaker for turn in t.turns]


def test_a_returning_colour_is_the_same_speaker(tmp_path: Path) -> None:
    ids = turn_ids(tmp_path, FLOOD)
    assert len(ids) == 5
    white, yellow, cyan, yellow2, white2 = ids
    assert yellow == yellow2 and white == white2
    assert len({white, yellow, cyan}) == 3


def test_written_again_under_bbc_each_speaker_keeps_its_colour(tmp_path: Path) -> None:
    bbc = Options(**CAPTION_PRESETS["bbc"])
    path = tmp_path / "flood.srt"
    path.write_text(srt(FLOOD), encoding="utf-8")
    first = clean(read(path), options=bbc).to_srt()
    again_path = tmp_path / "again.srt"
    again_path.write_text(first, encoding="utf-8")
    again = clean(read(again_path), options=bbc).to_srt()
    assert again == first
    colour = {}  # each cue's first words -> its colour (the writer ranks by time on screen)
    for block in first.strip().split("\n\n"):
        line = block.split("\n")[2]
        colour[line[22:].split("<")[0]] = line[13:20]
    # the resident's two cues in one colour, another than the engineer's and the presenter's
    assert colour["We woke up and the water"] == colour["We lost the sofa, the rugs,"]
    assert colour["Good evening."] == colour["Forecasters expect more rain"]
    assert len({colour["Good evening."], colour["We woke up and the water"],
                colour["The pumps have been running since"]}) == 3


def test_a_label_names_its_colours_other_turns(tmp_path: Path) -> None:
    blocks = list(FLOOD)
    blocks[1] = ("00:00:04,500", "00:00:08,000", font(YELLOW, "MARTA SILVA: We woke up and")
                 + "\n" + font(YELLOW, "the water was already in the kitchen."))
    t = cleaned(tmp_path, srt(blocks))
    named = [turn.label for turn in t.turns]
    assert named[1] == named[3] == "MARTA SILVA"
    assert named[0] is None and named[2] is None
    assert t.turns[1].speaker == t.turns[3].speaker


def test_two_names_in_one_colour_are_two_speakers(tmp_path: Path) -> None:
    """A colour two labels share is no one speaker's: its unlabelled turn takes neither
    name."""
    blocks = list(FLOOD)
    blocks[1] = ("00:00:04,500", "00:00:08,000", font(YELLOW, "MARTA SILVA: We woke up and")
                 + "\n" + font(YELLOW, "the water was already in the kitchen."))
    blocks.append(("00:00:20,500", "00:00:24,000", font(YELLOW, "OLEG BRANDT: My farm is")
                   + "\n" + font(YELLOW, "under a metre of water.")))
    t = cleaned(tmp_path, srt(blocks))
    named = [turn.label for turn in t.turns]
    assert named[1] == "MARTA SILVA" and named[5] == "OLEG BRANDT"
    assert named[3] not in ("MARTA SILVA", "OLEG BRANDT")


def test_colour_on_one_line_for_emphasis_is_no_speaker(tmp_path: Path) -> None:
    """A file that colours one word group for emphasis reads as the same file uncoloured."""
    plain = [
        ("00:00:01,000", "00:00:04,000", "The museum opens its new wing on Friday."),
        ("00:00:04,500", "00:00:08,000", "Entry is free for the first week."),
        ("00:00:08,500", "00:00:12,000", "Visitors must book a time slot online."),
        ("00:00:12,500", "00:00:16,000", "The old wing closes for repairs in May."),
    ]
    emphasis = list(plain)
    emphasis[1] = ("00:00:04,500", "00:00:08,000",
                   "Entry is " + font(YELLOW, "free") + " for the first week.")
    marked = list(plain)
    marked[2] = ("00:00:08,500", "00:00:12,000",
                 font(YELLOW, "Visitors must book a time slot online."))
    for blocks in (emphasis, marked):
        t = cleaned(tmp_path, srt(blocks))
        base = cleaned(tmp_path, srt(plain), "plain.srt")
        assert [(x.first, x.stop, x.speaker) for x in t.turns] == \
            [(x.first, x.stop, x.speaker) for x in base.turns]
        assert t.text == base.text


def test_colour_keys() -> None:
    y, c, w, g = "ffff00", "00ffff", "ffffff", "00ff00"
    assert colour_keys([w, y, c, y], [None] * 4) == [
        ("colour", w), ("colour", y), ("colour", c), ("colour", y)]
    # a label names its colour's other turns; a labelled turn keys itself
    assert colour_keys([w, y, w, y], [None, "ANN LEE", None, None]) == [
        ("colour", w), None, ("colour", w), "ann lee"]
    # a presenter's or guest's role label names no one
    assert colour_keys([w, y, y], [None, "PRESENTER", None]) == [
        ("colour", w), None, ("colour", y)]
    # white in a file of all four colours may hold several voices; uncoloured: nothing
    assert colour_keys([w, y, c, g, w, None], [None] * 6) == [
        None, ("colour", y), ("colour", c), ("colour", g), None, None]


def test_the_source_colours_are_kept_under_bbc(tmp_path: Path) -> None:
    """The resident speaks longest (the ranking would make her white), but the file gave her
    yellow: she keeps it, as the presenter keeps white and the engineer cyan. A file whose
    white holds two voices (two names) hands white to neither: the ranking gives it."""
    bbc = Options(**CAPTION_PRESETS["bbc"])
    path = tmp_path / "flood.srt"
    path.write_text(srt(FLOOD), encoding="utf-8")
    out = clean(read(path), options=bbc).to_webvtt()
    voiced = dict(re.findall(r"<v ([^>]+)><c\.([a-z]+)>", out))
    assert sorted(voiced.values()) == ["cyan", "white", "yellow"]
    first_words = {v: re.search(rf"<v {re.escape(v)}><c\.[a-z]+>([^<]*)", out)[1]  # type: ignore[index]
                   for v in voiced}
    by_words = {w.split()[0]: voiced[v] for v, w in first_words.items()}
    assert by_words == {"Good": "white", "We": "yellow", "The": "cyan"}
    # the same file in two colours, the presenter and the engineer named, both in white:
    # white is no one speaker's, and neither keeps it from the source
    shared = [(s, e, text.replace(CYAN, WHITE)) for s, e, text in FLOOD]
    shared[0] = (shared[0][0], shared[0][1], shared[0][2].replace(">Good", ">NINA ROSS: Good"))
    shared[2] = (shared[2][0], shared[2][1], shared[2][2].replace(">The", ">PAUL DEAN: The"))
    path.write_text(srt(shared), encoding="utf-8")
    t = clean(read(path), options=bbc)
    assert [x.label for x in t.turns] == ["NINA ROSS", None, "PAUL DEAN", None, None]
    assert t.turns[1].speaker == t.turns[3].speaker
    assert "NINA ROSS" not in source_colours(t.document)
    assert "PAUL DEAN" not in source_colours(t.document)
