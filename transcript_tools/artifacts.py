"""Caption artifacts removed as logged edits: sound cues (``[applause]``, ``♪``), roll-up
repeats across caption cues, stuttered words and fragments (`stutters`), lines live subtitles
re-send (`resends`), caption credits (`credits`), a subtitler's dashes (`dashes`), and fillers
in clean-verbatim mode.

A pipeline stage; `pipeline` calls it first so later stages see speech only.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from operator import attrgetter, methodcaller

from . import memos
from .credits import remove_credits
from .dashes import dashes_around, lone_dashes, mend_dashes, split_hyphens
from .keyslips import mend_keyslips
from .lazypattern import lazy_re
from .lexicon import folded
from .linenoise import remove_line_noise
from .memos import WORD_MEMO
from .model import LYRIC_MARK, Document, Editor, Marker, Piece, Token
from .numbers import ORDINAL_FIGURES
from .ocrletters import I_PAIR_ZIPF, mend_capital_i
from .openbrackets import remove_open_cues
from .options import Options
from .readers.tokens import CUE_FORMATS, SONG_RE, agenda_heading, may_hold_cues
from .resends import lone_line_marks, remove_drafts, remove_grown_copies, remove_resends
from .scans import numbered, piece_at, pieces_within, positions
from .spacedmarks import (
    backtick_apostrophes,
    backtick_dashes,
    double_stops,
    lone_chevrons,
    spaced_apostrophes,
)
from .stutters import remove_repeats, sung_apart, sung_tokens
from .vocabulary import vocabulary
from .webaddress import join_parted

_FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "mm"})
_MAX_ROLLUP = 40
"""Longest repeated run (words) looked for across a cue boundary."""
_ROLL_UP_SHARE = 0.2
"""Share of cue boundaries a repeated line must cross for captions to read as roll-up."""
_STRAY_MARK = re.compile(r"[.!?][ \t]+(?P<cue>\[[^\[\]\n]{1,80}\][ \t]+)?"
                         r"(\.(?![ \t]*\.|\d)|\?(?=[ \t]+\w))")
"""A lone period a space after a sentence's own mark ("the public. . next", "go! .", also
with a sound cue between that goes: "we won. [applause] . and"): a caption keystroke, not a
mark; a spaced ellipsis (". . .") is left as written. A lone "?" there before a word is a
music note the page could not encode ("a second straight night. ? geico's been saving"):
it goes too. A point glued to figures is a decimal's (". .22 caliber"), kept."""
_FIRST = attrgetter("first")
_START = methodcaller("start")
_LONE_MARK = re.compile(r"\.(?<=[\s)\]>♪♫]\.)(?=\s|$)", re.MULTILINE)
"""A period standing alone (the quick test of `_lone_marks`; one opening the source is
`_LONE_FIRST`'s): the pattern opens on the period, so the scan jumps from one to the next."""
_LONE_FIRST = re.compile(r"\.(?=\s|$)", re.MULTILINE)


_STRAY_ENDS = (" .", "\t.", " ?", "\t?")
_STRAY_LOOKS = 64
"""Places `_may_stray` looks at before it leaves the page to the pattern's own scan."""


def _may_stray(source: str) -> bool:
    """Whether ``source`` may hold a `_STRAY_MARK`: the pattern's second mark ("." or "?")
    follows a run of spaces and tabs with a sentence's mark or a sound cue's "]" before it.
    Each " ." / "\\t." / " ?" / "\\t?" is found by `str.find` and its run looked behind (a
    page holds none or a few; the pattern's scan tried its class at every character, ~1M
    instructions on a page of 3,000 words); past `_STRAY_LOOKS` of them the pattern reads the
    page."""
    looked = 0
    for end in _STRAY_ENDS:
        if end[1] not in source:
            continue
        at = source.find(end)
        while at >= 0:
            looked += 1
            if looked > _STRAY_LOOKS:
                return True
            j = at
            while j > 0 and source[j - 1] in " \t":
                j -= 1
            if j > 0 and source[j - 1] in ".!?]":
                return True
            at = source.find(end, at + 1)
    return False


def _marks_after(pieces: list[Piece], doc: Document, words: list[Piece]
                 ) -> dict[int, list[Piece]]:
    """For each word (by index in ``words``), the punctuation pieces between it and the
    next word."""
    out: dict[int, list[Piece]] = {}
    tokens = doc.tokens
    firsts = {p.first for p in words}  # (a mark mended into a word is one of them)
    w = -1
    for p in pieces:
        if p.first in firsts:
            w += 1
        elif tokens[p.first].kind == "punct" and w >= 0:
            out.setdefault(w, []).append(p)
    return out


_LETTER_WORDS = frozenset("aio")
"""Letters English writes as words ("a", "I", "O"): never taken for noise."""


def _stray_letter(doc: Document, pieces: list[Piece], k: int) -> bool:
    """Whether the piece before the sound cue ``pieces[k]`` is one letter standing alone
    between a sentence's stop and the cue ("it's stephen colbert! p ( cheers and applause
    )"): a decoder's stray, no word of the speech."""
    if k < 2:
        return False
    letter, stop = pieces[k - 1], pieces[k - 2]
    tokens = doc.tokens
    return len(letter.text) == 1 and letter.text.isalpha() and letter.text.islower() \
        and letter.text not in _LETTER_WORDS and letter.stop - letter.first == 1 \
        and tokens[letter.first].kind == "word" and stop.text[-1:] in ".!?" \
        and tokens[stop.first].kind == "punct" \
        and doc.source[stop.end:letter.start].isspace() \
        and doc.source[letter.end:pieces[k].start].isspace()


