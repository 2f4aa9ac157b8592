"""Whether unmarked text is a dialogue at all: the exchanges between two voices that the decoded
changes of speaker rest on; called by `turns.TurnSegmenter` after `speakers.decode`.

The decoder finds the best split of a text into host and guest, even of a text one voice
speaks: a news read, a lecture, a speech, where a rhetorical question ("Why does this matter?
Farmers need the water.") looks like a question answered. A change of speaker is believed only
when the text shows exchanges (`exchanges.exchange`: questions put to the other voice,
introductions, greetings and thanks to one person and their answers, replies on their own),
the evidence a monologue seldom gives.

The text is read as one voice when it carries less than `EXCHANGE_MIN` of that evidence (and
`PER_CHANGE` more per decoded change), every turn the decoder gives the other roles is what
one voice says too (an aside of at most `ASIDE_UNITS` units ending on a question, a greeting
or sign-off at either end, narration put in the "other" role), the decoder is not sure of any
of them (`SURE_MARGIN` on its own unit scores: a promo, strong answers), and the other roles
do not speak in another person (`PERSON_LLR`: a guest's "i" and "we" beside a host who never
says them). A wrong reading as one voice loses every boundary of a dialogue while a missed
one leaves a few spurious ones, so each of these tests leans to keeping the voices.
The decoder's unit scores are only computed for texts that lack exchange evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import log
from operator import mul

from .exchanges import asks_question, courtesy, exchange
from .speakercues import FIRST_PERSON, Unit
from .speakers import OTHER, prepare, runs, weights

EXCHANGE_MIN = 1.0
"""Exchange evidence a text needs to stay a dialogue."""
PER_CHANGE = 0.05
"""...and this much more for each decoded change of speaker (a long monologue meets a
question put to "you" now and then; a dialogue shows an exchange every few turns)."""
SURE_MARGIN = 8.0
"""Score (the decoder's unit scores summed over a turn) by which a turn of a minority role
must beat the majority role to stand without exchange cues."""
OTHER_MARGIN = 2.0
"""The same for a turn in the "other" role: clips and promos win on their own words (promo
phrases, first person after third), narration put there does not."""
PERSON_LLR = 2.7
"""Log-likelihood ratio (`_person_contrast`) from which the first-person words of the
decoded roles differ too much for one voice (2.7: p of about 0.02 under one rate)."""
ASIDE_UNITS = 4
"""Units a turn in a minority role may span and still be the one voice's aside (a
rhetorical question and its lead-in); a longer stretch is a turn."""


def one_voice(units: Sequence[Unit], states: Sequence[int]) -> bool:
    """Whether a text decoded with changes of speaker (``states``: a role per unit) lacks the
    exchange evidence of a dialogue, so that it is one voice. False when the decoder found no
    change (nothing to undo)."""
    changes = sum(1 for k in range(1, len(states)) if states[k] != states[k - 1])
    if not changes:
        return False
    need = max(EXCHANGE_MIN, PER_CHANGE * changes)
    if exchange(units, need) >= need:
        return False
    words = [0, 0, 0]
    for u, s in zip(units, states):
        words[s] += len(u.words)
    turns = runs(states)
    features: list[tuple[float, ...]] | None = None
    # the one voice: a role whose turns leave only what it says too to the other roles
    for major in sorted((r for r in range(3) if words[r]), key=words.__getitem__,
                        reverse=True):
        others = [run for run in turns if run[2] != major]
        if not all(_plain(units, run) for run in others):
            continue
        if features is None:
            features = prepare(units, False).features
        if not any(_sure(features, run, major) for run in others) \
                and _person_contrast(units, states, major) < PERSON_LLR:
            return True
    return False


def _person_contrast(units: Sequence[Unit], states: Sequence[int], major: int) -> float:
    """How much better two rates of first-person words ("i", "we") fit the text than one:
    the log-likelihood ratio of one rate for the one voice's role and another for the rest
    (a voice that never says "i" or "we" beside one that often does is a second voice: the
    guest beside the interviewer, a clip beside the narration)."""
    hits = [0, 0]
    size = [0, 0]
    for u, s in zip(units, states):
        side = 0 if s == major else 1
        size[side] += len(u.words)
        hits[side] += sum(1 for w in u.words if w in FIRST_PERSON)
    return (_loglik(hits[0], size[0]) + _loglik(hits[1], size[1])
            - _loglik(hits[0] + hits[1], size[0] + size[1]))


def _loglik(k: int, n: int) -> float:
    """The maximised log-likelihood of k hits in n words (Poisson, up to terms that
    cancel in the ratio)."""
    return k * log(k / n) if k else 0.0


def _plain(units: Sequence[Unit], run: tuple[int, int, int]) -> bool:
    """Whether a decoded turn is what the one voice says too: a stretch ending on a question
    (the same voice answers it), a short one holding one, a greeting or sign-off at either end
    of the text, or anything in the "other" role (narration and asides look like clips; a
    promo the decoder is sure of is caught by `_sure`)."""
    k, j, role = run
    if role == OTHER:
        return True
    if (k == 0 or j == len(units)) and j - k <= 2 and all(
            courtesy(units[i].words) for i in range(k, j)):
        return True
    if j - k > ASIDE_UNITS:
        return False  # a stretch that long is a turn, not an aside
    return asks_question(units[j - 1]) or j - k <= 2 and any(
        asks_question(units[i]) for i in range(k, j))


def _sure(features: Sequence[Sequence[float]], run: tuple[int, int, int], major: int) -> bool:
    """Whether the decoder's own unit scores favour the turn's role over the one voice's by
    SURE_MARGIN or more (a strong promo, or strong answers to strong questions: a second
    voice the cue words miss)."""
    emission = weights().emission
    k, j, role = run
    margin: float = sum(sum(map(mul, emission[role], f)) - sum(map(mul, emission[major], f))
                        for f in features[k:j])
    return margin >= (OTHER_MARGIN if role == OTHER else SURE_MARGIN)


__all__ = ["ASIDE_UNITS", "EXCHANGE_MIN", "exchange", "one_voice"]
