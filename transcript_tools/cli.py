"""The command line: ``transcript-tools clean|review ...`` over the public API, nothing else.

Library errors become one stderr line and an exit code: 0 ok, 1 bad input, 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import quote

from .api import Cleaner
from .check import check_bytes, check_file
from .cliargs import (
    EXIT_USAGE,
    build_parser,
    layout_from_args,
    options_from_args,
    parse_time_of_day,
)
from .decisions import Decisions
from .errors import InputError, LexiconError, OptionsError, StrictModeError, TranscriptError
from .lexicon import read_names_file
from .model import Diagnostic
from .options import Options
from .readers import decode, detect_format, parse, read_bytes
from .references import refuse_web_page
from .stream import LARGE_INPUT, Chunk, clean_chunks, write_chunks
from .writers import EXTENSIONS as OUTPUT_EXTENSIONS
from .writers import WRITERS, write_file, write_to

EXIT_OK, EXIT_INPUT = 0, 1
EXIT_INTERRUPTED = 130
"""128 + SIGINT (Ctrl-C); a batch stopped by SIGTERM exits 128 + 15 = 143, as Unix tools do."""

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "build_parser", "layout_from_args", "main",
           "options_from_args", "parse_time_of_day"]


def _read_input(name: str) -> tuple[str, str | None, list[Diagnostic]]:
    if name == "-":
        data = sys.stdin.buffer.read()
        path = None
    else:
        path = name
        data = read_bytes(name)
    text, diagnostics = decode(data, path or "<stdin>")
    return text, path, diagnostics


def _refuse_overwrite(args: argparse.Namespace) -> None:
    """An output file that is one of the inputs (the transcript, a names or reference file,
    the decisions) would destroy it: a usage error before anything is read. Stdin (``-``)
    is read once: by the transcript or by one reference, not both (the second read found it
    empty and said the transcript was empty), and never by ``--decisions``."""
    if getattr(args, "decisions", None) == "-":
        raise OptionsError("--decisions takes a file, not - (stdin): give the decisions "
                           "file's path")
    readers = ([args.input] if args.input == "-" else []) + \
        [ref for ref in args.reference if ref == "-"]
    if len(readers) > 1:
        raise OptionsError("stdin (-) can be read once: give the transcript or one --reference "
                           "as -, the others as files")
    if args.output == "-":
        return
    out = Path(args.output).resolve()
    inputs = [args.input, *args.names, *args.reference, getattr(args, "decisions", None)]
    for name in inputs:
        if name and name != "-" and Path(name).resolve() == out:
            raise OptionsError(f"{args.output}: the output would overwrite the input {name}; "
                               "choose another output file")


def _read_names(args: argparse.Namespace) -> list[str]:
    names: list[str] = []
    for file in args.names:
        if file == "-":
            raise OptionsError("--names takes a file, not - (stdin): give the names file's path")
        if not os.path.lexists(file):  # most often a name typed where its file belongs
            raise LexiconError("no such names file (--names takes a file with one name per "
                               "line)", path=file)
        lines = read_names_file(file)
        _report(args, file, _names_file_slips(lines))
        names.extend(lines)
    return names


def _names_file_slips(lines: Sequence[str]) -> list[Diagnostic]:
    """Warnings for names-file lines that are read otherwise than they look: a line that
    opens with ``|`` (its main form left out) has its first alias taken as the main form."""
    slips = []
    for number, line in enumerate(lines, 1):
        forms = [f.strip() for f in line.split("#", 1)[0].split("|")]
        if len(forms) > 1 and not forms[0] and any(forms[1:]):
            main = next(f for f in forms[1:] if f)
            slips.append(Diagnostic(
                "names-line", f"no name before '|' (a line is 'Main | alias | ...'); "
                f"{main!r} is taken as the main form", number))
    return slips


def _read_references(args: argparse.Namespace) -> list[str]:
    """The --reference texts, their decoding warnings reported like the input's."""
    references = []
    for file in args.reference:
        text, ref_path, ref_warnings = _read_input(file)
        refuse_web_page(text, ref_path or "<stdin>")
        _report(args, ref_path, ref_warnings)
        references.append(text)
    return references