ASIDE_LETTERS = 6
"""Fewest letters of a word in parentheses kept as the speech's aside (`_aside_word`): a
shorter one may be a caption's abbreviation ("(ph)", "(nats)", "(sot)")."""


def _aside_word(doc: Document, i: int) -> bool:
    """Whether the sound token ``tokens[i]`` is one word in parentheses inside a running
    sentence that no word list holds at all ("along with support, chantix (varenicline) is
    proven": an advertised drug's generic name on screen, "(laughter)", "(inaudible)",
    "(crosstalk)" are words): a word of the text, no sound, which stays. One space parts it
    from a word on each side, the next one lowercase; all lowercase letters, at least
    `ASIDE_LETTERS` of them."""
    tokens = doc.tokens
    text = tokens[i].text
    inner = text[1:-1]
    if text[:1] != "(" or text[-1:] != ")" or len(inner) < ASIDE_LETTERS \
            or not (inner.isalpha() and inner.islower()) or not 0 < i < len(tokens) - 1:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    source = doc.source
    return before.kind == "word" and after.kind == "word" and after.text[:1].islower() \
        and source[before.end:tokens[i].start] == " " \
        and source[tokens[i].end:after.start] == " " and not vocabulary().count(inner)


def _key(text: str) -> str:
    """A word's key for repeats: lowercase, an ordinal word as its figure ("First" -> "1st"),
    without diacritics ("çavuşoğlu cavusoglu" is one word said twice: the names stage writes
    both as the listed name, and a second clean would find the repeat the first missed)."""
    low = text.lower()
    if not low.isascii():
        low = folded(low)
    return ORDINAL_FIGURES.get(low, low)


_HEADING_SMALL = frozenset("to on of and for the in at with from by".split())
_LETTERS_RE = re.compile(r"[A-Za-z]+")
CAPITALS_PAGE = 0.05
"""The share of lowercase letters in the page's words under which a written page is in
capitals (`_capitals_page`)."""


def _titled_heading(text: str) -> bool:
    """Whether a bracketed token reads as a heading in title case: three words or more, two
    of them capitalised and one a title's small word in lowercase ("[Call to Order]", "[Work
    Session on December 11, 2023.]"); a sound's description ("[Crowd Cheering]", "[door
    closes]", "[APPLAUSE]") is not one."""
    words = _LETTERS_RE.findall(text)
    return len(words) >= 3 and text[1:2].isupper() \
        and sum(w[0].isupper() and w[1:].islower() for w in words) >= 2 \
        and any(w in _HEADING_SMALL for w in words)


def _page_heading(doc: Document, token: Token) -> bool:
    """Whether a bracketed sound token is a meeting-video host's unnumbered agenda heading on
    a written page in capitals ("[Call to Order]" alone on its line among "MEETING OF THE
    COUNTY COMMISSIONERS COURT IS CALLED TO ORDER.", qa48; the caller asks `_capitals_page`):
    in title case (`_titled_heading`), alone on its line, on a page not read from caption
    cues: the captioner types in capitals, the host its agenda."""
    if not _titled_heading(token.text) or doc.metadata.get("format") in ("srt", "vtt", "ssa"):
        return False
    source = doc.source
    start = source.rfind("\n", 0, token.start) + 1
    end = source.find("\n", token.end)
    return source[start:end if end >= 0 else len(source)].strip() == token.text


_NOT_NAMES = frozenset("crosstalk beep bleep ph sic sp".split())
"""Bracketed words in a name's shape the word lists lack that a transcript writes for a sound
or a transcriber's note ("[Crosstalk]", "[Ph]", "[sic]")."""


def _inserted_name(doc: Document, i: int) -> bool:
    """Whether the bracketed token ``i`` is a name a transcript's editor set into a sentence
    ("students at [Comenius] University's", "President [Abdrabuh Mansour] Mansour Hadi": a
    news agency's or a record's insertion, qa54), not a sound cue to drop: a word on each
    side of it on its line, and its words in a name's shape that no word list holds in
    lowercase only (`labels.tag_name`: "[Laughter]", "[Crowd Cheering]", "[Inaudible]" are
    sounds, as "[Music]" between two words of automatic captions is)."""
    tokens = doc.tokens
    if not 0 < i < len(tokens) - 1 or tokens[i - 1].kind != "word" \
            or tokens[i + 1].kind != "word":
        return False
    t = tokens[i]
    source = doc.source
    if "\n" in source[tokens[i - 1].end:t.start] or "\n" in source[t.end:tokens[i + 1].start]:
        return False
    inner = t.text[1:-1].strip()
    if any(w.lower().strip(".") in _NOT_NAMES for w in inner.split()):
        return False
    from .readers.labels import tag_name
    return tag_name(inner)


def _capitals_page(doc: Document) -> bool:
    """Whether the page's words (its chrome aside) are in capitals: fewer than
    `CAPITALS_PAGE` of their letters lowercase. Not `shouting.shouted`'s test, which the
    truecaser asks which words to case: that one counts words, not letters (most of them,
    `shouting._SHOUTED_SHARE`, in capitals, an initialism, a lone "A" or a code with figures
    not counted), and finds long stretches in capitals inside a mixed-case page too. Here the
    whole page must be in capitals, nearly to the letter, for a bracketed heading in title
    case to stand out as the host's (`_page_heading`): a page in capitals with a few words in
    mixed case among them is one for `shouted` and may not be one here."""
    letters = "".join(p.text for p in doc.word_pieces())
    upper = sum(map(str.isupper, letters))
    lower = sum(map(str.islower, letters))
    return upper > 0 and lower < CAPITALS_PAGE * (upper + lower)


