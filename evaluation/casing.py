"""Truecasing measured against properly cased caption text. Run:
``python evaluation/casing.py [-v] [PAGES_DIR]``.

Each page (a ``.txt`` file of caption text written in mixed case by a careful captioner; the
pages are listed in ``tests/data/casing/README.md`` and kept outside the repository, by
default in ``/work/devdata/casing/pages``, or ``$TT_DEVCASING``) is lowercased and cleaned,
once with ``Options(names=False, turns=False)`` and once with the default options. The output
words are aligned with the original words (difflib over lowercased words) and, over the
original words that are not at a sentence start (after ``.``, ``?`` or ``!``, or first on a
line) and are not "I" (or "I'm", "I'll", ...), the script counts:

- capitals: right (both capitalised), wrong (the output capitalises a word the captioner wrote
  in lowercase), missed (the captioner capitalised, the output did not);
- initialisms (all capitals, "MPs" included) apart: right, wrong (the output writes one where
  the captioner did not), missed (the captioner wrote one, the output did not).

It prints precision / recall / F1 for each options line, the number of pages and words, and
with ``-v`` every wrong and missed word with four words of context each side, grouped by the
word, most frequent first. Words the output changed (spelling, names) are aligned one to one
where difflib replaces as many words as it removes, else left out and counted as unaligned.
The page text is printed only with ``-v`` and never written to a file.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from check_pages import devdata  # noqa: E402

_WORD = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_END = re.compile(r"[.?!][\"'”’)\]]*$")


def pages_dir() -> Path:
    """``$TT_DEVCASING``, else ``casing/pages`` of the stored page texts (`check_pages`)."""
    env = os.environ.get("TT_DEVCASING")
    return Path(env) if env else devdata() / "casing" / "pages"


@dataclass
class Token:
    raw: str
    core: str
    start: int
    line_start: bool


def tokens(text: str) -> list[Token]:
    """Whitespace tokens with their core (outer punctuation stripped); tokens without a
    letter or digit are dropped, but a line start carries over them (a dialogue dash)."""
    out: list[Token] = []
    line_start = True
    for m in _WORD.finditer(text):
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
            line_start = True
        core = _EDGE.sub("", m.group())
        if not core:
            continue
        out.append(Token(m.group(), core, m.start(), line_start))
        line_start = False
    return out


def _letters(word: str) -> str:
    return "".join(c for c in word if c.isalpha())


def is_initialism(word: str) -> bool:
    """All capitals over two letters or more ("UK", "U.S.", "BBCQT"), a plural "s" allowed
    ("MPs")."""
    letters = _letters(word)
    if letters.endswith("s") and len(letters) > 2:
        letters = letters[:-1]
    return len(letters) >= 2 and letters.isupper()


def is_capitalised(word: str) -> bool:
    letters = _letters(word)
    return bool(letters) and letters[0].isupper()


def _first_person(core: str) -> bool:
    low = core.lower().replace("’", "'")
    return low == "i" or low.startswith("i'")


@dataclass
class Tally:
    """Counts for one options line."""

    pages: int = 0
    words: int = 0
    scored: int = 0
    unaligned: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    init_right: int = 0
    init_wrong: int = 0
    init_missed: int = 0
    wrong_at_output_start: int = 0
    errors: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(list))
    """``"wrong"``/``"missed"``/``"init wrong"``/``"init missed"`` -> (word, context)."""

    def add(self, other: Tally) -> None:
        for name in ("pages", "words", "scored", "unaligned", "right", "wrong", "missed",
                     "init_right", "init_wrong", "init_missed", "wrong_at_output_start"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind, items in other.errors.items():
            self.errors[kind].extend(items)


def _context(toks: list[Token], i: int, out: list[Token], j: int) -> str:
    """Four words each side in the original, the word as the output wrote it, and the
    output's own four words each side."""
    before = " ".join(t.raw for t in toks[max(0, i - 4):i])
    after = " ".join(t.raw for t in toks[i + 1:i + 5])
    out_before = " ".join(t.raw for t in out[max(0, j - 4):j])
    out_after = " ".join(t.raw for t in out[j + 1:j + 5])
    return (f"{before} [{toks[i].raw} -> {out[j].core}] {after}".strip()
            + f"  | output: {out_before} [{out[j].raw}] {out_after}")


