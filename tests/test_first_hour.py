"""What a new user tries in the first hour that the README does not show: a saved web page or a
PDF given as a reference or a names file, a file name passed to `clean` as if it were the
text, a names file written on Windows. Each refusal is one line naming the file and what to do,
with exit code 1 and no traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import transcript_tools as tt
from transcript_tools.cli import main

TEXT = "7:02 pm\n>> the harbour master in oban said the ferry to mull was late again\n"
PAGE = ("<!DOCTYPE html>\n<html><head><title>Ferry Delays | Coast News</title>"
        "<script>window.SiteConfig = {AdsOn: true}; NavMenu.Init();</script></head>"
        "<body><nav>Sign In | Cookie Settings</nav><p>Harbour master Eilidh MacLeod said the "
        "Oban ferry was late.</p></body></html>\n")


def _files(tmp_path: Path) -> tuple[Path, Path]:
    src = tmp_path / "show.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.txt"
    return src, out


@pytest.mark.parametrize("command", ["clean", "review", "batch"])
def test_a_saved_web_page_as_reference_is_refused_by_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    src, out = _files(tmp_path)
    ref = tmp_path / "article.html"
    ref.write_text(PAGE, encoding="utf-8")
    args = ([command, str(src), "-o", str(out)] if command != "batch" else
            [command, str(tmp_path), str(tmp_path / "out"), "--include", "show.txt"])
    assert main([*args, "--reference", str(ref)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{ref}: an HTML page, not the article's text" in err
    assert not out.exists()


def test_the_article_text_itself_is_still_a_reference(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = _files(tmp_path)
    ref = tmp_path / "article.txt"
    # text that merely mentions a tag is no web page
    ref.write_text("Harbour master Eilidh MacLeod said <html> tags were in the Oban ferry "
                   "notice.\n",
                   encoding="utf-8")
    assert main(["clean", str(src), "--reference", str(ref), "-o", str(out)]) == 0
    assert "Oban" in out.read_text(encoding="utf-8")


def test_the_library_refuses_a_web_page_reference_naming_its_index() -> None:
    with pytest.raises(tt.InputError, match=r"references\[1\]: an HTML page"):
        tt.clean(TEXT, references=["Eilidh MacLeod spoke.", "  <html><body>x</body></html>"])
    # an article that opens with a comment-like line is text
    assert tt.clean(TEXT, references=["<!-- draft --> Eilidh MacLeod spoke."]).text


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF document"),  # all ASCII
    (b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "an RTF document"),
])
@pytest.mark.parametrize("role", ["input", "--reference", "--names"])
def test_a_word_processor_or_pdf_file_is_named_for_what_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], head: bytes, kind: str,
        role: str) -> None:
    src, out = _files(tmp_path)
    doc = tmp_path / "file.txt"   # the extension does not matter: the bytes say what it is
    doc.write_bytes(head + b"the rest of the file\n" * 20)
    args = (["clean", str(doc)] if role == "input" else ["clean", str(src), role, str(doc)])
    assert main([*args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{doc}: {kind}" in err and "plain" in err
    assert not out.exists()


def test_the_library_names_a_pdf_too(tmp_path: Path) -> None:
    doc = tmp_path / "show.txt"
    doc.write_bytes(b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n")
    with pytest.raises(tt.InputError, match="a PDF document, not text"):
        tt.read(doc)
    # text that happens to mention a PDF is text
    doc.write_text("%PDF is what the archive\nsaid the file was\n", encoding="utf-8")
    assert tt.read(doc).tokens


@pytest.mark.parametrize("name", ["show.txt", "../captions/ep1.SRT", "in/a.vtt", "x.json"])
def test_clean_refuses_a_file_name_given_as_the_text(name: str) -> None:
    with pytest.raises(tt.InputError, match="is a file name, not a transcript's text"):
        tt.clean(name)
    with pytest.raises(tt.InputError, match="file name"):
        tt.Cleaner().clean(name)


@pytest.mark.parametrize("text", ["report.", "version 2.0", "see notes.txt for more", "v2.0",
                                  "the file show.txt\n"])
def test_clean_still_cleans_text_that_only_mentions_a_file(text: str) -> None:
    assert tt.clean(text).text


def test_clean_file_and_clean_of_read_are_the_file_ways(tmp_path: Path) -> None:
    src, _ = _files(tmp_path)
    assert tt.Cleaner().clean_file(src).text == tt.clean(tt.read(src)).text
    assert tt.clean(tt.read(str(src))).text.startswith("The harbour master")


def test_a_names_string_says_how_to_read_a_names_file() -> None:
    with pytest.raises(tt.InputError, match=r"read\(\)\.splitlines\(\)"):
        tt.clean(TEXT, names="names.txt")  # type: ignore[arg-type]


def test_a_windows_names_file_with_bom_comments_and_blank_lines_reads_as_its_names(
        tmp_path: Path) -> None:
    src, out = _files(tmp_path)
    names = tmp_path / "names.txt"
    names.write_bytes("\ufeff# the story's people\r\n\r\nEilidh MacLeod  \r\n   # a note\r\n"
                      "Oban | Obanite\r\n\r\n".encode())
    plain = tmp_path / "plain.txt"
    plain.write_text("Eilidh MacLeod\nOban | Obanite\n", encoding="utf-8")
    out2 = tmp_path / "out2.txt"
    assert main(["clean", str(src), "--names", str(names), "-o", str(out), "-q"]) == 0
    assert main(["clean", str(src), "--names", str(plain), "-o", str(out2), "-q"]) == 0
    assert out.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    assert "Oban" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_names_file_saved_as_windows_unicode_reads_by_its_byte_order_mark(
        tmp_path: Path, encoding: str) -> None:
    src, out = _files(tmp_path)
    names = tmp_path / "names.txt"
    bom = "\ufeff" if encoding == "utf-16-be" else ""   # the others write their own mark
    names.write_bytes((bom + "# people\r\nOban | Obanite\r\n").encode(encoding))
    assert main(["clean", str(src), "--names", str(names), "-o", str(out), "-q"]) == 0
    assert "Oban" in out.read_text(encoding="utf-8")


def test_a_names_file_without_a_mark_must_still_be_utf8(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = _files(tmp_path)
    names = tmp_path / "names.txt"
    names.write_bytes("Eilidh MacLeod\nJosé Martí\n".encode("cp1252"))
    assert main(["clean", str(src), "--names", str(names), "-o", str(out)]) == 1
    assert f"{names}:2: names file is not UTF-8" in capsys.readouterr().err
    names.write_bytes(b"\xff\xfeA\x00\x00\xd8")   # a mark, then a broken surrogate
    assert main(["clean", str(src), "--names", str(names), "-o", str(out)]) == 1
    assert "not valid UTF-16 after its byte-order mark" in capsys.readouterr().err


def test_names_from_stdin_is_a_usage_error_saying_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = _files(tmp_path)
    assert main(["clean", str(src), "--names", "-", "-o", str(out)]) == 2
    assert "--names takes a file, not - (stdin)" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "said"), [
    (["clean", "{src}", "--min-confidence", "2"], "--min-confidence must be within 0..1"),
    (["clean", "{src}", "--max-line-chars", "3"], "--max-line-chars must be at least 10"),
    (["clean", "{src}", "--min-duration", "9", "--max-duration", "2"],
     "0 < --min-duration <= --max-duration"),
    (["batch", "{dir}", "{dir}/out", "--max-cps", "0"], "--max-cps must be positive, not 0"),
    (["clean", "{src}", "--words-per-minute", "-5"],
     "--words-per-minute must be positive, not -5"),
])
def test_an_out_of_range_flag_is_named_as_the_flag(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str) -> None:
    src, _ = _files(tmp_path)
    args = [a.format(src=src, dir=tmp_path) for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err == f"transcript-tools: error: {err.split('error: ', 1)[1]}"
    assert said in err and "_" not in err.split("error: ", 1)[1]


def test_batch_refuses_a_scheduler_without_the_dask_engine(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _files(tmp_path)
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path), str(out), "--scheduler", "tcp://10.0.0.5:8786"]) == 2
    assert "--scheduler is for --engine dask" in capsys.readouterr().err
    assert not out.exists()   # nothing ran on this machine instead


def test_batch_reads_substation_alpha_files_as_its_help_says(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ep1.ass").write_text(
        "[Script Info]\nTitle: x\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, "
        "MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,the "
        "harbour master in oban spoke\n", encoding="utf-8")
    (src / "notes.md").write_text("not a transcript\n", encoding="utf-8")
    assert main(["batch", str(src), str(tmp_path / "out"), "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ep1.txt"]
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    assert ".ssa/.ass" in capsys.readouterr().out


def test_a_path_in_a_usage_error_is_not_taken_for_a_flag(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "speakers"
    folder.mkdir()
    src = folder / "max_cps.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(src), "-o", str(src)]) == 2
    err = capsys.readouterr().err
    assert f"{src}: the output would overwrite the input {src}" in err and "--" not in err


def test_a_names_line_without_its_main_form_is_a_warning_on_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A line opening with '|' has its first alias read as the main form: said once, on its
    line; a comment or an ordinary 'Main | alias' line is no warning; --strict stops there."""
    src, out = _files(tmp_path)
    names = tmp_path / "names.txt"
    names.write_text("# harbour names\nEilidh MacLeod | MacLeod\n| Oban Ferry\n|   # empty\n"
                     "Isle of Mull | Mull\n", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(out), "--names", str(names)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{names}:3: warning: no name before '|' (a line is 'Main | alias | ...'); "
                   "'Oban Ferry' is taken as the main form"]
    assert main(["clean", str(src), "-o", str(tmp_path / "o2.txt"), "--names", str(names),
                 "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"transcript-tools: error: {names}:3: ")
    names.write_text("Eilidh MacLeod | MacLeod\nIsle of Mull | Mull # the island\n",
                     encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "o3.txt"), "--names", str(names),
                 "--strict"]) == 0
    assert capsys.readouterr().err == ""


