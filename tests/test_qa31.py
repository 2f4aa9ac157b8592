"""Regressions from the qa31 audit (readable text on fresh archive pages: a late-night
monologue, local news and weather, business channels, House floor speeches), each on
constructed text of the shape a page showed; `tests/data/qa31/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.readers.labels import labelled_page


def test_no_inverted_question_opens_on_an_auxiliary_a_dash_cuts_off() -> None:
    # "no, no, you can't -- you have to -- you can't -- you can't coddle them." read "you.
    # Can't -- you have to -- you? Can't -- you can't coddle them?": "can't | you" was read as
    # an inverted question though the dash stands between the two words
    text = clean("4:00 pm\n>> take this with you. yeah, no, no, you can't -- you have to -- "
                 "you can't -- you can't spoil them. we're going to need the keys, too.\n").text
    assert "you can't -- you have to -- you can't -- you can't spoil them." in text, text
    assert "?" not in text, text
    # the inversion without a dash is still a question
    text = clean("4:00 pm\n>> we tried everything. can't you see how tired they are\n").text
    assert text.endswith("Can't you see how tired they are?"), text


def test_how_and_its_degree_word_stay_with_the_auxiliary_after_them() -> None:
    # "how significantly will it be changed?" read "How significantly. Will it be changed?"
    text = clean("9:00 am\n>> the bank meets this week. will the rates go up? how quickly will "
                 "they move? nobody knows.\n").text
    assert "How quickly will they move?" in text, text
    # the captioner's stop after such a question becomes its question mark
    text = clean("9:00 am\n>> she kept the news to herself. how early did you know. >> that "
                 "she was leaving? >> yes.\n").text
    assert "How early did you know?" in text, text
    # "how come" and "how so" may stand alone
    text = clean("9:00 am\n>> he left early. how come? did you ask him\n").text
    assert "How come? Did you ask him?" in text, text


def test_a_subordinate_clause_opening_a_sentence_keeps_its_main_clause() -> None:
    # "if you look behind me you can see the support" read "If you look behind me. You can
    # see the support"
    text = clean("6:01 pm\n>> well, anna, as for a cause the fire marshal is calling this an "
                 "electrical fault. if you look behind me you can see the neighbors gathering "
                 "outside the shop.\n").text
    assert "If you look behind me you can see the neighbors" in text, text
    # a question that opens with "when" is no subordinate clause
    text = clean("6:01 pm\n>> the vote was delayed again. when will they vote? we asked the "
                 "mayor today.\n").text
    assert "When will they vote? We asked" in text, text


def test_a_page_without_markers_labels_its_presenters_by_first_name() -> None:
    # business channels write "stuart: good morning ... hans: we will see" with no ">>": the
    # labels stayed in the text ("Speaker 1: Guy: Reaching new heights")
    source = ("9:00 am\nmaria: good morning, everyone. markets are higher this morning. we have a "
              "lot to cover.\n9:01 am\nthe dollar is weaker. let's go to london. peter, what are "
              "you seeing? peter: the pound is rising after the vote.\n")
    assert labelled_page(source)
    out = clean(source).to_text()
    assert out.startswith("Maria: Good morning, everyone."), out
    assert "\n\nPeter: The pound is rising after the vote." in out, out
    assert "Maria:" not in out[10:] and "Peter: The" in out, out
    # one given name before a colon once is a heading or a quote, not a page of labels
    assert not labelled_page("9:00 am\nthe judge said this. maria: a quote from the file.\n")
    # a surname label, or a place, needs the page's other evidence
    assert not labelled_page("9:00 am\nthe vote. hoyer: we agree. the end. hoyer: yes.\n")
    assert not labelled_page("9:00 am\nthe news. london: a fire. more news. paris: a strike.\n")


def test_a_name_the_labels_give_is_cased_where_it_is_addressed() -> None:
    # ">> right,jimmy. >> jimmy: you know" read "Right, jimmy." under the label "Jimmy:"
    out = clean("9:00 am\n>> maria: good morning. the market is open. >> the dollar is weaker. "
                "that's right, maria. >> maria: thanks.\n").to_text()
    assert "That's right, Maria." in out, out
    # a word the labels give stays lowercase where nobody is addressed
    out = clean("9:00 am\n>> rose: good morning. >> we planted a rose, and more.\n").to_text()
    assert "a rose, and more" in out, out


def test_a_wh_phrase_inside_a_sentence_stays_with_the_clause_it_is_the_object_of() -> None:
    # "will detail what kind of executive action he will take as he addresses congress" read
    # "what kind of executive action. He will take as he addresses Congress."
    for source, phrase in (
            ("tonight, the governor will detail what kind of action he will take as he "
             "addresses lawmakers. he will outline how he will pay for it.",
             "what kind of action he will take as he addresses lawmakers."),
            ("the board will decide which course of action they will take when they meet. "
             "they will vote monday.", "which course of action they will take when they meet."),
    ):
        text = clean(f"9:00 am\n>> {source}\n").text
        assert phrase in text, text
    # a wh-word with its verb is a clause of its own: the next sentence stays apart
    text = clean("9:00 am\n>> we know what happened. he will speak at nine.\n").text
    assert "We know what happened. He will speak at nine." in text, text


def test_what_and_a_possessive_before_the_clauses_own_auxiliary_is_no_question() -> None:
    # "what castro's death could mean for those plans." got a question mark ("what X's" was
    # read as "what X is")
    text = clean("6:00 pm\n>> the general has died. what ortega's death could mean for those "
                 "plans. they can find things that are local.\n").text
    assert "What ortega's death could mean for those plans." in text, text


def test_a_fronted_time_phrase_after_an_adverb_of_time_joins_its_clause() -> None:
    # "right now at 6:00 it's the end of an era" read "Right now at 6:00. It's the end"
    text = clean("6:00 pm\n>> the old mill is gone. right now at 6:00 it's the close of a "
                 "chapter for the town. tonight why workers are worried.\n").text
    assert "Right now at 6:00, it's the close of a chapter" in text, text


def test_a_surname_cased_after_a_first_name_is_cased_where_the_page_says_it_alone() -> None:
    # "hillary clinton is back on the campaign trail ... the clinton campaign releases" read
    # "Hillary Clinton ... The clinton campaign"
    text = clean("6:00 pm\n>> police identified the driver as shirley chen of the east side. "
                 "neighbors said chen had lived there for years. a rose bush was crushed.\n").text
    assert "Neighbors said Chen had lived there" in text, text
    text = clean("6:00 pm\n>> the mayor, karen logan, spoke today. the logan campaign says it "
                 "will appeal.\n").text
    assert "The Logan campaign says" in text, text
    # a word English writes in lowercase too stays so alone
    text = clean("6:00 pm\n>> the singer, anna rose, is in town. a rose garden opens "
                 "downtown.\n").text
    assert "A rose garden opens" in text, text
