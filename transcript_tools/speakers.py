"""Who speaks: a Viterbi decoder over host, guest, other (and, re-exported from
`introductions`, the label an introduction gives).

Called by `turns.TurnSegmenter`: over sentence pieces when the text has no speaker markers,
over the marked turns when it has (to give them roles and consistent speaker ids). The units'
features, the weights and the prepared inputs come from `speakerfeatures` (re-exported here).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress, repeat
from operator import add, attrgetter

from .boundaries import GAP_FUNCTIONS
from .introductions import introduced_label, introduces
from .scans import where
from .speakercues import Cues, Unit
from .speakerfeatures import (
    ECHO_SPAN,
    ECHO_ZIPF,
    FEATURES,
    GUEST,
    HOST,
    OTHER,
    STATES,
    TRANSITIONS,
    WEIGHTS,
    Prepared,
    Weights,
    echoes,
    prepare,
    unit_features,
    weights,
)

__all__ = [  # the features' names re-exported: callers import them from here
    "BEFORE_OPEN", "CLAIM_RESTARTS", "CLEAN_COST", "ECHO_SPAN", "ECHO_ZIPF", "FEATURES", "GUEST",
    "HOST", "HOST_RUN", "OTHER", "PROFILE_CAP", "PROFILE_MIN", "PROFILE_WEIGHT", "REPLY_CHANGE",
    "RUN_ON", "STATES", "TRANSITIONS", "WEIGHTS", "Prepared", "Unit", "Weights", "decode", "echoes",
    "introduced_label", "introduces", "prepare", "profile", "runs", "unit_features", "weights"]

HOST_RUN = 45
"""Words after which a host's turn grows unlikely (hosts ask, guests hold forth)."""


def runs(states: Sequence[int]) -> list[tuple[int, int, int]]:
    """The decoded turns, runs of one state: (first unit, stop, state)."""
    out = []
    k = 0
    while k < len(states):
        j = k + 1
        while j < len(states) and states[j] == states[k]:
            j += 1
        out.append((k, j, states[k]))
        k = j
    return out


def decode(units: Sequence[Unit], states: int = 3, marked: bool = False,
           w: Weights | None = None, allowed: Sequence[bool | None] | None = None,
           extra: Sequence[Sequence[float]] | None = None,
           unit_cues: Sequence[Cues] | None = None) -> list[int]:
    """The most likely speaker role for each unit (0 host, 1 guest, 2 other) under the
    weights ``w`` (default: the shipped ones).

    ``states`` 2 leaves out "other". Before the first introduction of a guest (if there is
    one) nobody is the guest yet: first-person speech there is a clip or promo. ``allowed``
    (training only) forces a change of role before unit k (True) or none (False); ``extra``
    (training only) adds to each unit's role scores. Unmarked text is decoded twice: the
    second pass weighs each unit's words by how the first pass's host and guest use them
    (`profile`), so a speaker's vocabulary is judged over the whole document. ``unit_cues``:
    the units' cues when the caller has them.
    """
    if not units:
        return []
    w = w or weights()
    prep = prepare(units, False, unit_cues)  # `_changes` computes the weighted gap features itself
    emitted = _emitted(prep.features, w, states)
    if states < 3:  # 3 a unit
        emitted = array("d", (x for k in range(0, len(emitted), states)
                              for x in (*emitted[k:k + states], *(-1e9,) * (3 - states))))
    changes = _changes(units, prep, w, marked)  # the same in both passes
    moves = _moves(units, prep, w, marked, changes, allowed)
    path = _viterbi(units, prep, emitted, w, states, marked, allowed, extra, changes, moves)
    if not marked and allowed is None and extra is None:
        again = profile(units, path)
        if again is not None:
            path = _viterbi(units, prep, emitted, w, states, marked, None, again, changes, moves)
    return path


