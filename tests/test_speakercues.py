"""The cue words of a unit of speech (`speakercues`)."""


def test_phrases_found_by_index_agree_with_a_scan_at_every_word(sample_text: str) -> None:
    """The cue phrases are looked for only where a phrase's first two words stand; a scan
    trying every phrase at every word finds the same groups (the sample's lines, and
    constructed units that hold each phrase, twice, at the edges)."""
    from transcript_tools import speakercues as sc

    groups = [sc._HOST_PHRASES, sc._GUEST_PHRASES, sc._PROMO_PHRASES, sc._STEER_PHRASES,
              sc._WELCOMES, sc._SHOW_PHRASES]

    def scan(words: tuple[str, ...]) -> set[int]:
        return {g for i in range(len(words)) for g, group in enumerate(groups)
                for phrase in group if words[i:i + len(phrase)] == phrase}

    units = [tuple(line.lower().split()) for line in sample_text.splitlines()]
    for group in groups:
        for phrase in group:
            units += [phrase, ("so", *phrase, "and", *phrase), phrase[:-1], ("well", *phrase)]
    found = 0
    for words in units:
        assert sc._PHRASES.groups(words) == scan(words), words
        assert sc._PHRASES.found(words) == bool(scan(words)), words
        found += bool(scan(words))
    assert found > 20


def test_cues_built_fast_equal_the_dataclass_and_stay_frozen(sample_text: str) -> None:
    """`cues` builds `Cues` through a slotted twin; each equals the dataclass built from the
    same fields, on every sentence of the sample, and cannot be changed."""
    import dataclasses

    import pytest

    from transcript_tools.speakercues import Cues, Unit, cues

    units = [Unit(0, tuple(s.split()), 1, s.endswith("?"))
             for line in sample_text.lower().splitlines() for s in line.split(". ") if s]
    assert len(units) > 100
    for unit in units:
        got = cues(unit)
        assert type(got) is Cues
        assert got == Cues(**{f.name: getattr(got, f.name) for f in dataclasses.fields(Cues)})
    assert sum(cues(u).question for u in units) > 2
    assert sum(cues(u).second > 0 for u in units) > 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.length = 0  # type: ignore[misc]


def test_a_station_message_is_a_promo_by_its_announcement_words() -> None:
    """Two distinct announcement words make a promo; one alone (a guest who watched
    something) does not."""
    from transcript_tools.speakercues import Unit, cues

    def promo(text: str) -> bool:
        return cues(Unit(0, tuple(text.split()), 1)).promo

    assert promo("the whole concert is available online at our website")
    assert promo("watch the final live on this channel tomorrow at eight")
    assert not promo("i watch the river rise every spring from my kitchen window")
    assert not promo("we were live on the radio for three hours")


def test_a_web_address_said_impersonally_or_station_words_make_a_promo() -> None:
    """A web address in a unit without first-person words is a station's message; a
    speaker's own website ("our website", "my blog") and a speaker's "i" with announcement
    words (someone who streams or downloads things) are not."""
    from transcript_tools.speakercues import Unit, cues

    def promo(text: str) -> bool:
        return cues(Unit(0, tuple(text.split()), 1)).promo

    assert promo("the full programme is at examplenews.org")
    assert promo("get the free app and listen anytime anywhere")
    assert promo("this channel is funded by its viewers and by these providers")
    assert not promo("we put all our research on our website lakestudies.org")
    assert not promo("i read about it on a blog at riverwatch.com last year")
    assert not promo("i download the app anytime i travel")
    assert not promo("the app crashed twice before the launch")


def test_an_interviewers_move_is_a_steer() -> None:
    """Steering to a topic or quoting the other's words back is an interviewer's move;
    the same words in another order, or "talk" alone, are not."""
    from transcript_tools.speakercues import Unit, cues

    def steer(text: str) -> bool:
        return cues(Unit(0, tuple(text.split()), 1)).steer

    assert steer("let's talk about the new bridge for a moment")
    assert steer("you said last week the money had run out")
    assert steer("let me ask you about the harvest")
    assert not steer("we talk to farmers every week about the harvest")
    assert not steer("they said the money had run out")


