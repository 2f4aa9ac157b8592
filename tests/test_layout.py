"""Layout: cues a viewer can read, broken where the language allows, timed inside the source
intervals of their words; the check command finds nothing to report on our own output."""

from __future__ import annotations

import bisect

import pytest

import transcript_tools as tt
from transcript_tools.breakwords import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
)
from transcript_tools.check import check_captions
from transcript_tools.cuetimes import SYNC_LAG
from transcript_tools.linebreak import BreakCosts, break_lines
from transcript_tools.options import CAPTION_PRESETS, Options
from transcript_tools.timing import windows

from .conftest import DATA, EXAMPLES


def _lines(text: str, width: int = 42) -> list[str] | None:
    words = text.split()
    costs = BreakCosts().costs(words, [False] * len(words))
    return break_lines(words, costs, width, 2)


def test_sample_captions_follow_every_rule(sample_text: str, sample_names: list[str]) -> None:
    t = tt.clean(sample_text, names=sample_names)
    assert len(t.cues) > 100
    assert check_captions(t.to_webvtt()) == []
    assert check_captions(t.to_srt(), format="srt") == []
    bbc = tt.clean(sample_text, options=Options(**CAPTION_PRESETS["bbc"]))
    assert max(len(line) for c in bbc.cues for line in c.lines) <= 37
    assert check_captions(bbc.to_webvtt(), Options(**CAPTION_PRESETS["bbc"])) == []


def test_cues_rise_and_stay_in_the_minute_of_their_words(sample_text: str) -> None:
    doc = tt.clean(sample_text).document
    wins = windows(doc)
    firsts = [w.first for w in wins]
    starts = [c.start for c in doc.cues]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    for cue in doc.cues:
        before = wins[bisect.bisect_right(firsts, cue.first) - 1]
        after = wins[bisect.bisect_right(firsts, cue.stop - 1) - 1]
        assert before.lo is None or cue.start >= before.lo - 1e-9
        assert after.hi is None or cue.end <= after.hi + 1e-9
    assert not any(d.code == "reading-speed" for d in doc.diagnostics)


def test_line_breaks_respect_grammar_and_shape() -> None:
    # after a comma rather than in the middle of the clause
    assert _lines("we spoke to the minister, and she told us about the plan") == [
        "we spoke to the minister,", "and she told us about the plan"]
    # never between an article and its noun, never inside a capitalised name
    for text in ("the talks were held in the capital yesterday with the new foreign minister",
                 "officials said President Emmanuel Macron would travel to the region soon"):
        top, bottom = _lines(text)
        assert top.split()[-1].lower() not in ("the", "a", "an")
        assert not (top.split()[-1][0].isupper() and bottom.split()[0][0].isupper())
    # a pyramid: the bottom line is not shorter by much, and no word alone on a line
    top, bottom = _lines("it is a very long sentence that must be split into two lines")
    assert len(top) <= len(bottom) + 6 and " " in top and " " in bottom


def test_new_cue_at_each_speaker_with_voice_spans_and_escapes() -> None:
    t = tt.clean("9:00 am\n>> ANNA: is 3 < 4 & 5 > 2? >> BEN: yes. >> ANNA: good.\n9:01 am\n")
    assert [c.speaker for c in t.cues] == ["ANNA", "BEN", "ANNA"]
    vtt = t.to_webvtt()
    assert "<v ANNA>Is 3 &lt; 4 &amp; 5 &gt; 2?" in vtt and "<v BEN>Yes." in vtt
    srt = t.to_srt()
    assert "ANNA: Is 3" in srt and "BEN: Yes." in srt
    assert check_captions(vtt) == [] and check_captions(srt, format="srt") == []


def test_text_too_fast_for_its_minute_is_reported_not_squeezed() -> None:
    text = "9:00 am\n" + "a sentence of words that goes on. " * 40 + "\n9:01 am\nend.\n"
    t = tt.clean(text)
    assert check_captions(t.to_webvtt()) == []  # the rules hold,
    assert any(d.code == "reading-speed" for d in t.document.diagnostics)  # the spill is said


def test_roll_up_captions_show_each_line_once() -> None:
    # The artifacts stage removes roll-up repeats as edits; layout shows what remains,
    # each line once, timed from its first appearance.
    t = tt.clean(tt.read(DATA / "fixtures" / "rollup.vtt"))
    shown = " ".join(" ".join(c.lines) for c in t.cues).lower()
    assert shown.split() == \
        "the minister said today that talks will resume in geneva next week.".split()
    assert t.cues[0].start == 1.0