def _emitted(features: Sequence[Sequence[float]], w: Weights, states: int) -> array[float]:
    """Each unit's role scores, 3 a unit (``states`` of them, before the padding): each
    role's weighted feature sum over its nonzero weights and the unit's nonzero features
    only, in feature order (the same sum as the full one: the terms left out are exact
    zeros, and a sum from 0.0 stays +0.0 or its value under them)."""
    n = len(features)
    columns = list(zip(*features)) if features else []
    rows: dict[int, list[int]] = {}  # a feature's units where it is nonzero
    out = []
    for s in range(states):
        acc = [0.0] * n
        for i, x in enumerate(w.emission[s]):
            if not x:
                continue
            at = rows.get(i)
            if at is None:
                at = rows[i] = list(where(columns[i], n))
            column = columns[i]
            for k in at:
                acc[k] += x * column[k]
        out.append(acc)
    return array("d", chain.from_iterable(zip(*out)))


BEFORE_OPEN = 2.0
"""Score for `other` of a unit before the programme opens (`Prepared.opened`): the end of the
previous programme or a promo."""

PROFILE_WEIGHT = 0.3
"""Scale of a unit's host-versus-guest word log-likelihood ratio in the second pass."""
PROFILE_CAP = 1.0
"""The most the ratio moves a unit's role score either way."""
PROFILE_MIN = 30
"""Words each of host and guest need on the first path before their profiles count."""
_LOGS = [math.log(k + 1) for k in range(1024)]
"""``log(k + 1)``, a word's smoothed count's log, for the counts a page's words reach (a
longer list made for a page that says one word more often)."""


def profile(units: Sequence[Unit], path: Sequence[int]) -> array[float] | None:
    """Per unit, role-score additions from a document-level speaker profile: the words the
    first path gives the host and the guest (add-one smoothed unigram counts), and each
    unit's log-likelihood ratio under the two (scaled, capped, split between host and
    guest): 3 a unit (host, guest, other). None when either side has fewer than PROFILE_MIN
    words."""
    words = [u.words for u in units]
    host = Counter(chain.from_iterable(compress(words, map(HOST.__eq__, path))))
    guest = Counter(chain.from_iterable(compress(words, map(GUEST.__eq__, path))))
    nh, ng = host.total(), guest.total()
    if nh < PROFILE_MIN or ng < PROFILE_MIN:
        return None
    seen = host.keys() | guest.keys()
    size = len(seen) + 1
    base = math.log((ng + size) / (nh + size))
    top = max(max(host.values()), max(guest.values())) + 1
    logs = _LOGS if top <= len(_LOGS) else [math.log(k + 1) for k in range(top)]
    # each word's logs[host count] - logs[guest count] + base (unseen: base): the guest's
    # words first, as if the host never said them (their values by count, at C speed), then
    # the host's (most words are one side's: fewer Python steps than one a word)
    gget = guest.get
    guest_only = [logs[0] - x + base for x in logs[:max(guest.values()) + 1]]
    ratio = dict(zip(guest.keys(), map(guest_only.__getitem__, guest.values())))
    for x, h in host.items():
        ratio[x] = logs[h] - logs[gget(x, 0)] + base
    get, bases, known = ratio.get, repeat(base), ratio.__getitem__
    out: list[float] = []
    for ws, s in zip(words, path):  # (a host's or guest's unit: all its words counted)
        d = PROFILE_WEIGHT * (sum(map(get, ws, bases)) if s == OTHER else sum(map(known, ws))) \
            if ws else 0.0
        d = (-PROFILE_CAP if d < -PROFILE_CAP else PROFILE_CAP if d > PROFILE_CAP else d) / 2
        out += (d, -d, 0.0)
    return array("d", out)


RUN_ON = 0.3
"""Inside-sentence cuts per sentence at and above which a document reads as run-on caption
text (a change of speaker often falls inside a sentence there)."""
CLEAN_COST = 1.0
"""The most a change inside a sentence costs extra in a cleanly punctuated document (few
inside cuts: its speakers' turns end at sentence ends, and the few cuts are mostly noise)."""


CLAIM_RESTARTS = True
"""Whether a unit that tells the guest what they have done (`speakerfeatures._claims`:
"you've been ignoring ...", "you've cut ...") starts the host's turn length afresh for the
long-turn term: hosts ask or challenge, and a challenge of claims (often a third party's,
several sentences long) is a new move of the host's, not a host holding forth. Without it the
``claim`` emission only moves the change a unit on inside a long challenge (on the annotated
sample: a new false boundary, F1 .610 -> .585; with it, F1 .610, roles .859 -> .878)."""

