"""Does cleaning the clean text again change it? Counted on the real pages.

Run as ``python evaluation/idempotence.py [-v] [--spaced]``. Every page of ``devdata/pages`` and
``devdata/interviews*`` is cleaned twice, as given and with the captioners' ``. ? ! , ; :``
stripped (as ``evaluation/sentences.py`` strips them): the clean text is parsed again as
broadcast text (it carries no speaker markers) and cleaned again, as
``fuzz.invariants.check_idempotent`` does, and the script counts the pages whose text changes.
Pages whose first cleaning read speaker markers (">>", labels) are counted apart: the clean text
does not carry that structure (a marker is a fixed sentence start), so the invariant does not
promise them (`check_idempotent` skips them). ``--spaced`` adds a third variant, the page as
given with every third space between two words doubled (captions pasted from pages often
carry runs of spaces; the clean text writes them as one, so its second cleaning must read
them as the first did). ``-v`` prints each changed place of a dev page as a word diff.
Judged pages (``evaluation/judged.py``) are counted in an aggregate only: their text is never
printed.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from check_pages import devdata  # noqa: E402
from judged import judged_ids  # noqa: E402
from sentences import strip_punctuation  # noqa: E402

from transcript_tools import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

DATA = ROOT / "tests" / "data"
def word_diff(a: str, b: str, context: int = 4) -> list[str]:
    """Each changed place, as ``... before [-old-] {+new+} after ...``."""
    return list_diff(a.split(), b.split(), context)


def list_diff(x: list[str], y: list[str], context: int = 4) -> list[str]:
    """`word_diff` of two word lists (`roundtrip.py` compares the words of turns)."""
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        left = " ".join(x[max(0, i1 - context):i1])
        right = " ".join(x[i2:i2 + context])
        old = f"[-{' '.join(x[i1:i2])}-] " if i2 > i1 else ""
        new = f"{{+{' '.join(y[j1:j2])}+}} " if j2 > j1 else ""
        out.append(f"... {left} {old}{new}{right} ...")
    return out


def second_pass(cleaner: Cleaner, text: str) -> tuple[str, str, bool]:
    """The clean text, the text of cleaning it again, and whether the first cleaning read
    speaker markers."""
    t = cleaner.clean(parse(text))
    again = cleaner.clean(parse(t.text, format="broadcast")).text
    return t.text, again, bool(t.document.markers)


def double_spaces(text: str) -> str:
    """``text`` with every third single space between two non-spaces doubled."""
    parts = text.split(" ")
    out = [parts[0]]
    for k, part in enumerate(parts[1:], 1):
        single = part != "" and out[-1] != ""
        out.append(("  " if single and k % 3 == 0 else " ") + part)
    return "".join(out)


def main() -> int:
    verbose = "-v" in sys.argv
    variants = ("given", "stripped", "spaced") if "--spaced" in sys.argv else ("given", "stripped")
    base = devdata()
    held = judged_ids()
    pages = sorted(p for folder in ["pages"] + sorted(
        d.name for d in base.glob("interviews*") if d.is_dir())
        for p in (base / folder).glob("*.txt"))
    cleaner = Cleaner()
    counts = {(h, v, m): [0, 0, 0] for h in (False, True) for v in variants
              for m in (False, True)}
    for page in pages:
        is_held = page.stem in held
        text = page.read_text(encoding="utf-8")
        for variant in variants:
            source = (text if variant == "given" else double_spaces(text)
                      if variant == "spaced" else strip_punctuation(text, parse(text)))
            first, again, marked = second_pass(cleaner, source)
            tally = counts[is_held, variant, marked]
            tally[0] += 1
            if first != again:
                diff = word_diff(first, again)
                tally[1] += 1
                tally[2] += len(diff)
                if verbose and not is_held:
                    print(f"{page.parent.name}/{page.stem} ({variant}"
                          f"{', markers' if marked else ''}):")
                    for line in diff:
                        print("   ", line)
    for is_held in (False, True):
        for variant in variants:
            plain = counts[is_held, variant, False]
            marked = counts[is_held, variant, True]
            name = "held-out" if is_held else "dev"
            print(f"{name:<8} {variant:<8}: {plain[1] + marked[1]} of {plain[0] + marked[0]} "
                  f"pages change on a second clean ({plain[2] + marked[2]} places); without "
                  f"markers {plain[1]} of {plain[0]}, with markers {marked[1]} of {marked[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
