"""Line breaking: break costs between words and the last-resort wrap of a unit longer than a
line."""

from __future__ import annotations

from transcript_tools.linebreak import BreakCosts, break_lines, hard_wrap


def test_a_unit_longer_than_a_line_wraps_at_its_spaces() -> None:
    # qa7 audit: a long lexicon name (one unit) was cut mid-word ("Histor / y and Culture")
    assert hard_wrap("National Museum of Modern Art History and Culture", 42) == [
        "National Museum of Modern Art History and", "Culture"]
    assert hard_wrap("a" * 50, 42) == ["a" * 42, "a" * 8]


def test_spelled_numbers_particles_and_a_name_with_its_number_stay_together() -> None:
    # qa8 audit: "approximately two | minutes", "Jimmy Rollins strikes | out", "KPIX | 5"
    costs = BreakCosts()
    free = costs.cost("approximately", "two", False)
    assert costs.cost("two", "minutes", False) > free
    assert costs.cost("second", "wave", False) > free
    assert costs.cost("strikes", "out", False) > free
    assert costs.cost("KPIX", "5", False) > free and costs.cost("Highway", "17", False) > free
    assert costs.cost("China", "22", False) <= free
    assert costs.cost("one", "who", False) <= free  # "one" is also a pronoun
    lines = break_lines("Which leaves me approximately two minutes to get my banking done."
                        .split(), costs.costs("Which leaves me approximately two minutes to get "
                                              "my banking done.".split(), [True] + [False] * 10),
                        42, 2)
    assert lines is not None and not lines[0].endswith("two")


def test_a_month_stays_with_its_day() -> None:
    # qa9 audit: "the government October | 12" (C-SPAN 2024), "the March | 23rd lows" (CNBC)
    costs = BreakCosts()
    free = costs.cost("government", "October", False)
    assert costs.cost("October", "12", False) > free
    assert costs.cost("March", "23rd", False) > free
    assert costs.cost("the", "23rd", False) >= costs.cost("23rd", "lows", False) > free


def test_an_initials_letters_and_a_compound_number_with_its_noun_stay_together() -> None:
    # qa9 audit: "traveling to U. | S. cities" (C-SPAN 2015), "the five-year | anniversary"
    costs = BreakCosts()
    free = costs.cost("traveling", "to", False)
    assert costs.cost("U.", "S.", False) > free and costs.cost("J.", "K.", False) > free
    assert costs.cost("five-year", "anniversary", False) > free
    assert costs.cost("10-yard", "line", False) > free
    assert costs.cost("co-chair", "of", False) <= free
    assert costs.cost("U.", "Now", True) <= free  # a sentence the stage opened there


def test_a_dotted_abbreviation_stays_with_the_name_after_it() -> None:
    # qa10 audit: "It kicks off at 8:00 p.m. | Eastern with" (FOX News 2013)
    costs = BreakCosts()
    free = costs.cost("kicks", "off", False)
    assert costs.cost("p.m.", "Eastern", False) > free
    assert costs.cost("a.m.", "Monday", False) > free
    assert costs.cost("p.m.", "The", True) <= free  # a sentence the stage opened there


def test_a_speaker_label_in_the_text_opens_its_line_and_cue() -> None:
    # qa12 audit: a label left at a cue's end ("their erection. Matt Brennan:" / "Fleabag is")
    words = ("we talked about the show. Matt Brennan: the show was personal. Man: really? "
             "He said: no.").split()
    starts = [k > 0 and words[k - 1].endswith((".", "?")) for k in range(len(words))]
    costs = BreakCosts().costs(words, starts)
    at = {w: k for k, w in enumerate(words)}
    assert costs[at["Brennan:"]] >= 10.0 and costs[at["Man:"]] >= 10.0  # never after it
    assert costs[at["Matt"]] >= 8.0  # nor inside it
    assert costs[at["show."]] == 0.0 and costs[at["personal."]] == 0.0  # freely before it
    # a sentence's own colon is no label: "He said:" starts with a pronoun
    assert costs[at["said:"]] == 1.0
    # a colon inside a sentence is no label ("the reason: money")
    words = "and the reason for all of this: money".split()
    assert BreakCosts().costs(words, [False] * len(words))[words.index("this:")] == 1.0


def test_a_possessive_stays_with_its_noun_and_a_contraction_with_its_verb() -> None:
    # layout12's re-count: "the world's | largest economies", "the president's || manufacturing
    # council", "what we're || learning" were as cheap as any break between content words
    costs = BreakCosts()
    free = costs.cost("council", "said", False)
    assert costs.cost("world's", "largest", False) > free
    assert costs.cost("president's", "manufacturing", False) > free
    assert costs.cost("we're", "learning", False) > free
    assert costs.cost("I'm", "going", False) > free
    # "'s" as "is" or "us": an ordinary break
    assert costs.cost("it's", "important", False) <= free
    assert costs.cost("let's", "go", False) <= free
    assert costs.cost("John's", "in", False) <= free  # "John's in the studio": a preposition


