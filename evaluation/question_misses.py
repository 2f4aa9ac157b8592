"""Every missed and every wrong question mark on the dev pages, for reading (never committed).

Run as ``python evaluation/question_misses.py [OUT]``: the same pages and scoring as
`evaluation/sentences.py` (the captioners' marks stripped, their "?" as truth). For each page,
each gold "?" the stage did not write (``MISS``) and each "?" it wrote where the captioner did
not (``WRONG``), it prints the sentence as the stage segmented it and the captioner's sentence
around the same word, both as lowercase keys. Output goes to OUT (default stdout); it holds page
text, so write it outside the repository. Judged pages (`evaluation/judged.py`; 54 of the dev
pages are names hold-out pages) are never listed: their misses and wrong marks are counted only.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from judged import judged_ids  # noqa: E402
from sentences import pages_dir, predicted, strip_punctuation  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.sentences import SentenceSplitter  # noqa: E402


def _sentence(words: list[str], ends: set[int], k: int) -> str:
    """The words of the sentence holding word ``k`` (ends: word ordinals that end one)."""
    a = k
    while a > 0 and a - 1 not in ends:
        a -= 1
    b = k
    while b < len(words) - 1 and b not in ends:
        b += 1
    return " ".join(words[a:b + 1])


def listing(text: str, splitter: SentenceSplitter) -> list[tuple[str, str, str]]:
    """(kind, the stage's sentence, the captioner's sentence) for each miss and wrong mark."""
    doc = parse(text)
    gold_marks, gold_words = predicted(doc)
    out = splitter(parse(strip_punctuation(text, doc)))
    got_marks, got_words = predicted(out)
    if len(got_words) != len(gold_words):
        return []
    keys = [doc.tokens[i].text.lower() for i in gold_words]
    last = len(gold_words) - 1
    g_end = {k for k, w in enumerate(gold_words) if w in gold_marks}
    p_end = {k for k, w in enumerate(got_words) if w in got_marks}
    g_q = {k for k, w in enumerate(gold_words) if gold_marks.get(w) == "?" and k != last}
    p_q = {k for k, w in enumerate(got_words) if got_marks.get(w) == "?" and k != last}
    rows = []
    for kind, where in (("MISS", g_q - p_q), ("WRONG", p_q - g_q)):
        for k in sorted(where):
            rows.append((kind, _sentence(keys, p_end, k) + (" ?" if k in p_q else ""),
                         _sentence(keys, g_end, k) + (" ?" if k in g_q else "")))
    return rows


def main() -> int:
    out = open(sys.argv[1], "w", encoding="utf-8") if len(sys.argv) > 1 else sys.stdout
    splitter = SentenceSplitter(Options())
    counts = {"MISS": 0, "WRONG": 0}
    held = {"MISS": 0, "WRONG": 0}
    judged = judged_ids()
    for page in sorted(pages_dir().glob("*.txt")):
        for kind, ours, theirs in listing(page.read_text(encoding="utf-8"), splitter):
            if page.stem in judged:
                held[kind] += 1
                continue
            counts[kind] += 1
            print(f"{kind} {page.stem}\n  stage:      {ours}\n  captioner:  {theirs}",
                  file=out)
    print(f"misses {counts['MISS']}, wrong {counts['WRONG']} (listed); judged pages, counted "
          f"only: misses {held['MISS']}, wrong {held['WRONG']}", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