def _report(args: argparse.Namespace, path: str | None,
            diagnostics: Sequence[Diagnostic]) -> None:
    """Print warnings, or with --strict raise the first one as an error."""
    if getattr(args, "strict", False) and diagnostics:
        d = diagnostics[0]
        raise StrictModeError(f"{d.message} (--strict)", path=path or "<stdin>", line=d.line)
    for d in diagnostics:
        _warn(args, path, d.line, d.message)


def _clean(args: argparse.Namespace) -> int:
    _refuse_overwrite(args)
    options = options_from_args(args)
    names = _read_names(args)
    references = _read_references(args)
    text, path, decode_warnings = _read_input(args.input)
    if not text.strip():
        raise InputError("input is empty (no text to clean)", path=path or "<stdin>")
    fmt = args.format
    if fmt is None:
        fmt = OUTPUT_EXTENSIONS.get(Path(args.output).suffix.lower(), "text") \
            if args.output != "-" else "text"
    kwargs = {}
    if args.no_speaker_labels and fmt in ("text", "srt"):
        kwargs["speaker_labels"] = False
    decisions = Decisions.load(args.decisions) if args.decisions else None
    if len(text) > LARGE_INPUT and decisions is None and \
            (args.input_format or detect_format(text, path)) in ("broadcast", "srt", "vtt"):
        return _clean_large(args, text, path, decode_warnings, names, references, fmt, kwargs)
    doc = parse(text, format=args.input_format, path=path)
    doc = doc.replace(diagnostics=tuple(decode_warnings) + doc.diagnostics)
    _report(args, path, doc.diagnostics)  # input warnings first: --strict stops here
    cleaner = Cleaner(names, references, options.replace(strict=False))
    transcript = cleaner.clean(doc, decisions=decisions)
    _report(args, path, transcript.document.diagnostics[len(doc.diagnostics):])
    if not transcript.text.strip():
        from .batch import EMPTY_RESULT  # batch (and its engines) load only when needed

        _warn(args, path, 0, EMPTY_RESULT)
    if args.output == "-":
        write_to(transcript.document, fmt, sys.stdout, **kwargs)
    else:  # in parts where it can, atomically: no half-written output is ever left
        write_file(transcript.document, fmt, args.output, **kwargs)
    return EXIT_OK


