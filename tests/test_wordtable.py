"""The in-place sorted word table: the same answers as a dict."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transcript_tools.wordtable import WordTable

_WORDS = st.text(alphabet="abcz'.-é", max_size=6)


@given(st.dictionaries(_WORDS, _WORDS, max_size=30), st.lists(_WORDS, max_size=10))
def test_lookups_agree_with_a_dict(table: dict[str, str], probes: list[str]) -> None:
    packed = WordTable(WordTable.pack(table.items()))
    for key in [*table, *probes]:
        assert (key in packed) == (key in table)
        assert packed.get(key) == table.get(key)


def test_keys_only_and_missing_keys() -> None:
    words = WordTable(WordTable.pack(["pear", "apple", "fig"]))
    assert "fig" in words and "apple" in words and "pear" in words
    assert "figs" not in words and "" not in words and "a\nb" not in words
    assert "fig\t" not in words and words.get("fig\tx") is None
    assert words.get("fig") == ""


@given(st.dictionaries(_WORDS, _WORDS, max_size=20))
def test_items_read_back_the_table_in_key_order(table: dict[str, str]) -> None:
    packed = WordTable(WordTable.pack(table.items()))
    assert list(packed.items()) == sorted(table.items())


def test_values_stored_in_stand_in_characters_read_as_written() -> None:
    """A table may keep its values in narrower stand-ins (one byte a character); `get` and
    `items` give the values back as they were."""
    wide = {"thing": "θɪŋ", "measure": "mɛʒɪŋ", "cat": "kæt"}
    narrow, back = str.maketrans("θɪŋɛʒ", "ÀÁÂÃÄ"), str.maketrans("ÀÁÂÃÄ", "θɪŋɛʒ")
    text = WordTable.pack((k, v.translate(narrow)) for k, v in wide.items())
    assert text.isascii() is False and all(ord(ch) <= 0xFF for ch in text)
    table = WordTable(text, back)
    assert {k: table.get(k) for k in wide} == wide
    assert dict(table.items()) == wide and table["thing"] == "θɪŋ"


@given(st.dictionaries(_WORDS, _WORDS, max_size=60), st.lists(_WORDS, max_size=10),
       st.integers(1, 40))
def test_lookups_through_the_sampled_index_agree_with_a_dict(
        table: dict[str, str], probes: list[str], stride: int) -> None:
    """The index samples a line every `STRIDE` characters (4,096); a few characters here, so
    that a lookup bisects the samples of a small table and searches one block."""
    from transcript_tools import wordtable

    kept = wordtable.STRIDE
    wordtable.STRIDE = stride
    try:
        packed = WordTable(WordTable.pack(table.items()))
        for key in [*table, *probes]:
            assert (key in packed) == (key in table)
            assert packed.get(key) == table.get(key)
    finally:
        wordtable.STRIDE = kept
