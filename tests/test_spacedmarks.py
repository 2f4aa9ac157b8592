

def test_a_stop_typed_twice_after_a_word_is_one() -> None:
    # qa14 audit (CNBC 2009): "i've got 35 cents from 2.. >> that's deere"; a dev page:
    # "a life jacket.. the south korean" read on as one sentence
    from transcript_tools import clean

    assert clean("he wore a life jacket.. the rescue went on.").text == (
        "He wore a life jacket. The rescue went on.")
    # an abbreviation's stop and an ellipsis stay as written
    assert "U.S.. The" in clean("the former u.s.. the evidence is clear.").text
    assert "Well... I think" in clean("well... i think so.").text
