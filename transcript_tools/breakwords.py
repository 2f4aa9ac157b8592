"""The word classes the caption line breaker weighs (conjunctions, prepositions, determiners,
auxiliaries, ...): plain sets, read by `linebreak` and by `evaluation/layout_breaks.py`.
"""

from __future__ import annotations

import calendar

from .numberwords import ABOVE_ONE
from .streets import ROAD_WORDS

CONJUNCTIONS = frozenset(
    "and but or nor because which that so while whereas although though unless whether if "
    "when where who whom whose since until as than".split())
PREPOSITIONS = frozenset(
    "of in on at for with from by about into onto over under after before between through "
    "during without against towards toward within across among around behind beyond despite "
    "like near upon via per to".split())
DETERMINERS = frozenset(
    "a an the this these those my your his her its our their some any every each no another "
    "such what whose either neither".split())
TITLES = frozenset("mr mrs ms dr st prof gen sen rep gov lt col sgt capt rev mr. mrs. ms. dr. "
                   "st. prof. gen. sen. rep. gov. lt. col. sgt. capt. rev.".split())
PRONOUNS = frozenset("i you he she we they it".split())
SUBJECT_PRONOUNS = frozenset("i he she we they".split())
"""Pronouns that are only subjects: the next word is their verb ("i | like" splits them even
where "like" could be a preposition)."""
NUMBER_WORDS = ABOVE_ONE | frozenset(
    "hundred thousand million billion trillion dozen first second third fourth fifth sixth "
    "seventh eighth ninth tenth".split())
"""Spelled numbers and ordinals, kept with the noun after them like figures ("two | minutes",
"the second | wave"); not "one", also a pronoun ("the one | who")."""
NUMBERED = ROAD_WORDS | {"channel"} | {m.lower() for m in calendar.month_name if m}
"""Words a number completes ("Highway | 17", "October | 12"), kept with it like a station's
letters."""
PARTICLES = frozenset("up out off down back away".split())
"""Particles a break should not take from their verb ("strikes | out", "give | up")."""
AUXILIARIES = frozenset(
    "is are was were be been being am have has had will would shall should can could may "
    "might must do does did not very".split())
MODALS = frozenset("will would shall should can could may might must do does did not".split())
"""Auxiliaries after which "like" or "help" is a verb ("would | like" parts the verb)."""
CONTRACTED = ("n't", "n’t", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'re", "’re", "'m", "’m")
"""Endings of a word that holds an auxiliary ("doesn't", "we'll", "we're"): its verb follows."""
POSSESSIVE_ENDS = ("'s", "’s")
NOT_POSSESSIVE = frozenset(
    "it that there here what who he she where how let why when everybody everyone somebody "
    "someone nobody something nothing everything one".split())
"""Words whose "'s" is "is", "has" or "us" ("it's", "let's"), not a possessive."""
QUANTIFIERS = frozenset("many much few several other most both".split())
"""Words that quantify a noun as a determiner does ("many | discrepancies"), though less
firmly (also pronouns: "many | remain")."""
