from transcript_tools.handover import (
    backchannel,
    guest_from,
    headline_reads,
    listener_continuers,
    settle,
    unheard,
    voice_changes,
)
from transcript_tools.speakercues import Unit, cues
from transcript_tools.speakers import GUEST, HOST, OTHER


def _units(*sentences: str) -> list[Unit]:
    return [Unit(k, tuple(s.rstrip("?").split()), 1, s.endswith("?"))
            for k, s in enumerate(sentences)]


NEWS_READ = _units(
    "good evening and welcome to the programme",
    "the city council voted last night to close the old bridge for repairs",
    "we have been told the work will take at least two years",
    "i drove across it this morning and the traffic was already backing up",
    "the mayor says a ferry service will run in the meantime",
)
INTERVIEW = _units(
    "the harvest came in early this year across the valley",
    "we went out to the farms to see how the growers are coping",
    "what do you make of the early harvest?",
    "well it caught us by surprise",
    "we had to hire pickers a month sooner than usual",
)


def test_a_document_that_never_hands_over_has_no_guest() -> None:
    """A news read whose first-person stretch the decoder took for a guest: nothing hands
    over to another voice, so that stretch is the presenter's."""
    assert guest_from(NEWS_READ, [cues(u) for u in NEWS_READ]) == len(NEWS_READ)
    states = [HOST, HOST, GUEST, GUEST, HOST]
    assert settle(NEWS_READ, states) == [HOST] * 5
    # a clip in the "other" role stays
    assert settle(NEWS_READ, [HOST, OTHER, GUEST, GUEST, HOST]) == [HOST, OTHER, HOST, HOST,
                                                                     HOST]


def test_the_guest_speaks_from_the_first_hand_over_on() -> None:
    """Narration before the first question is the host's; the answer after it stays the
    guest's."""
    assert guest_from(INTERVIEW, [cues(u) for u in INTERVIEW]) == 3
    states = [HOST, GUEST, HOST, GUEST, GUEST]
    assert settle(INTERVIEW, states) == [HOST, HOST, HOST, GUEST, GUEST]
    # nothing to change when the guest first speaks after the hand-over
    assert settle(INTERVIEW, [HOST, HOST, HOST, GUEST, GUEST]) == [HOST, HOST, HOST, GUEST,
                                                                    GUEST]


def test_hand_overs_other_than_a_question() -> None:
    """An introduction hands over after it, a guest's thanks for having them and an answer
    opener after a unit speaking to "you" at their own unit."""
    def start(*sentences: str) -> int:
        units = _units(*sentences)
        return guest_from(units, [cues(u) for u in units])

    assert start("the storm moved inland overnight", "joining me now is the state's fire chief",
                 "the roads are closed") == 2
    assert start("the storm moved inland overnight", "thanks for having me",
                 "the roads are closed") == 1
    assert start("you were on the coast when it hit", "yes we were", "it was frightening") == 1
    assert start("the storm moved inland overnight", "it was frightening") == 2


def test_quoting_the_other_back_hands_over() -> None:
    """In running text an interviewer's statement that quotes the other back ("you wrote
    that ...") hands over after it, as a question does; the same words about a third person
    do not, nor a whole marked turn (not ``running``)."""
    def start(*sentences: str, running: bool = True) -> int:
        units = _units(*sentences)
        return guest_from(units, [cues(u) for u in units], running=running)

    assert start("the bridge reopened this week",
                 "you wrote that the repairs were rushed from the start",
                 "the inspectors found cracks in two beams and nobody listened",
                 running=False) == 3

    assert start("the bridge reopened this week",
                 "you wrote that the repairs were rushed from the start",
                 "the inspectors found cracks in two beams and nobody listened") == 2
    assert start("the bridge reopened this week",
                 "the engineer wrote that the repairs were rushed from the start",
                 "the inspectors found cracks in two beams and nobody listened") == 3


def test_a_first_guest_unit_speaking_to_you_keeps_its_role() -> None:
    """Caption text without stops runs a question into its answer: when the first unit the
    decoder gives the guest speaks to "you", the hand-over is inside it."""
    units = _units("coach you must be delighted with that result delighted is the word",
                   "i thought the lads were magnificent from the first whistle")
    assert settle(units, [GUEST, GUEST]) == [GUEST, GUEST]


