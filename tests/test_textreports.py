"""Reports in unmarked news text: from a presenter's hand-over to a reporter to the sign-off
or the presenter's return, `other`; an interview that a hand-over opens is left alone."""

from __future__ import annotations

from transcript_tools.speakercues import Unit, cues
from transcript_tools.speakers import GUEST, HOST, OTHER
from transcript_tools.textreports import bite_starts, reports, signs_off


def _units(*sentences: str) -> list[Unit]:
    return [Unit(k, tuple(s.rstrip("?").split()), 1, s.endswith("?"))
            for k, s in enumerate(sentences)]


def _run(units: list[Unit], states: list[int]) -> tuple[list[int], set[int]]:
    return reports(units, states, [cues(u) for u in units])


FLOOD = _units(
    "the river burst its banks overnight and dozens of homes were flooded",
    "maria santos is live in the valley with the latest",
    "the water came up fast just after midnight",
    "i grabbed the kids and the dog and we ran for the car",
    "crews spent the morning pumping out basements along the main road",
    "in riverside county maria santos channel 9 news",
    "in other news the city council approved the new budget",
)


def test_a_report_runs_from_the_hand_over_to_the_sign_off() -> None:
    """The reporter's narration and the resident's bite are the report's; the voices the
    decoder heard in it stay apart; the presenter's next story is the host's again."""
    decoded = [HOST, HOST, GUEST, GUEST, HOST, HOST, HOST]
    states, voices = _run(FLOOD, decoded)
    assert states == [HOST, HOST, OTHER, OTHER, OTHER, OTHER, HOST]
    assert voices == {4}


def test_the_presenter_is_back_at_thanks_or_the_next_hand_over() -> None:
    units = _units(
        "the river burst its banks overnight",
        "maria santos has more",
        "the water came up fast just after midnight and by two in the morning the main road was "
        "under three feet of it",
        "crews spent the morning pumping out basements and the county says the work will go on "
        "all week",
        "thank you maria",
        "the city council approved the new budget",
    )
    states, _ = _run(units, [HOST, HOST, GUEST, HOST, HOST, HOST])
    assert states == [HOST, HOST, OTHER, OTHER, HOST, HOST]


def test_a_guest_brought_in_to_talk_is_no_report() -> None:
    """"is live with us" introduces a guest; a stretch with an exchange in it (an answer
    opener after a question put to "you") is an interview: the decoder's roles stand."""
    decoded = [HOST, HOST, GUEST, HOST, GUEST]
    units = _units(
        "the river burst its banks overnight",
        "the county's emergency manager is live with us",
        "it has been a long night for everyone here",
        "how long will it take you to pump out the basements?",
        "well we hope to be done by friday",
    )
    assert _run(units, decoded)[0] == decoded
    units = _units(
        "the river burst its banks overnight",
        "maria santos has more",
        "the water came up fast just after midnight",
        "how long will it take you to pump out the basements?",
        "well we hope to be done by friday",
    )
    assert _run(units, decoded)[0] == decoded


def test_no_report_without_a_hand_over_or_with_too_little_of_one() -> None:
    """"to live with", "we are live", "standing by to ..." hand over to nobody; a short
    stretch after a hand-over ("kitty, thank you.") is the presenter's own."""
    rest = ["the water came up fast just after midnight and by two in the morning the main "
            "road was under three feet of it", "the county says the work will go on all week"]
    decoded = [HOST, HOST, GUEST, GUEST]
    for handing in ("the town will have to learn to live with the river",
                    "we are live at the county fairground with the latest",
                    "the rescue team is standing by to help the last families"):
        assert _run(_units("the river burst its banks overnight", handing, *rest),
                    decoded)[0] == decoded
    units = _units("the river burst its banks", "maria santos is live with the latest",
                   "maria thank you", "the council approved the budget")
    assert _run(units, decoded)[0] == decoded


def test_sign_offs() -> None:
    assert signs_off("in riverside county maria santos channel 9 news".split())
    assert not signs_off(())
    assert signs_off("for now we're reporting live at the county fairground maria santos".split())
    assert not signs_off("the news from the valley is not good".split())


def test_a_name_asked_alone_after_naming_a_reporter_hands_over() -> None:
    """"Sam Okafor is at the bridge tonight. Sam?": the name asked alone, a word of the
    sentence before, tosses to the reporter (no phrase of `to_reporter` needed); the toss
    is the presenter's, the report starts after it. After a known hand-over, the name asked
    is the presenter's too. A one-word question naming nobody before it hands over to
    nobody."""
    units = _units(
        "the river burst its banks overnight and dozens of homes were flooded",
        "sam okafor is at the old bridge tonight",
        "sam?",
        "the water came up fast just after midnight",
        "i grabbed the kids and the dog and we ran for the car",
        "crews spent the morning pumping out basements along the main road",
        "in riverside county sam okafor channel 9 news",
        "in other news the city council approved the new budget",
    )
    decoded = [HOST, HOST, HOST, GUEST, GUEST, HOST, HOST, HOST]
    assert _run(units, decoded)[0] == [HOST] * 3 + [OTHER] * 4 + [HOST]
    texts = ["the river burst its banks overnight and dozens of homes were flooded", "",
             "sam?", "the water came up fast just after midnight",
             "i grabbed the kids and the dog and we ran for the car",
             "crews spent the morning pumping out basements along the main road",
             "in riverside county sam okafor channel 9 news",
             "in other news the city council approved the new budget"]
    texts[1] = "maria santos is live in the valley with the latest"
    assert _run(_units(*texts), decoded)[0] == [HOST] * 3 + [OTHER] * 4 + [HOST]
    texts[1] = "the old bridge was closed at noon"
    assert _run(_units(*texts), decoded)[0] == decoded