def test_words_a_clock_line_sets_apart_end_a_cue_whatever_their_grammar() -> None:
    # The minute's last words ("since the") cannot share a cue with the next minute's: the
    # break there is forced, so it is free, and they stay with their own sentence.
    text = ("9:00 am\nthe forecast is better tonight. it has been so gloomy since the\n"
            "9:02 am\nstorm and the skies are starting to clear right now across the region.\n"
            "9:03 am\n")
    t = tt.clean(text)
    assert all(len(" ".join(c.lines).split()) > 2 for c in t.cues)
    assert any(" ".join(c.lines).endswith("so gloomy since the") for c in t.cues)
    assert check_captions(t.to_webvtt()) == []


def test_a_cue_ends_earlier_rather_than_split_an_article_from_its_noun() -> None:
    # Ending this cue after its last word would leave "a" at the end of the top line (the
    # only setting that fits); a cue end before "into" lets every line break well.
    text = ("9:00 am\nthe market had its best day of the year. as last week's worries turn "
            "into a reheated hopefulness. banks rally on news. the head of the bank resigns "
            "from the board.\n9:01 am\n")
    t = tt.clean(text)
    for cue in t.cues:
        for line in cue.lines[:-1]:
            assert line.split()[-1].lower() not in ("a", "an", "the"), cue.lines
    assert check_captions(t.to_webvtt()) == []


def test_a_cue_ends_before_a_function_word_rather_than_between_content_words() -> None:
    # unpunctuated live captions: a cue nearly as full that ends before a conjunction, a
    # preposition or an article wins over one ending between two content words ("and
    # doctors | say emergency rooms")
    texts = ("the state health department reported another sharp increase in flu cases this "
             "week and doctors say emergency rooms across the region are filling up faster "
             "than usual with patients who waited too long to seek treatment for symptoms",
             "the orchestra announced its new music director yesterday and she told reporters "
             "the season will open with three concerts featuring young composers from small "
             "towns who rarely get a chance to hear their work performed live")
    weak = CONJUNCTIONS | PREPOSITIONS | DETERMINERS | PRONOUNS | AUXILIARIES
    for text in texts:
        t = tt.clean(f"9:00 am\n{text}.\n9:01 am\n")
        assert len(t.cues) > 2
        for cue, nxt in zip(t.cues, t.cues[1:]):
            assert nxt.lines[0].split()[0].lower() in weak, (cue.lines, nxt.lines)
        assert check_captions(t.to_webvtt()) == []


def test_as_is_a_conjunction_for_line_breaks() -> None:
    costs = BreakCosts()
    assert costs.cost("fans", "as", False) < costs.cost("as", "they", False)


def test_a_subject_pronoun_stays_with_its_verb() -> None:
    # qa6 audit (a business show): "Tiffany I / like the theater of it." ("like" counted as a
    # preposition, a good place to break)
    costs = BreakCosts()
    for pronoun in ("I", "we", "they"):
        assert costs.cost(pronoun, "like", False) > costs.cost("Tiffany", pronoun, False)
    assert costs.cost("tell", "you", False) >= costs.cost("you", "about", False)  # an object


def test_a_sentences_last_word_is_not_left_to_open_a_cue_alone() -> None:
    # qa6 audit (a local news page): a cue ended "...monitoring the new" and the next opened
    # "variant." alone on its line
    costs = BreakCosts()
    assert costs.cost("new", "variant.", False) > costs.cost("monitoring", "the", False)
    # the mark makes the difference where the words are no phrase (a subject and its verb)
    assert costs.cost("prices", "rose.", False) > costs.cost("prices", "rose", False)


@pytest.mark.parametrize("name", ["whisper_fast_news.json", "subtitle_edit_export.srt",
                                  "two_speakers.srt"])
def test_cues_keep_up_with_speech_the_source_times(name: str) -> None:
    """Word or cue times from the source are the speech's own: a cue that the reading speed
    would push more than `SYNC_LAG` behind its first word starts with it instead (the cue
    before ends sooner, and a warning says so); the other rules still hold."""
    t = tt.clean(tt.read(DATA / "fixtures" / name))
    times = t.document.times
    for cue in t.cues:
        assert cue.start <= times[cue.first][0] + SYNC_LAG + 0.001, cue  # whole ms
    found = check_captions(t.to_webvtt())
    assert not [v for v in found if v.rule not in ("reading-speed",)]


def test_no_speaker_labels_leaves_no_room_for_them() -> None:
    """Room for "PRIYA NATARAJAN: " on a speaker's first line only when SRT/text output
    shows it (`--no-speaker-labels` used to shorten the lines all the same)."""
    path = DATA / "fixtures" / "meeting_names.vtt"
    t = tt.clean(tt.read(path))
    # (the room is SRT's, cap8: SRT's cue keeps it, WebVTT's - the transcript's - does not)
    labelled = (t.document.srt_cues or t.cues)[0]
    bare = tt.clean(tt.read(path), options=Options(speaker_labels=False)).cues[0]
    assert len(labelled.speaker or "") + 2 + len(labelled.lines[0]) <= 42
    assert bare.lines == t.cues[0].lines == ("Okay, can everyone hear me? Great.",)


