"""Speaker turns: every marker form, and inference on constructed interviews (not the sample)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools import Options, clean
from transcript_tools.model import Document
from transcript_tools.pipeline import Cleaner
from transcript_tools.readers import parse

CASES = Path(__file__).resolve().parent / "data" / "cases" / "turns"


def _turn_texts(t: object) -> list[tuple[str, str, str]]:
    doc: Document = t.document  # type: ignore[attr-defined]
    r = doc.rendering()
    return [(turn.display_name, turn.role,
             r.text(doc.tokens[turn.first].start, doc.tokens[turn.stop - 1].end))
            for turn in doc.turns]


def _check_cover(doc: Document) -> None:
    """Turns cover every token once, in order, and start on piece boundaries."""
    assert doc.turns[0].first == 0 and doc.turns[-1].stop == len(doc.tokens)
    for a, b in zip(doc.turns, doc.turns[1:]):
        assert a.stop == b.first
    piece_starts = {p.first for p in doc.pieces()}
    assert all(t.first in piece_starts for t in doc.turns)


# --- marked input ----------------------------------------------------------------------------
def test_double_chevrons_start_turns_exactly_there() -> None:
    t = clean("good evening. >> thank you. >> first the weather. it is cold. >> it is.\n")
    texts = [x[2] for x in _turn_texts(t)]
    assert texts == ["Good evening.", "Thank you.", "First the weather. It is cold.", "It is."]
    _check_cover(t.document)


def test_alternating_marked_speakers_share_two_ids() -> None:
    t = clean(">> senator, why did you vote against the bill? >> because it was badly "
              "written and i said so at the time. >> would you vote for it now? >> no. i "
              "would not, not without changes.\n")
    ids = [turn.speaker for turn in t.turns]
    assert ids[0] == ids[2] and ids[1] == ids[3] and ids[0] != ids[1]
    assert [turn.role for turn in t.turns] == ["host", "guest", "host", "guest"]


def test_story_marker_starts_a_turn() -> None:
    t = clean("and that was the news. >>> in sport tonight the final went to extra time.\n")
    assert len(t.turns) == 2
    assert _turn_texts(t)[1][2].startswith("In sport")


def test_a_marker_before_removed_words_still_starts_a_turn() -> None:
    # the sound cue right after the marker is removed; the change of speaker stays there
    t = clean(">> how was the crowd tonight? >> [applause] thank you all, it was loud. "
              ">> and the result?\n")
    doc = t.document
    starts = [doc.tokens[turn.first].text for turn in doc.turns]
    assert starts == ["how", "[applause]", "and"]
    _check_cover(doc)


def test_removed_words_before_the_first_marker_are_a_turn_of_their_own() -> None:
    # a sound cue before the first marker is removed: the first spoken turn still starts
    # at the marker, and the removed stretch reads as nothing
    t = clean("\u266a >> good evening and welcome. >> thanks for having me.\n")
    doc = t.document
    words = [doc.tokens[turn.first].text for turn in doc.turns]
    assert words == ["\u266a", "good", "thanks"]
    texts = _turn_texts(t)
    assert texts[0][2].strip() == "" and texts[1][2].startswith("Good evening")
    assert doc.turns[0].speaker == doc.turns[1].speaker
    _check_cover(doc)
    assert t.text.startswith("Good evening")


def test_labels_name_speakers_with_consistent_ids_and_roles() -> None:
    src = ("host: good morning, line one.\ncaller: hi, i wanted to talk about taxes.\n"
           "host: go ahead.\ncaller: they are too high.\n>> reporter: the vote is tomorrow.\n")
    t = clean(src)
    names = [turn.display_name for turn in t.turns]
    assert names == ["Host", "Caller", "Host", "Caller", "Reporter"]
    assert len({turn.speaker for turn in t.turns}) == 3
    assert [turn.role for turn in t.turns] == ["host", "guest", "host", "guest", "other"]


def test_upper_case_name_labels_are_kept_as_written() -> None:
    t = clean(">> JANE DOE: we will appeal. >> JOHN ROE: we will not.\n")
    assert [turn.display_name for turn in t.turns] == ["JANE DOE", "JOHN ROE"]


def test_srt_dashes_mark_changes() -> None:
    src = ("1\n00:00:01,000 --> 00:00:03,000\n- did you see it?\n- i did.\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\nit was huge.\n")
    t = clean(src, format="srt")
    assert [x[2] for x in _turn_texts(t)] == ["Did you see it?", "I did. It was huge."]


def test_repeated_voice_span_continues_the_turn() -> None:
    src = ("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Ana Lima>we start today\n\n"
           "00:00:02.000 --> 00:00:04.000\n<v Ana Lima>with the budget.\n\n"
           "00:00:04.000 --> 00:00:06.000\n<v Ben Ode>it is late again.\n")
    t = clean(src, format="vtt")
    assert [(x[0], x[2].lower()) for x in _turn_texts(t)] == [
        ("Ana Lima", "we start today with the budget."), ("Ben Ode", "it is late again.")]
    vtt = t.to_webvtt()
    assert "<v Ana Lima>" in vtt and "<v Ben Ode>" in vtt


# --- inference -------------------------------------------------------------------------------
def _case(name: str) -> tuple[str, list[int], list[str]]:
    text, starts, roles = "", [], []
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            role, words = line.split("|", 1)
            starts.append(len(text))
            roles.append(role)
            text += words.strip() + "\n"
    return text, starts, roles


def _scores(name: str, options: Options | None = None) -> tuple[float, float, Document]:
    """(boundary F1 within 3 words, word role accuracy) of a constructed case."""
    text, starts, roles = _case(name)
    doc = Cleaner(options=options).run(parse(text, format="broadcast"))
    words = [i for i, tok in enumerate(doc.tokens) if tok.kind == "word"]
    word_starts = [doc.tokens[i].start for i in words]
    truth = [sum(1 for s in word_starts if s < off) for off in starts]
    pred = [sum(1 for i in words if i < turn.first) for turn in doc.turns]
    tp = set(truth[1:])
    pp = set(pred[1:])
    hits = sum(1 for p in pp if any(abs(p - x) <= 3 for x in tp))
    prec, rec = hits / max(len(pp), 1), hits / max(len(tp), 1)
    f1 = 2 * prec * rec / (prec + rec) if hits else 0.0
    true_role = []
    for k, role in enumerate(roles):
        end = truth[k + 1] if k + 1 < len(truth) else len(words)
        true_role += [role] * (end - truth[k])
    pred_role = []
    for k, turn in enumerate(doc.turns):
        end = pred[k + 1] if k + 1 < len(pred) else len(words)
        pred_role += [turn.role] * (end - pred[k])
    acc = sum(a == b for a, b in zip(true_role, pred_role)) / len(words)
    return f1, acc, doc


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.glob("*.txt")))
def test_inferred_turns_cover_the_text_on_piece_boundaries(name: str) -> None:
    _, _, doc = _scores(name)
    _check_cover(doc)
    assert {t.role for t in doc.turns} >= {"host", "guest"}


def test_inference_on_constructed_interviews_finds_most_turns() -> None:
    results = [_scores(p.name)[:2] for p in sorted(CASES.glob("interview_*.txt"))]
    mean_f1 = sum(f for f, _ in results) / len(results)
    mean_acc = sum(a for _, a in results) / len(results)
    # Regression floors just under the figures reached (see evaluation/turns.py), below the
    # targets (F1 0.85, roles 0.90).
    assert mean_f1 >= 0.60  # reached 0.63
    assert mean_acc >= 0.80  # reached 0.83


def test_inference_on_caption_like_interviews() -> None:
    """Lowercase run-on interviews with no question marks and few stops (dev half).

    Floors just under the figures reached with the speaker-profile pass and second-person
    lead-ins (0.56 F1, 0.86 roles); far below the targets (F1 0.85, roles 0.90)."""
    results = [_scores(p.name)[:2] for p in sorted(CASES.glob("caption_*.txt"))]
    assert sum(f for f, _ in results) / len(results) >= 0.53
    assert sum(a for _, a in results) / len(results) >= 0.84


def test_a_question_hands_over_to_the_guest() -> None:
    t = clean("my guest today is a beekeeper. how many hives do you keep? about forty. "
              "i started with two when i was a teenager and it grew from there. "
              "and do you sell the honey? yes, at the market every saturday.\n")
    roles = [(x[1], x[2].split()[0]) for x in _turn_texts(t)]
    assert roles == [("host", "My"), ("guest", "About"), ("host", "And"), ("guest", "Yes,")]


def test_a_listeners_yeah_inside_the_guests_story_is_the_hosts() -> None:
    """Unmarked caption text: the host's "yeah." and "right." between the guest's sentences
    are the host's where the guest's next sentence carries on ("and ...": one host id, one
    guest id; was a third voice given the guest); the guest's own "yeah." that answers a
    question stays in the guest's turn."""
    opening = ("good evening and welcome to the hour i'm paula brandt my guest tonight is the "
               "orchard keeper tomas vehl who lost his harvest to the april frost. ")
    doc = Cleaner(options=Options()).run(parse(
        opening + "tomas what happened that night? well the temperature dropped eight degrees "
        "after midnight and we lost most of the blossom in a single night. yeah. and it was "
        "the worst frost since my father planted the trees in nineteen sixty. right. and the "
        "insurers still have not paid a cent for any of it. what will you plant next year? "
        "we are going to try late flowering varieties that can take a colder spring.",
        format="broadcast"))
    words = [[x.text for x in doc.tokens[t.first:t.stop] if x.kind == "word"]
             for t in doc.turns]
    assert [(t.speaker, t.role, w[0]) for t, w in zip(doc.turns, words)] == [
        ("S1", "host", "good"), ("S2", "guest", "well"), ("S1", "host", "yeah"),
        ("S2", "guest", "and"), ("S1", "host", "right"), ("S2", "guest", "and"),
        ("S1", "host", "what"), ("S2", "guest", "we")]
    doc = Cleaner(options=Options()).run(parse(
        opening + "tomas did you see it coming? yeah. the forecast said two degrees but the "
        "temperature dropped eight degrees after midnight and we lost most of the blossom in "
        "a single night. what will you plant next year? we are going to try late flowering "
        "varieties that can take a colder spring.", format="broadcast"))
    assert [t.role for t in doc.turns] == ["host", "guest", "host", "guest"]
    assert doc.tokens[doc.turns[1].first].text == "yeah"


