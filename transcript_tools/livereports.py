"""A reporter live from the scene, told by what an unlabelled marked turn says of where it is
spoken; called by `markedroles.marked_roles`.

News captions often lose a live reporter's label (an excerpt that opens mid-report, a ``>>``
with no ``reporter:``), and the decoder reads the long unlabelled turn as the host's or a
guest's. A reporter on the scene speaks of it: "here" of a place ("the damage here"), "behind
me", "you can see", "we understand", "on the scene". One such cue is common anywhere (a guest
"here in the city", an anchor's "you can see" over pictures); a turn holding two different
kinds of them was, on the unannotated local news pages, a reporter's live report nearly every
time.
"""

from __future__ import annotations

from collections.abc import Sequence

SCENE_PAIRS = frozenset({("behind", "me"), ("we", "understand"), ("on", "the"), ("at", "the")})
"""Two-word starts of a scene cue ("behind me", "we understand", "on/at the scene")."""
_SCENE = "scene"
NOT_PLACE_AFTER = frozenset("to with is are now tonight today this and for".split())
"""Words after which "here" is no place ("here to talk", "here with me", "here is")."""
NOT_PLACE_BEFORE = frozenset("right from out of get".split())
"""Words before which "here" is no place of the speaker's ("get out of here", "right here"
as a clip's)."""
KINDS = 2
"""Different kinds of scene cue a live report holds."""
_KEYS = frozenset("here behind understand scene see".split())
"""One word of each kind of scene cue: a turn with fewer than `KINDS` of them holds no live
report (a quick test before the scan)."""


def scene_cues(words: Sequence[str]) -> frozenset[str]:
    """The kinds of scene cue a turn's words hold: "here" of a place, "behind me", "you can
    see", "we understand", "on the scene" / "at the scene"."""
    kinds: set[str] = set()
    n = len(words)
    for i, x in enumerate(words):
        if x == "here":
            if (i + 1 == n or words[i + 1] not in NOT_PLACE_AFTER) and (
                    i == 0 or words[i - 1] not in NOT_PLACE_BEFORE):
                kinds.add("here")
        elif i + 1 < n and (x, words[i + 1]) in SCENE_PAIRS:
            if x in ("on", "at"):
                if i + 2 < n and words[i + 2] == _SCENE:
                    kinds.add(_SCENE)
            else:
                kinds.add(f"{x} {words[i + 1]}")
        elif x == "you" and i + 2 < n and words[i + 1] == "can" and words[i + 2] == "see":
            kinds.add("you can see")
    return frozenset(kinds)


def live_report(words: Sequence[str]) -> bool:
    """Whether a turn's words hold `KINDS` different kinds of scene cue (`scene_cues`)."""
    return len(_KEYS.intersection(words)) >= KINDS and len(scene_cues(words)) >= KINDS
