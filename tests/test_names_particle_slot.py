"""Two cuts of a name the caption's own writing makes (names41; all names invented):

- a particle of another language inside a listed name, written in lowercase there ("Estadio
  de Corvina", "Henrike van der Stoep"), heard as an English function word with the name's
  other words exact ("estadio the corvina"): judged by the whole window against the whole
  name (`namescore.Scorer._particle_slot`, rule "sound-particle"), where the particle alone
  (one or two phones) was judged and lost;
- letters written with dots and cut by a lone stop after an abbreviation's own dot ("n.p. .
  r.f."): one run of letters (`names.NameCorrector._runs`), as undotted letters would be."""

from __future__ import annotations

from transcript_tools import clean


def _names(text: str, names: list[str]) -> dict[str, tuple[str, str]]:
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return {e.original: (e.replacement, e.rule) for e in doc.edits if e.kind == "name"}


def test_a_particle_heard_as_a_function_word() -> None:
    # Sport: a stadium; science: a researcher; business: a company.
    got = _names("the cup final is at estadio the corvina tonight, kick off at eight.",
                 ["Estadio de Corvina", "Club Atletico Marisco", "Paulo Ferreira"])
    assert got["estadio the corvina"][0] == "Estadio de Corvina"
    assert got["estadio the corvina"][1].startswith("sound-particle")
    got = _names("the results were presented by henrike van the stoep of the glacier lab.",
                 ["Henrike van der Stoep", "Greenland", "Jakobshavn Glacier"])
    assert got["henrike van the stoep"][0] == "Henrike van der Stoep"
    assert got["henrike van the stoep"][1].startswith("sound-particle")
    got = _names("shares of maison to verrier fell four percent in paris trading.",
                 ["Maison du Verrier", "Paris Bourse"])
    assert got["maison to verrier"][0] == "Maison du Verrier"


def test_english_slots_and_other_misses_stay() -> None:
    # The listed slot word is English itself: "the biggest bank in tarlow" is English.
    got = _names("the biggest bank in tarlow reported a loss.", ["Bank of Tarlow", "Tarlow"])
    assert "bank in tarlow" not in got
    got = _names("fans of trinidad or tobago cheered.", ["Trinidad and Tobago"])
    assert not any(rule.startswith("sound-particle") for _, rule in got.values()), got
    # One word of the name around the slot is no anchor; another word misheard too is left
    # to the other rules.
    got = _names("the ventris plan was dropped.", ["Aldo de Ventris"])
    assert not any(rule.startswith("sound-particle") for _, rule in got.values()), got
    got = _names("the cup final is at estadio the corvino tonight.", ["Estadio de Corvina"])
    assert not any(rule.startswith("sound-particle") for _, rule in got.values()), got


def test_dotted_letters_cut_by_a_stray_stop() -> None:
    names = ["Nordic Plasma Research Facility | NPRF", "Svalbard"]
    head = "the nordic plasma research facility opened on svalbard. "
    text = head + "scientists at the n.p. . r.f. said the beam was stable."
    doc = clean(text, names=names).document
    edit = next(e for e in doc.edits if e.kind == "name" and e.replacement == "NPRF")
    assert text[edit.start:edit.end] == "n.p. . r.f."
    text = head + "scientists at the n. p. . r. f. said the beam was stable."
    assert "NPRF said" in clean(text, names=names).text
    # A stop after an abbreviation before a word, or before one dotted letter, stays.
    names = ["United Nations | U.N.", "United States | U.S."]
    out = clean("we will stay in the u.s. . u.n. officials said on monday.", names=names)
    assert not [e for e in out.document.edits if e.kind == "name"]
    out = clean("the league met on t.w. . but nothing came of it.", names=["TW Sports"])
    assert not [e for e in out.document.edits if e.kind == "name"]
