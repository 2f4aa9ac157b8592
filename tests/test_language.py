"""A caption file in another language is left as it is: no stage that changes words by what
English knows touches it (the decoder-noise guess took its accented letters for noise)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.language import english_share, reads_english
from transcript_tools.readers import parse

from .conftest import srt

# constructed text (a small made-up scene), not any real file's
SPANISH = [
    "El tren salió tarde de la estación y nadie sabía por qué.",
    "- ¿Tú vienes mañana?\n- Sí, después de la reunión.",
    "Mi hermano dejó el coche en la calle y perdió las llaves otra vez.",
    "Así que tendremos que caminar hasta el pueblo, más de dos kilómetros.",
    "La música sonaba fuerte en la plaza cuando llegamos por fin a casa.",
]
ENGLISH = [
    "The train left the station late and nobody knew why.",
    "- Are you coming tomorrow?\n- Yes, after the meeting with José.",
    "My brother left the car in the street and lost the keys again.",
    "So we will have to walk to the village, more than two kilometres.",
    "The music was loud in the square when we finally got home to the café.",
]


def test_a_spanish_caption_file_keeps_every_word_and_says_why() -> None:
    src = srt(SPANISH, every=2, shown=1.8)
    doc = parse(src)
    assert not reads_english(doc)
    t = clean(src)
    words = [w for cue in SPANISH for w in cue.replace("- ", "").split()]
    assert t.text.split() == words
    assert any(d.code == "language" for d in t.document.diagnostics)
    assert all(e.kind == "markup" for e in t.corrections)
    for edit in t.corrections:
        assert src[edit.start:edit.end] == edit.original


def test_english_captions_with_accented_names_read_as_english() -> None:
    src = srt(ENGLISH, every=2, shown=1.8)
    doc = parse(src)
    share, words = english_share(doc)
    assert reads_english(doc) and share > 0.9 and words >= 30
    t = clean(src)
    assert not any(d.code == "language" for d in t.document.diagnostics)
    assert "José" in t.text and "café" in t.text


def test_a_short_text_is_taken_as_english() -> None:
    assert reads_english(parse("1\n00:00:01,000 --> 00:00:02,000\nhola, ¿qué tal?\n"))


def test_english_share_counts_each_word_as_often_as_said_whatever_was_met_before() -> None:
    """The verdict on each word text is remembered across documents: a word first met in one
    document counts in the next as often as that one says it, words of other letters are not
    counted, and a curly apostrophe reads as a straight one."""
    said = "the kettle boiled twice and the dog barked twice at zqxv"
    first = english_share(parse(said + "\n"))
    assert first[1] == 11 and first[0] == 10 / 11  # "zqxv" is no English word
    again = english_share(parse("twice twice twice zqxv zqxv the\n"))
    assert again == (4 / 6, 6)
    mixed = english_share(parse("café naïve don’t don't the\n"))
    assert mixed == (1.0, 3)  # the accented words not counted; both apostrophes known
    assert english_share(parse("zqxv, zqxv.\n")) == (0.0, 2)
