"""Our own outputs read back (qa43): a labelled text's paragraphs read as turns with their
labels, on any page; a colon in a sentence stays words."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import clean, parse, read

TWO = ("Marta Olsen: Welcome back to the garden hour. Today we talk about tomatoes in "
       "cold spring weather.\n\n"
       "Pieter Vos: Thanks for having me. The trick is to wait for warm soil.\n\n"
       "Marta Olsen: And what about the seedlings on the windowsill?\n")


def test_labelled_paragraphs_read_as_labels() -> None:
    doc = parse(TWO, path="x.txt")
    assert [k.label for k in doc.markers if k.kind == "label"] == [
        "Marta Olsen", "Pieter Vos", "Marta Olsen"]
    words = [t.text for t in doc.tokens]
    assert "Marta" not in words[:3] and words[:2] == ["Welcome", "back"]


def test_labelled_text_cleaned_again_keeps_turns(tmp_path: Path) -> None:
    path = tmp_path / "garden.txt"
    path.write_text(TWO, encoding="utf-8")
    t = clean(read(path))
    assert [turn.display_name for turn in t.turns] == ["Marta Olsen", "Pieter Vos",
                                                      "Marta Olsen"]
    assert "Marta Olsen:" not in t.text
    assert t.to_text().count("Marta Olsen:") == 2
    again = tmp_path / "again.txt"
    again.write_text(t.to_text(), encoding="utf-8")
    assert clean(read(again)).to_text() == t.to_text()


def test_one_named_paragraph_reads_its_label() -> None:
    doc = parse("Marta Olsen: Good evening. Tonight we visit three gardens in the north. "
                "First, the rain.\n", path="x.txt")
    assert [k.label for k in doc.markers] == ["Marta Olsen"]


def test_a_colon_in_a_sentence_is_no_label() -> None:
    for text in ("The rule: no phones in the reading room.\n",
                 "House rules: no phones. Quiet after ten.\n",
                 "Washington: The council met on Monday. It voted twice.\n"):
        doc = parse(text, path="x.txt")
        assert not [k for k in doc.markers if k.kind == "label"], text


def test_a_page_with_one_unlabelled_paragraph_reads_no_paragraph_labels() -> None:
    text = ("Background: The library opened in 1902. It moved twice.\n\n"
            "It now lends tools as well as books.\n\n"
            "Hours: The doors open at nine.\n")
    doc = parse(text, path="x.txt")
    assert not [k for k in doc.markers if k.kind == "label"]
