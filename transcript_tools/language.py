"""Whether a document reads as English: the stages that change words by what English knows
(names, spelling, numbers, punctuation, casing, speaker turns, the decoder-noise guess at
accented letters) would garble another language ("así" -> "as", "para nadie" -> "paranoid").
Read by `pipeline` and `linenoise`.

A document reads as English when most of its words are in symspellpy's English word counts:
English caption text, garbled or not, keeps more than three quarters of its words of ASCII
letters there (on the 256 dev, interview and audit pages of 30 words or more the least is
0.79); a Spanish subtitle file keeps about a third (its short words: "la", "de", "no", "a").
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import TypeVar, cast

from .model import Document, Token
from .vocabulary import vocabulary

_T = TypeVar("_T")
_MEMO: dict[str, tuple[tuple[Token, ...], object]] = {}
"""The last document's answers, by question: a document's source and tokens never change on
its way through the stages, and several stages ask the same (casing, sentences and the OCR
letters ask `written_source`; the pipeline and the line-noise rule `reads_english`)."""


def _per_document(doc: Document, question: str, answer: Callable[[Document], _T]) -> _T:
    got = _MEMO.get(question)
    if got is not None and got[0] is doc.tokens:
        return got[1]  # type: ignore[return-value]
    value = answer(doc)
    _MEMO[question] = (doc.tokens, value)
    return value

MIN_SHARE = 0.6
"""Below this share of words English knows, a document is not English."""
MIN_WORDS = 30
"""Fewer words than this say too little: such a document is taken as English."""


def english_share(doc: Document) -> tuple[float, int]:
    """The share of ``doc``'s words of ASCII letters (an apostrophe allowed) that English
    knows, and how many words were counted. Words with other letters are not counted either
    way: on a page whose decoder glued "ç" to English words they are English."""
    return _per_document(doc, "english", _english_share)


def _english_share(doc: Document) -> tuple[float, int]:
    vocab = vocabulary().unigrams
    texts = [t.text for t in doc.tokens if t.kind == "word"]
    if _VERDICTS_OF[0] is not vocab or len(_VERDICTS) > _VERDICTS_CAP:
        _VERDICTS.clear()
        _VERDICTS_OF[0] = vocab
    # each word text judged once and remembered across documents (a caption archive says
    # the same words again); the words counted at C speed from the verdicts
    got = list(map(_VERDICTS.get, texts))
    try:
        # (a text not judged yet, None, makes the bytes fail: no scan of the list for one,
        # which compares every verdict with None)
        verdicts = bytes(cast("list[int]", got))
    except TypeError:
        got = [_verdict(text, vocab) if v is None else v for v, text in zip(got, texts)]
        verdicts = bytes(cast("list[int]", got))
    words = len(verdicts) - verdicts.count(0)
    known = verdicts.count(2)
    return (known / words if words else 1.0), words


def _verdict(text: str, vocab: Container[str]) -> int:
    """`_VERDICTS`' value for a word text (remembered)."""
    word = text.replace("’", "'").strip("'").lower()
    if not (word.isascii() and word.replace("'", "").isalpha()):
        verdict = 0
    else:
        verdict = 2 if word in vocab else 1
    _VERDICTS[text] = verdict
    return verdict


_VERDICTS: dict[str, int] = {}
"""Per word text: 0 not counted (letters other than ASCII), 1 counted, 2 counted and known
to English; for the vocabulary in `_VERDICTS_OF`, emptied past `_VERDICTS_CAP` texts."""
_VERDICTS_OF: list[object] = [None]
_VERDICTS_CAP = 200_000


def reads_english(doc: Document) -> bool:
    """Whether ``doc`` reads as English (a short document always does)."""
    share, words = english_share(doc)
    return words < MIN_WORDS or share >= MIN_SHARE


WRITTEN_CAPITALS = 0.85
"""A source is written (cased and punctuated by a person: subtitles, a lecture's captions, a
speech) when at least this share of the words after its sentence ends start with a capital
(on lowercase archive pages almost none do; on the dev pages only five written speeches
reach it)."""
WRITTEN_ENDS = 3
ENDS = frozenset(".?!")


def written_source(doc: Document) -> bool:
    """Whether ``doc``'s source is written text: at least `WRITTEN_ENDS` sentence ends, the
    words after them capitalised (`WRITTEN_CAPITALS`), and not in capitals throughout. Its
    writer's sentences stand: a new end goes only before a word the writer capitalised."""
    return _per_document(doc, "written", _written_source)


CUT_AT_MARKS = 0.5
"""The share of a written caption file's cues that end at a punctuation mark (a sentence's or
a clause's end): its cues are cut where its text pauses, as a subtitler or our layout cuts them,
not a stream chopped every few words (rt2: our outputs 0.71 at the median)."""


def written_captions(doc: Document) -> bool:
    """Whether ``doc``'s source is a written caption file: SRT or WebVTT cues, every one
    timed, whose text is written (`written_source`: sentence-cased and punctuated) and cut at
    its pauses (`CUT_AT_MARKS` of its cues end at a mark), as our own SRT and WebVTT are and
    as a subtitler's are. Its cues are laid out already and a speaker change inside one is
    marked ("- "): no turn is inferred inside a cue (`turns`), and a cue keeps its own source
    start (`cuetimes.SYNC_LAG` is not added again: rt2)."""
    return _per_document(doc, "written_captions", _written_captions)


def _written_captions(doc: Document) -> bool:
    if doc.metadata.get("format") not in ("srt", "vtt"):
        return False
    cued = [a for a in doc.anchors if a.kind == "cue"]
    if not cued or any(a.until is None for a in cued):
        return False
    tokens = doc.tokens
    marks = sum(0 < a.index <= len(tokens) and tokens[a.index - 1].kind == "punct"
                for a in cued[1:]) + (bool(tokens) and tokens[-1].kind == "punct")
    return marks >= CUT_AT_MARKS * len(cued) and written_source(doc)


_SLICE = 1 << 16


def _lowercase_ascii(source: str) -> bool:
    """Whether ``source`` is ASCII without a capital: each slice of `_SLICE` characters equals
    its `lower()` (a copy a slice at a time: a long page is not copied whole)."""
    if not source.isascii():
        return False
    for at in range(0, len(source), _SLICE):
        part = source[at:at + _SLICE]
        if part.lower() != part:
            return False
    return True


def _written_source(doc: Document) -> bool:
    if _lowercase_ascii(doc.source):
        # no capital anywhere (tokens are the source's text): no word after an end starts
        # with one, so no share reaches `WRITTEN_CAPITALS` (a lowercase caption page, found
        # at C speed without the walk over its tokens)
        return False
    after = capitals = words = upper = 0
    previous = before = None
    for t in doc.tokens:
        if t.kind == "word" and t.text[:1].isalpha():
            words += 1
            upper += t.text.isupper() and len(t.text) > 1
            if previous is not None and previous.kind == "punct" and previous.text in ENDS \
                    and before is not None and before.end == previous.start:
                # (a mark glued to its word: one standing apart, "Shall ! get", is no stop)
                after += 1
                capitals += t.text[:1].isupper()
        previous, before = t, previous
    return after >= WRITTEN_ENDS and capitals >= WRITTEN_CAPITALS * after \
        and upper < 0.5 * words
