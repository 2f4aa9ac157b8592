"""qa51 round (turns and paragraphs on labelled transcript pages): the fixes' behaviour on
text written for these tests."""

from __future__ import annotations

from transcript_tools import clean

_GARDEN = (
    "MAYA: How long have you kept bees on the allotment?\n"
    "OWEN: [Laughs]\n"
    "MAYA: Longer than you think, I suppose.\n"
    "OWEN: Eleven summers now. The first hive swarmed in a week.\n"
    "MAYA: [Sighs]\n"
    "OWEN: I caught them again in a plum tree.\n"
    "MAYA: And the honey that year?\n")


def test_a_turn_of_only_a_sound_does_not_split_one_speakers_lines() -> None:
    # qa51 (blog interviews, "K: [Laughs]" between two of J's lines): the sound went and left
    # two paragraphs of J's, which a second clean of our text joined
    t = clean(_GARDEN)
    out = t.to_text()
    paragraphs = out.strip().split("\n\n")
    assert paragraphs[0].startswith("MAYA: How long have you kept bees on the allotment? "
                                    "Longer than you think"), out
    assert any(p.startswith("OWEN: Eleven summers now.") and p.endswith("in a plum tree.")
               for p in paragraphs), out
    assert "[" not in out, out
    assert clean(out).to_text() == out    # a second clean keeps the paragraphs
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_a_sound_between_two_different_speakers_or_with_words_keeps_the_turns() -> None:
    # negative: the sound's turn between two other voices, and a turn with words after the
    # sound, change nothing
    t = clean("MAYA: How long have you kept bees?\nOWEN: [Laughs]\nRUTH: Too long, he says.\n"
              "OWEN: [Laughs] Eleven summers.\nRUTH: And the honey?\n")
    out = t.to_text()
    paragraphs = out.strip().split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == ["MAYA", "RUTH", "OWEN", "RUTH"], out


_ORCHARD = (
    "Every autumn the village press opens for a week. I went along with a notebook and asked "
    "the two people who run it how it started. What follows is lightly edited.\n\n"
    "PRIYA: When did the press first open?\n"
    "TOMAS: In the spring of the flood year, with a borrowed motor.\n"
    "PRIYA: And who brings the apples?\n"
    "TOMAS: Anyone with a tree. Last year it was forty households.\n")


def test_a_written_pages_prose_above_its_first_label_gets_no_speakers_name() -> None:
    # qa51 (blog interviews, an essay site's extract, a copying site's header): the prose
    # above the first label was a first speaker's turn, "Speaker 1: Every autumn ..."
    t = clean(_ORCHARD)
    out = t.to_text()
    assert out.startswith("Every autumn the village press opens for a week."), out
    assert "Speaker" not in out, out
    assert "\n\nPRIYA: When did the press first open?\n\nTOMAS: In the spring" in out, out
    assert "Speaker" not in t.to_webvtt(), t.to_webvtt()
    assert clean(out).to_text() == out
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_speech_above_the_first_label_of_a_caption_page_keeps_its_voice() -> None:
    # negative: a lowercase caption page's words above its first label are speech (an
    # anchor's headlines), and a written page whose later turns are unlabelled (">>") is
    # not a labelled page: both keep their numbered voices
    t = clean("good evening. the ferry strike enters its third day and the harbour is quiet. "
              "our reporter has been down at the quay. >> reporter: the boats have not moved "
              "since tuesday. >> translator: we want the talks to start again. >> reporter: "
              "and the union says it will meet on friday.\n")
    assert t.to_text().startswith("Speaker 1: Good evening."), t.to_text()
    t = clean("Every autumn the village press opens for a week. I went along with a notebook.\n"
              ">> When did the press first open?\n>> In the spring of the flood year.\n"
              ">> And who brings the apples?\n>> Anyone with a tree.\n")
    assert t.to_text().startswith("Speaker 1: Every autumn"), t.to_text()


_HARBOUR_BOARD = (
    "[00:00:03]\n"
    "GOOD MORNING. I CALL THIS MEETING OF THE HARBOUR TRUST TO ORDER.\n"
    "WOULD THE SECRETARY CALL THE ROLL, PLEASE?\n"
    "TRUSTEE OKAFOR? HERE. TRUSTEE LINDQVIST? PRESENT.\n"
    "THANK YOU. WE HAVE A QUORUM.\n"
    "THE FIRST ITEM ON THE AGENDA IS THE DREDGING CONTRACT. WHO WOULD LIKE TO BEGIN?\n"
    "I WILL. THE DREDGER CAN START IN MAY, AND THE CHANNEL WILL BE SHUT FOR TWO WEEKS.\n"
    "WHAT WILL IT COST US?\n"
    "ABOUT FOUR HUNDRED THOUSAND, MOST OF IT FROM THE PORT FUND.\n"
    "DO I HAVE A MOTION TO APPROVE THE CONTRACT? SO MOVED. SECOND.\n"
    "ALL IN FAVOR? AYE. THE MOTION CARRIES.\n")


