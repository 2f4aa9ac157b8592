"""The user's lexicon: names from a names file or list, and from reference texts.

Built once by `Cleaner` and shared by the name and casing stages.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from .errors import LexiconError

_SPLIT_RE = regex.compile(r"[\s\-‐–]+")


@lru_cache(maxsize=16_384)
def name_key(text: str) -> tuple[str, ...]:
    """The words of a name as compared in lowercase text: ``Guinea-Bissau`` and
    ``guinea bissau`` share a key. Memoised: building the 500-name lexicon's index asks
    4,033 times about 923 texts (~2 us a split)."""
    return tuple(w for w in _SPLIT_RE.split(text.casefold()) if w)


_UNDECOMPOSED = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ı": "i", "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "þ": "th", "Þ": "Th"})
"""Letters that carry their mark in themselves (no NFKD decomposition), as English text
writes them without it: "Søren" as "soren", "Łódź" as "lodz", "Solskjær" as "solskjaer"."""


def unmarked(text: str) -> str:
    """``text`` in NFKD with its combining marks dropped ("Guaidó" -> "Guaido"); letters that
    carry their mark in themselves ("ø", "ł") stay."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def folded(text: str) -> str:
    """``text`` without its diacritics, in its own case: "Müller" -> "Muller", "Erdoğan" ->
    "Erdogan", "Łódź" -> "Lodz" (`unmarked`, then the letters that do not decompose,
    `_UNDECOMPOSED`)."""
    if text.isascii():
        return text
    return unmarked(text).translate(_UNDECOMPOSED)


@dataclass(frozen=True, slots=True)
class Name:
    """A lexicon entry: the spelling to write and where it came from."""

    text: str
    source: str = "names"  # "names" (the user's list) or "reference"
    canonical: str = ""    # the entry's main form when this is an alias or demonym

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.text)


@dataclass(slots=True)
class Lexicon:
    """Names to spell right. ``names`` keeps the user's order; duplicates are dropped."""

    names: list[Name] = field(default_factory=list)
    _keys: dict[tuple[str, ...], Name] = field(default_factory=dict)
    referenced: set[tuple[str, ...]] = field(default_factory=set)
    """Keys of every name found in the reference texts (listed names included)."""

    def add(self, text: str, source: str = "names", canonical: str = "") -> None:
        """Add one form. A form with a comma ("Anthony Weiner, Jr.") is matched and written by
        the part before its first comma, the full form its canonical one: a spoken mention
        rarely says the suffix, and a key word glued to a comma ("weiner,jr.") would make the
        sound-alike matcher reach over a neighbouring word for it."""
        text = " ".join(text.split())
        if not text or any(ch in text for ch in "\n\t"):
            return
        if "," in text:
            main = text.split(",", 1)[0].strip()
            if main and main != text:
                self.add(main, source, canonical or text)
            return
        key = name_key(text)
        if source == "reference" and key:
            self.referenced.add(key)
        if not key or key in self._keys and self._keys[key].source == "names":
            return
        entry = Name(text, source, canonical or text)
        if key not in self._keys:
            self.names.append(entry)
        self._keys[key] = entry

    def get(self, key: tuple[str, ...]) -> Name | None:
        return self._keys.get(key)

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.names)

    @property
    def max_words(self) -> int:
        return max((len(k) for k in self._keys), default=0)

    @classmethod
    def build(cls, names: Iterable[str] | None = None,
              references: Iterable[str] | None = None) -> Lexicon:
        """A lexicon from name lines (``Main | alias | demonym``) and reference texts."""
        lexicon = cls()
        for k, line in enumerate(names or ()):
            if not isinstance(line, str):
                raise TypeError(f"names[{k}] is {type(line).__name__} ({line!r:.40}), not a "
                                "name string")
            lexicon.add_line(line)
        for k, text in enumerate(references or ()):
            if not isinstance(text, str):
                raise TypeError(f"references[{k}] is {type(text).__name__} ({text!r:.40}), "
                                "not a text string (read files first)")
            from .references import names_in_reference, refuse_web_page  # only when used
            refuse_web_page(text, f"references[{k}]")
            for found in names_in_reference(text):
                lexicon.add(found, "reference")
        return lexicon

    def add_line(self, line: str) -> None:
        """One names-file line: ``#`` starts a comment, ``|`` separates aliases."""
        line = line.split("#", 1)[0].strip()
        if not line:
            return
        forms = [f.strip() for f in line.split("|") if f.strip()]
        for form in forms:
            self.add(form, "names", forms[0])


def read_names_file(path: str | os.PathLike[str]) -> list[str]:
    """Lines of a names file (UTF-8; UTF-16/32 with a byte-order mark), NFC-normalised, with
    invisible characters (zero-width spaces, direction marks, stray BOMs) removed and no-break
    spaces made plain;
    blank lines and duplicates are left to `Lexicon.add_line`, which skips them. Unreadable,
    non-UTF-8 or binary files raise `LexiconError` with the line (a guessed encoding could
    corrupt the very spellings the file is there to enforce)."""
    import unicodedata

    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise LexiconError(f"cannot read names file: {exc.strerror or exc}", path=name) from None
    from .readers import _BOMS, document_kind

    kind = document_kind(data)
    if kind:
        raise LexiconError(f"{kind}, not a names file: save it as plain text (UTF-8), one name "
                           "per line", path=name)
    # a byte-order mark names its encoding (Windows Notepad's "Unicode" is UTF-16): no guess
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise LexiconError(f"names file is not valid {encoding.upper()} after its "
                               "byte-order mark", path=name) from None
        raise LexiconError("names file is not UTF-8 (save it as UTF-8)", path=name,
                           line=data.count(b"\n", 0, exc.start) + 1) from None
    lines = text.splitlines()
    for number, text_line in enumerate(lines, 1):
        bad = next((ch for ch in text_line
                    if unicodedata.category(ch) == "Cc" and ch != "\t"), None)
        if bad is not None:
            raise LexiconError(f"names file has a control character U+{ord(bad):04X}; is it "
                               "binary?", path=name, line=number)
    invisible = r"[\u200b\u200e\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
    return [unicodedata.normalize("NFC", regex.sub(invisible, "", line.replace("\u00a0", " ")))
            for line in lines]

