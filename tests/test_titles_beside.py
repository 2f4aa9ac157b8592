"""A title before a name with removed text between them: the clean text writes the two side
by side, so the first clean capitalises the title as its second clean would (make fuzz,
ux17's third finding; `titles.titled_words` reads `scans.Beside`)."""

from transcript_tools import Options, clean

PLAIN = Options(names=False)


def test_a_title_before_a_removed_cue_and_a_name_is_cased_in_the_first_clean() -> None:
    first = clean("the crowd cheered when mayor [applause] delgado spoke", options=PLAIN).text
    assert "Mayor Delgado" in first
    assert clean(first, options=PLAIN).text == first


def test_a_title_before_a_removed_repeat_and_a_name_is_cased_in_the_first_clean() -> None:
    first = clean("and governor quist quist signed the bill", options=PLAIN).text
    assert "Governor Quist signed" in first
    assert clean(first, options=PLAIN).text == first


def test_a_kept_word_between_keeps_the_title_lowercase() -> None:
    # (the title stands before "the", not before the name)
    text = clean("we asked the governor the question delgado raised", options=PLAIN).text
    assert "governor the question" in text
