"""The typing measurement of issue 14 (ninth session, h14type10): scripts/fit_typing.py reads, for each coded event,
its type, its trigger's lexicon type and the shipped PLOVER classifier's probabilities for its sentence (from the
parse already made), labels a switch to a candidate type against gold rows, and counts switches and triple recall.
No model ships (grouped cross-validation found no gain; docs/benchmarks.md, "h14type10"); these tests hold the
script's reading and arithmetic. Sentences written for these tests, not taken from an evaluation file."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import numpy as np
import pytest

from eventkit import article

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fit_typing.py"


@pytest.fixture(scope="module")
def fit_typing():
    spec = importlib.util.spec_from_file_location("fit_typing", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _coded(analyzer, text: str):
    from attache.nlp import parse

    art = article(text, "2024-03-05")
    parsed = next(iter(parse([art])))
    mentions = analyzer.resolver.resolve(parsed, art.published)
    return analyzer.coder.code(parsed, mentions, art.published), parsed


def test_raw_reads_the_classifier_and_the_lexicon_from_the_parse(analyzer, fit_typing):
    events, parsed = _coded(analyzer, "Chile condemned Peru on Monday, and Bolivia signed a trade agreement with Peru.")
    assert len({e.sentence_start for e in events}) == 1 and len(events) >= 2
    feats = fit_typing.raw(events, parsed)
    for e in events:
        r = feats[id(e)]
        assert r["type"] == e.plover_type
        assert math.isclose(sum(r["probs"].values()), 1.0, rel_tol=1e-4)
        assert math.isclose(sum(r["local"].values()), 1.0, rel_tol=1e-4)
        assert sorted(r["others"]) == sorted(o.plover_type for o in events if o is not e)
    accuse = next(e for e in events if e.trigger == "condemned")
    assert feats[id(accuse)]["lexicon"] == accuse.plover_type and feats[id(accuse)]["pos"] == "VERB"
    # one sentence, one set of sentence probabilities; each trigger's own phrase reads differently
    rs = [feats[id(e)] for e in events]
    assert all(r["probs"] == rs[0]["probs"] for r in rs)
    assert rs[0]["local"] != rs[1]["local"]


def _side(code: str) -> dict:
    return {"country": code, "words": {code.lower()}}


def _rows() -> list[dict]:
    """Two sentences: in the first the coder's type is wrong (gold AGREE, coded SUPPORT), in the second right."""
    probs = {"AGREE": 0.6, "SUPPORT": 0.3, "ACCUSE": 0.1}
    gold = lambda t, a, b: {
        "type": t,
        "source": [{"text": "", "code": a}],
        "target": [{"text": "", "code": b}],
        "symmetric": False,
    }  # noqa: E731
    event = lambda t, a, b: {"type": t, "symmetric": False, "source": _side(a), "target": _side(b)}  # noqa: E731
    raw = lambda t: {"type": t, "pos": "VERB", "lexicon": t, "probs": probs, "local": probs, "others": []}  # noqa: E731
    return [
        {
            "set": "x",
            "group": "d1",
            "gold": [gold("AGREE", "AAA", "BBB")],
            "events": [{**event("SUPPORT", "AAA", "BBB"), "raw": raw("SUPPORT")}],
        },
        {
            "set": "x",
            "group": "d2",
            "gold": [gold("SUPPORT", "CCC", "DDD")],
            "events": [{**event("SUPPORT", "CCC", "DDD"), "raw": raw("SUPPORT")}],
        },
    ]


def test_a_switch_is_labelled_right_only_where_the_coder_is_wrong(fit_typing):
    rows = _rows()
    X, y, groups, where = fit_typing.dataset(rows, "alt")
    assert [c for _, _, c, _ in where] == ["AGREE", "AGREE"]  # the classifier's best type other than SUPPORT
    assert y.tolist() == [1, 0] and groups.tolist() == ["d1", "d2"]
    assert X[0]["lexicon_own"] == 1.0 and X[0]["p_cand"] == 0.6 and X[0]["p_own"] == 0.3
    assert fit_typing.triple_recall(rows, {}) == {"x": 0.5}
    # switching both: the wrong one becomes right, the right one wrong; triple recall counts both
    switched, counts = fit_typing.switches(np.array([0.9, 0.9]), y, where, 0.5)
    assert counts["wrong_to_right"] == 1 and counts["right_to_wrong"] == 1
    assert fit_typing.triple_recall(rows, switched) == {"x": 0.5}
    # only above the threshold: the first alone switches, and triple recall rises
    switched, counts = fit_typing.switches(np.array([0.9, 0.2]), y, where, 0.5)
    assert counts["right_to_wrong"] == 0 and fit_typing.triple_recall(rows, switched) == {"x": 1.0}


def test_the_ranker_takes_the_top_two_and_the_sentences_other_types(fit_typing):
    r = {"type": "CONSULT", "probs": {"CONSULT": 0.5, "AGREE": 0.3, "AID": 0.2}, "others": ["ASSAULT", "CONSULT"]}
    assert fit_typing.candidates(r, "ranker") == ["AGREE", "ASSAULT"]
    assert fit_typing.candidates(r, "alt") == ["AGREE"]