def _clean_large(args: argparse.Namespace, text: str, path: str | None,
                 decode_warnings: list[Diagnostic], names: list[str], references: list[str],
                 fmt: str, kwargs: dict[str, Any]) -> int:
    """Broadcast, SRT or WebVTT input over `LARGE_INPUT` characters: cleaned and written
    chunk by chunk."""
    in_fmt = args.input_format or detect_format(text, path)
    if in_fmt not in ("broadcast", "srt", "vtt"):
        raise InputError(f"{in_fmt} input cannot be cleaned in chunks", path=path)
    chunkable = cast(Literal["broadcast", "srt", "vtt"], in_fmt)
    _report(args, path, decode_warnings)
    cleaner = Cleaner(names, references, options_from_args(args))  # strict: raises per chunk

    def chunks() -> Iterator[Chunk]:
        for chunk in clean_chunks(text, cleaner, path=path, format=chunkable):
            _report(args, path, chunk.transcript.document.diagnostics)
            yield chunk

    if args.output == "-":
        write_chunks(chunks(), fmt, sys.stdout, **kwargs)
    else:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                write_chunks(chunks(), fmt, out, **kwargs)
        except BaseException:
            Path(args.output).unlink(missing_ok=True)  # no half-written output is left
            raise
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    _refuse_overwrite(args)
    options = options_from_args(args).replace(strict=False)
    names = _read_names(args)
    references = _read_references(args)
    text, path, decode_warnings = _read_input(args.input)
    if not text.strip():
        raise InputError("input is empty (no text to clean)", path=path or "<stdin>")
    decisions = Decisions.load(args.decisions) if args.decisions else None
    doc = parse(text, format=args.input_format, path=path)
    doc = doc.replace(diagnostics=tuple(decode_warnings) + doc.diagnostics)
    _report(args, path, doc.diagnostics)  # input warnings first: --strict stops here
    transcript = Cleaner(names, references, options).clean(doc, decisions=decisions)
    _report(args, path, transcript.document.diagnostics[len(doc.diagnostics):])
    media: str | None = None
    if args.media and "://" in args.media:
        media = args.media
    elif args.media:
        if not Path(args.media).is_file():
            raise InputError("no such media file", path=args.media)
        base = Path(args.output).resolve().parent if args.output != "-" else Path.cwd()
        media = quote(Path(os.path.relpath(Path(args.media).resolve(), base)).as_posix())
    output = WRITERS["review"](transcript.document, media=media, decisions=decisions)
    if args.output == "-":
        sys.stdout.write(output)
    else:
        Path(args.output).write_text(output, encoding="utf-8")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    """Every file is checked: one that cannot be read is reported and the others go on."""
    options = Options(**layout_from_args(args))
    found = unreadable = 0
    for path in args.files:
        try:
            violations = check_bytes(sys.stdin.buffer.read(), "<stdin>", options) \
                if path == "-" else check_file(path, options)
        except TranscriptError as exc:
            print(f"transcript-tools: error: {exc}", file=sys.stderr)
            unreadable += 1
            continue
        for v in violations:
            print(v.format("<stdin>" if path == "-" else path))
        found += len(violations)
    summary = f"{found} violation(s) of the caption layout rules in {len(args.files)} file(s)"
    if unreadable:
        summary += f"; {unreadable} file(s) could not be checked"
    print(summary, file=sys.stderr)
    return EXIT_INPUT if found or unreadable else EXIT_OK


