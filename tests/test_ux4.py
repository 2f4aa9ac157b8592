"""A video producer's caption files cleaned (ux4): what the cleaning removes at a cue's head
takes none of the cue's time; (more below)."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import Transcript, clean, read


def srt(blocks: list[tuple[str, str, str]]) -> str:
    return "".join(f"{n}\n{s} --> {e}\n{text}\n\n" for n, (s, e, text) in enumerate(blocks, 1))


def cleaned(tmp_path: Path, text: str, name: str = "in.srt") -> Transcript:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read(path))


def starts(t: Transcript) -> list[float]:
    return [round(c.start, 3) for c in t.cues]


def test_a_stutter_at_a_cue_head_does_not_start_the_cue_late(tmp_path: Path) -> None:
    t = cleaned(tmp_path, srt([
        ("00:00:10,000", "00:00:21,000", "the the ferry leaves the harbour at dawn every day "
         "of the week, and it returns to the island long after the markets close."),
        ("00:00:24,000", "00:00:28,000", "Passengers board\nfrom the northern pier.")]))
    assert any(c.rule == "repeat" and c.original == "the" for c in t.corrections)
    assert t.cues[0].text.startswith("The ferry")
    assert starts(t)[0] == 10.0  # (before: 10.4, the removed copy's share of the long cue)
    assert starts(t)[-1] == 24.0


def test_a_lyric_mark_at_a_cue_head_takes_no_time(tmp_path: Path) -> None:
    t = cleaned(tmp_path, srt([
        ("00:00:30,000", "00:00:33,000", "# Over the hills and far away"),
        ("00:00:33,000", "00:00:36,000", "# the river runs\nback to the sea")]))
    assert not any("#" in c.text for c in t.cues)
    assert starts(t)[0] == 30.0  # (before: 30.333, the mark's share of its cue)


def test_what_is_removed_inside_a_cue_keeps_its_share(tmp_path: Path) -> None:
    # negative: a repeat inside the cue and a sound cue alone in its own cue move no start;
    # the words after a mid-cue repeat are timed as before
    t = cleaned(tmp_path, srt([
        ("00:00:05,000", "00:00:07,000", "[THUNDER]"),
        ("00:00:08,000", "00:00:18,000", "The storm reached the the coast late on Sunday "
         "night, and by morning the river had burst its banks in three places."),
        ("00:00:19,000", "00:00:23,000", "Roads were closed\nacross the county.")]))
    assert any(c.rule == "repeat" for c in t.corrections)
    assert starts(t)[0] == 8.0 and starts(t)[-1] == 19.0
    second = t.cues[1]  # the long cue's second part: where the words after the repeat fall
    assert (second.start, second.end) == (12.444, 18.0)
