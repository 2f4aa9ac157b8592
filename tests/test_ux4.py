"""A video producer's caption files cleaned (ux4): what the cleaning removes at a cue's head
takes none of the cue's time; (more below)."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import Options, Transcript, clean

from .captionfiles import cleaned, srt


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


def test_a_sound_cue_at_a_cue_head_takes_no_time(tmp_path: Path) -> None:
    t = cleaned(tmp_path, srt([
        ("00:00:30,000", "00:00:38,500", "[SIGHS] I suppose we should go home before the "
         "roads close, or we will be stuck here until the morning."),
        ("00:00:40,000", "00:00:43,000", "Get your coat,\nthen.")]))
    assert not any("SIGHS" in c.text for c in t.cues)
    assert starts(t)[0] == 30.0  # (before: 30.354, the sound cue's share of its cue)


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


# Speakers in colour, as UK broadcasters' subtitles mark them (one colour a speaker).
COLOURED = """1
00:00:01,000 --> 00:00:04,000
<font color="#ffff00">Where did you leave the keys?</font>

2
00:00:04,500 --> 00:00:07,000
<font color="#ffffff">On the kitchen table,</font>
<font color="#ffffff">next to the fruit bowl.</font>

3
00:00:07,500 --> 00:00:10,000
<font color="#ffffff">I put them there last night.</font>

4
00:00:10,500 --> 00:00:13,000
<font color="#ffff00">Well, they are not there now.</font>
"""


def turn_words(t: Transcript) -> list[str]:
    """The first word of each turn."""
    return [turn["text"].split()[0] for turn in t.to_dict()["turns"]]


def test_a_change_of_colour_is_a_change_of_speaker() -> None:
    t = clean(COLOURED, format="srt")
    assert turn_words(t) == ["Where", "On", "Well,"]
    # the same colour on the next cue goes on: one turn for cues 2 and 3
    assert len(t.turns) == 3


def test_a_colour_change_inside_a_cue_is_a_dialogue() -> None:
    src = COLOURED.replace('<font color="#ffffff">On the kitchen table,</font>\n'
                           '<font color="#ffffff">next to the fruit bowl.</font>',
                           '<font color="#ffffff">On the kitchen table.</font>\n'
                           '<font color="#00ffff">Are you sure?</font>')
    t = clean(src, format="srt")
    assert turn_words(t) == ["Where", "On", "Are", "I", "Well,"]
    assert "- On the kitchen table.\n- Are you sure?" in t.to_srt()


def test_colours_that_mark_no_speakers_make_no_turns() -> None:
    # negative: grey shades (YouTube's confidence colours), one coloured song line among
    # plain ones, and a file in one colour throughout
    grey = COLOURED.replace("#ffff00", "#e5e5e5").replace("#ffffff", "#cccccc")
    one_song = """1
00:00:01,000 --> 00:00:04,000
Where did you leave the keys?

2
00:00:04,500 --> 00:00:07,000
<font color="#00ffff"># On the kitchen table #</font>

3
00:00:07,500 --> 00:00:10,000
I put them there last night.

4
00:00:10,500 --> 00:00:13,000
Well, they are not there now.
"""
    white = COLOURED.replace("#ffff00", "#ffffff")
    for src in (grey, one_song, white):
        assert len(clean(src, format="srt", options=Options(turns=False)).turns) <= 1
        assert len(clean(src, format="srt").turns) == len(clean(
            _plain(src), format="srt").turns)


def _plain(src: str) -> str:
    import re
    return re.sub(r"</?font[^>]*>", "", src)


def test_webvtt_colour_classes_mark_speakers_too() -> None:
    import re
    body = re.sub(r'<font color="#(\w+)">', lambda m: "<c." + {
        "ffff00": "yellow", "ffffff": "white"}[m[1]] + ">", COLOURED).replace("</font>", "</c>")
    vtt = "WEBVTT\n\n" + re.sub(r",(\d{3})", r".\1", body)
    assert turn_words(clean(vtt, format="vtt")) == ["Where", "On", "Well,"]


# Sung words keep their music marks in a caption file.
SONG = """1
00:00:01,000 --> 00:00:04,000
Well, here we go again.

2
00:00:04,500 --> 00:00:08,000
♪ Over the hills and far away ♪

3
00:00:08,500 --> 00:00:12,000
♪ the river runs back to the sea ♪

4
00:00:12,500 --> 00:00:14,000
♪♪

5
00:00:15,000 --> 00:00:18,000
That was lovely.
"""


def test_lyric_marks_stay_in_a_caption_file() -> None:
    t = clean(SONG, format="srt")
    texts = [c.text for c in t.cues]
    # (ux11: the marks go from the text, as a broadcast text's do, and stay on the cues'
    # lines; the sung lines are set as sentences, as the text's second clean set them)
    assert "♪ Over the hills and far away. ♪" in texts
    assert "♪ The river runs back to the sea. ♪" in texts
    assert "♪" not in t.text
    assert not any("♪♪" in x for x in texts)  # music with no words is a sound cue, as before


def test_a_british_song_mark_opens_each_sung_line() -> None:
    srt_text = SONG.replace("♪ Over the hills and far away ♪", "# Over the hills\nand far away"
                            ).replace("♪ the river runs back to the sea ♪",
                                      "# the river runs\nback to the sea")
    t = clean(srt_text, format="srt")
    lines = [line for c in t.cues for line in c.text.split("\n")]
    assert [line for line in lines if "#" in line] == [
        line for line in lines if line.startswith("# ")]
    assert sum(line.startswith("# ") for line in lines) == 2


def test_music_marks_in_broadcast_text_go_as_before() -> None:
    # negative: a broadcast page's marks are sound cues (its text is a transcript)
    page = "5:34 am\n>> ♪ over the hills and far away ♪\n>> good morning, it is five thirty."
    assert "♪" not in clean(page).text
    assert "♪" in clean(page, options=Options(keep_sound_cues=True)).text