def test_a_welcome_to_the_audience_opens_the_programme_anew() -> None:
    """After "good morning everybody" the presenter speaks until they hand over again: the
    headlines the decoder gave the guest are the host's, the answer after the question stays
    the guest's."""
    units = _units("what do you make of the early harvest?",
                   "well it caught us by surprise",
                   "good morning everybody and thanks for joining us this morning",
                   "the storm moved inland overnight and the roads are closed",
                   "the mayor says a ferry service will run in the meantime",
                   "what do you make of the storm?",
                   "well we were ready for it")
    states = [HOST, GUEST, HOST, GUEST, GUEST, HOST, GUEST]
    assert settle(units, states) == [HOST, GUEST, HOST, HOST, HOST, HOST, GUEST]
    # without the welcome, the guest already handed over to speaks on
    plain = units[:2] + units[3:]
    assert settle(plain, states[:2] + states[3:]) == states[:2] + states[3:]


def test_thanks_after_a_welcome_to_the_audience_hands_over_to_nobody() -> None:
    """"good morning everybody" then "thanks very much for joining us": still the audience;
    the presenter naming themselves after it and speaking to the viewers ("I hope you're
    ...") is the host, until the first question."""
    units = _units("good friday morning everybody",
                   "thanks very much for joining us",
                   "i'm jane doe i hope you're having a good friday",
                   "the storm moved inland overnight and the roads are closed",
                   "what do you make of the storm?",
                   "well we were ready for it")
    assert guest_from(units, [cues(u) for u in units]) == 5
    assert settle(units, [HOST, HOST, GUEST, GUEST, HOST, GUEST]) == [HOST] * 5 + [GUEST]
    # thanks to one person hands over
    alone = units[1:]
    assert guest_from(alone, [cues(u) for u in alone]) == 0


def test_a_guest_turn_nothing_hands_over_to_and_without_i_is_the_hosts() -> None:
    """After an interview, a guest turn the unit before does not hand over to and that says
    no "I" is the presenter's narration; one that speaks in the first person, one after a
    question and one opening with thanks keep the guest."""
    def run(third: str, second: str = "the mayor says a ferry service will run") -> list[int]:
        units = _units("what do you make of the early harvest?", "well it caught us by surprise",
                       second, third, "in other news the markets rose again today")
        return unheard(units, [HOST, GUEST, HOST, GUEST, HOST], [cues(u) for u in units])

    assert run("the bridge will be closed for two years") == [HOST, GUEST, HOST, HOST, HOST]
    kept = [HOST, GUEST, HOST, GUEST, HOST]
    assert run("i drove across it and i was stuck for an hour") == kept
    assert run("the bridge will be closed for two years", "and what about the bridge?") == kept
    units = _units("what do you make of the early harvest?", "well it caught us by surprise",
                   "the mayor says a ferry service will run", "thank you very much",
                   "the bridge will be closed for two years")
    states = [HOST, GUEST, HOST, GUEST, GUEST]
    assert unheard(units, states, [cues(u) for u in units]) == states


def test_thanks_after_a_station_naming_its_audience_hands_over_to_nobody() -> None:
    """A funding credit ending "... and by viewers like you", then "thank you": the thanks is
    the station's to its audience, so the narration after it that the decoder gave a guest
    is the host's, and the credit's decoded run (with the thanks) is `other`. The same
    thanks after a unit that names no audience still hands over."""
    narration = ("the old orchard has stood at the end of the valley for two hundred years "
                 "and its keeper has pruned the same trees for forty")
    units = _units("support comes from the valley orchard trust", "and by viewers like you",
                   "thank you", narration)
    states = [HOST, HOST, HOST, GUEST]
    assert unheard(units, states, [cues(u) for u in units]) == [OTHER, OTHER, OTHER, HOST]
    units = _units("the harvest came early this year", "and by the end it was a good one",
                   "thank you", narration)
    assert unheard(units, states, [cues(u) for u in units]) == states


def test_a_sentence_that_is_only_a_short_reply_is_a_backchannel() -> None:
    for words in ("yeah", "that's right", "no no", "exactly right", "of course"):
        assert backchannel(tuple(words.split())), words
    for words in ("no energy needed", "i think", "listen to me", "that's a shame", "okay",
                  "yes we did it in the end", ""):
        assert not backchannel(tuple(words.split())), words


