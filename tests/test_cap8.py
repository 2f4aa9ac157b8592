"""Speakers in colour (cap8): under ``--preset bbc`` (or ``Options(speaker_colours=True)``)
WebVTT writes a STYLE block and ``<c.yellow>`` spans inside each ``<v Name>``, SRT ``<font
color="#ffff00">``; the speaker on screen longest is white, the next three yellow, cyan,
green (``lime``), any further one white; one colour a speaker. Players, webvtt-py, pysubs2,
ffmpeg and our own reader read the files back; the default preset writes no colour."""

from __future__ import annotations

import base64
import dataclasses
import functools
import http.server
import io
import re
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pysubs2
import pytest
import webvtt

import transcript_tools.layout as layout
from transcript_tools import Cleaner, clean, read, writers
from transcript_tools.check import check_captions
from transcript_tools.cli import main
from transcript_tools.model import Turn
from transcript_tools.options import CAPTION_PRESETS, Options
from transcript_tools.stream import clean_chunks, write_chunks
from transcript_tools.writers.webvtt import speaker_colours

from .captionfiles import srt
from .test_browser_player import _Handler, seek

# a presenter (the most said), a returning guest, a second guest heard once
THREE = """7:00 pm
>> GRETA HOLM: the library board voted last night to keep the branch on mill road open \
through the winter. the board chair is with us, and so is a reader who started the petition.
>> we found the money in the heating budget, so the doors stay open until march.
>> GRETA HOLM: and the petition?
>> four hundred names in two weeks. people here read a lot in the dark months.
>> GRETA HOLM: what happens in april?
>> the board meets again in february to look at the spring budget.
"""

# five voices without names: more speakers than colours
FIVE = """6:00 am
>> the bridge over the canal reopens today after six weeks of repairs to its deck and \
railings, and the first buses crossed it at dawn.
>> the new railings are taller and the footpath is wider on both sides.
>> i cycle over it every morning and the detour added twenty minutes each way.
>> the council says the lights on the bridge will be switched on this evening.
>> my shop is on the far side, so the last six weeks were very quiet for us.
>> the final coat of paint goes on next week, during the night.
>> we will be watching the traffic closely for the first few days.
"""

COLOURS = {"white": "#ffffff", "yellow": "#ffff00", "cyan": "#00ffff", "lime": "#00ff00"}


def bbc() -> Options:
    return Options(**CAPTION_PRESETS["bbc"])


def vtt_cues(out: str) -> list[list[str]]:
    """A WebVTT file's cue text lines, cue by cue."""
    blocks = out.strip("\n").split("\n\n")
    return [b.split("\n")[1:] for b in blocks if "-->" in b.split("\n")[0]]


def voiced_colours(out: str) -> list[tuple[str, str]]:
    """(voice, colour) of each WebVTT cue's first line."""
    got = []
    for lines in vtt_cues(out):
        m = re.match(r"<v ([^>]+)><c\.([a-z]+)>", lines[0])
        assert m, lines
        got.append((m[1], m[2]))
    return got


def test_three_speakers_each_keep_one_colour_the_presenter_white() -> None:
    t = clean(THREE, options=bbc())
    out = t.to_webvtt()
    assert "STYLE\n::cue(.white) { color: white; }\n::cue(.yellow) { color: yellow; }\n" \
        "::cue(.cyan) { color: cyan; }\n::cue(.lime) { color: lime; }\n\n" in out
    pairs = voiced_colours(out)
    by_voice: dict[str, set[str]] = {}
    for voice, colour in pairs:
        by_voice.setdefault(voice, set()).add(colour)
    assert all(len(c) == 1 for c in by_voice.values()), by_voice  # one colour a speaker
    assert by_voice["GRETA HOLM"] == {"white"}  # on screen longest
    assert len(by_voice) == 3 and {c for cs in by_voice.values() for c in cs} == \
        {"white", "yellow", "cyan"}
    # the speaker heard second longest yellow: the board chair, who comes back
    shown: dict[str, float] = {}
    for cue in t.cues:
        shown[cue.speaker or ""] = shown.get(cue.speaker or "", 0.0) + cue.end - cue.start
    second = sorted((v for v in by_voice if v != "GRETA HOLM"), key=lambda v: -shown[v])[0]
    assert by_voice[second] == {"yellow"}
    # every line in its speaker's span, closed on its line, inside the voice
    for lines in vtt_cues(out):
        colour = re.match(r"<v [^>]+>(<c\.[a-z]+>)", lines[0])[1]  # type: ignore[index]
        assert all(re.fullmatch(r"(<v [^>]+>)?" + re.escape(colour) + r"[^<>]+</c>", line)
                   for line in lines), lines
    # SRT: the same colours as <font color>, the label inside the colour
    text = t.to_srt()
    fonts = re.findall(r'<font color="(#[0-9a-f]{6})">([^<]*)</font>', text)
    assert fonts and len(fonts) == sum(1 for line in text.splitlines()
                                       if line and "-->" not in line and not line.isdigit())
    assert all(c == COLOURS["white"] for c, line in fonts if line.startswith("GRETA HOLM:"))
    assert {c for c, _ in fonts} == {COLOURS[c] for c in ("white", "yellow", "cyan")}


