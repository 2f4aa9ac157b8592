"""Words the casing stage capitalises by the frame around them, called by
`casing.Truecaser`: a person's middle initial and the surname after it, a name the page's
own speaker labels give where a frame of naming stands before it ("i'm jimmy"), a nickname
quoted between a first name and a surname, the deity ("thank god"), and the first word of a
quote that holds its own clause."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence
from operator import attrgetter, itemgetter

from . import personnames
from .breakwords import PREPOSITIONS
from .censusnames import first_name
from .labelroles import label_role
from .lazypattern import lazy_regex
from .model import Document, Piece
from .nameslot import CLOSED_CLASS
from .scans import places, positions, where
from .spokenwords import spoken_often
from .vocabulary import vocabulary
from .wordcase import ordinary

Form = tuple[str, str, str, str, str, str, bool, int, bool]
"""A word's casing facts, per word type (see `casing.Truecaser._form`)."""
NOT_NAMES = frozenset("and or but nor the a an of to in on at for with by from".split())
"""Words after a title abbreviation that are no name ("mr. and mrs.")."""
_NO_SURNAME = NOT_NAMES | frozenset(
    "is was are were has had will would said says who which that".split())
"""Words after a middle initial that are no surname ("j. said")."""
_LETTER_WORDS = frozenset("ai")
"""One-letter English words: "a." after a surname is mostly the article before a caption's
stop ("for mcconnell a. loss means"), an initial only after a first name ("chester a.
arthur")."""
_LOW = itemgetter(5)


