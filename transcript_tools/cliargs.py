"""The command line's arguments: the parser of every subcommand, and the `Options` its flags
make. Used by `cli`, which runs the commands.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import __version__
from .options import CAPTION_PRESETS, SPEAKER_MARKS, Options
from .readers import READERS
from .writers import WRITERS

EXIT_USAGE = 2
"""The exit code of a usage error (argparse's own, kept by `_Parser`)."""

_DEFAULTS = Options()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def parse_time_of_day(value: str) -> float:
    """``5:34 am``, ``17:34``, ``17:34:05`` -> seconds of the day (for --media-start)."""
    from .readers.broadcast import CLOCK_RE, clock_seconds

    m = CLOCK_RE.match(value.strip())
    placed = clock_seconds(m) if m else None
    if placed is None:
        raise argparse.ArgumentTypeError(
            f"not a time of day: {value!r} (try 17:34, 5:34 pm or 5:34:12 pm)")
    return placed[0]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="transcript-tools",
                     description="Clean broadcast caption transcripts (archive caption text, "
                     "SRT, WebVTT, Whisper JSON, SubStation Alpha): names corrected by sound "
                     "against your names file, truecased, punctuated, cut into speaker turns; "
                     "written as text, WebVTT, SRT or JSON in which every change is traceable "
                     "to the source.",
                     epilog="'transcript-tools COMMAND --help' lists a command's flags.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("clean", help="clean one transcript into text, WebVTT, SRT or JSON")
    p.add_argument("-o", "--output", default="-", help="output file, or - for stdout (default)")
    p.add_argument("--format", choices=sorted(WRITERS),
                   help="output format (default: from the output extension, else text)")
    _add_source_flags(p)
    p.add_argument("--media-start", type=parse_time_of_day, metavar="TIME",
                   help="wall-clock time at which the media starts, e.g. 5:33 am")
    _add_cleaning_flags(p)
    p.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    p.add_argument("--decisions", metavar="FILE",
                   help="apply a review's decisions (exported by the review page)")
    _add_review_parser(sub)

    c = sub.add_parser("check", help="report every cue of a WebVTT/SRT file that breaks a "
                       "layout rule (exit 1 if any)")
    c.add_argument("files", nargs="+", metavar="FILE", help=".vtt or .srt file(s), or - for stdin")
    _add_layout_flags(c, marks=False)
    _add_batch_parser(sub)
    return parser


def _add_cleaning_flags(p: argparse.ArgumentParser) -> None:
    """The `Options` flags shared by `clean` and `batch`."""
    p.add_argument("--min-confidence", type=float, default=_DEFAULTS.min_confidence,
                   metavar="X", help="apply name corrections at or above this confidence "
                   "(default %(default)s); weaker ones are suggestions")
    p.add_argument("--speakers", type=int, metavar="N",
                   help="number of speakers, when inferring turns (1: a single "
                   "narrator, no guessed speaker changes)")
    p.add_argument("--one-voice-text", action="store_true",
                   help="read lowercase plain text as one voice (a news read, a speech), "
                   "as caption files are read, unless it shows an exchange of voices: a "
                   "question put to \"you\", a greeting or thanks answered, a guest "
                   "introduced, a hand-over. Questions the text answers itself (\"what did "
                   "they decide? well, ...\") are none: an interview without those cues "
                   "becomes one voice too (a one-voice warning says so)")
    _add_layout_flags(p)
    p.add_argument("--words-per-minute", type=float, default=_DEFAULTS.words_per_minute,
                   metavar="N",
                   help="speaking rate where no clock line pins the time (default %(default)s)")
    p.add_argument("--no-speaker-labels", action="store_true",
                   help="text/SRT output without speaker labels")
    p.add_argument("--keep-sound-cues", action="store_true",
                   help="keep [applause], (laughter) and other sound cues in the text")
    p.add_argument("--clean-verbatim", action="store_true", help="also drop uh, um")
    for stage, what in _STAGES:
        p.add_argument(f"--no-{stage}", action="store_true",
                       help=f"skip the {stage} stage ({what})")
    p.add_argument("--strict", action="store_true",
                   help="treat warnings as errors (exit 1; batch: the file fails)")


_STAGES = (("names", "names corrected against --names and --reference"),
           ("spelling", "words in no dictionary"),
           ("punctuation", "sentence ends, question marks, commas"),
           ("casing", "sentence starts, names, proper nouns"),
           ("numbers", "ordinals as words"),
           ("artifacts", "sound cues, repeats, cut-off words"),
           ("turns", "speaker turns and labels"))
"""The stages a ``--no-STAGE`` flag skips (`Options`' switches), with what each does."""


def _add_source_flags(p: argparse.ArgumentParser) -> None:
    """The input and the lexicon, shared by `clean` and `review`."""
    p.add_argument("input", help="input file (.txt broadcast text, .srt, .vtt, .json from "
                   "Whisper, .ssa/.ass), or - for stdin")
    p.add_argument("--input-format", choices=sorted(READERS),
                   help="input format (default: detected)")
    p.add_argument("--names", action="append", default=[], metavar="FILE",
                   help="names file: one name per line, '|' between aliases, '#' comments "
                   "(repeatable)")
    p.add_argument("--reference", action="append", default=[], metavar="FILE",
                   help="reference text on the same story (repeatable)")


def _add_review_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("review", help="write a review page (HTML) of every change, with a "
                       "player when --media is given")
    p.add_argument("-o", "--output", default="review.html",
                   help="output HTML file (default %(default)s), or - for stdout")
    _add_source_flags(p)
    p.add_argument("--media", metavar="FILE",
                   help="video or audio of the broadcast: the page gets a player (linked by "
                   "its path relative to the page, not copied into it)")
    p.add_argument("--media-start", type=parse_time_of_day, metavar="TIME",
                   help="wall-clock time at which the media starts, e.g. 5:33 am")
    p.add_argument("--decisions", metavar="FILE",
                   help="apply an earlier review's decisions (the page exports them again "
                   "with the new ones)")
    _add_cleaning_flags(p)  # the same flags as the `clean` run the review is for
    p.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")


_LAYOUT_FLAGS = (("max_line_chars", int, "characters per line"),
                 ("max_lines", int, "lines per cue"),
                 ("max_cps", float, "reading speed, characters per second"),
                 ("min_duration", float, "shortest cue, seconds"),
                 ("max_duration", float, "longest cue, seconds"),
                 ("min_gap", float, "seconds between cues"))


def _add_layout_flags(p: argparse.ArgumentParser, *, marks: bool = True) -> None:
    marked = (": us writes '>> ' before an unnamed speaker's turn in SRT, netflix and bbc "
              "a new cue and '- ' dialogue lines, never '>>'; bbc colours the speakers "
              "(--speaker-colours)") if marks else ""
    p.add_argument("--preset", choices=sorted(CAPTION_PRESETS),
                   help="caption layout preset (default: us, the defaults below; netflix: the "
                        "same numbers; bbc: 37 characters per line, 25 fps frames, a gap of "
                        f"0.08 s){marked}")
    for name, kind, what in _LAYOUT_FLAGS:
        p.add_argument("--" + name.replace("_", "-"), type=kind, metavar="N",
                       help=f"{what} (default {getattr(_DEFAULTS, name):.4g})")
    if not marks:  # (`check` reads cues: no speaker is marked there)
        return
    p.add_argument("--speaker-mark", choices=SPEAKER_MARKS,
                   help="SRT: how a change to a speaker without a name is marked: chevrons "
                        "('>> ' on the turn's first cue, US broadcast; the default), dash "
                        "(a new cue, '- ' lines where two speakers share one)")
    p.add_argument("--speaker-colours", action=argparse.BooleanOptionalAction, default=None,
                   help="WebVTT and SRT: each speaker's text in a colour, as the BBC "
                        "guidelines give them (the speaker on screen longest white, the next "
                        "three yellow, cyan, green, any further one white; only where two "
                        "voices or more speak): a STYLE block and <c.yellow> spans in WebVTT, "
                        "<font color=\"#ffff00\"> in SRT (on under --preset bbc, off else)")


def layout_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """Layout options: explicit flags, else the preset, else the defaults."""
    values = dict(CAPTION_PRESETS[args.preset or "us"])
    for name, _, _ in _LAYOUT_FLAGS:
        if getattr(args, name) is not None:
            values[name] = getattr(args, name)
    if getattr(args, "speaker_mark", None) is not None:
        values["speaker_mark"] = args.speaker_mark
    if getattr(args, "speaker_colours", None) is not None:
        values["speaker_colours"] = args.speaker_colours
    return values


def options_from_args(args: argparse.Namespace) -> Options:
    return Options(
        names=not args.no_names, spelling=not args.no_spelling,
        punctuation=not args.no_punctuation, casing=not args.no_casing,
        numbers=not args.no_numbers, artifacts=not args.no_artifacts, turns=not args.no_turns,
        min_confidence=args.min_confidence,
        suggest_confidence=min(_DEFAULTS.suggest_confidence, args.min_confidence),
        speakers=args.speakers, one_voice_text=getattr(args, "one_voice_text", False),
        media_start=getattr(args, "media_start", None),
        words_per_minute=args.words_per_minute, **layout_from_args(args),
        keep_sound_cues=args.keep_sound_cues, clean_verbatim=args.clean_verbatim,
        strict=args.strict,
        speaker_labels=not getattr(args, "no_speaker_labels", False),
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r} (0: every core)")
    return jobs


def _add_batch_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "batch", help="clean every transcript in a folder, on every core",
        description="Clean every transcript under INPUT into OUTPUT (same relative paths, one "
        "file per format). Each file is cleaned, or fails with one line on stderr (its path, "
        "line and reason), or is skipped: a file whose outputs all exist already is not "
        "cleaned again, so a run stopped by Ctrl-C resumes where it stopped (outputs are "
        "written whole or not at all); --overwrite cleans them again (after a change of "
        "flags or names file). A summary line ends the run; exit 0 when no file failed, 1 "
        "when one did, 2 on a usage error, 130 when interrupted (Ctrl-C), 143 when terminated "
        "(SIGTERM).")
    p.add_argument("input",
                   help="folder of transcripts (.txt, .srt, .vtt, Whisper .json, .ssa/.ass; any "
                   "depth)")
    p.add_argument("output", help="folder for the outputs (same relative paths)")
    p.add_argument("--format", action="append", default=[], metavar="FORMAT",
                   help="text, vtt, srt, json; repeatable or comma-separated (default text)")
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="only the transcripts matching GLOB (repeatable): a pattern with '/' "
                   "matches the path under the input folder, one without matches the file "
                   "name, e.g. '*.txt', 'CNN*', '2020/*'")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="leave out the transcripts matching GLOB (repeatable; as --include)")
    p.add_argument("-j", "--jobs", type=_jobs, default=0,
                   help="worker processes (default 0: every core)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or a Dask cluster (needs transcript-tools[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (--engine dask)")
    p.add_argument("--names", action="append", default=[], metavar="FILE",
                   help="names file: one name per line, '|' between aliases, '#' comments "
                   "(repeatable)")
    p.add_argument("--reference", action="append", default=[], metavar="FILE",
                   help="reference text on the same story (repeatable)")
    _add_cleaning_flags(p)
    p.add_argument("--overwrite", action="store_true",
                   help="clean every file again, replacing outputs that exist (default: skip "
                   "the files whose outputs all exist)")
    p.add_argument("--progress", action="store_true", default=None,
                   help="show a progress bar even when stderr is not a terminal")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no summary line and no warnings (failures are still reported)")
