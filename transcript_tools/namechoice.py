"""Choosing among a run's scored name windows: the tightest window for a name, rival names on
the same words, and the distinct hearings of a name. Called by `names.NameCorrector`.
"""

from __future__ import annotations

from collections.abc import Iterable

from .namescore import FUNCTION_ZIPF, Candidate, Run
from .nameslot import CLOSED_CLASS
from .personnames import AFTER_TITLE, FIRST_NAMES, kind
from .phonetics import distance
from .titles import NAME_TITLES
from .vocabulary import Vocabulary, vocabulary

TIGHTER = 0.06
"""A window inside another for the same name wins unless this much farther from it."""
RIVAL = 0.03
"""Another name this close on the same words makes a correction a suggestion."""

Scored = tuple[tuple[float, str], Run, Candidate]
"""A candidate window with its (confidence, rule) and its run."""


def rivals(scored: list[Scored], min_confidence: float) -> list[Scored]:
    """A window two names fit about equally well is a suggestion at most (its confidence
    capped below ``min_confidence``)."""
    best: dict[tuple[int, int, int], dict[str, float]] = {}
    for _, run, c in scored:
        key = (id(run), c.first, c.stop)
        got = best.get(key)
        if got is None:
            got = best[key] = {}
        name = c.unit.canonical
        old = got.get(name, 9.0)
        got[name] = old if old < c.score else c.score  # min(c.score, old)
    # per window: its best fit (score, name) and the best of any other name, so that the
    # best rival of a name is one of the two
    top: dict[tuple[int, int, int], tuple[float, str, float]] = {}
    for key, fits in best.items():
        if len(fits) > 1:
            (d1, n1), (d2, _) = sorted((d, n) for n, d in fits.items())[:2]
            top[key] = (d1, n1, d2)
    out = []
    cap = min_confidence - 0.05
    for item in scored:
        (conf, rule), run, c = item
        best2 = top.get((id(run), c.first, c.stop))
        if c.letters is None and best2 is not None:
            d1, n1, d2 = best2
            if (d1 if n1 != c.unit.canonical else d2) - c.score < RIVAL:
                item = ((min(conf, cap), rule + "+rival"), run, c)
        out.append(item)
    return out


def tightest(scored: list[Scored], viable: float, bar: float = 2.0) -> list[Scored]:
    """Drop a window when a window inside it fits the same name nearly as well: a garble
    window covers only the garbled words ("striker mick arthy" -> "mick arthy"). Not for an
    inner window the scorer holds below the edit ``bar`` (a common word alone for the name or
    its one-word form) when the outer one reaches it: the outer window's other words carry
    the rest of the name's sound, and the scorer judged them so."""
    by_name: dict[tuple[int, str], list[tuple[Candidate, float]]] = {}
    for (conf, _), run, c in scored:
        if conf >= viable:
            by_name.setdefault((id(run), c.unit.canonical), []).append((c, conf))
    said = _said(scored)
    forms = _forms(scored)
    out = []
    for item in scored:
        (conf, _), run, c = item
        if c.letters is None and c.stop - c.first >= 2 and _spelled_inside(run, c, forms):
            continue   # the name written whole inside the window: its other words are no garble
        if said and any(o is not c and c.first <= o.first and o.stop <= c.stop
                        for o in said.get((id(run), c.unit.canonical), ())):
            continue   # the name said in another form, with a word beside it: no garble
        # An inner window farther from the name and less sure of it leaves the outer one
        # ("harry comar" for a listed "Hari Kumar", not "comar" alone).
        if c.letters is not None or c.stop - c.first < 2:
            out.append(item)  # words spelling the name joined stay together; no inner window
            continue
        if conf >= viable:
            edge = _edge_word(run, c, scored)
            if edge is not None:
                # A function word at the window's edge the name's sound does not need ("at |
                # man da knox" for an Amanda Knox): the name takes the words without it, or
                # none if they hold the whole name already (its plural or glued form).
                if edge is not c:
                    out.append(((conf, item[0][1] + "+trimmed"), run, edge))
                continue
        inner = any(o is not c and c.first <= o.first and o.stop <= c.stop
                    and o.stop - o.first < c.stop - c.first and o.score - c.score < TIGHTER
                    and not (o.score > c.score and oc < conf)
                    and not oc < bar <= conf
                    and (o.unit.whole or not c.unit.whole)   # a part leaves the whole name
                    for o, oc in by_name.get((id(run), c.unit.canonical), ()))
        if not inner:
            out.append(item)
    return out


def _letters(words: tuple[str, ...]) -> str:
    return "".join(ch for w in words for ch in w if ch.isalpha())


