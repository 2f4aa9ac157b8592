"""The library's errors: one root, subclasses that keep their inputs and pickle across processes.

Raised by readers, the lexicon loader and option checks; the CLI turns them into one line.
"""

from __future__ import annotations


class TranscriptError(Exception):
    """Root of every error transcript-tools raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None, line: int = 0,
                 column: int = 0, snippet: str = "") -> None:
        super().__init__(message, path, line, column, snippet)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.snippet = snippet

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild, (type(self), self.message, self.path, self.line, self.column,
                           self.snippet))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.snippet:
            text += f" (near {self.snippet!r})"
        return text


def _rebuild(cls: type[TranscriptError], message: str, path: str | None, line: int,
             column: int, snippet: str) -> TranscriptError:
    return cls(message, path=path, line=line, column=column, snippet=snippet)


TranscriptToolsError = TranscriptError
"""Alias of `TranscriptError`, the name the style guide uses."""


class InputError(TranscriptError):
    """The input cannot be read: not text, undecodable, or empty where text is required."""


class ParseError(InputError):
    """The input is text but malformed for its format (a broken SRT/WebVTT cue, bad JSON)."""


class LexiconError(InputError):
    """A names file or reference text is unusable."""


class OptionsError(TranscriptError, ValueError):
    """An option has a value outside its documented range."""

    def __str__(self) -> str:
        # about no input: "max_cps must be positive", not "<input>: max_cps ..."
        return super().__str__() if self.path or self.line else self.message


class StrictModeError(TranscriptError):
    """A warning raised as an error because strict mode is on."""
