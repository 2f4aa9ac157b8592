"""The learned sentence model: its weight file, its batch scoring, the decoder it drives,
and the training script's labelling and fitting (on a constructed punctuated page)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from transcript_tools import Options, clean
from transcript_tools.readers import parse
from transcript_tools.sentencemodel import (
    DATA,
    Decoding,
    SentenceModel,
    distance_bin,
    gap_features,
    pmi_bin,
    word_class,
)
from transcript_tools.sentences import SentenceSplitter

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "data" / "cases" / "readable" / "punctuated_caption_page.txt"
ONLY = Options(names=False, spelling=False, numbers=False, artifacts=False, casing=False)


def trainer() -> ModuleType:
    sys.path.insert(0, str(ROOT / "evaluation"))
    spec = importlib.util.spec_from_file_location(
        "train_sentences", ROOT / "evaluation" / "train_sentences.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stored_model_loads_and_round_trips(tmp_path: Path) -> None:
    model = SentenceModel.load()
    assert model is not None and model.meta["trainer"] == "evaluation/train_sentences.py"
    assert int(model.meta["pages"]) > 0 and model.weights["b"]
    copy = tmp_path / "model.tsv"
    model.dump(copy)
    again = SentenceModel.load(copy)
    assert again is not None and again.decoding == model.decoding
    for template, table in model.weights.items():
        for key, value in table.items():
            assert again.weights[template][key] == pytest.approx(value, rel=1e-3)


def test_a_file_of_another_feature_version_or_none_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.tsv"
    old.write_text("#\tversion\t0\nbias\t\t1.0\n", encoding="utf-8")
    assert SentenceModel.load(old) is None
    assert SentenceModel.load(tmp_path / "missing.tsv") is None


def test_feature_bins() -> None:
    assert word_class("1990", 0.0) == "num" and word_class("zzqx", 0.0) == "oov"
    assert word_class("the", 7.7) == "z7" and word_class("", 0.0) == "none"
    assert pmi_bin(None) == "none" and pmi_bin(-9.0) == "-4" and pmi_bin(0.6) == "1"
    assert [distance_bin(d) for d in (1, 5, 30)] == ["1", "6", "far"]


def test_batch_scores_equal_the_sum_of_each_gaps_feature_weights(sample_text: str) -> None:
    splitter = SentenceSplitter(Options())
    model = splitter.learned
    assert model is not None
    table = splitter.gap_table(parse(sample_text))
    assert table is not None
    scores = splitter.learned_scores(table, model)
    checked = 0
    for i, score in enumerate(scores[:-1]):
        if score <= -50:
            continue
        expected = model.score(gap_features(*splitter.gap_inputs(table, i)))
        assert score == pytest.approx(expected - (0.5 if table.soft[i] else 0.0))
        checked += 1
    assert checked > 500


def test_learned_decoder_never_ends_where_no_sentence_can(sample_text: str) -> None:
    doc = clean(sample_text, options=ONLY).document
    splitter = SentenceSplitter(Options())
    added = [e for e in doc.edits if e.rule in ("sentence-end", "question")
             and any(ch.isalpha() for ch in e.original)]  # a mark added after a word
    assert len(added) > 20
    for e in added:
        word = e.original.lower().strip(".,;:?!")
        assert word and not splitter.model.impossible(word, ""), e


def test_learned_decoder_on_constructed_questions() -> None:
    assert clean("it is a difficult moment isn't it.", options=ONLY).text.endswith("isn't it?")
    out = clean("the talks went nowhere in the end what could you have done differently",
                options=ONLY).text
    assert out.endswith("what could you have done differently?") and "what." not in out
    assert clean("we looked at what will be the biggest change",
                 options=ONLY).text == "we looked at what will be the biggest change."


def test_without_its_file_the_stage_uses_the_hand_scores(
        monkeypatch: pytest.MonkeyPatch, sample_text: str) -> None:
    hand = clean(sample_text, options=ONLY.replace(learned_sentences=False)).text
    monkeypatch.setattr(SentenceModel, "load", classmethod(lambda cls, path=DATA: None))
    assert clean(sample_text, options=ONLY).text == hand


def test_trainer_labels_each_gap_by_the_captioners_mark() -> None:
    ts = trainer()
    splitter = SentenceSplitter(Options(), learned=False)
    got = ts.page_examples(PAGE.read_text(encoding="utf-8"), splitter)
    assert got is not None
    gaps, sentences = got
    ends = [dict(f)["a"] for f, y in gaps if y]
    assert "evening" in ends and "power" in ends and "time" in ends
    assert not any(y for f, y in gaps if dict(f)["a"] in ("the", "of", "to"))
    questions = [dict(f)["l1"] for f, y in sentences if y]
    assert questions == ["time", "now"]


def test_trainer_fits_a_separable_signal_and_drops_rare_identities() -> None:
    ts = trainer()
    examples = [([("bias", ""), ("b", "we")], 1)] * 30 + [([("bias", ""), ("b", "of")], 0)] * 30
    examples += [([("bias", ""), ("b", "once")], 1)] * 2
    weights = ts.fit(examples)
    assert weights["b"]["we"] > 1.0 > -1.0 > weights["b"]["of"]
    assert "once" not in weights["b"]  # seen fewer than MIN_COUNT times
    model = SentenceModel(weights, Decoding())
    assert model.score([("bias", ""), ("b", "we")]) > 0 > model.score([("bias", ""),
                                                                        ("b", "of")])


def test_pair_weights_read_nested_agree_with_the_joined_key(sample_text: str) -> None:
    """`gaps` reads pair weights as nested[a][b], never joining the words: for the stored
    model over the sample's word pairs, and for keys of words that hold spaces themselves
    (a names edit makes one piece of "new york"), it agrees with the joined-key lookup."""
    from transcript_tools.sentencemodel import _NO_PAIR, _by_pair

    model = SentenceModel.load()
    assert model is not None
    nested = _by_pair(model.weights["ab"], model.weights["bcw"])
    words = [""] + sample_text.lower().split()
    hits = 0
    for a, b in zip(words, words[1:]):
        joined = f"{a} {b}"
        want = (model.weights["ab"].get(joined, 0.0), model.weights["bcw"].get(joined, 0.0))
        assert nested.get(a, {}).get(b, _NO_PAIR) == want
        hits += want != _NO_PAIR
    assert hits > 100
    ab = {"new york city": 1.0, "to ": -0.5, "a b": 2.0}
    bcw = {"a b": 3.0, " x": 0.25}
    spaced = _by_pair(ab, bcw)
    for a, b in [("new york", "city"), ("new", "york city"), ("to", ""), ("a", "b"),
                 ("", "x"), ("new", "york"), ("a b", ""), ("x", "")]:
        joined = f"{a} {b}"
        assert spaced.get(a, {}).get(b, _NO_PAIR) == (ab.get(joined, 0.0),
                                                      bcw.get(joined, 0.0)), (a, b)


def test_a_fresh_splitter_remembers_each_word_pair_and_key_once(sample_text: str) -> None:
    """On a document it has not met, the splitter works out each word pair's facts and each
    word's key once, however often they recur: a repeated pair shares one remembered value
    (a long transcript once held a tuple per occurrence, ~40 MB at 300k words)."""
    splitter = SentenceSplitter(Options())
    model = splitter.learned
    assert model is not None
    table = splitter.gap_table(parse(sample_text + "\n" + sample_text))
    assert table is not None
    splitter.learned_scores(table, model)
    keys = table.keys
    pairs = set(zip(keys, keys[1:]))
    assert splitter._pair_count == len(pairs) < len(keys) // 2
    assert len({id(k) for k in keys}) == len(set(keys))
