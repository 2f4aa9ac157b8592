"""The label an introduction of the next speaker gives ("we now hear from the harbour
master" -> "Harbour Master"); called by `turns` (and `voices`) via `speakers`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from . import memos
from .memos import WORD_MEMO
from .phrases import Phrases
from .streets import ROAD_WORDS, STREET_WORDS

# Phrases that introduce the next speaker; the words after them name that speaker.
_INTRODUCERS = (
    ("we", "now", "hear", "from"), ("joining", "me", "now", "is"), ("joining", "us", "now",
                                                                     "is"),
    ("joining", "me", "is"), ("joining", "us", "is"), ("my", "guest", "is"),
    ("my", "guest", "today", "is"), ("my", "guest", "tonight", "is"), ("let's", "bring", "in"),
    ("i'm", "joined", "by"), ("we're", "joined", "by"), ("i", "am", "joined", "by"),
    ("we", "are", "joined", "by"), ("with", "me", "now", "is"),
    ("we", "speak", "to"), ("we", "talk", "to"), ("i", "spoke", "to"), ("i", "spoke", "with"),
)
_INTRO_INDEX = Phrases(_INTRODUCERS)
_INTRO_FIRSTS = _INTRO_INDEX.firsts
_LABEL_STOP = frozenset(
    "who who's whose which that where when while because if but or and nor so than "
    "about on in at for with to from as by into over under after before during via like "
    "is was are were be been being will would can could should has have had does did do "
    "says said says joins joined live now here there this these those tonight today earlier "
    "again also too first back just still himself herself themselves "
    "him her them you it us me everyone everybody someone people some any all "
    "two three four five both several many".split())
"""Words that end the noun phrase an introduction names (clause, preposition, verb and
adverb words, a group; "of" joins a complement instead, see `_label`; a lowercase word
in "-ing" ends it too: "the prime minister speaking in ...")."""
_DETERMINERS = frozenset("the a an our my his her their its".split())
_TITLES = frozenset("mr mrs ms dr prof gen sen rep gov lt col sgt capt st rev fr".split())
"""Title abbreviations whose stop ("dr.") does not end the phrase."""
_SMALL = frozenset("of the a an and".split())
_STRIP = ".,?!;:\"“”‘’'()[]…-—–"
_ENDS = tuple(",;:.?!…—–")
LABEL_WORDS = 4
"""The most words a label holds (a complement that makes it longer is dropped)."""


@functools.lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return word.replace("’", "'").strip(_STRIP).lower()


_PLACE_HEADS = STREET_WORDS | ROAD_WORDS | frozenset(
    "district county city heights valley bridge station airport mall".split())
"""Last words that make a capitalised run a place, not a person ("Quigley Street", "Laurel
District"): the street and road words `streets` cases, and a few other places' heads."""


def place_name(words: Sequence[str]) -> bool:
    """Whether a name-shaped run of words (as written) names a place, not a person: it ends on
    a street, road or other place head word (`_PLACE_HEADS`), is a numbered road ("Route 9"),
    or is a place `propernouns` knows ("New York"; one word alone is left alone, "Jordan" is
    a given name too)."""
    if not words:
        return False
    bare = [_norm(w) for w in words]
    if bare[-1] in _PLACE_HEADS or bare[0] in ROAD_WORDS and bare[-1].isdigit():
        return True
    if len(bare) < 2:
        return False
    from .propernouns import proper_nouns
    return " ".join(bare) in proper_nouns().forms


def introduces(words: Sequence[str]) -> bool:
    """Whether normalised ``words`` hold an introduction's first word (a cheap test first)."""
    return not _INTRO_FIRSTS.isdisjoint(words)


def introduction_in(words: Sequence[str]) -> bool:
    """Whether ``words`` (as written or normalised) hold a phrase that introduces the next
    speaker ("we now hear from", "joining me now is"), whether or not a label follows."""
    norm = [_norm(w) for w in words]
    return not _INTRO_FIRSTS.isdisjoint(norm) and bool(_INTRO_INDEX.after(norm))


def introduced_label(words: Sequence[str]) -> str | None:
    """The speaker an introduction names, as a label: "we now hear from the harbour master"
    -> "Harbour Master". ``words`` are the text's words as written (with
    their case and punctuation) or normalised. A name the text capitalises after a role
    ("economist Sam Ortiz of the ...", "the mayor of Springfield, John Doe") is the label
    alone; else the noun phrase (at most `LABEL_WORDS` words, never ending on "of" or an
    article, a repeated word ends it). None when no introduction is there or where its
    phrase ends is unclear (no label rather than a wrong one)."""
    norm = [_norm(w) for w in words]
    if _INTRO_FIRSTS.isdisjoint(norm):
        return None
    for j in _INTRO_INDEX.after(norm):
        label = _label(words, norm, j)
        if label:
            return label
    return None


def _label(raw: Sequence[str], norm: Sequence[str], j: int) -> str | None:
    """The label the words from ``j`` on (after an introducer) give, or None."""
    end = len(norm)
    while j < end and norm[j] in _DETERMINERS:
        j += 1
    picked: list[int] = []
    of_at: int | None = None
    seen: set[str] = set()
    comma = False   # the phrase ended at a comma (an apposition may follow)
    closed = False  # the phrase ended where it clearly ends
    while j < end and len(picked) <= LABEL_WORDS + 2:
        w = norm[j]
        if not w or w in _LABEL_STOP or w in seen or (
                len(w) > 5 and w.endswith("ing") and not raw[j][:1].isupper()):
            closed = True
            break
        if w == "of":
            if of_at is not None or not picked:
                closed = True
                break
            of_at = len(picked)
        elif w in _DETERMINERS and not (picked and norm[picked[-1]] == "of"):
            closed = True
            break
        picked.append(j)
        seen.add(w)
        j += 1
        if raw[j - 1].endswith(_ENDS) and not (w in _TITLES and raw[j - 1].endswith(".")):
            closed, comma = True, raw[j - 1].endswith(",")
            break
    else:
        closed = j >= end
    while picked and norm[picked[-1]] in _SMALL:  # "head of the" at a stop
        picked.pop()
        comma = False
    if of_at is not None and (len(picked) > LABEL_WORDS or not closed or
                              len(picked) <= of_at + 1):
        picked, closed, comma = picked[:of_at], True, False
    if not picked or not closed:
        return None
    head = [_word(raw[k], norm[k]) for k in (picked[:of_at] if of_at is not None else picked)]
    if place_name(head):
        return None  # "we speak to quigley street": a place names no speaker
    name = _name(head)
    if name:
        return name
    if len(picked) > LABEL_WORDS:
        return None
    if comma:
        after = _apposition(raw, norm, picked[-1] + 1)
        if after:
            return after
    if _several(norm[(picked[:of_at] if of_at is not None else picked)[-1]]):
        return None
    return _role([raw[k] for k in picked], [norm[k] for k in picked])


_GROUPS = frozenset("panel team group crew roundtable couple family staff".split())
"""Nouns that introduce several speakers at once ("let's bring in today's business panel"):
no one speaker's label."""


def _several(head: str) -> bool:
    """Whether a role phrase's head word names several people: a group noun, or the plural
    of an ordinary word that is no name ("strategists", "nurses"; not "jones")."""
    if head in _GROUPS:
        return True
    if len(head) < 4 or not head.endswith("s") or head.endswith(("ss", "'s", "us", "is")):
        return False
    from .wordcase import ordinary, proper
    stem = head[:-2] if head.endswith("es") and not ordinary(head[:-1]) else head[:-1]
    return ordinary(stem) and not proper(head)


def _word(raw: str, norm: str) -> str:
    """A word as a label shows it: a title keeps its stop ("Dr.")."""
    bare = raw.strip(_STRIP)
    return bare + "." if norm in _TITLES and raw.rstrip(",;:").endswith(".") else bare


def _capital(word: str) -> bool:
    """Capitalised as a name is (not an all-capitals caption word)."""
    return word[:1].isupper() and not (len(word) > 2 and word.isupper())


def _name(head: Sequence[str]) -> str | None:
    """The capitalised run (two words or more) ending the phrase's head: a name the text
    (or the names stage) capitalised, "economist Sam Ortiz" -> "Sam Ortiz"."""
    k = len(head)
    while k and _capital(head[k - 1]):
        k -= 1
    return " ".join(head[k:]) if 2 <= len(head) - k <= LABEL_WORDS else None


def _apposition(raw: Sequence[str], norm: Sequence[str], j: int) -> str | None:
    """A name of two or three words set off after a role ("the mayor of X, John Doe"):
    capitalised, or in lowercase text opening on a word the lists hold capitalised (a given
    name) or do not hold."""
    picked: list[int] = []
    while j < len(norm) and len(picked) < 3:
        w = norm[j]
        if not w or w in _LABEL_STOP or w in _DETERMINERS or w in _SMALL:
            break
        picked.append(j)
        j += 1
        if raw[j - 1].endswith(_ENDS):
            break
    else:
        if j < len(norm) and norm[j] and norm[j] not in _LABEL_STOP:
            return None  # runs on: not a name set off
    if len(picked) < 2:
        return None
    words = [_word(raw[k], norm[k]) for k in picked]
    if place_name(words):
        return None  # "the reporter, quigley street": a place, no one's name
    if all(map(_capital, words)):
        return " ".join(words)
    if any(w[:1].isupper() for w in words):
        return None  # cased text that does not capitalise it: no name
    from .personnames import capitalised_name
    from .wordcase import ordinary, proper
    if proper(words[0]) or not ordinary(words[0]):   # a given name opens it ("john doe")
        return " ".join(map(capitalised_name, words))
    return None


def _role(raw: Sequence[str], norm: Sequence[str]) -> str:
    """The noun phrase in title case ("Head of the Union"); acronyms and names the text
    capitalises stay as written."""
    out: list[str] = []
    for i, (r, w) in enumerate(zip(raw, norm)):
        shown = _word(r, w)
        if i and w in _SMALL:
            out.append(w)
        elif shown[:1].isupper():
            out.append(shown)
        else:
            out.append(shown[:1].upper() + shown[1:])
    return " ".join(out)

memos.bound_global(_norm, WORD_MEMO)


# Introductions with no "is" that close a presenter's turn (turns41, issue 5): "joining us now,
# Jane Doe, ...", "Jane Doe joins us from ...", "..., Jane Doe. Thank you for being with us."
_JOINING = frozenset(("us", "me"))
"""Objects of a participle introduction: "joining us (now, from ...), NAME"."""
_JOIN_VERBS = (("joins",), ("is", "with"), ("is", "joining"))
"""What follows a name that joins the programme: "NAME joins us", "NAME is with me"."""
_CLOSINGS = (("thank", "you", "for"), ("thanks", "for"), ("thank", "you", "so", "much", "for"),
             ("thank", "you", "very", "much", "for"), ("welcome", "to"), ("welcome", "back"),
             ("good", "to", "have", "you"), ("great", "to", "have", "you"),
             ("nice", "to", "have", "you"), ("it's", "good", "to", "have", "you"),
             ("it's", "great", "to", "have", "you"))
"""A host's words of welcome to a guest that may close the turn after the guest's name
("NAME, thank you for being with us", "NAME. Welcome to the programme")."""
_FOR_BEING = frozenset("being joining coming taking".split())
"""What a "thank you for" of welcome goes on with (not "thank you for that", a farewell)."""
_COMPLEMENT = frozenset("of the a an from in at for to on by with and".split())
"""Words before a capitalised run that make it a complement ("the president of the United
States", "from New York"), not the person a comma or a role word sets off."""


def _sentences(raw: Sequence[str]) -> list[list[int]]:
    """The indices of ``raw``'s words by sentence (a word ending on ".", "?" or "!" that is no
    title's abbreviation or initialism, "Dr." "U.S.", ends one)."""
    out: list[list[int]] = [[]]
    for i, w in enumerate(raw):
        out[-1].append(i)
        bare = w.rstrip("\"'”’)")
        if bare.endswith(("?", "!")) or bare.endswith(".") and _norm(w) not in _TITLES \
                and "." not in bare[:-1]:
            out.append([])
    return [s for s in out if s]


def _closing(norm: Sequence[str], at: int) -> bool:
    """Whether the words from ``at`` on welcome a guest (`_CLOSINGS`)."""
    for c in _CLOSINGS:
        if tuple(norm[at:at + len(c)]) == c:
            after = norm[at + len(c):at + len(c) + 1]
            return c[-1] != "for" or bool(after) and after[0] in _FOR_BEING
    return False


def _runs(raw: Sequence[str], part: Sequence[int]) -> list[tuple[int, int]]:
    """The capitalised runs of two to `LABEL_WORDS` words in ``part`` (indices into ``raw``),
    as (first, last + 1) positions in ``part``; a comma or stop ends a run, and its leading
    common words are no part of it (`_common`)."""
    out: list[tuple[int, int]] = []
    a = 0
    while a < len(part):
        if not _capital(raw[part[a]].strip(_STRIP)):
            a += 1
            continue
        b = a + 1
        while b < len(part) and not raw[part[b - 1]].endswith(_ENDS) and _capital(
                raw[part[b]].strip(_STRIP)):
            b += 1
        c = a
        while c < b and _common(_norm(raw[part[c]])):
            c += 1   # a sentence's first word, "I'm": "Tonight Jane Doe joins us"
        if 2 <= b - c <= LABEL_WORDS:
            out.append((c, b))
        a = b
    return out


def _common(word: str) -> bool:
    """A word that opens no name: "I", "I'm", a common word the lists never hold capitalised."""
    from .wordcase import ordinary, proper
    return word == "i" or word.startswith("i'") or ordinary(word) and not proper(word)


def _set_off(raw: Sequence[str], norm: Sequence[str], part: Sequence[int], a: int, b: int,
             opened: int) -> bool:
    """Whether the run ``part[a:b]`` is a name set off as the person introduced: it ends at a
    comma or the part's end, opens after the introducer (``opened``: its first position), a
    comma or a role word, not after a complement's word, and is no place."""
    if b < len(part) and not raw[part[b - 1]].endswith(","):
        return False
    before = a - 1
    if before >= opened and not raw[part[before]].endswith(",") and (
            norm[part[before]] in _COMPLEMENT or norm[part[before]] in _LABEL_STOP
            or _capital(raw[part[before]])):
        return False
    return not place_name([raw[k] for k in part[a:b]])


def closing_introduction(raw: Sequence[str]) -> str | None:
    """The name of the person a presenter's turn ends by introducing without "is" (``raw``:
    the turn's words as written, with their case and punctuation): "joining us now, Jane Doe,
    professor of law", "Jane Doe joins us from Cairo", "..., Jane Doe. Thank you for being with
    us". Only the turn's last sentence, with the one before it where the last only welcomes
    the guest, is read; the name is a capitalised run of two to four words (lowercase text
    gives none). The caller checks that the next turn is that person's answer."""
    norm = [_norm(w) for w in raw]
    sentences = _sentences(raw)
    if not sentences:
        return None
    last = sentences[-1]
    parts = [last]
    for c in range(len(last)):
        if (c == 0 or raw[last[c - 1]].endswith((",", "."))) and _closing(norm, last[c]):
            parts = [last[:c]] if c else [sentences[-2]] if len(sentences) > 1 else []
            break
    for part in parts:
        words = [norm[k] for k in part]
        runs = _runs(raw, part)
        for i in range(len(words) - 1):
            if words[i] == "joining" and words[i + 1] in _JOINING:
                for a, b in runs:
                    if a > i + 1 and _set_off(raw, norm, part, a, b, i + 2):
                        return " ".join(raw[k].strip(_STRIP) for k in part[a:b])
                return None
        for a, b in runs:
            if any(tuple(words[b:b + len(v)]) == v and words[b + len(v):b + len(v) + 1]
                   and words[b + len(v)] in _JOINING for v in _JOIN_VERBS) and not place_name(
                        [raw[k] for k in part[a:b]]):
                return " ".join(raw[k].strip(_STRIP) for k in part[a:b])
        if part is not last and runs and runs[-1][1] == len(part) and _set_off(
                raw, norm, part, *runs[-1], 0) and (runs[-1][0] == 0 or raw[
                    part[runs[-1][0] - 1]].endswith(",")):
            a, b = runs[-1]   # "..., Joe Biden. Thank you for being here."
            return " ".join(raw[k].strip(_STRIP) for k in part[a:b])
    return None


# A presenter's hand-over to a reporter's package at a turn's end (turns41, issue 5): "Jane Doe
# reports.", "our correspondent Jane Doe has this report", "Jane Doe is live on campus with ...".
_HAS = (("more",), ("the", "story"), ("this", "report"), ("this", "update"), ("the", "details"),
        ("details",), ("the", "latest"), ("a", "report"), ("the", "report"))
"""What a reporter "has" in a hand-over ("NAME has more from ...", "NAME has this report")."""
_IS = frozenset("live there".split())
"""What a reporter "is" in a hand-over ("NAME is live on campus ...", "NAME is there")."""
_AT = frozenset("in at on outside near inside".split())
"""The words that open a reporter's place in a hand-over that goes on to what they have
("NAME is in the capital, and has more", "NAME, who is outside the court, has the latest")."""
_PLACE_WORDS = 6
"""The most words a reporter's place holds between its preposition and "has" / "with"."""


def _holds(tail: Sequence[str]) -> bool:
    """Whether ``tail`` (words after "has" or "with") opens on what a reporter has in a
    hand-over (`_HAS`): "more" only at its end or before one of `reportbites.MORE_AFTER` ("has
    more money than ..." is no hand-over)."""
    from .reportbites import MORE_AFTER
    for h in _HAS:
        if tuple(tail[:len(h)]) == h:
            return h != ("more",) or len(tail) == 1 or tail[1] in MORE_AFTER
    return False


def _placed(rest: Sequence[str]) -> bool:
    """Whether ``rest`` (the words after a name) places the reporter and hands over to them:
    "is in / at / outside PLACE ..." and then "and has" or "with" what a reporter has
    (`_holds`), or the same set off as a clause, "who is in PLACE, has ..." (at most
    `_PLACE_WORDS` words of place). "is in hospital and has more questions than answers" and
    "is in the city with her family" are no hand-over."""
    who = rest[:1] == ["who"]
    at = 1 if who else 0
    if rest[at:at + 1] != ["is"] or len(rest) <= at + 1 or rest[at + 1] not in _AT and \
            rest[at + 1] != "live":
        return False
    for i in range(at + 3, min(len(rest), at + 3 + _PLACE_WORDS)):
        if rest[i] == "with" or rest[i] == "has" and (who or rest[i - 1] == "and"):
            return _holds(rest[i + 1:])
    return False


def reporter_handed(raw: Sequence[str]) -> str | None:
    """The reporter a presenter's turn (``raw``: its words as written) ends by handing over to:
    its last sentence names them just before "reports" (its last word), "has more / the
    story / this report ...", "is live / there", or places them and goes on to what they have
    (`_placed`: "Jane Doe is in the capital, and has more", "Jane Doe, who is at the court, has
    the latest") ("From Nairobi, Jane Doe reports.", "Our correspondent Jane Doe has this
    report from the coast.", "Jane Doe is live on campus with more."). The name is a
    capitalised run of two to four words after a possessive's word ("the station's Jane
    Doe"); a run of three or more opens on the first word the census lists as a first name
    ("Lakeside Jane Doe reports" -> "Jane Doe"), none such: no name; a run after "the" is a
    paper's or an outlet's ("the Valley Courier reports"). None where no hand-over closes the
    turn."""
    sentences = _sentences(raw)
    if not sentences:
        return None
    part = sentences[-1]
    norm = [_norm(raw[k]) for k in part]
    for a, b in _runs(raw, part):
        rest = norm[b:] if norm[b + 1:b + 2] != ["also"] else norm[b:b + 1] + norm[b + 2:]
        has = rest[:1] == ["has"] and _holds(rest[1:])   # not "has more money than ..."
        if not (rest == ["reports"] or has or rest[:1] == ["is"] and rest[1:2] and
                rest[1] in _IS or _placed(rest)):
            continue
        if a and norm[a - 1] == "the":
            continue  # "the Valley Courier reports": a paper's name takes the article
        names = [raw[k].strip(_STRIP) for k in part[a:b]]
        cut = max((i + 1 for i, w in enumerate(names) if w.endswith(("'s", "’s"))), default=0)
        names = names[cut:]
        if len(names) >= 3:
            from .censusnames import first_name
            at = next((i for i, w in enumerate(names) if first_name(w.lower())), None)
            names = names[at:] if at is not None else []
        if 2 <= len(names) <= LABEL_WORDS and not place_name(names):
            return " ".join(names)
    return None


def _person(raw: Sequence[str], part: Sequence[int], a: int, b: int) -> str | None:
    """The run ``part[a:b]`` as a person's name: titles before it cut ("Mr. President" is
    no one's name), two to `LABEL_WORDS` words left, no place."""
    names = [raw[k].strip(_STRIP) for k in part[a:b]]
    while names and _norm(names[0]) in _TITLES:
        names = names[1:]
    if 2 <= len(names) <= LABEL_WORDS and not place_name(names):
        return " ".join(names)
    return None


_YOU = frozenset("you your yours yourself".split())


def addressed(raw: Sequence[str]) -> str | None:
    """The person a presenter's turn (``raw``: its words as written) ends by asking by name:
    its last sentence is a question that opens on the name set off by a comma ("Jane Doe, what
    are you hearing?", or "Jane Doe. What are you ...?", the name a sentence of its own and
    the question asking "you") or ends on it after a comma ("..., aren't we, Jane Doe?"); a
    first name alone so set off ("Jane, what happened?") stands for the one full name of the
    turn's words that opens on it ("Jane Doe is on the line. Jane, what happened?"). The name is a
    capitalised run of two to four words (lowercase text gives none). None otherwise: a name
    inside the question ("what did Jane Doe say?") is whom it is about, not whom it asks. The
    caller checks that the next turn is that person's answer."""
    sentences = _sentences(raw)
    if not sentences or not raw[sentences[-1][-1]].rstrip("\"'”’)").endswith("?"):
        return None
    part = sentences[-1]
    if len(part) < 3:
        return None
    head = raw[part[0]]
    if head.endswith(",") and _capital(head.strip(_STRIP)) and not _common(_norm(head)):
        # a first name alone: the turn's one full name that opens on it
        first = head.strip(_STRIP)
        full = {name for s in sentences[:-1] for a, b in _runs(raw, s)
                if raw[s[a]].strip(_STRIP) == first
                and (name := _person(raw, s, a, b)) is not None}
        return full.pop() if len(full) == 1 else None
    for a, b in _runs(raw, part):
        opens = (a == 0 or raw[part[a - 1]].endswith(",")) and b < len(part) and \
            raw[part[b - 1]].endswith(",")
        ends = b == len(part) and a > 0 and raw[part[a - 1]].endswith(",")
        if opens or ends:
            return _person(raw, part, a, b)
    if len(sentences) > 1:
        # the name a sentence of its own before the question ("Jane Doe. What are you
        # hearing?": the vocative's comma read as a stop)
        before = sentences[-2]
        if _runs(raw, before) == [(0, len(before))] and any(
                _norm(raw[k]) in _YOU for k in part):   # not "Jane Doe. What is she after?
            return _person(raw, before, 0, len(before))
    return None
