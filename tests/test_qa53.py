"""qa53 round (a name label after a title line, and after a line with no stop, on a written
page): the fix's behaviour on text written for these tests."""

from __future__ import annotations

from transcript_tools import clean, parse
from transcript_tools.readers.labels import colon_lines

_POD = ("Rising Dough - Episode 12\n\n"
        "Marta: Welcome back to the show. Today we talk about rye\n\n"
        "Jonas: and about why it never rises the way wheat does.\n\n"
        "Marta: So where do we start?\n\n"
        "Jonas: With the starter, of course. Mine is six years old.\n\n"
        "Marta: Six years! Does it have a name?\n\n"
        "Jonas: It does. We call it the beast.\n")


def _labels(page: str) -> list[str]:
    return [k.label or "" for k in parse(page).markers if k.kind == "label"]


def test_name_label_after_a_blank_line_with_no_stop_before() -> None:
    # qa53 (a podcast page's "How We Got Here - Ep 6" / blank line / "Rachel: Hi everyone",
    # "... might not know how" / blank line / "Steph: we're talking"): the title above the
    # first label, and a turn with no stop of its own, left the next name label as words
    assert _labels(_POD) == ["Marta", "Jonas"] * 3
    t = clean(_POD)
    out = t.to_text()
    paragraphs = out.strip().split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == ["Marta", "Jonas"] * 3, out
    assert paragraphs[1].startswith("Jonas: and about why"), out
    assert "Rising Dough" not in out, out  # the title is the page's heading, no one's words
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_a_name_given_once_beside_the_pages_labels() -> None:
    # a guest who speaks once, after a turn with no stop: a name of the page's labels' form
    # whose line holds a sentence
    page = _POD.replace("We call it the beast.\n", "We call it the beast\n\n"
                        "Dr Ilse Brandt: I have met the beast. It is real.\n")
    assert _labels(page) == ["Marta", "Jonas"] * 3 + ["Dr Ilse Brandt"]
    out = clean(page).to_text()
    assert out.strip().split("\n\n")[-1] == "Dr Ilse Brandt: I have met the beast. It is real."


def test_headings_and_notes_after_a_blank_line_stay_words() -> None:
    # negatives: "Note:" and a heading line ("Jane Roe: A Life in Clay", no sentence) after a
    # blank line on the same page; a name heading on a page with no labels; a name after a
    # line broken inside a sentence (no blank line)
    page = _POD.replace("Marta: So where do we start?\n\n",
                        "Marta: So where do we start\n\nNote: the recipe is on our site.\n\n"
                        "Jane Roe: A Life in Clay\n\n")
    assert not {"Note", "Jane Roe"} & set(_labels(page))
    out = clean(page).to_text()
    assert "Note: the recipe" in out and "Jane Roe: A Life in Clay" in out, out
    lone = ("Harbour Notes\n\nMara Quill: 'The Tides' reading - 2019\n\n"
            "The reading was held on the pier. It rained all evening.\n")
    assert _labels(lone) == []
    assert "Mara Quill: 'The Tides'" in clean(lone).to_text()
    # a name given once opening a line inside a paragraph (no blank line before it)
    broken = _POD.replace("about rye\n\nJonas: and", "about rye with\nRosa Lind: Yes. And")
    at = broken.index("Rosa Lind:")
    assert not [k for k in parse(broken).markers if k.start == at]
    assert "rye with Rosa Lind: Yes" in clean(broken).to_text()


def test_a_pages_label_after_a_line_break_with_no_stop() -> None:
    # a name the page gives as labels, opening a line below prose with no stop (a podcast
    # page's show notes, "... ideas at podcast at ... dot com" / "Friend: Welcome to ..."):
    # read as the later ones opening lines are
    page = ("Show notes and links are below\nMarta: Welcome back. Today: rye.\n"
            "Jonas: Thanks, Marta.\nMarta: Where do we start?\nJonas: With the starter.\n")
    assert _labels(page) == ["Marta", "Jonas"] * 2
    assert clean(page).to_text().strip().split("\n\n")[1] == "Marta: Welcome back. Today: rye."


_ALONE = ("Knots and Sails, Episode 4\n\n"
          "Ruth Amsel:\nWelcome aboard, everyone. Today we learn the bowline.\n\n"
          "Tomas Brandt:\nThanks, Ruth. It is the first knot I ever learned.\n\n"
          "Ruth Amsel:\nReally?\n\n"
          "Tomas Brandt:\nYes. My grandfather tied it on every mooring line he owned.\n\n"
          "Ruth Amsel:\nThen show us how it goes, slowly please.\n")


def test_a_name_alone_on_its_line_above_the_words() -> None:
    # qa53 (podcast transcript pages: "Glennon Doyle:" / "Welcome pad squad to ...",
    # "Lisa Bodnar:" / blank line / "Which is where I am now."): the names were kept as
    # words and the voices guessed as numbered speakers
    assert colon_lines(_ALONE) and _labels(_ALONE) == [
        "Ruth Amsel", "Tomas Brandt", "Ruth Amsel", "Tomas Brandt", "Ruth Amsel"]
    t = clean(_ALONE)
    out = t.to_text()
    paragraphs = out.strip().split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == [
        "Ruth Amsel", "Tomas Brandt", "Ruth Amsel", "Tomas Brandt", "Ruth Amsel"], out
    assert paragraphs[2] == "Ruth Amsel: Really?", out
    assert "Speaker" not in out, out
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_credits_and_headings_alone_on_their_lines_stay_words() -> None:
    # negatives: a credit list ("Producer:" / a name), a recipe's headings, a name set so
    # once, and such lines on a page in lowercase
    credits = ("Credits\n\nProducer:\nGina Ferro did the editing of this whole series.\n\n"
               "Music:\nThe theme is by a band from our own town, thanks to them.\n\n"
               "Producer:\nAlso Gina Ferro, who is tired of this by now.\n")
    recipe = ("Ingredients:\nTwo cups of rye flour and a little salt.\n\n"
              "Method:\nMix them well and leave the dough overnight.\n")
    once = "Ruth Amsel:\nWelcome aboard, everyone. Today we learn the bowline.\n"
    lower = _ALONE.lower().replace("ruth amsel", "Ruth Amsel")
    for page in (credits, recipe, once, lower):
        assert colon_lines(page) == {}, page
    assert _labels(credits) == [] and _labels(recipe) == []
    assert "Producer: Gina Ferro" in clean(credits).to_text()
