"""Caption artifacts removed as logged edits: sound cues (``[applause]``, ``♪``), roll-up
repeats across caption cues, stuttered words and fragments, lines live subtitles re-send
(`resends`), caption credits (`credits`), a subtitler's dashes (`dashes`), and fillers in
clean-verbatim mode.

A pipeline stage; `pipeline` calls it first so later stages see speech only.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from itertools import accumulate, compress, islice
from operator import attrgetter, eq, ne

from .credits import remove_credits
from .dashes import mend_dashes
from .linenoise import remove_line_noise
from .model import Document, Editor, Marker, Piece, Token
from .openbrackets import remove_open_cues
from .options import Options
from .resends import remove_resends
from .vocabulary import Vocabulary, vocabulary

_FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "mm"})
_MAX_ROLLUP = 40
"""Longest repeated run (words) looked for across a cue boundary."""
_MAX_STUTTER = 4
_ROLL_UP_SHARE = 0.2
"""Share of cue boundaries a repeated line must cross for captions to read as roll-up."""
_MIN_FRAGMENT = 2
"""Shortest cut-off fragment removed before its whole word: two letters that are no word
where a clock line or cue cuts the caption ("th | themselves"), three elsewhere ("ed edwards"
may be a name); never one ("j jones")."""
_STRAY_MARK = re.compile(r"[.!?][ \t]+(\.)(?![ \t]*\.)")
"""A lone period a space after a sentence's own mark ("the public. . next", "go! ."): a
caption keystroke, not a mark; a spaced ellipsis (". . .") is left as written."""
_STOP = attrgetter("stop")
_FIRST = attrgetter("first")


def _marks_after(pieces: list[Piece], doc: Document, words: list[Piece]
                 ) -> dict[int, list[Piece]]:
    """For each word (by index in ``words``), the punctuation pieces between it and the
    next word."""
    out: dict[int, list[Piece]] = {}
    tokens = doc.tokens
    w = -1
    for p in pieces:
        kind = tokens[p.first].kind
        if kind == "word":
            w += 1
        elif kind == "punct" and w >= 0:
            out.setdefault(w, []).append(p)
    return out


class ArtifactRemover:
    def __init__(self, options: Options) -> None:
        self.options = options
        self._lower: dict[str, str] = {}

    def __call__(self, doc: Document) -> Document:
        gone: set[int] = set()  # tokens removed here that leave no trace between two words
        cleaned = remove_line_noise(doc)   # first: noise between two words hides a stutter
        if cleaned is not doc:
            before = set(map(id, doc.edits))
            removed_noise = {(e.start, e.end) for e in cleaned.edits
                             if id(e) not in before and not e.replacement}
            for p in cleaned.pieces():
                if not p.text and (p.start, p.end) in removed_noise:
                    gone.update(range(p.first, p.stop))
            doc = cleaned
        editor = doc.editor()
        pieces = doc.text_pieces()
        if not self.options.keep_sound_cues:
            # the sound tokens (a few), each with the piece of text it stands alone in
            for i in [i for i, t in enumerate(doc.tokens) if t.kind == "sound"]:
                k = bisect.bisect_left(pieces, i, key=_FIRST)
                if k < len(pieces) and pieces[k].first == i and pieces[k].stop == i + 1:
                    editor.replace([pieces[k]], "", "artifact", "sound-cue", 1.0)
                    gone.add(i)
        tokens = doc.tokens
        self._stray_marks(doc, pieces, editor)
        words = doc.word_pieces()
        lower = self._lower  # one key string per distinct text, not one per word
        if len(lower) > 100_000:
            lower.clear()
        keys = [lower[t] if t in lower else lower.setdefault(t, t.lower())
                for t in [p.text for p in words]]
        removed: set[int] = set()
        copied = self._rollup(doc, pieces, words, keys, editor, removed)
        self._repeats(words, keys, editor, removed, {m.index for m in doc.markers}, gone,
                      tokens, {a.index for a in doc.anchors})
        if self.options.clean_verbatim:
            for i, key in enumerate(keys):
                if key in _FILLERS and i not in removed:
                    editor.replace([words[i]], "", "artifact", "filler", 0.95)
        done = editor.finish()
        if copied:  # a roll-up copy's ">>" is the first copy's: no second speaker change
            done = done.replace(markers=tuple(m for m in done.markers if m not in copied))
        done = done if self.options.keep_sound_cues else remove_open_cues(done)
        return mend_dashes(remove_credits(remove_resends(_split_sound_cues(done))))

    @staticmethod
    def _stray_marks(doc: Document, pieces: list[Piece], editor: Editor) -> None:
        """Remove each `_STRAY_MARK` period (a token of its own after a lone mark token)."""
        starts: list[int] | None = None
        source = doc.source
        if " ." not in source and "\t." not in source:
            return  # (the usual case, found at C speed)
        for m in _STRAY_MARK.finditer(source):
            if source[max(0, m.start() - 16):m.start()].rstrip(" \t").endswith("."):
                continue  # the third of ". . ."
            if starts is None:
                starts = [p.start for p in pieces]
            k = bisect.bisect_left(starts, m.start(1))
            if 0 < k < len(pieces) and starts[k] == m.start(1) and pieces[k].end == m.end(1) \
                    and pieces[k - 1].end == m.start() + 1 \
                    and pieces[k - 1].stop - pieces[k - 1].first == 1 \
                    and doc.tokens[pieces[k - 1].first].kind == "punct":
                editor.replace([pieces[k]], "", "artifact", "stray-mark", 0.95,
                               note="a second mark after the sentence's own")

    def _rollup(self, doc: Document, pieces: list[Piece], words: list[Piece], keys: list[str],
                editor: Editor, removed: set[int]) -> set[Marker]:
        """Roll-up captions repeat the previous cue's last line at the start of the next cue:
        the words just before a cue boundary reappear just after it; the repeat goes, with
        its punctuation (a mark after its last word only if the first copy has it too). The
        words before are those still standing: YouTube's auto-captions show a line three
        times (its own cue, a 10 ms copy, the top of the next cue), and the third copy
        follows the removed second one. Whisper's segments are not roll-up captions (a
        repeat there was said, or is the recogniser's, not the display's). Returns the
        markers inside removed copies ("guest! >> seth: oh," shown again): copies too."""
        copied: set[Marker] = set()
        cue_starts = {a.index for a in doc.anchors if a.kind == "cue"}
        if not cue_starts or doc.metadata.get("format") == "whisper-json":
            return copied
        at = {p.first: i for i, p in enumerate(words)}
        marks = _marks_after(pieces, doc, words)
        at_marks = [m.index for m in doc.markers]  # in order
        standing: list[str] = []  # keys of the words before b that stay
        last: list[int] = []  # and their indices
        done = 0
        going: list[Piece] = []  # the copies' words and marks, removed if roll-up it is
        hits = boundaries = 0
        for index in sorted(cue_starts):
            b = at.get(index)
            if b is None:
                continue
            boundaries += 1
            for k in range(done, b):
                if k not in removed:
                    standing.append(keys[k])
                    last.append(k)
            done = max(done, b)
            if b in removed:
                continue
            best = 0
            for n in range(min(_MAX_ROLLUP, len(standing), len(keys) - b), 0, -1):
                if standing[-n:] == keys[b:b + n]:
                    best = n
                    break
            if best >= 2 or (best == 1 and len(keys[b]) > 3):
                # markers inside the copy, and one opening it where one opens the first copy
                lo, hi = words[b].first, words[b + best - 1].first
                first = words[last[-best]].first
                k = bisect.bisect_left(at_marks, first)
                opened = k < len(at_marks) and at_marks[k] == first
                copied.update(doc.markers[bisect.bisect_left(at_marks, lo) if opened else
                                          bisect.bisect_right(at_marks, lo):
                                          bisect.bisect_right(at_marks, hi)])
                hits += 1
                for k in range(b, b + best):
                    going.append(words[k])
                    removed.add(k)
                    after = marks.get(k, ())
                    if k == b + best - 1 and [m.text for m in after] != [
                            m.text for m in marks.get(last[-1], ())]:
                        continue  # the new line's own mark ("tuesday" -> "tuesday,")
                    going.extend(after)
        if hits < _ROLL_UP_SHARE * boundaries:
            # pop-on captions: a phrase said again across one of their cue boundaries is the
            # speaker's ("too far | too far."), not a roll-up line shown twice
            removed.clear()
            return set()
        for piece in going:
            editor.replace([piece], "", "artifact", "roll-up", 0.95,
                           note="repeated from the previous caption")
        return copied

    def _repeats(self, words: list[Piece], keys: list[str], editor: Editor, removed: set[int],
                 marked: set[int], gone: set[int], tokens: Sequence[Token],
                 cut: set[int]) -> None:
        """Stutters, pass after pass over the words still standing: removing one can make a
        new repeat ("and the the and the" -> "and the and the"), which the clean text would
        otherwise lose on a second cleaning. Two words are adjacent when only removed words
        and removed sound cues (``gone``) stand between them; ``cut``: the tokens a clock line
        or a caption cue opens."""
        # apart[k]: a token stands (not removed here) between words[k] and words[k + 1]; the
        # per-word lists are arrays (8 bytes a number, not a 40-byte int object: long inputs)
        stops = list(map(_STOP, words))
        apart = bytearray(map(ne, stops, map(_FIRST, islice(words, 1, None))))
        # a gap closes when every token in it is gone: only the gaps holding a gone token
        for k in {bisect.bisect_right(stops, t) - 1 for t in gone}:
            if 0 <= k < len(apart) and apart[k] and all(
                    t in gone for t in range(stops[k], words[k + 1].first)):
                apart[k] = 0
        del stops
        keep = bytearray(b"\x01") * len(words)
        for k in removed:
            keep[k] = 0
        live = array("q", compress(range(len(words)), keep))
        # the standing words, their keys and gap counts (how many gaps before them are
        # broken); a pass deletes what it removed
        at = array("q", compress(accumulate(apart, initial=0), keep))
        words = list(compress(words, keep))
        keys = list(compress(keys, keep))
        del apart, keep
        spans: list[tuple[int, int]] = [(1, len(live))]  # the first pass scans everything
        while len(live) > 1:
            joined = bytearray(1)
            joined.extend(map(eq, at, islice(at, 1, None)))
            found: set[int] = set()
            self._stutters(words, keys, joined, editor, found, marked, spans, tokens, cut)
            if not found:
                return
            removed.update(live[j] for j in found)
            gone_now = sorted(found)
            for j in reversed(gone_now):
                del live[j], at[j], words[j], keys[j]
            spans = _near(_junctions(gone_now), len(live))

    def _stutters(self, words: list[Piece], keys: list[str], joined: bytearray,
                  editor: Editor, removed: set[int], marked: set[int],
                  spans: list[tuple[int, int]], tokens: Sequence[Token], cut: set[int]) -> None:
        """A word or phrase said twice in a row ("the the", "would be would be"), and a cut-off
        fragment followed by the whole word ("cai cairo"). A doubled single word stays where
        English doubles it ("that that", "had had", "very very"), and a repeat across punctuation
        or a speaker marker ("go, go", "we were right. we were right") is the speaker's. So is
        a phrase said twice that the punctuation closes ("too far too far.", "we love you we
        love you, fred": emphasis; a restart runs on into its sentence) and a word chained by
        "and"/"or" ("less and less and less")."""
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
            if hit == 1 and not _stutter_word(key, vocab):
                hit = 0
            elif hit > 1 and _emphatic(words, keys, i, hit, tokens):
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
            nxt = i + 1


_CHAINS = frozenset({"and", "or"})
_CLOSING = frozenset({".", "!", "?", ",", "…"})


def _emphatic(words: list[Piece], keys: list[str], i: int, n: int,
              tokens: Sequence[Token]) -> bool:
    """Whether the phrase ``keys[i - n:i]``, said again at ``i``, is the speaker's own
    repetition, not a restart: punctuation closes the second copy, or the phrase is a word and
    "and"/"or" and the chain goes on ("less and | less and | less", "more or | more or | more")."""
    after = words[i + n - 1].stop
    if after < len(tokens) and tokens[after].kind == "punct" and tokens[after].text in _CLOSING:
        return True
    if n == 2:
        first, second = keys[i], keys[i + 1]
        if second in _CHAINS:
            return i + 2 < len(keys) and keys[i + 2] == first
        if first in _CHAINS:
            return i - 3 >= 0 and keys[i - 3] == second
    return False


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
    last: dict[str, int] = {}  # where each word was last seen
    prev = ""
    for i, key in enumerate(keys[base:hi]):
        if i - last.get(key, -5) <= 4 or (
                _MIN_FRAGMENT <= len(prev) < len(key) and key.startswith(prev)):
            got.append(i)
        last[key] = i
        prev = key
    return [base + i for i in got if base + i >= lo]


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


def _stutter_word(word: str, vocab: Vocabulary) -> bool:
    """Whether "word word" is a stutter: English rarely writes the word twice (the bigram's
    share of the word's uses is tiny), and it is a word or an ordinal ("1st 1st", which the
    numbers stage may spell "First first"), not a number."""
    if not word.isalpha():
        return _ORDINAL.fullmatch(word) is not None
    count = vocab.count(word)
    if not count:
        return True
    share: float = vocab.bigram(word, word) / vocab.bigram_total / (count / vocab.total)
    return share < 0.002


_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")
_OPEN_AT_BREAK = re.compile(r"\([^()\n]{0,80}\n")
"""A "(" whose line ends before it closes (the quick test before looking at pieces)."""
_MAX_SPLIT_CUE = 12
"""Most pieces a sound cue broken over lines may hold, parentheses included."""


def _split_sound_cues(doc: Document) -> Document:
    """A parenthesised sound cue a caption line break split ("(cheers" / "and applause)",
    "( band playing intro music" / ")"): the tokenizer reads each line alone, so its parts
    are punctuation and words. Once roll-up copies are gone, the standing "(", two words or
    more in one case and ")" spanning a line break are removed as one sound cue."""
    source = doc.source
    if "(" not in source or _OPEN_AT_BREAK.search(source) is None:
        return doc
    tokens = doc.tokens
    pieces = doc.text_pieces()
    editor: Editor | None = None
    i, n = 0, len(pieces)
    while i < n:
        p = pieces[i]
        if p.text != "(" or tokens[p.first].kind != "punct":
            i += 1
            continue
        j, words, closed = i + 1, 0, False
        while j < n and j - i < _MAX_SPLIT_CUE:
            q = pieces[j].text
            if q == ")":
                closed = True
                break
            if q.isalpha() and (q.islower() or q.isupper()) \
                    and tokens[pieces[j].first].kind == "word":
                words += 1
            elif q not in ('"', "'"):
                break
            j += 1
        if closed and words >= 2 and "\n" in source[p.end:pieces[j].start]:
            editor = editor or doc.editor()
            editor.replace(pieces[i:j + 1], "", "artifact", "sound-cue", 0.95,
                           note="a sound cue broken over two caption lines")
            i = j + 1
        else:
            i += 1
    return editor.finish() if editor is not None else doc
