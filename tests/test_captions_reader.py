"""SRT and WebVTT input: times kept, speakers found, malformed files located."""

from __future__ import annotations

import pytest

from transcript_tools import Options, clean
from transcript_tools.readers import detect_format, parse, read

from .conftest import DATA

FIX = DATA / "fixtures"


def test_srt_keeps_cue_times_and_dash_speakers() -> None:
    doc = read(FIX / "two_speakers.srt")
    assert [(a.seconds, a.until) for a in doc.anchors] == [(1.0, 3.5), (4.0, 6.0)]
    assert [m.kind for m in doc.markers] == ["speaker", "speaker"]
    assert doc.text() == "where were you on tuesday? at home & asleep. i did not hear a thing."
    t = clean(doc)
    assert len(t.turns) == 2
    assert t.document.times[0][0] == pytest.approx(1.0)
    assert all(1.0 <= s <= 6.0 for s, _ in t.document.times)


def test_vtt_voice_spans_become_labels_and_tags_vanish() -> None:
    doc = read(FIX / "voices.vtt")
    assert [m.label for m in doc.markers if m.kind == "label"] == ["Anna Berg", "Tom Ng"]
    # the second voice is a change of speaker: a speaker marker before its label
    assert [m.kind for m in doc.markers] == ["label", "speaker", "label"]
    assert doc.text() == "good evening and welcome. thanks for having me."
    t = clean(doc)
    assert [turn.display_name for turn in t.turns] == ["Anna Berg", "Tom Ng"]
    vtt = t.to_webvtt()
    assert "<v Anna Berg>" in vtt and "<v Tom Ng>" in vtt


def test_format_detection() -> None:
    assert detect_format("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n") == "vtt"
    assert detect_format("1\n00:00:01,000 --> 00:00:02,000\nhi\n") == "srt"
    assert detect_format("5:34 am\nhello\n") == "broadcast"
    assert detect_format("anything", "x.srt") == "srt"


def test_bom_is_accepted() -> None:
    doc = parse("\ufeffWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n")
    assert doc.text() == "hello"


def _srt(text: str) -> str:
    return f"1\n00:00:01,000 --> 00:00:04,000\n{text}\n"


def _records_hold(doc: object) -> None:
    from transcript_tools.model import Document, apply_edits
    assert isinstance(doc, Document)
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)
    assert all(doc.source[t.start:t.end] == t.text for t in doc.tokens)
    assert apply_edits(doc.source, doc.edits) == doc.text()


def test_html_character_references_are_decoded_with_their_edits() -> None:
    doc = parse(_srt("in paris&nbsp;with the chancellor &amp; don&#39;t &lt;3 x&#x41;y"),
                format="srt")
    _records_hold(doc)
    assert doc.text() == "in paris with the chancellor & don't <3 xAy"
    entity = {e.original: e.replacement for e in doc.edits if e.rule == "html-entity"}
    assert entity == {"&nbsp;": " ", "&amp;": "&", "don&#39;t": "don't", "&lt;": "<",
                      "x&#x41;y": "xAy"}
    assert "don&#39;t" in [t.text for t in doc.tokens]  # one word, as "don't" is
    assert "Paris with" in clean(doc).text
    # an invisible mark goes; an unknown "&name;" is text
    doc = parse(_srt("left&lrm; right &bogus; end"), format="srt")
    _records_hold(doc)
    assert doc.text() == "left right &bogus; end"


def test_ssa_position_tags_are_markup_with_the_position_noted() -> None:
    doc = parse(_srt("{\\an8}the end of it {\\i1}now{\\i0}"), format="srt")
    _records_hold(doc)
    assert doc.text() == "the end of it now"
    tags = [e for e in doc.edits if e.rule == "ssa-tag"]
    assert [e.original for e in tags] == ["{\\an8}", "{\\i1}", "{\\i0}"]
    assert tags[0].note == "cue position an8: top centre" and tags[1].note == ""
    assert "{" not in clean(doc).text


