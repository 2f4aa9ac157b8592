"""The boundary model for unmarked run-on text: where a change of speaker may fall."""

from __future__ import annotations

from transcript_tools.boundaries import cuts, question_at


def test_boundary_model_finds_the_answer_after_a_run_on_question() -> None:
    words = "what did the inspectors find on the bridge they found cracks in two beams".split()
    assert [i for i, _ in cuts(words, question_at(words, 0))] == [8]  # before "they found"


def test_boundary_model_cuts_before_a_mid_sentence_question_and_its_answer() -> None:
    words = ("and the water is still rising is it going to reach the town yes we expect it "
             "by morning").split()
    assert [i for i, _ in cuts(words, question_at(words, 0))] == [6, 13]  # "is it", "yes"


def test_boundary_model_leaves_a_plain_statement_whole() -> None:
    words = "we had to stop all traffic for the whole of the night and the day after".split()
    assert cuts(words, question_at(words, 0)) == []
    assert not question_at("that is what keeps me awake".split(), 2)


def test_an_auxiliary_after_a_noun_phrase_is_its_verb_not_a_question() -> None:
    """"... because the engine | was there" continues the sentence (a determiner two words
    back); a plural noun before a singular auxiliary ("... the old roads | is that") cannot
    be its subject, so a question may open there."""
    words = "i kept going because the engine was there even if the brakes were not".split()
    assert words.index("was") not in {i for i, _ in cuts(words, False)}
    words = ("they drove in from the villages along the old roads is that the reason the "
             "market is so busy").split()
    assert words.index("is") in {i for i, _ in cuts(words, False)}


def test_is_that_before_a_clause_is_no_question() -> None:
    """"the point is that we ..." / "all i can tell you | is that he is happy" is a clause;
    "is that you?", "is that true?", "is that the plan?" ask."""
    assert not question_at("is that he is happy here".split(), 0)
    assert not question_at("all i can tell you is that we are ready".split(), 5)
    for text in ("is that you", "is that true", "is that the plan", "was that the plan"):
        assert question_at(text.split(), 0), text


def test_a_question_a_speaker_reports_is_no_cut() -> None:
    """"... so i said to myself | why not go now": quoted by the same speaker (a reporting
    verb and its object before it); "... let me ask you | what ..." still puts one to the
    other."""
    words = "the pace was slowing down so i said to myself why not go now and i went".split()
    assert words.index("why") not in {i for i, _ in cuts(words, False)}
    words = "the bridge has been shut for a year now i asked him what did the council do".split()
    assert words.index("what") not in {i for i, _ in cuts(words, False)}
    words = "the bridge has been shut for a year now so let me ask you what did the council do"
    assert words.split().index("what") in {i for i, _ in cuts(words.split(), False)}


def test_a_wh_word_before_a_determiner_opens_no_question_at_a_units_start() -> None:
    """"what a day that was" exclaims, "how the bridge was built" and "what the council wants
    is ..." are clauses; an inverted auxiliary after the phrase still asks ("what the hell
    were you thinking", "how on earth" aside)."""
    for text in ("what a day that was", "how the bridge was built in a single summer",
                 "what the council wants is a second vote", "so why the mayor agreed is a mystery"):
        assert not question_at(text.split(), 0), text
    for text in ("what the hell were you thinking", "how the heck did you get in",
                 "what do you make of it", "why is the bridge closed"):
        assert question_at(text.split(), 0), text


def test_a_lead_in_to_the_next_sentences_question_is_cut_at_a_second_person_word() -> None:
    """Only when the next sentence asks, and only before "you"/"your" (not "so", "but")."""
    from transcript_tools.boundaries import cuts

    words = "the crowd carried me up the hill you crashed in this race last year".split()
    assert words.index("you") in {i for i, _ in cuts(words, False, asks_next=True)}
    assert words.index("you") not in {i for i, _ in cuts(words, False)}
    plain = "the crowd carried me up the hill we crashed in this race last year".split()
    assert not cuts(plain, False, asks_next=True)


def test_an_interviewers_let_me_ask_leads_in_to_the_next_sentences_question() -> None:
    """"... and that is why we need new roads | let me ask you this about the budget" (the
    next sentence asks): a lead-in cut at "let"; none when nothing asks next."""
    words = ("and that is why we need the new roads in the county let me ask you this about "
             "the budget").split()
    assert words.index("let") in {i for i, _ in cuts(words, False, asks_next=True)}
    assert words.index("let") not in {i for i, _ in cuts(words, False)}


def test_a_wh_clause_after_think_or_believe_is_its_object() -> None:
    """"... and i think | what is missing is ..." and "i believe | how we ..." go on with
    the verb's object clause: no question opens there."""
    words = "the farmers need rain more than money and i think what is missing is water".split()
    assert words.index("what") not in {i for i, _ in cuts(words, False)}
    words = "we have tried everything this year and i believe how we plant must change".split()
    assert words.index("how") not in {i for i, _ in cuts(words, False)}


