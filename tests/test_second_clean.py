"""Cleaning the clean text again changes nothing: shapes where a stage read its own output
differently (found on the dev pages by ``evaluation/idempotence.py``). Each test asserts the
first pass's form, then that a second pass keeps it."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.readers import parse


def twice(source: str) -> tuple[str, str]:
    first = clean(parse(source, format="broadcast")).text
    return first, clean(parse(first, format="broadcast")).text


def test_a_street_after_a_first_name_the_word_lists_case() -> None:
    # the second pass read "Francis" (cased by the lists) as a capital of the source
    first, again = twice("it fell at a site on south francis street this morning")
    assert "Francis Street" in first
    assert again == first


def test_a_title_after_spaces_a_stripped_comma_left() -> None:
    # "president  francois": two spaces where a comma was; the clean text writes one
    first, again = twice("in paris the french president  francois hollande was there")
    assert "French President Francois" in first
    assert again == first
    first, again = twice("supporters of pakistan's  former prime minister  imran khan marched")
    assert "Prime Minister" in first
    assert again == first


def test_a_title_after_a_name_the_word_lists_case() -> None:
    # "antonio president obama": the lowercase "antonio" read as a description's word on
    # the first pass, the cased "Antonio" as a name on the second
    first, again = twice("from the pentagon antonio president obama said read my lips")
    assert "Antonio President Obama" in first
    assert again == first


def test_a_middle_initial_at_a_line_end() -> None:
    # "b." ended its caption line; the clean text joins the lines with a space
    for source in ("they did in lyndon b.\njohnson day", "in lyndon b.\n7:48 am\njohnson day"):
        first, again = twice(source)
        assert "Lyndon B. Johnson" in first
        assert again == first


def test_the_parts_of_a_word_run_together() -> None:
    # "injapan" parted by the spelling stage: its parts are cased as the second pass reads
    first, again = twice("the players are enjoying being injapan. they're ready")
    assert "in Japan." in first
    assert again == first
    assert twice("he was inthe room")[0] == "He was in the room."
    # ... with the words around it: a table's name of several words
    first, again = twice("we went to thewhite house")
    assert "the White House" in first
    assert again == first


def test_a_cased_last_word_keeps_one_stop() -> None:
    # the sentence stage puts its stop on the word ("speaker."); a rule that cased the
    # word's text with it had the stop twice ("Madam Speaker..")
    for source, cased in (("thank you madam speaker", "Thank you Madam Speaker."),
                          ("it starts at 5 pm eastern", "It starts at 5 p.m. Eastern.")):
        first, again = twice(source)
        assert first == cased
        assert again == first


def test_a_letter_pair_at_the_end_before_the_mark_put_on_it() -> None:
    # "s&p" and "u. s" last: the question mark on the second letter hid the pair
    for source, cased in (("what about s&p", "What about S&P?"),
                          ("is it the u. s", "Is it the U. S?")):
        first, again = twice(source)
        assert first == cased
        assert again == first


def test_streets_regions_and_titles_several_spaces_apart() -> None:
    # a pair read only one character apart: the clean text writes the spaces as one
    for source, cased in (("on  5th  avenue", "On Fifth Avenue."),
                          ("on  route  66", "On Route 66."),
                          ("then vice  president biden said", "Then Vice President Biden said.")):
        first, again = twice(source)
        assert first == cased
        assert again == first


def test_a_dotted_pair_with_spaces_after_its_stop() -> None:
    # "u.  s.": the letters an initialism's, as the second pass reads "u. s."
    first, again = twice("most of the u.  s. state of texas")
    assert first.startswith("Most of the U. S.")
    assert again == first


# Words several spaces apart (captions pasted from pages; found with ``idempotence.py
# --spaced``): each rule that read one space read the gap as a break, and the second pass,
# on text with one space, applied it.

def test_number_compounds_and_clock_suffixes_across_several_spaces() -> None:
    first, again = twice("the striker came back to the squad after a 5  year absence")
    assert "5-year absence" in first
    assert again == first
    first, again = twice("the lights went out at ten  pm on the coast")
    assert "ten p.m. on" in first
    assert again == first
    first, again = twice("a reward of 20  k was offered by the club")
    assert "20K was" in first
    assert again == first


def test_a_mark_several_spaces_after_its_word() -> None:
    first, again = twice("glass flew in all directions  . the roof was gone by noon")
    assert "directions. The roof" in first
    assert again == first
    first, again = twice("the refinery clear  , like the other two, pays the fine")
    assert "clear, like" in first
    assert again == first


def test_a_comma_after_a_stop_several_spaces_apart() -> None:
    first, again = twice("it is a referendum.  , if you look at the vote it is close")
    assert ". ," not in first and "referendum. If you look" in first
    assert again == first


def test_a_compound_split_at_a_line_end_or_a_clock_line() -> None:
    first, again = twice("the team was a little-\nknown side from the north")
    assert "little-known side" in first
    assert again == first
    first, again = twice("fans were high-  fiving on the terraces all night")
    assert "high-fiving on" in first
    assert again == first
    first, again = twice("a little-\n5:34 am\nknown side from the north won")
    assert "little-known side" in first
    assert again == first
    # a blank line between is a paragraph's end, not a split compound
    first, _ = twice("it was a well-\n\nknown fact in the village")
    assert "well-known" not in first


def test_a_stop_glued_before_a_turns_first_word() -> None:
    first, again = twice(">> host: are you ready. >> coach: .we are ready for the final")
    assert "We are ready" in first and ".we" not in first.lower()
    assert again == first
    # a point glued to figures is a decimal's: it stays
    first, again = twice("the police said so. .22 caliber rifles were found in the car")
    assert ".22 caliber" in first
    assert again == first


def test_a_surname_written_with_its_marks_is_the_names_own_word() -> None:
    # "dvorak" cleans to "Dvořák"; the second pass read the marked word as a non-word beside
    # "and" and took "And Dvořák" for a garbled "Emil Dvořák"
    names = ["Anders Ångström", "Emil Dvořák"]
    for source, kept in (("and dvorak", "And Dvořák."),
                         ("the talk by and angstrom", "The talk by and Ångström.")):
        first = clean(parse(source, format="broadcast"), names=names).text
        assert first == kept
        assert clean(parse(first, format="broadcast"), names=names).text == first
    # A garbled first name beside the marked surname is still the name's, on either pass
    for source in ("a concert of emill dvorak music", "a concert of emill dvořák music"):
        first = clean(parse(source, format="broadcast"), names=names).text
        assert "Emil Dvořák music" in first
        assert clean(parse(first, format="broadcast"), names=names).text == first


def test_a_colon_typed_apart_from_its_word() -> None:
    # a colon opening a caption line, or typed a space after its word: the first pass left
    # it apart ("Nancy : hello"), the second joined it and read "Nancy:" as a label
    for source in ("nancy\n: hello there", "nancy : hello there", "great. nancy\n: hello there"):
        first, again = twice(source)
        assert "Nancy: Hello there." in first
        assert again == first
    first, again = twice("we heard the minister\n: the plan is simple")
    assert first == "We heard the minister: the plan is simple."   # no label: not cased
    assert again == first
    # a colon after a figure may be a score: left apart, both times
    first, again = twice("the score was 3\n: 1 at the break")
    assert first == "The score was 3 : 1 at the break."
    assert again == first


def test_a_mark_opening_a_line_after_a_listed_name() -> None:
    # the names stage cased the word before it, and the line-opening mark stayed apart
    # ("Dvořák . The"); a second pass joined it
    names = ["Emil Dvořák"]
    for source, kept in (("the dvorak\n. the next piece", "The Dvořák. The next piece."),
                         ("the emil dvorak\n, the composer", "The Emil Dvořák, the composer.")):
        first = clean(parse(source, format="broadcast"), names=names).text
        assert first == kept
        assert clean(parse(first, format="broadcast"), names=names).text == first
    # the joined word keeps its record: the name's spelling traced to its source words
    t = clean(parse("the dvorak\n. the next piece", format="broadcast"), names=names)
    doc = t.document
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)
    assert any(e.original.startswith("dvorak") and "Dvořák" in e.replacement
               for e in doc.edits)
    # a figure before a line-opening colon: a score, left apart on both passes
    first = clean(parse("it was 3\n: 1 to dvorak", format="broadcast"), names=names).text
    assert "3 : 1" in first
    assert clean(parse(first, format="broadcast"), names=names).text == first


def test_words_parted_by_a_line_break_and_more_white_space() -> None:
    # "\r\n", a blank line, a break and a tab: the clean text writes one space, so the second
    # pass read "Dvořák Place" as a street where the first had not
    names = ["Emil Dvořák"]
    for gap in ("\r\n", "\n\n", "\n \n", "\n\t"):
        first = clean(parse(f"we met at dvorak{gap}place", format="broadcast"),
                      names=names).text
        assert first == "We met at Dvořák Place."
        assert clean(parse(first, format="broadcast"), names=names).text == first
    # a common word before "place" is no street's name, whatever the gap
    for gap in (" ", "\r\n"):
        first = clean(parse(f"we met at the old{gap}place", format="broadcast")).text
        assert first == "We met at the old place."
