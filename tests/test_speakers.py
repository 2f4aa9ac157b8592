

def test_introduced_label_takes_the_first_introducer_in_order() -> None:
    from transcript_tools.speakers import introduced_label

    def said(text: str) -> str | None:
        return introduced_label(text.split())

    assert said("and joining us now is the former ambassador to the region") == \
        "former ambassador"
    # the introducers are tried in order ("we now hear from" before "my guest is"), each
    # at its first place where a label follows
    assert said("my guest is a senator . we now hear from the mayor in the city") == "mayor"
    assert said("we now hear from now on and we now hear from our correspondent today") == \
        "correspondent"
    assert said("joining us now is") is None
    assert said("nothing here introduces anyone") is None


def test_phrases_found_by_index_agree_with_a_scan_at_every_word(sample_text: str) -> None:
    """`_phrases` looks only where a phrase's first word stands; a scan trying every phrase
    at every word finds the same groups (the sample's lines, and constructed units that
    hold each phrase, twice, at the edges)."""
    from transcript_tools.speakers import _PHRASE_INDEX, _phrases

    def scan(words: tuple[str, ...]) -> set[int]:
        return {g for i in range(len(words)) for group in _PHRASE_INDEX.values()
                for g, phrase in group if words[i:i + len(phrase)] == phrase}

    units = [tuple(line.lower().split()) for line in sample_text.splitlines()]
    for group in _PHRASE_INDEX.values():
        for _, phrase in group:
            units += [phrase, ("so", *phrase, "and", *phrase), phrase[:-1], ("well", *phrase)]
    found = 0
    for words in units:
        assert _phrases(words) == scan(words), words
        found += bool(scan(words))
    assert found > 20
