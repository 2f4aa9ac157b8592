"""Roles and speaker ids of marked turns (`markedroles`, `labelroles`), on constructed marked
interviews (not the sample)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.labelroles import (
    label_role,
    one_role_per_name,
    several_voices,
    sole_names,
    sole_reach,
    teases,
)
from transcript_tools.markedroles import (
    GUEST,
    HOST,
    OTHER,
    TurnCues,
    evidence,
    greets_audience,
    opening,
)
from transcript_tools.speakers import Unit


def _roles(src: str) -> list[str]:
    return [t.role for t in clean(src).turns]


def test_role_labels_name_roles_and_names_do_not() -> None:
    assert label_role("host") == HOST and label_role("Caller") == GUEST
    assert label_role("field reporter") == OTHER
    assert label_role("jane doe") is None and label_role(None) is None


def _cues(asks: bool = False, closes: bool = False, presents: bool = False,
          arrives: bool = False) -> TurnCues:
    return TurnCues(asks, closes, presents, arrives)


def test_evidence_of_a_whole_turn() -> None:
    rows = evidence([None, None, None, "caller"],
                    [_cues(True, True), _cues(arrives=True), _cues(presents=True),
                     _cues(True, True)])
    assert rows[0][HOST] > 0 and rows[1][GUEST] > rows[1][OTHER]
    assert rows[2][HOST] > 0
    assert rows[3][GUEST] > rows[3][HOST]  # the label decides over the question


def test_a_named_speaker_who_asks_is_the_host_the_other_name_a_guest() -> None:
    rows = evidence(["lee", "kim", "lee", "kim"],
                    [_cues(True), _cues(), _cues(), _cues()])
    assert rows[0][HOST] > 0 and rows[2][HOST] > 0
    assert rows[1][GUEST] > 0 and rows[3][GUEST] > 0


def test_the_programme_opens_at_its_first_presenting_turn_unless_asked_before() -> None:
    teases = [_cues(), _cues(), _cues(presents=True), _cues(True)]
    assert opening([None] * 4, teases) == 2
    asked = [_cues(True), _cues(), _cues(presents=True)]
    assert opening([None] * 3, asked) == 0
    assert opening(["caller", None, None], [_cues(), _cues(), _cues(presents=True)]) == 0


def test_teases_before_the_presenter_opens_are_other() -> None:
    # the first tease speaks to someone by title, as a host would; the programme opens after
    src = (">> senator, this is a disgrace and you know it. "
           ">> mr. president, you cannot be serious about this. "
           ">> good evening everyone, i'm dana fox. tonight, the fight over the new stadium. "
           "with me is the city attorney, sam ortiz. sam, what happens next? "
           ">> well, the council will vote again in june. "
           ">> and will it pass this time? >> i believe it will.\n")
    assert _roles(src) == ["other", "other", "host", "guest", "host", "guest"]


def test_a_voice_right_after_the_host_before_any_hand_over_is_a_clip() -> None:
    # the second voice answers nobody (nothing was asked yet): a clip, not the host again
    src = (">> good evening, i'm dana fox. the mill closed its doors today after ninety "
           "years. >> well, i worked there for thirty years, my father worked there, and now "
           "it is just gone, and i don't know what i will do. >> mayor lamb, what happens to "
           "these workers now? >> well, we have a plan for training, and i have spoken to "
           "two employers already.\n")
    assert _roles(src) == ["host", "other", "host", "guest"]


def test_a_name_that_labels_the_only_host_keeps_one_id_over_unlabelled_turns() -> None:
    # (up to its last label: `test_a_sole_name_does_not_reach_past_its_last_label`)
    t = clean(">> ana: good evening. what do you make of the vote tonight? >> it was close, "
              "and i think we lost it on turnout. >> so why turnout? >> people stayed "
              "home. >> ana: so what do you do now? >> we regroup and we knock on doors.\n")
    assert [x.role for x in t.turns] == ["host", "guest"] * 3
    assert len({x.speaker for x in t.turns[0::2]}) == 1
    assert t.turns[2].display_name == "Ana"


def test_sole_names_only_when_one_name_holds_the_role() -> None:
    assert sole_names(["ana", None, "ana", None], [HOST, GUEST, HOST, GUEST]) == {HOST: "ana"}
    assert sole_names(["ana", "bo", None], [HOST, HOST, GUEST]) == {}
    assert sole_names(["host", None], [HOST, GUEST]) == {}


def test_host_label_shares_the_id_of_unlabelled_host_turns() -> None:
    t = clean(">> where were you when the storm hit? >> at home with my kids. "
              ">> host: and what did you do first? >> guest: we went to the basement.\n")
    assert [x.role for x in t.turns] == ["host", "guest", "host", "guest"]
    assert t.turns[0].speaker == t.turns[2].speaker
    assert t.turns[1].speaker == t.turns[3].speaker


def test_several_voices_are_roles_two_spoken_turns_in_a_row_were_given() -> None:
    units = [Unit(0, ("hi",), 2), Unit(1, ("yes",), 2), Unit(2, (), 2), Unit(3, ("no",), 2)]
    assert several_voices(units, [HOST, GUEST, GUEST, HOST]) == frozenset()
    assert several_voices(units, [HOST, HOST, GUEST, GUEST]) == {HOST}
    assert several_voices(units, [GUEST, HOST, OTHER, HOST]) == {HOST}  # a wordless turn
    assert several_voices(units, [OTHER, OTHER, HOST, GUEST]) == frozenset()


def test_sole_reach_spans_the_names_labelled_turns() -> None:
    assert sole_reach([None, "ana", None, "ana", None], [HOST] * 5) == {HOST: ("ana", 1, 3)}
    assert sole_reach(["ana", None, "bo"], [HOST, HOST, GUEST]) == {
        HOST: ("ana", 0, 0), GUEST: ("bo", 2, 2)}


def test_a_sole_name_does_not_reach_past_its_last_label() -> None:
    # qa7 audit: an interview's labelled guest was given the next programme's speaker
    t = clean(">> host: what is the book about? >> mr. ortiz: it is about my years as an "
              "envoy, and what i learned there. >> host: what did you learn? >> mr. ortiz: "
              "that patience pays. >> host: thank you for coming. >> order. questions to the "
              "prime minister. >> thank you, mr. speaker. i know the whole house will join me "
              "in congratulating the team on winning the league.\n")
    names = [x.display_name for x in t.turns]
    assert names[:5] == ["Host", "Mr. Ortiz", "Host", "Mr. Ortiz", "Host"]
    assert "Mr. Ortiz" not in names[5:]
    assert t.turns[1].speaker not in {x.speaker for x in t.turns[5:]}


def test_a_name_a_turn_gives_itself_stays_there_when_the_role_has_several_voices() -> None:
    # qa7 audit: an anchor's "I'm ..." was given to a co-anchor's lines and archive clips
    t = clean(">> hello and welcome, I'm Dana Fox. >> and I'm Lee Park. >> tonight the "
              "vote. what do you make of it, sam? >> it was close. >> why? >> turnout was low.\n")
    names = [x.display_name for x in t.turns]
    assert names[:2] == ["Dana Fox", "Lee Park"]
    assert "Dana Fox" not in names[1:]
    t = clean(">> good evening, I'm Dana Fox. stocks rallied today as oil fell. >> welcome "
              "to the program. what a day for markets. >> joining us now is sam ortiz of the "
              "bank. sam, what do you make of the rally? >> well, i think it is a relief "
              "rally. >> why do you say that? >> because the fed has not changed course.\n")
    assert [x.display_name for x in t.turns].count("Dana Fox") == 1


def test_a_name_a_turn_gives_itself_spreads_over_one_voice() -> None:
    # the host's turns alternate with the guest's: one voice, named on every turn
    t = clean(">> good evening, I'm Dana Fox. what do you make of the vote, sam? >> it was "
              "close, very close. >> we begin tonight with the storm. where is it now, do you "
              "know? >> it is off the coast. >> and what do you expect tomorrow? >> more rain.\n")
    assert [x.display_name for x in t.turns][0::2] == ["Dana Fox"] * 3


def _sentences(*texts: str) -> list[Unit]:
    return [Unit(k, tuple(t.split()), 1, False) for k, t in enumerate(texts)]


def test_a_bare_greeting_of_the_time_of_day_that_goes_on_presents() -> None:
    assert greets_audience(_sentences("good morning", "we get you started on a busy week"))
    assert greets_audience(_sentences("good sunday evening", "the storm has passed"))
    # alone (a reply), or a greeting of one person, is no opening
    assert not greets_audience(_sentences("good morning"))
    assert not greets_audience(_sentences("good morning senator", "what happens now"))


def test_co_presenters_labelled_by_first_name_open_after_the_teases() -> None:
    # the presenter's "good morning." opens the programme: the bites before it are teases,
    # and "tom" keeps the host's role on both of his turns
    roles = _roles(">> markets are higher this morning. >> this is the morning call. tom: "
                   "good morning. we get you started on a busy week. stocks are up. lisa: "
                   "the bond market tells another story. yields are falling. tom: we have "
                   "news on the fed. the chair speaks at noon, and the market will be "
                   "listening closely to every word of it, as it always does.\n")
    assert roles[:3] == ["other", "other", "host"] and roles[4] == "host"


def test_a_greeting_that_answers_a_greeting_is_the_guests() -> None:
    roles = _roles(">> the storm is over. >> good morning. we begin with the storm damage on "
                   "the coast. the river rose four feet overnight. >> good morning. thanks "
                   "for having me. it was a long night for all of us here.\n")
    assert roles == ["other", "host", "guest"]


def test_a_label_with_the_presenters_own_first_name_is_the_presenter() -> None:
    t = clean(">> good evening, i'm nora vance. >> nora: the city council voted tonight to "
              "close the old bridge for good. the vote was seven to two.\n")
    assert [x.role for x in t.turns] == ["host", "host"]
    assert len({x.speaker for x in t.turns}) == 1
    assert t.turns[1].display_name == "Nora Vance"


def test_one_role_per_name_from_the_opening_on() -> None:
    roles = [OTHER, HOST, OTHER, GUEST, HOST, GUEST]
    labels = ["tom", "tom", "tom", "kim", None, "kim"]
    one_role_per_name(roles, labels, 1)
    # before the opening a name keeps its turn's role; after it, the name's commonest
    assert roles == [OTHER, HOST, HOST, GUEST, HOST, GUEST]
    tie = [OTHER, GUEST]
    one_role_per_name(tie, ["ann", "ann"], 0)
    assert tie == [GUEST, GUEST]
    labelled = [OTHER, HOST]
    one_role_per_name(labelled, ["reporter", "reporter"], 0)
    assert labelled == [OTHER, HOST]  # role labels are not names


def test_a_presenters_labelled_tease_before_the_opening_is_the_hosts() -> None:
    roles = [OTHER, OTHER, OTHER, HOST, OTHER, GUEST]
    teases(roles, ["dana", "sam", None, "dana", "reporter", "sam"], 3)
    # dana labels a host turn after the opening; sam only a guest's
    assert roles == [HOST, OTHER, OTHER, HOST, OTHER, GUEST]
    t = clean(">> dana: tonight, a fire closes the bridge. >> it was so loud. "
              ">> good evening, i'm dana fox. >> dana: the fire began at noon.\n")
    assert [x.role for x in t.turns] == ["host", "other", "host", "host"]


def test_a_voice_between_two_of_a_reports_turns_before_any_hand_over_is_a_bite() -> None:
    # the reporter's question sits mid-turn (no hand-over to a guest): the first-person
    # voice between the reporter's two turns is the report's, not the presenter back
    src = (">> good evening, i'm dana fox. a bake sale on campus priced its cupcakes by the "
           "buyer's age today. >> reporter: these cupcakes serve as a symbol today. are you "
           "for or against the new bill? that bill would let state schools weigh age in "
           "admissions. >> i will take two of the chocolate ones and one lemon for my sister. "
           ">> reporter: the students who set up the table say the prices make a point about "
           "fairness.\n")
    assert _roles(src) == ["host", "other", "other", "other"]


def test_the_reporter_a_presenter_hands_over_to_is_no_guest() -> None:
    # "joins us" hands over (a guest may speak), but "with more" only a reporter takes
    src = (">> good evening, i'm dana fox. the storm knocked out power across the county "
           "tonight and crews are still out. sam lee joins us with more. >> the crews worked "
           "through the night to clear the roads here, and most of the lines are back up. the "
           "county says the schools open on time tomorrow. >> a fire on elm street left a "
           "family without a home tonight.\n")
    assert _roles(src) == ["host", "other", "host"]
