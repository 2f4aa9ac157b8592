"""Non-word correction: a word in no dictionary (symspellpy's frequency dictionary, the web2
and GCIDE lists of english-words), no lexicon name and no number is split, merged with a
neighbour, or corrected at edit distance one; a real word is never replaced by another.

A stage class built once per lexicon by `pipeline.build_stages`, run after the names stage.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import partial
from operator import attrgetter

from rapidfuzz.distance import OSA

from .censusnames import first_name, marks
from .lexicon import Lexicon, name_key
from .model import Document, Editor, Piece
from .options import Options
from .pronounce import known
from .scans import Beside, where
from .soundmerge import sound_merge
from .vocabulary import Vocabulary, vocabulary
from .wordcase import stems, words
from .wordtable import WordTable

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PREFIXES = ("co", "non", "anti", "pre", "post", "ex", "multi", "self", "inter", "counter",
             "sub", "super", "re", "un", "mid", "pro")
# Function words: a non-word that splits into one of these and a word is a run-together pair
# ("inthe", "cooperationbetween" no; "ofthe" yes), not a compound the dictionaries lack.
_GLUE = frozenset("the a an of to and in on for is was that with at by from as".split())
_ZERO_ZIPF = 4.0
"""A word with a zero in it that the letter o makes this common is that word ("0ne", "0ff":
live subtitles' keyboard)."""
_DETERMINERS = frozenset("her his my your our their its".split())
"""Words live subtitles glue to the noun after them ("herflowers", "theirhome"): a split after
one is made, even where the word pair is missing from the bigrams."""
# Letters English spelling does not double: "iindia" is a stutter of the keyboard or the
# stenotype, "whittaker" may well be a name.
_NEVER_DOUBLED = frozenset("ahijkquvwxy")
MIN_ZIPF = 3.0
"""A correction must be an ordinary word (at least ~1 per million words)."""
RARE_JOIN_ZIPF = 1.5
"""A piece of four letters or more that the frequency dictionary lacks ("socio political",
"omni presence") joins its neighbour where the two make a word at least this common (~0.03
per million); a shorter piece needs `MIN_ZIPF`."""
CUT_ZIPF = 5.0
"""A non-word that a letter added at its end makes a word this common is that word cut off
("befor" -> "before"), not two words run together ("be for")."""
TYPED_ON_ZIPF = 4.0
"""...unless the non-word less its last letter is this common: a letter typed on as likely
("expecte": "expect" or "expected")."""
TRAILING_LENGTH = 8
TRAILING_ZIPF = 4.5
"""A non-word this long that is a word this common and one more letter is that word with a
stray key after it (live captions: "officerse", "engagede"): a name is rarely so made."""
REPEAT_ZIPF = 3.5
"""Letters typed twice are taken out only where that leaves a common word (~3 per million):
a rarer one ("herera" -> "hera") is more often a name the dictionaries lack."""
_ENDINGS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
            ("ers", "er"), ("ly", ""))
"""Regular endings a dictionary word may carry here (`wordcase.stems`)."""


def dictionary_words() -> WordTable:
    """Lowercase words of the english-words lists (cached on disk, searched in place): the
    keys of `wordcase.words`."""
    return words()


