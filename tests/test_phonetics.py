"""Phone distance and pronunciation: the costs the name matcher relies on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transcript_tools.phonetics import (
    _ALL,
    _within,
    coarse,
    distance,
    distance_within,
    lower_steps,
    lower_unit,
    prefix_keys,
    skeleton,
    steps_within,
)
from transcript_tools.pronounce import letter_to_sound, pronounce, spelled


def phones(text: str) -> str:
    return "".join(pronounce(w) for w in text.split())


def test_vowel_and_voicing_changes_are_cheaper_than_consonant_changes() -> None:
    assert distance("bɪt", "bæt") < distance("bɪt", "bɪk")
    assert distance("bɪt", "pɪt") < distance("bɪt", "sɪt")
    assert distance("kæt", "kæt") == 0.0


def test_distance_is_symmetric_and_grows_with_changes() -> None:
    a, b = phones("mccarthy"), phones("mick arthy")
    assert distance(a, b) == distance(b, a)
    assert distance(a, b) < distance(a, phones("mick garden"))


def test_word_splits_do_not_matter_to_a_garble() -> None:
    name = phones("mccarthy")
    assert distance(phones("mick arthy"), name) / len(name) < 0.15
    assert distance(phones("going to"), name) / len(name) > 0.4


def test_pronounce_uses_the_dictionary_and_falls_back_to_rules() -> None:
    assert pronounce("cat") == "kæt"
    assert pronounce("Cat") == pronounce("cat")
    unknown = pronounce("zorblatt")
    assert unknown == letter_to_sound("zorblatt") and unknown.startswith("z")


def test_letter_to_sound_reads_common_foreign_spellings() -> None:
    # A final "h" after a vowel is silent, a final "ye" is said.
    assert letter_to_sound("hodeidah").endswith("ə") and "h" not in letter_to_sound("zorah")[1:]
    assert letter_to_sound("vardiye").endswith("yɛ")


def test_acronyms_read_as_letters() -> None:
    assert spelled("fbi") == "ɛfbiï"
    assert pronounce("u.s.") == spelled("us")


def test_retrieval_keys_survive_one_dropped_consonant() -> None:
    full = skeleton(phones("mccarthy"))
    garbled = skeleton(phones("mick arthy"))
    assert prefix_keys(full) & prefix_keys(garbled)


_PHONES = st.text(alphabet="".join(_ALL), max_size=14)


@given(_PHONES, _PHONES)
def test_coarse_distance_never_exceeds_the_phone_distance(a: str, b: str) -> None:
    # The prefilter may only drop pairs the exact DP would reject.
    assert lower_steps(coarse(a), coarse(b)) * lower_unit() <= distance(a, b) + 1e-9


@given(_PHONES, _PHONES, st.lists(st.floats(0.0, 6.0), min_size=1, max_size=6))
def test_distance_within_answers_every_bound_as_computed_afresh(a: str, b: str,
                                                                bounds: list[float]) -> None:
    # The per-pair memo answers one bound from another's answer: never differently from
    # the DP run for that bound alone.
    exact = distance(a, b)
    for bound in bounds:
        got = distance_within(a, b, bound)
        assert got == _within(a, b, bound)
        assert got == (exact if exact <= bound else float("inf"))


def test_coarse_forms_are_one_byte_characters_no_phone_uses() -> None:
    # One byte each: rapidfuzz's direct table (wider characters go through a hash map).
    # No phone is a feature character, so a phone left as it is never matches a feature.
    forms = "".join(coarse(p) for p in _ALL)
    assert max(map(ord, forms)) < 256
    assert not set(forms) & set(_ALL)
    assert len(coarse(phones("garbage collection"))) > 2 * len(phones("garbage collection"))


def test_pairs_past_the_coarse_cut_are_past_the_bound() -> None:
    a, b = phones("country"), phones("garbage collection")
    bound = 0.3 * len(b)
    cut = steps_within(bound)
    assert lower_steps(coarse(a), coarse(b)) > cut
    assert distance_within(a, b, bound) == float("inf")