_LYRIC_MARKS = frozenset("\u266a\u266b#")


def lyric_mark(tokens: tuple[Token, ...], source: str, i: int) -> bool:
    """Whether ``tokens[i]`` is a music mark (``♪``, ``♫``, a British subtitle's ``#``) that
    opens or closes the words on its line ("♪ Over the hills ♪", "# If your right hand"): in
    a caption file the mark tells the viewer the words are sung, and stays. A mark alone on
    its line (music playing, no words) is a sound cue as before. Marks of the sentence may
    stand between ("♪ Sail away. ♪": the closing mark after the stop a clean wrote, ux11)."""
    t = tokens[i]
    if not t.text or any(c not in _LYRIC_MARKS for c in t.text):
        return False
    for step in (1, -1):
        k = i + step
        while 0 <= k < len(tokens):
            a, b = (t.end, tokens[k].start) if k > i else (tokens[k].end, t.start)
            if "\n" in source[a:b] or "\r" in source[a:b]:
                break
            if tokens[k].kind == "word":
                return True
            if tokens[k].kind != "punct" or any(c in _LYRIC_MARKS for c in tokens[k].text):
                break
            k += step
    return False


class ArtifactRemover:
    def __init__(self, options: Options) -> None:
        self.options = options
        self._lower: dict[str, str] = {}
        memos.bound(self, ("_lower", WORD_MEMO))

    def __call__(self, doc: Document) -> Document:
        gone: set[int] = set()  # tokens removed here that leave no trace between two words
        # first: noise between two words hides a stutter, and so does a web page's markup
        # tag ("the <b> the": a stutter the second clean found, fuzz)
        cleaned = _html_tags(remove_line_noise(doc))
        if cleaned is not doc:   # the pieces the noise removal emptied
            standing = {p.first: p.stop for p in doc.text_pieces()}
            for first in standing.keys() - {p.first for p in cleaned.text_pieces()}:
                gone.update(range(first, standing[first]))
            doc = cleaned
        unmended = doc
        doc = mend_capital_i(doc)  # (before a misread "!" is taken for a stop)
        editor = doc.editor()
        pieces = doc.text_pieces()
        if not self.options.keep_sound_cues and may_hold_cues(doc.source,
                                                               doc.metadata.get("format")):
            # the sound tokens (a few), each with the piece of text it stands alone in
            lyrics = doc.metadata.get("format") in CUE_FORMATS
            sounds = [i for i, t in numbered(doc.tokens) if t.kind == "sound"
                      and not agenda_heading(t.text)  # (an agenda's heading stays)
                      and not (t.text[:1] == "[" and _inserted_name(doc, i))
                      and not _aside_word(doc, i)]
            if any(_titled_heading(doc.tokens[i].text) for i in sounds) and _capitals_page(doc):
                sounds = [i for i in sounds if not _page_heading(doc, doc.tokens[i])]
            cue_pieces: list[int] = []  # the pieces of the cues removed
            for i in sounds:
                k = bisect.bisect_left(pieces, i, key=_FIRST)
                if k < len(pieces) and pieces[k].first == i and pieces[k].stop == i + 1:
                    if lyrics and lyric_mark(doc.tokens, doc.source, i):
                        # a caption file's sung line: the mark goes from the text, as a
                        # broadcast text's does, and stays on the caption's lines
                        # (`layout._units` sets it back)
                        editor.replace([pieces[k]], "", "artifact", LYRIC_MARK, 1.0,
                                       note="a sung line's music mark (kept in captions)")
                        gone.add(i)
                        cue_pieces.append(k)
                        continue
                    editor.replace([pieces[k]], "", "artifact", "sound-cue", 1.0)
                    gone.add(i)
                    cue_pieces.append(k)
                    if _stray_letter(doc, pieces, k):
                        editor.replace([pieces[k - 1]], "", "artifact", "stray-letter", 0.9,
                                       note="a letter of decoder noise before a sound cue")
            if cue_pieces and ("-" in doc.source or "\u2013" in doc.source
                               or "\u2014" in doc.source):
                # a pair of dashes around removed cues goes later (`lone_dashes`) and leaves
                # no trace between two words either
                gone.update(dashes_around(doc.source, pieces, doc.tokens, cue_pieces))
        tokens = doc.tokens
        self._stray_marks(doc, pieces, editor, not self.options.keep_sound_cues)
        words = doc.word_pieces()
        if doc is not unmended:  # a capital I mended from a mark is a word to the copy tests
            words = sorted(words + [p for p in pieces if p.text == "I" and tokens[
                p.first].kind != "word"], key=_FIRST)
        lower = self._lower  # one key string per distinct text, not one per word
        if len(lower) > 100_000:
            lower.clear()
        texts = [p.text for p in words]
        try:  # one map that stops at a text not seen before (no test of each key for a miss)
            keys = list(map(lower.__getitem__, texts))
        except KeyError:
            keys = [lower[t] if t in lower else lower.setdefault(t, _key(t)) for t in texts]
        removed: set[int] = set()
        held: dict[int, float] = {}
        copied = self._rollup(doc, pieces, words, keys, editor, removed, held)
        # a run of marks `_mark_runs` removes below leaves no trace between two words either
        # ("the . . ~ the": the clean text reads "the the", a stutter on its second clean)
        gone.update(t for got in _mark_run_pieces(doc, pieces) for p in got
                    for t in range(p.first, p.stop))
        markers = {m.index for m in doc.markers}
        sung = sung_tokens(tokens, doc.source)
        cut = {a.index for a in doc.anchors}
        remove_repeats(words, keys, editor, removed, markers | sung, gone, tokens, cut)
        if not self.options.keep_sound_cues and self.options.punctuation \
                and ("\u266a" in doc.source or "\u266b" in doc.source):
            sung_apart(words, keys, editor, removed, markers, sung, gone, tokens, cut)
        if self.options.clean_verbatim:
            for i, key in enumerate(keys):
                if key in _FILLERS and i not in removed:
                    editor.replace([words[i]], "", "artifact", "filler", 0.95)
        done = editor.finish()
        if held:
            done = _hold_times(done, held)
        if copied:  # a roll-up copy's ">>" is the first copy's: no second speaker change
            done = done.replace(markers=tuple(m for m in done.markers if m not in copied))
        done = done if self.options.keep_sound_cues else _split_bracket_cues(
            remove_open_cues(done))
        if not self.options.keep_sound_cues:
            done = _capital_word_cues(_screen_notes(done))
        done = remove_drafts(lone_line_marks(remove_grown_copies(remove_resends(
            _split_sound_cues(done)))))
        done = double_stops(lone_chevrons(split_hyphens(mend_dashes(remove_credits(done)))))
        done = spaced_apostrophes(backtick_dashes(backtick_apostrophes(done)))
        done = _continued_cues(_turn_stops(_lone_marks(_doubled_marks(_mark_runs(done)))))
        done = _decoder_marks(done)
        if not self.options.keep_sound_cues:
            done = _bared_songs(done)  # (before a dash it leaves alone goes)
        return join_parted(mend_keyslips(lone_dashes(done)))

    @staticmethod
    def _stray_marks(doc: Document, pieces: list[Piece], editor: Editor,
                     drop_cues: bool = True) -> None:
        """Remove each `_STRAY_MARK` period (a token of its own after a lone mark token, or
        after a sound cue that goes, ``drop_cues``, after one)."""
        starts: list[int] | None = None
        source = doc.source
        if " ." not in source and ("\t" not in source or "\t." not in source) \
                and ("?" not in source or " ?" not in source) or not _may_stray(source):
            return  # (the usual case, found at C speed)
        for m in _STRAY_MARK.finditer(source):
            if source[max(0, m.start() - 16):m.start()].rstrip(" \t").endswith("."):
                continue  # the third of ". . ."
            if starts is None:
                starts = [p.start for p in pieces]
            k = bisect.bisect_left(starts, m.start(2))
            j = k - 1 if m["cue"] is None else k - 2   # the sentence's own mark
            if m["cue"] is not None and not (
                    drop_cues and j >= 0 and doc.tokens[pieces[k - 1].first].kind == "sound"):
                continue
            if 0 <= j and k < len(pieces) and starts[k] == m.start(2) \
                    and pieces[k].end == m.end(2) and pieces[j].end == m.start() + 1 \
                    and pieces[j].stop - pieces[j].first == 1 \
                    and doc.tokens[pieces[j].first].kind == "punct":
                editor.replace([pieces[k]], "", "artifact", "stray-mark", 0.95,
                               note="a second mark after the sentence's own")
                if m["cue"] is None and pieces[j].text == "." and j > 0 \
                        and pieces[j - 1].text in ("?", "!") \
                        and pieces[j - 1].stop - pieces[j - 1].first == 1 \
                        and doc.tokens[pieces[j - 1].first].kind == "punct" \
                        and not source[pieces[j - 1].end:pieces[j].start].strip(" \t"):
                    # two spaced stops after a "?" or "!" ("did it? . . it did"), not three
                    # (the pattern's look-ahead kept the first as an ellipsis's start): both
                    # are keystrokes, the first went only in a second clean (make fuzz, ux10)
                    editor.replace([pieces[j]], "", "artifact", "stray-mark", 0.95,
                                   note="a second mark after the sentence's own")

    def _rollup(self, doc: Document, pieces: list[Piece], words: list[Piece], keys: list[str],
                editor: Editor, removed: set[int], held: dict[int, float]) -> set[Marker]:
        """Roll-up captions repeat the previous cue's last line at the start of the next cue:
        the words just before a cue boundary reappear just after it; the repeat goes, with
        its punctuation (a mark after its last word only if the first copy has it too). The
        words before are those still standing: YouTube's auto-captions show a line three
        times (its own cue, a 10 ms copy, the top of the next cue), and the third copy
        follows the removed second one. Whisper's segments are not roll-up captions (a
        repeat there was said, or is the recogniser's, not the display's). Returns the
        markers inside removed copies ("guest! >> seth: oh," shown again): copies too.

        A cue that only shows a whole earlier cue again (a karaoke file's copy per word, each
        lighting the word then said) holds that cue's words on screen while they are said:
        ``held`` gets the earlier cue's anchor index and the last such copy's end time."""
        copied: set[Marker] = set()
        cue_starts = {a.index for a in doc.anchors if a.kind == "cue"}
        if not cue_starts or doc.metadata.get("format") == "whisper-json":
            return copied
        at = {p.first: i for i, p in numbered(words)}
        cue_of = {at[a.index]: a for a in doc.anchors if a.kind == "cue" and a.index in at}
        bounds = sorted(cue_of)  # the word each cue opens with
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
            if best and any(words[last[k - best]].text != words[b + k].text
                            for k in range(best)):
                # a display shows its line again letter for letter: "with fleece. | Fleece
                # works" is a word said again at a sentence's start, not a copy
                best = 0
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
                shown = last[-best]
                k = bisect.bisect_right(bounds, b)
                if (k == len(bounds) and b + best == len(words) or k < len(bounds)
                        and bounds[k] == b + best) and shown in cue_of \
                        and last[-best:] == list(range(shown, shown + best)):
                    j = bisect.bisect_right(bounds, shown)
                    until = cue_of[b].until
                    if (j == len(bounds) or bounds[j] == shown + best) and until is not None:
                        index = cue_of[shown].index  # the whole cue shown again
                        held[index] = max(held.get(index, until), until)
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
            held.clear()
            return set()
        for piece in going:
            editor.replace([piece], "", "artifact", "roll-up", 0.95,
                           note="repeated from the previous caption")
        return copied


