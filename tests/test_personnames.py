"""People's and other proper names the word lists know, cased without a lexicon."""

from __future__ import annotations

import pytest

from transcript_tools import Options, clean, personnames
from transcript_tools.personnames import (
    AFTER_NAME,
    AFTER_TITLE,
    ALONE,
    NEAR_NAME,
    NOT_NAME,
)

_PLAIN = Options(names=False, turns=False)


def _text(source: str) -> str:
    return clean(source, options=_PLAIN).text


@pytest.mark.parametrize(("word", "kind"), [
    ("sarah", ALONE), ("jones", ALONE), ("hollywood", ALONE), ("jim", ALONE),
    ("john", NEAR_NAME),      # a GCIDE headword too ("john")
    ("cactus", NEAR_NAME),    # web2 capitalises the genus; GCIDE has the word
    ("kornacki", AFTER_NAME),  # no list holds it; the pronouncing dictionary does
    ("miles", NOT_NAME),      # "Miles" in web2, but the plural of an ordinary word
    ("testified", NOT_NAME),  # an ordinary word with an ending the lists leave out
    ("meantime", NOT_NAME),   # two common words run together
    ("internet", NOT_NAME),   # too common to be a surname
    ("museveni", AFTER_TITLE),  # no dictionary has it: a name only after a title
    ("kenyatta", NEAR_NAME),  # the same, but a first name of the census lists (`censusnames`)
])
def test_kinds(word: str, kind: int) -> None:
    assert personnames.kind(word) == kind


def test_first_names_and_surnames_are_cased() -> None:
    assert _text("we spoke with sarah jones and her brother jim today.") == \
        "We spoke with Sarah Jones and her brother Jim today."


def test_a_surname_no_list_holds_after_a_first_name_or_title() -> None:
    assert _text("tonight steve kornacki joins us and president kenyatta spoke.") == \
        "Tonight Steve Kornacki joins us and President Kenyatta spoke."
    # a word no dictionary holds may be a garble: a name only after a title
    assert _text("they sell kenyatta boxes here.") == "They sell kenyatta boxes here."


def test_a_dictionary_headword_needs_a_name_beside_it() -> None:
    # "john" alone may be the word; beside a surname it is the name
    assert _text("the cactus grew near the fence and we asked john kornacki.") == \
        "The cactus grew near the fence and we asked John Kornacki."


def test_ordinary_words_after_a_name_stay() -> None:
    assert _text("the judge said mr. sheppard testified for hours and the road flooded "
                 "for miles.") == \
        "The judge said Mr. Sheppard testified for hours and the road flooded for miles."


def test_the_change_is_recorded_as_case() -> None:
    edits = [e for e in clean("we spoke with sarah today.", options=_PLAIN).corrections
             if e.rule == "name-word"]
    assert [(e.original, e.replacement, e.kind) for e in edits] == [("sarah", "Sarah", "case")]


def test_a_name_with_the_mc_prefix_keeps_its_inner_capital() -> None:
    # qa19: "Mcconaughey" without a lexicon; no English word opens with "mc"
    text = _text("and why is matthew mcconaughey looking at this? kevin mccarthy spoke.")
    assert "Matthew McConaughey looking" in text
    assert "Kevin McCarthy spoke" in text


@pytest.mark.parametrize(("word", "kind"), [
    # web2 lists these in lowercase too (archaic common words), but English uses them only
    # as first names: never after an article, "to" or a subject pronoun, nor before "the"
    ("amy", NEAR_NAME), ("walter", NEAR_NAME), ("dan", NEAR_NAME), ("ken", NEAR_NAME),
    # names that are common words as well stay ordinary
    ("rose", NOT_NAME), ("mark", NOT_NAME), ("bill", NOT_NAME), ("sue", NOT_NAME),
    ("will", NOT_NAME), ("grace", NOT_NAME), ("rob", NOT_NAME),
    # a word no list holds that English uses as a verb is no surname ("sarah heard it")
    ("heard", NOT_NAME),
])
def test_name_use_by_word_pair_counts(word: str, kind: int) -> None:
    assert personnames.kind(word) == kind


