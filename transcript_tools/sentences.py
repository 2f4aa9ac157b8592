"""Sentences: re-segment caption text with word statistics, restore question marks, and set
``Document.sentence_starts``. A pipeline stage run after names/spelling, before casing.

Caption periods often mark where a caption line ended, not a sentence ("let me. repeat"): a
period inside a fluent word pair, or after a word that cannot end a sentence, is removed.
Where no punctuation stands, a boundary is added when a word that typically opens a clause
follows a pair English hardly ever writes together ("came to power he not only"). Questions
(wh-questions, inverted auxiliaries, tag questions) end with "?". Words are never changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .model import Document, Editor, Piece
from .options import Options
from .vocabulary import Vocabulary, vocabulary

_ENDS = (".", "?", "!", "…")
_SOFT = (",", ";", ":")

# Closed grammatical classes (English function words), not content: a sentence cannot end on
# an article, a preposition that governs the next word, a conjunction or a possessive.
# Auxiliaries and demonstratives are left out: they end elliptical sentences ("I did.",
# "Yes we can.", "I said that.").
_NONFINAL = frozenset(
    "a an the of and or nor but because if than whether with from for by into onto "
    "upon as my your his its our their whose very every such".split())
# Words that open a clause as its subject or discourse opener.
_STARTERS = frozenset(
    "i we they he she i'm we're they're he's she's it's that's there's let's "
    "i've we've they've i'll we'll they'll i'd we'd they'd "
    "what how thank thanks yes okay if hello let".split())
_SUBJECT_PRONOUNS = frozenset("i we they he she".split())
_WH = frozenset("what why how where who which whose when".split())
_AUX = frozenset(
    "do does did is are was were can could would will should shall have has had may might "
    "must am isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't "
    "shouldn't haven't hasn't hadn't".split())
_NEG_AUX = frozenset(a for a in _AUX if a.endswith("n't"))
_SUBJECTS = frozenset(
    "i you we they he she it there this that the your our his her their anyone anybody "
    "somebody someone everyone anything something".split())
_LEADS = frozenset("but and so then now well okay oh".split())
_TAG_PRONOUNS = frozenset("i you we they he she it there".split())


@dataclass(frozen=True, slots=True)
class _Word:
    piece: Piece
    key: str


def _key(text: str) -> str:
    return text.lower().strip(".,;:?!\"'“”‘’()").replace("’", "'")


class SentenceSplitter:
    """The sentence stage: re-segments when ``options.punctuation`` is on, else only marks
    sentence starts from the punctuation already there."""

    def __init__(self, options: Options, *, join_pmi: float = 0.8,
                 split_pmi: float = -0.3) -> None:
        self.options = options
        self.join_pmi = join_pmi
        """A caption period inside a pair at least this associated (log10 PMI) is removed."""
        self.split_pmi = split_pmi
        """A boundary is added before a clause opener after a pair below this (or unseen)."""
        self._pmi: dict[tuple[str, str], float | None] = {}
        self._keys: dict[str, str] = {}

    def __call__(self, doc: Document) -> Document:
        if self.options.punctuation and doc.tokens:
            return self._resegment(doc)
        return mark_sentences(doc)

    # -- statistics --------------------------------------------------------------------------
    def pmi(self, a: str, b: str, vocab: Vocabulary) -> float | None:
        """log10 pointwise mutual information of the pair (None when never seen)."""
        got = self._pmi.get((a, b), 0.0)
        if got != 0.0:
            return got
        c, ca, cb = vocab.bigram(a, b), vocab.count(a), vocab.count(b)
        value = None
        if c and ca and cb:
            value = math.log10(c / vocab.bigram_total * vocab.total / ca * vocab.total / cb)
        if len(self._pmi) < 200_000:
            self._pmi[(a, b)] = value
        return value

    # -- the stage ---------------------------------------------------------------------------
    def _resegment(self, doc: Document) -> Document:
        vocab = vocabulary()
        editor = doc.editor()
        pieces = [p for p in doc.pieces() if p.text]
        marked = sorted(m.index for m in doc.markers if m.kind in ("speaker", "story"))
        next_mark = 0
        keys = self._keys
        tokens = doc.tokens
        words: list[_Word] = []
        gaps: list[list[Piece]] = []  # punctuation pieces after each word
        breaks: list[bool] = []       # a speaker/story marker before the next word
        for p in pieces:
            kind = tokens[p.first].kind
            if kind == "sound":
                continue
            if kind == "punct" and p.stop - p.first == 1:
                if words:
                    gaps[-1].append(p)
                continue
            while next_mark < len(marked) and marked[next_mark] <= p.first:
                if words and marked[next_mark] >= words[-1].piece.stop:
                    breaks[-1] = True
                next_mark += 1
            key = keys.get(p.text)
            if key is None:
                key = _key(p.text)
                if len(keys) < 100_000:
                    keys[p.text] = key
            words.append(_Word(p, key))
            gaps.append([])
            breaks.append(False)
        if not words:
            return mark_sentences(doc)
        # decide every gap: True = sentence ends after words[i]
        ends = [False] * len(words)
        for i, w in enumerate(words):
            gap_text = "".join(g.text for g in gaps[i])
            last = i + 1 == len(words)
            nxt = words[i + 1].key if not last else ""
            after = words[i + 2].key if i + 2 < len(words) else ""
            if last or breaks[i]:
                ends[i] = True
            elif gap_text.endswith(_ENDS) or any(g.text in _ENDS for g in gaps[i]):
                ends[i] = not self._spurious_period(w.key, nxt, after, gap_text, vocab)
                if not ends[i]:
                    for g in gaps[i]:
                        if g.text == ".":
                            editor.replace([g], "", "punctuation", "caption-period", 0.8,
                                           note="a caption line break, not a sentence end")
            elif not gap_text and self._boundary(w.key, nxt, after, vocab):
                ends[i] = True
        # write the ends: question or statement
        first = 0
        for i in range(len(words)):
            if not ends[i]:
                continue
            sentence = [w.key for w in words[first:i + 1]]
            self._close(editor, words[i], gaps[i], _is_question(sentence), bool(ends[i]))
            first = i + 1
        starts = {0} | {m.index for m in doc.markers if m.index < len(tokens)}
        starts.update(words[i + 1].piece.first for i in range(len(words) - 1) if ends[i])
        return editor.finish(sentence_starts=tuple(sorted(starts)))

    def _spurious_period(self, a: str, b: str, c: str, gap: str, vocab: Vocabulary) -> bool:
        """A lone "." that splits what reads as one phrase ("the. seat", "going. on")."""
        if gap != "." or not b or not a.isalpha():
            return False
        if a in _NONFINAL:
            return True
        if b in _STARTERS or b in _SUBJECTS:
            return False  # "i did. it was": the captioner's stop before a subject stays
        pmi = self.pmi(a, b, vocab)
        return pmi is not None and pmi >= self.join_pmi and b not in _WH

    def _boundary(self, a: str, b: str, c: str, vocab: Vocabulary) -> bool:
        """No punctuation between a and b: does a sentence start at b?"""
        if not a or not c or a in _NONFINAL:
            return False
        if b not in _STARTERS and not (b in _AUX and c in _TAG_PRONOUNS):
            return False
        if b in _WH and c not in _AUX:
            return False  # "on what it means": a wh-clause inside the sentence
        ab = self.pmi(a, b, vocab)
        if ab is not None and ab >= self.split_pmi:
            return False
        bc = self.pmi(b, c, vocab)
        if b in _AUX:  # "... is he right", "... are you saying": inverted, a question
            return bc is not None and c in _TAG_PRONOUNS
        if b in _SUBJECT_PRONOUNS:  # an unseen pair after a subject is no evidence against
            return bc is None or bc > 0.0
        return bc is not None and bc > 0.3

    def _close(self, editor: Editor, word: _Word, gap: list[Piece], question: bool,
               _end: bool) -> None:
        """End a sentence after ``word``: keep a terminal mark, turn "." into "?" for a
        question, or add the mark where none stands."""
        mark = "?" if question else "."
        for g in gap:
            if g.text in _ENDS:
                if question and g.text == ".":
                    editor.replace([g], "?", "punctuation", "question", 0.8)
                return
        soft = [g for g in gap if g.text in _SOFT]
        if soft:
            editor.replace([soft[-1]], mark, "punctuation",
                           "question" if question else "sentence-end", 0.7)
            return
        if gap:  # a dash or quote follows: leave it as written
            return
        text = word.piece.text
        if text.endswith(_ENDS):
            return
        editor.replace([word.piece], text + mark, "punctuation",
                       "question" if question else "sentence-end", 0.7)


def _is_question(words: list[str]) -> bool:
    """Wh-questions, inverted auxiliaries and tag questions, by their opening/closing words."""
    i = 0
    while i < len(words) - 1 and words[i] in _LEADS:
        i += 1
    w = words[i:]
    if len(w) < 2:
        return False
    head, second = w[0], w[1]
    if head in _WH:
        if head == "why":
            return second in _AUX or second in ("not", "would")
        if head == "how" and second in ("many", "much", "long", "far", "often", "about"):
            return len(w) > 2 and (w[2] in _AUX or second == "about")
        return second in _AUX or (head in ("who", "what") and second.endswith("'s"))
    if head in _AUX and (second in _SUBJECTS or second == "not"):
        return True
    if len(w) >= 4 and w[-2] in _NEG_AUX and w[-1] in _TAG_PRONOUNS:
        return True
    # the last clause, after "but"/"and"/"or", is an inverted question: "... but do you"
    for j in range(len(w) - 3, 0, -1):
        if w[j] in ("but", "and", "or"):
            return w[j + 1] in _AUX and w[j + 2] in ("you", "we", "they", "he", "she", "it")
    return False


def mark_sentences(doc: Document) -> Document:
    """Set ``sentence_starts``: the first token, each token after a sentence-ending piece
    (an abbreviation such as ``u.s.`` ends one only before a capital or a marker), and each
    speaker or story marker."""
    starts: set[int] = {0} if doc.tokens else set()
    starts.update(m.index for m in doc.markers if m.index < len(doc.tokens))
    pieces = [p for p in doc.pieces() if p.text]
    for prev, nxt in zip(pieces, pieces[1:], strict=False):
        text = prev.text.rstrip("\"'”’)")
        if text.endswith(_ENDS) and not _is_abbreviation(text):
            starts.add(nxt.first)
    return doc.replace(sentence_starts=tuple(sorted(starts)))


def _is_abbreviation(text: str) -> bool:
    word = text.rsplit(" ", 1)[-1]
    return word.count(".") >= 2 and len(word) <= 6