def _hold_times(doc: Document, held: dict[int, float]) -> Document:
    """Each cue ``held`` on screen by later copies of it ends with the last copy: its words
    are said over all of them (each copy lit the next word), and the timing stage spreads
    them so, not over the first copy's fraction of a second."""
    return doc.replace(anchors=tuple(
        dataclasses.replace(a, until=held[a.index]) if a.kind == "cue" and a.index in held
        and a.until is not None and a.until < held[a.index] else a for a in doc.anchors))


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


_CAPS_CUE = re.compile(r"\((?:[A-Z]{4,20})\)")
"""One word in capitals in parentheses: an acronym ("(CSTO)") or a sound cue ("(SIGHS)")."""
CUE_WORD_ZIPF = 1.5
"""A word in capitals in parentheses is a sound description when English knows its lowercase
form at least this well ("sighs" 3.0, "thuds" 1.6); an acronym is no word ("csto", "fema")."""
_AFTER_END = frozenset(".?!)]♪♫")


def _capital_word_cues(doc: Document) -> Document:
    """A sound cue of one word in capitals, "(SIGHS)", "(LAUGHTER)", as subtitles and
    captions in capitals write one: the tokenizer keeps a lone capitalised word in
    parentheses as text (it may be an acronym). It goes where English knows the word and it
    stands apart from the sentence: at the start of a caption line, after a sentence's end or
    another cue, or at the end of a line ("syndrome (AIDS) is" stays)."""
    source = doc.source
    if "(" not in source or _CAPS_CUE.search(source) is None:
        return doc
    vocab = vocabulary()
    tokens = doc.tokens
    pieces = doc.text_pieces()
    editor: Editor | None = None
    for k in range(1, len(pieces) - 1):
        p, w, q = pieces[k - 1], pieces[k], pieces[k + 1]
        if p.text != "(" or q.text != ")" or p.end != w.start or w.end != q.start \
                or tokens[w.first].kind != "word" or not _CAPS_CUE.fullmatch(
                    "(" + w.text + ")") or vocab.zipf(w.text.lower()) < CUE_WORD_ZIPF:
            continue
        before = pieces[k - 2] if k >= 2 else None
        after = pieces[k + 2] if k + 2 < len(pieces) else None
        if before is None or "\n" in source[before.end:p.start] \
                or before.text[-1:] in _AFTER_END \
                or after is None or "\n" in source[q.end:after.start]:
            editor = editor or doc.editor()
            editor.replace([p, w, q], "", "artifact", "sound-cue", 0.9,
                           note="a sound cue of one word in capitals")
    return editor.finish() if editor is not None else doc