def _pairs(orig: list[Token], out: list[Token]) -> tuple[list[tuple[int, int]], int]:
    a = [t.core.lower() for t in orig]
    b = [t.core.lower() for t in out]
    pairs: list[tuple[int, int]] = []
    unaligned = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
        else:
            unaligned += i2 - i1
    return pairs, unaligned


def score(original: str, output: str) -> Tally:
    """Compare the casing of ``output`` with the captioner's ``original`` (see the module
    docstring for what is counted)."""
    orig = tokens(original)
    out = tokens(output)
    tally = Tally(pages=1, words=len(orig))
    pairs, tally.unaligned = _pairs(orig, out)
    for i, j in pairs:
        o, w = orig[i], out[j]
        at_start = o.line_start or (i > 0 and bool(_END.search(orig[i - 1].raw)))
        if at_start or not _letters(o.core) or _first_person(o.core):
            continue
        tally.scored += 1
        o_init, w_init = is_initialism(o.core), is_initialism(w.core)
        if o_init or w_init:
            if o_init and w_init:
                tally.init_right += 1
            elif o_init:
                tally.init_missed += 1
                tally.errors["init missed"].append((o.core, _context(orig, i, out, j)))
            else:
                tally.init_wrong += 1
                tally.errors["init wrong"].append((o.core, _context(orig, i, out, j)))
            continue
        o_cap, w_cap = is_capitalised(o.core), is_capitalised(w.core)
        if o_cap and w_cap:
            tally.right += 1
        elif w_cap:
            tally.wrong += 1
            out_start = w.line_start or (j > 0 and bool(_END.search(out[j - 1].raw)))
            tally.wrong_at_output_start += out_start
            tag = " (output sentence start)" if out_start else ""
            tally.errors["wrong"].append((o.core, _context(orig, i, out, j) + tag))
        elif o_cap:
            tally.missed += 1
            tally.errors["missed"].append((o.core, _context(orig, i, out, j)))
    return tally


def prf(right: int, wrong: int, missed: int) -> tuple[float, float, float]:
    p = right / (right + wrong) if right + wrong else 1.0
    r = right / (right + missed) if right + missed else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, t: Tally) -> str:
    p, r, f = prf(t.right, t.wrong, t.missed)
    ip, ir, if_ = prf(t.init_right, t.init_wrong, t.init_missed)
    return (f"{name}: {t.pages} pages, {t.words} words, {t.scored} scored, "
            f"{t.unaligned} unaligned\n"
            f"  capitals    right {t.right} wrong {t.wrong} "
            f"({t.wrong_at_output_start} at an output sentence start) missed {t.missed}  "
            f"P {p:.3f} R {r:.3f} F1 {f:.3f}\n"
            f"  initialisms right {t.init_right} wrong {t.init_wrong} missed {t.init_missed}"
            f"  P {ip:.3f} R {ir:.3f} F1 {if_:.3f}")


def details(t: Tally) -> str:
    lines: list[str] = []
    for kind in ("wrong", "missed", "init wrong", "init missed"):
        items = t.errors.get(kind, [])
        lines.append(f"  -- {kind}: {len(items)}")
        groups: dict[str, list[str]] = defaultdict(list)
        for word, ctx in items:
            groups[word.lower()].append(ctx)
        for word, n in Counter({w: len(c) for w, c in groups.items()}).most_common():
            lines.append(f"    {word} ({n})")
            lines.extend(f"      {ctx}" for ctx in groups[word])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from judged import judged_ids

    from transcript_tools import Cleaner, Options

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="?", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    folder = args.pages or pages_dir()
    judged = judged_ids()
    files = [f for f in sorted(folder.glob("*.txt")) if f.stem not in judged]
    if not files:
        print(f"no pages in {folder}", file=sys.stderr)
        return 1
    lines = {"names and turns off": Options(names=False, turns=False),
             "default options": Options()}
    for name, options in lines.items():
        cleaner = Cleaner(options=options)
        total = Tally()
        for f in files:
            original = f.read_text(encoding="utf-8")
            total.add(score(original, cleaner.clean(original.lower()).text))
        print(report(name, total))
        if args.verbose:
            print(details(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
