"""qa48 round (the defects earlier QA rounds left listed: meeting-video hosts' transcripts,
one-letter speaker labels): the fixes' behaviour on text written for these tests."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.readers.tokens import agenda_heading

_HARBOUR = (
    "[1. OPENING OF THE HARBOUR BOARD]\n[00:00:04]\n"
    "GOOD MORNING, EVERYONE. THE HARBOUR BOARD WILL COME TO ORDER.\n"
    "WE HAVE THREE ITEMS ON THE LIST TODAY AND ONE VISITOR.\n"
    "[2. Dredging of the North Channel]\n"
    "THE DREDGER ARRIVES IN MAY, AND THE CHANNEL WILL BE SHUT FOR TWO WEEKS.\n"
    "ANY QUESTIONS FROM THE BOARD? NONE. THEN WE MOVE ON.\n"
    "[3.B.Ferry timetable ]\n"
    "THE SUMMER TIMETABLE STARTS ON THE FIRST OF JUNE WITH FOUR CROSSINGS A DAY.\n")


def test_an_agenda_heading_in_brackets_is_kept_not_dropped_as_a_sound() -> None:
    # qa48 (a meeting-video host's transcripts of council and board meetings): "[1. CALL TO
    # ORDER]", "[5. CLOSED SESSION]" were taken for sound cues and dropped
    t = clean(_HARBOUR)
    for heading in ("[1. OPENING OF THE HARBOUR BOARD]", "[2. Dredging of the North Channel]",
                    "[3.B.Ferry timetable ]"):
        assert heading in t.text, t.text
    assert "00:00:04" not in t.text, t.text   # (the time in brackets is no heading)
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_sound_descriptions_in_brackets_still_go() -> None:
    # negative: a sound in brackets, a time in brackets, a figure that is no item's number
    t = clean("[APPLAUSE]\nTHANK YOU ALL FOR COMING TONIGHT. [LAUGHTER] WE BEGIN NOW.\n"
              "[00:01:10]\nTHE FIRST REPORT IS SHORT. [2 SECONDS OF SILENCE] THANK YOU.\n")
    assert "[" not in t.text, t.text
    assert not agenda_heading("[2.5 seconds of silence]")
    assert not agenda_heading("[00:01:10]")
    assert not agenda_heading("[applause]")
    assert agenda_heading("[12A. Budget amendment]")
    assert agenda_heading("[Item 4) Public hearing]")


def test_a_video_hosts_player_menu_above_the_transcript_is_chrome() -> None:
    # qa48 (a meeting-video host's pages): "Link / Social / Embed / Disable autoplay on
    # embedded content? / Download / Download Transcript" read as a first speaker's words
    text = ("Link\n\nSocial\n\nEmbed\n\nDisable autoplay on embedded content?\n\nDownload\n\n"
            "Download\nDownload Transcript\n\n" + _HARBOUR)
    t = clean(text)
    for word in ("Link", "Social", "Embed", "autoplay", "Download", "Transcript"):
        assert word not in t.text, t.text
    assert "Good morning, everyone." in t.text, t.text


def test_menu_words_inside_the_speech_stay() -> None:
    # negative: the same words as speech, or on a line after the speech has begun
    text = ("Good evening and welcome to the garden hour.\nLink\n"
            "Download the transcript from our website tomorrow.\n"
            "Social media has changed how gardeners share their tips.\n")
    t = clean(text)
    assert "Link" in t.text and "Download the transcript" in t.text, t.text
    assert "Social media" in t.text, t.text


def test_one_letter_speaker_labels_at_lines_starts_are_read() -> None:
    # qa48 (interviews typed on blogs: "J: ...?" / "K: ...", "[J] ...?" / "[M] ..."): the
    # letters were kept as words and the voices guessed at other places
    text = ("We met at the allotment on a wet Sunday.\n\n"
            "R: How long have you kept bees?\nT: Eleven years, since the orchard went.\n"
            "R: Do they sting you often?\nT: Twice a summer, no more.\n"
            "R: And the honey?\nT: [Laughs] Forty jars last year.\n")
    t = clean(text)
    out = t.to_text()
    assert "\n\nR: How long have you kept bees?\n\nT: Eleven years, since" in out, out
    assert " T: " not in t.to_text() and " R: " not in t.to_text(), t.to_text()
    text = ("[R] How long have you kept bees?\n[T] Eleven years.\n"
            "[R] Do they sting you often?\n[T] Twice a summer.\n")
    t = clean(text)
    out = t.to_text()
    assert "\n\nR: Do they sting you often?\n\nT: Twice a summer." in out, out


def test_letters_that_name_no_speakers_stay_words() -> None:
    # negative: a quiz's options (a run of letters from A), a contact block (figures after
    # the letter), one letter alone
    quiz = ("Question one. Which river is longest?\nA: The Nile\nB: The Amazon\nC: The Rhine\n"
            "Question two. Which is a mammal?\nA: The whale\nB: The shark\nC: The trout\n")
    assert "A: The Nile" in clean(quiz).to_text() and "B: The shark" in clean(quiz).to_text(), \
        clean(quiz).to_text()
    contact = ("Call the office for a visit.\nT: 0161 496 0000\nE: office@example.org\n"
               "Or the branch.\nT: 0161 496 0999\nE: branch@example.org\n")
    assert "T: 0161" in clean(contact).to_text(), clean(contact).to_text()
    one = "Note the plan.\nB: the back road.\nB: the bridge.\n"
    assert "B: The back road. B: The bridge." in clean(one).to_text(), clean(one).to_text()


def test_letters_keyed_to_names_label_turns_inside_a_line() -> None:
    # qa48 (a football commentary's extract: "Commentators: Martin Tyler (M), Andy Gray (A)",
    # then "... his captain Wilmots A: Well you don't ..." in one paragraph)
    text = ("Commentary extract. Commentators: Nora Vance (N), Ted Okafor (T) N: The bowler "
            "runs in and the batsman leaves it T: Good judgement there, it was wide N: Next "
            "ball is fuller and driven through the covers for four T: Lovely timing.\n")
    t = clean(text)
    out = t.to_text()
    assert "\n\nN: The bowler runs in" in out and "\n\nN: Next ball" in out, out
    assert "\n\nT: Good judgement there" in out and "\n\nT: Lovely timing." in out, out
    # negative: the same letters with no key in the text stay words ("Plan B: ...")
    text = ("We have two plans. Plan B: The bowler runs in. Then plan B: We wait. Option T: "
            "Good judgement. Option T: Lovely timing.\n")
    t = clean(text)
    assert "Plan B: The bowler" in t.to_text() and "Option T: Lovely" in t.to_text(), t.to_text()


def test_a_networks_credit_with_a_long_role_or_a_party_before_it_is_a_label() -> None:
    # qa48 (news network transcripts): "JOHN KIRBY, NATIONAL SECURITY COUNCIL COORDINATOR FOR
    # STRATEGIC COMMUNICATIONS:" (seven words), "REP. JOHN DUNCAN, (R) TENNESSEE:" (split at
    # the party: "TENNESSEE" taken for the label) and "CECILE RICHARDS, PRESIDENT, PLANNED
    # PARENTHOOD:" (a comma inside the role) were read as words
    text = ("NORA VANCE, KXYZ ANCHOR: Good evening. The harbour board met today.\n\n"
            "TED OKAFOR, DEPUTY DIRECTOR OF PORT OPERATIONS FOR THE NORTH: Thank "
            "you. The dredging starts in May.\n\n"
            "SEN. MAE LIN, (D) OREGON: Who pays for it?\n\n"
            "ALMA REYES, PRESIDENT, FERRY USERS GROUP: The ferry users will, in the end.\n\n"
            "NORA VANCE, KXYZ ANCHOR: Thank you all.\n")
    out = clean(text).to_text()
    assert "\n\nTED OKAFOR: Thank you. The dredging" in out, out
    assert "\n\nSEN. MAE LIN: Who pays for it?" in out, out
    assert "\n\nALMA REYES: The ferry users will" in out, out
    assert "OREGON" not in out and "PORT OPERATIONS" not in out, out


def test_a_sentence_in_capitals_before_a_colon_is_no_credit() -> None:
    # negative: on a page of credits, a long line in capitals with a comma and a colon whose
    # words are a speaker's stays words
    text = ("NORA VANCE, KXYZ ANCHOR: Good evening.\n\n"
            "TED OKAFOR, KXYZ REPORTER: Thank you, Nora.\n\n"
            "AND SO, HERE IS WHAT WE ARE GOING TO DO: wait for the tide.\n\n"
            "NORA VANCE, KXYZ ANCHOR: Thank you.\n")
    out = clean(text).to_text()
    assert "HERE IS WHAT WE ARE GOING TO DO" in out.upper(), out
    assert "\n\nNORA VANCE: Thank you." in out, out


def test_an_unnumbered_agenda_heading_in_title_case_on_a_page_in_capitals_is_kept() -> None:
    # qa48 (a meeting-video host's transcripts: "[Call to Order]", "[Work Session on December
    # 11, 2023.]" alone on their lines among the captioner's capitals) were dropped as sounds
    text = ("[00:00:03]\nGOOD MORNING. THE HARBOUR BOARD WILL COME TO ORDER.\n"
            "[Report of the Harbour Master]\n"
            "THE DREDGER ARRIVES IN MAY AND THE CHANNEL WILL BE SHUT FOR TWO WEEKS.\n"
            "[APPLAUSE]\nTHANK YOU. ANY QUESTIONS? NONE.\n")
    out = clean(text).text
    assert "[Report of the Harbour Master]" in out and "APPLAUSE" not in out, out


def test_title_case_sounds_and_headings_on_cased_pages_still_go() -> None:
    # negative: a sound in title case on a page in capitals; a heading-like cue inside a line;
    # the same heading on a page written in lower and upper case
    text = ("GOOD MORNING. THE HARBOUR BOARD WILL COME TO ORDER.\n[Crowd Cheering]\n"
            "THE DREDGER ARRIVES IN MAY. [Sound of the Horn] THANK YOU.\n")
    out = clean(text).text
    assert "Cheering" not in out and "Horn" not in out, out
    text = ("Good morning. The harbour board will come to order.\n"
            "[Report of the Harbour Master]\nThe dredger arrives in May.\n")
    assert "Harbour Master]" not in clean(text).text, clean(text).text
