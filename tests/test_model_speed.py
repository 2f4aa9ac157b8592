"""The fast paths in `model` and `replay` (merged replay of sorted runs, pieces from a
per-token base, the gap test) give exactly what the plain one-by-one algorithms give, errors
included."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transcript_tools import model, replay
from transcript_tools.model import Edit, Token


def _plain_replay(edits: list[Edit]) -> tuple[list[int], list[int], list[Edit]] | str:
    starts: list[int] = []
    ends: list[int] = []
    winners: list[Edit] = []
    try:
        replay._insert_each(starts, ends, winners, edits)
    except ValueError as exc:  # OverlapError is a ValueError
        return f"{type(exc).__name__}: {exc}"
    return starts, ends, winners


def _fast_replay(edits: list[Edit]) -> tuple[list[int], list[int], list[Edit]] | str:
    try:
        return replay._replay(edits)
    except ValueError as exc:
        return f"{type(exc).__name__}: {exc}"


_SOURCE = "abcdefghij" * 20


def _edit(span: tuple[int, int], k: int) -> Edit:
    s, e = span
    return Edit(s, e, _SOURCE[s:e], f"r{k}", "spelling", "test")


# Runs sorted by start, as stages write them; some long enough for the merge path.
_SPAN = st.tuples(st.integers(0, 190), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))
_RUN = st.lists(_SPAN, min_size=0, max_size=80).map(sorted)


@given(st.lists(_RUN, min_size=1, max_size=5), st.booleans())
def test_replay_matches_one_by_one(runs: list[list[tuple[int, int]]], nested: bool) -> None:
    if nested:  # later runs widen earlier spans, so they contain them (the common case)
        runs = [runs[0]] + [sorted((max(0, s - 1), e + 1) for s, e in run) for run in runs[1:]]
    edits = [_edit(span, k) for k, span in enumerate(x for run in runs for x in run)]
    assert _fast_replay(edits) == _plain_replay(edits)


@given(st.lists(_SPAN.filter(lambda sp: sp[1] > sp[0]), max_size=60, unique=True))
def test_pieces_and_gaps_match_plain_reading(spans: list[tuple[int, int]]) -> None:
    source = "ab cd  ef g hij kl mn op qr st " * 7
    tokens = tuple(Token(i, i + 2, source[i:i + 2]) for i in range(0, len(source) - 2, 3)
                   if source[i:i + 2].strip() == source[i:i + 2])
    doc = model.Document(source, tokens)
    edits = []
    for s, e in spans:
        e = min(e, len(source))
        if e > s:
            edits.append(Edit(s, e, source[s:e], "X", "spelling", "test"))
    plain = _plain_replay(edits)
    if isinstance(plain, str):
        return
    try:
        pieces = replay._pieces(source, tokens, edits)
    except model.OverlapError:
        return
    # The plain reading: every token covered by a winning edit joins that edit's piece.
    expected: list[tuple[int, int, str]] = []
    starts, ends, winners = plain
    i = 0
    while i < len(tokens):
        k = next((k for k in range(len(starts)) if starts[k] <= tokens[i].start < ends[k]),
                 None)
        if k is None:
            expected.append((i, i + 1, tokens[i].text))
            i += 1
        else:
            j = i
            while j < len(tokens) and tokens[j].end <= ends[k]:
                j += 1
            expected.append((i, j, winners[k].replacement))
            i = j
    assert [(p.first, p.stop, p.text) for p in pieces] == expected
    rendering = model.Rendering(source, tuple(edits))
    for a, b in zip(pieces, pieces[1:], strict=False):
        gap = rendering.raw(a.end, b.start)
        assert rendering.separated(a.end, b.start) == any(ch.isspace() for ch in gap)
    assert doc.replace(edits=tuple(edits)).pieces() == pieces


@st.composite
def _layered_log(draw: st.DrawFn) -> list[Edit]:
    """A valid log as stages write one: disjoint spans, then runs whose spans each cover a
    few neighbouring earlier spans (superseding them), with fresh spans in between."""
    cuts = sorted(set(draw(st.lists(st.integers(1, 199), min_size=40, max_size=120))))
    bounds = [0, *cuts, 200]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    layer = [sp for sp, keep in zip(spans, draw(st.lists(st.booleans(), min_size=len(spans),
                                                         max_size=len(spans))),
                                    strict=False) if keep]
    edits = [_edit(sp, k) for k, sp in enumerate(layer)]
    for _ in range(draw(st.integers(1, 4))):
        run: list[tuple[int, int]] = []
        k = 0
        while k < len(spans):
            width = draw(st.integers(1, 4))
            group = spans[k:k + width]
            if draw(st.booleans()):
                run.append((group[0][0], group[-1][1]))
            k += width
        spans_after = run or spans
        edits.extend(_edit(sp, len(edits) + i) for i, sp in enumerate(run))
        spans = sorted(set(spans_after))
    return edits


@given(_layered_log())
def test_replay_of_valid_layered_logs(edits: list[Edit]) -> None:
    assert _fast_replay(edits) == _plain_replay(edits)


def test_long_runs_take_the_merge_path() -> None:
    first = [_edit((k * 2, k * 2 + 1), k) for k in range(90)]
    second = [_edit((k * 4, k * 4 + 3), 100 + k) for k in range(45)]
    merged = replay._merge_run(*replay._replay(first), second)
    assert merged is not None
    assert merged == _plain_replay(first + second) == replay._replay(first + second)


def test_fast_builders_make_the_same_frozen_values() -> None:
    """`new_token` and the pieces' builder give objects of the dataclass itself: equal to the
    ones its constructor makes, same hash, still frozen, and they pickle."""
    import dataclasses
    import pickle

    import pytest

    from transcript_tools.readers import parse

    fast = model.new_token(3, 7, "word", "word")
    plain = Token(3, 7, "word", "word")
    assert type(fast) is Token and fast == plain and hash(fast) == hash(plain)
    assert not hasattr(fast, "__dict__") and not hasattr(plain, "__dict__")
    assert [f.name for f in dataclasses.fields(Token)] == ["start", "end", "text", "kind"]
    assert pickle.loads(pickle.dumps(fast)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "other"  # type: ignore[misc]
    doc = parse(">> the the cat, [applause] 5:34 am\nsat on the mat.\n")
    assert [type(t) for t in doc.tokens] == [Token] * len(doc.tokens)
    pieces = doc.pieces()
    assert pieces == [model.Piece(i, i + 1, t.start, t.end, t.text)
                      for i, t in enumerate(doc.tokens)]
    assert {type(p) for p in pieces} == {model.Piece}


def test_fast_columns_are_the_builder_mapped() -> None:
    """`fast_columns` builds what the mapped `fast_builder` builds, up to the shortest column,
    objects of the class itself (frozen, equal, hashed and pickled as the constructor's); a
    dataclass whose field names are the generated code's own words still builds."""
    import dataclasses
    import pickle

    import pytest

    columns = ([3, 9, 15], [7, 12, 16], ["word", "the", "."], ["word", "word", "punct"])
    made = model.fast_columns(Token)(*columns)
    assert made == [Token(*values) for values in zip(*columns)]
    assert made == list(map(model.new_token, *columns))
    assert [type(t) for t in made] == [Token] * 3
    assert [hash(t) for t in made] == [hash(Token(*v)) for v in zip(*columns)]
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].start = 1  # type: ignore[misc]
    assert model.fast_columns(model.Piece)(range(5), range(1, 3), [0, 4, 8], [3, 7, 9],
                                           "abc") == [model.Piece(0, 1, 0, 3, "a"),
                                                      model.Piece(1, 2, 4, 7, "b")]
    assert model.fast_columns(Token)([], [], [], []) == []

    @dataclasses.dataclass(frozen=True, slots=True)
    class Odd:
        o: int
        cls: str
        out: float
        zip: tuple[int, ...]

    odd = model.fast_builder(Odd)(1, "a", 2.5, (3,))
    assert type(odd) is Odd and odd == Odd(1, "a", 2.5, (3,))
    assert model.fast_columns(Odd)([1, 2], "ab", [0.5, 1.5], [(), (1,)]) == [
        Odd(1, "a", 0.5, ()), Odd(2, "b", 1.5, (1,))]
    edit = model._new_edit(0, 3, "cat", "dog", "name", "r", 0.5, "")
    assert type(edit) is model.Edit and edit == model.Edit(0, 3, "cat", "dog", "name", "r", 0.5)


