"""Which token texts are addresses: known top-level domains, English-word ones only with a
clearer sign, handles and hashtags."""

from __future__ import annotations

from transcript_tools.webaddress import accepted, is_address


def test_known_top_level_domains_are_accepted() -> None:
    for text in ("cnn.com", "whitehouse.gov", "covid.gov", "npr.org/politics", "bbc.co.uk",
                 "tips@abc.org", "spiegel.de/politik", "lemonde.fr", "www.vitac.com"):
        assert accepted(text), text
        assert is_address(text), text


def test_unknown_or_english_word_domains_need_a_sign() -> None:
    for text in ("tokyo.also", "macfound.or", "end.so", "think.it", "fox.news"):
        assert not accepted(text), text
    for text in ("www.think.it", "https://fox.news", "fb.me/page", "me@think.it"):
        assert accepted(text), text


def test_handles_and_hashtags() -> None:
    assert is_address("@jaketapper") and is_address("#election2020")
    assert not is_address("#1") and not is_address("@") and not is_address("u.s.")
    assert not is_address("word") and not is_address("3.5")


def test_the_whole_pipeline_leaves_addresses_alone() -> None:
    from transcript_tools import clean

    source = ("a website, thedirty.com, read that. visit cnn.com for more or email "
              "tips@abc.org. follow @jaketapper and #election2020. npr.org/politics has it.\n")
    out = clean(source).text
    for address in ("thedirty.com", "cnn.com", "tips@abc.org", "@jaketapper", "#election2020",
                    "npr.org/politics has"):
        assert address in out, out
    assert "Com" not in out and "Org" not in out


def test_an_address_a_caption_parted_at_its_dot_is_joined() -> None:
    # qa13 audit (BBC's Asia Business Report 2017): "this video is trending on bbc. com. one
    # little boy" read "trending on BBC. Com. One little boy"
    from transcript_tools import clean

    assert clean("this video is trending on bbc. com. one little boy smiled.").text == \
        "This video is trending on bbc.com. One little boy smiled."
    assert clean("see npr. org for more, or the end. commuters wait.").text == \
        "See npr.org for more, or the end. Commuters wait."
