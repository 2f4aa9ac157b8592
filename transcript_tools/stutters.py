"""Stutters removed as logged edits: a word or phrase said twice in a row, and a cut-off
fragment before its whole word. Called by `artifacts.ArtifactRemover` after roll-up copies."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import compress, islice
from operator import attrgetter
from typing import cast

from .interjections import INTERJECTIONS
from .model import Editor, Piece, Token
from .numberwords import TEENS, TENS
from .scans import where
from .vocabulary import Vocabulary, vocabulary

_MAX_STUTTER = 4
"""Longest phrase (words) a stutter says twice."""
_MIN_FRAGMENT = 2
"""Shortest cut-off fragment removed before its whole word: two letters that are no word
where a clock line or cue cuts the caption ("th | themselves"), three elsewhere ("ed edwards"
may be a name); never one ("j jones")."""
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")
_STOP = attrgetter("stop")


_SUNG_WORDS = 12
"""Most words a sung line holds (a lyric line is a caption line)."""


def _note(text: str) -> bool:
    """Whether a token's text holds a music note ("♪", or the beamed "♫")."""
    return "\u266a" in text or "\u266b" in text


def sung_tokens(tokens: Sequence[Token], source: str) -> set[int]:
    """The words of sung lines (``♪ we will we will rock you ♪``): from a music note to the
    next one on its line, or to the line's end, within `_SUNG_WORDS` words (a note before
    longer talk, as pages written as one long line set one between programmes, opens no
    song). A lyric says its words again by design: no repeat is removed there."""
    if "\u266a" not in source and "\u266b" not in source:
        return set()
    sung: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        i += 1
        if t.kind != "sound" or not _note(t.text):
            continue
        end = source.find("\n", t.end)
        line_end = len(source) if end < 0 else end
        words: list[int] = []
        k = i
        while k < n and tokens[k].start < line_end and len(words) <= _SUNG_WORDS:
            u = tokens[k]
            if u.kind == "sound" and _note(u.text):
                break   # the closing note
            if u.kind == "word":
                words.append(k)
            k += 1
        if len(words) <= _SUNG_WORDS:
            sung.update(words)
            i = k + 1 if k < n and tokens[k].start < line_end else k
    return sung


def remove_repeats(words: list[Piece], keys: list[str], editor: Editor, removed: set[int],
                   marked: set[int], gone: set[int], tokens: Sequence[Token],
                   cut: set[int]) -> None:
    """Stutters, pass after pass over the words still standing: removing one can make a
    new repeat ("and the the and the" -> "and the and the"), which the clean text would
    otherwise lose on a second cleaning. Two words are adjacent when only removed words
    and removed sound cues (``gone``) stand between them; ``cut``: the tokens a clock line
    or a caption cue opens; ``marked``: the tokens no repeat may start at or run across
    (speaker and story markers; the words of sung lines, `sung_tokens`)."""
    # joined[i]: no token stands between words[i - 1] and words[i] but removed sound cues
    # (``gone``)
    n = len(words)
    joined = bytearray(1)
    joined.extend([a.stop == b.first for a, b in zip(words, islice(words, 1, None))])
    # a gap closes when every token in it is gone: only the gaps holding a gone token
    for k in {bisect.bisect_right(words, t, key=_STOP) - 1 for t in gone}:
        if 0 <= k < n - 1 and not joined[k + 1] and all(
                t in gone and not _note(tokens[t].text)
                for t in range(words[k].stop, words[k + 1].first)):
            # (a music note ends a sung line: a lyric says its lines again by design, "row the
            # boat ♪ ♪ row the boat to the shore", qa26)
            joined[k + 1] = 1
    _echoes(words, keys, joined, editor, removed, tokens)
    # the standing words, their keys and joins; a pass deletes what it removed, and
    # ``lost`` (sorted) holds every word gone so far, to give a pass's positions back as
    # the caller's (`_original`)
    if removed:
        lost = sorted(removed)
        keep = _kept(lost, n)
        joined = _rejoined(joined, keep, lost)
        words = list(compress(words, keep))
        keys = list(compress(keys, keep))
        del keep
        spans: list[tuple[int, int]] = [(1, len(words))]  # the first pass scans everything
    else:  # (the usual case: no roll-up copy went) the first pass reads the joins as made
        if n < 2:
            return
        found: set[int] = set()
        _stutters(words, keys, joined, editor, found, marked, [(1, n)], tokens, cut)
        if not found:
            return
        removed.update(found)
        lost = sorted(found)
        keep = _kept(lost, n)
        joined = _rejoined(joined, keep, lost)
        words = list(compress(words, keep))  # (new lists: the caller's stay whole)
        keys = list(compress(keys, keep))
        del keep
        spans = _near(_junctions(lost), len(words))
    while len(words) > 1:
        found = set()
        _stutters(words, keys, joined, editor, found, marked, spans, tokens, cut)
        if not found:
            return
        now = [_original(lost, j) for j in sorted(found)]
        removed.update(now)
        lost = sorted(lost + now)
        spans = _drop(sorted(found), joined, words, keys)


