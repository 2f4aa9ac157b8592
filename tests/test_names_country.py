"""A non-word for a listed place that lies in one country, in a document that names that
country (a listed name that is the country's or its people's), is judged with a wider bar
(names45, rule "+country", `namescore.Scorer.compatriot`): the story is in that country, so
an odd word near the place's sound is likelier its garble than a name of its own. Not for a
place of several countries, a country the document does not name, or a crowded lexicon.
Real places of a country no dev page is about (Bolivia), a water board's news."""

from __future__ import annotations

from transcript_tools.propernouns import country_of, nation

from .nameedits import name_edits as _names

_SAID = "the water board met {where}on monday. farmers near tarikha say the river is low."


def test_the_tables_know_the_place_and_the_country() -> None:
    assert country_of("Tarija") == {"BO"}
    assert nation("Bolivia") == nation("Bolivian") == {"BO"}
    assert nation("Tarija") == frozenset()   # a city is no country
    assert len(country_of("Sucre")) > 1      # a name of places in several countries


def test_a_place_garbled_where_its_country_is_named_is_edited() -> None:
    edits, _ = _names(_SAID.format(where="in bolivia "),
                      ["Bolivia", "Tarija", "Luis Arce", "Andean Water Board"])
    assert edits == {"tarikha": "Tarija"}


def test_the_people_of_the_country_named_do_too() -> None:
    text = "bolivian farmers met the water board on monday. near tarikha the river is low."
    edits, _ = _names(text, ["Bolivian", "Tarija", "Luis Arce", "Andean Water Board"])
    assert edits.get("tarikha") == "Tarija"


def test_without_the_country_it_is_a_suggestion() -> None:
    edits, suggested = _names(_SAID.format(where=""),
                              ["Bolivia", "Tarija", "Luis Arce", "Andean Water Board"])
    assert "tarikha" not in edits
    assert suggested.get("tarikha", "").endswith("+thin")


def test_another_country_named_gives_nothing() -> None:
    edits, _ = _names(_SAID.format(where="in peru "),
                      ["Peru", "Tarija", "Luis Arce", "Andean Water Board"])
    assert "tarikha" not in edits


def test_a_place_of_several_countries_is_not_lifted() -> None:
    text = "the water board met in bolivia on monday. farmers near sookray say the river is low."
    edits, _ = _names(text, ["Bolivia", "Sucre", "Luis Arce", "Andean Water Board"])
    assert "sookray" not in edits


def test_not_in_a_crowded_lexicon() -> None:
    crowd = [f"Board Member {chr(65 + k // 26)}{chr(65 + k % 26)}" for k in range(30)]
    edits, _ = _names(_SAID.format(where="in bolivia "),
                      ["Bolivia", "Tarija", "Luis Arce", "Andean Water Board"] + crowd)
    assert "tarikha" not in edits


_STORY = ["Bolivia", "Warnes", "Santa Cruz", "Luis Arce", "Andean Water Board", "Evo Morales"]
_MET = "the andean water board met luis arce in santa cruz on monday"


def test_a_rare_word_that_sounds_just_like_the_place_after_a_preposition_of_place() -> None:
    # "warns" sounds just like Warnes (a Bolivian town); after "in", where Bolivia is named, it
    # is the place (the page writes four of the lexicon's names: the story's own lexicon).
    text = f"{_MET}. farmers in warns say the river is low, and bolivia may ration water."
    edits, _ = _names(text, _STORY)
    assert edits == {"warns": "Warnes"}


def test_the_rare_word_stays_where_the_country_is_not_named() -> None:
    text = f"{_MET}. farmers in warns say the river is low, and evo morales may ration water."
    edits, _ = _names(text, _STORY)
    assert "warns" not in edits


def test_the_rare_word_stays_outside_a_preposition_of_place() -> None:
    for text in (f"{_MET}. the board warns farmers that the river is low, and bolivia may "
                 "ration water.",
                 f"{_MET} and warns farmers that the river is low, and bolivia may ration "
                 "water.",
                 f"{_MET}. a letter to warns said bolivia may ration water."):
        edits, _ = _names(text, _STORY)
        assert "warns" not in edits, text
