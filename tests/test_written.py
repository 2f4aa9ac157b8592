"""A written source (subtitles or a lecture's captions, cased and punctuated by a person): its
writer's sentences stand. No comma becomes a stop, no line break a sentence end, no sentence
start the writer left lowercase is capitalised (an end may still go before a capital they
wrote)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.language import written_source
from transcript_tools.readers import parse

from .conftest import srt

# constructed cues (a made-up scene), not any real file's
CUES = [
    "The boat was late again. Nobody on the pier said a word.",
    "(COUGHS) Sir, what does\nthe captain want from us?",
    "The crew loaded the boat in good order.\nWe left the harbour at dawn.",
    "The tool we use is called make. make reads the rules\nand builds what changed.",
    "Sailing at night is hard, you know,\nthere is no light out there.",
    "Then we go home. It has been a long week. Rest well.",
]


def test_a_written_sources_sentences_stand() -> None:
    src = srt(CUES)
    assert written_source(parse(src))
    t = clean(src)
    assert "a word. Sir, what does the captain want from us?" in t.text
    assert "called make. make reads the rules and builds" in t.text
    assert "hard, you know, there is no light" in t.text
    assert [e for e in t.corrections if e.kind in ("punctuation", "case")] == []


def test_lowercase_caption_text_is_not_written() -> None:
    src = srt([c.lower() for c in CUES])
    assert not written_source(parse(src))
    t = clean(src)
    assert t.text.startswith("The boat was late again.")


def test_a_writers_comma_before_i_stands() -> None:
    """"I" is capitalised wherever it stands, so it is no sign the writer started a sentence:
    a comma the writer put before it stays a comma ("by the end of it, I would rather" does
    not become "by the end of it. I would rather", qa26). Where the writer put nothing ("a
    long day I had no time"), an end may still go before "I"."""
    text = ("Honestly, by the end of it, I would rather walk home. We are here. "
            "He said so. It is fine. They left. She came.")
    assert written_source(parse(text))
    t = clean(text)
    assert "by the end of it, I would rather" in t.text
    run_on = "I had a long day I had no time for lunch. We are here. He said so. It is fine."
    assert "a long day. I had no time" in clean(run_on).text


def test_a_writers_lowercase_word_that_is_part_of_a_listed_name_stays_the_word() -> None:
    """In a written source, one ordinary word the writer left in lowercase is their word,
    even where a listed name holds it ("Cookie Baron" listed: "an oat cookie" stays, qa26);
    the name as written and a listed one-word name are cased as before."""
    text = ("The fox steals Cookie Baron's oat cookie and runs off. "
            "Nell and Big Otter think so. He is hungry. They help him. It works.")
    t = clean(text, names=["Cookie Baron", "Big Otter", "Nell"])
    assert "Cookie Baron's oat cookie and" in t.text
    lower = "the fox steals cookie baron's cookie. he is hungry"
    assert "Cookie Baron's" in clean(lower, names=["Cookie Baron"]).text
