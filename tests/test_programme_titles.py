"""A programme's title cased in the host's frame ("welcome to ...", "this is ..., with
<presenter>") and where the page says it again (casing7); the frames' negative cases."""

from __future__ import annotations

from transcript_tools import Options, clean

PLAIN = Options(names=False, turns=False)


def cleaned(text: str) -> str:
    return clean(text, options=PLAIN).text


def test_welcome_to_a_title_of_two_words_and_its_later_mentions() -> None:
    out = cleaned("good evening and welcome to harbour watch. and with us tonight, a ferry "
                  "captain. you can write to harbour watch at the usual address.")
    assert "welcome to Harbour Watch." in out and "write to Harbour Watch at" in out, out
    out = cleaned("hello and welcome to the morning ledger. i'm dana ellery. rain again.")
    assert "the Morning Ledger." in out, out
    # no edition's day before it and no line-up after it: a place or a group, left
    out = cleaned("welcome back to the garden pond. shall we feed the fish?")
    assert "welcome back to the garden pond." in out.lower() and "Pond" not in out, out


def test_a_title_with_small_words_and_a_day_before_it() -> None:
    out = cleaned("hello and welcome to thursday's round of the valley. we start with "
                  "the floods.")
    assert "Thursday's Round of the Valley." in out, out


def test_this_is_a_title_with_its_presenters() -> None:
    out = cleaned("hello, this is gardeners corner, with linda barker and charlie dimmock. "
                  "we begin in the greenhouse.")
    assert "this is Gardeners Corner, with" in out, out
    # the frame needs a presenter's name after "with": a meal with a friend is no title
    out = cleaned("this is lunch with my sister. then this is dinner, with the neighbours.")
    assert "This is lunch with my sister" in out and "this is dinner, with" in out, out


def test_a_one_word_title_after_the_is_a_coined_word_only() -> None:
    assert "to the Farmwatch." in cleaned("welcome to the farmwatch. rain again.")
    # a word of the lists is the ordinary thing: the show, the programme, the club
    for word in ("program", "club", "show", "team"):
        out = cleaned(f"hello and welcome to the {word}. we have a lot to get through.")
        assert f"welcome to the {word}." in out, out


def test_welcome_frames_that_are_not_titles() -> None:
    # a pair of words the counts hold is a phrase of the language, not a coined title
    out = cleaned("hello and welcome to the real world. prices rose again.")
    assert "welcome to the real world." in out, out
    # an opening with a closed-class word, figures, or no mark within four words
    for text, kept in (
            ("hello and welcome to our viewers around the world tonight.", "our viewers"),
            ("hello and welcome to studio 9. we start with rain.", "studio 9."),
            ("hello and welcome to all of you who joined us.", "all of you")):
        out = cleaned(text)
        assert f"welcome to {kept}" in out, out
    # later in the page, only after a greeting: a guest's "welcome to cold harbour." stays
    filler = "the council met and the vote was close and the plan went ahead. " * 25
    out = cleaned(filler + "so we said welcome to cold harbour. i'm told it rains.")
    assert "welcome to cold harbour." in out, out
    out = cleaned(filler + "good evening and welcome to cold harbour. i'm dana ellery.")
    assert "welcome to Cold Harbour." in out, out


def test_the_page_end_closes_a_frame() -> None:
    for text in ("welcome to the", "welcome to", "this is the", "hello, this is the show with",
                 "welcome to a special edition of"):
        assert clean(text).text.lower().startswith(text.split(",")[0][:5].lower())


def test_words_another_rule_cases_keep_their_case() -> None:
    out = cleaned("good morning and welcome to the nbc evening hour. i'm dana ellery.")
    assert "the NBC Evening Hour." in out, out


def test_a_quoted_title_in_an_airing_frame_and_its_mentions() -> None:
    out = cleaned('good evening. on the "farmwatch" tonight: rain. more on tonight\'s '
                  '"abc farmwatch." stay with us. "market desk" begins right now.')
    assert 'On the "Farmwatch" tonight' in out and '"ABC Farmwatch."' in out, out
    assert '"Market Desk" begins right now' in out, out
    out = cleaned('we will see you tonight on "the long table." thank you.')
    assert 'on "the Long Table."' in out, out


def test_quoted_words_outside_an_airing_frame_stay() -> None:
    # scare quotes: one word of the lists, no frame, or a closed-class word at an end
    out = cleaned('the "reset" begins now, he said. they focused on "border security." '
                  'he called it "not enough" tonight. the "pause" starts right now.')
    assert '"reset" begins' in out and '"border security."' in out, out
    assert '"not enough"' in out and '"pause" starts' in out, out


def test_an_edition_of_a_title() -> None:
    out = cleaned("good evening and welcome to a special edition of the farmwatch. rain.")
    assert "edition of the Farmwatch." in out, out
    out = cleaned("from the coast, this is a late edition of harbour watch with linda "
                  "barker. good evening.")
    assert "edition of Harbour Watch with" in out, out
    # "edition of" and an ordinary word: left
    out = cleaned("welcome to a special edition of the news. rain.")
    assert "edition of the news." in out, out