def _original(lost: list[int], j: int) -> int:
    """The caller's position of the standing word ``j``, given the positions gone before
    (``lost``, sorted): the least ``x`` with ``x = j + (the positions gone up to x)``."""
    x = j
    while True:
        k = j + bisect.bisect_right(lost, x)
        if k == x:
            return x
        x = k


def _rejoined(joined: bytearray, keep: bytearray, gone: list[int]) -> bytearray:
    """The joins (``joined[i]``: words i - 1 and i adjacent; 0 at the first word) of the
    words ``keep`` keeps, ``gone`` (sorted) the others: a kept word's join as it was, or,
    after a removed run, whether every join from the run's first word to it held (the
    words either side of a removed run are adjacent when all between were)."""
    out = bytearray(compress(joined, keep))
    n = len(joined)
    i = 0
    while i < len(gone):
        a = b = gone[i]
        while i + 1 < len(gone) and gone[i + 1] == b + 1:
            i += 1
            b += 1
        i += 1  # the words gone up to the run's end
        if b + 1 < n:
            out[b + 1 - i] = joined.find(0, a, b + 2) < 0
    return out


def _drop(gone_now: list[int], joined: bytearray, words: list[Piece],
          keys: list[str]) -> list[tuple[int, int]]:
    """Delete the words a pass removed (``gone_now``, sorted positions) from the standing
    columns, in place; the spans the next pass must scan."""
    # one pass over each column (deleting the words one by one moved the rest of the column
    # each time: quadratic on a long transcript with many stutters)
    keep = _kept(gone_now, len(words))
    joined[:] = _rejoined(joined, keep, gone_now)
    words[:] = compress(words, keep)
    keys[:] = compress(keys, keep)
    return _near(_junctions(gone_now), len(words))


def _stutters(words: list[Piece], keys: list[str], joined: bytearray,
              editor: Editor, removed: set[int], marked: set[int],
              spans: list[tuple[int, int]], tokens: Sequence[Token], cut: set[int]) -> None:
    """A word or phrase said twice in a row ("the the", "would be would be"), and a cut-off
    fragment followed by the whole word ("cai cairo"). A doubled single word stays where
    English doubles it ("that that", "had had", "very very"), and a repeat across punctuation
    or a speaker marker ("go, go", "we were right. we were right") is the speaker's. So is
    a phrase said twice that the punctuation closes ("too far too far.", "we love you we
    love you, fred": emphasis; a restart runs on into its sentence), a word chained by
    "and"/"or" ("less and less and less") and a word the idiom doubles ("for hours and
    hours and")."""
    vocab = vocabulary()
    marks = sorted(marked)
    nxt = 1  # the scan's next position: a hit jumps past its second copy
    for i in (i for lo, hi in spans for i in _candidates(keys, lo, hi)):
        if i < nxt or i in removed:
            continue
        hit = 0
        key = keys[i]
        longest = min(_MAX_STUTTER, i, len(keys) - i)
        # a repeat needs the word itself among the last `longest` words: most words skip
        if joined[i] and key in keys[i - longest:i] and words[i].first not in marked:
            for n in range(longest, 0, -1):
                if keys[i - n] == key and keys[i - n:i] == keys[i:i + n] \
                        and all(joined[i - n + 1:i + n]) \
                        and not removed.intersection(range(i - n, i + n)) \
                        and not _across(marks, words[i - n].first, words[i + n - 1].first):
                    hit = n
                    break
        if hit == 1 and (not _stutter_word(key, vocab)
                         or _deliberate(words, keys, joined, i, tokens, vocab)):
            hit = 0
        elif hit > 1 and (_emphatic(words, keys, i, hit, tokens)
                          or _thanks(keys[i:i + hit])):
            hit = 0
        if hit:
            # The earlier copy goes: the last one keeps its place before any punctuation,
            # and a run ("the the the") loses every copy but the last in one pass.
            for k in range(i - hit, i):
                editor.replace([words[k]], "", "artifact", "repeat", 0.9,
                               note="said twice in a row")
                removed.add(k)
            nxt = i + hit
            continue
        prev = keys[i - 1]
        if (i - 1 not in removed and _MIN_FRAGMENT <= len(prev) < len(key) and prev.isalpha()
                and (len(prev) > _MIN_FRAGMENT or words[i].first in cut)
                and joined[i] and key.startswith(prev) and prev not in vocab):
            editor.replace([words[i - 1]], "", "artifact", "fragment", 0.9,
                           note=f"cut off before {key!r}")
            removed.add(i - 1)
        elif prev[:1] in _DIGITS and i - 1 not in removed and joined[i] \
                and _own_ordinal(prev, key):
            editor.replace([words[i - 1]], "", "artifact", "fragment", 0.9,
                           note=f"a figure said again as {key!r}")
            removed.add(i - 1)
        nxt = i + 1


