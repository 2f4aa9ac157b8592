from transcript_tools.promos import (
    announcement,
    announcements,
    describes,
    greets_audience,
    ident,
    opens_programme,
)
from transcript_tools.speakercues import Unit, cues


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def test_schedule_reads_are_announcements() -> None:
    """A time of day with "watch" or a weekday, an imperative "catch" with a day, "up next"
    said of nobody in the first or second person."""
    assert announcement(_w("watch the garden hour at 9:30 p.m. eastern on saturday"))
    assert announcement(_w("the cooking show airs weeknights at 7 p.m"))
    assert announcement(_w("catch the full documentary sunday on this channel"))
    assert announcement(_w("up next a climber who spent forty days on the ice"))


def test_sponsor_messages_are_announcements() -> None:
    assert announcement(_w("funding for this series is provided by the river trust"))
    assert announcement(_w("brought to you by a local bakery and members of this station"))


def test_speech_is_not_an_announcement() -> None:
    """A speaker's own plans, a report's time of day, "up next" in a speaker's mouth, talk
    about watching something."""
    assert not announcement(_w("i'll watch the match at 8 p.m. on tuesday with my kids"))
    assert not announcement(_w("by midnight on tuesday the river had burst its banks"))
    assert not announcement(_w("up next we talk to you about your pension"))
    assert not announcement(_w("that is the number to watch this week"))
    assert not announcement(_w("we met at 8 on a monday"))
    assert not announcement(())


def test_a_description_counts_only_after_an_announcement() -> None:
    """"She talks about ..." continues a schedule read; on its own it is a host's preview."""
    assert describes(_w("the author talks about life on the island"))
    assert not describes(_w("you talk about life on the island"))
    assert describes(_w("the award-winning poet has written nine collections"))
    assert not describes(_w("i have written nine collections"))
    units = [Unit(k, _w(s), 1) for k, s in enumerate((
        "and this year she talks about her new novel",
        "up next a novelist from the coast",
        "she talks about life on the island",
        "i grew up there too"))]
    assert announcements(units, [cues(u) for u in units]) == [False, True, True, False]


def test_a_presenters_tease_is_not_a_promo() -> None:
    """"Coming up" is a promo's unless the presenter teases their own programme with "we"."""
    units = [Unit(k, _w(s), 1) for k, s in enumerate((
        "coming up the best of the summer festivals",
        "we'll talk to the festival's director coming up",
        "stay with us"))]
    assert announcements(units, [cues(u) for u in units]) == [True, False, False]


def test_a_presenter_opens_the_programme() -> None:
    """"Welcome to ..." and a greeting with "everyone" or the presenter's own name open a
    programme; a greeting to one person does not."""
    assert opens_programme(_w("welcome to the morning garden show"))
    assert opens_programme(_w("hello and welcome to countryside matters"))
    assert opens_programme(_w("good sunday morning everyone and thanks for being here"))
    assert opens_programme(_w("sam good evening everybody it is a busy night"))
    assert opens_programme(_w("good evening i'm alex lane"))
    assert not opens_programme(_w("senator good morning"))
    assert not opens_programme(_w("good morning to you"))
    assert not opens_programme(_w("senator welcome to the studio"))
    assert not opens_programme(_w("you are welcome to join us"))


def test_good_evening_and_welcome_to_presents_a_marked_turn() -> None:
    """ "good evening and welcome to ..." opens a programme as "hello and welcome to ..." does,
    whatever its title (a presenter's name in it); a greeting of one person does not."""
    from transcript_tools import clean
    from transcript_tools.markedroles import presents_in
    assert presents_in([Unit(0, tuple("good evening and welcome to paul ross tonight".split()), 1)])
    assert presents_in([Unit(0, tuple("good morning and welcome to the late edition".split()), 1)])
    assert not presents_in([Unit(0, tuple("good evening senator welcome to you".split()), 1)])
    assert not presents_in([Unit(0, tuple("good evening and thank you for having me".split()), 1)])
    text = ("neighbours are generous and they will turn out. >> anna: those pictures are moving "
            "and really hopeful. ruth, thank you very much for being with us. that is our story on "
            "this tuesday night. we are back here tomorrow night \u266a >> paul: good evening and "
            "welcome to \"paul ross tonight.\" once again there is a lot going on in the news "
            "tonight. up ahead we will have details about the new bridge tolls.")
    turns = clean(text).document.turns
    assert [(t.display_name, t.role) for t in turns][-1] == ("Paul", "host")


def test_an_ident_names_the_programme_in_a_short_unit() -> None:
    """"This is <name>" in a short unit that says no "I", "we" or "you" (turns32)."""
    assert ident(_w("this is harbour radio"))
    assert ident(_w("this is the evening farming report"))
    assert not ident(_w("this is important"))
    assert not ident(_w("this is a disaster"))
    assert not ident(_w("this is really bad news"))
    assert not ident(_w("this is a market we did not expect at the start of the year"))
    assert not ident(_w("this is what we found in the hills"))


def _greets(*sentences: str) -> list[bool]:
    units = [Unit(k, _w(s), 1) for k, s in enumerate(sentences)]
    unit_cues = [cues(u) for u in units]
    return [greets_audience(units, unit_cues, k) for k in range(len(units))]


def test_a_greeting_after_a_cold_open_and_an_ident_greets_the_audience() -> None:
    """A bare greeting after a cold open's ident, or before words about the programme, that
    nothing answers greets the audience (turns32)."""
    assert _greets("the tide tables will never look the same again",
                   "this is harbour radio",
                   "good morning",
                   "we start with the ferry timetable")[2]
    assert _greets("fishing quotas are back on the table",
                   "good evening",
                   "you are watching coastal affairs")[1]


def test_a_greeting_to_a_person_or_far_from_the_programmes_words_is_no_welcome() -> None:
    """A greeting after a question, "you" or an introduction, a greeting answered, and a
    greeting with no ident, schedule read or programme words beside it (a reporter's "good
    morning" after the anchor's toss) are left to hand over (turns32)."""
    # after an introduction
    assert not _greets("this is harbour radio", "our guest runs the lifeboat station",
                       "good morning", "the winter was hard on the crews")[2]
    # answered
    assert not _greets("this is harbour radio", "good morning",
                       "good morning and thanks for having me")[1]
    # no programme words beside it
    assert not _greets("the council met late into the night",
                       "our reporter has been at the town hall since dawn",
                       "good morning", "the vote was close")[2]
    # asked of someone
    assert not _greets("this is harbour radio", "where were you last night?",
                       "good morning", "the vote was close")[2]


def test_a_short_naming_line_joins_a_schedule_read_to_its_description() -> None:
    """"Watch X at 8. | on Y this week, Z. | she talks about ...": the short line naming the
    programme's subject and the description after it are the promo's (turns32). A longer
    line, or one in the first or second person, between them does not join them."""
    def said(*sentences: str) -> list[bool]:
        units = [Unit(k, _w(s), 1) for k, s in enumerate(sentences)]
        return announcements(units, [cues(u) for u in units])

    assert said("watch the garden hour at 9:30 p.m. eastern on saturday",
                "on the weekend edition a potter",
                "she talks about fifty years at the wheel",
                "my first question is about clay") == [True, True, True, False]
    assert said("watch the garden hour at 9:30 p.m. eastern on saturday",
                "we will be back with more on the floods",
                "she talks about fifty years at the wheel") == [True, False, False]
    assert said("watch the garden hour at 9:30 p.m. eastern on saturday",
                "the potter who spent half a century working clay in the hills above the town",
                "she talks about fifty years at the wheel") == [True, False, False]