class SpellingCorrector:
    """The spelling stage: non-words only; splits, merges, then single edits."""

    def __init__(self, options: Options, lexicon: Lexicon | None = None) -> None:
        self.options = options
        self.lexicon = lexicon
        self._known: dict[str, bool] = {}
        self._ordinary: dict[str, str] = {}
        self._singles: dict[str, tuple[bool, str, str]] = {}

    def is_word(self, word: str, vocab: Vocabulary) -> bool:
        """In a dictionary, a lexicon name, a number, or made of such parts."""
        got = self._known.get(word)
        if got is None:
            got = self._is_word(word, vocab)
            if len(self._known) < 100_000:
                self._known[word] = got
        return got

    def _is_word(self, word: str, vocab: Vocabulary) -> bool:
        if not word.isalpha():
            if any(ch.isdigit() for ch in word) or "." in word:
                return True
            parts = [p for p in word.replace("’", "'").replace("-", " ").split() if p]
            parts = [p[:-2] if p.endswith("'s") else p for p in parts]
            return all(p in vocab or p.replace("'", "") in vocab or p in dictionary_words()
                       or self._is_word(p, vocab) if p.isalpha() else True for p in parts) \
                if parts and any(p.isalpha() for p in parts) else True
        if word in vocab or word in dictionary_words():
            return True
        for stem in stems(word, _ENDINGS):
            if stem in vocab or stem in dictionary_words():
                return True  # an inflection the lists lack ("neighbors", "canceled")
        if self.lexicon is not None and self.lexicon.get(name_key(word)) is not None:
            return True
        return False

    def __call__(self, doc: Document) -> Document:
        vocab = vocabulary()
        editor = doc.editor()
        words = doc.word_pieces()
        done: set[int] = set()
        suggested = {(x.start, x.end) for x in doc.suggestions}
        ordinary, form = self._ordinary, self._form
        texts = [p.text for p in words]
        # the remembered forms by one map that stops at a word type not seen yet (no test of
        # each form for a miss: `dict.__getitem__` is a plain C method); as before then
        try:
            forms: list[str] = list(map(ordinary.__getitem__, texts))
        except KeyError:
            forms = [ordinary[t] if t in ordinary else form(t, vocab) for t in texts]
        del texts  # (a list a word long: not held through the stage's peak)
        page = _Page(words, doc.source)
        beside = Beside(doc.source, doc.pieces, doc.markers)
        for i in list(where(forms, len(forms))):  # the words some rule looks at
            piece, w = words[i], forms[i]
            if i in done or not _plain(doc, piece):
                continue
            if _dropped_g(doc.source, piece, w, vocab) or _cut_off(doc.source, piece):
                continue
            if "0" in w:  # a zero typed for the letter ("0ne" -> "one"): `_form`
                editor.replace([piece], piece.text.replace("0", "o"), "spelling",
                               "digit-for-letter", 0.9, note="a zero typed for the letter o")
                continue
            # Not in the frequency dictionary: a rare word ("cochairman", "ment") may be half
            # of a split word; only a word in no dictionary at all is corrected on its own.
            if self._merge(doc, words, i, vocab, editor, done, suggested, beside):
                continue
            if len(w) >= 4 and not self.is_word(w, vocab):
                self._single(piece, w, vocab, editor, _around(doc, words, i),
                             partial(page.echoed, i))
        return editor.finish()

    def _form(self, text: str, vocab: Vocabulary) -> str:
        """A word's lowercase form, or "" for a word no rule looks at; cached per word type."""
        w = text.lower()
        if "0" in w and not w.isalpha() and w.replace("0", "o").isalpha() and len(w) >= 3 \
                and vocab.zipf(w.replace("0", "o")) >= _ZERO_ZIPF:
            pass  # "0ne": a zero for the letter, mended in `__call__`
        elif len(w) < 3 or not w.isalpha() or w in vocab:
            w = ""
        if len(self._ordinary) < 100_000:
            self._ordinary[text] = w
        return w

    def _merge(self, doc: Document, words: list[Piece], i: int, vocab: Vocabulary,
               editor: Editor, done: set[int], suggested: set[tuple[int, int]],
               beside: Beside) -> bool:
        """Join the non-word with a neighbour when the two make one word ("cochairman ship"
        -> "co-chairmanship"); the neighbour must be next to it in the text as it now reads
        (`scans.Beside`)."""
        # a piece of four letters or more the frequency dictionary lacks ("socio", "omni": a
        # combining form, known to the other dictionaries): a rarer word joined is read
        unknown = len(words[i].text) >= 4
        for j, k in ((i - 1, i), (i, i + 1)):
            if j < 0 or k >= len(words) or j in done or k in done:
                continue
            a, b = words[j], words[k]
            if not (_plain(doc, a) and _plain(doc, b)) or not beside(a, b):
                continue
            joined = (a.text + b.text).lower()
            if not joined.isalpha():
                continue
            form = ""
            if vocab.zipf(joined) >= MIN_ZIPF or vocab.zipf(joined) >= RARE_JOIN_ZIPF \
                    and unknown:
                form = joined
            else:
                for prefix in _PREFIXES:
                    rest = joined[len(prefix):]
                    if joined.startswith(prefix) and vocab.zipf(rest) >= MIN_ZIPF - 0.5 \
                            and len(rest) >= 5:
                        form = f"{prefix}-{rest}"
                        break
            if form:
                editor.replace([a, b], form, "spelling", "merge", 0.85,
                               note="one word split in two by the recogniser")
                done.update((j, k))
                return True
        return self._sound_merge(words, i, vocab, editor, done, suggested, beside)

    def _sound_merge(self, words: list[Piece], i: int, vocab: Vocabulary, editor: Editor,
                     done: set[int], suggested: set[tuple[int, int]], beside: Beside) -> bool:
        """A non-word no dictionary or pronouncing dictionary knows, read together with a
        neighbour, sounds like one long word. Where an earlier stage suggested something
        else for one of the two tokens, the merge too is only a suggestion."""
        w = words[i].text.lower()
        if len(w) < 4 or self.is_word(w, vocab) or known(w):
            return False
        for j, k in ((i - 1, i), (i, i + 1)):
            if j < 0 or k >= len(words) or j in done or k in done:
                continue
            a, b = words[j], words[k]
            if not beside(a, b) or not (a.text + b.text).isalpha() \
                    or a.text.isupper() != b.text.isupper():
                continue  # (one in capitals beside one not: an acronym, "CSTO more")
            if words[k if j == i else j].text.lower() in _FUNCTION_WORDS:
                continue  # a name no list holds before a word of its own ("cilic in" is no
                # "silicone", "ganguly and" no "gangland"; qa35)
            form = sound_merge(a.text.lower(), b.text.lower())
            if form:
                note = "one word split in two by the recogniser, by its sound"
                if (a.start, a.end) in suggested or (b.start, b.end) in suggested:
                    editor.suggest([a, b], form, "spelling", "sound-merge", 0.6, note=note)
                else:
                    editor.replace([a, b], form, "spelling", "sound-merge", 0.75, note=note)
                done.update((j, k))
                return True
        return False

    def _single(self, piece: Piece, w: str, vocab: Vocabulary, editor: Editor,
                around: tuple[str, str] = ("", ""),
                echoed: Callable[[str], bool] | None = None) -> None:
        got = self._singles.get(w)
        if got is None:   # per word type: the decision depends on the word alone
            got = _single_decision(w, vocab)
            if len(self._singles) > 50_000:
                self._singles.clear()
            self._singles[w] = got
        if got is _NO_CHANGE:
            return
        sure, text, rule = got
        if rule == _NEAR:  # one clear edit away: made where a word beside it expects it
            rule = "edit-1"
            if _expected(text, around, vocab) and not (text == w[1:] and w[0] in "ai"):
                # ("ifeel like": "i feel" run together, not "feel" with a slip)
                editor.replace([piece], text, "spelling", "edit-1-context", 0.8,
                               note=f"not a word; one letter from {text!r}, which the word "
                               "beside it goes with")
                return
        if not sure and rule == "edit-1" and echoed is not None and echoed(text):
            editor.replace([piece], text, "spelling", "edit-1-page", 0.8,
                           note=f"not a word; one letter from {text!r}, which the page says "
                           "after the same two words")
            return
        first, _, rest = text.partition(" ")
        if sure and rule == "split" and not vocab.associated(first, rest, SPLIT_PAIRED) \
                and any(len(x) >= 3 and x.isalpha() and not vocab.zipf(x) for x in around):
            # two words no likelier together than apart, beside a word English lacks: a
            # name's letters ("mayuko amby" is no "am by", qa27)
            sure = False
        confidence, note = _NOTES[rule, sure]
        if rule == "edit-1":
            note += repr(text) if sure else ""
        if sure:
            editor.replace([piece], text, "spelling", rule, confidence, note=note)
        else:
            editor.suggest([piece], text, "spelling", rule, confidence, note=note)