def test_coloured_files_pass_check_and_read_back_in_other_tools(tmp_path: Path) -> None:
    t = clean(THREE, options=bbc())
    vtt, srt_text = t.to_webvtt(), t.to_srt()
    for text, fmt in ((vtt, "vtt"), (srt_text, "srt")):
        assert check_captions(text, bbc(), format=fmt) == [], fmt
    caps = webvtt.from_buffer(io.StringIO(vtt)).captions
    assert len(caps) == len(t.cues)
    assert [c.text for c in caps] == ["\n".join(c.lines) for c in t.cues]  # no tag left
    assert [c.voice for c in caps] == [c.speaker for c in t.cues]
    subs = pysubs2.SSAFile.from_string(srt_text, format_="srt")
    assert [e.plaintext.replace("GRETA HOLM: ", "") for e in subs] == \
        ["\n".join(c.lines) for c in (t.document.srt_cues or t.cues)]


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")
def test_ffmpeg_reads_the_srt_colours(tmp_path: Path) -> None:
    t = clean(THREE, options=bbc())
    (tmp_path / "in.srt").write_text(t.to_srt(), encoding="utf-8")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(tmp_path / "in.srt"),
                    str(tmp_path / "out.ass")], check=True)
    ass = (tmp_path / "out.ass").read_text(encoding="utf-8")
    # ASS colours are &HBBGGRR&: white, yellow, cyan
    assert "{\\c&HFFFFFF&}" in ass and "{\\c&HFFFF&}" in ass and "{\\c&HFFFF00&}" in ass


def test_our_reader_takes_the_colours_back_as_markup(tmp_path: Path) -> None:
    """Cleaned again, the colour spans are no text and the voices, cues and labels stay."""
    t = clean(THREE, options=bbc())
    for fmt in ("vtt", "srt"):
        path = tmp_path / f"ours.{fmt}"
        path.write_text(t.render(fmt), encoding="utf-8")
        again = clean(read(path), options=bbc())
        assert again.render(fmt) == t.render(fmt), fmt
        assert "font" not in again.text and "c.yellow" not in again.text
        assert [c.speaker for c in again.cues] == [c.speaker for c in t.cues]
        assert all(path.read_text(encoding="utf-8")[e.start:e.end] == e.original
                   for e in again.corrections)


def test_a_label_in_its_colour_is_a_label(tmp_path: Path) -> None:
    """A UK subtitle file's "NAME:" behind its colour tag opens that speaker's turn."""
    text = srt([
        ("00:00:01,000", "00:00:03,500", '<font color="#ffffff">The tide turns at four.</font>'),
        ("00:00:04,000", "00:00:06,500",
         '<font color="#ffff00">ERIK LUND: The boats wait for it.</font>'),
        ("00:00:07,000", "00:00:09,500", '<font color="#ffffff">And the ferry?</font>'),
    ])
    path = tmp_path / "uk.srt"
    path.write_text(text, encoding="utf-8")
    t = clean(read(path))
    assert [c.speaker for c in t.cues][1] == "ERIK LUND"
    assert "ERIK" not in t.text and "font" not in t.text


def test_more_speakers_than_colours_white_again() -> None:
    t = clean(FIVE, options=bbc())
    pairs = voiced_colours(t.to_webvtt())
    voices = list(dict.fromkeys(v for v, _ in pairs))
    assert len(voices) == 5
    colour = dict(pairs)
    assert sorted(colour[v] for v in voices) == ["cyan", "lime", "white", "white", "yellow"]
    shown: dict[str, float] = {}
    for cue in t.cues:
        shown[cue.speaker or ""] = shown.get(cue.speaker or "", 0.0) + cue.end - cue.start
    ranked = sorted(voices, key=lambda v: -shown[v])
    assert [colour[v] for v in ranked] == ["white", "yellow", "cyan", "lime", "white"]
    assert len({colour[v] for v in ranked[:4]}) == 4


def test_the_default_and_other_presets_write_no_colour(tmp_path: Path) -> None:
    for options in (Options(), Options(**CAPTION_PRESETS["us"]),
                    Options(**CAPTION_PRESETS["netflix"]),
                    bbc().replace(speaker_colours=False)):
        t = clean(THREE, options=options)
        for out in (t.to_webvtt(), t.to_srt()):
            assert "STYLE" not in out and "<c." not in out and "<font" not in out
        assert "speaker_colours" not in t.to_json()
    # one voice: nothing to tell apart, no colour under bbc either
    one = clean(("7:00 pm\nthe library on mill road stays open through the winter. "
                     "the board found the money in the heating budget.\n"), options=bbc())
    assert "<c." not in one.to_webvtt() and "<font" not in one.to_srt()