_BRACKET_AT_BREAK = re.compile(r"\[(?=[^\[\]\r\n]{0,80}(?:\r\n?|\n)[^\[\]\r\n]{0,80}\])")
"""A "[" whose cue closes on the next line ("[crowd" / "cheering]"): a sound cue a caption
line break split, which the tokenizer (one line at a time) reads as marks and words."""


def _split_bracket_cues(doc: Document) -> Document:
    """A bracketed sound cue broken over two caption lines ("[crowd" / "cheering]"): removed
    as one cue, as the cue on one line is (and as the clean text, where the two parts stand
    on one line, reads it when cleaned again). The brackets mark a cue whatever they hold,
    within the tokenizer's 80 characters."""
    source = doc.source
    if "[" not in source:
        return doc
    found = [m.start() for m in _BRACKET_AT_BREAK.finditer(source)]
    if not found:
        return doc
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    editor: Editor | None = None
    for at in found:
        k = piece_at(starts, at)
        if k is None or pieces[k].text != "[":
            continue
        close = source.index("]", at)
        inner = pieces_within(pieces, starts, at, close + 1)
        if not inner or inner[-1].end != close + 1 or inner[-1].text != "]" \
                or not source[at + 1:close].strip() \
                or len(" ".join(source[at + 1:close].split())) > 80:
            continue
        editor = editor or doc.editor()
        editor.replace(inner, "", "artifact", "sound-cue", 0.95,
                       note="a sound cue broken over two caption lines")
    return editor.finish() if editor is not None else doc


_SCREEN_NOTE = lazy_re(r"\((?:v\.?o|o\.?[cs]|sot)\.?\)", re.IGNORECASE)
"""A script's screen direction left in the captions: "(vo)" voice-over, "(v.o.)", "(oc)"
off camera, "(os)" off screen, "(sot)" sound on tape; often glued to the next word
("(vo)when a massive hurricane")."""