_DIGITS = frozenset("0123456789")


def _deliberate(words: list[Piece], keys: list[str], joined: bytearray, i: int,
                tokens: Sequence[Token], vocab: Vocabulary) -> bool:
    """Whether the word doubled at ``i`` (``keys[i - 1] == keys[i]``, adjacent) is a call, a
    sound or a chant said again on purpose, not a restart (qa57: a written page's
    "Zoom-a zoom-a" lost a copy). The run of adjacent copies it is in:
    - ends with an exclamation mark ("beep beep!", "go go!", qa26; "NO NO NO!", qa57: the
      mark closes the last copy, not the second);
    - is said again, doubled, across a comma or an exclamation mark ("boing boing, boing
      boing": a chant; "to to, to make" is no chant: one copy stands across the comma);
    - or opens a sentence in the writer's capital with its copies in lowercase, a word the
      vocabulary does not hold ("Vroom vroom"): a sound word a writer coined and doubled.
      Caption text is in lowercase, and a verbatim page's "The the" is a word English has.
    """
    key = keys[i]
    n = len(keys)
    s = i - 1  # the run's first copy
    while s > 0 and keys[s - 1] == key and joined[s]:
        s -= 1
    e = i  # the run's last copy
    while e + 1 < n and keys[e + 1] == key and joined[e + 1]:
        e += 1
    after = words[e].stop
    if after < len(tokens) and tokens[after].text == "!":
        return True
    if s > 1 and keys[s - 1] == keys[s - 2] == key and joined[s - 1] \
            and _between(words[s - 1], words[s], tokens) \
            or e + 2 < n and keys[e + 1] == keys[e + 2] == key and joined[e + 2] \
            and _between(words[e], words[e + 1], tokens):
        return True
    first = words[s].first
    text = tokens[first].text
    return len(text) > 1 and text[0].isupper() and text[1:].islower() \
        and (first == 0 or tokens[first - 1].kind != "word") \
        and all(tokens[w.first].text.islower() for w in words[s + 1:e + 1]) \
        and vocab.count(key) == 0


def _between(a: Piece, b: Piece, tokens: Sequence[Token]) -> bool:
    """Whether one comma or exclamation mark, and nothing else, stands between two words."""
    return b.first == a.stop + 1 and tokens[a.stop].text in (",", "!")


def _own_ordinal(prev: str, key: str) -> bool:
    """Whether a figure comes right before its own ordinal ("the 9 9th inning"): a restart."""
    return prev.isdigit() and len(key) == len(prev) + 2 and key.startswith(prev) \
        and _ORDINAL.fullmatch(key) is not None


_CHAINS = frozenset({"and", "or"})
_CLOSING = frozenset({".", "!", "?", ",", "…"})