def test_ruby_annotations_are_markup() -> None:
    doc = parse("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nwe flew to <ruby>tokyo<rt>東京</rt>"
                "</ruby> and <ruby>kyoto<rp>(</rp><rt>京都</rt><rp>)</rp></ruby> today\n",
                format="vtt")
    _records_hold(doc)
    assert doc.text() == "we flew to tokyo and kyoto today"
    assert [e.original for e in doc.edits if e.rule == "ruby-text"] == [
        "<rt>東京</rt>", "<rp>(</rp>", "<rt>京都</rt>", "<rp>)</rp>"]


def test_a_change_of_voice_ends_the_sentence() -> None:
    t = clean("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Fred>the minister spoke today in "
              "paris\n\n00:00:03.500 --> 00:00:05.000\n<v.guest Anna>with the chancellor of "
              "germany was it useful\n")
    assert [turn.display_name for turn in t.turns] == ["Fred", "Anna"]
    assert "Paris.\n\nAnna: With" in t.to_text()


def test_youtube_auto_captions_show_each_line_once_timed_from_its_words() -> None:
    """YouTube's auto-captions: a space-only line under each timing line, inline word
    times, and each line shown three times (its own cue, a 10 ms copy, the next cue's top)."""
    doc = read(FIX / "youtube_auto_captions.vtt")
    assert not [d for d in doc.diagnostics if d.code == "stray-text"]
    t = clean(doc)
    words = t.text.lower().replace(".", "").split()
    assert words == ("so today we're going to talk about how bread rises in a cold kitchen "
                     "and why the yeast needs time").split()
    assert all(e.original == doc.source[e.start:e.end] for e in t.corrections)
    # the last line's words are timed in their own cue (4.96 s on), not pushed back by the
    # repeated line above them
    last = next(c for c in t.cues if "yeast" in " ".join(c.lines))
    assert last.start == pytest.approx(4.96, abs=0.1)


def test_the_same_voice_named_again_in_each_cue_goes_on_in_one_sentence() -> None:
    doc = read(FIX / "same_voice_each_cue.vtt")
    assert [m.kind for m in doc.markers] == ["label"]
    t = clean(doc)
    assert "early and the fog" in t.text
    assert [turn.display_name for turn in t.turns] == ["Ann Lee"]


def test_srt_in_the_loose_shapes_players_accept() -> None:
    """Blank lines before the first cue, a space after a cue number, SRT coordinates after
    the timing, a cue with no text: read, not refused as 'Invalid format'."""
    doc = read(FIX / "srt_loose_shapes.srt")
    assert [(a.seconds, a.until) for a in doc.anchors] == [
        (1.0, 2.5), (2.6, 4.0), (4.1, 6.0), (6.1, 8.0)]
    # "NAME:" opening a cue line is a speaker label, the same label again goes on
    assert [(m.kind, m.label) for m in doc.markers] == [
        ("label", "JOHN"), ("speaker", None), ("label", "NARRATOR")]
    assert doc.text() == "the meeting starts at noon nobody came and the hall stayed dark"
    t = clean(doc)
    assert [turn.display_name for turn in t.turns] == ["JOHN", "NARRATOR"]


def test_our_srt_speakers_read_back_as_speakers() -> None:
    """Speakers the source names come back as their "NAME:" labels; speakers without a name
    get no "SPEAKER N:" label in SRT, and their turns still come back."""
    first = clean(read(FIX / "two_speakers.srt"))
    srt = first.to_srt()
    assert "SPEAKER" not in srt
    again = clean(srt, format="srt")
    assert again.text == first.text
    assert [t.display_name for t in again.turns] == [t.display_name for t in first.turns]
    named = clean(read(FIX / "voices.vtt"))
    again = clean(named.to_srt(), format="srt")
    assert [t.display_name for t in again.turns] == [
        t.display_name.upper() for t in named.turns]


