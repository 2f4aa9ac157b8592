"""Restore the dev page texts on a new machine: what is left to store, and storing it checked.

The page texts are not ours to commit (see ``check_pages.py``). A developer with the
``search`` tool asks its ``pages`` corpus each listed query, copies the results whose address
is listed into a JSON file, and this script writes each one where the evaluation scripts read
it, by the storage rule of its set, and checks it against the annotations:

    python evaluation/restore_pages.py todo [SET...]   # entries not stored yet, by query
    python evaluation/restore_pages.py store FILE...   # FILE: [{"url": ..., "excerpt": ...}]

SET is a devset split (``dev`` for the pages without one, ``dev3``, ``holdout2``, ...) or a
turn folder (``interviews``, ``interviews2`` .. ``interviews5``, ``mono``). An excerpt is the
result's ``excerpt`` string as the tool returns it (JSON escapes kept). ``store`` prints
STORED, BAD (with what does not fit: an annotated offset of the devset, or a turn listing's
``chars``) or UNKNOWN (an address no listing has) per object, and exits 1 on any BAD. Where
the corpus gives a listed page under another scheme (``http://`` for ``https://``) the page is
matched all the same, since its text is then checked like any other.

Restored on 2026-11-28 with this script: 250 of the 251 listed pages (``bbcnews-20190714-1830``
of dev6 never came back, under its query or three longer ones). Pages of several sets share
addresses; one object stores every entry its address has.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_pages import DATA, ENV, LISTINGS, devdata  # noqa: E402

CLOCK = re.compile(r"\d{1,2}:\d\d [ap]m")
NBSP = "\u00a0"
Entry = tuple[str, str, dict[str, Any]]
"""(the entry's set: a devset split or a turn folder; its listing; the entry)."""


def entries() -> list[Entry]:
    """Every listed page: devset pages by split, turn pages by folder."""
    out: list[Entry] = [(str(e.get("split", "dev")), "devset", e)
                        for e in json.loads((DATA / "devset" / "pages.json").read_text("utf-8"))]
    for listing, folder in LISTINGS:
        out += [(folder, listing, e) for e in
                json.loads((DATA / "cases" / "turns" / listing).read_text("utf-8"))]
    return out


def folder_of(entry_set: str, listing: str, base: Path) -> Path:
    """Where a set's pages are stored: ``pages/`` for the devset, else the turn folder (or
    its environment variable, as the evaluation scripts read it)."""
    if listing == "devset":
        return base / "pages"
    env = os.environ.get(ENV[entry_set])
    return Path(env) if env else base / entry_set


def header_plain(text: str) -> str:
    """The devset's rule: non-breaking spaces before the first clock line written as spaces."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if CLOCK.fullmatch(line.strip()):
            break
        lines[i] = line.replace(NBSP, " ")
    return "\n".join(lines)


def without_chrome(text: str) -> str:
    """``interview_pages3.json``'s rule: the page chrome before the header line or the first
    clock line ("Skip to main content" and any notice under it) dropped."""
    if not text.startswith("Skip to main content"):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines[1:], 1):
        bare = line.strip().replace(NBSP, " ")
        if bare.startswith("tv ") or CLOCK.fullmatch(bare):
            return "\n".join(lines[i:])
    return text


def candidates(listing: str, excerpt: str) -> list[str]:
    """The texts a set's rule may have stored, most likely first (``check_pages``' notes)."""
    if listing == "devset":
        return [header_plain(excerpt)]
    if listing == "interview_pages3.json":
        bare = without_chrome(excerpt)
        return [bare, bare + "\n", excerpt, excerpt + "\n"]
    if listing in ("interview_pages2.json", "mono_pages.json"):
        return [excerpt + "\n", excerpt]
    return [excerpt, excerpt + "\n"]


def misfit(listing: str, entry: dict[str, Any], text: str) -> str | None:
    """Why ``text`` is not the annotated page, or None when it fits."""
    if listing == "devset":
        note = json.loads((DATA / "devset" / f"{entry['id']}.json").read_text("utf-8"))
        for m in note.get("garbles", []) + note.get("correct_mentions", []):
            held = text[m["offset"]:m["offset"] + len(m["text"])]
            if held != m["text"]:
                return f"offset {m['offset']} holds {held!r}, the annotation {m['text']!r}"
        return None
    if "chars" in entry and len(text) != entry["chars"]:
        return f"{len(text)} characters, the annotation has {entry['chars']}"
    return None


def _address(url: str) -> str:
    return url.split("://", 1)[-1]


def store(files: list[Path], base: Path) -> int:
    """Store every listed page of ``files``; 1 if any did not fit its annotation."""
    by_address: dict[str, list[Entry]] = defaultdict(list)
    for one in entries():
        by_address[_address(str(one[2]["url"]))].append(one)
    bad = 0
    for file in files:
        for item in json.loads(file.read_text("utf-8")):
            listed = by_address.get(_address(item["url"]))
            if not listed:
                print("UNKNOWN", item["url"])
                continue
            for entry_set, listing, entry in listed:
                where = folder_of(entry_set, listing, base) / f"{entry['id']}.txt"
                if where.exists() and misfit(listing, entry, where.read_text("utf-8")) is None:
                    continue  # stored and fitting already (a second result of one address)
                why = None
                for text in candidates(listing, item["excerpt"]):
                    why = misfit(listing, entry, text)
                    if why is None:
                        where.parent.mkdir(parents=True, exist_ok=True)
                        where.write_text(text, encoding="utf-8")
                        print("STORED", where)
                        break
                if why is not None:
                    bad += 1
                    print("BAD", where, why)
    return 1 if bad else 0


def todo(sets: set[str], base: Path) -> int:
    """Print the entries not stored yet, grouped by their query."""
    by_query: dict[str, list[Entry]] = defaultdict(list)
    for one in entries():
        if sets and one[0] not in sets:
            continue
        if not (folder_of(one[0], one[1], base) / f"{one[2]['id']}.txt").exists():
            by_query[str(one[2]["query"])].append(one)
    for query, listed in by_query.items():
        print(f"QUERY: {query}")
        for entry_set, _, entry in listed:
            print(f"   {entry_set:12} {entry['id']:32} {entry['url']}")
    print(f"{sum(map(len, by_query.values()))} entries to store, {len(by_query)} queries")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("todo", help="entries not stored yet").add_argument("sets", nargs="*")
    verbs.add_parser("store", help="store copied results").add_argument(
        "files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    base = devdata()
    if args.verb == "todo":
        return todo(set(args.sets), base)
    return store(args.files, base)


if __name__ == "__main__":
    sys.exit(main())