REPLY_CHANGE = 0.3
"""What a change of speaker before a sentence that opens as a reply ("yes, ...", "that's
right", "well, ...": the cues' opener) gains: a speaker opens a sentence so after another
speaker more often than inside their own turn (on the marked training pages a change
precedes an answer opener 49 % of the time, the decoder changed there 28 %). Inside a
sentence the boundary model's bonus already says so."""

THANKED_CHANGE = 3.0
"""What a change of speaker right after a guest's thanks for having them in reply to a
welcome or thanks (`speakercues.thanked_back`: "welcome to the show. | thank you for
having me. | ...") gains: the reply closes the pair, and the welcomer speaks next, taking
the floor back after a welcome or signing off after a farewell. On the annotated dev sets
and the local marked pages (markers as truth, stripped) the next sentence was another
voice's at all 4 such pages, and the stage had changed at none; the change needs most of
the switch cost paid to be made (1.0 and 2.0 left the guest on)."""

_STRENGTH = attrgetter("strength")


def _clean_cost(units: Sequence[Unit]) -> float:
    """The extra cost of a change inside a sentence: CLEAN_COST scaled by how far below
    RUN_ON the document's inside cuts per sentence fall."""
    inside = list(map(_STRENGTH, units)).count(0)
    sentences = len(units) - inside
    if not inside or not sentences or RUN_ON <= 0:
        return 0.0
    return CLEAN_COST * max(0.0, RUN_ON - inside / sentences) / RUN_ON


def _changes(units: Sequence[Unit], prep: Prepared, w: Weights, marked: bool) -> list[float]:
    """Each unit's score for a change of speaker before it, before the role terms: its
    start's strength, the boundary bonus, an echo, the gap features (only those with a
    weight are computed)."""
    gaps = [(x, f) for x, f in zip(w.change, GAP_FUNCTIONS) if x]
    (t_in, t_sent, t_mark, t_bonus, t_echo, *_) = w.transition
    if not marked:
        t_in -= _clean_cost(units)
    switch = (t_in, t_sent, t_mark)
    out = []
    opener = FEATURES.index("opener")
    features = prep.features
    for k, u in enumerate(units):
        change = switch[min(u.strength, 2)] + t_bonus * u.bonus + t_echo * prep.echo[k]
        if u.strength == 1 and k and not marked and features[k][opener]:
            change += REPLY_CHANGE
        if u.strength and k and not marked and prep.thanked[k - 1]:
            change += THANKED_CHANGE
        if gaps and k and u.words and units[k - 1].words:
            before, asked = units[k - 1].words, prep.asks[k - 1]
            added = 0.0
            for x, f in gaps:
                added += x * f(before, u.words, asked)
            change += added
        out.append(change)
    return out


def _moves(units: Sequence[Unit], prep: Prepared, w: Weights, marked: bool,
           changes: Sequence[float], allowed: Sequence[bool | None] | None,
           ) -> list[tuple[float, ...]]:
    """Per unit, the score of each move into it (9: to role s from p at 3s + p) before its
    role scores: a change's `_changes` score and role terms, a stay's terms (the host's
    long-turn term, which depends on the path, left to `_viterbi`); a move ``allowed``
    forbids scores -inf (it never wins, as if left out). The same in both passes."""
    (_, _, _, _, _, t_hand, t_host, t_other, t_from_other,
     t_stay_hand, _, t_same) = w.transition
    terms = [[t_host * (s == HOST) + t_other * (s == OTHER) + t_from_other * (p == OTHER)
              for p in range(3)] for s in range(3)]
    (_, a01, a02), (a10, _, a12), (a20, a21, _) = terms
    same = [t_same if marked and s != OTHER else 0.0 for s in range(3)]
    s1, s2 = same[1], same[2]
    host_stay = (same[0] + t_stay_hand * False, same[0] + t_stay_hand * True)
    out: list[tuple[float, ...]] = [(0.0,) * 9]
    for k in range(1, len(units)):
        c = changes[k]
        hand = prep.handover[k]
        m10 = c + a10
        if hand:  # from host to guest after a hand-over
            m10 += t_hand
        row: tuple[float, ...] = (host_stay[hand], c + a01, c + a02, m10, s1, c + a12,
                                  c + a20, c + a21, s2)
        force = allowed[k] if allowed is not None else None
        if force or force is False:  # stays (3s + s) forbidden, or changes
            row = tuple(_NEVER if (force if at % 4 == 0 else force is False) else x
                        for at, x in enumerate(row))
        out.append(row)
    return out