def test_a_voice_name_with_a_character_reference_is_escaped_once() -> None:
    t = clean("WEBVTT\n\n00:01.000 --> 00:03.000\n<v AT&amp;T Rep>we will call you back\n")
    assert [turn.display_name for turn in t.turns] == ["AT&T Rep"]
    assert "<v AT&amp;T Rep>" in t.to_webvtt()
    assert "AT&T REP: " in t.to_srt()


def test_meeting_transcript_names_before_a_colon_are_speakers() -> None:
    """Zoom/Teams transcripts open every cue with "Jane Doe: ": speakers, not text."""
    doc = read(FIX / "meeting_names.vtt")
    assert [m.label for m in doc.markers if m.kind == "label"] == [
        "Priya Natarajan", "Tom Becker", "Priya Natarajan", "Lena O'Brien"]
    assert "Natarajan" not in doc.text() and "Becker:" not in doc.text()
    t = clean(doc)
    assert [turn.display_name for turn in t.turns] == [
        "Priya Natarajan", "Tom Becker", "Priya Natarajan", "Lena O'Brien"]


def test_a_capitalised_word_and_colon_in_a_few_cues_stays_text() -> None:
    vtt = ("WEBVTT\n\n00:01.000 --> 00:03.000\nUpdate: the road is open\n\n"
           "00:03.000 --> 00:05.000\nthe bridge is not\n\n00:05.000 --> 00:07.000\n"
           "Later: the ferry runs again\n\n00:07.000 --> 00:09.000\nfrom noon\n")
    doc = parse(vtt, format="vtt")
    assert not doc.markers
    assert doc.text().startswith("Update: the road")


@pytest.mark.parametrize("label", ["[SPEAKER_00]", "SPEAKER_00"])
def test_diarised_speaker_ids_before_a_colon_are_speakers(label: str) -> None:
    """whisperX writes a diarised speaker as "[SPEAKER_00]: " in its SRT/WebVTT (no ': Good
    evening' left in the text, no bracket read as a sound cue)."""
    other = label.replace("00", "01")
    srt = (f"1\n00:00:00,000 --> 00:00:02,000\n{label}: Good evening.\n\n"
           f"2\n00:00:02,100 --> 00:00:04,000\n{other}: Residents left.\n")
    t = clean(srt, format="srt")
    assert t.text == "Good evening. Residents left."
    assert [turn.display_name for turn in t.turns] == ["SPEAKER_00", "SPEAKER_01"]


@pytest.mark.parametrize(("body", "kept"), [
    ("it will feel like\n-20 tonight", "it will feel like -20 tonight"),
    ("we waited\n-- and then it rained", "we waited -- and then it rained"),
])
def test_a_minus_sign_or_a_double_dash_opening_a_line_is_text(body: str, kept: str) -> None:
    doc = parse(f"1\n00:00:01,000 --> 00:00:04,000\n{body}\n", format="srt")
    assert not doc.markers
    assert doc.text() == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("i <3 this song > so do i", "i <3 this song > so do i"),
    ("press <enter> to go on", "press <enter> to go on"),
    ("<font color=\"#ff0\">yellow</font> and <s>gone</s>", "yellow and gone"),
])
def test_only_cue_tags_are_tags(body: str, kept: str) -> None:
    """'<3 this song >' is text, not a tag that swallows three words."""
    doc = parse(f"1\n00:00:01,000 --> 00:00:04,000\n{body}\n", format="srt")
    assert doc.text() == kept
    t = clean(doc)
    assert ("&lt;3" in t.to_webvtt()) == ("<3" in kept)


def test_a_label_after_a_speaker_marker_inside_a_cue() -> None:
    # qa6 audit: ">> seth: oh, so" in an SRT/WebVTT cue kept "seth:" as words
    doc = parse("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\na guest! >> seth: oh, so\n", format="vtt")
    assert [t.text for t in doc.tokens] == ["a", "guest", "!", "oh", ",", "so"]
    assert "seth" in [m.label for m in doc.markers]