def _forms(scored: list[Scored]) -> dict[tuple[int, str], set[tuple[int, str]]]:
    """Per run and name, the forms of the name its windows were heard as: (words, letters)."""
    out: dict[tuple[int, str], set[tuple[int, str]]] = {}
    for _, run, c in scored:
        out.setdefault((id(run), c.unit.canonical), set()).add(
            (len(c.unit.key), _letters(c.unit.key)))
    return out


def _spelled_inside(run: Run, c: Candidate,
                    forms: dict[tuple[int, str], set[tuple[int, str]]]) -> bool:
    """Whether fewer words inside the window spell, letter for letter, a form of its name of
    as many words as the window's form (qa27: "from the helmholtz center" heard whole as a
    listed "Helmholtz Centre | Helmholtz Center", "the" swallowed; "helmholtz center will"
    lost "will"). The window's other words are then beside the name, not a garble of it.
    A shorter form inside leaves the window alone: "satya" + "not della" completes a
    "Satya Nadella"."""
    size = len(c.unit.key)
    own = {letters for k, letters in forms.get((id(run), c.unit.canonical), ()) if k == size}
    own.add(_letters(c.unit.key))
    words = run.words()
    width = c.stop - c.first
    for a in range(c.first, c.stop):
        for b in range(a + 1, c.stop + 1):
            if b - a < width and _letters(words[a:b]) in own:
                return True
    return False


def _edge_word(run: Run, c: Candidate, scored: list[Scored]) -> Candidate | None:
    """The window for the same form of the name (the same unit, not a part of it) without the
    window's first or last word, when that word is a function word (`nameslot.CLOSED_CLASS`)
    and the rest fits the name at least as closely; the window itself when the rest holds
    the name's letters whole, or the name's letters less an ending and the scorer judged it a
    form of the name (rule "variant"): no garble of it; None when there is no such rest."""
    ends = [k for k in (c.first, c.stop - 1) if len(run[k].key) == 1
            and run[k].key[0] in CLOSED_CLASS]
    if not ends:
        return None
    for (_, rule), r, o in scored:
        if r is run and o is not c and o.letters is None and o.unit is c.unit \
                and o.score <= c.score and (
                    (o.first, o.stop) == (c.first + 1, c.stop) and c.first in ends
                    or (o.first, o.stop) == (c.first, c.stop - 1) and c.stop - 1 in ends):
            own = "".join(ch for w in o.unit.key for ch in w if ch.isalpha())
            rest = "".join(it.letters for it in run[o.first:o.stop])
            # (A rest the scorer judged a form of the name that is the name less an ending,
            # "democrat" for a listed Democrats, is no garble of it either: the window goes,
            # as when the rest holds the name. The name less its start, "at melia earhart's",
            # is the garble the function word belongs to.)
            return c if own in rest or rule == "variant" and own.startswith(rest) else o
    return None


def _said(scored: list[Scored]) -> dict[tuple[int, str], list[Candidate]]:
    """Windows that say a name of two words or more in another form, word for word, each
    word the name's own or that word with its ending changed ("sears holding" for a listed
    Sears Holdings; the scorer calls them "variant"): a wider window around one, "is sears
    holding", is no garble of that name however close it sounds."""
    said: dict[tuple[int, str], list[Candidate]] = {}
    for (_, rule), run, c in scored:
        if rule != "variant" or c.letters is not None or len(c.unit.key) < 2:
            continue
        words = [w for it in run[c.first:c.stop] for w in it.key]
        if len(words) == len(c.unit.key) and all(
                w == n or len(w) >= 4 and len(n) >= 4 and abs(len(w) - len(n)) <= 2
                and w[:min(len(w), len(n))] == n[:min(len(w), len(n))]
                for w, n in zip(words, c.unit.key)):
            said.setdefault((id(run), c.unit.canonical), []).append(c)
    return said


def hearings(run: Run, sure: list[tuple[float, Candidate]]
             ) -> set[tuple[str, tuple[str, ...]]]:
    """Per name, the run's fair windows for it that do not overlap (the surest first): each
    (name, its words but function words, `said_words`) is one hearing of the name. Only
    windows with garble material in them (`garbled_words`) count."""
    taken: dict[str, list[tuple[int, int]]] = {}
    out = set()
    for _, c in sorted(sure, key=lambda s: -s[0]):
        if not garbled_words(run, c):
            continue
        spans = taken.setdefault(c.unit.canonical, [])
        if any(a < c.stop and c.first < b for a, b in spans):
            continue
        spans.append((c.first, c.stop))
        out.add((c.unit.canonical, said_words(run, c)))
    return out


