from transcript_tools import clean
from transcript_tools.clips import clips, frames_clip, opening_voices
from transcript_tools.speakercues import Unit, cues
from transcript_tools.speakers import GUEST, HOST, OTHER


def _units(*sentences: str) -> list[Unit]:
    return [Unit(k, tuple(s.rstrip("?").split()), 1, s.endswith("?"))
            for k, s in enumerate(sentences)]


def test_framings_of_a_recording() -> None:
    assert frames_clip(("take", "a", "listen"))
    assert frames_clip(("watch",))
    assert frames_clip(("here's", "a", "clip", "from", "last", "week's", "hearing"))
    assert frames_clip(("the", "minister", "disagreed", "let's", "listen"))
    # a speaker's own words ending in such a verb frame nothing
    assert not frames_clip(("that's", "the", "one", "race", "to", "watch"))
    assert not frames_clip(("they", "just", "do", "not", "listen"))
    assert not frames_clip(())


CLIP = _units(
    "the council met last night to vote on the new bus lanes",
    "the transport chief defended the plan",
    "take a listen",
    "these lanes will cut journey times for thousands of people",
    "we looked at every street in the city",
    "what do you make of that?",
    "well i think they have not asked the shop owners",
)


def test_a_framed_recording_is_other_until_the_host_comes_back() -> None:
    """What follows the framing is `other` up to the host's question to the guest; the
    question and the answer keep their roles."""
    c = [cues(u) for u in CLIP]
    decoded = [HOST, HOST, HOST, HOST, GUEST, HOST, GUEST]
    assert clips(CLIP, decoded, c) == [HOST, HOST, HOST, OTHER, OTHER, HOST, GUEST]
    # a framing the decoder gave the guest is the guest's own ("listen, ..."): left
    assert clips(CLIP, [HOST, HOST, GUEST, GUEST, GUEST, HOST, GUEST], c) == \
        [HOST, HOST, GUEST, GUEST, GUEST, HOST, GUEST]


def test_a_long_stretch_after_a_framing_is_left() -> None:
    units = _units("watch", *["the lanes will cut journey times for thousands of people"] * 30)
    states = [HOST] + [GUEST] * 30
    assert clips(units, states, [cues(u) for u in units]) == states


def test_the_pipeline_gives_a_framed_recording_the_other_role() -> None:
    """End to end, unmarked: the recording the host frames is `other`, the host's question
    after it and the guest's answer keep their roles."""
    text = ("good evening. tonight the city's new bus lanes. the transport chief defended the "
            "plan this morning. take a listen. these lanes will cut journey times for "
            "thousands of people and we looked at every street in the city before we drew "
            "them. joining me now is a shop owner on the high street. what do you make of "
            "what the chief said? well, i think nobody asked us. my takings are down a third "
            "since the works began and i have had to let two people go.")
    t = clean(text)
    doc = t.document
    roles = {doc.rendering().text(doc.tokens[turn.first].start,
                                  doc.tokens[turn.stop - 1].end).split()[0].lower(): turn.role
             for turn in doc.turns}
    assert roles.get("these") == "other"
    assert "other" not in {r for w, r in roles.items() if w != "these"}


def test_an_opening_run_of_other_keeps_its_voices() -> None:
    """A cold open the decoder gives `other` whole: where the run decoded alone changes
    role, another voice begins; a short opening run is one voice."""
    cold = _units(
        "the storm hit the coast just after midnight and the sea came over the wall",
        "were you told to leave your home before it came?",
        "well no nobody told us anything we just heard the sirens and ran",
        "i lost the shop and everything in it and i have no idea what we do now",
        "officials say the clean up will take months and cost millions",
        "the council has opened two schools as shelters for the families who lost their homes",
        "good evening everyone and welcome to the late news")
    c = [cues(u) for u in cold]
    states = [OTHER] * 6 + [HOST]
    found = opening_voices(cold, states, c)
    assert found and found <= {1, 2, 3, 4, 5}
    assert opening_voices(cold[:2], [OTHER, HOST], c[:2]) == set()
    assert opening_voices(cold, [HOST] * 6, c) == set()


def test_a_recording_tag_before_a_marker_makes_the_next_turn_a_clip() -> None:
    """A caption's "[video clip]" right before ``>>``: the turn after it is a recording played
    (`other`, its own id), even after a long labelled host turn the decoder would continue;
    without the tag (or with another sound tag) it stays as decoded."""
    rounds = (
        "the river crested overnight in the valley towns and thousands of homes are without heat. "
        "this morning we are opening the phones to hear from you. we want to hear from people in "
        "the valley. here is how you can reach us. valley residents can call at one number, others "
        "at the second number. you can also send us a text this morning. if you do, please include "
        "your name and where you are from. otherwise find us on social media, a good monday "
        "morning to you. go ahead and start calling now. we want to start by showing you the "
        "front pages of the papers out of the valley. the front page of the county paper shows "
        "the levee at dawn, "
        "with the headline water wins. the front page of the evening star, the long night. the "
        "weekly ledger says the mill district is under four feet of water. as we said, the river "
        "crested at four in the morning. that is the picture from the bridge cameras overnight. ")
    host = "host: good morning, it is monday, the fourth of march. " + rounds + rounds + (
        "a few hours after the crest, the county executive made these remarks to reporters. ")
    clip = ">> we have eleven hundred people in the shelters. crews are "

    def roles(text: str) -> list[tuple[str, str]]:
        return [(turn.speaker, turn.role) for turn in clean(text).document.turns]

    assert roles(host + "[video clip] " + clip) == [("S1", "host"), ("S2", "other")]
    assert roles(host + "[begin videotape] " + clip) == [("S1", "host"), ("S2", "other")]
    assert roles(host + "[applause] " + clip) == roles(host + clip)


def test_recording_tags() -> None:
    from transcript_tools.clips import recording_tag
    assert recording_tag("[video clip]") and recording_tag("[ Audio Clip ]")
    assert recording_tag("[begin videotape]") and recording_tag("[clip]")
    assert not recording_tag("[end video clip]") and not recording_tag("[applause]")
    assert not recording_tag("[laughter]") and not recording_tag("[inaudible]")