def test_a_meetings_unmarked_voices_get_paragraphs_not_guessed_numbers() -> None:
    # qa51 (a meeting-video host's council, board and court transcripts, a wiki's board
    # transcript: no voice marked): the turn model's "Speaker 1/2/3" put the chair's lines
    # under a member's number; the paragraphs stay, the numbers go
    t = clean(_HARBOUR_BOARD)
    out = t.to_text()
    assert "Speaker" not in out, out
    assert "Speaker" not in t.to_webvtt(), t.to_webvtt()
    assert out.startswith("Good morning. I call this meeting"), out
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_a_news_page_about_a_meeting_or_an_interview_keeps_its_voices() -> None:
    # negative: a broadcast that reports a meeting names one or two of its procedures, and
    # the voices it guesses stay numbered; a meeting's page with its voices marked (">>")
    # keeps them too
    news = ("good evening. the harbour trust met today and approved a dredging contract. "
            "the motion carries a cost of four hundred thousand, and the board meeting ran "
            "late. our reporter sarah was there. sarah, what did they decide? well, the "
            "dredger can start in may, and the channel will be shut for two weeks. what will "
            "it cost the port? about four hundred thousand, most of it from the port fund. "
            "thank you, sarah. now the weather.\n")
    out = clean(news).to_text()
    assert "Speaker 2:" in out, out
    marked = _HARBOUR_BOARD.replace("I WILL.", ">> I WILL.").replace(
        "WHAT WILL", ">> WHAT WILL").replace("ABOUT FOUR", ">> ABOUT FOUR")
    assert "Speaker 2:" in clean(marked).to_text(), clean(marked).to_text()


def test_a_credit_with_the_role_before_the_name_is_a_label() -> None:
    # qa51 (a Sunday programme's transcript: "COORDINATOR FOR ..., NATIONAL SECURITY COUNCIL,
    # JOHN KIRBY:" stayed inside the host's turn, and the host's next label with it)
    t = clean("PAULA REYES: We turn now to the floods. Good morning to you.\n"
              "WEATHER NETWORK CHIEF CORRESPONDENT OLIVER HART: Good morning, Paula. The river "
              "crested overnight.\n"
              "PAULA REYES: How many homes are under water?\n"
              "DIRECTOR OF THE COUNTY EMERGENCY OFFICE, GRACE OKONJO: About four hundred.\n")
    out = t.to_text()
    assert out.split("\n\n") == [
        "PAULA REYES: We turn now to the floods. Good morning to you.",
        "OLIVER HART: Good morning, Paula. The river crested overnight.",
        "PAULA REYES: How many homes are under water?",
        "GRACE OKONJO: About four hundred.\n"], out
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_a_sentence_in_capitals_before_a_colon_is_no_role_first_credit() -> None:
    # negative: a sentence in capitals, a list's heading, words after a role that are no
    # first name: none is a label
    for line in ("AND SO, HERE IS WHAT THE MAYOR SAID: we will rebuild.",
                 "THE THREE THINGS TO WATCH THIS WEEK, RATES AND JOBS: first, rates.",
                 "OUR STORM CORRESPONDENT IN THE VALLEY TONIGHT: the water is rising."):
        t = clean("PAULA REYES: Good evening.\n" + line + "\nPAULA REYES: Thank you.\n")
        assert line.split(":")[0].lower() in t.to_text().lower(), t.to_text()
        assert t.to_text().count("\n\n") <= 1, t.to_text()


def test_meeting_words_found_by_find_as_by_the_pattern() -> None:
    """`meetings._said` (its kind's stems found by str.find in the lowercased page, each
    whole word tested) says a kind exactly where the case-blind pattern of all the words,
    each match's kind pattern tried around it, finds one: random texts of the trigger words,
    their longer forms, word characters around them and the kinds' phrases."""
    import random

    from transcript_tools import meetings

    rng = random.Random(5)
    vocab = [*meetings._BY_WORD, "the", "Order", "ADJOURNED", "seconds", "motioned",
             "x_second", "second_", "Minutes", "agenda.", "(motion)", "roll-call", "9quorum",
             "call to", "public", "all in", "approve the", "the motion", "closed", "board",
             "favours", "commentary", "adjourning", "secondly", "pledge of", "make a"]
    said = 0
    for _ in range(3000):
        sep = rng.choice([" ", "\n", ", ", "-", "_", " "])
        text = sep.join(rng.choice(vocab) for _ in range(rng.randint(0, 30)))
        low = text.lower()
        for kind, stems in meetings._STEMS.items():
            want = any(meetings._BY_WORD[m.group().lower()] == kind
                       and meetings._KIND_RES[kind].search(
                           text, max(0, m.start() - meetings._REACH),
                           m.end() + meetings._REACH) is not None
                       for m in meetings._WORD_RE.finditer(text))
            assert meetings._said(kind, stems, low, text) == want, (kind, text)
            said += want
    assert said > 1000  # (the kinds are said often enough for the test to mean something)
