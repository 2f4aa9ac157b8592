"""Speaker labels (`readers.labels`): roles, titles and names before a colon, at a line's start
or inside it; ordinary colons stay text."""

from __future__ import annotations

import pytest

from transcript_tools.readers import parse
from transcript_tools.readers.labels import labelled_page


def _labels(src: str) -> list[str | None]:
    return [m.label for m in parse(src).markers if m.kind == "label"]


@pytest.mark.parametrize("src,labels", [
    # a role word after a sentence end, a question or a sound cue
    ("it is a fine book. host: the title is short. guest: [laughter] it is.", ["host", "guest"]),
    ("so what do you expect? caller: i expect rain.", ["caller"]),
    # a title and a name; an office "pro tempore"; "the" and a role word
    ("thanks for joining us. mr. ortiz: thank you, ann.", ["mr. ortiz"]),
    ("we go to the floor now. the speaker pro tempore: the house will come to order. "
     "the chaplain will lead us in prayer. the chaplain: let us pray.",
     ["the speaker pro tempore", "the chaplain"]),
    ("the time has expired. the presiding officer: the senator from ohio.",
     ["the presiding officer"]),
    # two capitalised words in lowercase caption text
    ("we will be right back after this. Jane Doe: thank you for having me on.", ["Jane Doe"]),
    # a label opening a line after a sentence end on the line before
    ("that is all for today.\nthe clerk: the bill is read.", ["the clerk"]),
    # after a cut-off: the next speaker broke in
    ("the rule of law -- host: let me ask you this. caller: sure.", ["host", "caller"]),
    # after a music cue: the song ends, a speaker begins
    ("a song on a friday night \u266a host: good morning.", ["host"]),
])
def test_labels_inside_a_line_after_a_sentence_end(src: str, labels: list[str]) -> None:
    # qa7 audit: C-SPAN and Senate captions write their labels inside a line
    assert _labels(src) == labels
    doc = parse(src)
    assert all(label + ":" not in doc.text() for label in labels)


@pytest.mark.parametrize("src", [
    "there is one reason. the reason: money.",
    "a short list. note: the bill passed.",
    "the meeting starts soon. at 10:30 we begin.",
    "he read it aloud. john 3:16 is the verse.",
    "the rule reads as follows. as follows: the bill is law.",
    "she said it twice. \"host: nobody\" was the sign.",
    "go to the site. https://example.org is it.",
    "it was late. the president: a life is a book.",
    "he spoke. the speaker: he rose.",
    "it ended. this is it: the end.",
    "we have news. Breaking News: the vote passed.",  # capitalised text is not lowercase text
    "stocks fell. apple inc: down two.",
    "mr. ortiz said this: we will vote.",
])
def test_ordinary_colons_inside_a_line_are_not_labels(src: str) -> None:
    assert _labels(src) == []
    assert parse(src).text() == src


def test_a_sentence_end_inside_a_lead_label_keeps_the_words_before_it() -> None:
    # "president. host:" opening a line: "president." is the last sentence's word, not a label
    doc = parse("we talked about the\npresident. host: we will look for it.")
    assert _labels("we talked about the\npresident. host: we will look for it.") == ["host"]
    assert "president." in doc.text()
    doc = parse("the answer is -- >> new jersey. anna: should have gone with it.")
    assert [m.label for m in doc.markers if m.kind == "label"] == ["anna"]
    assert "new jersey." in doc.text()


@pytest.mark.parametrize("src,labels", [
    # qa7 audit (UK Prime Minister's Questions): a member's name in lowercase captions that
    # mark speakers with ">>" elsewhere
    (">> order. questions to the prime minister. i will vote for it. martyn day: may i "
     "begin by thanking him?", ["martyn day"]),
    # a document that already has a label
    ("host: welcome back. the vote is close. keir starmer: we will oppose it.",
     ["host", "keir starmer"]),
    # no ">>" and no label anywhere: the same words stay text
    ("i will vote for it. martyn day: may i begin by thanking him?", []),
    # in a marked document, phrases of ordinary words, places, days stay text
    (">> yes. the reason: money. update: the vote passed. quote: we won. bottom line: "
     "it failed. good news: it passed. traffic update: all clear. los angeles: a fire. "
     "monday night: a storm. breaking news: a vote.", []),
    # one lowercase first name as a label (business and morning news captions), inside a
    # line or opening one, in a document that marks speakers
    (">> we caught them all. maria: good for you. we will be watching.", ["maria"]),
    ("judy: good evening. the debate is tonight.\n>> thank you, judy.", ["judy"]),
    ("the fed meets today.\ntavis: yeah. >> so what comes next?", ["tavis"]),
    (">> not a lot you can do with kids -- pete: we will see you tomorrow.", ["pete"]),
    (">> fired up \u266a brian: he is fired up.", ["brian"]),
    # one ordinary word, a place or a day before a colon stays text
    (">> yes. look: it failed. note: the vote passed. translation: we won. london: a fire. "
     "boss: come in. monday: rain. warning: ice.", []),
    # no ">>" and no label anywhere: a lone name stays text too
    ("we caught them all. maria: good for you.", []),
])
def test_a_lowercase_name_inside_a_line_labels_only_where_speakers_are_marked(
        src: str, labels: list[str]) -> None:
    assert _labels(src) == labels


