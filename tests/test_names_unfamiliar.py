"""A name the document speaks of that everyday English barely uses (wordfreq's list, which holds
names in lowercase: `spokenwords`) is one a speech recogniser does not know, so its mentions
come out as ordinary words: such a window is judged without the caps on common words (names49,
rule "+unfamiliar"). A name everyday English uses often, a name nobody mentions, a crowded
lexicon and a window of function words stay as they were. Invented names: a poetry reading,
a geological survey, a ski race; a town's mayor for the common name."""

from __future__ import annotations

from transcript_tools.lexicon import Lexicon
from transcript_tools.namescore import Scorer
from transcript_tools.options import Options
from transcript_tools.soundindex import SoundIndex
from transcript_tools.spokenwords import spoken_common

from .nameedits import name_edits as _names

_CROWD = ["Agatha Brennholt", "Casimir Dunleavy", "Evander Fosk", "Gunnhild Harrow",
          "Ignatius Jorvik", "Katarina Lomb", "Mortimer Nash", "Octavia Pruitt", "Quentin Rusk",
          "Sabine Thorne", "Ulrich Vance", "Wilhelmina Xu", "Yusuf Zorlu", "Abner Birch",
          "Clementine Dray", "Edmund Fife", "Griselda Hume", "Isidore Joss", "Kenelm Lyle",
          "Mirabel Nye", "Oswin Pike", "Perpetua Quill", "Rupert Shaw", "Tamsin Udall",
          "Valentin Wray", "Xavier Yale", "Zelda Abbot", "Barnaby Cole", "Delphine Eads",
          "Fitzroy Gale"]
_POET = "the poet fenwick osundare read first. later, oh soon dairy read again"


def test_everyday_english_by_wordfreq_holds_common_names_not_rare_ones() -> None:
    assert spoken_common("the") and spoken_common("hudson") and spoken_common("river")
    assert not spoken_common("osundare") and not spoken_common("tollefsen")


def test_a_rare_name_spoken_of_is_judged_without_the_caps() -> None:
    edits, _ = _names(_POET, ["Fenwick Osundare"])
    assert edits == {"oh soon dairy": "Osundare"}


def test_the_same_in_other_domains() -> None:
    text = ("the geologist carla ossetti measured the rocks. oh city measured them again the "
            "next day")
    assert _names(text, ["Carla Ossetti"])[0] == {"oh city": "Ossetti"}
    text = "jorunn tollefsen skied fastest in the valley. toll effs son won gold"
    assert _names(text, ["Jorunn Tollefsen"])[0] == {"toll effs son": "Tollefsen"}


def test_a_common_name_keeps_the_caps() -> None:
    # "hudson" is everyday English (a river, a bay, a surname): fluent words that only sound
    # like it stay.
    text = "mayor hudson thanked the crews. who'd some of them thank next"
    assert _names(text, ["Hudson"])[0] == {}


def test_a_rare_name_nobody_mentions_keeps_the_caps() -> None:
    text = "the poet read first. later, oh soon dairy read again"
    assert _names(text, ["Fenwick Osundare"])[0] == {}


def test_a_crowded_lexicon_keeps_the_caps() -> None:
    assert _names(_POET, ["Fenwick Osundare", *_CROWD])[0] == {}


def test_function_words_are_no_garble_of_a_rare_name() -> None:
    # "was the" is no Ellesmere, however rare the name.
    text = "tarquin ellesmere scored twice. tar quinn was the best player on the pitch"
    assert _names(text, ["Tarquin Ellesmere"])[0] == {}


def test_unfamiliar_weighs_the_rare_words_letters() -> None:
    scorer = Scorer(SoundIndex.build(Lexicon.build(["Ulvang Street", "Tembo International",
                                                     "Hudson"])), Options())
    units = {u.text: u for u in scorer.index.units}
    # "ulvang" (rare) holds six of twelve letters; "tembo" five of eighteen.
    assert scorer.unfamiliar(units["Ulvang Street"])
    assert not scorer.unfamiliar(units["Tembo International"])
    assert not scorer.unfamiliar(units["Hudson"])
