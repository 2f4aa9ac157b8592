"""The sentence stage on constructed caption text: periods, boundaries, question marks."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from transcript_tools import Options, clean

ONLY = Options(names=False, spelling=False, numbers=False, artifacts=False, casing=False,
               learned_sentences=False)
"""The hand-set gap model alone: these cases pin its mechanisms (they also feed the learned
model as features); `test_sentencemodel.py` covers the learned decoder."""


def text_of(source: str, options: Options = ONLY) -> str:
    return clean(source, options=options).text


def test_caption_period_after_a_word_that_cannot_end_a_sentence_goes() -> None:
    assert text_of("we walked to the. market this morning.") == \
        "we walked to the market this morning."


def test_caption_period_between_a_word_and_itself_stays() -> None:
    # Joining "the. the" would leave a stutter that a second clean removes: the clean text
    # must be stable under cleaning again (found by the invariant properties).
    source = "we walked to the. the market was closed."
    assert "the. the" in text_of(source)
    once = clean(source).text
    assert clean(once).text == once


LINE_BREAK_STOPS = "we went to the. market and. then a. new road opened. "
"""Three stops where no sentence ends: the document's captioner stops at line breaks."""


def test_caption_period_after_an_open_clause_goes_unless_a_strong_opener_follows() -> None:
    assert "let us look" in text_of("let us. look at the figures.")
    assert "we create" in text_of("i think we. create a problem here.")
    out = text_of("we were going to. let me start again.")
    assert "going to. let me" in out  # the speaker broke off: the stop stays
    record = [e for e in clean("let us. look at it.", options=ONLY).document.edits
              if e.rule == "caption-period"]
    assert len(record) == 1 and record[0].kind == "punctuation" and record[0].original == "."


def test_line_break_stops_inside_phrases_go_where_the_captioner_stops_at_line_breaks() -> None:
    out = text_of(LINE_BREAK_STOPS + "the talks are still going. on in the capital. "
                  "the answer is. not simple at all.")
    assert "to the market and then a new road" in out
    assert "going on" in out and "is not simple" in out


def test_stops_inside_phrases_stay_where_the_captioner_stops_at_sentence_ends() -> None:
    # a preposition, "that", a copula may end a sentence, and a common pair ("starvation
    # and", "them coming", "for one") may straddle a true end: only line-break style
    # documents lose such stops
    assert "starvation. and the" in text_of("many died of starvation. and the aid came late.")
    assert "to them. coming up" in text_of("we spoke to them. coming up the weather.")
    assert "unaccounted for. one" in text_of("two are unaccounted for. one was found alive.")
    assert "about that. john" in text_of("we talked about that. john said no.")
    assert "was. here is" in text_of("the earthquake was. here is what we know.")
    assert "at 3 am. we" in text_of("it started at 3 am. we were asleep.")
    assert "going. on in" in text_of("the talks are still going. on in the capital.")
    # the same stop goes once the document shows line-break stops
    assert "starvation and the" in text_of(LINE_BREAK_STOPS + "many died of starvation. "
                                           "and the aid came late.")


def test_real_sentence_end_stays() -> None:
    out = text_of("the vote was close. we will know more tomorrow.")
    assert "close. we" in out


def test_boundary_added_before_a_clause_opener_after_an_unseen_pair() -> None:
    out = text_of("the question came to power he destroyed everything before him")
    assert "power. he destroyed" in out
    assert out.endswith("him.")


def test_no_boundary_inside_a_fluent_pair() -> None:
    out = text_of("i think we made a very big progress in this process")
    assert out == "i think we made a very big progress in this process."


def test_wh_question_gets_a_question_mark() -> None:
    out = text_of("what are your preferred options. we will see.")
    assert out == "what are your preferred options? we will see."


def test_inverted_auxiliary_question() -> None:
    assert text_of("do you have evidence of that.") == "do you have evidence of that?"
    assert text_of("but are you saying then that talks are over.").endswith("over?")


def test_question_after_a_conjunction_in_the_last_clause() -> None:
    out = text_of("you mentioned the border but do you have evidence.")
    assert out.endswith("evidence?")


def test_long_question_after_a_conjunction_or_copula() -> None:
    out = text_of("the rules changed last year and the ministers have said so many times "
                  "but do you have evidence really that the suppliers are sending them.")
    assert out.endswith("sending them?")
    out = text_of("my question is do you worry that if the plan fails you will have to go.")
    assert out.endswith("go?")
    assert not text_of("i was tired and so do i.").endswith("?")


