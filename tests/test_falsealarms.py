"""The false-alarm distance (`falsealarms`): the branch-and-bound search finds what a scan of
every common word finds."""

from __future__ import annotations

from transcript_tools.falsealarms import FALSE_ALARM_CAP, common_skeletons, nearest_word
from transcript_tools.phonetics import distance, skeleton
from transcript_tools.pronounce import pronounce


def _scan(phones: str, own: str) -> float:
    table = common_skeletons()
    best = FALSE_ALARM_CAP
    slack = max(2, len(phones) // 3)
    skel = skeleton(phones)
    skel_keys = {skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))}
    ids = {i for k in skel_keys for i in table.by_key.get(k, ())}
    for i in ids:
        word, ph = table.words[i], table.phones[i]
        if word.startswith(own) or own.startswith(word) or abs(len(ph) - len(phones)) > slack:
            continue
        best = min(best, distance(ph, phones) / len(phones))
    return best


def test_nearest_word_matches_a_full_scan() -> None:
    for name in ("turkey", "nice", "mekong", "ardern", "kalashnikov", "bath", "osaka"):
        phones = pronounce(name)
        assert abs(nearest_word(phones, name) - _scan(phones, name)) < 1e-9, name


def test_names_that_sound_like_words_are_near_one() -> None:
    assert nearest_word(pronounce("nice"), "nice") < nearest_word(pronounce("kalashnikov"),
                                                                    "kalashnikov")