def initials(words: list[Piece], texts: list[str], cores: list[Form], source: str,
             proper: dict[int, str], people: dict[int, str], titles: frozenset[str],
             at_start: set[int]) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule) for a person's middle initial and the surname after
    it: one letter and its stop right after a first name cased as a name ("the reverend
    Malcolm j. bird" -> "Malcolm J. Bird"; the name cased by the lexicon, the word lists or
    the table, not by opening a sentence), and the word after it when it is lowercase and
    no function word. "I. a." or "said j. and" are no such shapes, nor a letter after a word
    of ``titles`` (the casing stage's titles: "mr. j."). ``at_start``: the tokens that open a
    sentence."""
    out: dict[int, tuple[str, str]] = {}
    n = len(words)
    # (the one-letter words right before a stop, found from the source's stops by the word
    # ending at each: a page holds a few hundred stops at most, not a test of every word)
    for at in positions(source, "."):
        # (the word ending there is the last one starting before it: a search by the starts,
        # kept on each word, not by the ends, read from each word's start and text)
        i = bisect_left(words, at, key=_START) - 1
        if not 0 < i < n - 1 or words[i].end != at or len(texts[i]) != 1:
            continue
        lead, core, tail = cores[i][:3]
        if len(core) != 1 or not core.isalpha() or not core.islower() or lead or tail \
                or texts[i] != core or not source[at + 1:at + 2].isspace():
            continue
        before, low_before = texts[i - 1], cores[i - 1][5]
        if not (i - 1 in people or i - 1 in proper
                or before[:1].isupper() and words[i - 1].first not in at_start) \
                or len(low_before) < 2 or not before.isalpha() or low_before in titles \
                or core in _LETTER_WORDS and not first_name(low_before):
            continue
        out[i] = (core.upper(), "initial")
        after = texts[i + 1]
        if after.isalpha() and after.islower() and len(after) >= 2 \
                and cores[i + 1][5] not in _NO_SURNAME:
            out[i + 1] = (after.capitalize(), "after-initial")
    return out


def label_named(doc: Document, cores: list[Form], lows: list[str], texts: list[str],
                words: Sequence[Piece] = ()) -> list[int]:
    """The words that name a person the page's own speaker labels name ("jimmy:", not a
    role such as "host:"), where a frame of naming stands before them ("i'm jimmy",
    "thanks, chris", "this is lou"): the lists may read the name as a common word ("jimmy",
    "dan"); and a surname after it that the lists read as a name after a first name ("i'm
    maria bartiromo")."""
    named = {m.label.lower() for m in doc.markers if m.kind == "label" and m.label
             and m.label.isalpha() and len(m.label) >= 3 and label_role(m.label) is None}
    if not named:
        return []
    out = []
    for i in where(map(named.__contains__, lows), len(lows)):
        if i and cores[i][1].islower() and not cores[i][0] \
                and texts[i].rstrip(".,!?") == cores[i][1] \
                and (lows[i - 1] in _NAMING or i > 1 and (lows[i - 2], lows[i - 1]) in _NAMING2
                     or bool(words) and _vocative(doc.source, words, texts, i)):
            out.append(i)
            if i + 1 < len(lows) and cores[i + 1][7] in _SURNAME_KINDS \
                    and cores[i + 1][1].islower() and not cores[i + 1][0]:
                out.append(i + 1)  # the surname after it ("i'm maria bartiromo")
    return out


def label_words(doc: Document, cores: list[Form], lows: list[str], texts: list[str]
                ) -> list[int]:
    """The surnames of the page's speaker labels that no word list knows ("mr. khalilzad:";
    not a role, a one-word label or a known word: `label_named` frames those), said
    in the text in lowercase ("ambassador zalmay khalilzad", qa36): the name the labels
    write (a label's last word after a title or a first name), cased wherever the page says
    it; and a word right before one that no list knows either (its first name, "zalmay")."""
    vocab = vocabulary()
    named: set[str] = set()
    for m in doc.markers:
        if m.kind != "label" or not m.label or label_role(m.label) is not None:
            continue
        label = m.label.lower().replace(".", " ").split()
        w = label[-1]   # a surname: after a title or a first name (one word alone is a first
        # name as often, `label_named`'s)
        if len(label) > 1 and len(w) >= 3 and w.isalpha() and vocab.zipf(w) == 0:
            named.add(w)
    if not named:
        return []
    out: list[int] = []
    for i in where(map(named.__contains__, lows), len(lows)):
        if cores[i][1].islower() and not cores[i][0] and texts[i].rstrip(".,!?") == cores[i][1]:
            out.append(i)
            if i and lows[i - 1] not in named and cores[i - 1][1].islower() \
                    and cores[i - 1][1].isalpha() and not cores[i - 1][0] \
                    and texts[i - 1] == cores[i - 1][1] and len(lows[i - 1]) >= 3 \
                    and vocab.zipf(lows[i - 1]) == 0:
                out.append(i - 1)
    return out


def _vocative(source: str, words: Sequence[Piece], texts: list[str], i: int) -> bool:
    """Whether word ``i`` is addressed alone between a comma and a stop or comma ("right,
    jimmy.", "well, jim, as for motive", qa31): a name the labels give, said to its bearer.
    The marks are the source's or an earlier stage's (on the word's text)."""
    before = texts[i - 1][-1:] == "," or source[words[i - 1].end:words[i].start].strip() == ","
    after = source[words[i].end:words[i + 1].start if i + 1 < len(words) else len(source)]
    return before and (texts[i][-1:] in _ADDRESS_ENDS or after.strip()[:1] in _ADDRESS_ENDS)


_ADDRESS_ENDS = (".", "?", "!", ",")


_SURNAME_KINDS = frozenset({personnames.NEAR_NAME, personnames.AFTER_NAME,
                            personnames.AFTER_TITLE})
"""Kinds of word (`personnames.kind`) that are names right after a first name."""
_NAMING = frozenset("i'm thanks hi hey hello".split())
_NAMING2 = frozenset({("i", "am"), ("this", "is"), ("name", "is"), ("thank", "you"),
                      ("it's", "me")})
"""Words right before a name that introduce or address its bearer."""


def nicknames(words: list[Piece], texts: list[str], cores: list[Form], source: str,
               proper: dict[int, str], people: dict[int, str]) -> list[int]:
    """The words quoted alone between a first name and a surname, both cased as names
    (by the lexicon, the table or the word lists): a nickname, a name too ('edwin "buzz"
    aldrin' -> 'Edwin "Buzz" Aldrin'). A quoted word elsewhere stays ('the "buzz" around')."""
    out: list[int] = []
    if '"' not in source:
        return out
    for i in range(1, len(words) - 1):
        before, word, after = words[i - 1], words[i], words[i + 1]
        if source[before.end:word.start] not in (' "', ' “') \
                or source[word.end:after.start] not in ('" ', '” ') \
                or not cores[i][1].isalpha() or not cores[i][1].islower():
            continue
        if all(k in proper or k in people or texts[k][:1].isupper() and cores[k][1].isalpha()
               for k in (i - 1, i + 1)):
            out.append(i)
    return out


_BEFORE_DEITY = PREPOSITIONS | {"thank", "trust", "praise", "pray", "swear"}
"""Words "god" follows as the name of the one God, no determiner between ("in god we trust",
"the voice of god", "thank god", "pray to god"); after a determiner or an adjective it is a
common noun ("a god", "the god of war", "the sun god")."""
_DEITY_VERBS = frozenset("bless blesses knows forbid willing almighty".split())
"""Words after which "god" names the one God ("god knows what", "god bless")."""


def deity(words: list[Piece], lows: list[str], source: str, at: Sequence[int]) -> list[int]:
    """The words "god" (or "god's") that name the one God: after a preposition or a verb of
    worship ("believe in god", "thank god"), before "bless" or "knows", or in the exclamation
    "my god" followed by a mark ("oh, my god.", "my god, what"). "a god", "the god of war",
    "the sun god", "gods" and "my god is" stay.
    ``at``: the words of `CUE_WORDS` (ascending indices: the casing stage's one scan)."""
    out: list[int] = []
    for i in [i for i in at if lows[i] == "god"]:
        piece = words[i]
        before = lows[i - 1] if i else ""
        after = lows[i + 1] if i + 1 < len(lows) else ""
        marked = source[piece.end:piece.end + 1] in (",", ".", "!", "?", "") \
            or piece.text[-1:] in (",", ".", "!", "?")
        if before in _BEFORE_DEITY or after in _DEITY_VERBS or before == "my" and marked:
            out.append(i)
    return out


def quote_openers(words: list[Piece], cores: list[Form], source: str,
                  markup: Sequence[tuple[int, int]] = ()) -> list[int]:
    """The words that open a quoted sentence: right after an opening quote mark that follows
    a comma or a colon, a word only a clause opens with (an interjection, a subject pronoun:
    'your normal, "oh, let's talk about it."' -> '"Oh,') or any word when the quote holds a
    clause of its own (a subject pronoun: 'captions this, "now i'm being assaulted."'); right
    after a verb of saying, the first word of a quote of more than one whole sentence ('says
    "running late. chris blames you."'). A quoted fragment ('the words, "and my courage"',
    'said "we will not" -') or title stays as the quote has it. A quote mark inside
    ``markup`` (sorted source spans moved out of the text: the JSON quotes around each word
    of a Whisper file, '"text": "you"') is the file's structure, not a quote."""
    out: list[int] = []
    if '"' not in source and "“" not in source:
        return out
    starts = [a for a, _ in markup]

    def structure(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < markup[k][1]
    for i, form in enumerate(cores):
        at = words[i].start + len(form[0])  # the word's own first letter
        if source[at - 1:at] not in ('"', "“") or not form[1].islower() \
                or markup and structure(at - 1):
            continue
        before = source[max(0, at - 12):at - 1].rstrip()
        said = before[-1:] not in (",", ":")  # (after a verb of saying, no mark between)
        if said and before.rsplit(None, 1)[-1:] not in _SAYS:
            continue
        end = min((e for e in (source.find('"', at), source.find("”", at)) if e >= 0),
                  default=-1)
        if not 0 <= end - at <= 300:
            continue
        if said:  # a whole sentence or more: 'says "running late. chris blames you."'
            if source[end - 1:end] in (".", "?", "!") and _SENTENCES.search(source, at, end):
                out.append(i)
        elif _LOW(form) in _QUOTE_OPENERS or _CLAUSE.search(source, at, end):
            out.append(i)
    return out


_QUOTE_OPENERS = frozenset(
    "oh ah well yes yeah no okay hey please we you he she they let's i'm we're you're he's "
    "she's they're it's that's there's i've we've i'll we'll".split())
"""Words that open a clause, not a title or a fragment: a quote opening with one after a
comma or colon is a quoted sentence, cased as one."""

_SAYS = (["says"], ["said"], ["asks"], ["asked"], ["writes"], ["wrote"], ["tweeted"],
         ["reads"], ["replied"], ["replies"])
"""Verbs of saying: a quote right after one is what was said."""

_CLAUSE = lazy_regex(r"(?i)\b(?:i|i'm|i've|i'll|we're|you're|they're|he's|she's|it's|let's)\b"
                     r"|[.?!]\s+[a-z]")
"""A quote's own clause: a subject pronoun (with its verb), or a sentence end with more
words after it inside the quote."""
_SENTENCES = lazy_regex(r"[.?!]\s+[a-z]")
"""A sentence end with more words after it inside a quote."""


_COMPASS = frozenset("n s e w ne nw se sw nne nnw ene ese sse ssw wnw wsw".split())
_SPEEDS = frozenset("mph kph kmh knots kts".split())
_RANGE_WORDS = frozenset({"to", "-", "at", "and"})
"""Words a wind's speed may hold between its direction and its unit ("nw at 10 to 15 mph")."""


def compass(words: list[Piece], lows: list[str], at: Sequence[int]) -> list[int]:
    """The wind directions written as their letters ("winds: ne 8-18 mph", "sw at 10 knots"):
    a compass abbreviation with a figure after it and a speed's unit within six words,
    only figures and "to", "at", "and", "-" between (qa20: a forecast list's "Winds: Ne";
    "s" or "ne" elsewhere is no direction). ``at``: the words of `CUE_WORDS` (ascending
    indices)."""
    out: list[int] = []
    n = len(lows)
    for i in [i for i in at if lows[i] in _COMPASS]:
        rest = lows[i + 1:i + 7]
        if not rest or words[i].text.lower() != lows[i]:
            continue
        k = 0
        while k < len(rest) and (rest[k][:1].isdigit() or rest[k] in _RANGE_WORDS):
            k += 1
        if any(w[:1].isdigit() for w in rest[:k]) and k < len(rest) and rest[k] in _SPEEDS \
                and i + 1 + k < n:
            out.append(i)
    return out


_OPENING = 200
"""How many words a page's opening holds: a programme says its own title there ("hello and
welcome to ...", "this is ..., with <presenter>"); later only after a greeting."""
_GREETINGS = frozenset("hello hi hey morning afternoon evening".split())
"""Words a host's greeting ends on before "welcome to" ("good evening and welcome to")."""
_TITLE_SLOT = frozenset("the".split())
_TITLE_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday tonight today".split())
"""Days whose possessive may stand between "welcome to" and a programme's title, not part of
it ("welcome to friday's ...", "welcome to tonight's ...")."""
_TITLE_MINOR = frozenset("a an the and or nor of to in on at for by with from".split())
"""Words a title keeps in lowercase inside it ("... of the ...")."""
_TITLE_WORDS = 4
"""The longest title the frames read (words)."""


def programme_titles(words: Sequence[Piece], lows: list[str], cores: Sequence[Form],
                     source: str,
                     people: Container[int], proper: Container[int],
                     marked: Callable[[int], bool]) -> dict[int, str]:
    """The words of a programme's title where the host says it in the programme's frame, and
    where the page says the same title again: word index -> the word cased. Two frames in
    the page's opening (its first `_OPENING` words) or right after a greeting:

    - "welcome [back] to [the | friday's] [a ... edition of] X." -- X of two to four words
      closed by a mark, no two of its words a pair the word counts hold (`_coined`; not
      "welcome to the real world."), after an edition's day ("welcome to friday's X.") or
      before the line-up (`_lineup`: "and welcome to question time. and with us tonight",
      "... i'm jane doe"; not "welcome back to the garden pond. shall we feed the fish?"),
      or one word no list holds, said after "the" or "edition of"
      ("welcome to the newshour.": no dictionary, no word count, not said often in
      everyday English, which a common word newer than the lists is: "coronavirus");
    - "this is [the] [a ... edition of] X[,] with <a name>" -- the presenters after it
      ("this is breakfast, with jane doe and", "this is meet the press with chuck todd"):
      the word after "with", or the one after "with W W and", a person's name the page
      cases;

    and anywhere a quoted title in an airing frame (`_quoted_frame`: 'on the "newshour"
    tonight', '"market desk" begins right now'; two to four words, or one no list holds).
    X opens and ends on no closed-class word ("welcome to our viewers", "this is all with
    him") and holds only letters ("welcome to studio 57"); each word no other rule cases
    is cased unless it is a title's small word inside it ("Match of the Day"). A one-word
    X of the lists is left ("welcome to the program.", "welcome to the club."). Later
    mentions of the same words, in order, are cased as the title."""
    out: dict[int, str] = {}
    n = len(lows)

    def apart(i: int) -> bool:  # (``marked``, and the page's end as a mark)
        return i + 1 >= n or marked(i)
    head = lows[:_OPENING]  # (found at C speed: no test of each word)
    starts = [i for word in ("welcome", "this") for i in places(head, word)]
    at = _find(lows, "welcome", _OPENING) if n > _OPENING and "elcome" in source else -1
    while at >= 0:  # (later: after a greeting only)
        if lows[at - 1] in _GREETINGS or lows[at - 1] == "and" and lows[at - 2] in _GREETINGS:
            starts.append(at)
        at = _find(lows, "welcome", at + 1)
    titles: list[tuple[str, ...]] = []
    for i in starts:
        if lows[i] == "welcome":
            j = i + 1 + (i + 1 < n and lows[i + 1] == "back")
            if j + 1 >= n or lows[j] != "to" or apart(j - 1) or apart(j):
                continue
            k, the = j + 1, False
            day = False  # an edition's day before the title ("welcome to friday's X.")
            if lows[k] in _TITLE_SLOT or lows[k] in _TITLE_DAYS and cores[k][2][1:2] == "s":
                if apart(k):
                    continue
                k, the, day = k + 1, lows[k] in _TITLE_SLOT, lows[k] not in _TITLE_SLOT
            if (at := _edition(lows, k, apart)) > k:
                k, the = at, True
            end = _title_end(lows, words, source, k, apart)
            if end < 0 or not _coined(lows, k, end):
                continue
            if end == k and not (the and _unlisted(lows[k])) \
                    or end > k and not day and not _lineup(lows, end + 1):
                continue
        else:
            if i + 2 >= n or lows[i + 1] != "is" or apart(i) or apart(i + 1) \
                    or i and not apart(i - 1) and lows[i - 1] not in _GREETINGS | {"and"}:
                continue
            k = i + 2
            if lows[k] in _TITLE_SLOT:
                if apart(k):
                    continue
                k += 1
            k = _edition(lows, k, apart)
            end = -1
            for e in range(k, min(n - 1, k + _TITLE_WORDS)):
                if lows[e + 1] == "with" and not apart(e + 1):
                    end = e
                    break
                if apart(e) or _quote_after(words, source, e):
                    break
            if end < 0 or not _presented(lows, end + 2, people, apart) \
                    or not _title_words(lows, k, end):
                continue
        titles.append(tuple(lows[k:end + 1]))
        _case_title(k, end, lows, cores, out, people, proper)
    for k, end in _quoted_runs(words, source):
        first = k + (lows[k] == "the" and end > k)  # ('"the late show"': "the" left)
        if any(map(apart, range(first, end))) or not _title_words(lows, first, end, True) \
                or first == end and not _unlisted(lows[first]) \
                or not _quoted_frame(lows, k, end, apart):
            continue
        titles.append(tuple(lows[first:end + 1]))
        _case_title(first, end, lows, cores, out, people, proper)
    for title in set(titles):  # the page's other mentions of the same title
        m = len(title)
        at = _find(lows, title[0], 0)
        while at >= 0:
            if tuple(lows[at:at + m]) == title and not any(map(apart, range(at, at + m - 1))):
                _case_title(at, at + m - 1, lows, cores, out, people, proper)
            at = _find(lows, title[0], at + 1)
    return out


_QUOTE_MARKS = '"“”'
_START = attrgetter("start")


def _quote_after(words: Sequence[Piece], source: str, e: int) -> bool:
    """Whether a quote mark stands in the source between word ``e`` and the next."""
    gap = source[words[e].end:words[e + 1].start] if e + 1 < len(words) else ""
    return '"' in gap or "”" in gap


def _quoted_runs(words: Sequence[Piece], source: str) -> list[tuple[int, int]]:
    """The first and last word of each run of one to `_TITLE_WORDS` words inside a pair of
    quote marks (straight marks paired in order; curly ones by their shape)."""
    if '"' not in source and "“" not in source:  # (most pages: one look at C speed)
        return []
    marks = sorted(at for q in _QUOTE_MARKS for at in positions(source, q))
    out: list[tuple[int, int]] = []
    opened = -1
    for at in marks:
        ch = source[at]
        if opened < 0 and ch != "”":
            opened = at
            continue
        if opened >= 0 and ch != "“":
            a, b = opened, at
            opened = -1
            if b - a > 80:
                continue
            k = bisect_left(words, a, key=_START)
            end = bisect_left(words, b, key=_START) - 1
            if k <= end < k + _TITLE_WORDS and words[end].end <= b:
                out.append((k, end))
        elif ch == "“":
            opened = at
    return out

_AIRED_TIMES = frozenset("tonight today tomorrow later".split())
"""Words before or after "on [the] X" that make X a programme ('tonight on "the last
word"', 'on the "newshour" tonight')."""
_AIRED_VERBS = frozenset("starts begins continues returns".split())
_AIRED_AFTER = frozenset("now right after".split())


def _quoted_frame(lows: list[str], k: int, end: int, apart: Callable[[int], bool]) -> bool:
    """Whether a quoted phrase (words ``k`` to ``end``) stands in a programme's frame: 'on
    [the] "X"' with a time word before or after it ('tonight on "hard news."', 'on the
    "newshour" tonight'), '"X" starts / begins / continues / returns now / right now /
    after' ('"market watch" begins right now'), or 'welcome [back] to "X"' ('welcome to
    "news4 midday."', qa59)."""
    n = len(lows)
    if k >= 2 and lows[k - 1] == "to" and not apart(k - 1) and (
            lows[k - 2] == "welcome" or lows[k - 2] == "back" and k >= 3
            and lows[k - 3] == "welcome" and not apart(k - 3)) and not apart(k - 2):
        return True
    on = k - 1 - (k >= 2 and lows[k - 1] == "the")
    if on >= 0 and lows[on] == "on" and not apart(on) and (on == k - 1 or not apart(k - 1)) \
            and (on and lows[on - 1] in _AIRED_TIMES or end + 1 < n
                 and lows[end + 1] in _AIRED_TIMES):
        return True
    return end + 2 < n and lows[end + 1] in _AIRED_VERBS and lows[end + 2] in _AIRED_AFTER \
        and not apart(end + 1)


_LINEUP = (("with", "us"), ("with", "me"), ("joining", "us"), ("joining", "me"), ("i'm",),
           ("i", "am"))
"""What a host says right after the programme's title: the guests or the presenter ("and
with us tonight", "i'm jane doe")."""


def _lineup(lows: list[str], at: int) -> bool:
    """Whether the words from ``at`` (after a title's closing mark) open the programme's
    line-up: `_LINEUP`, "and" or "here" before it."""
    at += lows[at:at + 1] in (["and"], ["here"])
    return any(tuple(lows[at:at + len(cue)]) == cue for cue in _LINEUP)


def _edition(lows: list[str], k: int, apart: Callable[[int], bool]) -> int:
    """The word after "[a | this | special ...] edition of [the]" from word ``k`` ("this is
    a special edition of X with ...", "welcome to a late edition of X."), else ``k``."""
    for e in range(k, min(len(lows) - 2, k + 3)):
        if lows[e] == "edition" and lows[e + 1] == "of" and not apart(e) and not apart(e + 1):
            return e + 2 + (lows[e + 2] == "the" and not apart(e + 2) and e + 3 < len(lows))
        if apart(e):
            break
    return k


def _find(lows: list[str], word: str, at: int) -> int:
    try:
        return lows.index(word, at)
    except ValueError:
        return -1


def _title_end(lows: list[str], words: Sequence[Piece], source: str, k: int,
               apart: Callable[[int], bool]) -> int:
    """The last word of a title of one to `_TITLE_WORDS` words from ``k`` closed by a mark,
    or -1."""
    for e in range(k, min(len(lows), k + _TITLE_WORDS)):
        if apart(e) or e + 1 == len(lows) or _quote_after(words, source, e):
            return e if _title_words(lows, k, e) else -1
    return -1


def _title_words(lows: list[str], k: int, end: int, quoted: bool = False) -> bool:
    """Whether words ``k`` to ``end`` can be a title: letters only, opening and ending on no
    closed-class word. ``quoted``: a title the captioner put in quote marks may hold
    figures too ('"news4 midday"', '"mornings on 2"'), a word of letters among them."""
    words = lows[k:end + 1]
    return (all(map(str.isalpha, words)) or quoted and all(map(str.isalnum, words))
            and any(map(str.isalpha, words))) \
        and lows[k] not in CLOSED_CLASS and lows[end] not in CLOSED_CLASS


def _coined(lows: list[str], k: int, end: int) -> bool:
    """Whether no two words side by side in ``k`` to ``end`` (small words apart) are a pair the
    word counts hold: a title pairs words afresh ("daily politics", "question time"), a
    phrase of the language does not ("welcome to the real world.", "the digital age")."""
    v = vocabulary()
    return not any(v.bigram(a, b) for a, b in zip(lows[k:end], lows[k + 1:end + 1])
                   if a not in _TITLE_MINOR and b not in _TITLE_MINOR)


def _unlisted(word: str) -> bool:
    """A word no list holds and everyday English does not say often: a name coined for a
    title ("newshour"), not a common word newer than the lists ("coronavirus")."""
    return len(word) >= 4 and not ordinary(word) and not vocabulary().count(word) \
        and not spoken_often(word) and personnames.kind(word) <= personnames.AFTER_TITLE


def _presented(lows: list[str], at: int, people: Container[int],
               apart: Callable[[int], bool]) -> bool:
    """Whether a presenter's name opens at word ``at`` (after "with"), or after "W W and"
    ("with jane doe and Bob Smith": the first pair's names may be ones no rule cases)."""
    return at in people or at + 3 < len(lows) and lows[at + 2] == "and" \
        and at + 3 in people and not apart(at) and not apart(at + 1)


def _case_title(k: int, end: int, lows: list[str], cores: Sequence[Form],
                out: dict[int, str], people: Container[int], proper: Container[int]) -> None:
    """Words ``k`` to ``end`` cased as a title's: the first and each but a small word, unless
    another rule cases it already (an initialism, a place, a day, a name: "BBC")."""
    for w in range(k, end + 1):
        form = cores[w]
        core = form[1]
        if (w == k or lows[w] not in _TITLE_MINOR) and core.islower() and not form[4] \
                and w not in proper and w not in people:
            out[w] = core[:1].upper() + core[1:]


CUE_WORDS = _COMPASS | {"god"}
"""The words `compass` and `deity` start from: the casing stage finds them in one scan of
the page for all its rules and hands each rule the places."""
