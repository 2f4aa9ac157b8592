"""qa47 round (C-SPAN call-in pages, a call-in transcript as a table, a science
documentary's transcript): the fixes' behaviour on text written for these tests."""

from __future__ import annotations

from transcript_tools import clean


def test_a_writers_closed_em_dashes_stay_on_a_page_that_types_its_hyphens() -> None:
    # qa47 (a science series' transcript): "it took two—count them, two—engineers" read
    # "two-count them, two-engineers" although the page typed "fuel-cell" with a hyphen
    text = ("The Bridge Club met on Friday. It took three—yes, three—volunteers to carry the "
            "long-handled ladder. Nobody Asked Why. The Mayor Came Late.\n")
    t = clean(text)
    assert "three—yes, three—volunteers" in t.text, t.text
    assert "long-handled" in t.text, t.text
    assert not [e for e in t.corrections if e.rule == "dash-in-word"]


def test_a_feeds_em_dash_hyphens_are_still_mended_without_typed_hyphens() -> None:
    # negative: a cased page with no hyphen typed elsewhere (a feed's font) still mends
    t = clean("The Bridge Club met on Friday. The three—day fair and a so—called expert. "
              "Nobody Asked Why. The Mayor Came Late.\n")
    assert "three-day fair and a so-called expert" in t.text, t.text
    # negative: lowercase caption text with typed hyphens still mends (too few capitals)
    t = clean("the club met on friday. the three—day fair and a well-known so—called expert "
              "came late to the meeting of the town board again and again and again.\n")
    assert "three-day fair" in t.text and "so-called expert" in t.text, t.text


def test_a_transcript_set_as_a_markdown_table_loses_its_bars() -> None:
    # qa47 (a call-in programme's transcript on a site that sets it as a table): every row's
    # "| ... | ||" bars and the "| Speaker | Time | Text |" header were read as words
    text = ("| Speaker | Time | Text |\n|---|---|---|\n"
            "| Good evening and welcome to the garden hour. | ||\n"
            "| Tonight we talk about tomatoes and late frost. | ||\n"
            "| Our first caller is from Tulsa. | ||\n")
    t = clean(text)
    assert "|" not in t.text and "Speaker" not in t.text and "Text" not in t.text, t.text
    assert "Good evening and welcome to the garden hour." in t.text, t.text
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_bars_in_text_without_a_tables_rule_stay() -> None:
    # negative: bars in a line with no "|---|" rule under a header row are the text's
    text = "the score was 3 | 2 at the half and | then the rain came.\n"
    assert clean(text).text.count("|") == 2, clean(text).text
    # negative: a rule with no matching header row above it makes no table
    text = "| a note |\n|---|---|\n| one | two |\n"
    assert "|" in clean(text).text, clean(text).text


def test_one_voices_timed_transcript_takes_its_label_and_times() -> None:
    # qa47 (a food podcast's transcript cut after its host's first turn): "Doug (00:01):"
    # stayed words with the page's notice, and "(00:22):" was split into a new voice's "("
    text = ("Episode Transcript\n\nTranscripts are made by machine and may hold errors.\n"
            "Marta (00:02):\nHello and welcome to the bike repair hour.\n"
            "Today we fix a flat tyre.\n\n(00:31):\nFirst take the wheel off the frame.\n"
            "Then find the hole.\n")
    t = clean(text)
    assert t.text.startswith("Hello and welcome"), t.text  # (one voice: no label in text)
    assert [turn.label for turn in t.turns] == ["Marta"], t.turns
    assert "(" not in t.text and "Transcripts are made" not in t.text, t.text
    assert "First take the wheel off the frame." in t.text, t.text


def test_one_timed_label_without_a_later_lone_time_stays_words() -> None:
    # negative: one label-like line and no time alone on a line after it: the page's words
    text = "Marta (00:02):\nHello and welcome to the bike repair hour.\n"
    assert "(00:02)" in clean(text).text, clean(text).text
    # negative: a lone time earlier than the label's is no later time of that voice
    text = "Marta (00:40):\nHello and welcome to the bike repair hour.\n\n(00:10):\nThen more.\n"
    assert "(00:40)" in clean(text).text, clean(text).text


def test_a_show_title_opened_by_an_article_names_no_speaker() -> None:
    # qa47 (a call-in programme's transcript): "This is The Washington Journal for ..." named
    # the host's turn after the show; a title opened by an article is no person's name
    text = (">> Good morning. This is The Garden Hour for May 3rd. We take your calls.\n"
            ">> Thanks for having me. I grow beans in Tulsa.\n")
    t = clean(text)
    assert "Garden Hour:" not in t.text and "The Garden Hour:" not in t.text, t.text
    assert all(turn.label != "The Garden Hour" for turn in t.turns), t.turns
    # negative: a person's self-introduction still names the turn
    text = (">> Good morning. This is Nora Vance for the garden hour. We take your calls.\n"
            ">> Thanks for having me. I grow beans in Tulsa.\n")
    assert any(turn.label == "Nora Vance" for turn in clean(text).turns), clean(text).turns
