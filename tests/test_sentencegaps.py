"""The boundary model over word gaps and the length-prior segmenter."""

from __future__ import annotations

from transcript_tools.sentencegaps import NEVER, GapModel, Prior, segment
from transcript_tools.vocabulary import vocabulary


def test_segmenter_prefers_fewer_ends_in_short_stretches() -> None:
    from transcript_tools.sentencegaps import NEVER, Prior

    prior = Prior()
    scores = [NEVER, prior.threshold + 0.5, NEVER, NEVER, prior.threshold + 0.1, NEVER]
    ends = segment(scores, [False] * 5 + [True], prior)
    assert ends[-1] and not ends[1]  # a two-word sentence costs more than the gap gives
    long = [NEVER] * 60
    long[30] = prior.threshold - 0.5  # below the threshold, but 61 words is too long
    ends = segment(long, [False] * 60 + [True], prior)
    assert ends[30] and sum(ends) == 2


def test_gap_scores_follow_grammar_and_word_pairs() -> None:
    m = GapModel(vocabulary())
    assert m.score("the", "we", "had") == NEVER       # an article cannot end a sentence
    assert m.score("think", "we", "can") == NEVER     # a complement clause
    assert m.score("spring", "we", "had") > m.score("spring", "so", "we")
    assert m.score("city", "hello", "and") > Prior().threshold
    assert m.pmi("going", "on") > 0.8 > m.pmi("power", "he")


def test_openers_and_dangling_words() -> None:
    m = GapModel(vocabulary())
    assert m.opener("what", "could") > m.opener("what", "is") > NEVER   # a question opens
    assert m.opener("who", "would") == NEVER                            # "those who would"
    assert m.opener("you", "can") > NEVER == m.opener("you", "know")
    assert m.dangling("let", "me") and m.dangling("the", "is")
    assert not m.dangling("to", "me")
    assert m.ender("is") < m.ender("can") < m.ender("city")
    assert m.opener("it", "seems") > NEVER == m.opener("it", "the")


def test_only_may_open_words_open_a_sentence() -> None:
    """The fast path of `sentences` (gaps before words outside MAY_OPEN score NEVER unscored)
    agrees with `GapModel.score` on the sample's words and the commonest English words."""
    from pathlib import Path

    from transcript_tools.sentencegaps import MAY_OPEN

    m = GapModel(vocabulary())
    sample = Path(__file__).resolve().parent.parent / "examples" / "broadcast_interview_2020-10.txt"
    words = sample.read_text(encoding="utf-8").lower().split()
    common = sorted(vocabulary().unigrams, key=vocabulary().unigrams.__getitem__)[-300:]
    openers = 0
    for a, b, c in zip(words + common, (words + common)[1:], (words + common)[2:]):
        if b not in MAY_OPEN:
            assert m.opener(b, c) == NEVER and m.score(a, b, c) == NEVER, (a, b, c)
        elif m.score(a, b, c) > NEVER:
            openers += 1
    assert openers > 50  # the words it keeps do open sentences


def test_cost_table_matches_the_prior() -> None:
    from transcript_tools.sentencegaps import _costs

    for prior in (Prior(), Prior(comfortable=5, per_word=0.3, short=(1.0, 0.5, 0.1))):
        short = _costs(prior, 4)
        table = _costs(prior, 200)
        assert len(table) >= 200 and list(short) == list(table[:len(short)])
        assert list(table) == [prior.cost(k) for k in range(len(table))]


def _restarted(text: str, scores: dict[int, float] | None = None) -> list[str]:
    """The words after which `restarts` adds an end (every gap scoring 0.5 unless given)."""
    from transcript_tools.sentencegaps import restarts

    keys = text.split()
    given = scores or {}
    gap_scores = [given.get(i, 0.5) for i in range(len(keys))]
    ends = bytearray(len(keys))
    ends[-1] = True
    return [keys[i] for i in restarts(keys, gap_scores, ends)]


def test_a_subject_and_verb_after_a_whole_clause_restart_the_sentence() -> None:
    assert _restarted("and he's actually going to be here it's wednesday and the market "
                      "is up") == ["here"]
    assert _restarted("thanks for joining us i'm the host of the show") == ["us"]
    assert _restarted("we have the best record in baseball we're in a good place now") \
        == ["baseball"]
    assert _restarted("they have something to prove we will play hard and win") == ["prove"]