def _screen_notes(doc: Document) -> Document:
    """Screen directions (`_SCREEN_NOTE`) removed like a voice label: the tokenizer reads
    "(vo)" as punctuation and a word, which casing then opened a sentence with ("(Vo)when")."""
    if "(" not in doc.source:
        return doc
    return _remove_spans(doc, [m.span() for m in _SCREEN_NOTE.finditer(doc.source)],
                         "sound-cue", "a screen direction (voice-over, off camera)")


def _remove_spans(doc: Document, spans: list[tuple[int, int]], rule: str,
                  note: str) -> Document:
    """Each span of ``spans`` that whole pieces of text cover exactly, removed as an
    ``artifact`` of ``rule`` (a span cutting a piece is left)."""
    if not spans:
        return doc
    editor = doc.editor()
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    for a, b in spans:
        got = pieces_within(pieces, starts, a, b)
        if got and got[0].start == a and got[-1].end == b:
            editor.replace(got, "", "artifact", rule, 0.95, note=note)
    return editor.finish()


_HTML_TAG = lazy_re(
    r"</?(?P<name>[A-Za-z][A-Za-z0-9]*)"
    r"(?P<attrs>(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'"
    r"|[^\s\"'=<>`]+))?)*)\s*/?>")
"""An HTML tag a web page's text kept ("<iframe src=\"\" width=\"100%\" ...>", "</div>")."""
HTML_ELEMENTS = frozenset(
    "a abbr b blockquote body br button div em embed font form h1 h2 h3 h4 h5 h6 head hr "
    "html i iframe img input label li link meta nav ol option p pre script section select "
    "small source span strong style sub sup table tbody td textarea th thead title tr u ul "
    "video audio".split())
"""Element names a tag without attributes must have to be taken for one ("<br>", "</p>"):
other words in angle brackets ("<crowd noise>") are not markup."""


def _html_tags(doc: Document) -> Document:
    """HTML tags a page's text kept (`_HTML_TAG`: with attributes, or an element's name of
    `HTML_ELEMENTS`) are removed: markup, not speech (a player's "<iframe ...>" read as
    words, its "src" cased as an acronym; qa37)."""
    if "<" not in doc.source or ">" not in doc.source:
        return doc
    return _remove_spans(doc, [m.span() for m in _HTML_TAG.finditer(doc.source)
                               if "=" in m["attrs"] or m["name"].lower() in HTML_ELEMENTS],
                         "html-tag", "a web page's markup, not speech")


_DOUBLED = re.compile(r",[ \t]+\.(?=\s|$)|[.?!][ \t]+,(?=\s)")
"""A comma and a stop typed together: a comma a space before the stop ("young jeezy, . let's"),
a lone comma after one (". , so are"). (A stop after an abbreviation's own, "5:01 a.m.. i",
stays: the sentence stage reads the sentence's end from it.)"""


_MARK_RUN = lazy_re(r"(?<=\s)(?:[~.,;:]+[ \t]+){2,}[~.,;:]+(?=\s|$)")
"""Three or more clusters of marks a space apart with no word among them ("his lace? ~ .,
., , his place?"): a subtitler's keystrokes, not speech."""


def _mark_run_pieces(doc: Document, pieces: list[Piece]) -> Iterator[list[Piece]]:
    """The standing pieces of each run of mark clusters with no word (`_MARK_RUN`) that
    mixes kinds of mark (a "~", a comma beside a stop): a spaced ellipsis (". . .") is none."""
    source = doc.source
    if ("," not in source or " ., " not in source and ", ., " not in source) \
            and ("~" not in source or not any(not source[at + 1:at + 2].strip()
                                              for at in positions(source, "~"))):
        return  # (a "~" ends a cluster: "~ ", or at a line's end, "the\n. . ~\nthe")
    starts = [p.start for p in pieces]
    for m in _MARK_RUN.finditer(source):
        marks = set(m.group().replace(" ", "").replace("\t", ""))
        if len(marks) < 2 or "." not in marks and "~" not in marks:
            continue
        got = pieces_within(pieces, starts, m.start(), m.end())
        after = bisect.bisect_left(starts, m.start()) + len(got)
        # the run's pieces still standing: an earlier edit may have taken a mark of it (a
        # stop after the sentence's own, `_stray_marks`: "figures. ., , ., ~"), so the
        # run need not open or close on a piece; none may run on past it
        if got and not (after < len(pieces) and pieces[after].start < m.end()
                        or any(p.text.strip("~.,;:") for p in got)):
            yield got


def _mark_runs(doc: Document) -> Document:
    """A run of mark clusters with no word (`_mark_run_pieces`) goes whole."""
    editor: Editor | None = None
    for got in _mark_run_pieces(doc, doc.text_pieces()):
        editor = editor or doc.editor()
        editor.replace(got, "", "artifact", "mark-run", 0.9,
                       note="a run of marks with no word: a subtitler's keystrokes")
    return editor.finish() if editor is not None else doc