def test_first_names_the_lists_also_hold_in_lowercase_are_cased_beside_a_name() -> None:
    got = _text("the panel had amy peabody and dan quayle with ken pritchett reporting.")
    assert "Amy Peabody" in got and "Dan Quayle" in got and "Ken Pritchett" in got
    # alone, or beside a common word, they stay as written
    assert "walter" in _text("they met walter at the club.")
    assert "to rose gardens" in _text("we went to rose gardens in the park.")


def test_a_mark_between_two_words_makes_no_name_of_them() -> None:
    got = _text("it was frank, jones said. he spoke to john, sarah heard it.")
    assert "was frank, Jones" in got and "to john, Sarah heard" in got


def test_a_first_name_that_is_a_common_word_too_before_a_surname() -> None:
    # "ray", "rob", "mark" are common words; before a surname no list holds in lowercase
    # they are a first name, unless the word before shows the common word
    got = _text("the report is by mark lowen and rob kearney with ray suarez.")
    assert "Mark Lowen" in got and "Rob Kearney" in got and "Ray Suarez" in got
    assert "a ray Jones" in _text("it was a ray jones saw.")
    # function words and verbs are no first names ("the taliban", "came duri")
    got = _text("talks with the taliban went on after he came duri said.")
    assert "with the taliban" in got and "he came duri" in got


def test_a_common_word_after_an_opening_title_is_a_surname() -> None:
    """A word the lists read as a common one ("brown", "walker", "rice") right after a title
    that opens its phrase is a surname, and the title is cased with it; after an article or
    a description the title is a common noun and the next word stays."""
    text = _text("and governor brown signed it on monday. later they asked judge walker, "
                 "and secretary rice agreed.")
    assert "Governor Brown signed" in text
    assert "Judge Walker" in text
    assert "Secretary Rice agreed" in text
    for source, kept in [
        ("the governor brown bags his lunch.", "governor brown bags"),
        ("the california governor race is close.", "governor race"),
        ("the president met the press.", "president met"),
        ("he ran for president five years ago.", "president five"),
        ("un secretary general and the staff.", "secretary general"),
        ("she was judge and jury.", "judge and"),
        ("and president making plans.", "president making"),
        ("the mails of the u.s. president hello more than 300 people", "hello more"),
        ("and governor thanks for coming.", "thanks for"),
    ]:
        assert kept in _text(source), source


def test_a_common_word_after_a_first_name_twice_is_a_surname() -> None:
    """After a first name the lists know, a common word is a surname only where it stands so
    twice on the page: once it is as often a verb or a possessive the captions lost."""
    twice = _text("we talked to donald walker today. donald walker said no.")
    assert twice.count("Donald Walker") == 2
    once = _text("so peter joins us now from the studio.")
    assert "Joins" not in once
    roman = _text("from elizabeth ii to charles iii and then charles iii again.")
    assert "Iii" not in roman


def test_a_self_introduction_names_a_common_word_surname() -> None:
    """"i'm" and a first name of the lists, then a common word: the speaker's own name, both
    words cased; a first name that is a word too before a function word stays ("i'm frank
    about it")."""
    assert "I'm Lester Holt" in _text("good evening i'm lester holt. tonight the news.")
    assert "I'm frank about it" in _text("well i'm frank about it.")


def test_a_first_name_before_an_irish_surname_is_cased_with_it() -> None:
    """An Irish surname ("o'donnell") is a name wherever it stands, so a first name of the
    lists before it ("kelly", which is a common word too) is cased with it."""
    text = _text("nbc's kelly o'donnell reports from the hill. it is five o'clock.")
    assert "Kelly O'Donnell reports" in text
    assert "five o'clock" in text


def test_a_common_word_between_a_first_name_and_a_verb_of_saying_is_a_surname() -> None:
    """A first name of the lists, a common word, then "says"/"said"/"told": the one who
    speaks, named once ("linda park says"); a possessive first name owns the next word
    ("casey's defense says")."""
    text = _text("city spokesperson linda park says the deal will create jobs.")
    assert "Linda Park says" in text
    owned = _text("in court today casey's defense says the tape proves nothing.")
    assert "defense says" in owned
    assert "Defense" not in owned


