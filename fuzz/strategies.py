"""Hypothesis generators of caption-archive input: clock lines, markers, labels, sound cues,
words (with diacritics and non-Latin scripts), punctuation, odd line ends; SRT and WebVTT.

Used by tests/test_invariants.py and the fuzz runner (`python -m fuzz`).
"""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = (
    "the and of to a in that is it he said we they you i was for on are with as at be this "
    "have from or one had by but not what all were when there can an your which their if do "
    "will each about how up out them then she many some so these would other into has more "
    "her two like him see time could no make than first been its who now people my made over "
    "did down only way find use may water long little very after words called just where most "
    "know get through back much go good new write our me man too any day same right look "
    "think also around another came come work three must because does part even place well "
    "such here take why help put different away again off went old number great tell men "
    "say small every found still between name should home big give air line set own under "
    "read last never us left end along while might next sound below saw something thought "
    "both few those always show large often together asked house world going want school "
    "uh um yeah okay president minister government news tonight reporter breaking"
).split()
ODD_WORDS = [
    "çavuşoğlu", "cavusoglu", "mevlüt", "zürich", "ångström", "naïve", "o'connor", "co-chair",
    "isn't", "москва", "東京", "مرحبا", "שלום", "ελλάδα", "नमस्ते", "e\u0301te\u0301",
    "ﬁsh", "ǅemal", "ß", "İstanbul", "1st", "2nd", "$5", "3.5%", "u.s.", "u.n.", "9/11",
    "10:30", "1,000", "’cause", "dr.", "mr.", "CSTO", "NATO", "x" * 45,
]
CLOCKS = ["5:34 am", "5:35 AM", "11:59 pm", "12:00 am", "12:01 a.m.", "17:35", "[05:36]",
          "5:36:12 pm", "0:00", "23:59", "7:00", "1:05 pm", "9:40 am", "12:30"]
MARKERS = [">>", ">>>", "> >", "> > >", ">> reporter:", ">> JOHN SMITH:", "announcer:",
           "BOB:", "-", "--"]
CUES = ["[applause]", "[ laughter ]", "(laughter)", "(CROWD CHEERING)", "♪", "♪♪",
        "[inaudible]", "(csto)"]
PUNCT = [".", ",", "?", "!", "...", "--", ":", ";", '"', "'", "(", ")", "&", "%", "<b>",
         "</i>", "-->", "&amp;", "#", "*", "/", "…", "—", "“", "”"]
LINE_ENDS = ["\n", "\n", "\n", "\r\n", "\r", "\n\n", "\u2028", "\x0c"]

_clock = st.builds(lambda h, m, ap: f"{h}:{m:02d}{ap}", st.integers(0, 25), st.integers(0, 61),
                   st.sampled_from(["", " am", " pm", " a.m.", " PM"]))
word = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(ODD_WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.text(min_size=1, max_size=8),
)
_item = st.one_of(word, word, word, word, st.sampled_from(PUNCT), st.sampled_from(CUES),
                  st.sampled_from(MARKERS))
_plain_line = st.lists(_item, min_size=1, max_size=14).map(" ".join)
_spaced_line = st.lists(st.tuples(_item, st.sampled_from([" ", " ", "  ", "   "])), min_size=1,
                        max_size=14).map(lambda xs: "".join(i + s for i, s in xs)[:-1])
"""Words some spaces apart (captions pasted from pages): the clean text writes one space, and
its second cleaning must read the gap as the first did."""
content_line = st.one_of(_plain_line, _plain_line, _plain_line, _spaced_line)
line = st.one_of(content_line, content_line, content_line, st.sampled_from(CLOCKS), _clock,
                 st.sampled_from(MARKERS).flatmap(
                     lambda m: content_line.map(lambda c: f"{m} {c}")),
                 st.just(""), st.sampled_from([" ", "\t", "tv News Test Channel October 7, "
                                               "2020 5:00am-6:00am PDT", "Share", "menu"]))


@st.composite
def broadcast_text(draw: st.DrawFn, max_lines: int = 30) -> str:
    """Text shaped like an archive caption page, with mixed line ends."""
    lines = draw(st.lists(line, max_size=max_lines))
    ends = draw(st.lists(st.sampled_from(LINE_ENDS), min_size=len(lines),
                         max_size=len(lines)))
    text = "".join(a + b for a, b in zip(lines, ends, strict=True))
    if draw(st.booleans()) and text:
        text = text.rstrip("\r\n")
    if draw(st.integers(0, 9)) == 0:
        text = "\ufeff" + text
    return text


def _stamp(seconds: float, sep: str, hours: bool = True) -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return (f"{h:02d}:" if hours or h else "") + f"{m:02d}:{s:02d}{sep}{ms:03d}"


@st.composite
def caption_file(draw: st.DrawFn) -> tuple[str, str]:
    """(format, text): a well-formed SRT or WebVTT file with 0-12 cues."""
    fmt = draw(st.sampled_from(["srt", "vtt"]))
    n = draw(st.integers(0, 12))
    t = draw(st.floats(0, 4000, allow_nan=False))
    blocks = []
    for i in range(n):
        start = t + draw(st.floats(0, 30, allow_nan=False))
        end = start + draw(st.floats(0.001, 10, allow_nan=False))
        t = draw(st.sampled_from([end, start]))  # overlapping cues happen in real files
        body = draw(st.lists(content_line.filter(
            lambda c: "-->" not in c and c.strip() and not c.strip().isdigit()),
            min_size=1, max_size=3))
        sep = "," if fmt == "srt" else "."
        timing = f"{_stamp(start, sep)} --> {_stamp(end, sep)}"
        ident = f"{i + 1}\n" if fmt == "srt" or draw(st.booleans()) else ""
        blocks.append(ident + timing + "\n" + "\n".join(b.strip() for b in body))
    head = "WEBVTT\n\n" if fmt == "vtt" else ""
    return fmt, head + "\n\n".join(blocks) + "\n"


@st.composite
def damaged(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """``base`` text with a few random deletions, insertions and line swaps."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["del", "ins", "swap"]))
        if op == "del" and text:
            i = draw(st.integers(0, len(text) - 1))
            text = text[:i] + text[i + draw(st.integers(1, 8)):]
        elif op == "ins":
            i = draw(st.integers(0, len(text)))
            text = text[:i] + draw(st.sampled_from(["-->", ":", "\n", "\n\n", "1\n", ",",
                                                    "<", "9", "WEBVTT", "\x00"])) + text[i:]
        else:
            lines = text.split("\n")
            if len(lines) > 1:
                i = draw(st.integers(0, len(lines) - 2))
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
                text = "\n".join(lines)
    return text
