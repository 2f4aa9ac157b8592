"""A name's own word in place and a rare word in the slot of its missing ones ("lake toho" for
a Lake Tahoe): the whole window is judged against the whole name (`namescore.Scorer`, rule
"+rest"), not its short rest alone, where one sound off in four is far. Not where the rare
word is a name of its own, letters read out, a letter the anchor, the shared word most of
the name's sound, or the word in the slot a common one."""

from __future__ import annotations

from transcript_tools import clean

NEVADA = ["Lake Tahoe", "Reno", "Carson City", "Truckee", "Sierra Nevada", "Sacramento"]


def _edits(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    return {e.original: e.replacement for e in doc.edits if e.kind == "name"
            and e.original.lower() != e.replacement.lower()}


def test_a_rare_word_beside_the_names_own_word_is_the_name() -> None:
    text = "reno, carson city, truckee and sacramento in the sierra nevada, and lake toho froze."
    doc = clean(text, names=NEVADA).document
    edit = next(e for e in doc.edits if e.original == "lake toho")
    assert edit.replacement == "Lake Tahoe" and "+rest" in edit.rule
    assert text[edit.start:edit.end] == "lake toho"


def test_letters_read_out_stay() -> None:
    names = ["CBC News", "Toronto", "Ottawa", "Montreal", "Quebec"]
    text = "toronto, ottawa, montreal and quebec went to the polls, cbs news reported."
    assert _edits(text, names) == {}


def test_a_long_shared_word_does_not_carry_a_short_rest() -> None:
    # "international" is most of the name's sound: the rest alone must sound like the name's
    names = ["Kisumu International", "Nairobi", "Mombasa", "Eldoret", "Nakuru"]
    text = "nairobi, mombasa, eldoret and nakuru: the kismet international team arrived."
    assert _edits(text, names) == {}


def test_a_common_word_in_the_slot_stays() -> None:
    names = ["Toronto Star", "Ottawa", "Montreal", "Quebec", "Halifax"]
    text = "ottawa, montreal, quebec and halifax: the toronto stir reported."
    assert _edits(text, names) == {}