def _doubled_marks(doc: Document) -> Document:
    """The comma beside a sentence's stop goes (the stop stays, joined to the word before
    when the comma was: `spacedmarks`)."""
    source = doc.source
    if ("," not in source or ", ." not in source and ". ," not in source
            and "? ," not in source and "! ," not in source) \
            and not (("\t" in source or "  " in source) and _DOUBLED.search(source)):
        return doc
    editor: Editor | None = None
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    for m in _DOUBLED.finditer(source):
        k = piece_at(starts, m.start())
        if k is None:
            continue
        p = pieces[k]
        editor = editor or doc.editor()
        if p.text == ",":
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if nxt is not None and nxt.text == "." and nxt.end == m.end():
                editor.replace([p], "", "artifact", "stray-mark", 0.95,
                               note="a comma typed with the sentence's stop")  # (casing
                # joins the stop to the word: `spacedmarks`)
            continue
        if p.text in (".", "?", "!") and k + 1 < len(pieces) and pieces[k + 1].text == "," \
                and pieces[k + 1].end == m.end() and p.stop - p.first == 1:
            editor.replace([pieces[k + 1]], "", "artifact", "stray-mark", 0.95,
                           note="a comma typed after the sentence's stop")
    return editor.finish() if editor is not None else doc


def _turn_stops(doc: Document) -> Document:
    """A "." glued before the first word of a turn (">> williams: .it's about a year"): a
    caption keystroke, not a mark (the speaker change already opens a sentence); it goes, and
    the word opens the sentence. A word after it must start with a letter (".22 caliber",
    ".500" stay)."""
    tokens = doc.tokens
    found = {m.index for m in doc.markers if m.index + 1 < len(tokens)
             and tokens[m.index].text == "." and tokens[m.index].kind == "punct"
             and tokens[m.index + 1].kind == "word"
             and tokens[m.index + 1].start == tokens[m.index].end
             and tokens[m.index + 1].text[:1].isalpha()}
    if not found:
        return doc
    editor = doc.editor()
    for p in doc.text_pieces():
        if p.first in found and p.stop - p.first == 1 and p.text == ".":
            editor.replace([p], "", "artifact", "stray-mark", 0.95,
                           note="a stop glued before a turn's first word")
    return editor.finish()


_ELLIPSES = frozenset({"...", "…"})


def _continued_cues(doc: Document) -> Document:
    """The pair of ellipses a subtitler writes where a sentence runs on into the next cue
    ("and we went to the..." | "...store on the corner"): a mark of the cue break, not of the
    speech, which the clean text and cues laid out anew do not keep ("to the... ...store");
    both go, as two logged edits. Only where the second opens on a lowercase word (the same
    sentence going on) and a cue's timing stands between them; an ellipsis alone, or one
    before a capital ("I don't know..." | "...Maybe"), stays."""
    cues = {a.index for a in doc.anchors if a.kind == "cue"}
    if not cues or ("..." not in doc.source and "…" not in doc.source):
        return doc
    pieces = doc.text_pieces()
    editor: Editor | None = None
    for k in range(len(pieces) - 2):
        a, b, nxt = pieces[k], pieces[k + 1], pieces[k + 2]
        if a.text in _ELLIPSES and b.text in _ELLIPSES and b.first in cues \
                and a.stop - a.first == 1 and b.stop - b.first == 1 \
                and nxt.start == b.end and nxt.text[:1].islower():
            editor = editor or doc.editor()
            for p in (a, b):
                editor.replace([p], "", "punctuation", "continued-cue", 0.9,
                               note="ellipses marking a sentence carried into the next cue")
    return doc if editor is None else editor.finish()


def _opens_turn(marked: list[int], after: int, first: int) -> bool:
    """Whether a speaker change stands at a token from ``after`` to ``first`` (``marked``
    sorted): the piece at ``first`` is the first its turn still shows, the cues that opened
    the turn gone (">> ♪ (applause). >> next": the stop stood after the cues, qa66)."""
    at = bisect.bisect_left(marked, after)
    return at < len(marked) and marked[at] <= first


def _lone_marks(doc: Document) -> Document:
    """A second "." standing alone after a sentence's own stop where more than a space parts
    them (a clock line, a removed sound cue or voice label, a speaker change: "the way.\\n
    11:01 pm\\n. this", "a roll call. (roll call). next", "is closed. >>. >> tell"): a
    caption keystroke, not a mark; it goes. One space apart is `_stray_marks`' case; a
    spaced ellipsis (". . .") stays. A mark apart from a word is `casing`'s."""
    source = doc.source
    # (a mark a space after a letter or a digit stands after its word: casing joins it)
    found = [at for at in map(_START, _LONE_MARK.finditer(source))
             if not (source[at - 1:at] == " " and source[at - 2:at - 1].isalnum())]
    if _LONE_FIRST.match(source):
        found.insert(0, 0)
    if not found:
        return doc
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    tokens = doc.tokens
    marked = {m.index for m in doc.markers}
    in_order = sorted(marked)
    editor: Editor | None = None
    for at in found:
        k = piece_at(starts, at)
        if k is None:
            continue
        p = pieces[k]
        if (k == 0 and k + 1 < len(pieces)  # (a text of "." alone stays: nothing to open)
                or k > 0 and _opens_turn(in_order, pieces[k - 1].stop, p.first)
                and pieces[k - 1].text[-1:] not in (".", "?", "!")) \
                and p.text == "." and p.stop - p.first == 1 \
                and tokens[p.first].kind == "punct" and not (
                    k + 1 < len(pieces) and pieces[k + 1].text[:1] in (".", "…")
                    and source[p.end:pieces[k + 1].start] in ("", " ", "\t")):
            # the first mark of the text or of a turn, with no word of its own before it
            # (">> [ theme music ] . >> this week"): a keystroke left by the cue, no
            # sentence's end (one after the last turn's stop is the second mark's case below);
            # a stop a line or more before it goes too, or the second mark's case below took
            # that one and left this one to a second clean ("." | ". the", make fuzz, ux19)
            editor = editor or doc.editor()
            editor.replace([p], "", "artifact", "stray-mark", 0.95,
                           note="a mark with no word before it in its turn")
            continue
        if not k:  # (the first piece: no piece before it)
            continue
        prev = pieces[k - 1]
        if p.text != "." or p.stop - p.first != 1 or tokens[p.first].kind != "punct" \
                or prev.text[-1:] not in (".", "?", "!") \
                or source[prev.start - 1:prev.start].isspace() and k > 1 \
                and pieces[k - 2].text[-1:] == ".":
            continue  # the third of ". . ." (a mark on its own after a mark)
        if source[prev.end:p.start] in ("", " ", "\t") and prev.stop == p.first \
                and not any(prev.stop <= i <= p.first for i in marked):
            continue  # glued, or one space after it
        if k + 1 < len(pieces) and pieces[k + 1].text == "." \
                and not source[p.end:pieces[k + 1].start].strip():
            continue  # ". . ."
        editor = editor or doc.editor()
        editor.replace([p], "", "artifact", "stray-mark", 0.95,
                       note="a second mark after the sentence's own")
    return doc if editor is None else editor.finish()