def _function_word(w: str, v: Vocabulary) -> bool:
    """Whether ``w`` is a function word: closed-class, or the frequency list (``v``) holds it at
    `FUNCTION_ZIPF` or more."""
    return w in CLOSED_CLASS or v.zipf(w) >= FUNCTION_ZIPF


def said_words(run: Run, c: Candidate) -> tuple[str, ...]:
    """A window's words less its function words (`_function_word`): what of it may be the
    garble."""
    v = vocabulary()
    return tuple(w for it in run[c.first:c.stop] for w in it.key if not _function_word(w, v))


def distinct(heard: Iterable[tuple[str, ...]]) -> int:
    """How many of a name's hearings (`said_words`) are different garbles: two are one when
    the words of one are among the other's ("brexit" and "a brexit": one odd word the
    document writes again, once beside a function word) or they sound the same (`sounding`:
    "belly full" and "bellyful")."""
    kept: list[tuple[set[str], str]] = []
    for words in sorted(heard, key=len, reverse=True):
        own, said = set(words), sounding(words)
        if not any(own <= other or said == other_said for other, other_said in kept):
            kept.append((own, said))
    return len(kept)


def garbled_words(run: Run, c: Candidate) -> bool:
    """Whether a window holds a word that may be a garble: no function word (the frequency
    list at `FUNCTION_ZIPF` or more, or closed-class), no word of the name itself, no word a
    person is named by (a first name or surname of the lists, `personnames.FIRST_NAMES`
    kinds; a title; a word no dictionary holds right after a title). Windows of function words and
    other people's names recur in any document and sound like some name of a small lexicon
    ("and a" for an Enda, "but gavin" and "about gavin" for a Kavanaugh in a story about Gavin
    Newsom, "robin williams" for a Williamson): each is no hearing of that name."""
    v = vocabulary()
    own = set(c.unit.key)
    before = run[c.first - 1].key[-1:] if c.first > 0 else ()
    prev = before[0] if before else ""
    for it in run[c.first:c.stop]:
        for w in it.key:
            k = kind(w)
            if w in own or w in NAME_TITLES or _function_word(w, v) \
                    or k in FIRST_NAMES or k == AFTER_TITLE and prev in NAME_TITLES:
                prev = w
                continue
            return True
    return False


def sounding(words: tuple[str, ...]) -> str:
    """A window's letters with doubled letters single: "belly full" and "bellyful" are one
    garble written two ways, not two hearings."""
    out: list[str] = []
    for ch in "".join(words):
        if ch.isalpha() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


WIDEN = 2
"""The most words a kept window is widened by (`widened`), on one side."""


def widened(scored: list[Scored], kept: list[Scored], bar: float, viable: float
            ) -> list[Scored]:
    """``kept`` (what `tightest` left of ``scored``) with a window at the edit ``bar`` replaced
    by a wider window of the same name (one or two more words on one side, none a word of the
    name written right) that the scorer judged strictly closer to the name (another form of
    it, its whole or a longer part: "kiss drove | on marrow" for a Kestrov-on-Mara listed with
    its "Kestrov"): the words beside the narrow window are the
    garble's, whose sounds the name needs, and an edit without them leaves a fragment of the
    garble beside the name. The wider window keeps the narrow one's confidence and rule
    (``+widened``); the scorer must hold it at ``viable`` or more. Not where the wider window
    is kept as sure in its own right (it stands for itself), nor past words another window
    at the bar holds (another name's, the name's letters), nor where the wider window only
    ties the narrow one: a function word the name's sound does not need stays out
    (`_edge_word`'s trim, the mirror of this)."""
    wide: dict[tuple[int, str], list[Candidate]] | None = None
    own: dict[int, float] = {}
    out = kept
    for i, ((conf, rule), run, c) in enumerate(kept):
        if conf < bar or c.letters is not None or c.possessive:
            continue
        if wide is None:
            own = {id(x): xc for (xc, _), _, x in kept}
            wide = {}
            for (oc, _), r, o in scored:
                if oc >= viable and o.letters is None and not o.possessive:
                    wide.setdefault((id(r), o.unit.canonical), []).append(o)
        best: Candidate | None = None
        for o in wide.get((id(run), c.unit.canonical), ()):
            if o.score < (c.score if best is None else best.score) and \
                    own.get(id(o), -1.0) < conf and _beside(run, c, o, scored, bar):
                best = o
        if best is not None:
            if out is kept:
                out = list(kept)
            out[i] = ((conf, rule + "+widened"), run, best)
    return out


