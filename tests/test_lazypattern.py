"""The lazily compiled patterns behave as the compiled ones, and compile only when used."""

from __future__ import annotations

import copy
import pickle
import re

import regex

from transcript_tools import lazypattern
from transcript_tools.lazypattern import lazy_re, lazy_regex


def test_same_answers_as_the_compiled_pattern() -> None:
    text = "Call 555-1234 or 555-9876, ext. 12"
    for lazy, compiled in ((lazy_regex(r"(?P<a>\d+)-(\d+)", regex.I),
                            regex.compile(r"(?P<a>\d+)-(\d+)", regex.I)),
                           (lazy_re(r"(?P<a>\d+)-(\d+)"), re.compile(r"(?P<a>\d+)-(\d+)"))):
        assert lazy.pattern == compiled.pattern
        assert lazy.search(text)[0] == compiled.search(text)[0]  # type: ignore[index]
        assert [m.span() for m in lazy.finditer(text, 5)] == \
            [m.span() for m in compiled.finditer(text, 5)]
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.sub("#", text) == compiled.sub("#", text)
        assert lazy.match(text) is None and compiled.match(text) is None
        assert lazy.groupindex == compiled.groupindex and lazy.groups == compiled.groups
        assert lazy.flags == compiled.flags


def test_compiled_on_first_use_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return re.compile(pattern, flags)

    lazy = lazypattern._Lazy(counting, r"a+", 0)
    assert lazy.pattern == "a+" and not calls
    assert lazy.search("baa") is not None
    assert lazy.fullmatch("aaa") is not None
    assert calls == ["a+"]


def test_copies_and_pickles() -> None:
    lazy = lazy_regex(r"x\d")
    for other in (copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert other.search("ax1") is not None
    assert lazy.search("ax1") is not None
    for other in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert other.search("bx2") is not None  # (after its first use too)
