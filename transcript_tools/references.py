"""Names from reference texts: the properly cased names (people, places, organisations,
acronyms) that a news article on the same story contains.

Called by `Lexicon.build` for each reference text.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .errors import InputError
from .vocabulary import vocabulary

# A capitalised word (hyphenated capitalised parts included: "Guinea-Bissau"), or an
# acronym. Runs join words separated by one space (never a line break) or a lowercase joiner.
_CAP = r"(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-‐]\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}{2,}(?![\p{Ll}]))"
_RUN_RE = regex.compile(
    rf"(?<![\p{{L}}\-‐])({_CAP}(?:['’]s\b)?(?:[ ](?:(?:of|the|de|al|von|van|bin|la|du|da|"
    rf"del|der|le|el)[ ])?{_CAP}(?:['’]s\b)?)*)")
_SENT_START_RE = regex.compile(r"(?:^|[.!?:;\"“”'‘’(/\-–—]\s*|\n\s*)$")
_POSSESSIVE_RE = regex.compile(r"['’]s$")

_WEB_PAGE_RE = regex.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    regex.I | regex.S)


def refuse_web_page(text: str, path: str | None = None) -> None:
    """`InputError` for a reference that is a saved web page (HTML) rather than the article's
    text: its markup, scripts and menus ("DOCTYPE", "Cookie Settings") would join the lexicon
    as names."""
    if _WEB_PAGE_RE.match(text):
        raise InputError("an HTML page, not the article's text (its markup and menus would be "
                         "read as names): save the article's text as plain text and give that",
                         path=path)


COMMON_ZIPF = 5.0
"""A capitalised word more frequent than this in English (symspellpy counts) is a name only
when it is seen inside a longer name or capitalised mid-sentence more often than not."""

# Titles and roles that precede names but are not part of them (generic English).
_TITLES = frozenset(
    "president prime minister foreign defence defense interior finance secretary general "
    "chancellor king queen prince princess senator governor mayor ambassador spokesman "
    "spokeswoman spokesperson chairman chairwoman chief leader commander deputy vice "
    "former acting mr mrs ms dr sir lord lady pope bishop judge justice officer director "
    "envoy speaker captain coach professor pm "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split())
_FUNCTION = frozenset(
    "a an the and or but if of in on at to for by with from as is was are were be been this "
    "that these those it its he she they we you i his her their our my your there here when "
    "where while after before during since until meanwhile however also".split())


def _split_titles(run: str) -> list[str]:
    """A run split at titles and roles: "Prime Minister Jacinda Ardern" -> ["Jacinda
    Ardern"]; "Chilean President Gabriel Boric" -> ["Chilean", "Gabriel Boric"]."""
    parts: list[list[str]] = [[]]
    for word in run.split(" "):
        if word.lower() in _TITLES or word.lower() in _FUNCTION and not parts[-1]:
            parts.append([])
        else:
            parts[-1].append(word)
            if _POSSESSIVE_RE.search(word):   # "Chile's PM": the possessor ends a name
                parts.append([])
    out = []
    for p in parts:
        while p and p[-1].lower() in _FUNCTION:
            p.pop()
        if p:
            out.append(" ".join(p))
    return out


def names_in_reference(text: str) -> Iterator[str]:
    """The names a reference text contains, in order of first appearance, each once.

    A run of capitalised words is split at titles ("Prime Minister"), its possessive dropped
    ("Chile's"); a run seen only at sentence starts must be rare in English (so "The" and
    "Conflicts" are not names); common capitalised words alone ("Western", "Handout") must be
    capitalised mid-sentence at least twice.
    """
    v = vocabulary()
    seen: dict[str, list[int]] = {}
    order: list[str] = []
    for m in _RUN_RE.finditer(text):
        starts_sentence = bool(_SENT_START_RE.search(text[max(0, m.start() - 3):m.start()]))
        first = True
        for part in _split_titles(m.group(1)):
            words = [_POSSESSIVE_RE.sub("", w) for w in part.split(" ")]
            name = " ".join(words).strip("-‐")
            if len(name) < 2:
                continue
            if name not in seen:
                seen[name] = [0, 0]
                order.append(name)
            possessive = bool(_POSSESSIVE_RE.search(part))   # "Chile's": a name
            seen[name][0 if starts_sentence and first and not possessive else 1] += 1
            first = False
    for name in order:
        initial, inner = seen[name]
        words = name.split(" ")
        if len(words) == 1:
            w = words[0]
            if w.isupper() and len(w) >= 2:
                yield name
                continue
            zipf = v.zipf(w)
            if zipf >= COMMON_ZIPF and inner < 2:
                continue
            if inner == 0 and (zipf >= 4.0 or zipf >= 3.0 and _lowercase_seen(text, w)):
                continue
            yield name
        elif any(v.zipf(w) < COMMON_ZIPF or w.isupper() for w in words):
            yield name
        elif inner >= 1:
            yield name


def _lowercase_seen(text: str, word: str) -> bool:
    return regex.search(rf"(?<!\p{{L}}){regex.escape(word.lower())}(?!\p{{L}})", text) \
        is not None
