"""Patterns compiled on first use: a module-level pattern that few inputs need (a caption
file's timing line, an address, a street number) costs nothing at start-up. `regex` and
`re` compile in Python: ~90 ms of the package's ~270 ms import (CPU) went to compiling
patterns, ~18 ms of it to the 16 made lazy here, which neither a short clean nor the
sample's uses.

Use it only where the pattern is called through its methods (``search``, ``match``,
``finditer``, ...) or read by ``pattern``: the stand-in is no `re.Pattern` for
``isinstance`` or for `re.sub` given a pattern object.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import regex

_TAKEN = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer",
          "scanner", "flags", "groups", "groupindex")
"""What the stand-in takes over from the compiled pattern at its first use."""


class _Lazy:
    """Stands for a compiled pattern until its first use; from then on holds the compiled
    pattern's methods (bound once) and attributes as its own, so a call costs what a call
    on the compiled pattern does."""

    def __init__(self, compile: Callable[[str, int], Any], pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._compile = compile
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("pattern", "_compile", "_flags"):
            raise AttributeError(name)   # (copy and pickle probe a bare instance)
        compiled = self._compile(self.pattern, self._flags)
        for attr in _TAKEN:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, done at the first use."""
    return cast("regex.Pattern[str]", _Lazy(regex.compile, pattern, flags))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done at the first use."""
    return cast("re.Pattern[str]", _Lazy(re.compile, pattern, flags))
