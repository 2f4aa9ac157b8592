"""Names from reference texts: the properly cased names a news article on the story contains.

Called by `Lexicon.build` for each reference text.
"""

from __future__ import annotations

from typing import Iterator

import regex

# A run of capitalised words (with lowercase joiners inside, "Court of Human Rights"),
# or an acronym. Hyphenated parts count as one word.
_CAP = r"(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}{2,}s?)"
_RUN_RE = regex.compile(rf"{_CAP}(?:\s+(?:(?:of|the|de|al|von|van|bin|la|du|da)\s+)?{_CAP})*")
_SENT_START_RE = regex.compile(r"(?:^|[.!?\"“”]\s+|\n\s*)$")


def names_in_reference(text: str) -> Iterator[str]:
    """Capitalised runs that are names: kept when seen capitalised mid-sentence at least once
    (a sentence-initial "The" is not a name) and not a lone common function word."""
    seen: dict[str, int] = {}
    midsentence: set[str] = set()
    for m in _RUN_RE.finditer(text):
        run = m.group().strip()
        run = regex.sub(r"['’]s$", "", run)
        starts_sentence = bool(_SENT_START_RE.search(text[max(0, m.start() - 3):m.start()]))
        if starts_sentence and " " in run:
            first, rest = run.split(" ", 1)
            if first.lower() in _FUNCTION:
                run, starts_sentence = rest, False
        if run.lower() in _FUNCTION or len(run) < 2:
            continue
        seen[run] = seen.get(run, 0) + 1
        if not starts_sentence:
            midsentence.add(run)
    for run in seen:
        if run in midsentence:
            yield run


_FUNCTION = frozenset(
    "a an the and or but if of in on at to for by with from as is was are were be been "
    "this that these those it its he she they we you i his her their our my your there "
    "here when where while after before during since until meanwhile however also "
    "monday tuesday wednesday thursday friday saturday sunday".split())
