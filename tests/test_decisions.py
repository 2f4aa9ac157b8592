"""Review decisions: rejected corrections are withdrawn, accepted suggestions become edits,
later stages build on the decided text, and the provenance invariants still hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import transcript_tools as tt
from transcript_tools.cli import main
from transcript_tools.decisions import ACCEPTED_RULE, Decision, Decisions, source_digest
from transcript_tools.model import Document

from .conftest import EXAMPLES

SAMPLE = EXAMPLES / "broadcast_interview_2020-10.txt"
NAMES = EXAMPLES / "names_interview_2020-10.txt"


def suggest_every(step: int):  # type: ignore[no-untyped-def]
    """A stand-in for a stage that makes suggestions: every ``step``-th word of four or more
    letters is suggested in capitals (the real stages' suggestions depend on their state)."""
    def stage(doc: Document) -> Document:
        ed = doc.editor()
        words = [p for p in doc.pieces() if p.text.isalpha() and len(p.text) >= 4]
        for p in words[::step]:
            ed.suggest([p], p.text.upper(), "spelling", "test-suggest", 0.5)
        return ed.finish()
    return stage


def respell_first_word(doc: Document) -> Document:
    """A stand-in spelling stage: doubles the last letter of the first word, lowercase, so
    that casing later capitalises it in an edit that contains this one."""
    ed = doc.editor()
    first = next(p for p in doc.pieces() if p.text.isalpha())
    ed.replace([first], first.text.lower() + first.text[-1].lower(), "spelling", "test-respell")
    return ed.finish()


def cleaner_with(stage, before: str = "timing") -> tt.Cleaner:  # type: ignore[no-untyped-def]
    cleaner = tt.Cleaner(NAMES.read_text(encoding="utf-8").splitlines())
    names = [name for name, _ in cleaner.stages]
    cleaner.stages.insert(names.index(before), ("test", stage))
    return cleaner


def check_provenance(t: tt.Transcript) -> None:
    src = t.source
    for e in t.corrections + t.suggestions:
        assert src[e.start:e.end] == e.original
        assert 0.0 <= e.confidence <= 1.0
    assert tt.apply_edits(src, t.corrections) == t.text


@pytest.fixture(scope="module")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_rejected_correction_is_not_applied(sample: str) -> None:
    cleaner = tt.Cleaner(NAMES.read_text(encoding="utf-8").splitlines())
    plain = cleaner.clean(sample)
    target = next(e for e in plain.corrections if e.kind == "case" and e.start > 1000)
    review = Decisions((Decision.of(target, "correction", "reject"),),
                       source_digest(sample))
    decided = cleaner.clean(sample, decisions=review)
    check_provenance(decided)
    assert target not in decided.corrections
    assert len(decided.corrections) == len(plain.corrections) - 1
    assert decided.document.rendering().text(target.start, target.end) == target.original
    assert decided.metadata["review"] == {"decisions": 1, "applied": 1, "unmatched": 0}
    assert not decided.warnings


def test_accepted_suggestion_becomes_an_edit_later_stages_see(sample: str) -> None:
    cleaner = cleaner_with(suggest_every(50))
    plain = cleaner.clean(sample)
    ours = [s for s in plain.suggestions if s.rule == "test-suggest"]
    assert len(ours) > 5
    take, drop = ours[2], ours[3]
    review = Decisions((Decision.of(take, "suggestion", "accept"),
                        Decision.of(drop, "suggestion", "reject")))
    decided = cleaner.clean(sample, decisions=review)
    check_provenance(decided)
    made = [e for e in decided.corrections if e.rule == ACCEPTED_RULE]
    assert [(m.start, m.end, m.original, m.replacement, m.kind) for m in made] == \
        [(take.start, take.end, take.original, take.replacement, take.kind)]
    assert "test-suggest" in made[0].note and made[0].confidence == 1.0
    assert take.replacement in decided.text
    assert take not in decided.suggestions and drop not in decided.suggestions
    assert len(decided.suggestions) == len(plain.suggestions) - 2
    # timing and layout ran on the decided text: the cues carry the accepted word.
    assert any(take.replacement in cue.text for cue in decided.cues)


def test_rejecting_a_chain_restores_the_earlier_reading(sample: str) -> None:
    cleaner = cleaner_with(respell_first_word, before="sentences")
    plain = cleaner.clean(sample)
    inner = next(e for e in plain.corrections if e.rule == "test-respell")
    outer = [e for e in plain.corrections if e.start <= inner.start and inner.end <= e.end
             and e is not inner]
    assert outer, "casing should have capitalised the respelt word"
    review = Decisions(tuple(Decision.of(e, "correction", "reject") for e in [inner, *outer]))
    decided = cleaner.clean(sample, decisions=review)
    check_provenance(decided)
    assert inner not in decided.corrections
    # Casing still capitalises the sentence start, now over the original word; the outer
    # decision matched nothing, explained by the inner rejection, so no warning.
    assert decided.text.split()[0] == inner.original[:1].upper() + inner.original[1:]
    assert not decided.warnings


def test_unmatched_decision_is_reported(sample: str) -> None:
    ghost = Decision("suggestion", "accept", 0, 2, sample[:2], "XX", "name", "nowhere")
    decided = tt.clean(sample, decisions=Decisions((ghost,)))
    assert decided.metadata["review"]["unmatched"] == 1
    assert any("matched no edit" in w for w in decided.warnings)
    assert decided.text == tt.clean(sample).text


def test_decisions_for_another_source_are_refused(sample: str) -> None:
    with pytest.raises(tt.InputError, match="different source"):
        tt.clean(sample, decisions=Decisions((), source_digest(sample + " ")))


def test_conflicting_acceptance_stays_a_suggestion(sample: str) -> None:
    def overlapping(doc: Document) -> Document:
        ed = doc.editor()
        words = [p for p in doc.pieces() if p.text.isalpha()]
        ed.replace(words[10:12], "two words", "spelling", "test-edit")
        ed.suggest(words[11:13], "other words", "spelling", "test-suggest", 0.4)
        return ed.finish()
    cleaner = cleaner_with(overlapping)
    plain = cleaner.clean(sample)
    first = next(s for s in plain.suggestions if s.rule == "test-suggest")
    review = Decisions((Decision.of(first, "suggestion", "accept"),))
    decided = cleaner.clean(sample, decisions=review)
    check_provenance(decided)
    assert first in decided.suggestions
    assert any("partly overlaps" in w for w in decided.warnings)


def test_file_round_trip_and_malformed_files(tmp_path: Path, sample: str) -> None:
    plain = tt.clean(sample)
    review = Decisions((Decision.of(plain.corrections[30], "correction", "reject"),),
                       source_digest(sample))
    path = tmp_path / "decisions.json"
    path.write_text(review.dumps(), encoding="utf-8")
    assert Decisions.load(path) == review
    with pytest.raises(tt.InputError, match="schema"):
        Decisions.loads('{"schema": "other"}')
    with pytest.raises(tt.InputError, match="not JSON"):
        Decisions.loads("{")
    bad = review.to_dict()
    bad["decisions"][0]["decision"] = "maybe"
    with pytest.raises(tt.InputError, match="decision 1 is malformed"):
        Decisions.from_dict(bad)
    with pytest.raises(tt.InputError, match="cannot read"):
        Decisions.load(tmp_path / "absent.json")


def test_cli_clean_applies_decisions(tmp_path: Path, sample: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plain.json"
    assert main(["clean", str(SAMPLE), "--names", str(NAMES), "-o", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    rejected = [c for c in record["corrections"] if c["kind"] == "case"][:3]
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({
        "schema": "transcript-tools-decisions/1",
        "source": {"sha256": source_digest(sample)},
        "decisions": [dict(c, target="correction", decision="reject") for c in rejected],
    }), encoding="utf-8")
    out2 = tmp_path / "decided.json"
    assert main(["clean", str(SAMPLE), "--names", str(NAMES), "--decisions",
                 str(decisions), "-o", str(out2)]) == 0
    decided = json.loads(out2.read_text(encoding="utf-8"))
    assert len(decided["corrections"]) == len(record["corrections"]) - 3
    assert decided["metadata"]["review"]["applied"] == 3
    assert main(["clean", str(SAMPLE), "--decisions", str(tmp_path / "none.json")]) == 1
    assert "none.json" in capsys.readouterr().err