def test_a_common_word_after_a_role_and_a_first_name_is_a_surname() -> None:
    """A noun of a person's work, a first name, then a common word: a surname ("the actor
    dennis waterman" reads as "the actor tom then left" does not: "then" is too common)."""
    assert "coach Sarah Wood" in _text("the team's coach sarah wood is staying for a year.")
    assert "Muir" in _text("and here is our anchor david muir with the headlines.")
    kept = _text("the actor tom then left the stage.")
    assert "Then" not in kept


def test_a_first_name_before_the_in_the_counts_is_still_a_first_name() -> None:
    """"james the", "peter the great": a name with an epithet, not a verb with its object
    ("rob the bank": "to rob" shows the verb); a first name the lists also hold in lowercase is
    cased beside a surname ("the james webb telescope")."""
    assert "The James Webb telescope" in _text("the james webb telescope saw it.")
    assert "Mary Jones" in _text("then mary jones spoke to the board.")
    assert "rob the bank" in _text("they tried to rob the bank.")


def test_census_first_names_and_surnames_the_1934_lists_miss() -> None:
    """The census's first names and commonest surnames (`censusnames`) read as names where
    the english-words lists do not: a first name beside a surname ("tyrone", "julio", as
    modern or Spanish names web2 lacks), a common surname after it ("jenkins", "morales").
    Words the counts show in a common word's use stay lowercase, census entries or not."""
    assert "Tyrone Jenkins" in _text("police say tyrone jenkins was arrested near the depot.")
    assert "Julio Morales" in _text("the coach said julio morales pitched well on sunday.")
    assert "Jarrod" in _text("our reporter jarrod miller is live at the scene tonight.")
    # a first name of the census that the lists hold only as a surname's word, and a surname
    # common enough to be one too ("tyson", "bryant") stay surnames: no name opens on them
    assert personnames.kind("tyrone") == NEAR_NAME
    assert personnames.kind("jenkins") == AFTER_NAME
    assert personnames.kind("bryant") == AFTER_NAME
    kept = _text("the warring factions met. the relief bill fails in the senate. "
                 "young voters will decide it.")
    assert "warring" in kept and "bill fails" in kept and "Young voters" in kept
    # a rarer surname of the census, a word the counts never saw, after a first name
    assert "Lucy Pettibone" in _text("we spoke with lucy pettibone about the garden show.")
    assert "Sarah Brightwell" in _text("the engineer said sarah brightwell found the fault.")
    # a census first name after a title and a first name keeps the title's reading
    assert "Minister Samir Lani," in _text(
        "he met prime minister samir lani, among others, on friday.")