def test_a_slow_source_cue_is_not_cut_into_one_word_cues() -> None:
    # qa7 audit: a pop-on cue of seven words shown for 30 s came out as seven one-word cues
    srt = ("1\n00:00:00,000 --> 00:00:29,950\nunder the previous order,\nthe senate will\n\n"
           "2\n00:00:30,000 --> 00:00:59,950\nproceed to executive session\nto resume now.\n")
    cues = tt.clean(srt, options=Options(names=False, spelling=False)).cues
    assert [len(" ".join(c.lines).split()) for c in cues] == [7, 7]
    assert all(c.end - c.start <= 7.0 for c in cues)


def test_words_before_a_pause_the_source_sets_join_the_cue_before_them() -> None:
    # qa8 audit (KPIX morning news): a minute ending mid-phrase ("... plenty of sunshine
    # today, and as we" | pause | "start off the day") left "and as we" as a short cue or
    # at the head of one; the same with a gap between source cues
    src = ("WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nit's a warm december day across the "
           "region.\n\n00:00:03.000 --> 00:00:06.500\nwe are looking at plenty of sunshine today, "
           "and as we\n\n00:00:12.900 --> 00:00:16.000\nstart off the day, a live look at the "
           "city with clear skies.\n")
    cues = [" ".join(c.lines) for c in tt.clean(src).cues]
    assert "We are looking at plenty of sunshine today, and as we" in cues, cues


def test_a_speaker_label_longer_than_a_line_leaves_room_for_words() -> None:
    """A label wider than the line used to leave a negative width for the first line's
    words (found by `make fuzz`); the words now keep at least half a line."""
    from transcript_tools import clean

    srt = "1\n00:00:00,000 --> 00:00:01,000\n" + "x" * 45 + " announcer: the end\n"
    t = clean(srt, format="srt")
    assert t.text.endswith("The end.")
    assert all(c.text for c in t.cues)


def test_a_word_longer_than_a_cue_keeps_every_character() -> None:
    # found by `make fuzz`: a word longer than the cue's two lines was cut at the second line
    t = tt.clean("hello " + "y" * 100 + " there\n")
    assert "".join("".join(c.lines) for c in t.cues).count("y") == 100


def test_a_sentences_first_word_does_not_end_a_line() -> None:
    # qa10 audit: "of George Zimmerman. Was | it murder", "They've | been back" (CNN 2013)
    from transcript_tools import clean
    body = ("this is special live coverage of the verdict watch in the trial of the farmer. was "
            "it theft, fraud or a simple mistake after all? after nine days of testimony and a "
            "little courtroom bickering the case is in the hands of the jury. they have been back "
            "for several hours today and every legal expert says you can never predict a jury. "
            "it took the last jury eleven hours to convict a banker of fraud in the spring. we "
            "have our panel here with us tonight. what do you read into this long wait for a "
            "verdict from them?")
    t = clean("12:00 pm\n" + body + "\n12:01 pm\nthe jury is out.\n")
    ends = [line.split()[-2:] for c in t.cues for line in c.lines[:-1]]
    assert not [w for w in ends if len(w) == 2 and w[0][-1] in ".?!" and w[1][-1] not in ".?!,"]


def test_pop_on_source_cues_that_fit_stay_whole() -> None:
    # constructed subtitles of one short phrase a cue, no punctuation: cues were cut anew
    # across them ("life He used | to say"); now every cue holds whole source cues
    phrases = ["We walked along the river", "until the old mill came in sight",
               "where my grandfather worked", "for most of his long life",
               "He used to say the water", "never stopped for anybody",
               "and neither should we", "so we kept on walking home"]
    src = "".join(f"{k}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},900\n{p}\n\n"
                  for k, p in enumerate(phrases, 1))
    cues = [" ".join(c.text.split()).rstrip(".") for c in tt.clean(src).document.cues]
    assert len(cues) >= 6
    joined = iter(phrases)
    for cue in cues:
        got = next(joined)
        while got != cue:
            assert cue.startswith(got + " "), (cue, got)
            got += " " + next(joined)


def _srt(*cues: tuple[float, float, str]) -> str:
    def ts(x: float) -> str:
        ms = round(x * 1000)
        return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"
    return "".join(f"{k}\n{ts(a)} --> {ts(b)}\n{text}\n\n" for k, (a, b, text) in
                   enumerate(cues, 1))