def test_no_restart_inside_a_subordinate_or_complement_clause() -> None:
    for text in ("because we have the best record in baseball we're in a good place",
                 "back in custody as we learn more we'll update you on it",
                 "they are confident they can keep the momentum going",
                 "she said she knew he was at home at the time",
                 "we were in the studio well it's tough to say now",
                 "the record in baseball we're in a good place now"):  # no subject before
        assert _restarted(text) == [], text
    # a gap the learned model calls unlikely stays shut
    keys = "we have the best record in baseball we're in a good place now".split()
    assert _restarted(" ".join(keys), {keys.index("baseball"): -0.4}) == []


def test_restarts_among_the_segmenters_candidates_end_the_same_gaps(sample_text: str) -> None:
    """The sentence stage hands `restarts` the segmenter's candidates (every gap scoring at
    least RESTART_FLOOR is one under the learned decoding): the ends are those of a walk over
    every gap."""
    from transcript_tools.options import Options
    from transcript_tools.readers import parse
    from transcript_tools.sentencegaps import candidates, restarts
    from transcript_tools.sentences import SentenceSplitter

    splitter = SentenceSplitter(Options())
    learned = splitter.learned
    assert learned is not None
    table = splitter.gap_table(parse(sample_text))
    assert table is not None
    scores = splitter.learned_scores(table, learned)
    d = learned.decoding
    prior = Prior(threshold=d.threshold, comfortable=d.comfortable, per_word=d.per_word,
                  slack=2.0)
    cands = candidates(scores, prior)
    ends = segment(scores, table.fixed, prior, cands)
    assert ends == segment(scores, table.fixed, prior)
    walked, among = bytearray(ends), bytearray(ends)
    got = restarts(table.keys, scores, among, cands)
    assert got == restarts(table.keys, scores, walked) and among == walked and got


def _run(text: str) -> tuple[list[str], list[float], bytearray, list[int]]:
    """A run of words with no end but the last; every gap a candidate scoring -0.5, save a
    gap before a word no sentence opens on (NEVER), as the segmenter's candidates are."""
    from transcript_tools.sentencegaps import MAY_OPEN

    keys = text.split()
    n = len(keys)
    scores = [-0.5 if i + 1 < n and keys[i + 1] in MAY_OPEN else NEVER for i in range(n)]
    ends = bytearray(n)
    ends[n - 1] = True
    return keys, scores, ends, [i for i, s in enumerate(scores) if s > NEVER / 2]


_BEDS = ("the gardeners in the valley spent the whole spring moving their tomato beds away "
         "from the river bank after the floods of last year washed out the lower terraces "
         "{join} hoping the new beds on the hill will hold up through the storms of summer")


def test_long_runs_split_a_run_on_once_where_a_full_clause_opens() -> None:
    from transcript_tools.sentencegaps import long_runs

    keys, scores, ends, among = _run(_BEDS.format(join="they're"))
    at = keys.index("they're") - 1
    assert long_runs(keys, scores, ends, among) == [at]
    assert ends[at] and sum(ends) == 2
    # a subject pronoun with its finite verb opens a full clause too
    keys, scores, ends, among = _run(_BEDS.format(join="they are"))
    assert long_runs(keys, scores, ends, among) == [keys.index("they") - 1]


