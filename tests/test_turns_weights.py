"""The turn decoder's weights: the shipped file, the decoder's score as a dot product of the
weights with a path's features (what the trainer in evaluation/ relies on), and learning."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest

from transcript_tools.boundaries import GAP_FEATURES, gap_features
from transcript_tools.speakers import (
    FEATURES,
    STATES,
    TRANSITIONS,
    WEIGHTS,
    Unit,
    Weights,
    decode,
    weights,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))
import train_turns  # noqa: E402  (evaluation/ is not a package)


def _units(text: str) -> list[Unit]:
    """Sentence units of constructed text (one per line; a trailing ? marks a question)."""
    out = []
    for k, line in enumerate(text.strip().splitlines()):
        words = tuple(line.strip().rstrip("?").split())
        out.append(Unit(k * 100, words, 1, line.strip().endswith("?")))
    return out


INTERVIEW = _units("""welcome back to the programme
joining me now is a glacier scientist who has spent the winter on the ice
what did you find up there?
we found the ice is thinning faster than any of our models predicted
in some places we lost two metres in a single season
is that unusual?
yes it is very unusual and it worries me
thank you for talking to us
thank you""")


def _score(w: Weights, units: list[Unit], path: list[int]) -> float:
    vec = {f"{r}:{f}": x for r, ws in zip(STATES, w.emission) for f, x in zip(FEATURES, ws)}
    vec.update({f"move:{f}": x for f, x in zip(TRANSITIONS, w.transition)})
    vec.update({f"change:{f}": x for f, x in zip(GAP_FEATURES, w.change)})
    return sum(vec[k] * x for k, x in train_turns.path_features(units, path).items())


def test_shipped_weights_name_only_known_features() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(data["emission"]) == set(STATES)
    for role in STATES:
        assert set(data["emission"][role]) <= set(FEATURES)
    assert set(data["transition"]) <= set(TRANSITIONS)
    assert set(data.get("change", {})) <= set(GAP_FEATURES)
    assert Weights.from_json(data) == weights()


def test_a_misspelt_feature_is_refused() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["transition"]["swtich_inside"] = -1.0
    with pytest.raises(ValueError, match="swtich_inside"):
        Weights.from_json(data)


@pytest.mark.parametrize("change", [0.0, 0.7])
def test_decode_finds_the_best_path_under_the_path_features(change: float) -> None:
    """The decoder's path scores highest of all paths by the trainer's features (small
    enough to enumerate; 'other' left out, and gap weights on and off)."""
    base = weights()
    w = Weights(base.emission, base.transition, (change,) * len(GAP_FEATURES))
    units = INTERVIEW[2:8]
    best = decode(units, 2, w=w)
    top = max(_score(w, units, list(p)) for p in itertools.product((0, 1), repeat=len(units)))
    assert _score(w, units, best) == pytest.approx(top)


def test_shipped_weights_read_the_interview() -> None:
    roles = [STATES[s] for s in decode(INTERVIEW)]
    assert roles[2] == "host" and roles[3] == "guest" and roles[5] == "host"
    assert roles[6] == "guest"


def test_gap_features_see_an_answer_after_a_question() -> None:
    plain = gap_features(("we", "went", "home"), ("the", "road", "was", "closed"), False)
    answer = gap_features(("is", "that", "unusual"), ("yes", "it", "is"), True)
    named = dict(zip(GAP_FEATURES, answer))
    assert named["open"] > dict(zip(GAP_FEATURES, plain))["open"]
    assert named["after_question"] == 1.0


def test_the_perceptron_learns_a_change_it_missed() -> None:
    """Training on one example whose gold path the shipped weights miss moves the decoder to
    the gold path."""
    units = _units("""tell me about the night shift
it is long and hard and i love it
the patients need us most at night""")
    gold = [0, 1, 1]
    assert decode(units, 3) != gold
    starts = [0, 6, 15]
    roles = ["host"] * 6 + ["guest"] * 16
    ex = train_turns.Example("constructed", units, starts, [6], roles, 22)
    assert ex.gold(weights()) == gold
    learned = train_turns.train([ex], weights(), epochs=20, rate=0.5)
    assert decode(units, 3, w=learned) == gold


def test_training_is_seeded_learns_only_what_it_is_told_and_reruns_from_the_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fit` gives the same weights twice, changes only the weights ``learn`` names, and a
    written file holds the values it was trained from, so a rerun starts from them again."""
    units = _units("""tell me about the night shift
it is long and hard and i love it
the patients need us most at night""")
    ex = train_turns.Example("constructed", units, [0, 6, 15], [6], None, 22)
    settings = train_turns.Settings(epochs=5, rate=0.5, sets=("constructed",),
                                    learn=("move:switch_",), runs=2)
    start = weights()
    learned = train_turns.fit({"constructed": [ex]}, settings, start)
    assert learned == train_turns.fit({"constructed": [ex]}, settings, start)
    before, after = train_turns.vector(start), train_turns.vector(learned)
    changed = {k for k in before if after[k] != before[k]}
    assert changed and all(k.startswith("move:switch_") for k in changed)
    monkeypatch.setattr(train_turns, "WEIGHTS", tmp_path / "weights.json")
    train_turns.write(learned, start, settings)
    assert "wrote" in capsys.readouterr().out
    data = json.loads((tmp_path / "weights.json").read_text(encoding="utf-8"))
    assert set(data["trained_from"]) == changed
    assert Weights.from_json(data) != start
    assert train_turns.start_weights() == start
