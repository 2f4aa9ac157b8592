"""A window that cuts another person's name in two (names43, from the wrong edits the crossed
lexicons showed): its last word a first name and the word after it a surname, or its first
word a surname and the word before it a first name (`personnames.person_across`,
`names._person_cut`). The word the window takes is that person's, no garble of the listed
name. Invented names; domains no dev page has (a research institute, a regional union, a
rowing regatta)."""

from __future__ import annotations

import pytest

from transcript_tools.personnames import person_across

from .nameedits import name_edits as _names

INSTITUTE = "Halden Research Institute"


@pytest.mark.parametrize(("names", "text", "window"), [
    (["Impala Inn", INSTITUTE],
     "good evening. i'm pauline orvendahl at the halden research institute.", "i'm pauline"),
    (["Democratic Union", INSTITUTE],
     "the race between democrat doug orvendahl and the governor is close, the halden research "
     "institute said.", "democrat doug"),
    (["Democratic Union", INSTITUTE],
     "the race between democrat doug haddad and the governor is close, the halden research "
     "institute said.", "democrat doug"),
    (["Champions Regatta", INSTITUTE],
     "the former rowing champion mike kowalski spoke at the halden research institute on monday.",
     "champion mike"),
])
def test_a_window_ending_in_another_persons_first_name_is_no_garble(
        names: list[str], text: str, window: str) -> None:
    edits, held = _names(text, names)
    assert window not in edits and window not in held


def test_the_listed_persons_own_words_and_common_words_cut_nothing() -> None:
    # the listed name's own first name or surname: the name itself, said in part
    assert not person_across("doug", "orvendahl", ("doug", "orvendahl"))
    assert not person_across("maren", "jones", ("jones",))
    # a first name and a common word after it: no surname
    assert not person_across("doug", "said", ("democratic", "union"))
    # a common word before a surname: no first name
    assert not person_across("champion", "kowalski", ("champions", "regatta"))
    assert person_across("mike", "kowalski", ("champions", "regatta"))
    assert person_across("pauline", "orvendahl", ("impala", "inn"))