def test_introduction_labels_the_guest() -> None:
    t = clean("the harbour is closed tonight. we now hear from the harbour master. what "
              "happened? a ship lost power at the entrance and we had to stop all traffic.\n")
    guest = [turn for turn in t.turns if turn.role == "guest"]
    assert guest and guest[0].display_name == "Harbour Master"


def test_promo_before_the_introduction_is_other() -> None:
    t = clean("coming up after the break, the weekend forecast. welcome to the programme. "
              "joining me is a fire chief. how did the fire start? we think it was a "
              "cigarette thrown from a car.\n")
    assert [turn.role for turn in t.turns][:2] == ["other", "host"]


def test_a_lead_in_ending_the_answers_sentence_starts_the_hosts_turn() -> None:
    """Caption text often runs the host's set-up on from the guest's last words; when the
    next sentence asks, the second-person lead-in starts the host's turn."""
    t = clean("my guest is the winner of the cycling race. thank you. the last climb was "
              "very hard and my legs were burning but the crowd carried me up the hill you "
              "crashed in the same race last year. did you ever think you would not come "
              "back? no. i always knew i would race again.\n")
    turns = _turn_texts(t)
    assert ("host", "you") in [(role, text.split()[0]) for _, role, text in turns]
    assert turns[-1][1] == "guest" and turns[-1][2].startswith("No.")


def test_a_welcome_nothing_answers_hands_over_to_nobody() -> None:
    """The host's thanks for joining, then the host's own statement and a question put to
    "you": nothing answered the welcome, so the statement is the host's too (turns27); a
    welcome the guest answers still hands over."""
    text = ("the storm closed every beach in the county. our guest tonight is the harbour "
            "master. thank you for joining us. we are now at the point where the harbour has "
            "lost forty boats in a single night. what did you see when you went down there "
            "on tuesday? i saw boats on the road. will the sea wall be rebuilt before "
            "winter? not before spring, i am afraid.\n")
    turns = _turn_texts(clean(text))
    assert [role for _, role, _ in turns] == ["host", "guest", "host", "guest"]
    assert turns[1][2].startswith("I saw")
    answered = text.replace("thank you for joining us.", "thank you for joining us. "
                            "thank you for having me.")
    turns = _turn_texts(clean(answered))
    assert [role for _, role, _ in turns][:2] == ["host", "guest"]
    assert turns[1][2].startswith("Thank you for having me.")