def test_a_name_asked_after_a_guests_introduction_is_no_toss_to_a_report() -> None:
    """"Joining me now is Senator Jane Doe. Senator?": an introduction brings a guest in to
    talk; the answers stay the decoder's."""
    units = _units("the budget fight goes on in the capitol",
                   "joining me now is senator jane doe", "senator?",
                   "well thank you it is good to be here and i think the budget is a mess",
                   "the votes are simply not there in the senate this week for anyone",
                   "what happens next?", "we will see what the leaders decide on monday")
    decoded = [HOST, HOST, HOST, GUEST, GUEST, HOST, GUEST]
    assert _run(units, decoded)[0] == decoded


def test_a_sound_bite_begins_where_a_speaker_tells_of_themselves_after_narration() -> None:
    """Inside a run of `other` (a report), a sentence opening "I ..." / "my ..." right after
    a narrating one (no first or second person, no question, six words or more) starts a
    bite; not after a short or first-person line, not in a short run, not "I'm Jane Doe".
    The reporter is back at the first narrating sentence after a bite's start that speaks of
    a third person ("residents were told ... their water"), not at one that does not
    ("crews spent the morning ...", before the second bite)."""
    units = _units(
        "the water came up fast just after midnight on the east side",
        "i grabbed the kids and the dog and we ran for the car",
        "i never saw anything like it",
        "crews spent the morning pumping out basements along the main road",
        "my basement is still full of water",
        "oh there it goes",
        "i can't believe it",
        "residents were told to boil their water until friday",
        "i'm maria santos channel 9 news")
    assert bite_starts(units, [OTHER] * 9, [cues(u) for u in units]) == {1, 4, 7}
    # a host's or guest's run, or a run under REPORT_MIN words, is left to the decoder
    assert bite_starts(units, [HOST] * 9, [cues(u) for u in units]) == set()
    short = units[:2]
    assert bite_starts(short, [OTHER] * 2, [cues(u) for u in short]) == set()


def test_the_reporter_is_back_after_a_bite_where_the_narration_speaks_of_others() -> None:
    units = _units(
        "the fire crossed the ridge line late on wednesday afternoon",
        "i couldn't get my briefcase out of the house",
        "the wind pushed the flames down toward the highway",
        "the couple said they had no time to take anything with them",
        "crews held the line overnight along the southern edge")
    assert bite_starts(units, [OTHER] * 5, [cues(u) for u in units]) == {1, 3}


def test_a_bite_framed_by_narration_may_open_without_the_first_person() -> None:
    """A stretch of sentences that do not narrate, one of them saying "I" / "my" anywhere,
    between a narrating sentence and one that speaks of others, is a bite: both its ends are
    changes of voice, though its first sentence opens on no "I" (a short line, "the whole barn
    shook": under NARRATION_MIN words, no narration)."""
    units = _units(
        "hail the size of golf balls flattened the orchards north of the lake on sunday",
        "the whole barn shook",
        "honestly i thought the roof was gone",
        "the growers say they lost most of their apricot crop in twenty minutes",
        "the county opens an aid office at the fairground on monday morning")
    assert bite_starts(units, [OTHER] * 5, [cues(u) for u in units]) == {1, 3}


def test_no_framed_bite_without_a_speaker_of_their_own_or_a_return_to_others() -> None:
    """Not a frame: a stretch whose only first person is "we" (a reporter's own "we found
    ..." as often as a bite's) or "us" (the U.S. in captions); a stretch after which the
    narration speaks of no third person; a stretch that asks "you" something (an exchange);
    a host's run."""
    plural = _units(
        "the ferry ran aground on the sandbar just after dawn on tuesday",
        "we found several passengers waiting on the pier here",
        "the crew say they expect to refloat the ferry at high tide tonight")
    assert bite_starts(plural, [OTHER] * 3, [cues(u) for u in plural]) == set()
    usa = _units(
        "the storm knocked out power across the northern plains overnight",
        "all 50 us states have now filed for federal help",
        "the governors say they will meet in the capital next week to plan")
    assert bite_starts(usa, [OTHER] * 3, [cues(u) for u in usa]) == set()
    no_return = _units(
        "hail the size of golf balls flattened the orchards north of the lake on sunday",
        "honestly i thought the roof was gone",
        "the county opens an aid office at the fairground on monday morning")
    assert bite_starts(no_return, [OTHER] * 3, [cues(u) for u in no_return]) == set()
    asked = _units(
        "hail the size of golf balls flattened the orchards north of the lake on sunday",
        "were you here when it hit",
        "yes i thought the roof was gone",
        "the growers say they lost most of their apricot crop in twenty minutes")
    assert bite_starts(asked, [OTHER] * 4, [cues(u) for u in asked]) == set()
    framed = _units(
        "hail the size of golf balls flattened the orchards north of the lake on sunday",
        "the whole barn shook",
        "honestly i thought the roof was gone",
        "the growers say they lost most of their apricot crop in twenty minutes")
    assert bite_starts(framed, [HOST] * 4, [cues(u) for u in framed]) == set()
