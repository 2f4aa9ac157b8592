"""A presenter's own moves on marked input that no sound bite, clip or report makes: opening
a story in the programme's voice, handing over to a reporter, and telling what the programme
brings next; called by `markedroles.marked_roles`.

A programme's presenter opens the first story, or the first topic of an interview, in the
programme's voice: "we begin tonight with ...", "we will begin with ...", "let's start with
...". A clip, a report's bite or a guest speaks of their own matter, not of the programme's
running order. Such a sentence at a turn's start marks the turn as the presenter's even where
the decoder reads its third-person narration as a recording's. A turn whose last sentence
hands a story over to a reporter ("jane doe has the story", `reportbites.to_reporter`) is the
presenter's too, from the programme's opening on: the reporter takes the floor after it. And
once the programme has opened, a turn that tells what comes next ("coming up", "still to
come", `promos.looks_ahead`) with no schedule's time in it (`promos.announcement`) is the
presenter's tease, not a promo's.
"""

from __future__ import annotations

from collections.abc import Sequence

from .promos import announcement, looks_ahead
from .reportbites import SPEAKS_FOR_SELF, to_reporter
from .speakercues import Unit

LEADS = frozenset("and but now so well okay ok all right".split())
"""Words a story's opening may follow at a sentence's start ("and we begin with ...")."""
PROGRAMME_VOICE = (("we",), ("we'll",), ("we", "will"), ("let's",), ("let", "us"),
                   ("we", "are", "going", "to"), ("we're", "going", "to"))
"""The programme's own voice before the verb of its running order."""
BEGINS = frozenset("begin start open lead".split())
"""Verbs of a programme's running order ("we begin with", "let's start with")."""
WHEN_WORDS = frozenset("tonight today this morning evening afternoon hour here again "
                       "off first".split())
"""Words that may stand between the verb and "with" ("we begin tonight with", "we start this
morning with", "let's start off with")."""
WHEN_SPAN = 3
"""Most such words between the verb and "with"."""


def opens_story(words: Sequence[str]) -> bool:
    """Whether a sentence (its words) opens with the programme's running order: "(and) we
    begin (tonight) with", "we will start with", "let's begin with"."""
    i = 0
    while i < 2 and i < len(words) and words[i] in LEADS:
        i += 1
    if i + 1 < len(words) and (words[i], words[i + 1]) == ("all", "right"):
        i += 2
    for voice in PROGRAMME_VOICE:
        j = i + len(voice)
        if tuple(words[i:j]) != voice or j >= len(words) or words[j] not in BEGINS:
            continue
        for k in range(j + 1, min(j + 2 + WHEN_SPAN, len(words))):
            if words[k] == "with":
                return True
            if words[k] not in WHEN_WORDS:
                break
    return False


def starts_story(sentences: Sequence[Unit]) -> bool:
    """Whether a turn's first sentence opens a story in the programme's voice
    (`opens_story`)."""
    return bool(sentences) and opens_story(sentences[0].words)


def hands_to_reporter(sentences: Sequence[Unit]) -> bool:
    """Whether a turn closes by handing over to a reporter (`reportbites.to_reporter` on its
    last sentence), as a presenter does: the sentence is no schedule's read
    (`promos.announcement`: "tonight at 11, jane doe has the story") and its speaker does not
    speak of themselves (a bite's "I" that happens to say "has more")."""
    if not sentences:
        return False
    last = sentences[-1].words
    return to_reporter(last) and not announcement(last) and SPEAKS_FOR_SELF.isdisjoint(last)


def teases_next(words: Sequence[str]) -> bool:
    """Whether a turn (its words) tells what the programme brings next ("coming up", "stay
    with us": `promos.looks_ahead`) and is no schedule's or sponsor's read
    (`promos.announcement`: "tonight at 11 on channel 4")."""
    return looks_ahead(words) and not announcement(words)


__all__ = ["hands_to_reporter", "opens_story", "starts_story", "teases_next"]
