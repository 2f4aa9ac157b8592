from transcript_tools.speakercues import Unit


def test_introduced_label_takes_the_first_introducer_in_order() -> None:
    from transcript_tools.speakers import introduced_label

    def said(text: str) -> str | None:
        return introduced_label(text.split())

    assert said("and joining us now is the former ambassador to the region") == \
        "Former Ambassador"
    # the introducers are tried in order ("we now hear from" before "my guest is"), each
    # at its first place where a label follows
    assert said("my guest is a senator . we now hear from the mayor in the city") == "Mayor"
    assert said("we now hear from now on and we now hear from our correspondent today") == \
        "Correspondent"
    assert said("joining us now is") is None
    assert said("nothing here introduces anyone") is None


def test_decode_with_dense_emission_sums_matches_sparse_sums(sample_text: str) -> None:
    """`decode` sums every feature times its weight (zero weights add exact zeros); the
    roles are those of summing the nonzero weights only, on the sample's sentences."""
    from transcript_tools.speakers import Unit, _emitted, decode, prepare, weights

    units = [Unit(0, tuple(s.split()), 1, s.endswith("?"))
             for line in sample_text.lower().splitlines() for s in line.split(". ") if s]
    w = weights()
    prep = prepare(units, any(w.change))
    sparse = [[(i, x) for i, x in enumerate(w.emission[s]) if x] for s in range(3)]
    extra = [[sum(x * f[i] for i, x in sparse[s]) - sum(a * b for a, b in
                                                          zip(w.emission[s], f))
              for s in range(3)] for f in prep.features]
    assert all(d == 0.0 for row in extra for d in row)
    assert len(set(decode(units))) > 1
    dense = [sum(a * b for a, b in zip(w.emission[s], f)) for f in prep.features
             for s in range(3)]
    assert _emitted(prep.features, w, 3).tolist() == dense  # skipping zeros: the same sums
    assert _emitted(prep.features, w, 2).tolist() == [x for k, x in enumerate(dense) if k % 3 < 2]


def test_profile_weighs_a_unit_by_the_words_each_speaker_uses() -> None:
    """The second pass's additions: a unit in the words the first path gave the guest moves
    towards the guest, one in the host's words towards the host, each capped; too little
    speech on either side gives no profile."""
    from transcript_tools.speakers import GUEST, HOST, PROFILE_CAP, Unit, profile

    host = "what do you make of the new rules and how will you respond".split()
    guest = "our growers planted barley early because our soil dried out in march".split()
    units = [Unit(0, tuple(host), 1), Unit(1, tuple(guest), 1)] * 3
    units.append(Unit(2, ("our", "barley", "soil"), 1))
    units.append(Unit(3, ("how", "will", "you"), 1))
    path = [HOST, GUEST] * 3 + [GUEST, HOST]
    flat = profile(units, path)
    assert flat is not None and len(flat) == 3 * len(units)
    adds = [tuple(flat[k:k + 3]) for k in range(0, len(flat), 3)]
    assert adds[-2][0] < 0 < adds[-2][1]  # the guest's words: towards the guest
    assert adds[-1][0] > 0 > adds[-1][1]  # the host's words: towards the host
    assert all(abs(a) <= PROFILE_CAP / 2 and a == -b and c == 0.0 for a, b, c in adds)
    assert profile(units[:2], [HOST, GUEST]) is None


def test_profile_sums_each_words_ratio_in_the_units_order() -> None:
    """Each unit's addition is PROFILE_WEIGHT times the sum, in its words' order, of
    log(host count + 1) - log(guest count + 1) + base per word (a word neither side said, in
    an `other` unit, counts base): the same floats as that sum written out, for words of one
    side, of both, of neither, and for a word said more often than the kept table of logs
    reaches."""
    import math

    from transcript_tools.speakers import GUEST, HOST, OTHER, PROFILE_CAP, PROFILE_WEIGHT, profile

    host = "so what do you think the council should do about the ferry".split()
    guest = ("the ferry is the only way across the estuary in winter and the council "
             "knows that").split()
    units = [Unit(0, tuple(host), 1), Unit(1, tuple(guest), 1)] * 4
    units.append(Unit(2, ("the", "lighthouse", "keeper", "estuary", "do"), 1))
    units.append(Unit(3, (), 1))
    units.append(Unit(4, ("ferry",) * 1100, 1))
    path = [HOST, GUEST] * 4 + [OTHER, HOST, GUEST]

    def expected() -> list[float]:
        counts: list[dict[str, int]] = [{}, {}]
        for u, s in zip(units, path):
            if s in (HOST, GUEST):
                for x in u.words:
                    counts[s][x] = counts[s].get(x, 0) + 1
        nh, ng = sum(counts[HOST].values()), sum(counts[GUEST].values())
        size = len(counts[HOST].keys() | counts[GUEST].keys()) + 1
        base = math.log((ng + size) / (nh + size))
        out: list[float] = []
        for u in units:
            total = sum((math.log(counts[HOST].get(x, 0) + 1)
                         - math.log(counts[GUEST].get(x, 0) + 1) + base
                         if x in counts[HOST] or x in counts[GUEST] else base
                         for x in u.words), 0.0) if u.words else 0.0
            d = max(-PROFILE_CAP, min(PROFILE_CAP, PROFILE_WEIGHT * total)) / 2
            out += (d, -d, 0.0)
        return out

    got = profile(units, path)
    assert got is not None and got.tolist() == expected()
    assert got[3 * 8] != 0.0 and got[3 * 9] == 0.0  # the `other` unit counts; no words: 0