def test_an_introduction_the_host_goes_on_to_welcome_hands_over_to_nobody() -> None:
    """An introduction of the guest, a remark, then the host's own welcome ("thank you for
    coming in"): the host still holds the floor, so the remark is the host's too (turns28);
    an introduction the guest answers still hands over."""
    text = ("the river has flooded the lower town for the third spring running. our guest has "
            "spent twenty years studying the valley's floods at the county college. she drove "
            "in before dawn. thank you for coming in. before we get to the new maps, just "
            "put this spring in perspective for us. how high did you see the water get this "
            "week? higher than in any year since the big flood, about two metres.\n")
    turns = _turn_texts(clean(text))
    assert turns[0][1] == "host" and turns[0][2].endswith("Thank you for coming in.")
    answered = text.replace("she drove in before dawn.", "thank you for having me.")
    turns = _turn_texts(clean(answered))
    assert [role for _, role, _ in turns][:2] == ["host", "guest"]
    assert turns[1][2].startswith("Thank you for having me.")


def test_thanks_for_having_me_after_a_welcome_gives_the_floor_back() -> None:
    """A guest's "thank you for having me" in reply to a welcome or to the host's thanks
    closes the pair: the next sentence is the host's, a comment after a welcome or a
    sign-off after a farewell (turns31)."""
    welcome = ("the new bridge over the estuary opens to traffic next month. our guest is the "
               "engineer who designed it. welcome to the programme. thank you for having me. "
               "congratulations on the opening. six years of work and two budgets later, the "
               "town finally has its crossing. why did the costs keep rising? the ground under "
               "the south pier was softer than the surveys said.\n")
    turns = _turn_texts(clean(welcome))
    assert ("guest", "Thank you for having me.") in [(role, x) for _, role, x in turns]
    assert [x for _, role, x in turns if role == "host"][1].startswith("Congratulations")
    farewell = ("that was the view from the vineyard this morning. the harvest came in two "
                "weeks early. thank you for joining us. thank you for having me. that is all "
                "from us tonight. tomorrow we travel to the coast to meet the oyster farmers. "
                "good night.\n")
    turns = _turn_texts(clean(farewell))
    assert [role for _, role, _ in turns] == ["host", "guest", "host"]
    assert turns[1][2] == "Thank you for having me."


def test_thanks_for_having_me_with_no_welcome_before_it_goes_on() -> None:
    """A speaker who thanks for having them with no welcome or thanks before it (a talk
    after an introduction the text does not hold) goes on in the same turn."""
    text = ("good evening everyone. the doors were late opening and i wouldn't blame anyone "
            "for waiting outside. thanks for having me tonight. it is a real honour to be "
            "here. my book covers the ten years when the town built its railway. the story "
            "begins with a flood.\n")
    turns = _turn_texts(clean(text))
    assert any(x.startswith("Thanks for having me tonight. It is a real honour")
               for _, _, x in turns)


def test_a_unit_opening_with_and_after_a_question_is_the_askers() -> None:
    """After a question, a sentence that opens with "and" carries the asker's line on: no
    hand-over there (turns28); a question followed by an answer still hands over."""
    text = ("the council voted last night on the new bus routes. how will the villages get to "
            "the market? and the school buses will stop at the church instead of the green. "
            "that is the plan for now.\n")
    assert len(_turn_texts(clean(text))) == 1
    answered = text.replace("and the school buses", "we will run a bus. the school buses")
    turns = _turn_texts(clean(answered))
    assert [role for _, role, _ in turns] == ["host", "guest"]
    assert turns[1][2].startswith("We will run a bus.")


def test_a_sentence_opening_with_and_before_a_question_is_no_set_up() -> None:
    """A sentence that opens with "and" right before the host's question carries the line
    before it on (the guest's answer), not the host's set-up of the question (turns29); a
    statement that does not open so is still read as the host's set-up."""
    text = ("welcome back. the new library opened its doors on saturday after two years of "
            "building. what did the first visitors make of it? they loved the reading garden "
            "on the roof. we had queues round the block by ten. and the children's floor was "
            "full all day. will you keep it open on sundays? yes, from next month.\n")
    turns = _turn_texts(clean(text))
    assert [role for _, role, _ in turns] == ["host", "guest", "host", "guest"]
    assert turns[1][2].endswith("And the children's floor was full all day.")
    assert turns[2][2] == "Will you keep it open on Sundays?"
    set_up = text.replace("and the children's floor was full all day.",
                          "the council has cut the opening hours of the branch libraries.")
    turns = _turn_texts(clean(set_up))
    assert [role for _, role, _ in turns] == ["host", "guest", "host", "guest"]
    assert turns[2][2].startswith("The council has cut the opening hours")


def test_a_question_the_source_closes_with_a_question_mark_holds_no_answer_at_its_end() -> None:
    """"what does a day at sea | look like for them?": the source's "?" closes the question,
    so its last words open no answer (turns28); without the source's "?" (caption text) a
    run-on question and its answer are still cut."""
    text = ("our reporter spent a week on the boats. what does a day at sea look like for them? "
            "and the answer is long hours, cold hands and very little sleep.\n")
    turns = _turn_texts(clean(text))
    assert turns[0][2].endswith("look like for them? And the answer is long hours, cold hands "
                                "and very little sleep.")
    t = clean("what does a day at sea look like for the crew long hours and cold hands "
              "mostly\n")
    assert len(t.document.turns) == 2


def test_a_short_reply_between_two_presenters_starts_a_second_voice_of_the_role() -> None:
    """Co-presenters read as one role: "Yeah." answering the first starts another speaker
    of the same role (a monologue without such a reply keeps one voice)."""
    t = clean("stocks opened flat this morning and the dow is down a few points. oil is a "
              "little higher after the report on supplies. yeah. traders are waiting for the "
              "central bank on wednesday and nobody wants to move before that.\n")
    turns = t.document.turns
    texts = _turn_texts(t)
    assert [x[2].split()[0] for x in texts] == ["Stocks", "Yeah."]
    assert turns[0].role == turns[1].role and turns[0].speaker != turns[1].speaker
    one = clean("stocks opened flat this morning and the dow is down a few points. oil is a "
                "little higher after the report on supplies. traders are waiting for the "
                "central bank on wednesday and nobody wants to move before that.\n")
    assert len(one.turns) == 1


def test_speakers_option_pins_the_count() -> None:
    _, _, one = _scores("interview_housing.txt", Options(speakers=1))
    assert len(one.turns) == 1
    _, _, two = _scores("interview_housing.txt", Options(speakers=2))
    assert len({t.speaker for t in two.turns}) == 2
    assert "other" not in {t.role for t in two.turns}


def test_no_turns_option_skips_the_stage() -> None:
    t = clean("how are you? fine thanks.\n", options=Options(turns=False))
    assert t.turns == ()