def _batch(args: argparse.Namespace) -> int:
    from .batch import OUTPUT_SUFFIX, Summary, progress_bar, run_batch

    formats = [f.strip() for item in (args.format or ["text"]) for f in item.split(",")
               if f.strip()]
    unknown = [f for f in formats if f not in OUTPUT_SUFFIX]
    if unknown:
        print(f"transcript-tools: error: unknown format(s) {', '.join(unknown)}; "
              f"known: {', '.join(OUTPUT_SUFFIX)}", file=sys.stderr)
        return EXIT_USAGE
    if args.engine == "dask" and not args.scheduler:
        print("transcript-tools: error: --engine dask needs --scheduler ADDRESS",
              file=sys.stderr)
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":  # else the files run here, the address unused
        print("transcript-tools: error: --scheduler is for --engine dask (add it to run on "
              "the cluster)", file=sys.stderr)
        return EXIT_USAGE
    options = options_from_args(args)
    names = _read_names(args)
    references = _read_references(args)
    bar = None
    if args.progress or (args.progress is None and sys.stderr.isatty()):
        bar = progress_bar(None, True)

    def report(line: str) -> None:
        (bar.write if bar is not None else print)(f"transcript-tools: failed: {line}",
                                                  file=sys.stderr)

    def warn(line: str) -> None:
        if not args.quiet:
            (bar.write if bar is not None else print)(line, file=sys.stderr)

    summary = Summary()
    try:
        with _terminate_as_interrupt():
            run_batch(args.input, args.output, list(dict.fromkeys(formats)),
                      names=names, references=references, options=options,
                      jobs=args.jobs or None, engine=args.engine, scheduler=args.scheduler,
                      speaker_labels=False if args.no_speaker_labels else None,
                      report=report, progress=bar, warn=warn, include=args.include,
                      exclude=args.exclude, overwrite=args.overwrite, summary=summary)
    except KeyboardInterrupt as exc:
        if bar is not None:
            bar.close()
            bar = None
        left = summary.files - summary.done - summary.skipped - len(summary.failed)
        how = "terminated" if isinstance(exc, Terminated) else "interrupted"
        print(f"transcript-tools: {how}: {summary.line()}; {left:,} not done (the same "
              "command again cleans only those)", file=sys.stderr)
        return _interrupted_exit(exc)
    except OSError as exc:  # a full disk, a read-only folder: every later file would fail too
        if summary.started == 0:
            raise
        if bar is not None:
            bar.close()
            bar = None
        where = exc.filename or args.output
        print(f"transcript-tools: error: {where}: cannot write: {exc.strerror or exc}",
              file=sys.stderr)
        print(f"transcript-tools: stopped: {summary.line()}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        if bar is not None:
            bar.close()
    if not summary.files:
        chosen = " matching --include/--exclude" if args.include or args.exclude else ""
        _warn(args, args.input, 0,
              f"no transcripts (.txt, .srt, .vtt, .json, .ssa, .ass){chosen} found")
    if not args.quiet:
        hint = ("; files already done keep their outputs (--overwrite to clean them again)"
                if summary.skipped else "")
        print(f"transcript-tools: {summary.line()}{hint}", file=sys.stderr)
    return EXIT_INPUT if summary.failed else EXIT_OK


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where it arrives so that it unwinds as Ctrl-C does (workers stopped,
    counts printed); the exit code then says which signal it was (`_interrupted_exit`)."""


def _interrupted_exit(exc: BaseException) -> int:
    """128 + the signal's number: 143 for SIGTERM, 130 for Ctrl-C (SIGINT)."""
    return 128 + signal.SIGTERM if isinstance(exc, Terminated) else EXIT_INTERRUPTED


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``, ``timeout``, a job scheduler) stops a batch as Ctrl-C does: its
    worker processes are stopped with it (they were left running, blocked on a pipe no one
    read) and the counts so far are printed; the exit code is 143, not Ctrl-C's 130."""
    def interrupt(signum: int, frame: Any) -> None:
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave the signal as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

def _warn(args: argparse.Namespace, path: str | None, line: int, message: str) -> None:
    if args.quiet:
        return
    where = path or "<stdin>"
    if line:
        where += f":{line}"
    print(f"{where}: warning: {message}", file=sys.stderr)


_FLAG_FIELDS = re.compile(r"(?<![\w/\\.-])(min_confidence|speakers|max_line_chars|max_lines|"
                          r"max_cps|words_per_minute|min_duration|max_duration|min_gap|"
                          r"media_start)(?![\w/\\.-])")


def _as_flags(message: str) -> str:
    """An `Options` error in the words of the command line: ``max_line_chars must be at
    least 10`` -> ``--max-line-chars must be at least 10``."""
    return _FLAG_FIELDS.sub(lambda m: "--" + m.group(1).replace("_", "-"), message)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            return _clean(args)
        if args.command == "review":
            return _review(args)
        if args.command == "check":
            return _check(args)
        if args.command == "batch":
            return _batch(args)
    except OptionsError as exc:
        message = exc.message if exc.path else _as_flags(exc.message)
        print(f"transcript-tools: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    except TranscriptError as exc:  # about no file or line (an engine, an argument): just what
        print(f"transcript-tools: error: {exc if exc.path or exc.line else exc.message}",
              file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # writing the output: a missing directory, a full disk
        where = exc.filename or getattr(args, "output", "output")
        print(f"transcript-tools: error: {where}: cannot write: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt as exc:
        terminated = isinstance(exc, Terminated)
        print(f"transcript-tools: {'terminated' if terminated else 'interrupted'}",
              file=sys.stderr)
        return _interrupted_exit(exc)
    except Exception as exc:  # noqa: BLE001 - the CLI promises no tracebacks
        print(f"transcript-tools: internal error ({type(exc).__name__}: {exc}); "
              "please report it with the input that caused it", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