_NEVER = -math.inf


def _viterbi(units: Sequence[Unit], prep: Prepared, emitted_all: array[float],
             w: Weights, states: int, marked: bool, allowed: Sequence[bool | None] | None,
             extra: Sequence[Sequence[float]] | array[float] | None,
             changes: Sequence[float] | None = None,
             moves: Sequence[tuple[float, ...]] | None = None) -> list[int]:
    """`decode`'s best path for prepared units and their role scores (``emitted_all``
    and an ``extra`` array: 3 a unit); ``changes``: `_changes` of the units, ``moves``:
    `_moves` of them (made here when not given)."""
    n = len(units)
    if moves is None:
        if changes is None:
            changes = _changes(units, prep, w, marked)
        moves = _moves(units, prep, w, marked, changes, allowed)
    if extra is not None:  # one array of role scores: no per-state branch in the loop
        flat = extra if isinstance(extra, array) else array("d", (x for row in extra for x in row))
        emitted_all = array("d", map(add, emitted_all, flat))
    es = emitted_all.tolist()
    intro = prep.intro if prep.intro is not None and states > 2 else -1
    for k in range(min(intro + 1, n)):
        es[3 * k + GUEST] = -1e9
    for k in range(min(prep.opened, n)):
        es[3 * k + OTHER] += BEFORE_OPEN
    t_long = w.transition[10]
    longs = [t_long * x / 10 for x in range(61)]  # the host's long-turn term by words over
    back = bytearray(3 * n)  # each unit's best previous role per role
    b0, b1, b2 = es[0], es[1], es[2]
    back[0:3] = b"\x00\x01\x02"
    run = len(units[0].words)  # words in the host's current turn on its best path
    at_claim = FEATURES.index("claim")
    claims = [f[at_claim] for f in prep.features] if CLAIM_RESTARTS else [0.0] * n
    for k in range(1, n):
        m00, m01, m02, m10, m11, m12, m20, m21, m22 = moves[k]
        if not marked:
            n_words = len(units[k].words)
            if claims[k]:  # a claim put to the guest opens a new move of the host's
                run = 0
            over = run + n_words - HOST_RUN
            m00 = m00 + longs[over if 0 <= over <= 60 else (0 if over < 0 else 60)]
        # to each role s the best of p = 0, 1, 2 (the first on a tie)
        v, p0 = -2e9, 0
        x = b0 + m00
        if x > v:
            v = x
        x = b1 + m01
        if x > v:
            v, p0 = x, 1
        x = b2 + m02
        if x > v:
            v, p0 = x, 2
        at = 3 * k
        r0 = v + es[at]
        v, p1 = -2e9, 0
        x = b0 + m10
        if x > v:
            v = x
        x = b1 + m11
        if x > v:
            v, p1 = x, 1
        x = b2 + m12
        if x > v:
            v, p1 = x, 2
        r1 = v + es[at + 1]
        v, p2 = -2e9, 0
        x = b0 + m20
        if x > v:
            v = x
        x = b1 + m21
        if x > v:
            v, p2 = x, 1
        x = b2 + m22
        if x > v:
            v, p2 = x, 2
        b0, b1, b2 = r0, r1, v + es[at + 2]
        back[at] = p0
        back[at + 1] = p1
        back[at + 2] = p2
        if not marked:
            run = run + n_words if p0 == 0 else n_words
    best = (b0, b1, b2)
    s = max(range(3), key=lambda x: best[x])
    path = [s]
    for k in range(n - 1, 0, -1):
        s = back[3 * k + s]
        path.append(s)
    return path[::-1]
