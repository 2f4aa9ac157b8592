"""Speaker marks in our SRT (rt3): a speaker without a name gets ">> " on the first cue of
each of its turns after another speaker, as broadcast captions mark a change, so a named
speaker's later turn after it reads back as a new turn with its label, not as the unnamed
speaker's words going on under the name. A change inside a sentence gets no mark, nor does a
file of one voice, nor the file's first cue."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import Transcript, clean, read


def srt(blocks: list[tuple[str, str, str]]) -> str:
    return "".join(f"{n}\n{s} --> {e}\n{text}\n\n" for n, (s, e, text) in enumerate(blocks, 1))


def cleaned(tmp_path: Path, text: str, name: str) -> Transcript:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read(path))


def turns(t: Transcript) -> list[tuple[str, str | None, int]]:
    return [(u.speaker, u.label, u.first) for u in t.document.turns]


# a named host, a guest the file does not name (the change marked ">>"), the host again
INTERVIEW = [
    ("00:00:01,000", "00:00:04,500", "TOMASZ WIERZBA: Good evening.\nTonight, the harvest."),
    ("00:00:05,000", "00:00:09,000", "With me from the valley,\nthank you for coming in."),
    ("00:00:09,500", "00:00:13,500", ">> Thanks for having me.\nThe frost came late this year."),
    ("00:00:14,000", "00:00:18,000", "We lost a third\nof the blossom in April."),
    ("00:00:18,500", "00:00:22,500", "TOMASZ WIERZBA: And what\ndoes that do to prices?"),
    ("00:00:23,000", "00:00:27,000", ">> Apples will cost more\nuntil the spring."),
]


def test_interview_srt_cleaned_twice_keeps_its_labels_and_turns(tmp_path: Path) -> None:
    first = cleaned(tmp_path, srt(INTERVIEW), "interview.srt")
    assert [u.label for u in first.document.turns] == [
        "TOMASZ WIERZBA", None, "TOMASZ WIERZBA", None]
    out = first.to_srt()
    # the guest's turns open with ">> ", the host's with the name, each once
    assert out.count(">> ") == 2 and out.count("TOMASZ WIERZBA: ") == 2
    assert "\n>> Thanks for having me." in out and "\n>> Apples will cost more" in out
    assert all(len(line) <= 42 for line in out.splitlines())
    second = cleaned(tmp_path, out, "again.srt")
    assert second.to_srt() == out
    assert [(u.speaker, u.label) for u in second.document.turns] == \
        [(u.speaker, u.label) for u in first.document.turns]
    third = cleaned(tmp_path, second.to_srt(), "third.srt")
    assert turns(third) == turns(second)


def test_without_the_mark_the_host_label_is_lost(tmp_path: Path) -> None:
    # what our SRT wrote before: no mark for the unnamed guest, so a second reading takes
    # the guest's words as the host's and the host's second label as a repeat
    plain = [(s, e, text.removeprefix(">> ")) for s, e, text in INTERVIEW]
    t = cleaned(tmp_path, srt(plain), "plain.srt")
    assert [u.label for u in t.document.turns] == ["TOMASZ WIERZBA"]
    assert ">>" not in t.to_srt()


def test_one_voice_gets_no_mark_and_labels_off_gets_none(tmp_path: Path) -> None:
    one = [("00:00:01,000", "00:00:04,500", "Rain moves in from the west\nthis evening."),
           ("00:00:05,000", "00:00:09,000", "It will be heavy at times\nover the hills."),
           ("00:00:09,500", "00:00:13,500", "By the morning it clears\nto sunny spells."),
           ("00:00:14,000", "00:00:18,000", "Temperatures stay\nclose to average.")]
    t = cleaned(tmp_path, srt(one), "one.srt")
    assert len({u.speaker for u in t.document.turns}) == 1
    assert ">>" not in t.to_srt()
    two = cleaned(tmp_path, srt(INTERVIEW), "interview.srt")
    bare = two.to_srt(speaker_labels=False)
    assert ">>" not in bare and "TOMASZ" not in bare


def test_file_opening_with_an_unnamed_speaker_has_no_mark_on_its_first_cue(
        tmp_path: Path) -> None:
    guest_first = [INTERVIEW[2], INTERVIEW[3], INTERVIEW[4], INTERVIEW[5]]
    guest_first[0] = (guest_first[0][0], guest_first[0][1],
                      guest_first[0][2].removeprefix(">> "))
    out = cleaned(tmp_path, srt(guest_first), "guest.srt").to_srt()
    blocks = out.strip().split("\n\n")
    assert blocks[0].split("\n")[2] == "Thanks for having me."
    assert "\n>> Apples will cost more" in out


def test_a_change_inside_a_sentence_gets_no_mark() -> None:
    from transcript_tools.model import Cue, Document, Turn
    from transcript_tools.writers.srt import write

    source = "so the council said the road will close next week and we asked why"
    words = source.split()
    doc = Document(source=source, tokens=()).replace(
        turns=(Turn(0, 9, "S1"), Turn(9, len(words), "S2")),
        cues=(Cue(0.0, 3.0, ("So the council said the road",), "Speaker 1", 0, 6),
              Cue(3.1, 6.0, ("will close", "next week"), "Speaker 1", 6, 9),
              Cue(6.1, 9.0, ("and we asked why",), "Speaker 2", 9, 13)))
    out = write(doc)
    assert ">>" not in out
    # the same change after a sentence's end is marked
    ended = doc.replace(cues=doc.cues[:1] + (
        Cue(3.1, 6.0, ("will close", "next week."), "Speaker 1", 6, 9),) + doc.cues[2:])
    assert "\n>> and we asked why" in write(ended)
