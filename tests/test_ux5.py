"""The speaker mark per caption preset (ux5): ``us`` (the defaults) opens an unnamed speaker's
turn with ">> " in SRT, as US broadcast captions do; ``netflix`` and ``bbc`` write a new cue
and "- " dialogue lines only, never ">>"; ``speaker_mark`` / ``--speaker-mark`` choose it.
The room for ">> " is kept in SRT only: WebVTT (and the transcript's cues) are cut as if no
mark were written, and SRT cuts a turn again only where its first cue has no room."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import transcript_tools.layout as layout
from transcript_tools import Transcript, clean, read
from transcript_tools.check import check_captions
from transcript_tools.cli import main
from transcript_tools.errors import OptionsError
from transcript_tools.options import CAPTION_PRESETS, Options

from .captionfiles import srt

# a named presenter, an unnamed harbour master (a change of speaker after a sentence's end)
BROADCAST = """9:00 am
>> MARTA OLSEN: the ferry to the outer islands runs twice a day in winter. the harbour \
master joins us now.
>> the afternoon sailings were cancelled on tuesday and wednesday after the swell reached \
four metres.
>> MARTA OLSEN: and what should passengers do?
>> they should check the notice board at the terminal.
9:01 am
"""

FULL = "All of the afternoon sailings to the isle"  # 41 characters: no room for ">> "
# the same as a subtitle file whose guest cue fills both lines
FILE = [
    ("00:00:00,000", "00:00:04,400",
     "MARTA OLSEN: The ferry runs twice a day.\nThe harbour master joins us now."),
    ("00:00:04,500", "00:00:10,500", f">> {FULL}\nwere cancelled on Tuesday and Wednesday."),
    ("00:00:11,000", "00:00:15,000", "We expect the timetable\nto return to normal by Friday."),
    ("00:00:15,500", "00:00:18,000", "MARTA OLSEN: What should passengers do?"),
    ("00:00:18,500", "00:00:21,500",
     ">> Check the notice board\nat the terminal before they travel."),
]


def preset(name: str) -> Options:
    return Options(**CAPTION_PRESETS[name])


def text_lines(out: str) -> list[str]:
    """An SRT file's text lines as shown (not its numbers and timings; the colour tags of
    the ``bbc`` preset's speakers, cap8, set aside)."""
    return [re.sub(r"</?font[^>]*>", "", line) for line in out.splitlines()
            if "-->" not in line and not line.isdigit()]


def marks(out: str) -> list[str]:
    return [line for line in text_lines(out) if line.startswith(">>")]


def from_file(tmp_path: Path, text: str, name: str, options: Options) -> Transcript:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read(path), options=options)


def test_each_preset_marks_a_change_of_speaker_as_its_standard_does() -> None:
    assert Options().speaker_mark == preset("us").speaker_mark == "chevrons"
    assert preset("netflix").speaker_mark == preset("bbc").speaker_mark == "dash"
    for name, width, marked in (("us", 42, True), ("netflix", 42, False), ("bbc", 37, False)):
        t = clean(BROADCAST, options=preset(name))
        out = t.to_srt()
        assert out.count("MARTA OLSEN: ") == 2  # a named speaker keeps its label everywhere
        assert len(marks(out)) == (2 if marked else 0), name
        if marked:
            assert "\n>> The afternoon" in out and "\n>> They should check" in out
        assert all(len(line) <= width for line in text_lines(out)), name
        assert check_captions(out, preset(name), format="srt") == []
        vtt = t.to_webvtt()  # (bbc colours the speakers, cap8: their spans set aside)
        assert "&gt;&gt;" not in vtt and \
            "<v Speaker 1>The afternoon" in re.sub(r"</?c[^>]*>", "", vtt)
        assert check_captions(vtt, preset(name)) == []


def test_the_mark_can_be_chosen_against_the_preset() -> None:
    out = clean(BROADCAST, options=preset("bbc").replace(speaker_mark="chevrons")).to_srt()
    assert len(marks(out)) == 2 and all(len(line) <= 37 for line in text_lines(out))
    assert marks(clean(BROADCAST, options=Options(speaker_mark="dash")).to_srt()) == []
    with pytest.raises(OptionsError):
        Options(speaker_mark=">>")