def test_a_short_reply_inside_one_roles_run_is_another_voice() -> None:
    """Two co-presenters the decoder gave one role: the reply starts the second voice; a
    question tag ("right?") or a reply inside a sentence does not, nor a change of role
    (the decoder's turns already start there)."""
    units = _units(
        "stocks opened flat this morning",
        "exactly",
        "traders are waiting for the central bank",
        "right?",
        "that is what they told us",
        "exactly",
    )
    units[4] = Unit(4, units[4].words, 0)  # inside a sentence: not a place for a new voice
    states = [HOST, HOST, HOST, HOST, HOST, GUEST]
    assert voice_changes(units, states, [cues(u) for u in units]) == {1}
    states[5] = HOST
    assert voice_changes(units, states, [cues(u) for u in units]) == {1, 5}


def test_after_a_listeners_yeah_the_interrupted_voice_goes_on() -> None:
    """A guest's account that the host's "yeah." interrupts and the guest carries on ("and
    ..."): the voice comes back after it (two changes). After "yeah." that answers a question,
    after a confirmation ("that's right."), or before a sentence that carries nothing on
    (the listener's own comment, "yeah. that was a shot."), the replier goes on: one change."""
    units = _units(
        "the whole thing started when the letter arrived",
        "yeah",
        "and by the spring nobody would return my calls",
        "that's right",
        "and the council met without telling anyone",
        "did they ever apologise",
        "yeah",
        "and they sent a card a year later",
        "yeah",
        "that was a shabby way to do it",
    )
    states = [GUEST] * len(units)
    assert voice_changes(units, states, [cues(u) for u in units]) == {1, 2, 3, 6, 8}


def test_a_continuer_inside_the_guests_account_is_the_hosts() -> None:
    """The host asked, the guest tells a story that "yeah." and "right." interrupt, each
    between two of the guest's sentences, the second carrying on ("and ...", "but ..."): the
    listener's, the host's. Not "yeah." that answers a question (the guest's own), one the
    guest's sentence after does not carry on from (the replier may go on), one inside the
    host's run (a co-presenter's), one that closes the guest's run, nor one before the host
    has spoken."""
    units = _units(
        "how did the orchard come through the frost?",
        "we lost most of the blossom in a single night",
        "yeah",
        "and it was the worst since my father planted the trees",
        "right",
        "but the insurers still have not paid",
        "did they send an assessor?",
        "yeah",
        "and he came two weeks later",
        "yeah",
    )
    states = [HOST] + [GUEST] * 9
    got = listener_continuers(units, states, [cues(u) for u in units])
    assert got == [HOST, GUEST, HOST, GUEST, HOST, GUEST, GUEST, GUEST, GUEST, GUEST]
    assert states == [HOST] + [GUEST] * 9  # the caller's list is left as it was
    # the host's own run (co-presenters), and a guest before any host: unchanged
    host_run = [HOST] * 10
    assert listener_continuers(units, host_run, [cues(u) for u in units]) is host_run
    guest_only = [GUEST] * 10
    assert listener_continuers(units, guest_only, [cues(u) for u in units]) is guest_only
    # the sentence after does not carry on: the replier may be going on
    units[3] = Unit(3, ("it", "was", "the", "worst", "frost"), 1)
    got = listener_continuers(units, states, [cues(u) for u in units])
    assert got == [HOST, GUEST, GUEST, GUEST, HOST, GUEST, GUEST, GUEST, GUEST, GUEST]
    # a reply that is more than a continuer ("that's right", "no") is the guest's own
    units[2] = Unit(2, ("that's", "right"), 1)
    units[4] = Unit(4, ("no",), 1)
    assert listener_continuers(units, states, [cues(u) for u in units]) is states


PRESENTER_OPENING = _units(
    "good morning everyone",
    "i'm dana whitfield and i hope you had a restful weekend",
    "restful it was not for the harbour crews",
    "storm surge flooded three piers overnight and the ferries are cancelled",
    "will the port reopen before the holiday rush?",
    "insurers are already counting the cost of the damage",
    "captain ortiz what did you find on the piers last night?",
    "well the water came over the wall faster than any of us expected",
)