def test_any_preset_can_colour_and_srt_keeps_its_mark_inside(tmp_path: Path) -> None:
    t = clean(THREE, options=Options(speaker_colours=True))
    out = t.to_srt()
    assert re.search(r'<font color="#[0-9a-f]{6}">>> ', out)  # ">> " (us) in the colour
    path = tmp_path / "ours.srt"
    path.write_text(out, encoding="utf-8")
    assert clean(read(path), options=Options(speaker_colours=True)).to_srt() == out


def test_cli_flags(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(THREE, encoding="utf-8")
    for args, coloured in ((["--preset", "bbc"], True), (["--preset", "bbc",
                                                         "--no-speaker-colours"], False),
                           ([], False), (["--speaker-colours"], True)):
        out = tmp_path / "out.vtt"
        assert main(["clean", str(src), "-o", str(out), "-q", *args]) == 0
        assert ("<c.yellow>" in out.read_text(encoding="utf-8")) is coloured, args


def test_chunks_keep_each_speakers_colour(tmp_path: Path) -> None:
    """A long input written chunk by chunk: one colour a speaker across chunks, one STYLE."""
    cleaner = Cleaner(options=bbc())
    whole = cleaner.clean(THREE).to_webvtt()
    out = io.StringIO()
    write_chunks(clean_chunks(THREE, cleaner, max_chars=300), "vtt", out)
    chunked = out.getvalue()
    assert chunked.count("STYLE") == 1
    colour: dict[str, str] = {}
    for voice, c in voiced_colours(chunked):
        assert colour.setdefault(voice, c) == c, voice
    assert dict(voiced_colours(whole))["GRETA HOLM"] == colour["GRETA HOLM"] == "white"


# the browser: the cue text shows in its colour
_COUNT = """async (data) => {
  const img = new Image(); img.src = 'data:image/png;base64,' + data; await img.decode();
  const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
  const g = c.getContext('2d'); g.drawImage(img, 0, 0);
  const d = g.getImageData(0, 0, c.width, c.height).data;
  const n = {white: 0, yellow: 0, cyan: 0, lime: 0};
  for (let i = 0; i < d.length; i += 4) {
    const hi = [d[i] > 200, d[i + 1] > 200, d[i + 2] > 200];
    const lo = [d[i] < 60, d[i + 1] < 60, d[i + 2] < 60];
    if (hi[0] && hi[1] && hi[2]) n.white++;
    else if (hi[0] && hi[1] && lo[2]) n.yellow++;
    else if (lo[0] && hi[1] && hi[2]) n.cyan++;
    else if (lo[0] && hi[1] && lo[2]) n.lime++;
  }
  return n;
}"""


def test_chromium_shows_each_cue_in_its_speakers_colour(chromium: Any, tmp_path: Path) -> None:
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed (make test installs it where it can)")
    t = clean(FIVE, options=bbc())
    (tmp_path / "cap.vtt").write_text(t.to_webvtt(), encoding="utf-8")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"color=c=0x203040:s=320x180:r=1/10:d={t.cues[-1].end + 2:.0f}",
                    "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "8k",
                    "-g", "1", str(tmp_path / "v.webm")], check=True)
    (tmp_path / "page.html").write_text(
        '<!doctype html><body style="margin:0;background:#000"><video src="v.webm" '
        'width="640" height="360" muted preload="auto"><track kind="subtitles" '
        'src="cap.vtt" srclang="en" default></video></body>', encoding="utf-8")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Handler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    colours = [c for _, c in voiced_colours(t.to_webvtt())]
    page = chromium.new_page(viewport={"width": 640, "height": 360})
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/page.html")
        page.wait_for_function("() => { const v = document.querySelector('video');"
                               " const t = v.textTracks[0];"
                               " return t && t.cues && t.cues.length > 0 && v.readyState >= 1; }",
                               timeout=20000)
        seen = set()
        for cue, colour in zip(t.cues, colours):
            if colour in seen:
                continue
            seen.add(colour)
            at = (cue.start + cue.end) / 2
            seek(page, at)
            page.wait_for_timeout(200)
            counts = page.evaluate(_COUNT, base64.b64encode(page.screenshot()).decode())
            assert counts[colour] > 100, (colour, counts)
            assert sum(n for c, n in counts.items() if c != colour) < counts[colour] / 10, \
                (colour, counts)
        assert seen == {"white", "yellow", "cyan", "lime"}
    finally:
        page.close()
        server.shutdown()
        server.server_close()