def test_webvtt_is_cut_as_without_the_mark_and_srt_makes_room_only_where_needed(
        tmp_path: Path) -> None:
    us = from_file(tmp_path, srt(FILE), "in.srt", preset("us"))
    dash = from_file(tmp_path, srt(FILE), "in.srt", preset("netflix"))
    # WebVTT keeps the full source cue whole under either mark (the mark is SRT's)
    assert [c.lines for c in us.cues] == [c.lines for c in dash.cues]
    assert f"<v Speaker 1>{FULL}\n" in us.to_webvtt()
    # SRT under "us" cuts that cue again for ">> "; the other cues are the same objects
    out = us.to_srt()
    assert len(us.document.srt_cues) == len(us.cues) + 1
    assert "\n>> All of the afternoon sailings\n" in out
    assert all(len(line) <= 42 for line in text_lines(out))
    assert check_captions(out, format="srt") == []
    same = [c for c in us.document.srt_cues if c in us.cues]
    assert len(same) == len(us.cues) - 1
    assert all(any(c is d for d in us.cues) for c in same)
    # the dash preset's SRT is the WebVTT's cues with no mark
    assert not dash.document.srt_cues and marks(dash.to_srt()) == []
    assert f"\n{FULL}\n" in dash.to_srt()


def test_a_first_line_without_room_is_set_anew_in_srt_only() -> None:
    # a narrow line: "The afternoon sailings" fills it, ">> " does not fit beside it
    o = Options(max_line_chars=24)
    t = clean(BROADCAST, options=o)
    assert ("The afternoon sailings", "were cancelled") in [c.lines for c in t.cues]
    out = t.to_srt()
    assert "\n>> The afternoon\nsailings were cancelled\n" in out
    # (a label longer than half the line overflows it, as documented: not the mark)
    assert all(len(line) <= 24 for line in text_lines(out) if "OLSEN" not in line)
    # the times of every cue are the same in both outputs (the same cut)
    assert [(c.start, c.end) for c in t.document.srt_cues] == [(c.start, c.end) for c in t.cues]


def test_srt_cues_timed_around_their_stretch_are_those_timed_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(srt(FILE), "in.srt"), (BROADCAST, "in.txt")]
    options = [preset("us"), Options(max_line_chars=24), Options(max_line_chars=18)]
    local = [from_file(tmp_path, t, n, o).document.srt_cues for t, n in texts for o in options]
    assert sum(bool(c) for c in local) >= 3
    monkeypatch.setattr(layout, "_srt_cues", lambda *args: ())  # every file timed whole
    whole = [from_file(tmp_path, t, n, o).document.srt_cues for t, n in texts for o in options]
    assert local == whole


@pytest.mark.parametrize("name", ["us", "netflix", "bbc"])
def test_our_srt_cleaned_again_under_each_preset(tmp_path: Path, name: str) -> None:
    first = from_file(tmp_path, srt(FILE), "in.srt", preset(name))
    out = first.to_srt()
    second = from_file(tmp_path, out, "again.srt", preset(name))
    labels = [u.label for u in second.document.turns]
    if name in ("us", "bbc"):  # every turn read back: the marks (us) or the speakers'
        # colours (bbc, cap8) say where the guest speaks
        assert second.to_srt() == out
        assert labels == ["MARTA OLSEN", None, "MARTA OLSEN", None]
    else:  # without a mark the guest's turn reads as the presenter's words going on (the
        # cost of the Netflix convention for a file cleaned again: rt3's finding)
        assert labels == ["MARTA OLSEN"]
        assert second.text.split() == first.text.split()


def test_cli_speaker_mark_and_preset(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(BROADCAST, encoding="utf-8")
    for flags, count in (([], 2), (["--preset", "bbc"], 0), (["--speaker-mark", "dash"], 0),
                         (["--preset", "netflix", "--speaker-mark", "chevrons"], 2)):
        out = tmp_path / f"out{len(flags)}{'-'.join(flags)}.srt"
        assert main(["clean", str(src), "-o", str(out), *flags]) == 0, flags
        assert len(marks(out.read_text(encoding="utf-8"))) == count, flags


def test_chunks_move_srt_cues_with_the_others() -> None:
    # the subtitle file many times over, cleaned in chunks as the CLI cleans a long input:
    # SRT's own cues (a cue cut again for ">> ") keep order and the line limit across cuts
    import io

    from transcript_tools import Cleaner
    from transcript_tools.check import check_captions as check
    from transcript_tools.stream import clean_chunks, write_chunks

    blocks = []
    for n in range(40):
        for s, e, text in FILE:
            def at(stamp: str, n: int = n) -> str:
                h, m, rest = stamp.split(":")
                total = int(h) * 3600 + int(m) * 60 + float(rest.replace(",", ".")) + 30 * n
                return f"{int(total // 3600):02d}:{int(total % 3600 // 60):02d}:" \
                    f"{total % 60:06.3f}".replace(".", ",")
            blocks.append((at(s), at(e), text))
    text = srt(blocks)
    out = io.StringIO()
    write_chunks(clean_chunks(text, Cleaner(), max_chars=3_000, format="srt"), "srt", out)
    written = out.getvalue()
    assert written.count(f"\n>> {FULL[:29]}\n") == 40  # every full cue cut again for its mark
    assert all(len(line) <= 42 for line in text_lines(written))
    assert check(written, format="srt") == []