def test_a_welcome_to_the_audience_hands_over_to_nobody() -> None:
    """"Welcome back" and "good evening everyone" greet the audience (host evidence, the
    host goes on); an introduction in the same unit, or a greeting to one person, does
    hand over."""
    from transcript_tools.speakercues import Unit, cues
    from transcript_tools.speakers import prepare

    def said(text: str) -> Unit:
        return Unit(0, tuple(text.split()), 1)

    welcome = cues(said("welcome back to the evening programme"))
    assert welcome.host_phrase and welcome.audience
    assert cues(said("good evening everyone")).audience
    assert not cues(said("welcome back joining me now is the mayor")).audience
    assert not cues(said("good evening to you")).audience
    units = [said("good evening everyone"), said("the river burst its banks at noon today"),
             said("good evening to you"), said("thank you it has been a long day here")]
    assert prepare(units).handover == [False, False, False, True]


def test_a_reply_that_judges_the_claim_opens_an_answer() -> None:
    """"That's true ...", "that simply isn't true", "fair enough" open a reply."""
    from transcript_tools.speakercues import Unit, cues

    def opener(text: str) -> bool:
        return cues(Unit(0, tuple(text.split()), 1)).opener

    assert opener("that's true in part but not in every town")
    assert opener("that simply isn't true look at the figures")
    assert opener("fair enough but the money is there")
    assert not opener("that bridge was built in a hurry")


def test_a_presenters_words_about_the_programme_are_show_cues() -> None:
    """Breaks, "leave it there", the headlines and the viewers are a presenter's words
    about the programme; a long greeting that opens on "everyone" greets the audience; a
    guest's own break or a greeting to one person is neither."""
    from transcript_tools.speakercues import Unit, cues

    def said(text: str) -> Unit:
        return Unit(0, tuple(text.split()), 1)

    assert cues(said("we'll be right back after this")).show
    assert cues(said("i'm afraid we'll have to leave it there")).show
    assert cues(said("first the headlines this evening")).show
    assert cues(said("a question many of our viewers have sent in")).show
    assert not cues(said("the nurses never get to take a break on a night shift")).show
    assert not cues(said("we are back at the station by noon")).show
    greeting = cues(said("hi there everyone it's six o'clock and there is a lot to get to"))
    assert greeting.audience and not greeting.show
    assert not cues(said("hi there it's good to be back on the programme")).audience


def test_a_speaker_naming_themselves_is_a_presenter() -> None:
    """"I'm" or "I am" followed by a name (a word that never follows "am" in the language
    statistics, and no function word after it) names the speaker; "I'm" before an
    adjective, a verb or a place does not."""
    from transcript_tools.speakercues import Unit, cues

    def named(text: str) -> bool:
        got = cues(Unit(0, tuple(text.split()), 1))
        assert got.show or not got.named_self
        return got.named_self

    assert named("good evening from the harbour i am petra lindqvist")
    assert named("i'm tomas okafor")
    assert named("and i'm dana whitfield along with the weather desk")
    assert not named("i'm not feeling well")
    assert not named("i'm going to answer")
    assert not named("i'm stunned that this happened")
    assert not named("i am ecstatic about it")
    assert not named("i'm in the hospital")


def test_thanks_for_joining_us_this_morning_greets_the_audience() -> None:
    """Thanks for joining or being with "us" followed by a time of day or "everyone" greet
    the audience; the same thanks to one person ("senator") do not; "good sunday morning"
    is a greeting like "good morning"."""
    from transcript_tools.speakercues import Unit, cues

    def said(text: str):  # type: ignore[no-untyped-def]
        return cues(Unit(0, tuple(text.split()), 1))

    assert said("thanks very much for joining us this morning").audience
    assert said("thank you for being with us tonight").audience
    assert not said("senator thank you for joining us").audience
    assert said("senator thank you for joining us").host_phrase
    assert said("good sunday morning").greeting
    assert said("good morning").greeting
    assert not said("good news for the farmers this spring").greeting