_FUNCTION_WORDS = frozenset("a an the and or but nor in on at of to for with by from as is it "
                            "if so".split())
"""Words of their own that a sound merge never takes with a non-word: the non-word beside
one is more often a name no list holds ("cilic in", "ganguly and") than a long word split."""
_NO_CHANGE = (False, "", "")
_NOTES = {("split", True): (0.85, "two words run together"),
          ("repeat", True): (0.85, "letters typed twice by the captioner"),
          ("split", False): (0.5, "perhaps two words run together"),
          ("edit-1", True): (0.85, "not a word; one letter from "),
          ("edit-1", False): (0.5, "not a word; the nearest common word")}


def _single_decision(w: str, vocab: Vocabulary) -> tuple[bool, str, str]:
    """For a non-word on its own: (made or only suggested, the text, the rule), or
    `_NO_CHANGE`. Letters typed twice come first, then a split into two common words, then
    one edit. A word the pronouncing dictionary knows ("fallon", "ambien": a name, a brand)
    is only ever given a suggestion."""
    named = known(w)
    if not named and not first_name(w):  # (a census first name's letters are its own:
        undoubled = _undoubled(w, vocab)  # "tracee", "desiree" are no "trace", "desire")
        if undoubled:
            return True, undoubled, "repeat"
    if not named and len(w) >= 4:  # a common word cut by its last letter ("befor"), not
        cut = [w + c for c in _LETTERS if vocab.zipf(w + c) >= CUT_ZIPF]  # two ("be for")
        if len(cut) == 1 and vocab.zipf(w[:-1]) < TYPED_ON_ZIPF:
            return True, cut[0], "edit-1"
    if not named and "j" in w:
        glued = _glued_before_j(w, vocab)
        if glued:
            return True, glued, "split"
    split = _best_split(w, vocab) or ("" if named else _lost_letter_split(w, vocab))
    least = vocab.least_count(MIN_ZIPF)   # w is lowercase, and so is every edit of it
    assert least is not None
    get = vocab.unigrams.get
    candidates = sorted(((n, c) for c in _edits1(w) if (n := get(c, 0)) >= least),
                        reverse=True)
    if split and not (candidates and _likelier_than_split(w, candidates[0][1], split, vocab)):
        first, rest = split.split()   # "pushback": perhaps a compound the dictionaries lack
        return (first in _GLUE or rest in _GLUE or first in _DETERMINERS and len(rest) >= 4) \
            and not named, split, "split"   # ("herera": "her era", a name, is suggested)
    if not candidates:
        return _NO_CHANGE
    best_count, best = candidates[0]
    clear = len(candidates) == 1 or best_count >= 10 * candidates[1][0]
    if OSA.distance(w, best, score_cutoff=1) != 1:   # restricted Damerau, at most 1
        return _NO_CHANGE
    if clear and len(w) >= 5 and not named:
        return (True, best, "edit-1") if _recogniser_slip(w, best) else (False, best, _NEAR)
    return False, best, "edit-1"


