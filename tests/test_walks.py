"""Per-word walks done at C speed (speed26): each gives what the walk it replaced gave."""

from __future__ import annotations

import random
from array import array
from itertools import accumulate

from transcript_tools import layout
from transcript_tools.language import ENDS, WRITTEN_CAPITALS, WRITTEN_ENDS, written_source
from transcript_tools.model import Document
from transcript_tools.readers import parse


def _walked(doc: Document) -> bool:
    """`written_source` as a walk over every token (the form the lowercase test skips)."""
    after = capitals = words = upper = 0
    previous = before = None
    for t in doc.tokens:
        if t.kind == "word" and t.text[:1].isalpha():
            words += 1
            upper += t.text.isupper() and len(t.text) > 1
            if previous is not None and previous.kind == "punct" and previous.text in ENDS \
                    and before is not None and before.end == previous.start:
                after += 1
                capitals += t.text[:1].isupper()
        previous, before = t, previous
    return after >= WRITTEN_ENDS and capitals >= WRITTEN_CAPITALS * after \
        and upper < 0.5 * words


LECTURE = ("The pump moves water uphill. It needs power at night. Solar panels charge it. "
           "Batteries hold the charge. The farm stays green all summer.\n")


def test_written_source_equals_the_walk() -> None:
    assert written_source(parse(LECTURE))
    assert not written_source(parse(LECTURE.lower()))
    # one capital that only lower() can see (non-ASCII), and a lowercase page with an accent
    assert written_source(parse(LECTURE.replace("The farm", "Élan: the farm")))
    assert not written_source(parse(LECTURE.lower().replace("farm", "café")))
    rnd = random.Random(11)
    parts = ["pump", "Pump", "water", ". ", " ", "! ", "? ", "\n", "é", "É", "x.", "NASA"]
    for _ in range(3000):
        doc = parse("".join(rnd.choice(parts) for _ in range(rnd.randint(0, 60))))
        assert written_source(doc) == _walked(doc), doc.source


def _opener_walked(u: layout._Units, i: int, lines: list[str]) -> bool:
    """`layout._opener_at_line_end` with each line's last unit found word by word."""
    texts, sentence = u.texts, u.sentence
    k = i - 1
    for line in lines[:-1]:
        k += 1
        chars = len(texts[k])
        while chars < len(line) and k + 1 < len(texts):
            k += 1
            chars += 1 + len(texts[k])
        if k > i and sentence[k] and not texts[k].endswith(layout._ENDS):
            return True
    return False


def test_opener_at_line_end_equals_the_walk() -> None:
    rnd = random.Random(5)
    found = 0
    for _ in range(5000):
        u = layout._Units()
        n = rnd.randint(1, 10)
        u.texts = ["".join(rnd.choice("ab.,") for _ in range(rnd.randint(1, 6)))
                   for _ in range(n)]
        u.sentence = [rnd.random() < 0.4 for _ in range(n)]
        u.joined_to = array("q", list(accumulate([len(x) + 1 for x in u.texts], initial=0)))
        i = rnd.randrange(n)
        lines: list[str] = []
        line: list[str] = []
        for w in u.texts[i:rnd.randint(i + 1, n)]:
            line.append(w)
            if rnd.random() < 0.4:
                lines.append(" ".join(line))
                line = []
        if line:
            lines.append(" ".join(line))
        got = layout._opener_at_line_end(u, i, lines)
        assert got == _opener_walked(u, i, lines), (u.texts, i, lines)
        found += got
    assert found > 100  # (the test meets both answers)


def test_opener_at_line_end_finds_a_sentence_begun_in_the_cue() -> None:
    u = layout._Units()
    u.texts = ["dock.", "Was", "it", "open"]
    u.sentence = [False, True, False, False]
    u.joined_to = array("q", list(accumulate([len(x) + 1 for x in u.texts], initial=0)))
    assert layout._opener_at_line_end(u, 0, ["dock. Was", "it open"])
    assert not layout._opener_at_line_end(u, 0, ["dock.", "Was it open"])


def test_indices_are_the_range_they_replace() -> None:
    """`scans.indices` (speed27) is ``range`` for any bounds, shared int objects or not."""
    from itertools import compress

    from transcript_tools import scans

    rng = random.Random(27)
    for _ in range(3_000):
        start = rng.randint(-5, scans._INDICES_CAP + 50)
        stop = rng.choice([start + rng.randint(-5, 60), rng.randint(-5, scans._INDICES_CAP + 50)])
        assert list(scans.indices(start, stop)) == list(range(start, stop)), (start, stop)
        assert list(scans.indices(stop)) == list(range(stop)), stop
    # the walks it serves: the mask's true places, cut at the bound as range cut them
    mask = bytes(rng.random() < 0.1 for _ in range(4_000))
    assert list(compress(scans.indices(3_000), mask)) == \
        [i for i in range(3_000) if mask[i]]
    assert list(compress(scans.indices(1, 3_999), mask)) == \
        [i for i in range(1, 3_999) if mask[i - 1]]  # (the place after each true one)
    assert not list(compress(scans.indices(-1), mask))  # (range(-1) is empty, not a slice)
    assert type(scans.indices(scans._INDICES_CAP + 1)) is range  # a long page: range itself
    for n in (0, 1, 5, 3_000, scans._INDICES_CAP + 7):
        words = [f"w{k % 17}" for k in range(n)]
        assert list(scans.numbered(words)) == list(enumerate(words))