def test_text_writer_labels_paragraphs_by_turn() -> None:
    t = clean(">> JANE DOE: we will appeal. >> JOHN ROE: we will not.\n")
    assert t.to_text() == "JANE DOE: We will appeal.\n\nJOHN ROE: We will not.\n"


def test_a_greeting_in_reply_is_the_guest() -> None:
    t = clean("thank you for joining us from the lab. hello. what did the team find in the "
              "samples? we found far more plastic than we expected in every one of them.\n")
    roles = [(x[1], x[2].split()[0]) for x in _turn_texts(t)]
    assert roles[:3] == [("host", "Thank"), ("guest", "Hello."), ("host", "What")]


def test_the_guest_taking_up_the_question_word_starts_the_answer() -> None:
    from transcript_tools.speakers import echoes
    assert echoes(("it", "sounds", "incredibly", "risky"), ("it", "is", "risky"))
    assert not echoes(("we", "went", "to", "the", "market"), ("the", "next", "day"))
    # an interviewer taking up the answer's last words and going on
    assert echoes(("it", "is", "a", "great", "opportunity"),
                  ("a", "great", "opportunity", "because", "nobody", "was", "hurt"))


def test_a_title_abbreviation_does_not_end_a_unit() -> None:
    from transcript_tools.turns import TurnSegmenter
    doc = Cleaner(options=Options()).run(parse(
        "welcome to the show. mr. president, what will you do about the strike?\n",
        format="broadcast"))
    live = [p for p in doc.pieces() if p.text]
    units = TurnSegmenter._units(live, set(doc.sentence_starts), live[0].first)
    assert not any(u.words and u.words[-1] == "mr" for u in units)



_KEEPER = (
    "good evening and welcome to the programme. my guest tonight is a lighthouse keeper on the "
    "northern coast. how long have you kept the light? nineteen years. my father kept it "
    "before me. what does the job involve now? less than it did. the lamp is automatic but "
    "do we still need a keeper the council thinks so and someone has to check it every day. "
    "the storms break the windows and the salt eats the metal. is it lonely? sometimes. in "
    "winter the boat comes once a week, and i read a great deal. what do you read? history "
    "mostly. i like the old naval battles and i have a shelf of sea charts that nobody else "
    "would want. will the light close? the council says it will stay open for another ten "
    "years, yes and after that nobody knows. would you stay? of course. it is the only home "
    "i have ever wanted. thank you for talking to us. thank you for having me.\n")


def test_a_question_inside_an_answer_in_punctuated_text_stays_in_the_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """In cleanly punctuated text turns end at sentence ends: the guest's own question
    inside a sentence ("but do we still need a keeper") does not make a host's turn, as it
    does when a change inside a sentence costs no more than in run-on captions."""
    from transcript_tools import speakers

    def starts() -> list[str]:
        return [text.split()[0].lower() for _, _, text in _turn_texts(clean(_KEEPER))]

    got = starts()
    assert "but" not in got
    assert got.count("what") == 2 and got[-2:] == ["thank", "thank"]
    monkeypatch.setattr(speakers, "CLEAN_COST", 0.0)
    assert "but" in starts()


def test_a_station_message_before_an_interview_is_other() -> None:
    """A station's message (where to watch, who pays for it; no question, no guest) before
    the host opens is `other`, not the host's or the guest's."""
    t = clean("you can watch every episode anytime online at examplestation.org. this "
              "station is funded by viewers like you and by these cable providers. "
              "good evening, my guest tonight is a glacier scientist. how fast is the ice "
              "melting? faster than any of us expected ten years ago, and the rate is still "
              "rising every summer.\n")
    got = [(role, text.split()[0]) for _, role, text in _turn_texts(t)]
    assert got == [("other", "You"), ("host", "Good"), ("guest", "Faster")]


def test_an_interviewers_move_after_an_answer_starts_the_hosts_turn() -> None:
    """The host quoting the guest back ("you said ...") starts the host's turn there, two
    sentences before the question it leads to."""
    t = clean("joining me is the head of the city's rowing club. how many members do you have "
              "now? about three hundred, twice as many as five years ago. most of the new ones "
              "are teenagers who came to our open days and stayed. we had to buy four new "
              "boats last year. you said last month that the boathouse is falling apart. i "
              "went down there this morning and the roof has holes in it. who pays for a new "
              "one? the council owns the building, so we hope it pays.\n")
    got = [(role, text.split()[0]) for _, role, text in _turn_texts(t)]
    assert got == [("host", "Joining"), ("guest", "About"), ("host", "You"), ("guest", "The")]


def test_what_comes_before_the_greeting_to_the_audience_is_other() -> None:
    """A programme opens with its greeting to the audience; before it (nothing asked yet)
    is the end of the previous programme or a promo: `other`."""
    t = clean("and that is all from the morning show, the forecast for the weekend is dry and "
              "warm. the programme about the city's bridges is next. good evening everyone, "
              "welcome to the programme. my guest tonight is an engineer. how old is the "
              "oldest bridge in the city? it was built in 1790 and it still carries traffic "
              "every day.\n")
    got = [(role, text.split()[0]) for _, role, text in _turn_texts(t)]
    assert got == [("other", "And"), ("host", "Good"), ("guest", "It")]


def test_an_introduced_name_the_text_capitalises_labels_the_guest_alone() -> None:
    """The label is read from the text as written: a name the names stage (or the casing
    stage, a first name the word lists know) capitalises after a role is the label; without
    it, the whole role phrase (no trailing "of")."""
    text = ("good evening. joining me now is economist {} of the river institute. what "
            "happened to prices? well, they rose very fast and people were worried about the "
            "winter and about their jobs.\n")
    named = [t.display_name for t in clean(text.format("quilla ortmund"),
                                            names=["Quilla Ortmund"]).turns
             if t.role == "guest"]
    plain = [t.display_name for t in clean(text.replace("economist", "physicist").format(
        "quilla ortmund")).turns if t.role == "guest"]
    assert named and named[0] == "Quilla Ortmund"
    assert plain and plain[0] == "Physicist Quilla Ortmund"
    # (after a noun of a person's work the casing stage needs no lexicon: casing6's
    # `personnames._after_role`)
    role = [t.display_name for t in clean(text.format("quilla ortmund")).turns
            if t.role == "guest"]
    assert role and role[0] == "Quilla Ortmund"
    cased = [t.display_name for t in clean(text.format("sam ortiz")).turns if t.role == "guest"]
    assert cased and cased[0] == "Sam Ortiz"


