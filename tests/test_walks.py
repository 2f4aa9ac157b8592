"""Per-word walks done at C speed (speed26): each gives what the walk it replaced gave."""

from __future__ import annotations

import random
from array import array
from itertools import accumulate

from transcript_tools import layout, scans
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



def test_where_is_compress_over_the_range_however_long_the_page() -> None:
    """`scans.where` (speed48) gives ``compress(range(start, stop), mask)``'s positions and
    reads the mask as far and as lazily as it: on a short page, and past `indices`' cap,
    where it walks blocks of the cap (the block edges, a mask shorter or longer than the
    range, a start past the first block, a list changed while it is walked)."""
    from itertools import compress

    cap = scans._INDICES_CAP
    rng = random.Random(48)
    for _ in range(120):
        stop = rng.choice([0, 1, 7, cap - 1, cap, cap + 1, 2 * cap, 2 * cap + 1, 3 * cap + 77])
        start = rng.choice([0, 0, 1, 5, cap - 1, cap, cap + 3]) if stop else 0
        density = rng.choice([0.0, 0.02, 0.3, 1.0])
        length = max(0, rng.choice([stop, stop - start, stop + 9, stop - 40, stop // 2]))
        mask = [rng.random() < density for _ in range(length)]
        assert list(scans.where(mask, start, stop)) == list(compress(range(start, stop), mask))
        if start == 0:
            assert list(scans.where(mask, stop)) == list(compress(range(stop), mask))
        # as much of an iterator consumed as compress consumes
        ours, theirs = iter(mask), iter(mask)
        list(scans.where(ours, start, stop))
        list(compress(range(start, stop), theirs))
        assert list(ours) == list(theirs)
    assert not list(scans.where([True] * 3, -1))  # (range(-1) is empty)
    assert list(scans.where(b"\x00\x01\x02", 3)) == [1, 2]  # (a bytes mask: its values)
    # a list changed while walked (an end taken back at the place walked, one set ahead,
    # one across a block's edge) is read as compress reads it
    for n in (300, 3 * cap):
        ends = bytearray(rng.random() < 0.05 for _ in range(n))
        twin = bytearray(ends)
        walked = []
        for i in scans.where(ends, n):
            walked.append(i)
            ends[i] = 0
            for ahead in (i + 2, i + cap - 1):
                if ahead < n:
                    ends[ahead] = not ends[ahead]
        expected = []
        for i in compress(range(n), twin):
            expected.append(i)
            twin[i] = 0
            for ahead in (i + 2, i + cap - 1):
                if ahead < n:
                    twin[ahead] = not twin[ahead]
        assert walked == expected and ends == twin
        assert len(walked) > 10
    # a sparse long page: hits in the second and third blocks, numbered from the page's start
    long = [False] * (3 * cap)
    long[cap + 5] = long[2 * cap + 9] = True
    assert list(scans.where(long, len(long))) == [cap + 5, 2 * cap + 9]

# --- speed28: walks skipped by one look at the page -------------------------------------------

def test_a_sound_token_stands_only_where_may_hold_cues_says_it_can() -> None:
    """Every page holding a sound token (a bracketed or parenthesised cue, a song's marks, an
    escaped bracket a caption reader decodes) passes the gate; a plain page of words does not
    (its walk is skipped)."""
    from transcript_tools.readers.tokens import may_hold_cues

    rng = random.Random(28)
    pieces = ["the", "cat", "sat", ",", ".", "?", "[applause]", "(laughter)", "♪", "#",
              "&#91;music&#93;", "[1. call to order]", "and", "rain", "-", "'s"]
    seen_sound = seen_plain = 0
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for doc in (parse(text), parse(f"1\n00:00:01,000 --> 00:00:02,000\n{text}\n",
                                       format="srt")):
            sound = any(t.kind == "sound" for t in doc.tokens)
            if sound:
                seen_sound += 1
                assert may_hold_cues(doc.source) or doc.metadata.get("format") == "srt", text
            elif not may_hold_cues(doc.source):
                seen_plain += 1
    assert seen_sound > 50 and seen_plain > 5
    assert not may_hold_cues("so the council met on tuesday. it voted.")
    assert may_hold_cues("[1. CALL TO ORDER]") and may_hold_cues("caf\u00e9")


def test_a_meeting_s_agenda_heading_still_counts_and_a_plain_page_is_none() -> None:
    from transcript_tools.meetings import meeting

    text = ("[1. CALL TO ORDER] good evening. we have a quorum tonight. [2. PUBLIC COMMENT] "
            "is there any public comment? seeing none. ") * 2
    assert meeting(parse(text))
    assert not meeting(parse("we have a quorum tonight. is there any public comment? no. "
                             "the weather is fine and the game went on. "))


def test_the_casing_gates_skip_only_pages_without_the_words() -> None:
    """The compass, members, saints and "god" rules: a page with the word still cased, one
    without it left as it was (the gate only skips a walk that finds nothing)."""
    import transcript_tools as tt

    out = tt.clean("the forecast says winds ne 10 to 20 mph tonight. a labour mp said so. "
                   "we went to st petersburg. thank god it was over.").text
    assert "NE 10" in out and "Labour MP" in out and "God" in out
    plain = tt.clean("the forecast says winds of 10 to 20 mph tonight. a labour member said so.")
    assert "NE" not in plain.text and "MP" not in plain.text


def test_places_are_the_walk_they_replace() -> None:
    """`scans.places` gives the indices a walk over every item gives, for lists and tuples,
    none where the item is absent."""
    from transcript_tools.scans import places

    rng = random.Random(29)
    words = ["you", "know", "thank", "to", "see", "we", "your"]
    for _ in range(3000):
        items = [rng.choice(words) for _ in range(rng.randint(0, 25))]
        for seq in (items, tuple(items)):
            assert places(seq, "you") == [k for k, x in enumerate(seq) if x == "you"]
    assert places(("we", "see"), "you") == []


def test_second_person_cues_leave_out_you_know_and_thank_you() -> None:
    """A unit's second-person count (`speakercues.cues`) leaves out "you know", "you see",
    "thank you" and "to you", and counts every other "you", "your", "you're"."""
    from transcript_tools.speakercues import Unit, cues

    def second(text: str) -> int:
        return cues(Unit(0, tuple(text.split()), 1)).second

    assert second("what do you think about your garden and you're sure") == 3
    assert second("thank you so much you know it was to you that i spoke you see") == 0
    assert second("you you know you") == 2
    assert second("the harbour froze in the night") == 0


def test_generic_you_is_not_addressed() -> None:
    """`speakerfeatures._addressed` leaves out a generic "you" (after "if", before "can't",
    "have to") and keeps one said to someone."""
    from transcript_tools.speakerfeatures import _addressed

    words = "if you panic you can't win but you have to try and what do you say".split()
    assert _addressed(words, 5) == 2  # "you have to try" is generic too; "do you say" is not
    assert _addressed("what do you say".split(), 1) == 1
    assert _addressed("you can never tell".split(), 1) == 0


def _wh_heads_walk(keys: list[str], fixed: bytearray, blocked: bytearray,
                   scores: array, fluent: object) -> None:
    """`sentences.wh_heads` as it walked every gap (the reference for the test below)."""
    from transcript_tools.questions import AUX, LEADS, TAG_PRONOUNS
    from transcript_tools.sentences import _NO_NOUN, _WH_HEADS, NEVER, _how_degree

    n = len(keys)
    start = 0
    for i in range(n - 2):
        if fixed[i]:
            start = i + 1
            continue
        if keys[i + 1] not in AUX or keys[i + 2] not in TAG_PRONOUNS or blocked[i]:
            continue
        s = start
        while s < i and keys[s] in LEADS:
            s += 1
        head = keys[s:i + 1]
        if 2 <= len(head) <= 3 and head[0] in _WH_HEADS and head[1] not in _NO_NOUN \
                and not any(k in AUX or k in TAG_PRONOUNS for k in head[1:]) \
                and fluent("the", head[1]) or _how_degree(head, fluent):  # type: ignore[operator]
            blocked[i] = True
            scores[i] = NEVER


def test_wh_heads_equal_the_walk_over_every_gap() -> None:
    """`sentences.wh_heads`, which looks only at the gaps before an auxiliary, blocks the
    same ends as the walk over every gap, on random word runs with fixed ends."""
    from transcript_tools.sentences import wh_heads

    rng = random.Random(24)
    vocab = ["so", "and", "what", "which", "how", "damage", "part", "much", "the", "would",
             "do", "is", "you", "we", "they", "it", "did", "big", "time"]

    def fluent(a: str, b: str) -> bool:
        return len(b) % 3 != 0

    blocked_any = 0
    for _ in range(5000):
        n = rng.randint(0, 30)
        keys = [rng.choice(vocab) for _ in range(n)]
        fixed = bytearray(rng.choice((0, 0, 0, 1)) for _ in range(n))
        blocked = bytearray(rng.choice((0, 0, 0, 0, 1)) for _ in range(n))
        want_b, want_s = bytearray(blocked), array("d", [0.0] * n)
        got_s = array("d", [0.0] * n)
        _wh_heads_walk(keys, fixed, want_b, want_s, fluent)
        wh_heads(keys, fixed, blocked, got_s, fluent)
        assert (blocked, got_s) == (want_b, want_s), (keys, fixed)
        blocked_any += any(got_s)
    assert blocked_any > 10  # (some runs do block: the test compares real work)


def test_wh_heads_and_comma_conjunctions_equal_the_walks() -> None:
    """The wh-heads' and the comma conjunctions' places found at C speed mark the gaps the
    walks over every gap marked, on random word runs (wh-words, leads, auxiliaries, pronouns,
    commas, fixed ends and blocked gaps among them)."""
    from transcript_tools.model import Piece
    from transcript_tools.sentencegaps import NEVER
    from transcript_tools.sentences import comma_conjunctions, wh_heads
    comma = Piece(0, 1, 0, 1, ",")
    words = ("what which whose how so and well damage part much significantly come the "
             "plus yet would do did is can you we it they he i cat").split()

    def fluent(a: str, b: str) -> bool:
        return (len(a) + len(b)) % 3 != 0

    rng = random.Random(30)
    marked = 0
    for _ in range(3000):
        n = rng.randint(0, 14)
        keys = [rng.choice(words) for _ in range(n)]
        fixed = bytearray(rng.random() < 0.15 for _ in range(n))
        blocked = bytearray(rng.random() < 0.1 for _ in range(n))
        gaps = [(comma,) if rng.random() < 0.3 else () for _ in range(n)]
        scores = array("d", [0.5] * n)
        old_b, old_s = bytearray(blocked), array("d", scores)
        _wh_heads_walk(keys, fixed, old_b, old_s, fluent)
        wh_heads(keys, fixed, blocked, scores, fluent)
        assert (blocked, scores) == (old_b, old_s)
        old_b, old_s = bytearray(blocked), array("d", scores)
        for i in range(1, n - 1):  # the old walk of `comma_conjunctions`
            if keys[i] in ("plus", "so", "yet") and not gaps[i] and not fixed[i] \
                    and len(gaps[i - 1]) == 1 and gaps[i - 1][0].text == ",":
                old_b[i] = True
                old_s[i] = NEVER
        comma_conjunctions(keys, gaps, fixed, blocked, scores)
        assert (blocked, scores) == (old_b, old_s)
        marked += old_s.count(NEVER)
    assert marked > 100  # (the runs do reach both rules)


def test_stutter_candidates_equal_the_last_seen_walk() -> None:
    """`stutters._candidates` by the four words before each equals the walk that kept each
    word's last place in a dict, on random runs of a few words (repeats, fragments, figures
    before their ordinals, empty keys) and random spans."""
    from transcript_tools.stutters import _MIN_FRAGMENT, _candidates, _own_ordinal

    def old(keys: list[str], lo: int, hi: int) -> list[int]:
        base = max(0, lo - 4)
        got: list[int] = []
        last: dict[str, int] = {}
        prev = ""
        for i, key in enumerate(keys[base:hi]):
            if i - last.get(key, -5) <= 4 or len(prev) < len(key) and key.startswith(prev) \
                    and (len(prev) >= _MIN_FRAGMENT or _own_ordinal(prev, key)):
                got.append(i)
            last[key] = i
            prev = key
        return [base + i for i in got if base + i >= lo]

    words = "the a an and th them cai cairo 9 9th 1 19 19th i it is".split() + [""]
    rng = random.Random(30)
    found = 0
    for _ in range(3000):
        keys = [rng.choice(words) for _ in range(rng.randint(0, 30))]
        lo = rng.randint(1, max(1, len(keys)))
        hi = rng.randint(lo, len(keys) + 1)
        assert _candidates(keys, lo, hi) == old(keys, lo, hi)
        found += len(old(keys, lo, hi))
    assert found > 1000


def test_stutter_columns_rejoined_equal_the_gap_counts() -> None:
    """`stutters._rejoined` / `_original` (the joins of the words kept and the caller's
    positions, kept pass after pass) equal the columns they replace: each standing word's
    count of broken gaps before it (two words adjacent when the counts agree) and its
    position, both compressed pass by pass; on random joins, with runs removed at either
    end, in the middle, and everything but one word."""
    from itertools import compress

    from transcript_tools.stutters import _kept, _original, _rejoined

    rng = random.Random(31)
    checked = differ = 0
    for _ in range(2000):
        n = rng.randint(1, 40)
        joined = bytearray([0] + [rng.random() < 0.8 for _ in range(n - 1)])
        at = array("Q", accumulate((not j for j in joined[1:]), initial=0))
        live = array("Q", range(n))
        lost: list[int] = []
        while len(live) > 1:
            gone = sorted(rng.sample(range(len(live)), rng.randint(1, len(live) - 1)))
            now = [_original(lost, j) for j in gone]
            assert now == [live[j] for j in gone]
            lost = sorted(lost + now)
            keep = _kept(gone, len(live))
            naive = bytearray(compress(joined, keep))  # (each kept word's join as it was)
            joined = _rejoined(joined, keep, gone)
            live = array("Q", compress(live, keep))
            at = array("Q", compress(at, keep))
            want = bytearray(1) + bytearray(map(int.__eq__, at, at[1:]))
            assert joined == want
            checked += 1
            differ += naive != want
    assert checked > 3000 and differ > 1000  # (the runs' joins matter)


def test_shouted_gate_counts_as_the_walk() -> None:
    """`shouting.shouted`'s C-speed count of words in capitals (the lone "A" and "I" with
    them) only ever skips pages the walk over words of two letters or more skips."""
    from transcript_tools import shouting

    rng = random.Random(34)
    pool = ["the", "I", "A", "NFL", "US", "GO", "rain", "Élan", "ÉTÉ", "4", "B2", "x"]
    for _ in range(3000):
        texts = [rng.choice(pool) for _ in range(rng.randint(3, 40))]
        walked = sum(1 for t in texts if len(t) > 1 and t.isupper())
        got = shouting.shouted(texts)
        if walked < shouting._SHOUTED_RUN:
            assert got == set() or sum(map(shouting._capitals, texts[:64])) > 0
        else:
            share = sum(map(shouting._capitals, texts[:64])) > shouting._SHOUTED_SHARE * len(
                texts[:64]) / 2 and sum(map(shouting._capitals, texts)) > \
                shouting._SHOUTED_SHARE * len(texts)
            assert share or got == shouting._stretches(texts, texts)



def _stretches_walked(texts: list[str], written: list[str]) -> set[int]:
    """`shouting._stretches` as a walk over every run of words with no lowercase letter."""
    from transcript_tools import shouting

    out: set[int] = set()
    run: list[int] = []
    for k in [*range(len(written)), -1]:
        if k >= 0 and written[k].upper() == written[k]:
            run.append(k)
            continue
        if len(run) >= shouting._SHOUTED_RUN and sum(
                1 for j in run if shouting._capitals(written[j])) >= shouting._SHOUTED_RUN:
            out.update(j for j in run if texts[j].isupper())
        run = []
    return out


def test_shouted_stretches_as_the_walk_over_every_run() -> None:
    """`shouting._stretches` reads only the runs around words in capitals: the same words as
    a walk over every run of words with no lowercase letter, where the source's text
    (``written``) differs from the cased one, and where a run is one word short."""
    from transcript_tools import shouting

    rng = random.Random(47)
    pool = ["THE", "RAIN", "FELL", "ON", "A", "I", "4", "--", "B2", "U.S.", "ÉTÉ", "NFL",
            "MOORLAND", "and", "Élan", "x", "Kettering", "ß", "ĸ"]
    found = empty = 0
    for _ in range(3000):
        capitals = rng.random()
        texts = [rng.choice(pool[:11] if rng.random() < capitals else pool)
                 for _ in range(rng.randint(0, 60))]
        # the source's words where an earlier stage cased, lowered or spelled one out
        changed = ["Mixed", "4"]
        written = [t if rng.random() < 0.85 else rng.choice([t.upper(), t.lower(), *changed])
                   for t in texts]
        got = shouting._stretches(texts, written)
        assert got == _stretches_walked(texts, written)
        found += bool(got)
        empty += not got and sum(map(shouting._capitals, written)) >= shouting._SHOUTED_RUN
    assert found > 300 and empty > 300  # (both outcomes met)
    line = ["RAIN", "FELL", "ON", "THE", "MOORLAND", "ALL", "NIGHT", "LONG"]
    assert shouting._stretches(line, line) == set(range(8))
    assert shouting._stretches(line[:7] + ["long"], line[:7] + ["long"]) == set()



def test_long_walks_find_their_words_past_the_shared_positions() -> None:
    """speed50: the page-wide walks by `scans.where` number a word past `scans.indices`' cap
    (a block of shared ints at a time) as its place: a stretch in capitals before, across and
    after a block's edge, and a self-introduction deep in a long turn's text."""
    from transcript_tools import shouting
    from transcript_tools.turns import _self_named

    cap = scans._INDICES_CAP
    texts = ["the", "harbour", "pilot", "said"] * (3 * cap // 4 + 5)
    line = ["RAIN", "FELL", "ON", "THE", "MOORLAND", "ALL", "NIGHT", "LONG"]
    for at in (5, cap - 3, cap + 11, 2 * cap - 4, len(texts) - 8):
        page = texts[:at] + line + texts[at + 8:]
        got = shouting._stretches(page, page)
        assert got == set(range(at, at + 8)) == _stretches_walked(page, page), at
    assert shouting._stretches(texts, texts) == set()
    words = ["so", "we", "went", "on"] * (cap // 2)
    assert _self_named(" ".join([*words, "I'm", "Petra", "Lindqvist."])) == "Petra Lindqvist"
    assert _self_named(" ".join([*words, "I", "am", "tired"])) is None

def _opens_a_naming(text: str) -> bool:
    """Whether the split words of ``text`` hold a self-introduction's opening ("i'm", "this
    is", "i am"): the walk `turns._self_named` makes after its gate."""
    lows = text.lower().replace("’", "'").split()
    return any(w == "i'm" or (w, n) in (("this", "is"), ("i", "am"))
               for w, n in zip(lows, [*lows[1:], ""]))


def test_self_named_gate_skips_only_texts_that_name_nobody() -> None:
    from transcript_tools.turns import _MAY_NAME, _self_named

    rng = random.Random(35)
    words = ["i'm", "I’M", "I", "i", "am", "AM", "this", "This", "is", "IS", "was", "Petra",
             "Lindqvist,", "of", "the", "harbour", "pilot", "İ'm", "thisis", "iam", "I'mPetra"]
    spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u3000"]
    for _ in range(20_000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 9)))
        low = text.lower().replace("’", "'")
        if _MAY_NAME.search(low) is None:  # the gate: never where the walk finds an opening
            assert not _opens_a_naming(text), repr(text)
            assert _self_named(text) is None
    assert _self_named("Good morning. This\u00a0is Petra Lindqvist, at the harbour.") == \
        "Petra Lindqvist"
    assert _self_named("Thanks. I’m\nPetra Lindqvist.") == "Petra Lindqvist"
    assert _self_named("this was Petra Lindqvist's boat, I think") is None
    assert _self_named("I am not Petra Lindqvist") is None


def test_gives_name_holds_every_opening_of_the_units_words() -> None:
    from transcript_tools.speakercues import Unit
    from transcript_tools.turns import _gives_name

    rng = random.Random(36)
    vocabulary = ["i'm", "i", "am", "this", "is", "was", "the", "pilot", "petra", "harbour"]
    for _ in range(20_000):
        units = [Unit(0, tuple(rng.choice(vocabulary) for _ in range(rng.randint(0, 4))), 1)
                 for _ in range(rng.randint(1, 4))]
        text = " ".join(" ".join(u.words) for u in units)
        assert _gives_name(units, 0, len(units)) == _opens_a_naming(text), text
    seam = [Unit(0, ("so", "this"), 0), Unit(2, ("is", "petra", "lindqvist"), 0)]
    assert _gives_name(seam, 0, 2)  # "this | is" across a cut inside a sentence
    assert not _gives_name(seam, 1, 2)
    assert _gives_name([Unit(0, ("this", "was", "what", "i", "said", "i", "am"), 1)], 0, 1)
    assert not _gives_name([Unit(0, ("this", "was", "it", "am", "i", "right"), 1)], 0, 1)


def test_figured_words_hold_every_shape_the_number_stage_acts_on() -> None:
    """speed36: `scans.matching` with `numbers._FIGURE_OR_SIGN` (the texts joined, searched
    at C speed) gives the words holding a figure 1-9 or a currency sign, and no other word has
    a shape but `_PLAIN`; the stage looks only at those."""
    from transcript_tools import numbers
    from transcript_tools.options import Options

    styler = numbers.NumberStyler(Options())
    rng = random.Random(36)
    alphabet = "ab0123456789$£€.,-st nd rd th\n٣"
    for _ in range(3000):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 12))]
        got = scans.matching(texts, numbers._FIGURE_OR_SIGN)
        assert got == [i for i, t in enumerate(texts) if any(c in t for c in "123456789$£€")]
        for i, text in enumerate(texts):
            if i not in got:
                assert styler._shape(text) == numbers._PLAIN
    assert scans.matching(["the", "1st", "day", "$5", "0", "2\n0", "x"],
                          numbers._FIGURE_OR_SIGN) == [1, 3, 5]