def test_changes_inside_sentences_cost_more_in_cleanly_punctuated_text() -> None:
    """Few inside-sentence cuts per sentence: a change inside a sentence costs extra (up to
    CLEAN_COST); run-on text with many inside cuts pays nothing extra."""
    from transcript_tools.speakers import CLEAN_COST, RUN_ON, Unit, _clean_cost

    def units(sentences: int, inside: int) -> list[Unit]:
        return [Unit(k, ("word",), 1) for k in range(sentences)] + \
            [Unit(sentences + k, ("word",), 0) for k in range(inside)]

    assert _clean_cost(units(20, 0)) == 0.0  # nothing inside to charge
    assert _clean_cost(units(20, 1)) == CLEAN_COST * (RUN_ON - 0.05) / RUN_ON
    assert _clean_cost(units(10, 4)) == 0.0  # run-on
    assert _clean_cost(units(20, 1)) > _clean_cost(units(20, 4)) > 0.0


def test_a_sign_off_thanks_after_the_questions_is_no_introduction() -> None:
    """The guest is not heard before the introduction, but a host's short thanks ("thank
    you so much for coming in") after a question put to "you" is a sign-off, not the
    introduction; an introduction without contractions ("we are joined by") is one."""
    from transcript_tools.speakers import Unit, introduced_label, prepare

    def said(text: str) -> Unit:
        return Unit(0, tuple(text.split()), 1)

    units = [said("your new album was recorded in a barn"), said("why a barn do you think"),
             said("the sound of the wood is warm and we wanted that"),
             said("thank you for coming in")]
    assert prepare(units).intro is None
    opening = [said("thank you so much for coming in"), said("how was the drive do you think")]
    assert prepare(opening).intro == 0
    assert introduced_label(said("we are joined by the harbour master").words) == \
        "Harbour Master"


def _units(lines: list[str]) -> list[Unit]:
    """Constructed units, one per line (a trailing ? marks a question)."""
    return [Unit(k * 100, tuple(line.rstrip("?").split()), 1, line.endswith("?"))
            for k, line in enumerate(lines)]


def test_a_presenters_break_after_a_long_answer_goes_to_the_host() -> None:
    """A unit that asks nothing but speaks about the programme ("we'll be right back")
    after a guest's long answer is decoded as the host's (constructed interview)."""
    from transcript_tools.speakers import GUEST, HOST, decode

    lines = ["good evening and welcome to the programme",
             "joining me now is a beekeeper from the valley",
             "how have the hives done this year?",
             "it has been a hard year for us",
             "we lost almost half of our colonies over the winter and i have never seen "
             "anything like it in thirty years of keeping bees",
             "we'll be right back after this",
             "so what went wrong over the winter?",
             "i think the damp did most of the damage"]
    units = _units(lines)
    path = decode(units)
    assert path[3] == GUEST and path[4] == GUEST
    assert path[5] == HOST
    assert path[7] == GUEST


def test_the_programme_opens_at_a_greeting_and_the_presenters_name() -> None:
    """A greeting followed by the speaker's own name opens the programme: what comes before
    (the end of the previous programme) is decoded as `other`, the presenter as the host,
    and a host phrase before the opening is not the guest's introduction (constructed)."""
    from transcript_tools.speakers import HOST, OTHER, decode, prepare

    lines = ["thank you for coming to our garden party",
             "we loved every minute of the show",
             "see you all next week",
             "good evening",
             "i'm petra lindqvist",
             "the river burst its banks overnight and three villages were cut off",
             "joining me now is the county engineer",
             "what happened overnight?",
             "the water rose faster than any of our gauges predicted"]
    units = _units(lines)
    prep = prepare(units)
    assert prep.opened == 3
    assert prep.intro == 6
    path = decode(units)
    assert path[:3] == [OTHER] * 3
    assert path[3:6] == [HOST] * 3



def test_a_generic_you_is_not_said_to_the_other() -> None:
    """"you can't panic", "if you panic", "you have to ..." speak of anyone (guests say them as
    often as hosts): no second-person evidence; "you have a lot of power" is said to
    someone."""
    from transcript_tools.speakercues import cues
    from transcript_tools.speakerfeatures import FEATURES, unit_features

    at = FEATURES.index("you")

    def said_to(text: str) -> float:
        unit = Unit(0, tuple(text.split()), 1)
        return unit_features([unit], [cues(unit)], None)[0][at]

    assert said_to("you can't panic at half time") == 0.0
    assert said_to("if you panic the players feel it straight away") == 0.0
    assert said_to("in this job you have to keep your nerve") == 1.0  # "your" is said to someone
    assert said_to("you have to keep calm") == 0.0
    assert said_to("i know that you have a lot of power") == 1.0
    assert said_to("you must be delighted with that result") == 1.0


