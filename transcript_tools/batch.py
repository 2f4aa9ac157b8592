"""Many transcripts at once: `clean_many` (an iterator of results in input order) and
`run_batch` (a folder in, a folder of outputs, resumable). Called by the API and the CLI.

Work runs on an engine from `engines` (this process, local processes or Dask); the `Cleaner`
is built once per worker. One bad input is a failed result, never an exception mid-stream.
"""

from __future__ import annotations

import errno
import fnmatch
import io
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Literal, cast

from .api import Cleaner
from .collector import collector_paused
from .engines import Recipe, make_engine, portable
from .errors import InputError, OptionsError, StrictModeError
from .model import Document
from .options import Options
from .readers import EXTENSIONS as INPUT_EXTENSIONS
from .readers import decode, detect_format, parse
from .stream import LARGE_INPUT, clean_chunks, write_chunks_to
from .transcript import Transcript
from .writers import WRITERS, atomic_file, temp_target

EMPTY_RESULT = ("the clean text is empty: the input holds only markup (clock lines, speaker "
                "markers, caption tags) and sound cues")
OUTPUT_SUFFIX = {"text": ".txt", "vtt": ".vtt", "srt": ".srt", "json": ".json"}
FILE_WARNINGS = 10
"""Warnings shown per file in `run_batch`; past these one line says how many more there were
(a page pasted from many recordings can hold thousands of clock warnings)."""


@dataclass(frozen=True, slots=True)
class Result:
    """One item of `clean_many`: its position, what it was (a path, or ``<text N>``), and
    either the `Transcript` or the exception that stopped it."""

    index: int
    name: str
    transcript: Transcript | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def word_count(doc: Document) -> int:
    return sum(1 for t in doc.tokens if t.kind == "word")


# --- clean_many ------------------------------------------------------------------------------

def _is_path(item: Any) -> bool:
    """A path object, or a one-line string naming an existing file or folder, or shaped like
    a transcript's file name (no spaces, a transcript extension): a mistyped path is then
    reported as a missing file, not cleaned as a one-word transcript."""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) >= 4096 or not item:
        return False
    if os.path.exists(item):
        return True
    return not any(c.isspace() for c in item) and Path(item).suffix.lower() in INPUT_EXTENSIONS


def _clean_item(cleaner: Cleaner, item: tuple[int, str, Any, bool]) -> Result:
    index, name, value, is_path = item
    try:
        transcript = cleaner.clean_file(value) if is_path else cleaner.clean(value)
        return Result(index, name, transcript)
    except Exception as exc:  # noqa: BLE001 - reported as this item's result, by contract
        return Result(index, name, error=portable(exc))


def clean_many(paths_or_texts: Iterable[str | os.PathLike[str] | Document], *,
               names: Iterable[str] | None = None, references: Iterable[str] | None = None,
               options: Options | None = None, jobs: int | None = 1,
               engine: str = "local", scheduler: Any = None) -> Iterator[Result]:
    """Clean many transcripts: an iterator of one `Result` per input, in input order, lazily.

    An item is a file when it is a path object, a one-line string naming an existing file,
    or a string shaped like a file name (no spaces, a transcript's extension: a mistyped
    path fails as a missing file); otherwise it is text (or a parsed `Document`). A failure
    does not raise: its `Result` has ``ok == False`` and the exception in ``error`` (errors
    pickle, so this holds across processes). ``jobs``: local processes (1: this process; None:
    every core), each building the lexicon and indexes once. ``engine="dask"`` runs on the
    Dask cluster at ``scheduler`` instead (optional extra ``transcript-tools[dask]``).
    """
    if isinstance(names, str):
        raise InputError("names must be an iterable of names, not one string")
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}; known: local, dask")
    if jobs is not None and jobs < 0:
        raise OptionsError(f"jobs must be 1 or more (0 or None: every core), not {jobs}")
    refs = [references] if isinstance(references, str) else list(references or ())
    recipe = Recipe(tuple(names or ()), tuple(refs), options)
    return _clean_all(paths_or_texts, recipe, jobs, engine, scheduler)