def test_no_end_between_a_conditional_and_its_main_clause() -> None:
    assert text_of("if the plan fails you will have to go") == \
        "if the plan fails you will have to go."


def test_question_opened_by_wh_and_a_modal_after_a_statement() -> None:
    out = text_of("the talks went nowhere in the end what could you have done differently")
    assert out.endswith("end. what could you have done differently?")


def test_tag_question() -> None:
    assert text_of("it is a difficult moment isn't it.").endswith("isn't it?")


def test_statements_are_not_questions() -> None:
    for s in ("when there is an attack we defend.", "what we need is peace.",
              "how the war began is clear."):
        assert text_of(s).endswith("."), s
        assert "?" not in text_of(s)


def test_boundary_before_a_subject_after_an_unrelated_pair() -> None:
    assert text_of("the bakery opened last spring we had lines around the block") == \
        "the bakery opened last spring. we had lines around the block."
    out = text_of("the river flooded again this week it's the third time this year")
    assert "week. it's the third" in out


def test_no_boundary_in_a_complement_clause_or_relative_clause() -> None:
    for s in ("she said they would come back after the harvest",
              "we spoke to the nurse who was on duty that night",
              "we looked at what will be the biggest change",
              "i think we made a very big progress in this process"):
        out = text_of(s)
        assert out == s + ".", out


def test_a_long_run_on_is_split_at_its_best_gap() -> None:
    out = text_of("the new stadium cost more than expected and the council voted to pay for "
                  "it anyway in a long session that lasted well into the night with many "
                  "residents speaking for and against the plan we will have more on that later")
    assert out.count(".") == 2
    assert "the plan. we will have more" in out


def test_question_starting_mid_run_is_split_off() -> None:
    out = text_of("the match ended in a draw on saturday do you think the coach will keep "
                  "his job")
    assert out == ("the match ended in a draw on saturday. do you think the coach will keep "
                   "his job?")


def test_tag_question_with_think() -> None:
    out = text_of("you have been coaching this team for years don't you think it is time")
    assert out.endswith("time?")
    assert "years. don't you think" in out


def test_mid_run_declarative_inversion_is_no_question() -> None:
    out = text_of("the harvest was late and the price is the highest in a decade")
    assert "?" not in out


def test_speaker_change_ends_a_sentence() -> None:
    out = text_of(">> thank you for joining us >> thank you")
    assert "us." in out


def test_every_change_is_a_punctuation_record() -> None:
    t = clean("what are your options. let us talk to the. minister", options=ONLY)
    assert t.document.edits
    assert all(e.kind == "punctuation" for e in t.document.edits)


WORDS = st.sampled_from(
    "i we you he they what why do does is are isn't it the a of to and but power "
    "council turkey turkish armenia u.s. may minister said going on question "
    "think know there . ? , >> 1st".split())


@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_casing_and_punctuation_never_change_the_letters_of_a_word(source: str) -> None:
    options = Options(names=False, spelling=False, numbers=False, artifacts=False)
    out = clean(source, options=options).text
    letters = regex.compile(r"[^\p{L}\p{N}]+")
    assert letters.sub("", out).lower() == letters.sub("", source.replace(">>", "")).lower()


def test_sample_reads_as_sentences(sample_text: str, sample_names: list[str]) -> None:
    import json
    from pathlib import Path

    from transcript_tools.model import apply_edits

    t = clean(sample_text, names=sample_names)
    doc = t.document
    assert apply_edits(doc.source, doc.edits) == t.text
    assert not regex.search(r"\bi\b|\bi'm\b", t.text)
    sentences = regex.split(r"(?<=[^A-Z][.?!])\s+", t.text)  # not after "U.S."
    assert all(s[:1].isupper() or not s[:1].isalpha() for s in sentences)
    # questions against our annotation of the sample: most marks we put are right
    note = json.loads((Path(__file__).parent / "data" / "cases" / "readable" /
                       "sample_sentences.json").read_text(encoding="utf-8"))
    pieces = [p for p in doc.pieces() if p.text]
    ends = {doc.tokens[p.stop - 1].end for p, q in zip(pieces, pieces[1:], strict=False)
            if doc.tokens[p.first].kind == "word" and (p.text.endswith("?") or q.text == "?")}
    gold = set(note["questions"])
    assert len(ends & gold) >= len(gold) // 3
    assert len(ends & gold) >= len(ends) // 2