@given(_layered_log() | st.lists(_SPAN.filter(lambda sp: sp[1] > sp[0]), max_size=12).map(
    lambda spans: [_edit(sp, i) for i, sp in enumerate(sorted(spans))]), st.data())
def test_replay_extended_from_a_remembered_prefix_is_the_whole_replay(
        log: list[Edit], data: st.DataObject) -> None:
    """`_replayed` replays a log that extends a remembered one from its intervals: the same
    intervals (or the same error) as replaying the whole log, and the prefix's are kept."""
    edits = tuple(log)
    k = data.draw(st.integers(1, max(1, len(edits) - 1)))
    whole = _fast_replay(list(edits))
    replay.clear_caches()
    try:
        prefix = replay._replayed(edits[:k])
    except ValueError:
        return  # the whole log fails too (its prefix does): tested by the plain replay
    kept = tuple(map(list, prefix))
    try:
        got = replay._replayed(edits)
    except ValueError as exc:
        got = f"{type(exc).__name__}: {exc}"
    assert got == whole
    assert tuple(map(list, prefix)) == kept


_SPACES = st.text(alphabet="ab. \n\t\x1c\xa0\u2028", max_size=14)


@given(st.lists(_SPACES, max_size=12), st.integers(1, 20))
def test_long_text_collapses_whitespace_a_block_at_a_time(segments: list[str],
                                                          block: int) -> None:
    """The words of a long rendering joined a block at a time are the words of the whole:
    blocks end inside a word, inside a run of whitespace, at any Unicode space."""
    joined = "".join(segments)
    assert " ".join(replay._words_joined(segments, block)) == " ".join(joined.split())