def _clean_all(paths_or_texts: Iterable[Any], recipe: Recipe, jobs: int | None, engine: str,
               scheduler: Any) -> Iterator[Result]:
    """The iterator behind `clean_many`: workers start on the first ``next()``."""
    runner = make_engine(recipe, jobs=jobs, engine=engine, scheduler=scheduler)

    def items() -> Iterator[tuple[int, str, Any, bool]]:
        for i, item in enumerate(paths_or_texts):
            if _is_path(item):
                yield i, os.fspath(item), os.fspath(item), True
            else:
                yield i, f"<text {i}>", item, False

    try:
        yield from runner.map(_clean_item, items())
    except BaseException:  # an interrupt, or the caller dropping the iterator: stop at once
        runner.abort()
        raise
    runner.close()


# --- run_batch: a folder in, a folder out ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class FileJob:
    """One input file's work: its bytes and the formats still to write."""

    name: str
    data: bytes
    formats: tuple[str, ...]
    writer_options: tuple[tuple[str, Any], ...] = ()
    unreadable: str = ""
    """Why the file could not be read, when it could not (reported on the worker's side)."""


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What came back for one file: rendered outputs by format, or an error."""

    name: str
    outputs: tuple[tuple[str, str], ...] = ()
    words: int = 0
    warnings: tuple[tuple[int, str], ...] = ()
    """(line, message) of each warning about the file; line 0 when it has none."""
    error: BaseException | None = None


def render_file(cleaner: Cleaner, job: FileJob) -> FileOutcome:
    """Decode, parse, clean and render one file (runs on a worker)."""
    with collector_paused():
        return _render_file(cleaner, job)


def _render_file(cleaner: Cleaner, job: FileJob) -> FileOutcome:
    try:
        if job.unreadable:
            raise InputError(f"cannot read: {job.unreadable}", path=job.name)
        text, diagnostics = decode(job.data, job.name)
        if not text.strip():
            raise InputError("input is empty", path=job.name)
        if len(text) > LARGE_INPUT and detect_format(text, job.name) in ("broadcast", "srt",
                                                                           "vtt"):
            return _render_large(cleaner, job, text, diagnostics)
        doc = parse(text, path=job.name)
        if diagnostics:
            doc = doc.replace(diagnostics=tuple(diagnostics) + doc.diagnostics)
        try:
            done = cleaner.run(doc)
        except StrictModeError as exc:  # an input warning, raised before the stages
            raise _as_flag(exc, job.name) from None
        if cleaner.options.strict and done.diagnostics:  # as `clean --strict`: any warning
            d = done.diagnostics[0]
            raise StrictModeError(f"{d.message} (--strict)", path=job.name, line=d.line)
        outputs = [(fmt, WRITERS[fmt](done, **_writer_kwargs(job, fmt))) for fmt in job.formats]
        warnings = tuple((d.line, d.message) for d in done.diagnostics)
        if not any(t.kind == "word" for t in done.tokens) or not done.text().strip():
            warnings += ((0, EMPTY_RESULT),)
        return FileOutcome(job.name, tuple(outputs), word_count(done), warnings)
    except Exception as exc:  # noqa: BLE001 - one bad file is reported, never fatal
        return FileOutcome(job.name, error=portable(exc))


def _as_flag(exc: StrictModeError, name: str) -> StrictModeError:
    """The library's strict error as every other of `batch --strict` reads: the warning, then
    "(--strict)", so that a failure that says "... left as they are" tells why it failed."""
    if exc.message.endswith("(--strict)"):
        return exc
    return StrictModeError(f"{exc.message} (--strict)", path=exc.path or name, line=exc.line)


def _writer_kwargs(job: FileJob, fmt: str) -> dict[str, Any]:
    options = dict(job.writer_options)
    return {"speaker_labels": options["speaker_labels"]} \
        if "speaker_labels" in options and fmt in ("text", "srt") else {}


def _render_large(cleaner: Cleaner, job: FileJob, text: str,
                  diagnostics: Sequence[Any]) -> FileOutcome:
    """A file over `stream.LARGE_INPUT` characters, cleaned chunk by chunk as ``clean`` does
    (the same output; memory bounded by a chunk, not the file), each chunk cleaned once and
    written in every format asked for (`stream.write_chunks_to`)."""
    fmt_in = cast(Literal["broadcast", "srt", "vtt"], detect_format(text, job.name))
    if cleaner.options.strict and diagnostics:
        raise StrictModeError(f"{diagnostics[0].message} (--strict)", path=job.name,
                              line=diagnostics[0].line)
    warnings = [(d.line, d.message) for d in diagnostics]
    words = 0

    def chunks() -> Iterator[Any]:
        nonlocal words
        for chunk in clean_chunks(text, cleaner, path=job.name, format=fmt_in):
            found = chunk.transcript.document.diagnostics
            if cleaner.options.strict and found:
                raise StrictModeError(f"{found[0].message} (--strict)", path=job.name,
                                      line=found[0].line)
            words += word_count(chunk.transcript.document)
            warnings.extend((d.line, d.message) for d in found)
            yield chunk

    outs = [io.StringIO() for _ in job.formats]
    try:
        write_chunks_to(chunks(), [(fmt, out, _writer_kwargs(job, fmt))
                                   for fmt, out in zip(job.formats, outs, strict=True)])
    except StrictModeError as exc:
        raise _as_flag(exc, job.name) from None
    outputs = tuple((fmt, out.getvalue()) for fmt, out in zip(job.formats, outs, strict=True))
    return FileOutcome(job.name, outputs, words, tuple(warnings))


@dataclass(slots=True)
class Summary:
    """Counts of a batch run."""

    files: int = 0
    done: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    warned: int = 0
    """Files cleaned with at least one warning (counted in ``done``)."""
    started: float = 0.0
    """`time.perf_counter` when the cleaning started (``seconds`` is set from it at the end)."""
    removed: int = 0
    """Temporary files of an earlier run's unfinished writes removed (`remove_stale_temp`)."""

    def line(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        wps = self.words / self.seconds if self.seconds else 0.0
        warned = f" ({self.warned} with warnings)" if self.warned else ""
        removed = (f"; {self.removed} temporary file{'s' if self.removed != 1 else ''} of an "
                   "unfinished write removed (.NAME.XXXXXXXX.tmp beside an output)"
                   if self.removed else "")
        return (f"{self.files} file{'s' if self.files != 1 else ''}: {self.done} cleaned"
                f"{warned}, {self.skipped} already done, {len(self.failed)} failed{removed}; "
                f"{self.words:,} words in {self.seconds:.2f} s ({rate:.1f} files/s, "
                f"{wps:,.0f} words/s)")


def input_files(in_dir: Path, out_dir: Path | None = None, include: Sequence[str] = (),
                exclude: Sequence[str] = ()) -> list[Path]:
    """Transcript files under ``in_dir`` (any depth, known extensions), sorted; none under
    ``out_dir`` when it lies inside ``in_dir`` (earlier outputs are not inputs). With
    ``include``, only files matching one of its glob patterns; none matching one of
    ``exclude`` (`matches`)."""
    skip = None
    if out_dir is not None and out_dir.resolve().is_relative_to(in_dir.resolve()):
        skip = in_dir / out_dir.resolve().relative_to(in_dir.resolve())
    return sorted(p for p in in_dir.rglob("*")
                  if (p.is_file() or _broken_link(p)) and p.suffix.lower() in INPUT_EXTENSIONS
                  and not p.name.startswith(".")
                  and (skip is None or not p.is_relative_to(skip))
                  and (not include or matches(p.relative_to(in_dir), include))
                  and not (exclude and matches(p.relative_to(in_dir), exclude)))


def _broken_link(path: Path) -> bool:
    """A symbolic link whose target is missing or a loop: listed as an input (it then fails,
    saying so), not left out without a word."""
    return path.is_symlink() and not path.exists()


def _unreadable(path: Path, exc: OSError) -> str:
    """Why ``path`` could not be read, in a user's words."""
    if _broken_link(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        loop = exc.errno == errno.ELOOP
        return (f"a symbolic link to {target}, " +
                ("a loop of links" if loop else "which does not exist"))
    return str(exc.strerror or exc)


def matches(relative: PurePath, patterns: Sequence[str]) -> bool:
    """Whether a path under the input folder matches one of the glob ``patterns``
    (`fnmatch`, case as the file system gives it): a pattern holding "/" is matched against
    the whole relative path ("2020/*.txt", "*/cnn/*"; its "*" crosses folders), one without
    against the file name alone ("*.srt", "KQED*")."""
    path, name = relative.as_posix(), relative.name
    return any(fnmatch.fnmatchcase(path if "/" in pat else name, pat) for pat in patterns)


def output_paths(files: Sequence[Path], in_dir: Path, out_dir: Path,
                 formats: Sequence[str], among: Sequence[Path] | None = None
                 ) -> list[dict[str, Path]]:
    """Where each file's outputs go: same relative path, the format's suffix; when two inputs
    would collide (``a.txt`` and ``a.srt`` to ``a.vtt``) both keep their suffix (``a.srt.vtt``).
    ``among``: the files whose names count for a collision (default ``files``); `run_batch`
    gives every transcript of the folder, so ``--include``/``--exclude`` never rename a file's
    outputs (a filtered run, then a full one, would clean ``a.srt`` twice under two names)."""
    stems = [f.relative_to(in_dir).with_suffix("") for f in files]
    seen: dict[Path, int] = {}
    for s in (stems if among is None else
              [f.relative_to(in_dir).with_suffix("") for f in among]):
        seen[s] = seen.get(s, 0) + 1
    out = []
    for f, stem in zip(files, stems, strict=False):
        base = stem if seen.get(stem, 0) <= 1 else f.relative_to(in_dir)
        out.append({fmt: out_dir / (str(base) + OUTPUT_SUFFIX[fmt]) for fmt in formats})
    return out


STALE_TEMP_SECONDS = 5.0
"""A temporary file younger than this is left alone by `remove_stale_temp`: another run may
still be writing it (one output's write takes milliseconds)."""


def remove_stale_temp(targets: Sequence[dict[str, Path]]) -> list[Path]:
    """Remove the temporary files that an earlier run killed mid-write (SIGKILL, a power cut)
    left beside this run's outputs: only files named as `writers.atomic_file` names them,
    ``.NAME.XXXXXXXX.tmp`` where NAME is one of this run's output files in that folder, not
    symbolic links, not modified in the last `STALE_TEMP_SECONDS`. Any other file is left as
    it is. The paths removed."""
    wanted: dict[Path, set[str]] = {}
    for outs in targets:
        for path in outs.values():
            wanted.setdefault(path.parent, set()).add(path.name)
    removed = []
    now = time.time()
    for folder, names in wanted.items():
        try:
            entries = list(os.scandir(folder))
        except OSError:  # not made yet (or unreadable: writing there will say so)
            continue
        for entry in entries:
            if temp_target(entry.name) not in names:
                continue
            try:
                if not entry.is_file(follow_symlinks=False) \
                        or now - entry.stat(follow_symlinks=False).st_mtime < STALE_TEMP_SECONDS:
                    continue
                os.unlink(entry.path)
            except OSError:  # gone meanwhile, or not ours to remove: left
                continue
            removed.append(Path(entry.path))
    return removed


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` via a temp file in the same folder and `os.replace`: never half a file
    (`writers.atomic_file`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_file(path, lambda out: out.write(text))


def run_batch(in_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str],
              formats: Sequence[str] = ("text",), *, names: Iterable[str] | None = None,
              references: Iterable[str] | None = None, options: Options | None = None,
              jobs: int | None = None, engine: str = "local", scheduler: Any = None,
              speaker_labels: bool | None = None,
              report: Callable[[str], None] | None = None,
              progress: Any = None, warn: Callable[[str], None] | None = None,
              include: Sequence[str] = (), exclude: Sequence[str] = (),
              overwrite: bool = False, summary: Summary | None = None) -> Summary:
    """Clean every transcript under ``in_dir`` into ``out_dir`` in each of ``formats``.

    Files whose outputs all exist are skipped (so an interrupted run resumes; outputs made
    with other flags are kept), unless ``overwrite``; outputs are written atomically, and the
    temporary files of a write that an earlier run was killed in are removed first
    (`remove_stale_temp`, counted in ``Summary.removed``). A file
    that fails is passed to ``report`` as one line (its path, line and reason) and skipped;
    each warning about a file goes to ``warn`` as ``path:line: warning: message`` (the first
    `FILE_WARNINGS` of a file, then one line counting the rest). With ``options.strict`` a
    file with any warning fails (as with ``clean --strict``). ``out_dir`` may lie inside
    ``in_dir`` (its files are then not inputs) but not be it, and no output may be an input.
    ``progress`` is an object with ``update(n)`` and ``set_postfix_str(s)`` (a tqdm bar), or
    None; a bar whose ``total`` is None gets the number of input files once the folder is
    walked. ``include`` and ``exclude``: glob patterns choosing the files (`input_files`).
    ``summary``: a `Summary` to fill in as the run goes (a caller that catches an interrupt
    still has the counts so far); the one returned.
    """
    src, dst = Path(in_dir), Path(out_dir)
    if not src.exists():
        raise InputError("no such directory", path=str(src))
    if not src.is_dir():
        raise InputError("not a directory", path=str(src))
    if dst.exists() and not dst.is_dir():
        raise InputError("not a directory (the output folder)", path=str(dst))
    if dst.resolve() == src.resolve():
        raise OptionsError("the output folder is the input folder: choose another one (the "
                           "outputs would be read as inputs on the next run)", path=str(dst))
    for fmt in formats:
        if fmt not in OUTPUT_SUFFIX:
            raise InputError(f"unknown output format {fmt!r}; known: {', '.join(OUTPUT_SUFFIX)}")
    files = input_files(src, dst, include, exclude)
    every = input_files(src, dst) if include or exclude else files
    targets = output_paths(files, src, dst, formats, every)
    _refuse_inputs_as_outputs(files, targets)
    summary = summary if summary is not None else Summary()
    summary.files = len(files)
    summary.removed = len(remove_stale_temp(targets))
    if progress is not None and getattr(progress, "total", 0) is None:
        progress.total = len(files)  # a bar made before the folder was walked: its size now
        progress.refresh()
    writer_options = (("speaker_labels", speaker_labels),) if speaker_labels is not None else ()
    by_name: dict[str, dict[str, Path]] = {}
    pending: list[tuple[Path, tuple[str, ...]]] = []
    for f, outs in zip(files, targets, strict=False):
        missing = tuple(fmt for fmt in formats if overwrite or not outs[fmt].exists())
        if missing:
            pending.append((f, missing))
            by_name[str(f)] = outs
        else:
            summary.skipped += 1
    if progress is not None and summary.skipped:
        progress.update(summary.skipped)

    def jobs_iter() -> Iterator[FileJob]:
        for f, missing in pending:
            try:
                yield FileJob(str(f), f.read_bytes(), missing, writer_options)
            except OSError as exc:
                yield FileJob(str(f), b"", missing, writer_options, _unreadable(f, exc))

    summary.started = time.perf_counter()
    try:
        if pending:
            refs = [references] if isinstance(references, str) else list(references or ())
            recipe = Recipe(tuple(names or ()), tuple(refs), options)
            runner = make_engine(recipe, jobs=jobs, engine=engine, scheduler=scheduler)
            try:
                for outcome in runner.map(render_file, jobs_iter()):
                    _take(outcome, by_name, summary, report, warn)
                    if progress is not None:
                        elapsed = time.perf_counter() - summary.started
                        progress.update(1)
                        if elapsed > 0:
                            progress.set_postfix_str(f"{summary.words / elapsed:,.0f} words/s")
            except BaseException:  # an interrupt: stop the workers now, not after their files
                runner.abort()
                raise
            runner.close()
    finally:
        summary.seconds = time.perf_counter() - summary.started
    return summary


def _take(outcome: FileOutcome, by_name: dict[str, dict[str, Path]], summary: Summary,
          report: Callable[[str], None] | None, warn: Callable[[str], None] | None) -> None:
    """One file's outcome: its failure reported, or its warnings and outputs written."""
    if outcome.error is not None:
        summary.failed.append((outcome.name, str(outcome.error)))
        if report is not None:
            report(f"{outcome.error}" if outcome.name in str(outcome.error)
                   else f"{outcome.name}: {outcome.error}")
        return
    try:
        for fmt, text in outcome.outputs:
            write_atomic(by_name[outcome.name][fmt], text)
    except OSError as exc:
        if exc.errno in STOP_WRITING:
            raise
        message = _write_error(exc, by_name[outcome.name][fmt])
        summary.failed.append((outcome.name, message))
        if report is not None:
            report(f"{outcome.name}: {message}")
        return
    if warn is not None:
        for line, message in outcome.warnings[:FILE_WARNINGS]:
            where = f"{outcome.name}:{line}" if line else outcome.name
            warn(f"{where}: warning: {message}")
        if len(outcome.warnings) > FILE_WARNINGS:
            more = len(outcome.warnings) - FILE_WARNINGS
            warn(f"{outcome.name}: warning: {more:,} more warning(s) not shown (clean the "
                 "file alone to see every one)")
    summary.done += 1
    summary.warned += bool(outcome.warnings)
    summary.words += outcome.words


STOP_WRITING = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})
"""Write errors that stop a run (every later file would fail the same way); any other (a file
where a folder of the output tree should be, a name too long) fails that file alone."""


def _write_error(exc: OSError, target: Path) -> str:
    """Why an output could not be written, in a user's words."""
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and exc.filename \
            and os.path.isfile(exc.filename) and str(target) != exc.filename:
        return f"cannot write {target}: {exc.filename} is a file, where a folder should be"
    return f"cannot write {target}: {exc.strerror or exc}"


def _refuse_inputs_as_outputs(files: Sequence[Path], targets: Sequence[dict[str, Path]]) -> None:
    """An output that would be one of the inputs (an input folder inside the output folder,
    text written as ``.txt`` over a transcript of the same relative path) is refused before
    anything is written: it would be taken as done, or overwritten."""
    inputs = {os.path.realpath(f): f for f in files}
    for f, outs in zip(files, targets, strict=False):
        for path in outs.values():
            hit = inputs.get(os.path.realpath(path))
            if hit is not None:
                raise OptionsError(f"the output for {f} would be the input {hit}: choose an "
                                   "output folder that holds no input", path=str(path))


def progress_bar(total: int | None, enabled: bool | None) -> Any:
    """A tqdm bar on stderr (files/s, words/s), when enabled or (None) when stderr is a TTY.
    ``total`` None: `run_batch` sets it when it has listed the input files (one walk of the
    folder, not two)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes can still be forked
    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)
