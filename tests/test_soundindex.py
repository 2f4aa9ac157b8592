"""The sound index: acronyms' readings, parts of names as written, units of one consonant
class (the false-alarm search: test_falsealarms.py)."""

from __future__ import annotations

from transcript_tools.phonetics import skeleton
from transcript_tools.pronounce import pronounce


def test_acronyms_that_read_as_words_get_both_readings() -> None:
    from transcript_tools.lexicon import Lexicon
    from transcript_tools.pronounce import spelled
    from transcript_tools.soundindex import SoundIndex

    index = SoundIndex.build(Lexicon.build(["ISIL", "IBM"]))
    forms = {u.text: set() for u in index.units}
    for u in index.units:
        forms[u.text].add(u.phones)
    assert spelled("ISIL") in forms["ISIL"] and len(forms["ISIL"]) == 2   # letters and word
    assert forms["IBM"] == {spelled("IBM")}   # no vowel between its consonants: letters only


def test_a_part_is_written_as_inside_its_name() -> None:
    import re

    from transcript_tools.soundindex import _WORD_RE, _part_text

    def searched(full: str, part: list[str]) -> str:   # the definition: a regex search
        m = re.search(r"[\s\-‐–]+".join(re.escape(w) for w in part), full)
        return m.group() if m else " ".join(part)

    for full in ("Guinea-Bissau", "Sri-Lanka Lanka", "Jordan an-B an B", "a - b a-b c",
                 "Saint Vincent and the Grenadines", "Trinidad–Tobago", "x.y x.y-z"):
        words = _WORD_RE.findall(full)
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                assert _part_text(full, words[a:b]) == searched(full, words[a:b]), full
    assert _part_text("Guinea-Bissau", ["Guinea", "Bissau"]) == "Guinea-Bissau"


def test_names_of_one_consonant_class_are_found_by_windows_of_one_class() -> None:
    from transcript_tools.lexicon import Lexicon
    from transcript_tools.soundindex import SoundIndex
    index = SoundIndex.build(Lexicon.build(["Ceres", "Vesta"]))
    ceres = [u for u, unit in enumerate(index.units) if unit.text == "Ceres"]
    assert ceres and len(index.units[ceres[0]].skeleton) == 1
    assert set(ceres) <= set(index.candidates(skeleton(pronounce("sereez"))))
    assert not set(ceres) & set(index.candidates(skeleton(pronounce("vesta"))))
    assert index.candidates("") == ()


def test_skeletons_sharing_their_keys_retrieve_the_same_units() -> None:
    # The union of the units under a skeleton's deletion keys is memoised per keys: every
    # skeleton still gets exactly the units its keys hold (checked against the index's own
    # keys, fitted by size), whichever skeleton with those keys came first.
    from itertools import product

    from transcript_tools.lexicon import Lexicon
    from transcript_tools.soundindex import SoundIndex
    index = SoundIndex.build(Lexicon.build(
        ["Kristalina Georgieva", "Christine Lagarde", "Kuala Lumpur", "Tegucigalpa",
         "Nursultan Nazarbayev", "Kristi Noem", "Kirsten Gillibrand"]))
    for letters in product("KTSLNP", repeat=4):
        skel = "".join(letters)
        got = index.candidates(skel)
        expected = set()
        for i in range(len(skel) + 1):
            for u in index.by_key.get(skel[:i] + skel[i + 1:], ()):
                expected |= {u} & set(index._fit([u], len(skel)))
        assert got == tuple(sorted(expected)), skel
    assert index._unions   # some skeletons' keys held units under several keys
