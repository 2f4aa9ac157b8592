"""A comma after an interjection that opens a sentence: "well i think" -> "well, i think",
"yes it is", "okay let's go", "oh i see". Called by the sentence stage once the ends are
chosen (captioners who punctuate write that comma: on the dev pages, 23 of 23 sentences
opening with "well" and 25 of 29 opening with "yes", "yeah", "oh", "ah" or "okay" have it).

The interjections are a closed class of English. One of them that also stands in a phrase
with the next word ("well known", "well over", "no one", "no doubt", "yes sir") is left
alone: the pair standing together far more often than chance in the shipped bigram counts
says so. "no",
"oh" and "ah" also head phrases of their own ("no details", "oh my goodness"), so they take
the comma only before a word that opens a clause (a subject pronoun, "that's", "let's").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .model import Editor, Piece
from .vocabulary import Vocabulary

INTERJECTIONS = frozenset(
    "well yes yeah yep no nope oh ah okay ok alright um uh hmm wow".split())
"""Words that stand before a clause as an interjection and take a comma there."""
_HEADS = frozenset({"no", "oh", "ah"})
"""Interjections that also head a phrase of their own ("no one", "oh my")."""
_CLAUSE_OPENERS = frozenset(
    "i we you he she they it that this there i'm it's that's there's we're you're they're "
    "he's she's let's i've we've you've i'd we'd i'll we'll".split())
"""Words that open a clause: after them a heading word stood alone ("no, it's not")."""
TOGETHER = 2.0
"""A pair standing together this many times as often as chance is one phrase ("well
known": 240 times; "well i": once)."""
_GREETINGS = frozenset("hello hi hey".split())
"""Greetings that take a comma before a clause ("hello, I'm ...")."""
_TIMES_OF_DAY = frozenset("morning afternoon evening".split())
"""After "good", a greeting ("good evening, I'm ..."; "good morning america" names a show and
takes none: only a clause opener after it counts)."""
COMMA_HEADS = INTERJECTIONS | _GREETINGS | {"good"}
"""The words a sentence opens with that `interjection_commas` looks at."""
_PHRASAL = frozenset({"well", "yes", "no"})
"""Interjections that also stand in phrases ("well known", "yes sir", "no doubt"): their pairs
are looked up in the counts. The others ("yeah", "okay") are only interjections, and the
counts of informal pairs are too sparse to ask ("yeah i")."""


def interjection_commas(editor: Editor, words: Sequence[Piece], keys: Sequence[str],
                        gaps: Sequence[tuple[Piece, ...]], ends: Sequence[int],
                        starts: Collection[int], vocab: Vocabulary) -> int:
    """Add a comma after each interjection or greeting that opens a sentence (``starts``:
    word indices) where nothing stands in the gap after it and no sentence ends there; a
    greeting ("hello", "good evening") only before a word that opens a clause ("hello, I'm
    ..."); returns how many."""
    added = 0
    last = len(words) - 1
    for i in starts:
        if i < last and not gaps[i] and not ends[i]:
            # a greeting before a clause: "hello | i'm ...", "good evening | we begin ..."
            g = i + 1 if keys[i] == "good" and keys[i + 1] in _TIMES_OF_DAY else i
            if (g > i or keys[i] in _GREETINGS) and g < last and not gaps[g] \
                    and not ends[g] and keys[g + 1] in _CLAUSE_OPENERS \
                    and keys[g + 1] != "there":  # "hello there" is one greeting
                text = words[g].text
                if text and text[-1] not in ",.;:?!-":
                    editor.replace([words[g]], text + ",", "punctuation", "greeting", 0.8)
                    added += 1
                continue
        if i >= last or keys[i] not in INTERJECTIONS or gaps[i] or ends[i]:
            continue
        word, after = keys[i], keys[i + 1]
        if after in INTERJECTIONS:
            continue  # "oh no", "yes yes", "oh well": one interjection
        if word in _HEADS and after not in _CLAUSE_OPENERS:
            continue
        if word in _PHRASAL and vocab.associated(word, after, TOGETHER):
            continue
        text = words[i].text
        if not text or text[-1] in ",.;:?!-":
            continue
        editor.replace([words[i]], text + ",", "punctuation", "interjection", 0.8)
        added += 1
    return added