@pytest.mark.parametrize("place", ["Harbor Boulevard", "Cedar Avenue", "Kansas City"])
def test_a_place_the_speaker_stands_in_is_no_label(place: str) -> None:
    """marked13 (qa12 audit, kgo 2022): "this is Quigley Street" labelled a reporter's turns
    with the street; a turn's own "this is X" names the speaker only when X is no place."""
    text = ("the flood reached the town overnight. let's go to our reporter at the scene. what "
            "can you see? good evening. the water is still rising. this is {} and four "
            "shops were flooded on this block. nobody was hurt.\n")
    got = [t.display_name for t in clean(text.format(place), names=[place]).turns]
    assert place not in got
    named = [t.display_name for t in clean(text.format("Nadia Ferro"),
                                           names=["Nadia Ferro"]).turns]
    assert "Nadia Ferro" in named


def test_in_text_lowercase_labels_without_markers_start_labelled_turns() -> None:
    """marked13 (qa12 audit, CNN documentary): a page of lowercase labels in running text and
    no ">>" reads as its speakers' turns, each starting exactly at its label."""
    src = ("rosalind: you start with the onions. nadia rahim: the kitchen was tiny and hot. "
           "rosalind: then the garlic. tomas: we never slept that year. nadia rahim: it was "
           "chaos. tomas: but we loved it.\n")
    t = clean(src)
    assert [turn.display_name for turn in t.turns] == [
        "Rosalind", "Nadia Rahim", "Rosalind", "Tomas", "Nadia Rahim", "Tomas"]
    ids = [turn.speaker for turn in t.turns]
    assert ids[0] == ids[2] and ids[1] == ids[4] and ids[3] == ids[5] and len(set(ids)) == 3
    assert ":" not in t.text


# --- names turns give themselves (qa12 audit: wjla 2010, kgo 2012) ------------------------------
def test_two_presenters_introducing_themselves_under_two_markers_are_two_speakers() -> None:
    t = clean(">> good morning and welcome to the weekend garden hour. I am Rita Lowe. >> and "
              "I am Omar Hale. first, the frost. what should growers do tonight, june? >> cover "
              "the beds and water early. >> thank you, june.\n")
    turns = t.turns
    assert [x.display_name for x in turns[:2]] == ["Rita Lowe", "Omar Hale"]
    assert turns[0].speaker != turns[1].speaker
    assert "Rita Lowe" not in [x.display_name for x in turns[1:]]
    t = clean(">> hi there, I'm Nadia Kerr. >> and I'm Paul Ames, and this is the tech hour. "
              "what is new with phones this week, sam? >> thinner and dearer, as always.\n")
    assert t.turns[0].speaker != t.turns[1].speaker


def test_the_same_name_given_twice_keeps_one_speaker() -> None:
    t = clean(">> hi there, I'm Nadia Kerr. >> what is new with phones, sam? >> thinner. >> I'm "
              "Nadia Kerr, and this has been the tech hour.\n")
    hosts = {x.speaker for x in t.turns if x.display_name == "Nadia Kerr"}
    assert len(hosts) == 1


def test_a_turn_giving_two_names_is_named_by_neither() -> None:
    # two presenters under one marker: the first name is not the whole turn's
    t = clean(">> welcome back to the garden hour, I'm Ivy Moss. I'm Tom Reed, in for Sue "
              "Park. today we plant tulips. what depth do you use, june? >> about six inches. "
              ">> and when? >> in the fall.\n")
    assert {"Ivy Moss", "Tom Reed"}.isdisjoint(x.display_name for x in t.turns)
    t = clean(">> welcome back to the garden hour, I'm Ivy Moss. today we plant tulips, and as "
              "always, I'm Ivy Moss, glad you are here. what depth do you use, june? >> about "
              "six inches.\n")
    assert t.turns[0].display_name == "Ivy Moss"


def test_this_after_a_preposition_is_no_self_introduction() -> None:
    # qa24 audit (a 2018 interview): "at the helm of this is Dean Baquet" in the host's turn
    # read as "this is <name>": it cancelled her "I'm <name>" (two names in one turn), and
    # alone it gave the host the guest's name
    t = clean(">> good evening. welcome to the program. I'm Jane Doe in London. the man behind "
              "all of this is John Roe, the new head of the museum. welcome to the program. >> "
              "thank you for having me. >> why did you take the job? >> because the collection "
              "is the best in the world.\n")
    assert t.turns[0].display_name == "Jane Doe"
    t = clean(">> good evening. welcome to the program. the man behind all of this is John Roe, "
              "the new head of the museum. welcome to the program. >> thank you for having me. "
              ">> why did you take the job? >> because the collection is the best in the world.\n")
    assert "John Roe" not in [x.display_name for x in t.turns]
    t = clean(">> good evening, this is Jane Doe in London. our guest is John Roe. welcome. >> "
              "thank you for having me.\n")
    assert t.turns[0].display_name == "Jane Doe"


def test_a_news_read_opening_on_a_greeting_is_one_voice() -> None:
    """A bulletin that opens "good afternoon." and signs off thanking its listeners: nobody
    answers the greeting and the thanks goes to the audience, so the read is one voice, as
    plain text and as a caption file (turns24)."""
    text = ("good afternoon. the harbour bridge will close for two nights from tuesday while "
            "engineers replace its lighting. buses will run a shuttle between the two quays "
            "every twenty minutes. the library on mill street reopens on monday after a "
            "year of building work, with a new reading room for children. thanks for "
            "listening and see you tomorrow.\n")
    assert len({x[0] for x in _turn_texts(clean(text))}) == 1
    doc = clean(text).document
    assert len(doc.turns) == 1


# --- names over turns on unmarked text: weak evidence shows no name (turns40) ------------------
_COAST = ("good evening, I'm Nora Vance and this is the coast hour. joining me now is the "
          "lighthouse keeper. how long have you kept the light? for thirty years now, since my "
          "father handed it over to me. thank you for coming in. thank you for having me. the "
          "ferry to the island returns on monday after two weeks of repairs to its engine. the "
          "council says the timetable will stay the same through the winter.\n")


def test_a_presenters_name_shows_on_their_moves_not_on_a_bare_narration() -> None:
    """On unmarked text the presenter's id may also hold a report's narration: the name the
    presenter gave themself shows on their turns that ask, thank, greet or introduce, and a
    later turn of narration alone shows a number (precision first)."""
    got = [(name, text.split()[0]) for name, _, text in _turn_texts(clean(_COAST))]
    assert got[0] == ("Nora Vance", "Good")
    assert ("Nora Vance", "Thank") in got
    assert ("Lighthouse Keeper", "For") in got
    assert got[-1][1] == "The" and got[-1][0] != "Nora Vance"
    # marked input: the markers tell the voices, the name stays on every turn of the id
    marked = clean(">> " + _COAST.replace(" for thirty", " >> for thirty").replace(
        " thank you for coming", " >> thank you for coming").replace(
        " thank you for having", " >> thank you for having").replace(" the ferry", " >> the ferry"))
    assert [x.display_name for x in marked.turns][-1] == "Nora Vance"


