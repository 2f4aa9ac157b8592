"""Two tokens heard as one long word (`soundmerge`): the shortcuts answer as the plain rule."""

from __future__ import annotations


def test_sound_merge_answers_as_comparing_every_word_in_full() -> None:
    # The shortcuts (spelling first, distances cut off where they cannot matter, a memo of
    # pairs) must answer as the plain rule: every word of the sound class, scored in full.
    from rapidfuzz.distance import Levenshtein

    from transcript_tools import soundmerge as S
    from transcript_tools.phonetics import distance, skeleton
    from transcript_tools.pronounce import pronounce

    def plain(left: str, right: str) -> str:
        phones = pronounce(left) + pronounce(right)
        scored = sorted((distance(pronounce(c), phones) / len(phones), c)
                        for c in (S.long_word_sounds().get(skeleton(phones)) or "").split())
        if not scored or scored[0][0] > S.SOUND_MERGE_DISTANCE or (
                len(scored) > 1 and scored[1][0] - scored[0][0] < 0.05):
            return ""
        best = scored[0][1]
        return best if Levenshtein.normalized_similarity(left + right, best) >= \
            S.SOUND_MERGE_SPELLING else ""

    words = sorted(w for _, group in S.long_word_sounds().items() for w in group.split())[::97]
    pairs = [(w[:k], w[k:]) for w in words for k in (3, len(w) // 2)]
    pairs += [(a.replace("e", "a", 1), b) for a, b in pairs]
    got = [S.sound_merge(a, b) for a, b in pairs]
    assert got == [plain(a, b) for a, b in pairs]
    assert sum(map(bool, got)) > 20 and got.count("") > 20