def test_census_lists_missing_leave_the_word_lists_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without the `names` package's files the census lists are empty: kinds come from the
    english-words lists alone."""
    from transcript_tools import censusnames
    from transcript_tools.wordtable import WordTable

    monkeypatch.setattr(censusnames, "_table", lambda: WordTable("\n"))
    personnames._kind.cache_clear()
    try:
        assert personnames.kind("tyrone") == NOT_NAME
    finally:
        personnames._kind.cache_clear()


def test_census_lists_are_found_beside_a_folder_called_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A user's folder "names" in the working directory (on ``sys.path`` as "" under
    ``python -m``) is no census package: the lists are found by the distribution's files."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "people.txt").write_text("Ada Lovelace\n", encoding="utf-8")
    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    code = ("import sys; sys.path.insert(0, ''); "
            "from transcript_tools import censusnames; print(censusnames.first_name('tyrone'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


def test_two_words_only_the_pronouncing_dictionary_holds_are_a_name_said_once() -> None:
    assert personnames.kind("yevgeny") == AFTER_NAME
    assert personnames.kind("kornacki") == AFTER_NAME
    assert "Yevgeny Kornacki about" in _text("we spoke to yevgeny kornacki about the plan.")
    # a borrowed noun phrase takes a determiner; a person's name does not
    assert "the yevgeny kornacki all" in _text("we danced the yevgeny kornacki all night.")
    # a run of three such words is another language or a garble
    assert "yevgeny kornacki wendt" in _text("a word from yevgeny kornacki wendt today.")
    # the streets stage would case a street word after the name ("a drive" down a field)
    assert "yevgeny kornacki drive" in _text("the report names yevgeny kornacki drive as the site.")
    # a plural the lists leave out, and a pair after a word another rule cases (a modifier)
    assert "Kornacki" not in _text("we spoke to yevgeny kornacki spies about it.")
    assert "kornacki there" in _text("we met a russian yevgeny kornacki there.")
    assert "Yevgeny Kornacki said" in _text("in the united states, yevgeny kornacki said so.")


def test_a_surname_in_ing_that_is_no_verb_form_after_a_first_name() -> None:
    assert "Sarah Sterling says" in _text("sarah sterling says the vote is close.")
    assert "Sarah running says" in _text("sarah running says no.")


def test_a_common_word_after_a_first_name_and_after_a_described_title() -> None:
    text = _text("we met after the election of sarah thorn. new evidence tying governor "
                 "thorn to the deal came out.")
    assert "Sarah Thorn." in text and "governor Thorn to" in text
    # once after the first name alone, or after a title alone: left as said
    assert "Sarah thorn." in _text("we met after the election of sarah thorn. new evidence "
                                   "came out.")
    assert "governor thorn was" in _text("the governor thorn was sharp, sarah said.")


def test_a_common_word_surname_cased_on_the_page_is_cased_where_said_again() -> None:
    text = _text("we asked governor thorn about the bridge. a lawsuit against thorn industries "
                 "was filed, and critics of thorn say the plan fails. it is a thorn in the side, "
                 "the thorn bushes grew, and to thorn is no verb.")
    assert "Governor Thorn about" in text
    assert "against Thorn industries" in text and "critics of Thorn say" in text
    # the common word: after a determiner or "to", or in a pair the counts hold
    assert "a thorn in" in text and "the thorn bushes" in text and "to thorn is" in text
    # nothing on the page cased it as a surname: left as said
    assert "against thorn industries" in _text("a lawsuit against thorn industries was filed.")
    # a surname English writes in lowercase too ("sanders", a plural of "sander")
    text = _text("senator walter sanders spoke first. and sanders is still speaking. all "
                 "the sanders were sold out at the hardware store.")
    assert "Walter Sanders spoke" in text and "And Sanders is" in text
    assert "All the sanders were" in text


def test_a_colour_surname_stays_a_colour_beside_its_common_pair() -> None:
    text = _text("governor brown said no. the cook served brown rice, and brown said so.")
    assert "Governor Brown said" in text and "brown rice" in text


def test_a_pronounced_word_beside_one_no_dictionary_holds_is_a_name_said_once() -> None:
    assert personnames.kind("yevgeny") == AFTER_NAME
    assert personnames.kind("okonkwo") == AFTER_TITLE
    assert personnames.kind("ilsabet") == AFTER_TITLE
    assert personnames.kind("brannigan") == AFTER_NAME
    text = _text("we spoke to yevgeny okonkwo about the plan, and ilsabet brannigan agreed.")
    assert "Yevgeny Okonkwo about" in text and "Ilsabet Brannigan agreed" in text
    # the pair rule's guards hold: after a determiner, inside a run of three such words
    assert "the yevgeny okonkwo all" in _text("we danced the yevgeny okonkwo all night.")
    assert "yevgeny okonkwo brannigan" in _text("a word from yevgeny okonkwo brannigan today.")
    # two words no dictionary holds, said once, stay (`_unheard_pairs` wants them twice)
    assert "ilsabet okonkwo" in _text("a note from ilsabet okonkwo came.")


def test_a_self_introduction_of_two_words_no_dictionary_holds() -> None:
    assert personnames.kind("ilsabet") == AFTER_TITLE
    assert personnames.kind("okonkwo") == AFTER_TITLE
    doc = clean(">> good evening. and i'm ilsabet okonkwo. >> the court will come to order.")
    assert "I'm Ilsabet Okonkwo." in doc.text, doc.text
    # cased by its frame alone: it names no speaker
    assert all(t.label is None for t in doc.turns), doc.turns
    # not a word no dictionary holds before a common word or a name of the lists, nor a
    # word said alone
    text = _text("well, i'm okonkwo tired today. and i'm ilsabet.")
    assert "okonkwo tired" in text and "ilsabet." in text, text


def test_a_first_name_only_everyday_english_says_is_a_name_beside_another() -> None:
    """A name web2 writes only capitalised that the book counts never saw, but wordfreq's
    everyday English says often ("niall", "graeme"), is a first name beside a surname; alone
    it stays as written, and three-letter words and laughter ("vip", "hehe") are none."""
    assert personnames.kind("niall") == NEAR_NAME
    assert personnames.kind("graeme") == NEAR_NAME
    assert personnames.kind("vip") == NOT_NAME
    assert personnames.kind("hehe") == NOT_NAME
    text = _text("later niall mitchell and graeme porter met the board.")
    assert "Niall Mitchell and Graeme Porter met" in text, text
    kept = _text("hehe morgan laughed, and then graeme left early.")
    assert "hehe morgan" in kept.lower() and "Morgan" not in kept, kept
    assert "then graeme left" in kept, kept


def test_a_spoken_first_name_needs_the_frequency_list(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without wordfreq's list installed no word is known to be said often: the word lists
    alone read "niall" (never counted) as no name."""
    from transcript_tools import spokenwords

    monkeypatch.setattr(spokenwords, "_table", lambda: None)
    personnames._kind.cache_clear()
    try:
        assert personnames.kind("niall") == NOT_NAME
    finally:
        personnames._kind.cache_clear()