def test_a_presenter_naming_themself_speaks_to_the_audience() -> None:
    """In running text, "you" in the presenter's own introduction ("I'm Dana Whitfield and I
    hope you ...") hands over to nobody (the echo after it is the presenter's own), and a
    headline's question not put to "you" after it is no hand-over either: the first
    hand-over is the question put to the guest. Whole marked turns keep the old reading."""
    unit_cues = [cues(u) for u in PRESENTER_OPENING]
    assert guest_from(PRESENTER_OPENING, unit_cues, running=True) == 7
    assert guest_from(PRESENTER_OPENING, unit_cues) == 2  # the echo after "you"
    states = [HOST, HOST, GUEST, GUEST, HOST, GUEST, HOST, GUEST]
    assert settle(PRESENTER_OPENING, states) == [HOST] * 7 + [GUEST]


LIVE_OPEN = _units(
    "the water is still rising here along the river road",
    "we understand two families were taken out by boat before dawn",
    "you can see the sandbags stacked against the doors behind the fire station",
    "we lost everything in the basement",
    "crews will keep pumping through the night",
    "thank you",
    "the city council approved the new budget last night",
)


def test_a_document_that_opens_inside_a_live_report_gives_the_report_other() -> None:
    """An excerpt that opens in a reporter's live report (scene cues: "here", "we
    understand", "you can see"), before any presenter's cue: the stretch the decoder gave a
    guest is the report's, not the presenter's news read; from the presenter's thanks on
    the usual settle holds."""
    assert settle(LIVE_OPEN, [GUEST] * 7)[:5] == [OTHER] * 5
    # the same narration without scene cues stays the presenter's
    plain = _units("the water is still rising along the river road",
                   "two families were taken out by boat before dawn",
                   "sandbags are stacked against the doors of the fire station",
                   "crews will keep pumping through the night", "thank you",
                   "the city council approved the new budget last night")
    assert settle(plain, [GUEST] * 6)[:4] == [HOST] * 4
    # a document with no presenter's cue at all: a live report's scene cues over the whole
    # of it make it the report's; plain narration stays the presenter's
    assert settle(LIVE_OPEN[:5], [GUEST] * 5) == [OTHER] * 5
    assert settle(plain[:4], [GUEST] * 4) == [HOST] * 4


def test_a_reporters_sign_off_closes_the_report_a_document_opens_in() -> None:
    """Before any presenter's cue, a reporter's sign-off ("... channel 9 news") closing at
    least `REPORT_MIN` words ends a report: it is `other`; what follows up to the presenter's
    cue is the presenter's again."""
    units = _units(
        "deputies were serving a warrant at the apartment when a man opened fire",
        "the bomb squad was called in as a precaution and neighbours were moved out",
        "the sheriff will give a briefing later tonight",
        "from the scene maria santos channel 9 news",
        "the neighbours who know the suspect say they are stunned",
        "paul weller is live with more on that part of the story",
        "officers have closed the street",
    )
    got = settle(units, [GUEST] * 7)
    assert got[:4] == [OTHER] * 4
    assert got[4:6] == [HOST, HOST]
    # a short stretch before the "sign-off" (a station's ident) is not taken
    short = _units("this is the news at noon", "the county council approved the bypass",
                   "thank you", "the rain will clear by the evening")
    assert settle(short, [GUEST] * 4)[:2] == [HOST, HOST]


def test_a_station_message_starts_after_the_presenters_opening() -> None:
    """The decoded run a station's thanks to its audience ends is `other` back to the
    presenter's own opening ("I'm Jane Doe ... coming up"), not over it."""
    units = _units("good evening i'm nadia ferro", "we look back at a year of conversations",
                   "that is all coming up right now", "support comes from the valley orchard trust",
                   "and by viewers like you", "thank you",
                   "the old orchard has stood at the end of the valley for two hundred years "
                   "and its keeper has pruned the same trees for forty")
    states = [HOST, HOST, HOST, HOST, HOST, HOST, GUEST]
    assert unheard(units, states, [cues(u) for u in units]) == [HOST] * 3 + [OTHER] * 3 + [HOST]