def test_a_name_a_guest_gives_itself_labels_that_turn_only() -> None:
    """A guest's (or caller's) "I'm ..." names that turn; the guest's id, which on unmarked
    text may hold other voices read as guests (a presenter's greeting, a second caller), does
    not carry it."""
    t = clean("welcome back to the garden show. who are you and what do you grow? hi, I'm Leo "
              "Brandt, I grow pumpkins on a small farm up the valley and I have done that for "
              "twenty years. how big do they get? the biggest one last year weighed four hundred "
              "kilos and it took six of us to lift it onto the trailer.\n")
    got = [(name, role, text.split()[0]) for name, role, text in _turn_texts(t)]
    assert ("Leo Brandt", "guest", "Hi,") in got
    assert [name for name, role, first in got if first == "The"] != ["Leo Brandt"]
    assert all(name != "Leo Brandt" for name, role, _ in got if role == "host")


def test_an_introducer_in_a_guests_own_words_names_nobody() -> None:
    """"I spoke with the station manager, who said ..." in an answer tells of a third person:
    no turn takes that label; the same phrase in the presenter's turn ("joining me now is the
    station manager") names the guest who answers."""
    told = clean("welcome to the science hour. what did you find on the glacier? we found ice "
                 "that is older than we thought, and I spoke with the station manager there who "
                 "said the melt has doubled since last spring. what happens next? we go back "
                 "in march with better drills and a bigger team.\n")
    assert "Station Manager" not in [x.display_name for x in told.turns]
    asked = clean("welcome to the science hour. joining me now is the station manager. what "
                  "did you find on the glacier? we found ice that is older than we thought. "
                  "what happens next? we go back in march with better drills and a bigger "
                  "team.\n")
    guests = [x.display_name for x in asked.turns if x.role == "guest"]
    assert guests and guests[0] == "Station Manager"


def test_a_channels_or_programmes_ident_names_no_speaker() -> None:
    """"this is <name>" where the name is a channel's or programme's (its last word "radio",
    "news", ...; or the channel or title the page's header gives) is the programme's ident:
    no label, and no second name that cancels the presenter's own."""
    both = clean("good evening, this is Coast Radio. I'm Tess Marlow. the storm reached the bay "
                 "at noon and the ferries stayed in port all afternoon.\n")
    assert [x.display_name for x in both.turns] == ["Tess Marlow"]
    ident = clean("good evening, this is Coast Radio. the storm reached the bay at noon and the "
                  "ferries stayed in port all afternoon.\n")
    assert "Coast Radio" not in [x.display_name for x in ident.turns]
    page = ("tv   Morning Hour  Lakeside Vision  March 3, 2021 9:00am-10:00am EST\n\n9:00 am\n"
            "this is lakeside vision. good morning. the storm reached the bay at noon and the "
            "ferries stayed in port all afternoon. the harbour master says they sail again "
            "tomorrow.\n")
    doc = Cleaner(["Lakeside Vision"]).run(parse(page, format="broadcast"))
    assert "Lakeside Vision" not in [x.display_name for x in doc.turns]
    # a person's name in the same place still names the speaker
    doc = Cleaner(["Lakeside Vision", "Tess Marlow"]).run(parse(
        page.replace("this is lakeside vision.", "this is tess marlow."), format="broadcast"))
    assert doc.turns[0].display_name == "Tess Marlow"
    # a show named after its presenter: "I'm <title>" is the presenter
    doc = Cleaner(["Lakeside Vision", "Nora Vance"]).run(parse(page.replace(
        "Morning Hour", "Nora Vance").replace("this is lakeside vision.", "I'm nora vance."),
        format="broadcast"))
    assert doc.turns[0].display_name == "Nora Vance"
    # a broadcaster's initials open a channel's name, no person's (and a name all in
    # capitals, as some captions write every word, is still a person's)
    initials = clean("good evening, this is XBC Lakeland. the storm reached the bay at noon.\n")
    assert "XBC Lakeland" not in [x.display_name for x in initials.turns]
    capitals = clean(">> GOOD EVENING, THIS IS TESS MARLOW. THE STORM REACHED THE BAY AT NOON.\n")
    assert [x.display_name for x in capitals.turns][0] != "Speaker 1"


# --- introductions with no "is" that end the presenter's turn (turns41) -----------------------
def test_an_introduction_without_is_at_a_turns_end_names_the_guest_who_answers() -> None:
    """"joining us ..., NAME, thank you for being with us", "NAME joins us now from ...",
    "..., NAME. Good to have you with us." close the presenter's turn: the guest who answers
    next shows that name (sports, science, local news)."""
    sport = clean("good evening and welcome to the match report. the city side won three nil at "
                  "home tonight and moved up to second place in the table. joining us from the "
                  "stadium, the head coach of the city side, Marta Kovel, thank you for being "
                  "with us. thank you, it was a hard night for us but the players never stopped "
                  "running and the goals came from that. what changed at half time? we moved "
                  "the wingers higher and asked the full backs to stay at home.\n")
    got = [(name, role) for name, role, _ in _turn_texts(sport)]
    assert ("Marta Kovel", "guest") in got
    assert all(name != "Marta Kovel" for name, role in got if role != "guest")
    science = clean("this is the science hour. the ice shelf in the south lost a piece the size "
                    "of a city this week. our reporter on the shelf, Tomas Berg, joins us now "
                    "from the research station. the ice is breaking up faster than anyone here "
                    "expected, and the team moved camp twice this week. are the scientists "
                    "safe? yes, everyone is safe, the camp sits on thick ice now.\n")
    got = [(name, text.split()[0]) for name, _, text in _turn_texts(science)]
    assert ("Tomas Berg", "The") in got and ("Tomas Berg", "Yes,") in got
    local = clean("good morning and welcome to county news. the library service has opened its "
                  "doors again after a year of building work. in the studio with me, the head "
                  "of the county library service, Ada Quist. good to have you with us. thanks "
                  "for having me. we are opening two branches in the spring and the mobile "
                  "library goes back on the road in march. what will the new branches hold? "
                  "books, of course, and rooms the schools can use after hours.\n")
    got = [(name, text.split()[0]) for name, _, text in _turn_texts(local)]
    assert ("Ada Quist", "Thanks") in got and ("Ada Quist", "Books,") in got