def test_a_line_right_above_the_next_timing_inside_a_cue_is_text() -> None:
    # no blank line between two cues: players read the line as the first cue's last line of
    # text (it was taken for the next cue's identifier and lost); an SRT cue number stays one
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe first cue\n<c.grey>ends here</c>\n"
           "00:00:02.000 --> 00:00:03.000\nand the next begins\n\nsecond-id\n"
           "00:00:03.000 --> 00:00:04.000\nafter an identifier\n")
    doc = parse(vtt)
    assert doc.text() == "the first cue ends here and the next begins after an identifier"
    assert [e.original for e in doc.edits if e.rule == "cue-identifier"] == ["second-id"]
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nthe first cue\n"
           "2\n00:00:02,000 --> 00:00:03,000\nnext\n")
    doc = parse(srt)
    assert doc.text() == "the first cue next"
    assert [e.original for e in doc.edits if e.rule == "cue-identifier"] == ["1", "2"]


def test_a_dialogue_dash_behind_an_opening_style_tag_is_a_speaker_change() -> None:
    src = ("1\n00:00:01,000 --> 00:00:03,000\n<i>- Where are we going?</i>\n"
           "<i>- To the harbour.</i>\n\n2\n00:00:03,500 --> 00:00:05,000\n"
           '<font color="#ffff00">-Is it far?</font>\n')
    doc = parse(src)
    assert doc.text() == "Where are we going? To the harbour. Is it far?"
    assert [m.kind for m in doc.markers] == ["speaker"] * 3
    assert [e.original for e in doc.edits if e.rule == "dash-speaker"] == ["- ", "- ", "-"]
    for e in doc.edits:
        assert src[e.start:e.end] == e.original


def test_a_second_dialogue_dash_after_a_sentence_end_is_a_speaker_change() -> None:
    src = ("1\n00:00:01,000 --> 00:00:03,000\n- Ready? - Not yet,\nwait for me.\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\n- Fine. -Hurry up.\n\n"
           "3\n00:00:05,500 --> 00:00:07,000\nI just - he said - left. - Yes.\n")
    doc = parse(src)
    assert doc.text() == ("Ready? Not yet, wait for me. Fine. Hurry up. "
                          "I just - he said - left. - Yes.")
    # only a line that opens with a speaker's dash is a dialogue line
    assert [src[m.start:m.end] for m in doc.markers] == ["- ", "- ", "- ", "-"]


def test_sdh_speaker_tags_in_brackets_name_the_speaker() -> None:
    """A capitalised name in brackets opening a line before speech, in a file whose sounds
    are written in lowercase, is the speaker's tag; the sounds, a word English writes in
    lowercase ("[Inaudible]") and a phrase ("[In French]") stay sound cues; "(NAME):" is a
    label."""
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n[Tomas] Where were you?\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\n[door slams]\n\n"
           "3\n00:00:05,500 --> 00:00:07,000\n- [Ana Ruiz] At home.\n- [Tomas] Alone?\n\n"
           "4\n00:00:07,500 --> 00:00:09,000\n[Inaudible] then we left.\n\n"
           "5\n00:00:09,500 --> 00:00:11,000\n[In French] Bonjour.\n\n"
           "6\n00:00:11,500 --> 00:00:13,000\n(VERA): Fine.\n")
    t = clean(srt, format="srt")
    assert [turn.display_name for turn in t.turns] == ["Tomas", "Ana Ruiz", "Tomas", "VERA"]
    assert "Tomas" not in t.text and "door" not in t.text and "Inaudible" not in t.text
    labels = [c for c in t.corrections if c.rule == "speaker-label"]
    assert [srt[c.start:c.end] for c in labels] == [
        "[Tomas]", "[Ana Ruiz]", "[Tomas]", "(VERA):"]