def test_a_guest_answer_with_a_generic_you_stays_the_guests() -> None:
    """A constructed interview: the coach's "you can't panic ..." inside his answer is no
    interjection of the interviewer's."""
    from transcript_tools.speakers import GUEST, HOST, decode

    lines = ["good evening and welcome to the programme",
             "joining me now is the coach of the city team",
             "you were a goal down at half time what did you say to them?",
             "honestly not a lot",
             "i told them to keep doing what they were doing",
             "you can't panic at half time",
             "if you panic the players feel it straight away",
             "and i was proud of the way they came back in the last ten minutes",
             "your striker scored twice is he the best in the league?",
             "i think he is"]
    path = decode(_units(lines))
    assert path[2] == HOST
    assert path[3:8] == [GUEST] * 5
    assert path[8] == HOST and path[9] == GUEST


def test_a_sentence_that_opens_as_a_reply_makes_a_change_before_it_cheaper() -> None:
    """"yes, ..." / "that's right" at a sentence start: a change of speaker before it gains
    REPLY_CHANGE (only there: not inside a sentence, where the boundary model says so)."""
    from transcript_tools.speakercues import cues
    from transcript_tools.speakers import REPLY_CHANGE, _changes, prepare, weights

    def change(second: str, strength: int = 1) -> float:
        units = [Unit(0, tuple("so your problem is the timing".split()), 1),
                 Unit(1, tuple(second.split()), strength)]
        prep = prepare(units, False, [cues(u) for u in units])
        return _changes(units, prep, weights(), False)[1]

    import pytest

    assert change("that's right the timing") - change("the timing is the problem") == \
        pytest.approx(REPLY_CHANGE)
    assert change("that's right the timing", 0) == change("the timing is the problem", 0)


def test_a_claim_of_what_the_listener_has_done_is_flagged() -> None:
    """"you've" + what the listener did is a claim put to them; after a generic "if" /
    "when", "you've got (to)" and a question, it is not."""
    from transcript_tools.speakercues import cues
    from transcript_tools.speakerfeatures import FEATURES, unit_features

    at = FEATURES.index("claim")

    def claim(text: str) -> float:
        unit = _units([text])[0]
        return unit_features([unit], [cues(unit)], None)[0][at]

    assert claim("the union says that you've been ignoring their letters") == 1.0
    assert claim("and you've done nothing about the pumps") == 1.0
    assert claim("if you've lost a harvest you can apply from monday") == 0.0
    assert claim("when you've finished the form send it to us") == 0.0
    assert claim("you've got to send us the papers") == 0.0
    assert claim("have you been to the valley since?") == 0.0
    assert claim("you've seen the damage have you?") == 0.0  # a question
    assert claim("they have been ignoring the letters") == 0.0


def _river(guest_answer: list[str]) -> list[Unit]:
    return _units(["good evening and welcome to the programme",
                   "with me now is the head of the river authority",
                   "what will you do for the farmers this year?",
                   *guest_answer,
                   "is that soon enough?",
                   "i think it is"])


def test_a_hosts_challenge_of_claims_after_an_answer_stays_the_hosts() -> None:
    """A constructed interview: after the guest's answer the host puts a long challenge,
    a third party's claims of what the guest has done; it is the host's (the claims open a
    new move of the host's, not a long host turn), and the guest's denial after it the
    guest's."""
    from transcript_tools.speakers import GUEST, HOST, decode

    lines = ["good evening and welcome to the programme",
             "with me now is the head of the river authority",
             "the floods last winter cost farmers along the valley a great deal of money",
             "what will you do for them this year?",
             "we have set aside a fund for the farms that were hit hardest and the first "
             "payments go out next month",
             "the farmers union says that you've been ignoring their letters for a year and "
             "you've been blaming the weather for your own failures",
             "they have a long list of complaints",
             "the banks of the river were never repaired and you've done nothing about the "
             "pumps that failed in january",
             "look those claims are simply wrong we met the union four times this spring and "
             "the pumps were replaced in march",
             "so when will the banks be finished?",
             "we finish the new banks by the autumn"]
    path = decode(_units(lines))
    assert path[3] == HOST
    assert path[4] == GUEST
    assert path[5:8] == [HOST] * 3
    assert path[8] == GUEST
    assert path[9:] == [HOST, GUEST]


def test_a_guests_generic_you_ve_stays_the_guests() -> None:
    """The guest's "if you've lost a harvest ..." and "you've got to send ..." inside an
    answer claim nothing of the host: the answer stays the guest's."""
    from transcript_tools.speakers import GUEST, HOST, decode

    units = _river(["well i think we have set aside a fund for the farms that were hit "
                    "hardest and the first payments go out next month",
                    "if you've lost a harvest to the floods you can apply from monday",
                    "you've got to send us the papers by the end of the month",
                    "i know it is not enough but it is a start"])
    path = decode(units)
    assert path[2] == HOST
    assert path[3:7] == [GUEST] * 4
    assert path[7:] == [HOST, GUEST]
