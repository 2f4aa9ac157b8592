"""Regressions from the qa28 audit (caption files of kinds qa23 had not read: Whisper JSON with
word confidences, YouTube automatic captions, karaoke SRT), each on constructed text of the
shape a file showed; `tests/data/qa28/README.md` has the files."""

from __future__ import annotations

import json

import pytest

import transcript_tools as tt
from transcript_tools.errors import ParseError


def _words_json(segments: list[tuple[float, str]]) -> str:
    """Whisper-style JSON whose words are objects with "text" and "confidence" (the shape
    whisper-timestamped writes): each word's text stands right after a JSON quote."""
    out = []
    for start, text in segments:
        words = [{"text": w, "start": start + k * 0.3, "end": start + k * 0.3 + 0.25,
                  "confidence": 0.8} for k, w in enumerate(text.split())]
        out.append({"start": start, "end": start + 0.3 * len(words), "text": " " + text,
                    "words": words})
    return json.dumps({"text": "", "segments": out}, indent=1)


def test_the_json_quote_before_a_word_opens_no_quotation() -> None:
    # '"text": "you"': the quote after the colon was read as a quotation opening on "you",
    # "we", "we're" ('a map for You on the desk')
    source = _words_json([(0.0, "Mission control, we have a map for you on the desk."),
                          (4.0, "Okay. Then we're ready, and we will call at noon.")])
    t = tt.clean(source, format="whisper")
    assert "a map for you on" in t.text and "Then we're ready, and we will call" in t.text, \
        t.text
    assert not [c for c in t.corrections if c.rule == "quote-start"]
    # a quotation in plain text is still one
    t = tt.clean('she said, "we will be there at noon."')
    assert '"We will' in t.text, t.text


_TALK = [
    "The biggest change the new tools bring to our schools is that they show the old "
    "incentives failed.",
    "What we mean is that we can simplify a task to the point that we might hide what the "
    "student is meant to learn.",
    "And so I asked her, why did you choose that price?",
    "She said it was what the tool told her.",
]


def _srt(lines: list[str]) -> str:
    return "\n".join(f"{k + 1}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 2:02d},000\n{line}\n"
                     for k, line in enumerate(lines))


def test_a_written_sources_sentences_are_whole_units_for_the_turns() -> None:
    # a Whisper SRT of a one-voice talk: turns began inside the writer's sentences, before
    # "is that" and "what" ("... bringing to education | is that | it's highlighting ...")
    from transcript_tools.turns import TurnSegmenter
    t = tt.clean(_srt(_TALK), format="srt")
    doc = t.document
    starts = set(doc.sentence_starts)
    pieces = doc.text_pieces()
    split = TurnSegmenter._units(pieces, starts, pieces[0].first)
    assert any(u.first not in starts for u in split)  # (the cuts a caption text gets)
    whole = TurnSegmenter._units(pieces, starts, pieces[0].first, whole=True)
    assert all(u.first in starts for u in whole)
    assert all(turn.first in starts or turn.first == 0 for turn in t.turns)


def test_a_question_reported_in_its_own_sentence_is_no_exchange() -> None:
    # "and so i asked her, why did you price it that?" is the speaker telling what was asked
    # (it counted as a question put to the other voice); one asked of "you" still counts
    from transcript_tools.exchanges import exchange
    from transcript_tools.speakercues import new_unit

    def units(*texts: str) -> list:
        return [new_unit(k, tuple(s.split()), 1, s.endswith("?"), 0.0)
                for k, s in enumerate(texts)]
    told = units("she set the price at fifty dollars", "and so i asked her why did you "
                 "choose that price?")
    assert exchange(told) == 0.0
    asked = units("she set the price at fifty dollars", "so i asked you earlier why did you "
                  "choose that price?")
    assert exchange(asked) >= 1.0


def _karaoke(lines: list[tuple[float, float, str]]) -> str:
    """SRT as word-level karaoke writers make it: the line again in a cue per word, that
    word lit with a font colour, each cue as long as the word is said."""
    out = []
    n = 0
    for start, end, line in lines:
        words = line.split()
        step = (end - start) / len(words)
        for k in range(len(words)):
            lit = " ".join(words[:k] + [f'<font color="#00ff00">{words[k]}</font>']
                           + words[k + 1:])
            a, b = start + k * step, start + (k + 1) * step

            def clock(t: float) -> str:
                ms = round(t * 1000)
                return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"
            out.append(f"{n}\n{clock(a)} --> {clock(b)}\n{lit}\n")
            n += 1
    return "\n".join(out)


def test_a_karaoke_line_shown_once_per_word_keeps_the_time_its_words_are_said() -> None:
    # the line was kept from its first copy only, its words timed in the first word's
    # fraction of a second: the last cue ended before its last words were said
    source = _karaoke([(1.0, 4.0, "The river rose over the old stone bridge."),
                       (5.0, 7.5, "Nobody crossed it that night.")])
    t = tt.clean(source, format="srt")
    assert t.text.count("river") == 1 and t.text.count("Nobody") == 1, t.text
    doc = t.document
    ends = {p.text: doc.times[p.first][1] for p in doc.word_pieces()}
    assert ends["bridge"] > 3.5 and ends["night"] > 7.0, ends
    assert t.cues[-1].end >= 7.4, t.cues


def test_an_srt_files_header_lines_before_the_first_cue_are_markup() -> None:
    # an SRT converted from YouTube's WebVTT keeps its "Kind: captions" / "Language: en"
    # header: the file was refused ("must start with a cue number line")
    source = ("Kind: captions\nLanguage: en\n1\n00:00:00,500 --> 00:00:02,000\n"
              "The ferry leaves at noon.\n\n2\n00:00:02,000 --> 00:00:04,000\n"
              "It returns at six.\n")
    t = tt.clean(source, format="srt")
    assert t.text == "The ferry leaves at noon. It returns at six.", t.text
    heads = [c for c in t.corrections if c.rule == "srt-header"]
    assert [c.original for c in heads] == ["Kind: captions", "Language: en"]
    assert all(source[c.start:c.end] == c.original for c in t.corrections)
    # a line of text before the first cue is no header: refused as before
    with pytest.raises(ParseError):
        tt.clean("Good evening and welcome\n1\n00:00:00,500 --> 00:00:02,000\nThe ferry "
                 "leaves at noon.\n", format="srt")
