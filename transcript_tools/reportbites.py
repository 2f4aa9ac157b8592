"""Sound bites inside a report: the unlabelled marked turns between two of a reporter's labels
are the report's (`other`); called by `markedroles.marked_roles`.

News captions label the reporter's turns ("reporter:", "correspondent:") and mark the sound
bites the report carries (residents, officials, witnesses) with a bare ``>>``; the decoder,
which weighs a turn by its words, reads such a bite as a host or a guest. A run of unlabelled
turns with a reporter's label on both sides is the report's, but for a turn that asks (the
presenter's question to a reporter live: "any word of an arrest?"), thanks, greets, steers or
presents, one with a sentence that hands over to a reporter or names one (the presenter
between two reports), one longer than a bite, and the answer to a question the turn before
asked (an interview on the scene: the decoder's role stands), unless the reporter asked it
at the close of a turn that narrates first and their label comes back right after the answer
asking nothing (a recorded report's question: no exchange follows). After the last reporter's
label, the excerpt's last turns (`TAIL_TURNS` at most) are the report's last bites when they
pass the same test and their speaker speaks of themselves (`SPEAKS_FOR_SELF`: a presenter's
next story, which such a tail also holds on local news pages, speaks of others).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from .scans import indices
from .speakercues import Cues, Unit, cues

REPORTER_WORDS = frozenset("reporter correspondent".split())
HANDS_OVER = (("has", "the", "story"), ("with", "the", "story"), ("with", "our", "report"),
              ("is", "live"), ("live", "with"), ("with", "more"), ("has", "more"),
              ("live", "from"), ("standing", "by"), ("joins", "us"))
"""A presenter's hand-over to a reporter, live or recorded ("jane doe is live with more")."""
TO_REPORTER = (("has", "the", "story"), ("with", "the", "story"), ("with", "our", "report"),
               ("is", "live"), ("live", "with"), ("with", "more"), ("has", "more"),
               ("with", "the", "latest"), ("standing", "by"))
"""A presenter's hand-over that only a reporter takes: `HANDS_OVER` less "joins us" and "live
from" (a guest joins too; "live from" is a station's or a reporter's own sign-off), and "the
latest" added."""
_TO_REPORTER_LAST = frozenset(p[-1] for p in TO_REPORTER)
"""The last words of `TO_REPORTER`'s phrases: a sentence with none of them hands over to no
reporter (a quick test before the scan)."""
_TO_REPORTER_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in TO_REPORTER if p[0] == w) for w in {p[0] for p in TO_REPORTER}}
"""`TO_REPORTER`'s phrases by their first word (a sentence is scanned once)."""
MORE_AFTER = frozenset("on from is in at about now tonight live".split())
"""Words that may follow "more" in a hand-over ("has more on the fire", "with more is jane
doe"); any other ("with more vigor", "with more than") is no hand-over."""
BITE_WORDS = 100
"""Most words of a sound bite: a longer unlabelled turn between a reporter's labels was, on
unannotated local news pages, as often a presenter's read or a forecast that a bite's
marker ran into."""
_THANKS = frozenset("thank thanks".split())
TAIL_TURNS = 2
"""Most unlabelled turns after the last reporter's label, up to the excerpt's end, that may be
the report's last sound bites (`bites`)."""
SPEAKS_FOR_SELF = frozenset("i me my mine myself i'm i've i'd i'll".split())
"""Words of a sound bite's speaker telling their own story ("i heard a bang"): a bite after the
last reporter's label says one of them, a presenter's next story (third person) does not."""


def is_reporter(label: str | None) -> bool:
    """Whether a label names a reporter ("reporter:", "correspondent:", "cbs correspondent:")."""
    if not label:
        return False
    words = label.casefold().split()
    return words[0] in REPORTER_WORDS or words[-1] in REPORTER_WORDS


def _holds(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p
               for p in phrases for i in range(len(words) - len(p) + 1))


def between_reports(sentence: Sequence[str]) -> bool:
    """Whether a sentence (its words) is a presenter's between reports: it thanks someone
    ("thank you, jane."), hands over to a reporter (`HANDS_OVER`) or names one ("cbs reporter
    jane doe shows us ...")."""
    return bool(sentence) and (sentence[0] in _THANKS or not REPORTER_WORDS.isdisjoint(sentence)
                               or _holds(sentence, HANDS_OVER))