def test_a_document_that_opens_inside_a_packaged_report_gives_the_report_other() -> None:
    """Before any presenter's cue, narration that attributes speech to a third person twice
    ("she said", "they told us") between first-person bites is a packaged report's: `other`
    up to the presenter's cue (thanks); once is a presenter's news read as often."""
    units = _units(
        "the new rules on the river moorings have angered the boat owners",
        "she said the fees had tripled in a single year",
        "i cannot afford to keep the boat here any longer",
        "the harbour office says the money pays for the new pontoons",
        "they told us the fees will be reviewed next spring",
        "we just want somebody to listen to us",
        "thank you",
        "the county fair opens on saturday",
    )
    got = settle(units, [GUEST] * 8)
    assert got[:6] == [OTHER] * 6
    once = _units(
        "the new rules on the river moorings have angered the boat owners",
        "she said the fees had tripled in a single year",
        "the harbour office says the money pays for the new pontoons",
        "the fees will be reviewed next spring by the county board",
        "thank you",
        "the county fair opens on saturday",
    )
    assert settle(once, [GUEST] * 6)[:4] == [HOST] * 4
    # "some argue" attributes speech as "she said" does
    argue = list(once)
    argue[2] = _units("some argue the money pays for the new pontoons")[0]
    assert settle(argue, [GUEST] * 6)[:4] == [OTHER] * 4


def test_a_first_greeting_nothing_answers_hands_over_to_nobody() -> None:
    """A document that opens on a bare greeting or thanks (nothing said before it) whose next
    sentence does not answer it: its speaker greets the audience and goes on (turns24). An
    answered greeting still hands over."""
    def start(*sentences: str) -> int:
        units = _units(*sentences)
        return guest_from(units, [cues(u) for u in units], running=True)

    assert start("good afternoon", "the ferry timetable changes from monday",
                 "the first crossing leaves half an hour later") == 3
    assert start("thank you", "it is a privilege to open the new library wing",
                 "the builders finished a month early") == 3
    assert start("good afternoon", "good afternoon and thanks for having me",
                 "the ferry timetable changes") == 0
    # marked turns (not running text) keep the old reading
    units = _units("good afternoon", "the ferry timetable changes from monday")
    assert guest_from(units, [cues(u) for u in units]) == 0


def test_thanks_for_watching_hands_over_to_nobody() -> None:
    """Thanks for watching or listening is said to the audience: on running text it is no
    hand-over to a guest, so a one-voice read does not end on a guest's turn (turns24)."""
    units = _units("the orchard festival opens on saturday at ten",
                   "tickets are free for children under twelve",
                   "thanks for listening and goodbye")
    assert guest_from(units, [cues(u) for u in units], running=True) == 3
    assert guest_from(units, [cues(u) for u in units]) == 2


def test_a_greeting_after_an_ident_hands_over_to_nobody() -> None:
    """A cold open, the programme's ident, then the presenter's bare "good morning" that
    nothing answers: the presenter goes on, so the decoder's guest there is the host until a
    real hand-over (turns32). Without the ident the greeting still hands over."""
    units = _units("prices at the pump could fall before the summer",
                   "this is the morning market report",
                   "good morning",
                   "we start with oil which slipped overnight",
                   "the grain harvest in the south came in late",
                   "what do you expect from the grain markets?",
                   "well the late harvest will keep prices high")
    assert guest_from(units, [cues(u) for u in units], running=True) == 6
    plain = _units("prices at the pump could fall before the summer",
                   "our correspondent is at the exchange",
                   "good morning",
                   "we start with oil which slipped overnight")
    assert guest_from(plain, [cues(u) for u in plain], running=True) == 2


