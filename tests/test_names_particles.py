"""A family name with its particle ("al-Rousi" of a Khalid al-Rousi, "bin Qasrawi", "van
Drunenberg") is how broadcasters name the person: it is heard as a part of the name
(`soundindex._particle_parts`), with the particle written as such and the family name
garbled (`namescore.Scorer._confidence`), though never an exact key (the part after the
particle stays the exact mention it was) and never over a form the user lists. A surname of
one consonant class ("Rousi": r is no class) is found only by windows of one class, so "al
russi" reached no unit before. (All names here are invented.)"""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.lexicon import Lexicon
from transcript_tools.soundindex import SoundIndex, _particle_parts


def _names(text: str, names: list[str]) -> dict[str, tuple[str, str]]:
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return {e.original: (e.replacement, e.rule) for e in doc.edits
            if e.kind == "name" or e.kind == "case" and e.rule.startswith("lexicon")}


def test_the_family_name_from_its_particle_is_a_heard_part() -> None:
    assert _particle_parts(["Khalid", "al", "Rousi"]) == [1]
    assert _particle_parts(["Ursula", "von", "der", "Leyen"]) == [1]   # "von der Leyen"
    assert _particle_parts(["Rio", "de", "la", "Plata"]) == [1]
    assert _particle_parts(["Khalid", "al"]) == []     # nothing after the particle
    assert _particle_parts(["al", "Rousi"]) == []      # the whole name already
    index = SoundIndex.build(Lexicon.build(["Karim bin Qasrawi", "Bashir al-Tahhan | al tahhan"]))
    texts = {u.text for u in index.units}
    assert "bin Qasrawi" in texts and ("bin", "qasrawi") not in index.exact
    # The user's own form of the same words is the one written.
    assert "al-Tahhan" not in texts and index.exact[("al", "tahhan")].text == "al tahhan"


def test_a_garbled_family_name_with_its_particle() -> None:
    names = ["Khalid al-Rousi | Rousi", "Oman", "Muscat", "Yemen", "Saudi Arabia"]
    head = "in muscat, oman's envoy met the saudi arabia delegation. "
    assert _names(head + "al russi said yemen would talk.", names)["al russi"] == (
        "al-Rousi", "sound")
    # Ordinary words stay.
    for tail in ("all rosy, he said, yemen would talk.", "it was all rosy in yemen."):
        got = _names(head + tail, names)
        assert not [k for k, (_, rule) in got.items() if rule.startswith("sound")], got


def test_words_that_only_sound_like_the_particle_stay() -> None:
    # Heard only with the particle written as such and the family name garbled.
    names = ["Karim bin Qasrawi", "Amman", "Jordan"]
    head = "karim bin qasrawi met the king in amman. "
    text = head + "later bin casrawi said jordan would help."
    assert "bin Qasrawi said" in clean(text, names=names).text
    got = _names(head + "the trucks had been qasrawi bound, jordan said.", names)
    assert "been qasrawi" not in got and got["qasrawi"] == ("Qasrawi", "lexicon-exact")
    got = _names(head + "jordan had been casual about it.", names)
    assert not [k for k, (_, rule) in got.items() if rule.startswith("sound")], got


def test_the_part_written_right_keeps_its_casing() -> None:
    got = _names("the bin qasrawi family met in amman.", ["Karim bin Qasrawi", "Amman"])
    assert got["qasrawi"] == ("Qasrawi", "lexicon-exact")


def test_a_whole_name_garbled_around_its_particle_part() -> None:
    # "al quraishi" says the part al-Quraishi exactly, but the window is the whole name with
    # its first word garbled, not a word beside a name said in another form.
    names = ["Faisal al-Quraishi | Quraishi", "Iraq", "Baghdad", "Mosul", "Basra"]
    text = "in baghdad, prime minister fysal al quraishi said mosul and basra would vote."
    assert _names(text, names)["fysal al quraishi"][0] == "Faisal al-Quraishi"
