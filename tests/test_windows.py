"""The sound-alike windows are memoised per word n-gram and phone string: the memos must never
change what a document gets."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from transcript_tools import Cleaner, parse, windows
from transcript_tools.names import NameCorrector
from transcript_tools.namescore import Run
from transcript_tools.phonetics import coarse, skeleton
from transcript_tools.pronounce import pronounce

CASES = Path(__file__).parent / "data" / "cases" / "names"


def test_memos_do_not_change_what_a_document_gets(sample_text, sample_names, sample_article,
                                                  monkeypatch) -> None:
    """The window memos, the per-word items and the confidence memo are caches: a cleaner that
    has cleaned other documents, or one whose window memo is started afresh all the time,
    gives a document exactly what a fresh cleaner gives it."""
    cases = json.loads((CASES / "sports.json").read_text(encoding="utf-8"))
    lexicon = sample_names + cases["lexicon"]
    other = " ".join(c["text"] for c in cases["cases"])
    fresh = Cleaner(lexicon, [sample_article]).clean(sample_text).to_json()
    used = Cleaner(lexicon, [sample_article])
    used.clean(other)
    used.clean(sample_text[len(sample_text) // 2:])
    assert used.clean(sample_text).to_json() == fresh
    # The same window with and without the name mentioned elsewhere in its document.
    texts = ["in tamal leap us the governor said",
             "violence in tamaulipas grew. in tamal leap us the governor said"]
    one = Cleaner(["Tamaulipas"])
    for text in texts + texts[::-1]:
        assert one.clean(text).to_json() == Cleaner(["Tamaulipas"]).clean(text).to_json()
    monkeypatch.setattr(windows, "STARTS", 0)
    tiny = Cleaner(lexicon, [sample_article])
    tiny.clean(other)
    assert tiny.clean(sample_text).to_json() == fresh


@given(st.lists(st.sampled_from(["the", "tamal", "leap", "us", "governor", "strength",
                                 "oz", "zebra", "nkechi", "ah", "hmm", "sochi", "kit"]),
                min_size=1, max_size=windows.MAX_WINDOW))
def test_a_window_grown_word_by_word_has_its_phones_skeleton_and_coarse_form(
        words: list[str]) -> None:
    # The lean loop grows a window's skeleton and coarse form word by word: they must be
    # those of the window's phones, as the index and the coarse bound see them.
    phones = skel = rough = ""
    for word in words:
        part_phones = pronounce(word)
        part = skeleton(part_phones)
        phones += part_phones
        skel += part[1:] if part and skel and skel[-1] == part[0] else part
        rough += coarse(part_phones)
    assert skel == skeleton(phones)
    assert rough == coarse(phones)


def _every_window_lean(self: windows.Windows, run: Run, i: int, near: int, texts: list[str],
                       ends: list[bool], loose: list[bool]
                       ) -> tuple[tuple[int, int, float], ...]:
    """The plain rule `Windows._lean` shortcuts: every window from i heard in full (or near,
    where no loose word is within reach), the best window of each unit kept."""
    best: dict[int, tuple[float, int]] = {}
    phones = skel = rough = ""
    for j in range(i, min(i + windows.MAX_WINDOW, len(run))):
        item = run[j]
        phones += item.phones
        if len(phones) > self._longest:
            break
        part = item.skel
        skel += part[1:] if part and skel and skel[-1] == part[0] else part
        rough += item.rough
        hits = self.ear.hear(phones, skel, rough)[near]
        for uid, d in hits:
            got = best.get(uid)
            if got is None or d < got[0]:
                best[uid] = (d, j + 1)
        if ends[j]:
            break
    return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))


def _every_window_marked(self: windows.Windows, run: Run, i: int, near: int,
                         marks: list[tuple[str, bool, bool] | None], ends: list[bool],
                         loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
    """The plain rule `Windows._marked` shortcuts the same way (windows beside an exact
    mention)."""
    units = self.index.units
    anchor = marks[i]
    prev = marks[i - 1] if i else None
    if anchor is not None and (not anchor[2] and anchor[0] not in self._heads
                               or prev is not None and not prev[1]):
        return ()
    free = anchor is None
    headed = anchor is not None and not anchor[2]
    inside = ""
    spelled: tuple[str, ...] = ()
    best: dict[int, tuple[float, int]] = {}
    phones = ""
    for j in range(i, min(i + windows.MAX_WINDOW, len(run))):
        phones += run[j].phones
        if len(phones) > self._longest:
            break
        mark = marks[j]
        if mark is not None:
            if inside and inside != mark[0]:
                break
            inside = mark[0]
            if not mark[2]:
                spelled += run[j].key
            if not mark[1] or not free:
                continue
        else:
            if headed and run[j].zipf > 0:
                break
            free = True
        items = run[i:j + 1]
        hits = self.ear.hear(phones, windows._skeleton(items),
                             "".join(it.rough for it in items))[near]
        for uid, d in hits:
            unit = units[uid]
            if inside and inside != unit.canonical and not (
                    headed and unit.whole and len(unit.key) > len(spelled)
                    and unit.key[:len(spelled)] == spelled) or \
                    spelled and not set(spelled).issubset(unit.key):
                continue
            got = best.get(uid)
            if got is None or d < got[0]:
                best[uid] = (d, j + 1)
        if ends[j]:
            break
    return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))


SHADOWED = ["development and from az for many many",
            "as a by jan the president of france said in a speech at the sorbonne",
            "the striker mick arthy scored and the kuch said hollond played well"]
"""Windows of common words before a loose word: "from" sounds farther from France than its
far-window cut, but nearer than "from az" does, so that window of common words wins the
name and is then cut ("from az" must not become a candidate)."""


def test_windows_before_a_loose_word_are_heard_near_then_in_full_for_kept_names(
        sample_text, sample_names, monkeypatch) -> None:
    """Windows before a loose word are heard near, and in full only for the names some
    window keeps (`Ear.hear_only`): the candidates, and their order, are exactly those of
    hearing every window in full, with or without an exact mention within reach."""
    cases = json.loads((CASES / "sports.json").read_text(encoding="utf-8"))
    stage = dict(Cleaner(sample_names + cases["lexicon"]).stages)["names"]
    assert isinstance(stage, NameCorrector)
    texts = [sample_text, " ".join(c["text"] for c in cases["cases"]), *SHADOWED]

    def candidates() -> list[list[tuple[int, int, str, float]]]:
        found = windows.Windows(stage.index)
        out = []
        for text in texts:
            for run in stage._runs(parse(text)):
                stage._exact(run, [], set())   # marks the exact mentions
                out.append([(c.first, c.stop, c.unit.text, c.score) for c in found.sound(run)])
        return out
    fast = candidates()
    assert any(fast)
    monkeypatch.setattr(windows.Windows, "_lean", _every_window_lean)
    monkeypatch.setattr(windows.Windows, "_marked", _every_window_marked)
    assert candidates() == fast