def test_no_name_where_the_introduction_does_not_end_the_turn_or_names_the_presenter() -> None:
    """The presenter's own name before "thank you for joining us" is no guest's; an
    introduction the presenter's words go on after ("Marta, the second half ...") names
    no one (the answer takes the name from the question asked by name, turns44); a place the
    presenter speaks from ("from the stadium in North Haven") is no one's name."""
    own = clean("good morning and welcome to county news. I'm Ada Quist. thank you for joining "
                "us. the library service has opened its doors again after a year of building "
                "work. what will the new branches hold? books, of course, and rooms the schools "
                "can use after hours.\n")
    assert [x.display_name for x in own.turns if x.role == "guest"] != ["Ada Quist"]
    assert all(x.display_name != "Ada Quist" for x in own.turns if x.role != "host")
    on = clean("welcome to the match report. joining us now, the head coach of the city side, "
               "Marta Kovel. Marta, the second half was a different game, wasn't it? it was, we "
               "pressed higher and the goals came from that pressure.\n")
    got = [(name, text.split()[0]) for name, _, text in _turn_texts(on)]
    # the introduction names no one (the presenter's words go on); the answer to the question
    # asked by name ("Marta, ..., wasn't it?") is hers (turns44)
    assert all(name != "Marta Kovel" for name, first in got if first != "It")
    assert got[-1] == ("Marta Kovel", "It")
    place = clean("welcome to the match report. joining us from the stadium in North Haven, "
                  "thank you for being with us. thank you, it was a hard night for us but the "
                  "players never stopped running.\n")
    assert all(x.display_name.startswith("Speaker") for x in place.turns)


@pytest.mark.parametrize("words, name", [
    ("Joining us from the lab, the lead chemist Ravi Sen, thank you for being here.", "Ravi Sen"),
    ("joining me now, the chair of the Harbour Board, Lena Okafor.", "Lena Okafor"),
    ("joining us now, Lena Okafor, professor of botany at Lakeland University.", "Lena Okafor"),
    ("Tonight Ravi Sen joins us from the observatory.", "Ravi Sen"),
    ("The track's new steward, Lena Okafor, is with us now.", "Lena Okafor"),
    ("We have a guest. The coach of the under-twelves, Ravi Sen. Welcome back.", "Ravi Sen"),
    ("Lena Okafor, thanks for joining us.", "Lena Okafor"),
    # no name: the presenter's own, a place, a farewell, the name not closing the turn
    ("Good evening, I'm Lena Okafor. Thank you for joining us.", None),
    ("Joining us from New York.", None),
    ("That was Ravi Sen. Thank you for that.", None),
    ("Joining us now, Lena Okafor. What do you make of the vote?", None),
    ("Ravi Sen joins the board next year.", None),
    ("Ravi Sen is with the police now.", None),
    ("the coach, ravi sen, thank you for being here.", None),
])
def test_closing_introduction_reads_its_forms_as_grammar(words: str, name: str | None) -> None:
    from transcript_tools.introductions import closing_introduction
    assert closing_introduction(words.split()) == name


# --- the report after a presenter's hand-over shows the reporter's name (turns41) --------------
_HARBOUR = ("good evening. the harbour reopened today, three days after the storm broke the sea "
            "wall. Nadia Fenn reports. the fishing boats came back one by one this morning, and "
            "by noon the quay was full again. engineers say the wall will take a month to mend. "
            "the council will meet on friday to decide who pays for the work.\n")


def test_the_report_after_a_hand_over_shows_the_reporters_name() -> None:
    """"NAME reports." / "NAME has more" closing the presenter's turn: the report turn after it
    shows that name (local news unmarked, sport marked); the presenter's turns do not."""
    got = [(name, role, text.split()[0]) for name, role, text in _turn_texts(clean(_HARBOUR))]
    assert ("Nadia Fenn", "other", "The") in got
    assert all(name != "Nadia Fenn" for name, role, _ in got if role == "host")
    sport = clean(">> in sport tonight the county side reached the final for the first time in "
                  "twenty years. from the ground, Owen Pask has more. >> the crowd stayed long "
                  "after the whistle, singing in the rain, and the captain lifted his shirt to "
                  "show the old club badge.\n")
    assert [x.display_name for x in sport.turns][-1] == "Owen Pask"


def test_no_reporters_name_over_a_bite_or_a_papers_name() -> None:
    """A report that opens with a sound bite ("I have never seen ...") shows no name, and "as
    the Valley Courier reports" names a paper, no one who speaks."""
    bite = clean(">> " + _HARBOUR.replace(" the fishing boats", " >> I have never seen the water "
                                          "this high, and I have fished here for forty years. "
                                          ">> the fishing boats"))
    assert "Nadia Fenn" not in [x.display_name for x in bite.turns]
    paper = clean(">> in sport tonight the county side reached the final for the first time in "
                  "twenty years, as the Valley Courier reports. >> the crowd stayed long after "
                  "the whistle.\n")
    assert all(x.display_name.startswith("Speaker") for x in paper.turns)


@pytest.mark.parametrize("words, name", [
    ("From the coast, Nadia Fenn reports.", "Nadia Fenn"),
    ("The station's Owen Pask has this report.", "Owen Pask"),
    ("Our science correspondent Ravi Sen has more from the lab.", "Ravi Sen"),
    ("Lena Okafor is also live at the track with the latest.", "Lena Okafor"),
    ("near the town of Kestle Lena Okafor reports.", "Lena Okafor"),
    # no hand-over: the report's verb goes on, "more" of something, a paper, no name
    ("Nadia Fenn reports that the wall held.", None),
    ("Owen Pask has more goals than anyone this season.", None),
    ("as the Valley Courier reports.", None),
    ("our reporter reports.", None),
    # the reporter placed, then what they have (turns42)
    ("Our correspondent Mira Tallon is in Vilnius, and has more on what is at stake.",
     "Mira Tallon"),
    ("Mira Tallon, who is outside the court, has the latest.", "Mira Tallon"),
    ("Mira Tallon, who is live in the square, has this report.", "Mira Tallon"),
    ("Mira Tallon is at the harbour with more.", "Mira Tallon"),
    ("Mira Tallon is in the capital with the details.", "Mira Tallon"),
    # a place with no hand-over: her family, "more" of something, no "has" or "with", too far
    ("Mira Tallon is in the city with her family.", None),
    ("Mira Tallon is in hospital and has more questions than answers.", None),
    ("Mira Tallon is in Vilnius with more than a thousand people.", None),
    ("Mira Tallon is in Vilnius.", None),
    ("Mira Tallon is in Vilnius and has left the party.", None),
    ("Mira Tallon, who is in Vilnius, says more talks are needed.", None),
    ("Mira Tallon is in the middle of a long and crowded square of the old town with more.",
     None),
])
def test_reporter_handed_reads_the_hand_over(words: str, name: str | None) -> None:
    from transcript_tools.introductions import reporter_handed
    assert reporter_handed(words.split()) == name