def _split_at(t: Any, m: int) -> Any:
    """``t``'s document with a second speaker without a name from cue ``m`` on."""
    doc = t.document
    first = doc.cues[m].first
    turns = (Turn(0, first, "S1"), Turn(first, len(doc.tokens), "S2"))
    cues = tuple(dataclasses.replace(c, speaker="Speaker 1" if k < m else "Speaker 2")
                 for k, c in enumerate(doc.cues))
    return doc.replace(turns=turns, cues=cues, srt_cues=())


def test_srt_carries_the_colour_through_a_turn_begun_inside_a_sentence() -> None:
    """A change of speaker inside a sentence (a guess of the turn model) gets no ">>" in SRT
    (rt3) and no colour of its own either: a colour change is a change of speaker to a reader
    and would end the sentence there on a second clean. WebVTT's voice shows it."""
    text = ("9:00 am\nthe museum reopens its east wing on friday after two years of work on "
            "the roof and the old glass cases that hold the bird collection and the fossils "
            "from the quarry near the river, which visitors can see for the first time since "
            "the storm. the tickets go on sale tomorrow morning at the front desk.\n")
    t = clean(text, options=bbc())
    inside = next(k for k in range(1, len(t.cues)) if t.cues[k - 1].lines[-1][-1].isalpha())
    after = next(k for k in range(1, len(t.cues)) if t.cues[k - 1].lines[-1].endswith("."))
    for m, carried in ((inside, True), (after, False)):
        doc = _split_at(t, m)
        srt_cues = writers.write(doc, "srt").strip().split("\n\n")
        vtt = writers.write(doc, "vtt")
        colours = speaker_colours(doc)
        assert colours["Speaker 1"] != colours["Speaker 2"]
        assert f"<v Speaker 2><c.{colours['Speaker 2']}>" in vtt  # WebVTT: the voice's own
        colour = re.findall(r'<font color="(#[0-9a-f]{6})">', srt_cues[m])
        assert set(colour) == {COLOURS[colours["Speaker 1" if carried else "Speaker 2"]]}, \
            (m, srt_cues[m])
        # the turn goes on in one colour to its end
        assert all(set(re.findall(r'color="(#[0-9a-f]{6})"', c)) == set(colour)
                   for c in srt_cues[m:])


# a long name on a 36-character line: SRT's "HENRIETTA VALDEMAR: " leaves 16 characters
NAMED = """7:00 pm
>> HENRIETTA VALDEMAR: the city council approved the new cycle lanes on harbour street \
last night after a long debate.
>> DANA PRICE: the lanes will be finished before the summer and the work starts in april.
>> HENRIETTA VALDEMAR: thank you.
"""


def test_webvtt_sets_a_named_turns_first_cue_for_its_full_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """WebVTT writes the name in <v Name>, not on the line: a named turn's first cue, cut
    with room for SRT's label, has its lines set for the full width in WebVTT; SRT keeps the
    room; the cut, the words and the times are the same in both (no second timing)."""
    calls: list[int] = []
    fit = layout.fit_times

    def counted(*args: Any) -> Any:
        calls.append(len(args[3]))
        return fit(*args)
    monkeypatch.setattr(layout, "fit_times", counted)
    o = Options(max_line_chars=36)
    t = clean(NAMED, options=o)
    cues, srt_cues = t.cues, t.document.srt_cues
    assert len(calls) == 1 and len(srt_cues) == len(cues)
    moved = [k for k, (c, d) in enumerate(zip(cues, srt_cues)) if c is not d]
    assert [cues[k].speaker for k in moved] == ["HENRIETTA VALDEMAR", "DANA PRICE"]
    for k in moved:
        c, d = cues[k], srt_cues[k]
        label = len(f"{c.speaker}: ")
        assert " ".join(c.lines) == " ".join(d.lines) and c.lines != d.lines
        assert (c.start, c.end, c.first, c.stop) == (d.start, d.end, d.first, d.stop)
        assert len(d.lines[0]) + label <= 36 < len(c.lines[0]) + label  # the room: SRT's
    assert cues[0].lines == ("The city council approved", "the new cycle lanes")
    out = t.to_srt()
    assert "HENRIETTA VALDEMAR: The city council\napproved the new cycle lanes\n" in out
    assert "<v HENRIETTA VALDEMAR>The city council approved\nthe new cycle lanes\n" in \
        t.to_webvtt()
    for text, fmt in ((out, "srt"), (t.to_webvtt(), "vtt")):
        assert check_captions(text, o, format=fmt) == []
    # the negative: without SRT labels no room is kept anywhere, and SRT is WebVTT's cues
    plain = clean(NAMED, options=o.replace(speaker_labels=False))
    assert not plain.document.srt_cues
    assert [c.lines for c in plain.cues] == [c.lines for c in cues]
