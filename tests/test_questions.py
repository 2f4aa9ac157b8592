"""Question shapes on lowercase word keys."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.questions import is_question, opens_question


def test_question_shapes() -> None:
    for s in ("what are your plans", "so do you agree", "how many people did you see", "why not",
              "it is cold isn't it", "you saw the game don't you think", "is there a cure",
              "what about the farmers"):
        assert is_question(s.split()), s


def test_statement_shapes() -> None:
    for s in ("what we need is rain", "how the war began is clear", "when it rains we stay",
              "the man who was there left", "that is the plan", "you are right"):
        assert not is_question(s.split()), s


def test_right_as_a_tag_needs_an_unusual_pair() -> None:
    def never(a: str, b: str) -> bool:
        return False

    assert is_question("you were at the meeting right".split(), never)
    assert not is_question("you were at the meeting right".split())  # no statistics: no tag
    assert not is_question("you know they did it all right".split(), never)


def test_opens_question_skips_nothing() -> None:
    assert opens_question("do you".split())
    assert not opens_question("but do you".split())


def test_inverted_tail_finds_the_auxiliary_of_a_late_question() -> None:
    from transcript_tools.questions import inverted_tail

    w = "you mentioned the border but do you have evidence that they cross it".split()
    assert w[inverted_tail(w)] == "do"
    assert inverted_tail("we said so do we".split()) == 0  # "so do we" agrees
    assert inverted_tail("we came home and it was late".split()) == 0


# -- questions inside a run (`place_questions`) on synthetic gap scores ----------------------
from transcript_tools.questions import QuestionCuts, mid_opener, place_questions, tag_at  # noqa: E402

CUTS = QuestionCuts(start=-2.0, end=1.0, longest=18)
NEVER = -99.0


def run(text: str, strong: dict[str, float] | None = None,
        default: float = -4.0) -> tuple[str, set[int]]:
    """Place questions in ``text`` (one sentence, ending at its last word) whose gaps score
    ``default`` except after the words keyed in ``strong`` ("word@k" or "word"); returns the
    text with its ends and question marks and the question ends."""
    w = text.split()
    gaps = []
    for i, x in enumerate(w):
        got = (strong or {}).get(f"{x}@{i}", (strong or {}).get(x, default))
        gaps.append(got)
    ends = [False] * len(w)
    ends[-1] = True
    out = place_questions(w, ends, gaps, CUTS)
    marked = [x + ("?" if i in out else "." if ends[i] else "") for i, x in enumerate(w)]
    return " ".join(marked), out


def test_mid_opener_shapes() -> None:
    def opens(text: str) -> bool:
        w = ("x " + text).split()
        return mid_opener(w, 1)

    for s in ("would you like more", "can they win it", "how have those talks gone",
              "what does the law say", "where are we now", "will it last long",
              "how long will the repairs take", "is she right now", "which do you prefer"):
        assert opens(s), s
    for s in ("is i love it", "are he going home", "do it again now",  # no agreement / object
              "which has the effect", "who did the work", "who don't know it",  # relatives
              "what could get worse", "is the plan good", "is it true that",
              "how long the repairs take"):
        assert not opens(s), s


def test_a_question_opening_mid_run_is_cut_off_at_a_plausible_gap() -> None:
    text, _ = run("the striker scored again would you sell him now", {"again": -1.0})
    assert text == "the striker scored again. would you sell him now?"


def test_no_cut_where_the_gap_is_weak_or_the_question_embedded() -> None:
    assert "?" not in run("the striker scored again would you sell him now")[0]
    for text, word in (("nobody knows how will they pay the bills", "knows"),
                       ("not only did they win the league they won the cup", "only")):
        out, asked = run(text, {word: 0.0})
        assert not asked and out == text + ".", out


def test_a_question_ends_at_the_first_strong_gap_or_the_next_opening() -> None:
    text, asked = run("the ferry was cut last winter how have the islanders managed can you "
                      "describe a normal week", {"winter": 0.0, "managed": -1.0})
    assert text == ("the ferry was cut last winter. how have the islanders managed? can you "
                    "describe a normal week?")
    assert len(asked) == 2
    text, _ = run("the storm hit the valley will they reopen the road soon the crews are out "
                  "in force", {"valley": 0.0, "soon": 1.5})
    assert text == ("the storm hit the valley. will they reopen the road soon? the crews are "
                    "out in force.")


def test_a_long_run_after_an_opening_without_an_end_gap_is_no_question() -> None:
    words = "do you think " + " ".join(["the plan"] * 10)
    text, asked = run("we met the team " + words, {"team": 0.0})
    assert not asked
    assert text.startswith("we met the team. do you")  # the cut stands, no mark is guessed


def test_a_question_after_a_conjunction_or_copula_is_not_cut_off() -> None:
    text, asked = run("the market fell and do you think it will recover", {"and": 0.0,
                                                                           "fell": 0.0})
    assert text == "the market fell and do you think it will recover?" and asked
    text, _ = run("the question is will it rain on the day", {"is": 0.0})
    assert text == "the question is will it rain on the day?"


def test_tag_question_at_a_clause_end_inside_a_run() -> None:
    assert tag_at("it is good isn't it".split(), 3)
    assert not tag_at("it is good is it".split(), 3)
    text, _ = run("the harbour is the place that matters most isn't it we sail on monday",
                  {"it@9": 1.5})
    assert text == "the harbour is the place that matters most isn't it? we sail on monday."
    text, asked = run("the harbour matters most isn't it clear that we sail", {})
    assert not asked  # no gap after the tag: "isn't it clear" goes on


def test_inverted_tail_after_a_copula_with_a_modal_and_a_noun_subject() -> None:
    from transcript_tools.questions import inverted_tail

    w = "the question is will the coach survive the week".split()
    assert w[inverted_tail(w)] == "will"
    assert inverted_tail("the roads are flooded and the schools are shut".split()) == 0
    assert inverted_tail("they came and did the work again".split()) == 0  # "did" is no modal


def test_a_judge_decides_whole_sentences() -> None:
    w = "so do you agree with the plan".split()
    gaps = [-4.0] * len(w)
    assert place_questions(w, [False] * 6 + [True], gaps, CUTS) == {6}
    veto = place_questions(w, [False] * 6 + [True], gaps, CUTS, judge=lambda s, shape: False)
    assert veto == set()


def test_a_wh_phrase_opens_a_question_inside_a_run_however_weak_the_gap_at_its_auxiliary(
        ) -> None:
    # the cut is weighed before the wh-word ("him | what"), not inside the phrase ("hell |
    # were": -4.0, below the cut), so a weak gap there no longer hides the question
    text = "we met him what the hell were you thinking"
    assert run(text, {"him": 0.0})[0] == "we met him. what the hell were you thinking?"
    assert run(text)[0] == "we met him what the hell were you thinking."  # no cut before it
    assert run("what else can you tell us", {"what": NEVER})[0] \
        == "what else can you tell us?"


def test_a_wh_phrase_before_an_inverted_auxiliary_heads_one_question() -> None:
    from transcript_tools.questions import wh_phrase_before

    w = "we met him what the hell were you thinking".split()
    assert wh_phrase_before(w, w.index("were"), 0) == w.index("what")
    w = "which kind of car did you buy".split()
    assert wh_phrase_before(w, w.index("did"), 0) == 0
    # a verb, an exclamation or a clause before the auxiliary: the auxiliary opens it
    for s in ("what happened did you see it", "what a day were you there",
              "what the plan is do you agree"):
        w = s.split()
        k = next(i for i, x in enumerate(w) if x in ("did", "were", "do"))
        assert wh_phrase_before(w, k, 0) is None, s


def test_a_question_read_in_place_is_the_question_of_its_words(sample_text: str) -> None:
    """`place_questions` reads a sentence's shape in the document's words, its inverted last
    clause among the clause joins found once: as `is_question` reads the words cut out."""
    import random

    from transcript_tools.questions import _CLAUSE_JOINS, _is_question_at

    w = sample_text.lower().replace(".", " ").replace(",", " ").replace("?", " ").split()
    joins = [k for k, x in enumerate(w) if x in _CLAUSE_JOINS]
    rng = random.Random(5)
    spans = [(s, s + rng.randrange(0, 60)) for s in rng.sample(range(len(w) - 60), 3000)]
    spans += [(k - rng.randrange(0, 30), k + rng.randrange(3, 40)) for k in joins]
    found = 0
    for s, e in spans:
        s, e = max(0, s), min(len(w) - 1, e)
        want = is_question(w[s:e + 1])
        assert _is_question_at(w, s, e, None, joins) == want, (s, e)
        found += want
    assert found > 20


def test_a_negated_auxiliary_opens_a_question_only_before_a_subject() -> None:
    # qa25: "do not go anywhere", "could not see anything" ended "?"
    for s in ("do not touch the rail", "could not hear a thing", "do not leave me here"):
        assert not opens_question(s.split()), s
        assert not is_question(s.split()), s
    for s in ("is not that the point", "do not you remember", "did not the court say"):
        assert opens_question(s.split()), s


def test_a_question_the_source_closes_with_a_question_mark_ends_there() -> None:
    # qa25: "would you accept that ... is the greatest challenge | he has faced in his
    # presidency?" was cut at the strong gap before "he"
    text = "would you accept that the flood is the worst thing she has seen in her career"
    w = text.split()
    gaps = [1.5 if x == "thing" else -4.0 for x in w]
    ends = bytearray(len(w))
    ends[-1] = True
    assert place_questions(w, ends, gaps, CUTS) == {w.index("thing")}
    ends = bytearray(len(w))
    ends[-1] = True
    assert place_questions(w, ends, gaps, CUTS, asked=frozenset({len(w) - 1})) == {len(w) - 1}
    assert sum(ends) == 1


def test_have_before_a_noun_phrase_opens_a_question_only_with_a_participle() -> None:
    """"had the chance to speak" is the verb of having, its subject unsaid (a caption drops
    "I"): no question, though "had" is an auxiliary and "the" may open a subject (qa26); an
    inverted perfect has its participle after the noun phrase ("has the committee met"),
    and "have you" inverts as before."""
    assert not opens_question("had the chance to speak with the mayor".split())
    assert not opens_question("has the right to know".split())
    assert opens_question("has the committee met yet".split())
    assert opens_question("has the new finance minister said anything".split())
    assert opens_question("have you seen it".split())
    t = clean("she is kind. had the chance to speak with the mayor. she would not "
              "stop. has the committee met yet. we will see.")
    assert "Had the chance to speak with the mayor." in t.text
    assert "Has the committee met yet?" in t.text


def test_a_wh_word_asking_for_the_subject_makes_a_short_question() -> None:
    """"what"/"who" before a verb, with no auxiliary or wh-word after, asks for the subject;
    the verb is told by its -ed, or by a pronoun standing before it in the bigram counts."""
    from transcript_tools.sentencegaps import GapModel
    from transcript_tools.vocabulary import vocabulary

    fluent = GapModel(vocabulary()).fluent
    for s in ("what happens next", "who knows", "who tracked the plane",
              "what happened to the money after that"):
        assert is_question(s.split(), fluent), s
    for s in ("what happened was simple", "what kind of day it was", "who knows what he did",
              "what happened to the money after that day in the city",  # long: a clause
              "what news"):  # a noun in -s: no pronoun stands before it
        assert not is_question(s.split(), fluent), s
    assert not is_question("what happens next".split())  # no counts: no verb test
    text = clean("so what happens next for the team. we will see.").text
    assert "team? We will see." in text


# -- `mid_asker`: "what about"/"how about" and a modal before a noun phrase inside a run -------
_PAIRS = frozenset({("talk", "about"), ("about", "what"), ("which", "could"), ("we", "can"),
                    ("they", "could")})


def _fluent(a: str, b: str) -> bool:
    return (a, b) in _PAIRS


def run_fluent(text: str, strong: dict[str, float], default: float = -4.0) -> tuple[str, set[int]]:
    """`run` with the constructed pair counts of `_fluent`."""
    w = text.split()
    gaps = [strong.get(f"{x}@{i}", strong.get(x, default)) for i, x in enumerate(w)]
    ends = bytearray(len(w))
    ends[-1] = True
    out = place_questions(w, ends, gaps, CUTS, _fluent)
    marked = [x + ("?" if i in out else "." if ends[i] else "") for i, x in enumerate(w)]
    return " ".join(marked), out


def test_what_about_opens_a_question_inside_a_run() -> None:
    text, asked = run_fluent("the rain stopped the match early what about the final",
                             {"early": -1.5})
    assert text == "the rain stopped the match early. what about the final?" and asked
    text, _ = run_fluent("they saved the mill how about the bakery", {"mill": -1.0})
    assert text == "they saved the mill. how about the bakery?"


def test_what_about_after_a_weak_gap_a_pair_or_without_an_end_stays() -> None:
    for text, strong in (
            ("the rain stopped the match early what about the final", {}),  # weak gap
            ("we need to talk about what about the plan worries you", {"about": 0.0}),
            ("the mill closed what about " + " ".join(["the old bakery"] * 8),
             {"closed": 0.0})):  # no end within the longest question
        out, asked = run_fluent(text, strong)
        assert not asked and out == text + ".", out


def test_a_modal_before_a_noun_phrase_opens_a_question_whatever_the_gap() -> None:
    text, asked = run_fluent("the vote is next week could the mayor lose her seat",
                             {"seat": 0.0})
    assert text == "the vote is next week. could the mayor lose her seat?" and asked
    text, _ = run_fluent("prices rose again would any of that help the farmers", {})
    assert text == "prices rose again. would any of that help the farmers?"


def test_a_modal_after_its_subject_or_a_determiner_opens_nothing() -> None:
    for text in ("a plan which could the council approve is due",  # the pair "which could"
                 "we did all that we can the rest is up to them",  # "we can" (a clause end)
                 "they showed the will the voters expected of them"):  # "the will": a noun
        out, asked = run_fluent(text, {})
        assert not asked and out == text + ".", out


def test_what_about_reaching_a_new_clause_is_no_question() -> None:
    text = "they saved the mill what about the bakery they closed it in june"
    out, asked = run_fluent(text, {"mill": -1.0})
    assert not asked and out == text + ".", out
    out, _ = run_fluent("they saved the mill what about you", {"mill": -1.0})
    assert out == "they saved the mill. what about you?"


def test_how_with_a_degree_word_before_an_inverted_auxiliary_opens_a_question() -> None:
    # lead, session 21: "how serious is this outbreak" was a statement (only a pronoun
    # subject counted after "how" + adjective + auxiliary)
    for s in ("how serious is this outbreak", "and how deep was the flooding",
              "how quickly can the crews restore power", "how cold is it"):
        assert is_question(s.split()), s
    for s in ("how the crews restored power is a mystery", "how it is done matters",
              "how much the house cost was a shock"):
        assert not is_question(s.split()), s

    def opens(text: str) -> bool:
        return mid_opener(("x " + text).split(), 1)

    for s in ("how serious is this outbreak", "how well do you know him",
              "how quickly will the crews restore it"):
        assert opens(s), s
    for s in ("how serious the outbreak is", "how it is done", "how they were hired",
              "how the money was spent"):
        assert not opens(s), s
    # inside a run, after a plausible gap; not after a verb of knowing
    text = clean("thanks for coming in doctor reyes how serious is this outbreak").text
    assert text.endswith("How serious is this outbreak?"), text
    assert "?" not in clean("we still wonder how serious is this outbreak").text
