"""A one-word name heard as words whose letters, run together, are the name's ("as tana" for
Astana): judged by sound (`namescore.split_name`), not dropped as a spelling variant of the
name, where one of the words is rare and no seam between them is a pair the bigram counts
know. Common words run together ("green land", "i ran") stay."""

from __future__ import annotations

from transcript_tools import clean

KAZAKHSTAN = ["Astana", "Almaty", "Kazakhstan", "Tokayev", "Nazarbayev"]


def _edits(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    return {e.original: e.replacement for e in doc.edits if e.kind == "name"
            and e.original.lower() != e.replacement.lower()}


def test_a_name_heard_as_words_is_the_name() -> None:
    text = "kazakhstan votes: in almaty and as tana, tokayev leads nazarbayev's supporters."
    doc = clean(text, names=KAZAKHSTAN).document
    edit = next(e for e in doc.edits if e.original == "as tana")
    assert edit.replacement == "Astana"
    assert text[edit.start:edit.end] == "as tana"


def test_common_words_run_together_stay() -> None:
    names = ["Greenland", "Denmark", "Copenhagen", "Nuuk", "Faroe Islands"]
    text = "denmark, copenhagen, nuuk and the faroe islands: farmers there have no green land."
    assert _edits(text, names) == {}


def test_a_known_pair_stays() -> None:
    names = ["Iran", "Tehran", "Iraq", "Baghdad", "Isfahan"]
    text = "tehran, isfahan, baghdad and iraq: i ran the office there for years."
    assert _edits(text, names) == {}
