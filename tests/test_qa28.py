"""Regressions from the qa28 audit (caption files of kinds qa23 had not read: Whisper JSON with
word confidences, YouTube automatic captions, karaoke SRT), each on constructed text of the
shape a file showed; `tests/data/qa28/README.md` has the files."""

from __future__ import annotations

import json

import transcript_tools as tt


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