def test_a_pronoun_before_a_particle_is_an_object_not_an_answer() -> None:
    """"... and then decide to demolish | it and build flats" ("it" the verb's object): no
    answer opens at the pronoun; "... | it was a hard year" still may."""
    words = ("why did the council buy the old library and then decide to demolish it and "
             "build flats").split()
    assert words.index("it") not in {i for i, _ in cuts(words, True)}
    words = "how long has the old library stood empty it was a hard year for us".split()
    assert words.index("it") in {i for i, _ in cuts(words, True)}


def test_no_turn_ends_on_heres_or_whats() -> None:
    """"here's", "what's", "where's" need what follows ("and here's | why we left"): no cut
    after them."""
    words = "we sold the farm in the spring and here's why we did it so early".split()
    assert words.index("why") not in {i for i, _ in cuts(words, False)}


def test_the_clause_after_whose_and_its_noun_goes_on() -> None:
    """"... a farmer whose land | they flooded" goes on with the relative clause: no answer
    opens two words after "whose"."""
    words = ("why did the county build the dam above a village whose houses they knew would "
             "flood").split()
    assert words.index("they") not in {i for i, _ in cuts(words, True)}


def _cut_words(text: str, asks: bool = False, asks_next: bool = False) -> list[str]:
    words = text.split()
    return [words[i] + " " + words[i + 1] for i, _ in cuts(words, asks, asks_next)]


def test_a_second_person_object_leads_in_to_no_question() -> None:
    # the lead-in to the next sentence's question starts at the subject "you had", not at
    # the object "you" of "kept you out" (turns27)
    text = ("the wind carried us home you had a knee operation last winter that kept you "
            "out for a season")
    assert _cut_words(text, asks_next=True) == ["you had"]


def test_a_wh_word_that_rarely_follows_asks_when_you_comes_next() -> None:
    # "it | what made you ...": a seen but rare pair, and "you" within three words after
    # the wh-word: the other speaker's question (turns27); "us what ..." glues as before
    text = ("we kept the old boat for about ten years before we sold it what made you sell it "
            "my son wanted a faster one")
    assert "what made" in _cut_words(text)
    text = "the council never told us what you would have to pay for the new bins this year"
    assert "what you" not in _cut_words(text)



def test_no_turn_ends_on_a_preposition_that_needs_its_object() -> None:
    """"... are all against | your idea" leaves the preposition without its object: no
    host's lead-in starts at "your" (turns43); a particle or an adverb still ends a turn
    ("... until the storm was over | we came up"), and so does the object after the
    preposition ("... were against it | we thought")."""
    text = ("the players we spoke to are all against your idea of a winter season would you "
            "think again about it")
    assert _cut_words(text, asks=False) == ["would you"]  # not "your idea" too
    text = "how long did you shelter in the cellar until the storm was over we came up at dawn"
    assert _cut_words(text, asks=True) == ["we came"]
    text = ("how did the town vote on the new bridge most people were against it we thought "
            "it would bring traffic")
    assert _cut_words(text, asks=True) == ["we thought"]


def test_a_question_tag_closing_the_sentence_stays_with_it() -> None:
    # "... isn't it" at a sentence's end is the speaker's own tag: no question opens at the
    # negated auxiliary and no answer at its pronoun (turns28); a question opening earlier in
    # the sentence is still cut
    text = ("the council has put the rents up again and what the tenants want is a fair deal "
            "for the flats isn't it")
    assert _cut_words(text) == []
    text = ("we drove down to the coast on friday the sea was wild what the locals say is "
            "that the storm is the worst in years isn't it")
    assert _cut_words(text) == ["what the"]
    text = "did the ferry run today yes it ran twice in the morning"
    assert _cut_words(text, asks=True) == ["yes it"]


def test_a_wh_word_after_a_prepositions_object_pronoun_opens_a_question() -> None:
    """A preposition's object pronoun closes its phrase ("... a good year for them | what
    happens ..."): "what", "how", "why" right after it are no object of a verb before them,
    and open the other speaker's question there, whose answer is then looked for (turns45);
    after a verb's object ("told us what ...", "show them how ...") the wh-clause is that
    verb's object, and nothing is cut."""
    text = ("the orchard gave its best crop in a decade which was a relief for them what "
            "happens to the apples now they go to the cider press in the village")
    assert _cut_words(text) == ["what happens", "they go"]
    assert question_at(text.split(), text.split().index("what"))
    text = ("the keeper showed us the new enclosure and the volunteers were kind to me how "
            "did the otters settle in they love the stream")
    assert "how did" in _cut_words(text)
    # a verb's object: the clause goes on
    text = "the engineers never told us what happens to the old bridge once the new one opens"
    assert _cut_words(text) == []
    assert not question_at(text.split(), text.split().index("what"))
    text = "the coach will show them how the new drills work on the first morning of camp"
    assert _cut_words(text) == []
    # a preposition's object before "who" or "which" (relatives) asks nothing
    text = "the prize went to one of them who had trained on the hills all winter long"
    assert _cut_words(text) == []