def _likelier_than_split(w: str, word: str, split: str, vocab: Vocabulary) -> bool:
    """Whether the one-letter fix ``word`` of the non-word ``w`` is a likelier reading than the
    two words ``split`` run together: a key beside the right one struck ("withour": "r" for
    "t"), the slip typing makes most, and English writes the word `SPLIT_MARGIN` more often,
    as a share of all words, than the pair as a share of all pairs ("without" against "with
    our"). A lost space is the commoner slip in captions, so any other edit ("theair": "their"
    less a letter), or a word not clearly likelier ("tosay": "today" against "to say"),
    leaves the split. The fix so chosen is made only where `_single` makes a changed
    letter (a neighbour expects it); else it is a suggestion."""
    if len(word) != len(w):
        return False
    diff = [k for k in range(len(w)) if w[k] != word[k]]
    return len(diff) == 1 and word[diff[0]] in _KEY_NEIGHBOURS.get(w[diff[0]], "") \
        and vocab.zipf(word) - vocab.bigram_zipf(*split.split()) >= SPLIT_MARGIN


SPLIT_PAIRED = 2.0
"""How many times more often than chance the two words of a split must stand together for
the split to be made beside a word English lacks (a name's neighbour); "to say" ~30, "am by"
~1.5."""
SPLIT_MARGIN = 0.5
"""How much likelier (log10 of the shares) a neighbouring-key fix must be than a split."""
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_NEIGHBOURS = {
    c: "".join(_ROWS[r2][k2] for r2 in (r - 1, r, r + 1) if 0 <= r2 < 3
               for k2 in (k - 1, k, k + 1) if 0 <= k2 < len(_ROWS[r2]) and (r2, k2) != (r, k)
               and abs((k2 + 0.5 * r2) - (k + 0.5 * r)) <= 1.0)
    for r, row in enumerate(_ROWS) for k, c in enumerate(row)}
"""The keys beside each letter on a QWERTY keyboard (its row, and the rows above and below
as they are staggered)."""


_NEAR = "edit-1-near"
"""A long non-word one clear edit from a common word by an edit captioning seldom makes: a
suggestion, unless a word beside it expects the word (`_expected`)."""
EXPECTED_ASSOCIATION = 100.0
"""How many times more often than chance the word and a neighbour must stand together
("majority leader" ~290, "he said" ~160; "the starter" ~2: a function word vouches little)."""


