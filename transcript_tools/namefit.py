"""A story's lexicon: a name the document does not write yet, heard well by sound alone, is
applied when the document writes many of the lexicon's other names. Called by `names`.

The scorer holds a name nobody mentioned to a suggestion when the window is fluent English;
a lexicon whose names the page writes (`namecache.FIT` of them) is the page's own story's, and
that is evidence for its other names too. Measured in `docs/tried.md` (names22).
"""

from __future__ import annotations

from collections.abc import Callable

from .namecache import DISTANCE, FIT
from .namechoice import Scored
from .namescore import HOMOPHONE_DISTANCE
from .nameslot import CLOSED_CLASS, DETERMINERS
from .soundindex import Unit
from .spokenwords import spoken_common
from .vocabulary import vocabulary

HEARD = 0.6
"""The scorer's confidence (short of the edit bar) that a fitting lexicon lifts to LIFTED,
for a window within `namecache.DISTANCE` of the name."""
LIFTED = 0.8
"""The confidence of a lifted candidate: the default edit bar (a stricter
``min_confidence`` keeps it a suggestion)."""
HEARD_UNFAMILIAR = 0.5
"""HEARD for a name everyday English barely uses (`namescore.Scorer.unfamiliar`, wordfreq's
list): a speech recogniser lacks such a name and writes it as ordinary words, so a window a
little less sure of it is likelier its garble ("ha cooter" for a Hakuto-R at 0.58). On the dev
pages' lexicons with another story's names added (`evaluation/name_fit.py`, 772 pairs): lifted
edits on garbles 145 -> 169, off them 1 -> 1; HEARD 0.5 for every name: 169 and 4 (names51)."""
RULE = "+fit"
SAID_APART = 0.3
"""The scorer's confidence (short of HEARD) that a fitting lexicon lifts too, for two or more
words that say the name itself (within `namescore.HOMOPHONE_DISTANCE`) and never stand
together (an inner seam the bigram counts lack, as below): "mill on" for a Milan. The scorer
holds a function word beside a common one far below its bar however close the sound."""


def lifted(scored: list[Scored], counts: dict[str, int], min_confidence: float,
           unfamiliar: Callable[[Unit], bool] | None = None) -> list[Scored]:
    """``scored`` with the suggestions at HEARD (SAID_APART for two or more words that say the name
    itself) or more and within DISTANCE of the name (a story's lexicon holds names the page
    never speaks of, and a looser bar hears them in "carbon", "miracle", "flight en route") for
    a name without evidence in the document (no exact mention, no "+context" in the rule) raised
    to LIFTED, when the document writes FIT or more of the lexicon's names (``counts``: exact
    mentions per name, empty for a crowded lexicon) and the window does not read as English: one
    word, or some seam of its words that the bigram counts never saw ("pens again", "the marie";
    not "back in", "bowl and"); no fewer words than the name (a garble splits a name's sounds
    into words more often than it runs two together: no "carbon" for a Qatar Open); and no word
    of the name left beside it ("supervised" before "tuesday" is no Super Tuesday); no lone
    letter but "a" or "i" in it (a fragment: "that w" is no DW). A candidate by letters or a
    possessive is left as it is. ``unfamiliar`` (the scorer's test of a name everyday English
    barely uses) lowers HEARD to HEARD_UNFAMILIAR for such names."""
    if len(counts) < FIT:
        return scored
    v = vocabulary()
    out: list[Scored] = []
    for item in scored:
        (conf, rule), run, c = item
        if SAID_APART <= conf < min_confidence and c.score <= DISTANCE and "+context" not in \
                rule and "+rival" not in rule and c.letters is None and not c.possessive \
                and c.unit.canonical not in counts:
            keys = [w for it in run[c.first:c.stop] for w in it.key]
            if conf < HEARD and not (c.score <= HOMOPHONE_DISTANCE and len(keys) > 1) and not (
                    conf >= HEARD_UNFAMILIAR and unfamiliar is not None
                    and unfamiliar(c.unit)):
                out.append(item)
                continue
            name = c.unit.key
            after = run[c.stop].key[:1] if c.stop < len(run) else ()
            before = run[c.first - 1].key[-1:] if c.first else ()
            if len(keys) >= len(name) and all(len(w) > 1 or w in "ai" for w in keys) and (
                    len(keys) == 1 or any(
                    not v.bigram(a, b) for a, b in zip(keys, keys[1:]))) and \
                    after != name[-1:] and before != name[:1]:
                item = ((max(conf, LIFTED), rule + RULE), run, c)
        out.append(item)
    return out