def test_a_capitalised_word_in_brackets_is_a_sound_where_sounds_are_capitalised() -> None:
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n[Laughs] Where were you?\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\n[Door Slams]\n\n"
           "3\n00:00:05,500 --> 00:00:07,000\n[Tomas] At home.\n")
    t = clean(srt, format="srt")
    assert not any(c.rule == "speaker-label" for c in t.corrections)
    assert "Laughs" not in t.text and "Tomas" not in t.text


def test_a_non_english_file_keeps_the_speakers_its_source_marks() -> None:
    """The stages that need English are skipped for a Spanish file; its voices, tags and
    dialogue dashes need none and still make turns."""
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n[Tomas] ¿Dónde estabas anoche, mujer?\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\n[suspira]\n\n"
           "3\n00:00:05,500 --> 00:00:08,000\n[Ana Ruiz] En casa de mi madre, con ella.\n\n"
           "4\n00:00:08,500 --> 00:00:10,000\n- ¿Sola?\n- No, con mis hermanas.\n\n"
           "5\n00:00:10,500 --> 00:00:14,000\nNosotras no teníamos derecho a tener sueños "
           "ni ambiciones, y eso era algo que todas sabíamos muy bien.\n")
    t = clean(srt, format="srt")
    assert any("not read as English" in w for w in t.warnings)
    assert [turn.display_name for turn in t.turns][:2] == ["Tomas", "Ana Ruiz"]
    assert len(t.turns) == 4


_CAPS_SOUNDS = (
    "1\n00:00:01,000 --> 00:00:03,000\n<font color=\"#ffffff\">Are you all right?</font>\n\n"
    "2\n00:00:03,500 --> 00:00:05,000\nHE SIGHS\n\n"
    "3\n00:00:05,500 --> 00:00:07,000\nI'm fine. Really.\nGo on.\n\n"
    "4\n00:00:07,500 --> 00:00:09,000\nAPPLAUSE\n\n"
    "5\n00:00:09,500 --> 00:00:11,000\nThere they are.\nWHISTLING\n\n"
    "6\n00:00:11,500 --> 00:00:13,000\nAPPLAUSE\n\n"
    "7\n00:00:13,500 --> 00:00:15,000\nYES\nGOODBYE\n\n"
    "8\n00:00:15,500 --> 00:00:17,000\nWe talked to the BBC.\nNASA\n")


def test_sound_descriptions_in_capitals_on_a_line_of_their_own_are_sound_cues() -> None:
    """BBC subtitles write sounds in capitals without brackets: a line of one or two words in
    capitals in a mixed-case file, the last a verb's -ing form or third person, or a word
    that stands so twice; an interjection, a word standing once, an acronym stay."""
    t = clean(_CAPS_SOUNDS, format="srt")
    gone = [c for c in t.corrections if c.rule == "sound-cue"]
    assert [(_CAPS_SOUNDS[c.start:c.end], c.kind) for c in gone] == [
        ("HE SIGHS", "artifact"), ("APPLAUSE", "artifact"), ("WHISTLING", "artifact"),
        ("APPLAUSE", "artifact")]
    for kept in ("YES", "GOODBYE", "NASA"):
        assert kept.lower() in t.text.lower()
    kept_cues = clean(_CAPS_SOUNDS, format="srt", options=Options(keep_sound_cues=True))
    assert "HE SIGHS" in kept_cues.text and "WHISTLING" in kept_cues.text


def test_capitals_lines_in_a_file_written_in_capitals_are_speech() -> None:
    srt = _CAPS_SOUNDS.replace("Are you all right?", "ARE YOU ALL RIGHT?").replace(
        "I'm fine. Really.", "I'M FINE. REALLY.").replace("Go on.", "GO ON.").replace(
        "There they are.", "THERE THEY ARE.").replace("We talked to the BBC.", "WE TALKED.")
    t = clean(srt, format="srt")
    assert not any(c.rule == "sound-cue" for c in t.corrections)