def _around(doc: Document, words: list[Piece], i: int) -> tuple[str, str]:
    """The words before and after ``words[i]``, lowercase ("" where not a space parts them)."""
    src, at = doc.source, words[i]
    near = [words[j] if 0 <= j < len(words) else None for j in (i - 1, i + 1)]
    return tuple(w.text.lower() if w is not None and src[min(w.end, at.end):max(
        w.start, at.start)].isspace() else "" for w in near)  # type: ignore[return-value]


class _Page:
    """A document's words and its text lowercase (made the first time a non-word asks)."""

    def __init__(self, words: list[Piece], source: str) -> None:
        self.words = words
        self.source = source
        self.low = ""
        self.said: dict[str, dict[tuple[str, str], list[int]]] = {}

    def echoed(self, i: int, text: str) -> bool:
        """Whether the page says ``text`` elsewhere after the two words that stand before
        word ``i`` ("are we going to defen the" where "going to defend" was said twice):
        live captions repeat a speaker's frame, and the frame vouches for the word a slip
        made of it. The places are found in the text at C speed, each word looked up by
        its start."""
        words = self.words
        if i < 2:
            return False
        frame = (words[i - 2].text.lower(), words[i - 1].text.lower())
        return any(j != i for j in self._said(text).get(frame, ()))

    def _said(self, text: str) -> dict[tuple[str, str], list[int]]:
        """The words (indices, from 2) that say ``text``, by the two words before them; found
        once a page for each text (a long transcript asks for the same few again and again)."""
        got = self.said.get(text)
        if got is not None:
            return got
        words = self.words
        if not self.low:
            self.low = self.source.lower()
        low = self.low
        got = self.said[text] = {}
        at = low.find(text)
        while at >= 0:
            j = bisect.bisect_left(words, at, key=_START)
            if 2 <= j < len(words) and words[j].start == at and words[j].text.lower() == text:
                frame = (words[j - 2].text.lower(), words[j - 1].text.lower())
                got.setdefault(frame, []).append(j)
            at = low.find(text, at + 1)
        return got


_START = attrgetter("start")


def _expected(best: str, around: tuple[str, str], vocab: Vocabulary) -> bool:
    before, after = around
    return bool(before) and vocab.associated(before, best, EXPECTED_ASSOCIATION) or \
        bool(after) and vocab.associated(best, after, EXPECTED_ASSOCIATION)


def _undoubled(w: str, vocab: Vocabulary) -> str:
    """The word a non-word makes with a stretch of two to four letters typed twice taken
    out once, where one such word is common: roll-up captions re-send a few characters
    ("inclususive", "leleaders", "governrnment", "wewednesday"); or with a doubled last
    letter ("inclusivee"). "" if none or more than one."""
    found: set[str] = set()
    for n in (2, 3, 4):
        for k in range(len(w) - 2 * n + 1):
            if w[k:k + n] == w[k + n:k + 2 * n]:
                cand = w[:k + n] + w[k + 2 * n:]
                if len(cand) >= 3 and vocab.zipf(cand) >= REPEAT_ZIPF:
                    found.add(cand)
    if not found and len(w) >= 5 and w[-1] == w[-2] and vocab.zipf(w[:-1]) >= REPEAT_ZIPF:
        found.add(w[:-1])
    return found.pop() if len(found) == 1 else ""