def test_one_reading_speed_warning_says_which_cues_run_past_and_which_read_fast() -> None:
    # Fast speech: the first two cues cannot run past their second (the next cue starts with
    # its words) and read fast; the third and fourth have the room after them and run past.
    # One warning names both counts, its fast ones are the cues `check` reports, no others.
    srt = _srt((1.0, 2.0, "the ferry left the harbour late because the fog sat low on the bay"),
               (2.1, 3.0, "and the crew waited for the pilot boat to lead them through it"),
               (3.1, 4.0, "passengers on the upper deck could barely see the lighthouse"),
               (8.0, 8.5, "by noon the wind picked up and the crossing went on as normal"))
    t = tt.clean(srt, format="srt")
    said = [d.message for d in t.document.diagnostics if d.code == "reading-speed"]
    assert len(said) == 1, said
    fast = [v for v in check_captions(t.to_srt(), format="srt") if v.rule == "reading-speed"]
    assert said[0].startswith("4 cue(s) needed more time")
    assert f"; {len(fast)} read faster than 17 characters/s" in said[0] and len(fast) == 2
    assert "2 run past the source interval" in said[0]
    # only run past: no word of reading fast; slow speech: no warning at all
    gaps = _srt((1.0, 1.5, "the ferry left the harbour late because the fog sat low"),
                (6.0, 6.5, "by noon the wind picked up and the crossing went on"))
    said = [d.message for d in tt.clean(gaps, format="srt").document.diagnostics
            if d.code == "reading-speed"]
    assert len(said) == 1 and "they run past" in said[0] and "faster" not in said[0]
    slow = _srt((1.0, 5.0, "the ferry left the harbour late"), (6.0, 9.0, "the fog sat low"))
    assert not [d for d in tt.clean(slow, format="srt").document.diagnostics
                if d.code == "reading-speed"]


def test_units_read_as_their_definitions_on_a_short_and_a_long_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `layout._units` finds the turn changes, the sentence openers and each unit's end from
    # the few turn and sentence starts (and one pick of the ends): they must read as the
    # walk over every unit defines them, on a page kept in lists and one kept in arrays.
    from transcript_tools import layout

    text = ("9:00 am\n>> MAYA: um, the ferry left at noon. it was late, uh, again.\n"
            ">> OWEN: was it? the harbour's clock said ten past. >> MAYA: it did.\n"
            "9:01 am\nwe waited, um... on the pier. >> OWEN: and then?\n")
    doc = tt.clean(text).document
    short = layout._units(doc)
    monkeypatch.setattr(layout, "SHORT_PAGE", 0)
    long = layout._units(doc)
    starts = set(doc.sentence_starts)
    for u in (short, long):
        firsts, stops, turn = list(u.firsts), list(u.stops), u.turn
        assert u.changes == [k for k in range(1, len(turn)) if turn[k] != turn[k - 1]]
        assert u.changes and len(set(turn)) > 1
        assert u.sentence == [f in starts for f in firsts] and any(u.sentence)
        # a unit ends with its last token, or later where marks glued to it end later
        assert all(e >= doc.times.ends[s - 1] for e, s in zip(u.ends, stops))
    # (the long page's ends are picked one by one)
    assert short.texts == long.texts and list(short.ends) == list(long.ends)
    assert short.changes == long.changes and short.sentence == long.sentence


def test_page_wide_bounds_read_once_a_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """SRT's own stretches are timed a few cues at a time (`layout._srt_cues`): the windows'
    bounds and the page's anchors are read once a layout, not again for each stretch (a long
    page's 200 stretches made that read grow with the page's length squared), and each call
    times its cues as one given the windows themselves does."""
    from transcript_tools import cuetimes, layout

    calls: list[tuple[object, ...]] = []
    built: list[int] = []
    fit, init = layout.fit_times, cuetimes.Bounds.__init__

    def counted(*args: object) -> object:
        calls.append(args)
        return fit(*args)  # type: ignore[arg-type]

    def counted_init(self: cuetimes.Bounds, *args: object) -> None:
        built.append(1)
        init(self, *args)  # type: ignore[arg-type]
    monkeypatch.setattr(layout, "fit_times", counted)
    monkeypatch.setattr(cuetimes.Bounds, "__init__", counted_init)
    text = (EXAMPLES / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    t = tt.clean(text)
    assert len(calls) >= 3  # WebVTT's cues, then SRT's stretches (a named turn's first cue)
    assert len(built) == 1
    doc = t.document
    wins = windows(doc)
    for args in calls:  # the same cues from the windows as from their bounds
        assert isinstance(args[6], cuetimes.Bounds)
        assert fit(*args[:6], wins) == fit(*args)  # type: ignore[arg-type]
