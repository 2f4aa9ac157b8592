"""Speaker labels and roles on marked input: the role a label names ("host:", "caller:",
"reporter:"), one role per named person, presenters' teases, and the name a role's unlabelled
turns carry. Called by `markedroles` and `turns`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .speakercues import Unit
from .speakers import GUEST, HOST, OTHER

HOST_WORDS = frozenset("host anchor presenter moderator interviewer".split())
GUEST_WORDS = frozenset("guest caller panelist commentator".split())
OTHER_WORDS = frozenset(
    "reporter correspondent announcer narrator voice speaker audience crowd man woman male "
    "female child interpreter translator".split())


def label_role(label: str | None) -> int | None:
    """The role a label's first or last word names ("host", "guest", "caller", "reporter"),
    else None (a name)."""
    if not label:
        return None
    words = label.casefold().split()
    for known, role in ((HOST_WORDS, HOST), (GUEST_WORDS, GUEST), (OTHER_WORDS, OTHER)):
        if words[0] in known or words[-1] in known:
            return role
    return None


def one_role_per_name(roles: list[int], labels: Sequence[str | None], opens: int) -> None:
    """Give every turn a name labels (not a role label) from the programme's opening on the
    role most of that name's turns have (a tie goes to host, then guest), in place: a named
    person keeps one role through a programme (the co-presenter whose news read the decoder
    took for a report, the guest whose short reply it took for the host's)."""
    named: dict[str, list[int]] = {}
    for k in range(opens, len(roles)):
        label = labels[k]
        if label and label_role(label) is None:
            named.setdefault(label.casefold(), []).append(k)
    for ks in named.values():
        votes = [sum(1 for k in ks if roles[k] == r) for r in (HOST, GUEST, OTHER)]
        role = max((HOST, GUEST, OTHER), key=lambda r: (votes[r], -r))
        for k in ks:
            roles[k] = role




def teases(roles: list[int], labels: Sequence[str | None], opens: int) -> None:
    """Make host, in place, a turn before the programme's opening that a name labels which
    labels a host turn from the opening on: a presenter's headline tease ahead of the
    programme (the turns before the opening are otherwise teases of others, clips or the
    last programme's end)."""
    hosts = {label.casefold() for label, r in zip(labels[opens:], roles[opens:])
             if label and r == HOST and label_role(label) is None}
    for k, label in enumerate(labels[:opens]):
        if label and label_role(label) is None and label.casefold() in hosts:
            roles[k] = HOST


def sole_names(labels: Sequence[str | None], states: Sequence[int]) -> dict[int, str]:
    """Host and guest: the one name (casefolded) that labels turns of that role, when just one
    does: the role's unlabelled turns are that speaker's too (captions name a speaker on some
    turns only)."""
    names: dict[int, set[str]] = {}
    for label, s in zip(labels, states):
        if label and s != OTHER and label_role(label) is None:
            names.setdefault(s, set()).add(label.casefold())
    return {s: next(iter(found)) for s, found in names.items() if len(found) == 1}


def several_voices(units: Sequence[Unit], states: Sequence[int]) -> frozenset[int]:
    """Host and guest: the roles two turns in a row were given (turns with words; a marker
    between them is a change of voice, so the role's unlabelled turns are not one speaker's):
    a name, from a label (`sole_names`) or a turn naming itself, stays on its own turns."""
    spoken = [s for u, s in zip(units, states) if u.words]
    return frozenset(a for a, b in zip(spoken, spoken[1:]) if a == b and a != OTHER)


def sole_reach(labels: Sequence[str | None], states: Sequence[int]
               ) -> dict[int, tuple[str, int, int]]:
    """`sole_names` with the turns each name reaches: from its first labelled turn to its last
    (an unlabelled turn of the role before the speaker is first named, or after the last time,
    was on the dev pages as often a credit's, a clip's or the next programme's)."""
    reach: dict[int, tuple[str, int, int]] = {}
    for s, name in sole_names(labels, states).items():
        ks = [k for k, label in enumerate(labels) if label and label.casefold() == name]
        reach[s] = (name, ks[0], ks[-1])
    return reach


LABELLED_EACH = 3
"""A name labelling at least this many turns of its role, and at least two of every three of
the role's turns in its reach, is written at each of its speaker's turns (a news anchor's
"woodruff:")."""


def unnamed_between_others(labels: Sequence[str | None], states: Sequence[int],
                           reach: dict[int, tuple[str, int, int]]) -> frozenset[int]:
    """The unlabelled turns inside a sole name's reach (`sole_reach`) that stay unnamed: where
    the captioner writes the name at each of its speaker's turns (`LABELLED_EACH`), a bare
    turn of the role whose neighbours are both other voices (`OTHER`: credits, clips, a
    promo) is one the decoder gave the role by default, not the named speaker's (qa27:
    underwriting credits read between a news anchor's labelled turns took her name). A bare
    turn in an exchange with the other role keeps the name (a label the captioner garbled)."""
    out: set[int] = set()
    n = len(states)
    for s, (name, first, last) in reach.items():
        named = sum(1 for label in labels if label and label.casefold() == name)
        bare = [k for k in range(first, last + 1) if labels[k] is None and states[k] == s]
        if named < LABELLED_EACH or named < 2 * len(bare):
            continue
        out.update(k for k in bare if (k == 0 or states[k - 1] == OTHER)
                   and (k + 1 == n or states[k + 1] == OTHER))
    return frozenset(out)