def _lines(text: str) -> list[str] | None:
    words = text.split()
    return break_lines(words, BreakCosts().costs(words, [True] + [False] * (len(words) - 1)),
                       42, 2)


def test_a_word_stays_with_the_preposition_it_takes() -> None:
    # ux12's count: a word and the preposition it takes ("a couple / of") were as cheap to part
    # as any break before a preposition (3); the bigram counts say these words take it
    costs = BreakCosts()
    before = costs.cost("simmered", "for", False)  # a preposition that merely may follow
    assert before == 3.0
    for left, right in [("tend", "to"), ("unable", "to"), ("handful", "of"), ("plenty", "of"),
                        ("dozens", "of"), ("regardless", "of"), ("Plenty", "of")]:
        assert costs.cost(left, right, False) > costs.cost("waited", "outside", False), left
    for left, right in [("recipe", "from"), ("players", "from"), ("walked", "into"),
                        ("bake", "at"), ("moved", "to"), ("sauce", "with")]:
        assert costs.cost(left, right, False) == before, left
    # a function word before the preposition keeps its own cost
    assert costs.cost("it", "to", False) == 3.0 and costs.cost("is", "to", False) == 3.0
    assert _lines("The bakery says its ovens tend to run all night before the harvest "
                  "fair") == ["The bakery says its ovens tend to run",
                              "all night before the harvest fair"]
    assert _lines("The florist brought plenty of fresh tulips to the market on "
                  "Saturday") == ["The florist brought plenty of fresh tulips",
                                  "to the market on Saturday"]
    assert _lines("Engineers tested the bridge cables for hours before the crews reopened "
                  "it") == ["Engineers tested the bridge cables",
                            "for hours before the crews reopened it"]



def _set(text: str, width: int = 42, lines: int = 2) -> list[str] | None:
    words = text.split()
    return break_lines(words, BreakCosts().costs(words, [True] + [False] * (len(words) - 1)),
                       width, lines)


def test_a_name_and_the_role_word_before_it_are_not_split() -> None:
    # qa65/qa66 audits: "the Justice | Department", "councilman | Jim Graham" (invented here)
    costs = BreakCosts()
    dearest = costs.cost("the", "harbour", False)  # an article from its noun
    for left, right in (("Fisheries", "Board"), ("Orla", "Brennick"), ("councilwoman", "Orla"),
                        ("correspondent", "Tam"), ("sheriff", "Dale"), ("J.", "K.")):
        assert costs.cost(left, right, False) >= dearest, (left, right)
    # inside the name dearer than between the role and the name
    assert costs.cost("Orla", "Brennick", False) > costs.cost("councilwoman", "Orla", False)
    # not a role word before a name, nor a name before a lowercase word, nor a sentence start
    for left, right, start in (("said", "Orla", False), ("councilwoman", "said", False),
                               ("Brennick", "visited", False), ("port.", "Orla", True),
                               ("sheriff", "I", False)):
        assert costs.cost(left, right, start) < dearest, (left, right)
    # a line breaks before the whole name where the line fits, not inside it
    assert _set("On the plan, the Coastal Fisheries Board voted late on Monday") == [
        "On the plan, the Coastal Fisheries Board", "voted late on Monday"]
    assert _set("we asked harbour councilwoman Orla Brennick about the dredging plan") == [
        "we asked harbour councilwoman", "Orla Brennick about the dredging plan"]
    # a modifier making one role with the word goes with it ("foreign | correspondent")
    words = "it was quiet for our foreign correspondent Tam Oduya".split()
    got = BreakCosts().costs(words, [True] + [False] * (len(words) - 1))
    assert got[words.index("foreign")] >= dearest and got[words.index("correspondent")] >= dearest
    assert got[words.index("quiet")] < dearest  # the break before the whole phrase stays free
    assert _set(" ".join(words)) == ["it was quiet", "for our foreign correspondent Tam Oduya"]
    got = BreakCosts().costs("they told reporter Tam Oduya".split(), [True] + [False] * 4)
    assert got[1] < dearest  # a verb before the role is no modifier of it
    # a name longer than a line still breaks
    lines = _set("the Royal Northern Coastal Fisheries and Harbour Dredging Review Board", 32, 3)
    assert lines is not None and len(lines) > 1 and all(len(a) <= 32 for a in lines), lines