def _recogniser_slip(w: str, best: str) -> bool:
    """The edits captioning makes, not the ones a different name makes: a word cut off by
    one letter ("pandemi"), a doubled letter ("iindia"), two letters swapped. A changed
    letter ("starmer"/"starter") is more often a name the dictionaries lack."""
    if best.startswith(w) and len(best) == len(w) + 1:
        return True
    if w[:-1] == best and len(w) >= TRAILING_LENGTH \
            and vocabulary().zipf(best) >= TRAILING_ZIPF:
        return True  # a key struck after a long common word ("officerse", "engagede")
    if len(w) == len(best) + 1:
        for k in range(len(w)):
            if w[:k] + w[k + 1:] == best:
                doubled = (k > 0 and w[k - 1] == w[k]) or (k + 1 < len(w) and w[k + 1] == w[k])
                return doubled and w[k] in _NEVER_DOUBLED
        return False
    if len(w) == len(best):
        diff = [k for k in range(len(w)) if w[k] != best[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == best[diff[1]]
    return False


def _dropped_g(source: str, piece: Piece, w: str, vocab: Vocabulary) -> bool:
    """A word written with its final g dropped and an apostrophe in its place ("rockin'",
    "nothin'"): the speaker's (or singer's) form, as the caption writes it, not a slip."""
    return w.endswith("in") and source[piece.end:piece.end + 1] in ("'", "\u2019") \
        and piece.end > piece.start and vocab.zipf(w + "g") >= MIN_ZIPF


def _cut_off(source: str, piece: Piece) -> bool:
    """A word the speaker broke off, as the transcriber marks it: a dash glued to its end
    ("past exper\u2013 experimental", "the sta-- the station"), the word restarted or left.
    The letters are what was said; a common word one letter on ("expert") is not."""
    after = source[piece.end:piece.end + 2]
    return after[:1] in ("\u2013", "\u2014") or after == "--" \
        or after[:1] == "-" and (len(after) == 1 or after[1].isspace())


def _plain(doc: Document, piece: Piece) -> bool:
    """A single token no earlier stage has changed."""
    return piece.stop - piece.first == 1 and piece.text == doc.tokens[piece.first].text


_NAME_MARKS = frozenset("fs")
"""`censusnames.marks` of a first name or a common surname."""


def _glued_before_j(w: str, vocab: Vocabulary) -> str:
    """Two words run together at a "j" ("greatjob" -> "great job", "hasjust", "lastjourney",
    "captainjack"): BBC live subtitles lose the space before a word that starts with "j" (on
    the stored pages every non-word that is two ordinary words at a "j" is such a pair, a
    name's letters aside, "bonjour": the caller asks only for a word the pronouncing
    dictionary lacks); the pair is often missing from the bigram counts `_best_split` needs.
    Both words of three letters or more (or a function word of `_GLUE` first: "injersey")
    and as common as `MIN_ZIPF`, the second no census first name or common surname, and one
    such seam only; "" otherwise. (A name's words so split would stay lowercase: the casing
    stage cases a person's name by its words, not inside an edit, and a second cleaning of
    the text would case them, "boris johnson" -> "Boris Johnson".)"""
    found = ""
    k = w.find("j", 1)
    while k > 0:
        x, y = w[:k], w[k:]
        k = w.find("j", k + 1)
        if len(y) >= 3 and (len(x) >= 3 or x in _GLUE) and not _NAME_MARKS & set(marks(y)) \
                and vocab.zipf(x) >= MIN_ZIPF and vocab.zipf(y) >= MIN_ZIPF:
            if found:
                return ""
            found = f"{x} {y}"
    return found


def _best_split(w: str, vocab: Vocabulary) -> str:
    best, best_count = "", 0
    least = vocab.least_count(4.0)
    assert least is not None
    get = vocab.unigrams.get
    for k in range(2, len(w) - 1):
        x, y = w[:k], w[k:]   # w is lowercase: the counts are looked up as `zipf` would
        if get(x, 0) >= least and get(y, 0) >= least:
            count = vocab.bigram(x, y)
            if count > best_count:
                best, best_count = f"{x} {y}", count
    if not best:
        for d in _DETERMINERS:
            if w.startswith(d) and len(w) - len(d) >= 4 and get(w[len(d):], 0) >= least:
                return f"{d} {w[len(d):]}"
    return best


def _edits1(w: str) -> set[str]:
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + transposes + replaces + inserts)


def _lost_letter_split(w: str, vocab: Vocabulary) -> str:
    """A function word run together with the next word, that word's first letter lost with
    the space ("andurvivors" -> "and survivors", "ofheir" -> "of their": live captions
    dropping characters); only where one letter makes a common word the function word is
    seen before. "" if none or more than one."""
    least, fair = vocab.least_count(4.0), vocab.least_count(3.5)
    assert least is not None and fair is not None
    get = vocab.unigrams.get
    found: set[str] = set()
    for k in range(1, min(4, len(w) - 3)):
        x, y = w[:k], w[k:]
        if x in _GLUE and len(y) >= 4 and get(y, 0) < least:
            found.update(f"{x} {c}{y}" for c in _LETTERS
                         if get(c + y, 0) >= fair and vocab.bigram(x, c + y))
    return found.pop() if len(found) == 1 else ""