def test_questions_inside_runs_with_the_learned_model() -> None:
    import json
    from pathlib import Path

    cases = json.loads((Path(__file__).parent / "data" / "cases" / "readable" /
                        "questions_in_runs.json").read_text(encoding="utf-8"))
    learned = ONLY.replace(learned_sentences=True)
    # A retrained model may move a borderline gap: all but one question exactly right, and
    # (precision first) no statement ever marked.
    wrong = [source for source, expected in cases["questions"]
             if text_of(source, learned) != expected]
    assert len(wrong) <= 1, wrong
    for source in cases["statements"]:
        out = text_of(source, learned)
        assert "?" not in out, out


def test_a_title_abbreviation_does_not_end_a_sentence() -> None:
    # qa6 audit: "the st. louis rams" read "the st. Louis rams", a sentence opening at Louis
    doc = clean("the owners let the st. louis rams move, and gov. brown agreed.",
                options=ONLY).document
    assert doc.sentence_starts == (0,)
    assert "st. louis" in doc.text() and "gov. brown" in doc.text()
    # a sentence that plainly opens after one stays apart ("down main st. we ate")
    assert len(clean("we walked down main st. we ate there.", options=ONLY)
               .document.sentence_starts) == 2


def test_a_closing_note_ends_the_sung_line_as_a_sentence() -> None:
    # qa8 audit (a commercial break): "♪ your ticket to a better night's sleep ♪" then the next
    # minute's "four hours on the slopes" ran on as one sentence
    t = clean("make the store your ticket to comfort. ♪ your ticket to a better night's sleep ♪\n"
              "four hours on the slopes and two hours doing this stuff. use it at gas stations "
              "♪this quarter and get cash back.")
    assert "a better night's sleep. Four hours on the slopes" in t.text
    assert "gas stations this quarter" in t.text  # a stray note opening nothing ends nothing


def test_a_stop_before_a_comma_a_decimal_or_an_initials_letter_ends_no_sentence() -> None:
    # qa9 audit: "cost cutting, etc., As a result" (Bloomberg 2014), "the u. S. Senate"
    # (C-SPAN 2024), "a .500 team" read as "a 500 team"
    for source, want in (("we cut costs, etc., as a result of the deal.",
                          "we cut costs, etc., as a result of the deal."),
                         ("they are a .500 team this year.", "they are a .500 team this year.")):
        assert text_of(source) == want
    doc = clean("the floor of the u. s. senate is open today.", options=ONLY).document
    assert doc.sentence_starts == (0,)


def test_a_closing_note_after_a_word_no_sentence_ends_on_ends_nothing() -> None:
    # fuzz finding: "♪ the ♪ and" became "The. And.", and cleaning that again "The And."
    assert clean("♪ we sang along with the ♪ band all night\n").text == \
        "We sang along with the band all night."
    assert clean("♪ we sang along ♪ and the band played\n").text == \
        "We sang along. And the band played."


def test_a_question_fronted_by_a_wh_phrase_is_not_cut_inside() -> None:
    def run(source: str) -> str:
        return clean(source, options=Options(names=False)).text

    assert run("what the hell were you thinking") == "What the hell were you thinking?"
    assert run("we talked at the studio what the hell were you thinking") \
        == "We talked at the studio. What the hell were you thinking?"
    # two questions: "what happened" asks for the subject (`questions._asks_subject`)
    assert run("what happened did you see it") == "What happened? Did you see it?"
    assert run("i asked him what the hell were you thinking") \
        == "I asked him what the hell were you thinking."


def test_a_clause_after_a_whole_clause_starts_a_sentence() -> None:
    def run(source: str) -> str:
        return clean(source, options=Options(names=False)).text

    assert run("good morning we are here with ed lee he's actually going to be here it's "
               "wednesday and the market is up").startswith(
        "Good morning, we are here with ed lee he's actually going to be here. It's Wednesday")
    assert "joining us. I'm" in run("well i like that thanks for joining us i'm kristen sze "
                                    "and here is the weather")