def test_a_presenters_opening_opens_the_programme_anew() -> None:
    """A headline question before the programme opens ("safe to swim or not?") hands over;
    the presenter's own opening later ("good evening, I'm ...", "welcome to ...", from a
    bare greeting right before it) opens the programme anew, so the opening and the
    presenter's read the decoder gave the guest are the host's up to the next hand-over
    (turns32)."""
    units = _units("tonight safe to swim or not?",
                   "the lake reopens after a month of tests",
                   "good evening i'm robin vale",
                   "the county lifted its warning this afternoon",
                   "families were back on the beach within the hour",
                   "would you let your children swim there?",
                   "well the tests came back clean twice")
    states = [HOST, GUEST, GUEST, GUEST, GUEST, GUEST, GUEST]
    assert settle(units, states) == [HOST, GUEST, HOST, HOST, HOST, HOST, GUEST]
    bare = _units("tonight safe to swim or not?",
                  "the lake reopens after a month of tests",
                  "good evening",
                  "and welcome to lakeside news",
                  "the county lifted its warning this afternoon",
                  "would you let your children swim there?",
                  "well the tests came back clean twice")
    assert settle(bare, states) == [HOST, GUEST, HOST, HOST, HOST, HOST, GUEST]
    # with no opening, the guest handed over to by the headline question speaks on
    plain, kept = units[:2] + units[3:], states[:2] + states[3:]
    assert settle(plain, kept) == kept


def test_a_presenters_headlines_before_their_opening_are_the_hosts() -> None:
    """A run of headlines (no I, we or you, no number) between an advertisement or the
    previous programme and the presenter's own opening that names them ("good evening, I'm
    ..."), a programme's card between them skipped, is the presenter's read, not a promo
    (turns33)."""
    units = _units("call the showroom on 555 0100 or visit us online",
                   "a ferry runs aground off the north point",
                   "the council votes on the new bridge at last",
                   "and why some growers are leaving the valley",
                   "how did an old lighthouse find a new keeper?",
                   "complete harbour coverage starts right now",
                   "this is the coast at ten",
                   "good evening i'm mara quill",
                   "the ferry left the harbour just after six")
    states = [OTHER] * 7 + [HOST, HOST]
    cs = [cues(u) for u in units]
    assert headline_reads(units, states, cs) == [OTHER] + [HOST] * 4 + [OTHER, OTHER,
                                                                       HOST, HOST]
    # the same run before a bare greeting that names nobody: a cold open, left as it is
    bare = [*units[:7], *_units("good morning"), units[8]]
    assert headline_reads(bare, states, [cues(u) for u in bare]) == states
    # a clip in the first person breaks the run: two headlines are too few
    clip = [units[0], *_units("i have never seen the water this high"), *units[2:]]
    assert headline_reads(clip, states, [cues(u) for u in clip]) == [OTHER] + [OTHER] + [
        HOST] * 3 + [OTHER, OTHER, HOST, HOST]
    short = [units[0], *_units("i have never seen the water this high",
                               "we were out on the boats all night"), *units[3:]]
    assert headline_reads(short, states, [cues(u) for u in short]) == states
    # a previous programme's sign-off before the opening is no headline
    tail = _units("that is all from the garden hour",
                  "thanks for watching and see you next week",
                  "happy gardening",
                  "have a lovely evening",
                  "good evening i'm mara quill",
                  "the ferry left the harbour just after six")
    kept = [OTHER] * 4 + [HOST, HOST]
    assert headline_reads(tail, kept, [cues(u) for u in tail]) == kept
    # a run that opens the document, or that the decoder gives the guest, stays as it is
    assert headline_reads(units[1:], states[1:], cs[1:]) == states[1:]
    guest = [OTHER, OTHER, GUEST, *states[3:]]
    assert headline_reads(units, guest, cs) == guest


def test_headlines_before_a_sound_bite_inside_the_read_are_the_hosts() -> None:
    """A sound bite in the first person inside the headline read: two headlines or more
    before it are the presenter's too (even at the document's start); the bite stays `other`,
    and one line alone before it (often the bite's own start) is left (turns33)."""
    units = _units("tonight is the old pier safe or not",
                   "a week after the storm a reporter walks the boardwalk",
                   "i will not let my children anywhere near it",
                   "a ferry runs aground off the north point",
                   "the council votes on the new bridge at last",
                   "and why some growers are leaving the valley",
                   "this is the coast at ten",
                   "good evening i'm mara quill",
                   "the ferry left the harbour just after six")
    states = [OTHER] * 7 + [HOST, HOST]
    assert headline_reads(units, states, [cues(u) for u in units]) == [
        HOST, HOST, OTHER, HOST, HOST, HOST, OTHER, HOST, HOST]
    one = units[1:]
    assert headline_reads(one, states[1:], [cues(u) for u in one]) == [
        OTHER, OTHER, HOST, HOST, HOST, OTHER, HOST, HOST]