_DECODER_MARKS = (" _ ", " | ")


def _bared_songs(doc: Document) -> Document:
    """A "#" the reader took for a character because something stood between it and its
    line's edge, where what stood there is now removed (". # the", "[applause] # we sing",
    "we sing # [cheering]"): the clean text sets it at a line's edge, where a second clean
    takes it for a song's mark (`readers.tokens.SONG_RE`) and removes it (make fuzz, ux9).
    The line is read again with every removed piece blanked out and the mark, if the
    pattern finds it there now, goes as a sound cue; in a caption file a mark beside the
    words on its line goes from the text and stays in the captions, as `lyric_mark`'s do."""
    tokens, source = doc.tokens, doc.source
    if "#" not in source:
        return doc
    marks = [i for i, t in numbered(tokens) if t.text == "#" and t.kind != "sound"]
    if not marks:
        return doc
    pieces = doc.pieces()
    starts = [p.start for p in pieces]
    lyrics = doc.metadata.get("format") in CUE_FORMATS
    editor = doc.editor()
    for i in marks:
        t = tokens[i]
        k = bisect.bisect_left(starts, t.start)
        if k == len(pieces) or pieces[k].first != i or pieces[k].stop != i + 1 \
                or pieces[k].text != "#":
            continue
        head = source.rfind("\n", 0, t.start) + 1
        tail = source.find("\n", t.end)
        tail = len(source) if tail < 0 else tail
        line = list(source[head:tail])
        j = bisect.bisect_left(starts, head)
        while j < len(pieces) and pieces[j].start < tail:
            if not pieces[j].text:  # removed: its characters read as spaces
                for c in range(pieces[j].start, min(pieces[j].end, tail)):
                    if line[c - head] not in "\r\n":
                        line[c - head] = " "
            j += 1
        at = t.start - head
        if any(m.start(g) == at for m in SONG_RE.finditer("".join(line)) for g in (1, 2)):
            if lyrics and lyric_mark(tokens, source, i):   # (kept in captions, ux11)
                editor.replace([pieces[k]], "", "artifact", LYRIC_MARK, 0.95,
                               note="a sung line's music mark (kept in captions)")
            else:
                editor.replace([pieces[k]], "", "artifact", "sound-cue", 0.95,
                               note="a song's mark, at its line's edge once the rest went")
    return editor.finish() if editor.edits else doc


def _decoder_marks(doc: Document) -> Document:
    """A "_" or "|" standing alone, a space each side, between two words of a sentence
    ("involved _ in this conflict", "we'll have to look | at how"): a subtitle decoder's
    stray, no mark of the speech (a live subtitler's line break or colour change); it goes,
    on a page of captions only (clock lines or cues: a text's own "3 | 2" stays).
    Only where a lowercase word follows; a "|" before a word that pairs with "I" ("| think")
    stays (`mend_capital_i`'s misread capital, unmended on a caption page)."""
    source = doc.source
    if "_ " not in source and "| " not in source \
            or not any(m in source for m in _DECODER_MARKS) or not doc.anchors:
        return doc  # (a text with no clock line or cue is no caption page: "3 | 2" stays)
    pieces = doc.text_pieces()
    tokens = doc.tokens
    editor: Editor | None = None
    for k in range(1, len(pieces) - 1):
        p = pieces[k]
        if p.text not in ("_", "|") or p.stop - p.first != 1:
            continue
        prev, nxt = pieces[k - 1], pieces[k + 1]
        if source[prev.end:p.start] != " " or source[p.end:nxt.start] != " " \
                or tokens[prev.first].kind != "word" or tokens[nxt.first].kind != "word" \
                or not nxt.text[:1].islower():
            continue
        low = nxt.text.lower()
        if p.text == "|" and ("'" in low or vocabulary().bigram_zipf("i", low) >= I_PAIR_ZIPF):
            continue  # ("| think": a capital I misread)
        editor = editor or doc.editor()
        editor.replace([p], "", "artifact", "decoder-mark", 0.9,
                       note="a subtitle decoder's stray mark between two words")
    return doc if editor is None else editor.finish()