def _emphatic(words: list[Piece], keys: list[str], i: int, n: int,
              tokens: Sequence[Token]) -> bool:
    """Whether the phrase ``keys[i - n:i]``, said again at ``i``, is the speaker's own
    repetition, not a restart: punctuation closes the second copy, or the phrase is a word and
    "and"/"or" (or a linking preposition, `_LINKS`) and the chain goes on ("less and | less
    and | less", "more or | more or | more", "wave after | wave after | wave"),
    or the idiom doubles a word less common than the commonest ("hours and | hours and",
    "and lots | and lots"; "we and | we and" restarts)."""
    after = words[i + n - 1].stop
    if after < len(tokens) and tokens[after].kind == "punct" and tokens[after].text in _CLOSING:
        return True
    if n > 2 and n % 2 == 0 and (keys[i + 1] in _CHAINS | _LINKS or keys[i] in _CHAINS) \
            and keys[i:i + n] == keys[i:i + 2] * (n // 2):
        # the chain said four times and more ("speaks and speaks and | speaks and speaks
        # and", "and speaks and speaks | and speaks and speaks", a lyric, qa36): its pair
        # twice over in each copy, no restart
        return True
    if n == 2:
        first, second = keys[i], keys[i + 1]
        if second in _CHAINS:
            return i + 2 < len(keys) and keys[i + 2] == first or _doubled(first)
        if first in _CHAINS:  # "and lots | and lots": the idiom doubling "lots" (qa15)
            return i - 3 >= 0 and keys[i - 3] == second or _doubled(second)
        # "explosion after | explosion after | explosion", "step by | step by | step": a chain
        # of a word and a linking preposition goes on to the word once more (qa25)
        if second in _LINKS:
            return i + 2 < len(keys) and keys[i + 2] == first
        if first in _LINKS:
            return i - 3 >= 0 and keys[i - 3] == second
    return False


_LINKS = frozenset({"after", "by", "upon"})
"""Prepositions that chain a noun to itself ("day after day", "one by one", "wave upon wave");
said three times the chain holds two copies of the pair, which is no restart."""


_DOUBLED_ZIPF = 6.0
"""Below this frequency a word before "and"/"or" said twice is the idiom that doubles it
("hours and hours", "miles and miles", "over and over"); the commonest words ("we and | we
and", "it and | it and") restart."""


_DOUBLED_COMMON = frozenset({"more", "on", "by", "through"})
"""The commonest words English still doubles with "and" ("more and more", "on and on", "by
and by", "through and through"): above `_DOUBLED_ZIPF`, yet an idiom, not a restart (qa20: a
weather report's "potholes seem to be opening more and more and crews are working" lost
"more and")."""


def _doubled(word: str) -> bool:
    return word in _DOUBLED_COMMON or word.isalpha() and len(word) >= 3 \
        and vocabulary().zipf(word) < _DOUBLED_ZIPF


def _across(marks: list[int], first: int, last: int) -> bool:
    """Whether a speaker or story marker (``marks``, sorted token indices) stands after token
    ``first`` and up to token ``last``: a repeat may not take words across one."""
    k = bisect.bisect_right(marks, first)
    return k < len(marks) and marks[k] <= last


def _candidates(keys: list[str], lo: int, hi: int) -> list[int]:
    """The positions in ``lo..hi-1`` where `_stutters` can act, in order: the word repeats one
    of the `_MAX_STUTTER` (4) words before it, or the word before is a prefix of it (a
    fragment). At every other position the scan neither finds nor skips anything, so visiting
    only these (a superset of the positions that act) leaves its result unchanged."""
    base = max(0, lo - 4)
    got: list[int] = []
    # the four words before (None before the first): four string compares a word, where a
    # dict of the places each word was last seen cost a lookup and a store
    w1: str | None = None
    w2: str | None = None
    w3: str | None = None
    w4: str | None = None
    prev = ""
    # (a word the one before is a prefix of sorts after it: ``prev < key``, one compare, turns
    # away about half the words before the two `len` calls and `startswith`)
    for i, key in enumerate(keys[base:hi]):
        if key == w1 or key == w2 or key == w3 or key == w4 or prev < key \
                and len(prev) < len(key) and key.startswith(prev) \
                and (len(prev) >= _MIN_FRAGMENT or _own_ordinal(prev, key)):
            got.append(i)
        w4 = w3
        w3 = w2
        w2 = w1
        w1 = prev = key
    return [base + i for i in got if base + i >= lo]


def _kept(gone: Iterable[int], n: int) -> bytearray:
    """A mask of ``n`` positions, 0 at those in ``gone``, 1 elsewhere (for `compress`)."""
    keep = bytearray(b"\x01") * n
    for j in gone:
        keep[j] = 0
    return keep


def _junctions(found: list[int]) -> list[int]:
    """Where a pass removed words (``found``, sorted positions), as positions in the list of
    the words kept: the first kept word after each removed run (the kept count for a run at
    the end)."""
    at = set(found)
    return [r + 1 - rank for rank, r in enumerate(found, 1) if r + 1 not in at]


def _near(junctions: list[int], n: int) -> list[tuple[int, int]]:
    """The spans a later pass of `_stutters` must scan: within ``2 * _MAX_STUTTER`` words of
    a junction. Positions farther away act no differently from the pass before, which did not
    act there: a new repeat (``2n`` words, n <= `_MAX_STUTTER`) or fragment must span a
    junction; a position the last pass jumped over lies fewer than `_MAX_STUTTER` words after
    the junction its hit left; and one where the last pass's removals blocked a hit lies
    within `_MAX_STUTTER` words of the junction they left. Removals in this pass only block
    or skip positions within ``2 * _MAX_STUTTER`` words of themselves, so the scan state
    entering each span is the same as in a scan of every position."""
    reach = 2 * _MAX_STUTTER
    spans: list[tuple[int, int]] = []
    for j in junctions:
        lo, hi = max(1, j - reach), min(n, j + reach + 1)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        elif lo < hi:
            spans.append((lo, hi))
    return spans


_SAID_TWICE = TEENS | TENS | INTERJECTIONS | frozenset(
    "ooh ha haha hee ho la na whoa yay boo tsk yup nah hello hi".split())
"""Words said twice on purpose: a number word twice is a year or a time ("in twenty twenty",
"nineteen nineteen", "eleven eleven"), an interjection a cry, a laugh or a song ("ooh ooh
ooh", "ha ha", "na na"), an answer or a call said again ("oh oh, my goodness", "no no no",
"okay okay", "yep yep", "hello hello"; qa58: the interjections' closed class, `INTERJECTIONS`,
with the answer words and greetings it lacks). A speech recogniser's restart doubles a word
of a phrase ("the the", "it it was"); the speaker, not the recogniser, says a cry again, and
the caption's words are then all the speaker's."""


def _thanks(phrase: list[str]) -> bool:
    """Whether a phrase said twice is a thanks ("thank you", "thanks so much"): an utterance
    of its own, said twice by a speaker thanking twice or by two speakers thanking each other
    at an interview's end ("thank you | thank you for having me"), never a restart
    (turns17: the guest's goodbye went with the repeat)."""
    return phrase[0] == "thanks" or phrase[:2] == ["thank", "you"]


def _stutter_word(word: str, vocab: Vocabulary) -> bool:
    """Whether "word word" is a stutter: English rarely writes the word twice (the bigram's
    share of the word's uses is tiny), and it is a word or an ordinal ("1st 1st", which the
    numbers stage may spell "First first"), not a number."""
    if not word.isalpha():
        return _ORDINAL.fullmatch(word) is not None
    if word in _SAID_TWICE:
        return False
    count = vocab.count(word)
    if not count:
        return True
    share: float = vocab.bigram(word, word) / vocab.bigram_total / (count / vocab.total)
    return share < 0.002


_ECHO_KEYS = frozenset("bcdefghjklmnpqrstuvwxyz")
_ECHO_ZIPF = 5.5
"""A word an echoed letter follows is no function word ("and d", "or c" list letters)."""
_ECHO_ASSOCIATION = 20.0
"""How many times more often than chance the words either side of an echoed letter stand
together ("tried | to" ~60; "earned | in" ~5: "earned d in math" may be a grade)."""


def _echoes(words: list[Piece], keys: list[str], joined: bytearray, editor: Editor,
            removed: set[int], tokens: Sequence[Token]) -> None:
    """A lowercase letter standing alone right after a word that ends on it ("he then tried d
    to attack": live captions typing a key twice, as in "thehen" and "a a"): the echo goes.
    Only where the words either side go together (`_ECHO_ASSOCIATION`); not "a", "i", "o"
    (words), not a letter a stop or an apostrophe follows (an initial: "richard d. wolff"),
    not after a function word ("grades c and d")."""
    vocab = vocabulary()
    n = len(words)
    # the one-letter words but "a", "i", "o" only (found at C speed: most texts hold few)
    for k in where(map(_ECHO_KEYS.__contains__, keys), n):
        key = keys[k]
        if not 0 < k < n - 1 or not joined[k] \
                or k - 1 in removed or words[k].text != key:
            continue
        prev = keys[k - 1]
        after = words[k].stop
        if len(prev) < 3 or prev[-1] != key or not prev.isalpha() \
                or not 0 < vocab.zipf(prev) < _ECHO_ZIPF \
                or after < len(tokens) and tokens[after].text[:1] in ".'’" \
                and tokens[after].start == tokens[after - 1].end \
                or not joined[k + 1] or not vocab.associated(prev, keys[k + 1], _ECHO_ASSOCIATION):
            continue
        editor.replace([words[k]], "", "artifact", "echo-letter", 0.85,
                       note=f"the last letter of {prev!r} typed again")
        removed.add(k)


class _Heard:
    """An editor stand-in that only notes which words a repeat's scan would remove."""

    __slots__ = ("words",)

    def __init__(self) -> None:
        self.words: list[Piece] = []

    def replace(self, pieces: Sequence[Piece], text: str, kind: str, rule: str,
                confidence: float = 1.0, note: str = "") -> None:
        if rule == "repeat":
            self.words.extend(pieces)


def sung_apart(words: list[Piece], keys: list[str], editor: Editor, removed: set[int],
               markers: set[int], sung: set[int], gone: set[int],
               tokens: Sequence[Token], cut: set[int]) -> None:
    """A lyric's repeat kept by `remove_repeats` (a sung line's words, or copies a music note
    stands between: "♪ we will we will rock you ♪", "the ♪ the") gets a comma after its first
    copy when the notes are removed from the text: without the note the clean text's second
    cleaning would read the copies as a stutter and drop one ("we will, we will rock you";
    a comma keeps them apart, as a mark the speaker's own repeat: "go, go"). Only where the
    repeat rule, blind to the notes, would take the copy."""
    if removed:  # the words the clean text reads: a copy removed here joins the two beside
        # it ("the ♪ / the the": the second clean reads "the the", make fuzz, ux9)
        gone = gone | {t for k in removed for t in range(words[k].first, words[k].stop)}
        words = [w for k, w in enumerate(words) if k not in removed]
        keys = [x for k, x in enumerate(keys) if k not in removed]
    n = len(words)
    if n < 2:
        return
    joined = bytearray(1)  # as `remove_repeats` joins words, a removed note too
    joined.extend(a.stop == b.first or all(t in gone for t in range(a.stop, b.first))
                  for a, b in zip(words, islice(words, 1, None)))
    heard = _Heard()
    _stutters(words, keys, joined, cast("Editor", heard), set(), markers, [(1, n)],
              tokens, cut)
    if not heard.words:
        return
    at = {p.first: k for k, p in enumerate(words)}
    took = sorted({at[p.first] for p in heard.words})
    ends: list[int] = []  # the last word of each copy the scan would take
    s = 0
    while s < len(took):
        e = s
        while e + 1 < len(took) and took[e + 1] == took[e] + 1:
            e += 1
        lo, hi = took[s], took[e]  # a run of copies, the kept copy right after it
        size = next((h for h in range(1, hi - lo + 2)
                     if keys[lo:lo + h] == keys[lo + h:lo + 2 * h]), hi - lo + 1)
        ends.extend(range(lo + size - 1, hi + 1, size))
        s = e + 1
    for k in ends:
        if k + 1 >= n:
            continue
        a, b = words[k], words[k + 1]
        if a.stop != b.first and not all(t in gone for t in range(a.stop, b.first)):
            continue
        between = any(_note(tokens[t].text) for t in range(a.stop, b.first))
        if between or a.first in sung or b.first in sung:
            editor.replace([a], a.text + ",", "punctuation", "sung-repeat", 0.9,
                           note="a lyric's repeat kept apart (its music note removed)")