_COUNT = ("{}good evening. the vote count went on late into the night in the capital, and "
          "neither party has a majority yet. {}. {}the lines outside the polling stations were "
          "long from first light, and many waited for hours in the cold. officials say the final "
          "count may take a week. the result will decide who leads the coalition talks.\n")


@pytest.mark.parametrize("marks, hand_over, name", [
    ("", "our correspondent Mira Tallon is in the capital, and has more on what is at stake",
     "Mira Tallon"),
    (">> ", "Mira Tallon, who is outside the count centre, has the latest", "Mira Tallon"),
    (">> ", "our correspondent Mira Tallon is at the count centre with more", "Mira Tallon"),
    (">> ", "Mira Tallon is at the count centre with her family", None),
    (">> ", "Mira Tallon is in hospital and has more questions than answers", None),
])
def test_a_reporter_placed_in_the_hand_over_names_the_report(
        marks: str, hand_over: str, name: str | None) -> None:
    """"NAME is in PLACE, and has more" / "NAME, who is at PLACE, has the latest" / "NAME is at
    PLACE with more" closing the presenter's turn name the report after it (turns42); a place
    with no hand-over names no one."""
    doc = clean(_COUNT.format(marks, hand_over, marks)).document
    got = [(t.display_name, t.role) for t in doc.turns]
    assert len(got) == 2 and got[0][0].startswith("Speaker") and got[1][1] == "other"
    assert got[1][0] == (name or "Speaker 2")


@pytest.mark.parametrize("words, name", [
    ("The storm moved north. Tomas Reyes, what are you seeing there?", "Tomas Reyes"),
    ("we are all waiting for news, aren't we, Tomas Reyes?", "Tomas Reyes"),
    ("Now, Tomas Reyes, what are you seeing there?", "Tomas Reyes"),
    ("Tomas Reyes. What are you seeing there?", "Tomas Reyes"),
    ("Our correspondent Tomas Reyes is on the line. Tomas, what are you seeing?", "Tomas Reyes"),
    # the name is whom the question is about, no address, a title alone, a place
    ("What did Tomas Reyes say?", None),
    ("Tomas Reyes. What is he planning now?", None),
    ("Mr. President, what are you planning now?", None),
    ("Wall Street. What are you seeing there?", None),
    ("Tomas Reyes, thanks for that.", None),
    # a first name with no full name written before it, or two full names it may be
    ("Tomas, what are you seeing there?", None),
    ("Tomas Reyes and Tomas Brandt are there. Tomas, what are you seeing?", None),
])
def test_addressed_reads_a_question_asked_by_name(words: str, name: str | None) -> None:
    from transcript_tools.introductions import addressed
    assert addressed(words.split()) == name


_FLOOD = ("good evening. flood water rose through the night along the river valley and two "
          "villages were cut off by morning. the army has sent boats and the roads north are "
          "closed. {} well, the water is still rising here and the people in the lower streets "
          "have left their homes. the bridge held, but the road to the hospital is under water "
          "and the rescue crews are working from the school. we don't know yet how many homes "
          "are lost. the rain is expected to ease tomorrow but the river will rise for two more "
          "days.\n")


@pytest.mark.parametrize("marks, question, name", [
    ("", "Tomas Reyes, what are you seeing there?", "Tomas Reyes"),
    ("", "our correspondent Tomas Reyes is on the line. Tomas, what are you seeing there?",
     "Tomas Reyes"),
    ("", "we are all waiting for news, aren't we, Tomas Reyes?", "Tomas Reyes"),
    ("", "Tomas Reyes has this update.", "Tomas Reyes"),
    # whom the question is about; a title alone; marked input (its markers place the turns)
    ("", "what did Tomas Reyes say?", None),
    ("", "Mr. President, what are you seeing there?", None),
    (">> ", "Tomas Reyes, what are you seeing there? >>", None),
])
def test_the_answer_to_a_question_asked_by_name_shows_that_name(
        marks: str, question: str, name: str | None) -> None:
    """Unmarked input: a presenter's turn that ends asking someone by name ("Jane Doe, what are
    you seeing?") or handing over to a reporter, followed by a guest's turn, shows the name
    over that turn (turns44); a name the question is about, or a title, shows none."""
    doc = clean(marks + _FLOOD.format(question)).document
    got = [(t.display_name, str(t.role)) for t in doc.turns]
    assert got[0][0] == "Speaker 1" and got[1][1] == "guest"
    assert got[1][0] == (name or "Speaker 2")
    assert all(shown != name for shown, _ in got[2:])   # that turn's name only


_SURGE = ("good evening, i'm nora vale. we begin tonight on the coast, where a storm surge "
          "flooded the old harbour town and the power is still out. so if you lived there, "
          "would you go back tonight? {}late today the harbour board said the sea wall would "
          "hold. the people who live here were told the water was safe again, then told to "
          "leave. now the board says it is safe. confused? so is maria lund, who runs the "
          "bakery on the quay. and she is the town's mayor. do you trust the board now? no. "
          "right now i don't trust anybody as far as this water is concerned. i am not sure "
          "they know what they are doing.{}\n")


@pytest.mark.parametrize("hand_over, back, shown", [
    # the presenter hands over ("Here's NAME."): the reporter's questions, which the
    # presenter's id holds, show no presenter's name; her thanks take the floor back
    ("here's tomas reyes. ", " thank you, tomas reyes, for that report. in other news "
     "tonight, the city council voted to close the old bridge for repairs.",
     ["Nora Vale", None, None, "Nora Vale"]),
    # no hand-over: the presenter's questions show her name as before
    ("", "", ["Nora Vale", "Nora Vale", "Nora Vale"]),
])
def test_no_presenters_name_over_a_report_after_a_hand_over(
        hand_over: str, back: str, shown: list[str | None]) -> None:
    """Unmarked input: after the presenter's "Here's Jane Doe." (a boundary placed early gave
    it to the next voice's turn), the turns of the presenter's id that only ask (a reporter's
    questions to the people in the report) show no presenter's name until a turn of that id
    thanks, greets or names itself (turns44)."""
    doc = clean(_SURGE.format(hand_over, back)).document
    first = doc.turns[0].speaker
    got = [t.label for t in doc.turns if t.speaker == first]
    assert got == shown
