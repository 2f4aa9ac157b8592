"""A listed name with diacritics, written in a caption without them ("muller" for a listed
Müller: captions drop accents), is an exact mention of it (`soundindex.SoundIndex.plain`):
written as listed (rule "lexicon-exact", confidence 1.0), protected from sound matching and
counting as the name spoken of. Letters that do not decompose fold too (ø, ł, æ, đ, ı). A
writer's own accents stay (`test_names_thin`); a folded form that is an English word follows
the everyday-word guards as in a crowded lexicon (the user listed the accented spelling)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.lexicon import Lexicon, folded
from transcript_tools.soundindex import SoundIndex


def _edits(text: str, names: list[str]) -> dict[str, tuple[str, str, float]]:
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return {e.original: (e.replacement, e.rule, e.confidence) for e in doc.edits
            if e.kind in ("name", "case") and e.rule.startswith(("lexicon", "sound"))}


def test_folding_keeps_case_and_folds_undecomposed_letters() -> None:
    assert folded("Vélizar Öztürkoğlu") == "Velizar Ozturkoglu"
    assert folded("Łukasz Dærvik-Sørhøj") == "Lukasz Daervik-Sorhoj"
    assert folded("Đorvić Kırman") == "Dorvic Kirman"
    assert folded("plain") == "plain"


def test_names_without_their_accents_are_exact_mentions() -> None:
    names = ["Vélizar Öztürkoğlu", "Tarnovská Hora", "Brézannes", "Ilse Grünwald"]
    text = ("velizar ozturkoglu met ilse grunwald in tarnovska hora. "
            "later ozturkoglu flew to brezannes.")
    edits = _edits(text, names)
    assert edits["velizar ozturkoglu"] == ("Vélizar Öztürkoğlu", "lexicon-exact", 1.0)
    assert edits["ilse grunwald"] == ("Ilse Grünwald", "lexicon-exact", 1.0)
    assert edits["tarnovska hora"] == ("Tarnovská Hora", "lexicon-exact", 1.0)
    assert edits["ozturkoglu"] == ("Öztürkoğlu", "lexicon-exact", 1.0)
    assert edits["brezannes"] == ("Brézannes", "lexicon-exact", 1.0)


def test_undecomposed_letters_match_their_plain_forms() -> None:
    names = ["Sørvald Łękarski", "Dærholm", "Miđovac"]
    edits = _edits("sorvald lekarski went from daerholm to midovac.", names)
    assert edits["sorvald lekarski"][0] == "Sørvald Łękarski"
    assert edits["daerholm"][0] == "Dærholm"
    assert edits["midovac"][0] == "Miđovac"


def test_a_listed_plain_spelling_keeps_its_own_key() -> None:
    index = SoundIndex.build(_lexicon(["Brezannes", "Brézannes"]))
    assert index.exact[("brezannes",)].text == "Brezannes"
    assert ("brezannes",) not in index.plain


def test_two_names_folding_alike_are_nobodys() -> None:
    index = SoundIndex.build(_lexicon(["Varsé", "Värse", "Kelmor"]))
    assert ("varse",) not in index.exact


def test_a_folded_everyday_word_is_the_word() -> None:
    names = ["Résumé", "Tarnovská Hora", "Brézannes"]
    edits = _edits("they will resume talks in tarnovska hora on friday.", names)
    assert "resume" not in edits
    assert edits["tarnovska hora"][0] == "Tarnovská Hora"


def _lexicon(names: list[str]) -> Lexicon:
    lexicon = Lexicon()
    for n in names:
        lexicon.add(n)
    return lexicon