def test_a_colon_inside_a_sentence_is_not_a_label() -> None:
    doc = parse("the question is: why now")
    assert doc.markers == ()
    assert doc.text() == "the question is: why now"


@pytest.mark.parametrize("src,labels", [
    # the anchor credited by name in the same turn: one turn, no second label
    (">> this is the late desk. anchor: good evening. the port strike is in its third week. "
     "nadia: the ships wait offshore.", ["anchor"]),
    # a name the anchor introduced, a question or a marker before it: a new speaker
    (">> anchor: with us is the economist pavel ostrov. pavel: thank you.", ["anchor", "pavel"]),
    (">> anchor: good evening. how long can it last? pavel: for weeks.", ["anchor", "pavel"]),
    (">> anchor: good evening. >> the ships wait. pavel: for weeks.", ["anchor", "pavel"]),
    # a reporter's label is no presenter's; a full name is a clip's or a guest's
    (">> reporter: the ships wait offshore. nadia: we have been here a week.",
     ["reporter", "nadia"]),
    (">> anchor: good evening. the strike goes on. nadia ferro: we will not move.",
     ["anchor", "nadia ferro"]),
])
def test_a_name_label_after_the_anchors_label_in_one_turn(src: str, labels: list[str]) -> None:
    assert _labels(src) == labels


def test_a_name_already_read_as_a_label_opens_a_line_mid_sentence() -> None:
    src = (">> brian: what did you hear? >> amy: a lot of noise on the\n11:03 pm\n"
           "brian: what is the difference?")
    assert _labels(src) == ["brian", "amy", "brian"]
    # a name no label gave stays text there
    assert _labels(">> brian: what did you hear? >> amy: a lot of noise on the\n11:03 pm\n"
                   "tavis: what is the difference?") == ["brian", "amy"]


# marked13 (qa12 audit, CNN documentary): every speaker a lowercase label in running text, no
# ">>" anywhere; the recurring labels are the evidence that the page marks speakers.
_DOCUMENTARY = (
    "rosalind: you start with the onions, always the onions. nadia rahim: the kitchen was tiny "
    "and hot. rosalind: then the garlic. woman: is it ready? tomas: we never slept that year. "
    "nadia rahim: it was chaos, real chaos.\n7:01 pm\ntomas: but we loved it. ollivander: "
    "nobody cooked like them. tomas: nobody.")


def test_a_page_of_lowercase_labels_without_markers_marks_its_speakers() -> None:
    assert labelled_page(_DOCUMENTARY)
    assert _labels(_DOCUMENTARY) == ["rosalind", "nadia rahim", "rosalind", "woman", "tomas",
                                     "nadia rahim", "tomas", "ollivander", "tomas"]
    assert ":" not in parse(_DOCUMENTARY).text()


def test_a_role_label_and_a_name_label_mark_a_page_from_its_start() -> None:
    src = ("marisol: we lost the roof in an hour. reporter: the storm came ashore at dawn. "
           "the river rose by noon.")
    assert labelled_page(src)
    assert _labels(src) == ["marisol", "reporter"]


@pytest.mark.parametrize("src", [
    # prose colons: a sentence's colon, a note, a clock, a ratio, a web address, a verse
    "here's the thing: we never asked. note: the vote passed at 4:00 today. the odds were "
    "3:1 against. go to example.org: it is all there. john 3:16 is the verse. the point: "
    "nobody knew. the thing: money.",
    # one name before a colon, even twice: a quote or a heading, not a page of labels
    "the letter was short. marisol: we are safe. the family read it twice. marisol: we are "
    "safe. nobody answered.",
    # ordinary words and places before colons, recurring: headings, not speakers
    "update: the road is closed. update: the road is open. warning: ice. warning: wind. "
    "london: a fire. london: a rescue.",
])
def test_prose_colons_give_no_page_of_labels(src: str) -> None:
    assert not labelled_page(src)
    assert _labels(src) == []
    assert parse(src).text() == src


@pytest.mark.parametrize("src,labels", [
    # a presenter whose name is also a town the gazetteer holds (qa12 audit: kgo 2021)
    (">> the game went to overtime. trujillo: the defense held on late. >> thank you.",
     ["trujillo"]),
    (">> we will be back after this. kano: good evening, our top story tonight.", ["kano"]),
])
def test_a_name_that_is_also_a_rare_town_labels_where_speakers_are_marked(
        src: str, labels: list[str]) -> None:
    assert _labels(src) == labels
    assert all(label + ":" not in parse(src).text() for label in labels)


@pytest.mark.parametrize("src", [
    # a well-known place, a nation, a state: a story's heading, not a speaker
    ">> more on the storm now. houston: the water is rising on the east side.",
    ">> and abroad tonight. romania: the vote is close.",
    ">> the latest from the coast. florida: the beaches are closed.",
    # figures after the town: a list of temperatures or scores
    ">> across the region this morning. kano: 35 degrees, dry and sunny.",
    # a page that marks no speakers
    "the storm moved on by noon. kano: the rain comes back later tonight.",
])
def test_a_town_before_a_colon_stays_text_otherwise(src: str) -> None:
    assert _labels(src) == []
