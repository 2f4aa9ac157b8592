"""Regressions from the qa36 audit (readable text and captions on fresh real pages of new
kinds: a worship service's transcript page, a children's programme, a cooking segment, a
golf broadcast's automatic captions, question time, a hymn's captions, a podcast's WebVTT),
each on constructed text of the shape a page showed; `tests/data/qa36/README.md` has the
pages."""

from __future__ import annotations

from transcript_tools import clean


def test_a_page_stamping_its_lines_with_media_times_reads_them_as_cue_times() -> None:
    # a transcript page of a worship service, each line opening with its time into the
    # programme ("00:16 Good morning, church family."), kept every "00:16" as a word
    page = ("Garden Hour\n\nProgram transcript\n\n00:01 \u266a\n00:12 Welcome back, friends.\n"
            "00:14 Today we plant the\n00:16 tomatoes along the fence.\n"
            "00:19 They need full sun.\n")
    doc = clean(page)
    assert doc.text == ("Welcome back, friends. Today we plant the tomatoes along the "
                        "fence. They need full sun."), doc.text
    stamps = [e for e in doc.corrections if e.rule == "cue-time"]
    assert [e.original for e in stamps] == ["00:01", "00:12", "00:14", "00:16", "00:19"]
    assert all(page[e.start:e.end] == e.original for e in doc.corrections)
    # the words are timed from their lines' times
    assert abs(doc.cues[0].start - 12.0) < 0.01, doc.cues
    # a line that opens with a clock, or a time said in the speech, stays speech
    doc = clean("10:30 this morning we met.\nthe bus came at 11:15 sharp.\n"
                "12:00 was lunch.\n")
    assert "10:30" in doc.text and "12:00" in doc.text, doc.text
    doc = clean("5:34 am\n>> good morning.\n5:35 am\n>> the news.\n5:36 am\n>> more.\n")
    assert "5:3" not in doc.text and "Good morning." in doc.text, doc.text
    # times that go back are no stamps of one programme
    doc = clean("3:10 we start.\n1:20 and then.\n2:30 it ends.\n4:00 one more.\n")
    assert "1:20" in doc.text, doc.text


def test_a_listed_name_ending_in_a_stop_takes_no_second_one() -> None:
    # "chuck e. cheese's" with "Chuck E. Cheese's" listed read "Chuck E.. Cheese's": the
    # name's "E." replaced "e" and the source's stop after it stayed
    page = "8:00 am\n>> billy e. goat's, proud sponsor of the fair. we met at billy e goat's.\n"
    doc = clean(page, names=["Billy E. Goat's"])
    assert doc.text == ("Billy E. Goat's, proud sponsor of the fair. We met at Billy E. "
                        "Goat's."), doc.text
    assert all(page[e.start:e.end] == e.original for e in doc.corrections)


def test_a_listed_names_part_said_as_a_verb_stays_the_verb() -> None:
    # "Martha Speaks | Martha" listed: "now she speaks... yeah, she speaks and speaks" read
    # "she Speaks and Speaks": the show's second word cased wherever the page said it
    page = ("8:00 am\n>> dora sings is funded in part by the fund. now she sings... dora "
            "sings. yeah, she sings and sings. hear her sing.\n")
    doc = clean(page, names=["Dora Sings | Dora"])
    assert "Dora Sings is funded" in doc.text and "Now she sings..." in doc.text, doc.text
    assert "she sings and sings." in doc.text, doc.text
    # a surname said alone, with no pronoun before it anywhere, is still the name
    doc = clean("8:00 am\n>> tom speaks is our guest. later, speaks told us more.\n",
                names=["Tom Speaks"])
    assert "Later, Speaks told us more." in doc.text, doc.text


def test_a_chain_said_four_times_keeps_every_link() -> None:
    # a children's show's theme, "martha speaks and speaks and speaks and speaks and...",
    # read "speaks and speaks and...": the chain's pair twice over taken for a restart
    doc = clean("8:00 am\n>> the river rises and rises and rises and rises and... then it "
                "stops.\n")
    assert "rises and rises and rises and rises and..." in doc.text, doc.text
    # said five times, the second clean of the text (each copy's pair opening on "and")
    doc = clean("Yeah, she speaks and speaks and speaks and speaks and speaks... and then?")
    assert "she speaks and speaks and speaks and speaks and speaks..." in doc.text, doc.text
    # a restart said twice is still one
    doc = clean("8:00 am\n>> we went to the we went to the market today.\n")
    assert "We went to the market today." in doc.text, doc.text


