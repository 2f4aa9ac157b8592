"""Regressions from the qa27 audit (fresh news and interview pages with story lexicons), each
on constructed text of the shape a page showed; `tests/data/qa27/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import Options, clean
from transcript_tools.boundaries import cuts
from transcript_tools.labelroles import sole_reach, unnamed_between_others
from transcript_tools.speakers import GUEST, HOST, OTHER

OTHER_LABEL = "bo"


def test_no_sentence_ends_on_plus_after_a_comma() -> None:
    # a business show's rundown: "an update on the transition, plus we will be talking to"
    # gave "the transition, plus. We will be talking"
    for learned in (True, False):
        text = clean("the senator will join us with an update on the budget, plus we will be "
                     "talking to the mayor of the city later this hour. you will not want to "
                     "miss that.", options=Options(learned_sentences=learned)).text
        assert "plus we will" in text, text
    # elsewhere the words may end a sentence
    text = clean("the new stadium is a big plus. i think so. the work is not done yet. we "
                 "will see.").text
    assert "big plus. I think so. The work is not done yet." in text


def test_a_name_written_whole_inside_a_window_swallows_no_word_beside_it() -> None:
    # "from the helmholtz center" heard whole as the listed centre lost its "the" (and
    # "helmholtz center will" its "will")
    names = ["Helmholtz Centre for Infection Research | Helmholtz Center for Infection Research",
             "Berlin"]
    t = clean("and experts from the helmholtz center will advise politicians in berlin.",
              names=names)
    assert "from the" in t.text and "center will advise" in t.text.casefold(), t.text
    assert not [c for c in t.corrections if c.kind == "name"]


def test_a_garble_beside_a_listed_name_is_still_completed() -> None:
    # (the guard leaves a window whose inner words are a shorter part of the name)
    t = clean("the chief executive satya not della spoke to investors today.",
              names=["Satya Nadella", "Microsoft"])
    assert "Satya Nadella" in t.text, t.text


def test_a_sponsors_company_suffix_goes_with_its_caption_credit() -> None:
    # "captioning sponsored by newshour productions, llc >> woodruff:" left ", LLC." as a
    # turn of its own
    t = clean("captioning sponsored by acme productions, llc >> woodruff: good evening. i'm "
              "judy woodruff. >> thank you, judy.\n")
    assert "LLC" not in t.text and not t.text.startswith(","), t.text
    assert t.to_text().startswith("Woodruff: Good evening."), t.to_text()


def test_a_name_labelling_each_of_its_speakers_turns_is_not_given_to_bare_ones() -> None:
    # an anchor labelled "woodruff:" at each of her turns; underwriting credits read between
    # them were given her name
    source = ("3:00 pm\n>> ifill: tonight, the governor resigns. >> we were not going to wait "
              "any longer for this decision. >> ifill: and the week's news with our panel. "
              ">> major funding for this program has been provided by: the railroad that "
              "connects us.\n3:01 pm\n>> acme insurance-- committed to helping you plan your "
              "retirement. >> supporting young entrepreneurs and their ideas. >> and with the "
              "ongoing support of these institutions and... >> this program was made possible "
              "by the corporation for public broadcasting. thank you. >> ifill: a political "
              "drama came to an end today. >> we will not comment on it. >> ifill: the "
              "governor leaves office next week.\n")
    turns = clean(source).turns
    named = [t.display_name for t in turns]
    assert named.count("Ifill") == 4, named
    # a bare turn of the role in an exchange with the other role keeps the name
    labels = ["ana", None, "ana", None, "ana", None, "ana"]
    states = [HOST, GUEST, HOST, GUEST, HOST, OTHER, HOST]
    assert unnamed_between_others(labels, states, sole_reach(labels, states)) == frozenset()
    states = [HOST, OTHER, HOST, GUEST, HOST, OTHER, HOST]
    labels = ["ana", None, "ana", None, "ana", None, "ana"]
    assert unnamed_between_others(labels, states, sole_reach(labels, states)) == frozenset()
    labels = ["ana", OTHER_LABEL, "ana", None, "ana", None, "ana"]
    states = [HOST, OTHER, HOST, HOST, HOST, OTHER, HOST]
    # (a bare host turn between two of ana's: an exchange of her own role, kept)
    assert unnamed_between_others(labels, states, sole_reach(labels, states)) == frozenset()
    labels = ["ana", None, None, None, "ana", "ana"]
    states = [HOST, OTHER, HOST, OTHER, HOST, HOST]
    assert unnamed_between_others(labels, states, sole_reach(labels, states)) == {2}
    # named on fewer turns: the captioner names some turns only, the bare ones are hers
    labels = ["ana", None, None, None, "ana"]
    states = [HOST, OTHER, HOST, OTHER, HOST]
    assert unnamed_between_others(labels, states, sole_reach(labels, states)) == frozenset()


def test_a_negative_contraction_after_its_subject_opens_no_question() -> None:
    # "this if you don't your news live from berlin" (a garbled channel opening) was cut
    # before "don't" as a question asked mid-sentence, a speaker change inside the sentence
    words = "this if you don't your news live from the capital tonight".split()
    assert cuts(words, False) == []
    # a negative question after another word still cuts: "... on the news | didn't you"
    words = "it was all over the evening news didn't you see it last night".split()
    assert words.index("didn't") in [i for i, _ in cuts(words, False)]


def test_a_split_beside_a_word_english_lacks_is_only_suggested() -> None:
    # "nhk's world mayuko amby reports" (no lexicon): a surname split into "am by"
    t = clean("our correspondent mayuko amby reports from the capital.")
    assert "Mayuko Amby reports" in t.text, t.text   # (cased as a name after the role noun)
    assert any(s.replacement == "am by" for s in t.suggestions)
    # among English words the split is made
    assert "to say" in clean("i wanted tosay thank you to all of them.").text


def test_a_surname_after_the_before_administration_is_the_leaders() -> None:
    names = ["Joe Biden", "Donald Trump"]
    t = clean("after four years under the trump administration the new president is trying "
              "to rebuild relations.", names=names)
    assert "the Trump administration" in t.text, t.text
    # other words after "the" leave the common word ("the trump card")
    t = clean("he played the trump card again in the talks.", names=names)
    assert "trump card" in t.text, t.text


def test_a_stop_after_to_before_a_persons_title_stays() -> None:
    # "we have today's top stories to get to. mr. kernen and ..." lost its stop
    text = clean("we have the top stories to get to. mr. jones and the markets are up this "
                 "morning.").text
    assert "to get to. Mr. Jones" in text, text
    # a place's abbreviation, or no title, leaves the line-break stop to go as before
    assert "to the store" in clean("so we went to. the store was closed by then.").text