def test_a_colon_before_a_speaker_change_stays() -> None:
    # qa20 audit (PBS 2010): "funding ... has been provided by: >> will your savings be
    # enough" ended "provided by." : the colon leads into the next voice's words
    source = ("major funding for this program has been provided by: >> will your savings "
              "last? >> and here is what the mayor told us: >> we will rebuild the bridge.")
    text = clean(source, options=Options(names=False)).text
    assert "provided by:" in text and "told us:" in text
    assert "provided by." not in text and "told us." not in text


def test_no_sentence_ends_on_a_title_whose_name_the_caption_lost() -> None:
    # qa24 audit (a 2019 interview): "their prime minister mr he said you had to" became
    # "prime minister Mr. He said": a title stands before a surname, never at a sentence end
    for title in ("mr", "mrs", "ms"):
        source = ("the party came first in the last elections but lost a lot of its support "
                  f"because their prime minister {title} he said he had to take the blame for "
                  "the unpopular reforms in the country and the rise in gas prices which people "
                  "did not like")
        text = clean(source).text
        assert f"minister {title} he said" in text.lower()
        assert f"{title}." not in text.lower()


def test_no_sentence_ends_before_the_clause_a_verb_form_of_thinking_takes() -> None:
    # qa24 audit (a 2020 programme): "americans believing they were on the cusp" was split
    # "believing. They were": the -ing and -s forms of "believe", "hope", "think" take a
    # clause without "that" as the base forms do
    source = ("a survey last month found nearly half of the residents believing they would lose "
              "their homes and the council says it is doing what it can")
    assert "believing they would" in text_of(source)
    source = "the poll found most of the nurses hoping we would raise their pay and he says no"
    assert "hoping we would" in text_of(source)


def test_a_question_opened_by_a_wh_word_and_its_noun_is_not_split_before_its_verb() -> None:
    # qa24 audit (a 2018 interview): ">> so what damage would you say specifically?" became
    # "So what damage. Would you say specifically?"
    source = ("he has done real harm to the press with the attacks. >> so what damage would you "
              "say specifically? >> i think that the public trusts us less.")
    for options in (ONLY, Options(names=False)):
        assert "what damage would you say" in text_of(source, options).lower()
    # a wh-word with no noun after it may stand alone: "what about iran? would you go"
    assert text_of("what about iran would you go there") == \
        "what about iran? would you go there?"


def test_a_negated_imperative_or_a_subjectless_statement_keeps_its_stop() -> None:
    # qa25: a captioner's stop after "do not go anywhere" became "?"
    assert "Do not touch the rail. We" in clean(
        "the crowd waited outside the hall. do not touch the rail. we will open the doors "
        "soon.").text
    assert "Could not hear a thing. The" in clean(
        "the wind was loud on the ridge. could not hear a thing. the tent shook all night "
        "long.").text
    assert "Could you hear a thing?" in clean(
        "the wind was loud on the ridge. could you hear a thing. the tent shook all night "
        "long.").text


def test_a_question_cut_off_inside_its_last_word_takes_an_ellipsis() -> None:
    # qa25: an excerpt cut inside a question's last word ended "?" after the stub
    assert clean("the story was told on the radio. did they finis").text.endswith("finis…")
    assert clean("the bills came in again last week. what was that for").text.endswith("for?")


def test_a_question_the_captioner_closes_is_not_cut_inside() -> None:
    out = clean("he has been in power for seven years. would you accept that the long drought "
                "in the valley is the greatest test he has faced in his career? we think "
                "so.").text
    assert "the greatest test he has faced in his career? We think" in out


def test_a_question_ending_on_a_letter_keeps_its_mark() -> None:
    assert clean("the markets were calm last week. what about plan b").text.endswith("b?")


def test_a_ligature_word_is_read_as_its_letters() -> None:
    # found by the fuzzer (ux13): the sentence stage's key kept "ﬁ" (str.lower does not
    # split it), so the gap model did not know the word; the casing stage's title-casing
    # does split it ("Fish"), and a second clean then read another word and added a comma
    from transcript_tools import clean
    plain = clean("they sell fish we buy bread").text
    assert plain == "They sell fish, we buy bread."
    tied = clean("they sell \ufb01sh we buy bread").text
    assert tied == "They sell \ufb01sh, we buy bread."
    assert clean(tied).text == tied
    # negative: without the gap a plain word has, no comma comes with the ligature either
    assert clean("we caught \ufb01sh she cooked them").text == "We caught \ufb01sh she cooked them."