def test_a_name_the_labels_write_is_cased_in_the_text() -> None:
    # "former ambassador to afghanistan, iran, zalmay khalilzad. ... mr. khalilzad: thank
    # you" left "zalmay khalilzad" in lowercase beside the label "Mr. Khalilzad:"
    page = ("9:00 pm\nhost: our guest is the former envoy to peru, tobrek vandelhoz. "
            "thank you for joining us. mr. vandelhoz: thank you. it is good to be here.\n")
    doc = clean(page)
    assert "Tobrek Vandelhoz. Thank you" in doc.text, doc.text
    # a word the lists know stays as the lists have it: no label makes "day" a name
    doc = clean("9:00 pm\nhost: it was a long day for us all. martyn day: thank you.\n")
    assert "a long day for us" in doc.text, doc.text


def test_a_page_in_capitals_cut_after_a_words_first_letter_ends_open() -> None:
    # a cooking segment's captions in capitals ending "SO THE APPLES YOU N" read "you n."
    doc = clean("THE PIES ARE READY. SO THE APPLES YOU N")
    assert doc.text.endswith("So the apples you n…"), doc.text
    doc = clean("THE PIES ARE READY. WE TRIED IT.")
    assert doc.text.endswith("We tried it."), doc.text


def test_a_cased_page_giving_names_before_colons_reads_them_as_labels() -> None:
    # a cathedral's captions, "Wynkoop: Dedicated hymn ... (peaceful organ music) ... ♪
    # Wynkoop: And now comes ...": the label stayed a word, and guessed voices alternated
    page = ("Vandermolen: Good morning. We sing hymn 12 today. (organ music) \u266a Praise "
            "the day \u266a Vandermolen: And now the second verse. Thank you all.\n")
    doc = clean(page)
    assert [t.label for t in doc.turns] == ["Vandermolen"], doc.turns
    assert "Vandermolen" not in doc.to_text(speaker_labels=False), doc.text
    # two voices, one of them a word English writes in lowercase too
    doc = clean("Vandermolen: Good morning. We sing hymn 12.\nSmith: Thank you. A fine hymn.\n"
                "Vandermolen: Let us begin.\nSmith: Yes.\n")
    assert [t.label for t in doc.turns] == ["Vandermolen", "Smith"] * 2, doc.turns
    # headings given twice are no speakers; nor is a name given once
    doc = clean("Note: The roads are closed. Update: More snow is due.\nNote: Schools are "
                "shut. Update: The plows are out.\n")
    assert doc.text.count("Note:") == 2, doc.text
    doc = clean("Vandermolen: Good morning. We sing hymn 12 today. Thank you.\n")
    assert doc.to_text(speaker_labels=False).startswith("Vandermolen: Good"), doc.text


def test_a_linking_word_capitalised_after_a_comma_goes_on_with_the_sentence() -> None:
    # a podcast's automatic WebVTT: "I like this, And you know part of this is ...", "other
    # generations, | So you actually have ..." kept the recogniser's capitals
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nI like the park, And you know the lake "
           "is close.\n\n00:00:04.000 --> 00:00:07.000\nWe walk there on weekends,\n\n"
           "00:00:07.000 --> 00:00:10.000\nSo we know it well. And the dogs love it.\n")
    doc = clean(vtt)
    assert "I like the park, and you know" in doc.text, doc.text
    assert "on weekends, so we know it well. And the dogs" in doc.text, doc.text


def test_clock_lines_without_am_pm_stay_clock_lines() -> None:
    # a page of 24-hour clock lines alone between caption lines is timed by its clocks, not
    # read as a page of media times
    page = "17:34\nthe storm came in.\n17:35\nthe roads closed.\n17:36\nthe schools shut.\n"
    doc = clean(page)
    assert not [e for e in doc.corrections if e.rule == "cue-time"], doc.corrections
    assert doc.cues[0].start < 60, doc.cues