def _beside(run: Run, c: Candidate, o: Candidate, scored: list[Scored], bar: float) -> bool:
    """Whether ``o`` is ``c`` with up to WIDEN more words on one side, none of them a word of
    the name (but a function word: the "on" of an X-on-Y) nor under another window at
    the ``bar`` that does not hold ``c`` whole."""
    if not (o.first <= c.first and c.stop <= o.stop) or (o.first < c.first) == (o.stop > c.stop) \
            or o.stop - o.first - (c.stop - c.first) > WIDEN:
        return False
    extra = range(o.first, c.first) if o.first < c.first else range(c.stop, o.stop)
    name = (set(o.unit.key) | set(c.unit.key)) - CLOSED_CLASS
    if any(w in name for k in extra for w in run[k].key):
        return False   # a word of the name written right: beside the name, no garble
    return not any(r is run and oc >= bar and x is not o and x.first < extra.stop
                   and extra.start < x.stop and not (x.first <= c.first and c.stop <= x.stop)
                   for (oc, _), r, x in scored)


SUPPLIES = 0.5
"""The share of the added words' own sound (`completed`) that must go to the name's missing
part: the distance to the name falls by at least this much of theirs."""
HEARD_AS = 0.4
"""The added words (`completed`) are a hearing of the missing part itself: their distance to
its phones under this share of the two's own sounds ("nad" for a missing "miyad", 0.39, is;
"mark", 0.46, another first name, is not)."""


def completed(scored: list[Scored], kept: list[Scored], bar: float, viable: float
              ) -> list[Scored]:
    """``kept`` with a window at the edit ``bar`` for a part that ends a name (a surname
    alone) replaced by a wider window for the whole name or alias that ends so, one or two
    more words before it (`_beside`), held at ``viable`` or more, whose added words supply
    the missing sound: with them the window's phones are nearer the whole form by at least
    `SUPPLIES` of their own sound ("nad | torvelez" for a listed Miyad Torvellez: "nad" is
    most of "Miyad"). The scorer holds such a window farther than the part (a
    garbled first name is farther from its name than the surname's garble), so `tightest`
    and `widened` keep the part and leave the first name's garble before it. Not when an
    added word is a function word (closed-class, or the frequency list at `FUNCTION_ZIPF` or
    more: "by | yad torvelez", where "by" sounds like a missing "mi-"; "calm a | vanderslot"
    for a Carma Vandersloot), the mirror of `_edge_word`'s trim; nor where the wider window is
    kept as sure in its own right. (Words after a name's first part are left to `tightest`:
    a listed one-word form that reaches the bar stays the edit, names51.) Among such windows
    the closest, then the narrowest; it keeps the part's confidence and rule
    (``+completed``), and other kept windows of the name inside it as sure or less go (the
    surname listed as an alias too)."""
    parts = [i for i, ((conf, _), _, c) in enumerate(kept)
             if conf >= bar and c.letters is None and not c.possessive and not c.unit.whole]
    if not parts:
        return kept
    own = {id(x): xc for (xc, _), _, x in kept}
    v = vocabulary()
    chosen: dict[int, Scored] = {}
    for i in parts:
        (conf, rule), run, c = kept[i]
        best: Candidate | None = None
        for (oc, _), r, o in scored:
            if r is not run or oc < viable or o.letters is not None or o.possessive \
                    or not o.unit.whole or o.unit.canonical != c.unit.canonical \
                    or own.get(id(o), -1.0) >= conf or o.stop != c.stop \
                    or len(o.unit.key) <= len(c.unit.key) \
                    or o.unit.key[-len(c.unit.key):] != c.unit.key or best is not None and (
                        o.score, o.stop - o.first) >= (best.score, best.stop - best.first) \
                    or not _beside(run, c, o, scored, bar):
                continue
            extra = range(o.first, c.first)
            if any(_function_word(w, v) for k in extra for w in run[k].key):
                continue   # a function word among them: the speaker's ("calm a")
            added = "".join([run[k].phones for k in extra])
            narrow = "".join([it.phones for it in run[c.first:c.stop]])
            wide = "".join([it.phones for it in run[o.first:o.stop]])
            whole = o.unit.phones
            missing = whole[:len(whole) - len(c.unit.phones)] \
                if whole.endswith(c.unit.phones) else ""
            if distance(narrow, whole) - distance(wide, whole) \
                    >= SUPPLIES * distance(added, "") and missing and distance(added, missing) \
                    < HEARD_AS * (distance(added, "") + distance(missing, "")):
                best = o
        if best is not None:
            chosen[i] = ((conf, rule + "+completed"), run, best)
    if not chosen:
        return kept
    out = []
    for i, item in enumerate(kept):
        (conf, _), run, c = item
        if i in chosen:
            out.append(chosen[i])
        elif not any(r is run and o.unit.canonical == c.unit.canonical and conf <= oc
                     and o.first <= c.first and c.stop <= o.stop
                     for (oc, _), r, o in chosen.values()):
            out.append(item)
    return out
