"""Lexicon building: names files, aliases, and names extracted from reference texts."""

from __future__ import annotations

from transcript_tools.lexicon import Lexicon
from transcript_tools.references import names_in_reference

ARTICLE = (
    "Chile's President Gabriel Boric met Finance Minister Mario Marcel in Santiago on Monday. "
    "The meeting followed protests. Boric said the Central Bank of Chile would act. "
    "Officials from the IMF attended, and Marcel later spoke to Reuters.\n"
    "Handout photo.\n"
)


def test_reference_names_split_titles_and_possessives() -> None:
    found = list(names_in_reference(ARTICLE))
    assert "Gabriel Boric" in found and "Mario Marcel" in found
    assert "Chile" in found and "Santiago" in found and "IMF" in found
    assert not any("President" in n or "Minister" in n for n in found)


def test_sentence_initial_common_words_are_not_names() -> None:
    found = list(names_in_reference(ARTICLE))
    assert "The" not in found and "Officials" not in found and "Monday" not in found


def test_multiword_organisation_kept_whole() -> None:
    assert "Central Bank of Chile" in list(names_in_reference(ARTICLE))


def test_aliases_share_a_canonical_and_references_are_recorded() -> None:
    lex = Lexicon.build(["Gabriel Boric | Boric", "# a comment", ""], [ARTICLE])
    boric = lex.get(("boric",))
    assert boric is not None and boric.canonical == "Gabriel Boric"
    assert ("gabriel", "boric") in lex.referenced
    assert lex.get(("santiago",)) is not None
    assert lex.get(("santiago",)).source == "reference"  # type: ignore[union-attr]


def test_a_name_with_a_comma_is_matched_by_its_main_part() -> None:
    import transcript_tools as tt

    lexicon = Lexicon.build(["Anthony Weiner, Jr. | Weiner Jr", "Anthony Weiner,Weiner"])
    assert [(n.text, n.canonical) for n in lexicon] == [
        ("Anthony Weiner", "Anthony Weiner, Jr."), ("Weiner Jr", "Anthony Weiner, Jr.")]
    text = "the height of anthony weiner's bid"
    for entry in ("Anthony Weiner, Jr.", "Anthony Weiner,Weiner"):
        # the comma part neither breaks the main part nor reaches over "of"
        assert tt.clean(text, names=[entry]).text == "The height of Anthony Weiner's bid."


def test_names_and_references_that_are_not_strings_are_named() -> None:
    import pytest

    import transcript_tools as tt

    with pytest.raises(TypeError, match=r"names\[1\] is NoneType"):
        tt.clean("hi", names=["Ann Lee", None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"references\[0\] is PosixPath"):
        from pathlib import Path
        tt.clean("hi", references=[Path("article.txt")])  # type: ignore[list-item]