def test_long_document_text_is_its_raw_text_with_whitespace_collapsed() -> None:
    import transcript_tools as tt
    from benchmarks import corpus

    text = corpus.synthetic(5)
    assert len(text) > replay._LONG_SPAN  # the block-at-a-time path
    doc = tt.Cleaner().run(tt.parse(text))
    rendering = doc.rendering()
    assert doc.text() == " ".join(rendering.raw().split())
    middle = doc.tokens[len(doc.tokens) // 3].start
    assert rendering.text(middle) == " ".join(rendering.raw(middle).split())


def test_pieces_of_the_last_reader_are_not_kept() -> None:
    """`last_use`: the next pieces over the tokens are the same pieces, and the per-token
    base is then out of the cache (freed with the last list that holds it)."""
    from transcript_tools.readers import parse

    doc = parse(">> the cat sat, [applause] 5:34 am\non the mat.\n")
    editor = doc.editor()
    editor.replace(doc.pieces()[1:3], "cats", "spelling", "test")
    doc = editor.finish()
    before = doc.pieces()
    assert id(doc.tokens) in replay._BASES
    replay.last_use(doc.tokens)
    assert doc.pieces() == before
    assert id(doc.tokens) not in replay._BASES
    assert doc.pieces() == before  # built again when asked once more
    replay.clear_caches()


def test_one_token_edit_shares_the_token_text() -> None:
    """An edit of one token keeps the token's string as its original (no copy per edit on a
    long input); a longer edit's original is the source slice."""
    from transcript_tools.readers import parse

    doc = parse("the cat sat on the mat\n")
    pieces = doc.pieces()
    editor = doc.editor()
    editor.replace(pieces[1:2], "dog", "spelling", "test")
    editor.replace(pieces[3:5], "in a", "spelling", "test")
    one, two = editor.finish().edits[-2:]
    assert one.original is doc.tokens[1].text and one.original == "cat"
    assert two.original == "on the" == doc.source[two.start:two.end]


def test_document_replace_is_dataclasses_replace() -> None:
    """`Document.replace` builds the document field by field as `dataclasses.replace` does:
    equal documents of the same type, the unchanged fields shared, an unknown field refused."""
    import dataclasses

    import pytest

    from transcript_tools.readers import parse

    doc = parse(">> the cat sat, [applause] 5:34 am\non the mat.\n")
    assert model._DOCUMENT_ORDER == tuple(f.name for f in dataclasses.fields(model.Document))
    assert model._DocumentBuilder.__code__.co_varnames[:len(model._DOCUMENT_ORDER)] == \
        model._DOCUMENT_ORDER
    changes = {"edits": (), "turns": (model.Turn(0, 2, "S1"),), "metadata": {"a": 1}}
    got = doc.replace(**changes)
    assert type(got) is model.Document
    assert got == dataclasses.replace(doc, **changes)
    assert got.tokens is doc.tokens and got.source is doc.source
    with pytest.raises(TypeError):
        doc.replace(bogus=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.edits = ()  # type: ignore[misc]


def test_text_and_word_pieces_are_the_pieces_filtered(sample_text) -> None:  # type: ignore[no-untyped-def]
    """`text_pieces` / `word_pieces` (kept per token, extended stage by stage) are the pieces
    with text, and those whose first token is a word, at every stage of a real cleaning; and
    on a document with an empty token."""
    from transcript_tools import Cleaner, parse

    cleaner = Cleaner()
    doc = parse(sample_text)
    for _, stage in cleaner.stages:
        pieces = doc.pieces()
        assert doc.text_pieces() == [p for p in pieces if p.text]
        assert doc.word_pieces() == [p for p in pieces if p.text
                                     and doc.tokens[p.first].kind == "word"]
        doc = stage(doc)
    replay.clear_caches()
    odd = model.Document("a  b.", (Token(0, 1, "a", "word"), Token(2, 2, "", "word"),
                                   Token(3, 4, "b", "word"), Token(4, 5, ".", "punct")))
    assert [p.text for p in odd.text_pieces()] == ["a", "b", "."]
    assert [p.text for p in odd.word_pieces()] == ["a", "b"]
    replay.clear_caches()


def test_long_page_pieces_share_offset_ints_and_read_as_a_short_page_does() -> None:
    """Past `scans.indices`' cap a page's pieces take their index ints from the tokens'
    start offsets where the values meet (`_index_ints`; a reader's token keeps no end int,
    `model._SpanEnd`) and `_join` searches an array of starts: the pieces are those of the
    plain per-token rule, edits joined as on a short page."""
    from transcript_tools.readers import parse
    from transcript_tools.scans import _INDICES_CAP

    words = ["ferry", "harbour", "tide", "gull", "rope", "mast", "deck"]
    text = " ".join(words[i % len(words)] for i in range(_INDICES_CAP + 500)) + "\n"
    doc = parse(text)
    n = len(doc.tokens)
    assert n > _INDICES_CAP
    index = replay._index_ints(doc.tokens)
    assert index == list(range(n + 1))
    assert all(t._end is None for t in doc.tokens)
    offsets = {t.start: t.start for t in doc.tokens}
    shared = [v for v in index if v in offsets]
    assert shared and all(v is offsets[v] for v in shared)
    assert not any(v is offsets.get(v) for v in index if v not in offsets)
    pieces = doc.pieces()
    assert pieces == [model.Piece(i, i + 1, t.start, t.end, t.text)
                      for i, t in enumerate(doc.tokens)]
    # joins on the long page: two tokens into one, a token removed, one near the end
    editor = doc.editor()
    editor.replace(pieces[10:12], "harbour tide", "spelling", "test")
    editor.replace(pieces[n - 3:n - 2], "", "artifact", "test")
    doc = editor.finish()
    got = doc.pieces()
    assert got[10] == model.Piece(10, 12, pieces[10].start, pieces[11].end, "harbour tide")
    assert got[11] is pieces[12] and got[n - 4] == model.Piece(
        n - 3, n - 2, pieces[n - 3].start, pieces[n - 3].end, "")
    assert got[10].start is doc.tokens[10].start
    assert len(got) == n - 1
    replay.clear_caches()


def test_index_ints_take_no_offset_outside_the_positions() -> None:
    """Offsets past the last position, negative or not plain ints are not taken."""
    tokens = (Token(0, 2, "ab"), Token(3, 9, "cdefgh"), Token(10, 12, "ij"))
    index = replay._index_ints(tokens)
    assert index == [0, 1, 2, 3] and index[2] is tokens[0].end
    odd = (Token(-1, 1, "a"), Token(True, 2, "b"), Token(2, 3, "c"))
    got = replay._index_ints(odd)
    assert got == [0, 1, 2, 3] and all(type(v) is int for v in got)


def test_long_page_of_offsets_no_array_holds_reads_as_before() -> None:
    """Starts an `array("i")` cannot hold (past 2**31) keep the list: the same pieces."""
    n = 8_300
    big = 2**31
    tokens = tuple(Token(big + 6 * i, big + 6 * i + 5, "token") for i in range(n))
    base, starts, _, _ = replay._base(tokens)
    assert type(starts) is list and starts[-1] == tokens[-1].start
    assert base[-1] == model.Piece(n - 1, n, tokens[-1].start, tokens[-1].end, "token")
    replay.clear_caches()


def test_an_end_is_kept_only_where_it_is_not_the_start_and_the_texts_length() -> None:
    """A token or piece whose end is its start plus its text's length keeps no end (None in
    ``_end``: no int object a token on a long page) and reads it as before; one whose end is
    elsewhere (a reader that writes a text other than the source's) keeps it. Both compare,
    hash, print, pickle, copy and `dataclasses.replace` by the end they read, built by the
    constructor or the fast builders alike."""
    import copy
    import dataclasses
    import pickle

    from transcript_tools.readers import parse

    doc = parse("the ferry left at dawn, [horn] slowly.\n")
    assert all(t._end is None and t.end == t.start + len(t.text) for t in doc.tokens)
    assert all(p._end is None for p in doc.pieces())
    assert [doc.source[t.start:t.end] for t in doc.tokens] == [t.text for t in doc.tokens]
    plain, kept = Token(4, 9, "ferry"), Token(4, 13, "&", "punct")  # ("&amp;" read as "&")
    assert plain._end is None and plain.end == 9 and plain.kind == "word"
    assert kept._end == 13 and kept.end == 13 and kept.kind == "punct"
    assert model.new_token(4, 13, "&", "punct") == kept and model.new_token(4, 9, "ferry",
                                                                           "word") == plain
    assert kept != Token(4, 5, "&", "punct") and hash(kept) == hash(Token(4, 13, "&", "punct"))
    assert repr(kept) == "Token(start=4, end=13, text='&', kind='punct')"
    for token in (plain, kept):
        assert pickle.loads(pickle.dumps(token)) == token == copy.deepcopy(token)
    assert dataclasses.replace(plain, text="ferr").end == 9  # the end given, now kept
    assert dataclasses.replace(plain, text="ferr")._end == 9
    assert dataclasses.replace(kept, end=5) == Token(4, 5, "&", "punct")
    assert dataclasses.replace(kept, end=5)._end is None
    joined = model.Piece(3, 5, 10, 21, "Jo")  # two tokens replaced by a shorter text
    assert joined.end == 21 and joined._end == 21
    assert model._new_piece(3, 5, 10, 21, "Jo") == joined
    assert model.Piece(3, 4, 10, 12, "Jo")._end is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        plain.end = 3  # type: ignore[misc]