def test_two_name_words_after_a_noun_of_a_persons_work_are_a_name_said_once() -> None:
    """"our correspondent | ilsabet okonkwo": a role noun, then a first name and a surname
    of any kind, said once. A common word after the first name stays ("the lawyer kate
    instead asked"), as does a pair of common words after the noun ("the host nation")."""
    text = _text("our correspondent ilsabet okonkwo reports from the border, and the "
                 "manager gavin lee is in town.")
    assert "correspondent Ilsabet Okonkwo reports" in text, text
    assert "manager Gavin Lee is" in text, text
    kept = _text("the lawyer kate instead asked for a delay. the host nation won the cup, "
                 "and the coach bill brought snacks.")
    assert "kate instead" in kept and "host nation" in kept and "bill brought" in kept, kept
    # two words no dictionary holds may be common words newer than the lists: the first no
    # word everyday English says often, and the pair closed as a name is
    kept = _text("our reporter telehealth ransomware story ran, and the host vaping "
                 "fentanyl crisis grows.")
    assert "telehealth ransomware" in kept and "vaping fentanyl" in kept, kept
    assert "editor Ilsabet Okonkwo joined" in _text("the editor ilsabet okonkwo joined us.")
    # a plural a verb or noun follows heads a compound of newer words ("claims spread"); a
    # verb's "s" takes a function word or a mark after it (casing7)
    kept = _text("the coach blockvax cryptozine claims spread, and the analyst telehealth "
                 "vaping rules grow.")
    assert "blockvax cryptozine" in kept and "telehealth vaping" in kept, kept
    assert "editor Ilsabet Okonkwo visits the" in _text(
        "the editor ilsabet okonkwo visits the school.")


def test_a_spoken_first_name_before_an_unheard_word_said_twice_is_a_name() -> None:
    """A name web2 writes only capitalised, too rare for the counts ("kemal"), before a word
    no dictionary holds, the pair said twice, is a person's name, and the second word alone
    is cased too; said once, or after a common word, it stays."""
    text = _text("at first kemal yilmazoglu scored, and later kemal yilmazoglu scored "
                 "again. yilmazoglu was the star.")
    assert text.count("Kemal Yilmazoglu") == 2 and "Yilmazoglu was" in text, text
    kept = _text("the town of kemal yilmazoglu is far. we talked about kilodrome and "
                 "then about kilodrome again.")
    assert "kemal yilmazoglu" in kept and "about kilodrome again" in kept, kept
    # a word web2 writes in lowercase too ("bill"), or one after a determiner, opens none:
    # a common word newer than the lists follows it as often
    kept = _text("the new bill fentanyl rules passed, and the bill fentanyl rules were "
                 "signed. then mark kilodrome spoke, and mark kilodrome left.")
    assert "bill fentanyl rules were" in kept and "mark kilodrome left" in kept, kept