SRT = ("1\n00:00:01,000 --> 00:00:03,000\nthe ferry to mull was late\n\n"
       "2\n00:00:03,200 --> 00:00:05,500\nthe harbour master said so\n")
VTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nthe ferry to mull was late\n\n"
       "00:00:03.200 --> 00:00:05.500\nthe harbour master said so\n")


@pytest.mark.parametrize(("name", "text", "holds", "named"),
                         [("show.vtt", SRT, "SRT", "WebVTT"), ("show.srt", VTT, "WebVTT", "SRT")])
def test_a_caption_file_under_the_other_caption_extension_is_read_by_its_content(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, holds: str,
        named: str) -> None:
    """A renamed download (SRT saved as .vtt, WebVTT as .srt) was refused as a broken file of
    its name's format; it is read by its content, with one warning on line 1 saying so and
    what a player will do; the same cues as the rightly named file."""
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    right = tmp_path / ("right.srt" if holds == "SRT" else "right.vtt")
    right.write_text(text, encoding="utf-8")
    doc = tt.read(src)
    assert [d.code for d in doc.diagnostics] == ["misnamed"]
    cleaned = tt.clean(doc)
    assert cleaned.text == tt.clean(tt.read(right)).text
    assert [c.text for c in cleaned.cues] == [c.text for c in tt.clean(tt.read(right)).cues]
    assert "ferry" in cleaned.text and "harbour master" in cleaned.text
    out = tmp_path / "out.txt"
    assert main(["clean", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (f"{src}:1: warning: the file holds {holds} cues, not {named}: read as "
                      f"{holds} (a player goes by the name: rename it "
                      f".{'srt' if holds == 'SRT' else 'vtt'})")
    assert main(["clean", str(src), "-o", str(tmp_path / "o2.txt"), "--strict"]) == 1
    assert not [d for d in tt.read(right).diagnostics if d.code == "misnamed"]


def test_broadcast_text_named_vtt_is_still_refused_on_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "show.vtt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{src}:1: WebVTT file must start with 'WEBVTT'" in err


@pytest.mark.parametrize(("extra", "said"), [
    (["-", "--reference", "-"], "stdin (-) can be read once"),
    (["{src}", "--reference", "-", "--reference", "-"], "stdin (-) can be read once"),
    (["{src}", "--decisions", "-"], "--decisions takes a file, not - (stdin)"),
])
def test_stdin_is_read_once_and_never_for_decisions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        extra: list[str], said: str) -> None:
    """`clean - --reference -` read stdin for the reference, then said the transcript was
    empty; `--decisions -` said "-: no such file". Each is one usage-error line now."""
    src, out = _files(tmp_path)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(
        io.BytesIO(TEXT.encode())))
    assert main(["clean", *[a.format(src=src) for a in extra], "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and not out.exists()


def test_one_reference_from_stdin_is_still_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = _files(tmp_path)
    article = "Harbour master Eilidh MacLeod said the Oban ferry was late.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(
        io.BytesIO(article.encode())))
    assert main(["clean", str(src), "--reference", "-", "-o", str(out)]) == 0
    assert "Oban" in out.read_text(encoding="utf-8")


def test_an_srt_file_of_cues_without_text_is_refused_on_its_first_timing_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Was "malformed SRT input: no cue could be read", with no line."""
    src = tmp_path / "blank.srt"
    src.write_text("\n1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,500 --> 00:00:03,000\n\n",
                   encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert err == (f"transcript-tools: error: {src}:3: no cue could be read: no cue has text "
                   "after its timing line\n")
    src.write_text("1\n00:00:01,000 --> 00:00:02,000\nthe tide came in\n", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out.txt")]) == 0
