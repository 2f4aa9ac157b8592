"""Tests for the shared word statistics: the packed word-pair table answers exactly as the
plain dict of the shipped counts would, and the disk cache keeps one file per data stamp."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools import vocabulary as V


@pytest.fixture(scope="module")
def pairs_dict() -> dict[str, int]:
    bi_file = V._package_file("symspellpy", V.BIGRAM_FILE)
    return V._read_counts(bi_file, 2)


def test_pair_counts_answer_as_the_dict(pairs_dict: dict[str, int]) -> None:
    packed = V.PairCounts(V._pack_pairs(pairs_dict))
    assert len(packed) == len(pairs_dict)
    keys = list(pairs_dict)[::997]
    for key in keys:
        assert packed.get(key) == pairs_dict[key]
        assert packed[key] == pairs_dict[key]
        assert key in packed
        first, second = key.split(" ")
        for miss in (f"{second} {first}x", f"{first}  {second}", f"{first} {second} x",
                     f"{first}", f" {second}", ""):
            assert packed.get(miss, 0) == pairs_dict.get(miss, 0)
            assert (miss in packed) == (miss in pairs_dict)
    assert min(packed.values()) == min(pairs_dict.values())
    assert sum(packed.values()) == sum(pairs_dict.values())
    with pytest.raises(KeyError):
        packed["zzqx qqzx"]


def test_pair_counts_iterate_every_pair(pairs_dict: dict[str, int]) -> None:
    small = dict(list(pairs_dict.items())[:5000])
    packed = V.PairCounts(V._pack_pairs(small))
    assert sorted(packed) == sorted(small)
    assert dict(packed.items()) == small


def test_shared_vocabulary_counts_pairs() -> None:
    v = V.vocabulary()
    assert v.bigram("of", "the") > v.bigram("the", "of") > 0
    assert v.bigram("Of", "THE") == v.bigram("of", "the")
    assert v.bigram("of the", "people") == 0


def test_cache_files_are_kept_per_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSCRIPT_TOOLS_CACHE", str(tmp_path))
    built: list[str] = []

    def build(value: str):  # type: ignore[no-untyped-def]
        return lambda: built.append(value) or {"v": value}

    assert V.cached("table", "stamp-a", build("a")) == {"v": "a"}
    assert V.cached("table", "stamp-b", build("b")) == {"v": "b"}
    assert V.cached("table", "stamp-a", build("a2")) == {"v": "a"}  # not rebuilt
    assert V.cached("table", "stamp-b", build("b2")) == {"v": "b"}
    assert built == ["a", "b"]
    assert len(list(tmp_path.glob("table-*.marshal"))) == 2


@pytest.mark.parametrize("zipf", [2.5, 3.0, 3.5, 4.0])
def test_least_count_reaches_a_zipf_exactly_when_zipf_does(zipf: float) -> None:
    v = V.vocabulary()
    least = v.least_count(zipf)
    assert least is not None and v.least_count(0.0) is None
    wrong = [c for c in set(v.unigrams.values())
             if (c >= least) != (V.math.log10(c / v.total * 1e9) >= zipf)]
    assert wrong == []
    assert any(c >= least for c in v.unigrams.values())


def test_compound_is_two_common_words_run_together() -> None:
    v = V.vocabulary()
    assert v.compound("streetside") and v.compound("weathermap")
    assert not v.compound("street")          # a listed word is no compound
    assert not v.compound("madeince")        # "ince" is no common word
    assert not v.compound("kabulnow")        # a name glued to a word: not two common words


def test_associated_compares_a_pair_with_chance() -> None:
    from transcript_tools.vocabulary import vocabulary

    v = vocabulary()
    assert v.associated("majority", "leader", 100.0)    # ~290 times chance
    assert not v.associated("the", "starter", 100.0)    # ~2: a function word vouches little
    assert v.associated("the", "starter", 1.0)
    assert not v.associated("qxzvword", "leader", 1.0)  # a word not counted