def reported(c: Cues, sentences: Sequence[Unit], presents: bool) -> bool:
    """Whether a turn (its cues, its sentences, whether it presents the programme) may be a
    report's own: it does not ask, thank, greet, steer or present, holds no sentence between
    reports (`between_reports`) and is no longer than a sound bite (`BITE_WORDS`)."""
    return not (c.question or c.thanks or c.greeting or c.audience or c.steer
                or c.length > BITE_WORDS or presents
                or any(between_reports(u.words) for u in sentences))


def handed_over(labels: Sequence[str | None], unit_cues: Sequence[Cues],
                sentences: Sequence[Sequence[Unit]], presents: Sequence[bool]) -> list[bool]:
    """Per marked turn: whether it is the reporter's first, unlabelled, right after a turn whose
    last sentence hands over to a reporter (`to_reporter`), when it does not itself ask,
    present or close on a greeting (the presenter's own "jane is in london. good morning."; a
    reporter may open on a greeting or thanks: "hi there, jim"); and the unlabelled turns
    after it up to the reporter's first label when each may be the report's (`reported`):
    the report's opening narration and bites before its captions name the reporter."""
    out = [False] * len(labels)
    for k in range(1, len(labels)):
        if labels[k] is None and sentences[k - 1] and sentences[k] \
                and not unit_cues[k].question and not presents[k] \
                and to_reporter(sentences[k - 1][-1].words) \
                and not cues(sentences[k][-1]).greeting:
            out[k] = True
            j = k + 1
            while j < len(labels) and labels[j] is None \
                    and reported(unit_cues[j], sentences[j], presents[j]):
                j += 1
            if j < len(labels) and is_reporter(labels[j]):
                out[k + 1:j] = [True] * (j - k - 1)
    return out


def to_reporter(words: Sequence[str]) -> bool:
    """Whether a sentence hands over to a reporter (`TO_REPORTER`; "more" followed by nothing
    or by one of `MORE_AFTER`), or ends on "reports" after a name ("... jane doe reports.",
    "as jane doe reports."; "the paper reports that ..." goes on)."""
    if len(words) >= 3 and words[-1] == "reports":
        return True  # "... jane doe reports.": the report follows
    if _TO_REPORTER_LAST.isdisjoint(words):
        return False
    n = len(words)
    # (only where a phrase's first word stands: found at C speed)
    for i in compress(indices(n), map(_TO_REPORTER_BY_FIRST.__contains__, words)):
        for p in _TO_REPORTER_BY_FIRST[words[i]]:
            m = len(p)
            if i + m <= n and tuple(words[i:i + m]) == p and (
                    p[-1] != "more" or i + m == n or words[i + m] in MORE_AFTER):
                return True
    return False


def bites(labels: Sequence[str | None], unit_cues: Sequence[Cues],
          sentences: Sequence[Sequence[Unit]], presents: Sequence[bool]) -> list[bool]:
    """Per marked turn (its label, cues, sentences, and whether it presents the programme):
    whether it is a sound bite inside a report (see the module's docstring)."""
    out = [False] * len(labels)

    def bite(j: int) -> bool:
        return not (any(cues(u).question for u in sentences[j - 1]) and not packaged(j)) \
            and reported(unit_cues[j], sentences[j], presents[j])

    def packaged(j: int) -> bool:
        # the reporter's question in their recorded report: it closes a turn that narrates
        # first, and the reporter's label comes back right after the answer, asking nothing
        return is_reporter(labels[j - 1]) and len(sentences[j - 1]) > 1 \
            and not any(cues(u).question for u in sentences[j - 1][:-1]) \
            and j + 1 < len(labels) and is_reporter(labels[j + 1]) \
            and not unit_cues[j + 1].question

    before = -1   # the last labelled turn so far
    for k, label in enumerate(labels):
        if label is None:
            continue
        if is_reporter(label) and before >= 0 and is_reporter(labels[before]):
            for j in range(before + 1, k):
                out[j] = bite(j)
        before = k
    if before >= 0 and is_reporter(labels[before]) and len(labels) - before - 1 <= TAIL_TURNS:
        for j in range(before + 1, len(labels)):
            out[j] = any(not SPEAKS_FOR_SELF.isdisjoint(u.words) for u in sentences[j]) \
                and bite(j)
    return out
