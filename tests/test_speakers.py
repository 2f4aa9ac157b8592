

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
