"""A first name of the lists, alone, standing for a listed person's first name or whole name
(names43, from the wrong edits the crossed lexicons showed): a person of that first name
spelled so, or any other person of that first name, no garble of the listed one
(`names._first_name_alone`): a suggestion at most. Invented names; a mining company's
thanks, a sailing club."""

from __future__ import annotations

import pytest

from .nameedits import name_edits as _names


@pytest.mark.parametrize(("listed", "said"), [("Annette", "anette"), ("Vanessa", "vanesa"),
                                              ("Rebecca", "rebeca")])
def test_a_first_name_of_the_lists_alone_is_not_respelled(listed: str, said: str) -> None:
    text = f"my thanks to {said}, tomas and greta for their work at tessick mining."
    edits, _ = _names(text, [f"{listed} Varnstad", "Tessick Mining"])
    assert said not in edits


def test_a_first_name_no_list_holds_alone_is_still_heard() -> None:
    # not a first name of the lists: a garble as much as any other non-word
    text = "my thanks to marrissa, tomas and greta for their work at tessick mining."
    edits, _ = _names(text, ["Marissa Varnstad", "Tessick Mining"])
    assert edits.get("marrissa") == "Marissa"


def test_a_surname_alone_is_not_held_by_the_first_name_rule() -> None:
    # the sailing club's commodore: the surname garbled alone is still his
    text = ("the harbour sailing club met on friday. commodore ulrik brannstad opened the "
            "season, and branstad said the new pier is ready.")
    edits, _ = _names(text, ["Ulrik Brannstad", "Harbour Sailing Club"])
    assert edits.get("branstad") == "Brannstad"