ANCHOR_RULES = frozenset({"context", "completes"})
"""The scorer's rule suffixes an anchored window may carry (no guard: "+rival", "+first",
"+place", "+person" and the like keep it a suggestion)."""
ANCHORED = "+anchored"
ORDINARY = 3.0
"""One word of the frequency list at least this common (zipf) for the name's other parts is
that word: "the rude bellingham chant" beside a listed Jude Bellingham."""


def anchored(scored: list[Scored], min_confidence: float, unfamiliar: Callable[[Unit], bool],
             plain: Callable[[Unit], tuple[tuple[str, ...], str]]) -> list[Scored]:
    """``scored`` with a window that holds a word of its name written exactly, a word everyday
    English barely uses (`spokenwords.spoken_common`: under zipf 3 in wordfreq's list, four
    letters or more), beside words the scorer heard as the name's other parts (rule
    "sound-part", for a name the document speaks of: "+context"), raised to LIFTED from HEARD
    (HEARD_UNFAMILIAR for a name everyday English barely uses): a speech recogniser that
    writes such a word knows the name, and the words beside it in the slot of the name's
    other parts are their garble ("lewis in our seal lula" for a Luiz Inácio Lula). A common
    word of the name written right proves nothing ("and trump", "mr griffiths", "the
    berkshire": another person, or English); nor does one ordinary word beside the rare one
    ("when perisic", "the rude bellingham chant": a word of its own), nor a window after a
    determiner (an adjective's slot). Of overlapping windows for the name only the surest is
    lifted. Not in a crowded lexicon (the caller's). Measured in `docs/tried.md` (names53)."""
    chosen: dict[int, Scored] = {}
    for k, item in enumerate(scored):
        (conf, rule), run, c = item
        if conf < min_confidence and conf >= HEARD_UNFAMILIAR and c.letters is None \
                and not c.possessive and rule.startswith("sound-part+") \
                and set(rule.split("+")[1:]) <= ANCHOR_RULES and "context" in rule \
                and (conf >= HEARD or unfamiliar(c.unit)):
            own = set(plain(c.unit)[0])
            span = run[c.first:c.stop]
            shared = [w for it in span for w in it.key if w in own]
            changed = [it for it in span if not set(it.key) <= own]
            if shared and changed and all(len(w) >= 4 and not spoken_common(w)
                                          for w in shared) \
                    and not (len(changed) == 1 and (changed[0].zipf >= ORDINARY
                                                    or set(changed[0].key) & CLOSED_CLASS)) \
                    and not (c.first and set(run[c.first - 1].key[-1:]) & DETERMINERS):
                chosen[k] = item
    if not chosen:
        return scored
    out: list[Scored] = []
    for k, item in enumerate(scored):
        if k in chosen:
            (conf, rule), run, c = item
            # Of overlapping windows for the name, the one the scorer was surest of ("lewis
            # in our seal lula", not "in our seal lula" beside "lewis"): lifted alike, the
            # tighter one would win and leave a word of the garble beside the name.
            if not any(j != k and r is run and o.unit.canonical == c.unit.canonical
                       and o.first < c.stop and c.first < o.stop
                       and (oc, -o.score) > (conf, -c.score)
                       for j, ((oc, _), r, o) in chosen.items()):
                item = ((LIFTED, rule + ANCHORED), run, c)
        out.append(item)
    return out