def test_long_runs_leave_sentences_that_must_stay_one() -> None:
    from transcript_tools.sentencegaps import long_runs

    # the word before the subject leaves its clause open ("because", "to", a preposition,
    # a verb that takes a clause), or leads the next one ("today")
    for before in ("because", "about", "say", "insisted", "imagine", "today"):
        keys, scores, ends, among = _run(_BEDS.format(join=before + " they're"))
        assert long_runs(keys, scores, ends, among) == [], before
    # the clause before the gap is a subordinate one ("if you've read it | it's clear"):
    # the clause after it is its main clause
    keys, scores, ends, among = _run(
        "the council sent every family in the valley a long report on the floods of last year "
        "and if you've read the report it's clear the river will rise again before the spring "
        "comes back to the hills")
    assert long_runs(keys, scores, ends, among) == []
    keys[keys.index("if")] = "now"  # a main clause before the gap: the run splits there
    assert long_runs(keys, scores, ends, among) == [keys.index("it's") - 1]
    # "that's" after a noun opens a relative clause ("the terraces that's washed out")
    keys, scores, ends, among = _run(_BEDS.format(join="that's"))
    assert long_runs(keys, scores, ends, among) == []
    # the writer put a comma there: they read no end
    keys, scores, ends, among = _run(_BEDS.format(join="they're"))
    soft = bytearray(len(keys))
    soft[keys.index("they're") - 1] = True
    assert long_runs(keys, scores, ends, among, soft) == []
    # no finite verb after the pronoun: no clause opens ("we the people")
    keys, scores, ends, among = _run(_BEDS.format(join="and we the gardeners are"))
    assert long_runs(keys, scores, ends, among) == []
    # a sentence shorter than LONG_RUN words is the segmenter's to judge
    short = "the floods of last year washed out the lower terraces they're hoping the new " \
            "beds will hold"
    keys, scores, ends, among = _run(short)
    assert len(keys) < 24 and long_runs(keys, scores, ends, among) == []
    # a part left shorter than RUN_PART words is no sentence of its own
    tail = "the gardeners in the valley spent the whole spring moving their tomato beds " \
           "away from the river bank after the floods of last year washed out the lower " \
           "terraces and the young plants they're hoping too"
    keys, scores, ends, among = _run(tail)
    assert long_runs(keys, scores, ends, among) == []


def test_long_runs_keep_an_adverbial_clause_with_its_main_clause() -> None:
    from transcript_tools.sentencegaps import long_runs

    # "since" opens the clause before the gap eight words back: the clause after it is its
    # main clause ("since we moved the beds ..., we can stop worrying"), no new sentence
    text = ("the gardeners in the valley lost most of their tomato beds to the floods of last "
            "year and {sub} we moved the new beds up onto the hill we can stop worrying about "
            "the river every spring or the summer storms")
    for sub in ("since", "if", "because", "when", "although"):
        keys, scores, ends, among = _run(text.format(sub=sub))
        assert long_runs(keys, scores, ends, among) == [], sub
        assert sum(ends) == 1
    # a main clause before the gap: the run still splits where the next one opens
    keys, scores, ends, among = _run(text.format(sub="now"))
    at = keys.index("hill")
    assert long_runs(keys, scores, ends, among) == [at]
    # "about when": the clause is the object of a preposition, the sentence before it whole
    keys, scores, ends, among = _run(
        "the gardeners in the valley argued for a whole month about when we should move the "
        "tomato beds up onto the hill we are still not sure the new beds will survive the "
        "summer storms")
    assert long_runs(keys, scores, ends, among) == [keys.index("hill")]


def test_long_runs_take_the_best_gap_of_a_run() -> None:
    from transcript_tools.sentencegaps import long_runs

    text = ("the bakery on the corner has sold bread to the same families for forty years "
            "we went there early on a cold morning in march it's where the first loaves "
            "come out of the old oven before the sun is up over the roofs of the town")
    keys, scores, ends, among = _run(text)
    first, second = keys.index("we") - 1, keys.index("it's") - 1
    scores[second] = 0.5
    assert long_runs(keys, scores, ends, among) == [second]  # one end a run, the best gap
    assert not ends[first]


def test_the_stage_splits_a_long_run_at_a_clause_join() -> None:
    from transcript_tools.options import Options
    from transcript_tools.readers import parse
    from transcript_tools.sentences import SentenceSplitter

    splitter = SentenceSplitter(Options())
    text = ("the gardeners in the valley spent the whole spring moving their tomato beds away "
            "from the river after the floods of last year washed out most of the lower "
            "terraces and all of the young plants they're hoping the new beds on the hill "
            "will hold up through the summer storms")
    doc = splitter(parse(text))
    assert [e.replacement for e in doc.edits] == ["plants.", "storms."]
    # a long sentence with no full clause opening inside stays one
    one = ("when the ferry finally reached the island after a long and rough crossing "
           "through the grey winter swell most of the passengers who had spent the night on "
           "deck were too tired to notice how quiet the harbour was in the early light")
    doc = splitter(parse(one))
    assert [e.replacement for e in doc.edits] == ["light."]
