"""Sides by order with the learned ranker (issue 14, fifth session): events/fallback.py scores a missing side's
candidates by the logistic model of data/fallback_model.json (scripts/fit_fallback.py) when data/fallback.yaml says
``model: learned``, by the hand weights when it says ``hand``; the hard rules hold whatever the score. Sentences
written for these tests, not taken from an evaluation file."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest
from test_events_arguments import _events
from test_events_fallback import _mention, _place_and_topic, _sentence, _Side

from attache.events import fallback


def _model_file() -> dict:
    return json.loads(resources.files("attache.events").joinpath("data/fallback_model.json").read_text("utf-8"))


@pytest.fixture
def learned(monkeypatch):
    monkeypatch.setitem(fallback.rules(), "model", "learned")
    return fallback.learned()


def test_model_file_loads_and_scores_as_documented(learned):
    doc = _model_file()
    assert doc == learned
    doc_, sent = _sentence("Chile shelled the ports of Peru on Monday.")
    toks = list(sent)
    trig = next(t for t in toks if t.text == "shelled")
    line = {trig.i} | {a.i for a in trig.ancestors}
    for word, code in (("Chile", "CHL"), ("Peru", "PER")):
        i, m = _mention(doc_, word, code)
        feats = fallback.features(doc_[i], trig, line, False, fallback.rules(), False, m, (None, None))
        assert set(doc["features"]) <= set(feats)  # every feature the model reads is computed
        for role in ("source", "target"):
            part = doc[role]
            assert 0.0 < part["threshold"] < 1.0
            z = part["intercept"] + sum(part["coef"][k] * feats[k] for k in doc["features"])
            score, threshold = fallback.scorer(role)
            assert score(feats) == pytest.approx(1.0 / (1.0 + math.exp(-z)))
            assert threshold == part["threshold"]


def test_the_yaml_switch_gives_the_hand_weights_back(monkeypatch):
    cfg = fallback.rules()
    monkeypatch.setitem(cfg, "model", "hand")
    feats = {"bias": 1.0, "before": 1.0, "clause_subject": 1.0, "subject": 1.0, "distance": 0.5}
    score, threshold = fallback.scorer("source")
    w = cfg["weights"]["source"]
    assert threshold == cfg["threshold"]["source"]
    assert score(feats) == pytest.approx(sum(w.get(k, 0.0) * v for k, v in feats.items()))
    monkeypatch.setitem(cfg, "model", "learned")
    learned_score, learned_threshold = fallback.scorer("source")
    assert learned_threshold == fallback.learned()["source"]["threshold"]
    assert 0.0 < learned_score(feats) < 1.0


def test_a_subject_before_the_trigger_outranks_a_place_phrase(learned):
    # what the model learned from the tuning pairs: the subject of the trigger's clause is a source, a
    # candidate inside a prepositional phrase ("to ...") is not
    doc, sent = _sentence("Chile offered to send engineers to Peru.")
    toks = list(sent)
    trig = next(t for t in toks if t.text == "send")
    line = {trig.i} | {a.i for a in trig.ancestors}
    score, _ = fallback.scorer("source")
    by = dict(_mention(doc, w, c) for w, c in (("Chile", "CHL"), ("Peru", "PER")))
    chile, peru = (next(t for t in toks if t.text == w) for w in ("Chile", "Peru"))
    f_chile = fallback.features(chile, trig, line, False, fallback.rules(), False, by[chile.i], (chile.i, peru.i))
    f_peru = fallback.features(peru, trig, line, False, fallback.rules(), False, by[peru.i], (chile.i, peru.i))
    assert f_chile["subject"] == 1.0 and f_peru["prep_to"] == 1.0
    assert score(f_chile) > score(f_peru)


def test_a_place_after_in_or_a_topic_is_never_chosen_even_at_threshold_zero(learned, monkeypatch):
    monkeypatch.setitem(learned["target"], "threshold", 0.0)
    monkeypatch.setitem(learned["source"], "threshold", 0.0)
    toks, trig, by_token, chile = _place_and_topic()
    assert fallback.choose(toks, trig, by_token, [], [chile], [], _Side) is None
    # with no side at all, Chile may be the source, but no target is left: nothing is chosen
    assert fallback.choose(toks, trig, by_token, [], [], [], _Side) is None


def test_one_mention_is_never_both_sides_nor_the_other_sides_country(learned, monkeypatch):
    monkeypatch.setitem(learned["target"], "threshold", 0.0)
    monkeypatch.setitem(learned["source"], "threshold", 0.0)
    doc, sent = _sentence("Chile shelled Santiago yesterday.")
    toks = list(sent)
    trig = next(t for t in toks if t.text == "shelled")
    by_token = dict([_mention(doc, "Chile", "CHL"), _mention(doc, "Santiago", "CHL", "city", actor="CHL.GOV")])
    assert fallback.choose(toks, trig, by_token, [], [], [], _Side) is None  # the only two share a country
    doc2, sent2 = _sentence("Chile shelled Peru yesterday.")
    toks2 = list(sent2)
    trig2 = next(t for t in toks2 if t.text == "shelled")
    by2 = dict(_mention(doc2, w, c) for w, c in (("Chile", "CHL"), ("Peru", "PER")))
    chosen = fallback.choose(toks2, trig2, by2, [], [], [], _Side)
    assert chosen is not None and chosen[2] == {"source", "target"}
    assert chosen[0][0].m is not chosen[1][0].m
    assert {chosen[0][0].m.country, chosen[1][0].m.country} == {"CHL", "PER"}


def test_the_coder_uses_the_learned_score_and_marks_its_sides(analyzer, learned, monkeypatch):
    # "it has shelled ...": the parse links no actor to "shelled"; Brazil (a possessive before the trigger) is
    # the candidate source. The learned source model gives it a probability of about 0.55: under the shipped
    # threshold nothing is taken, under a lower one Brazil is, marked as chosen by order and discounted.
    text = "The cruiser is one of Brazil's largest warships, and it has shelled Paraguay's harbours."
    syntax = [e for e in _events(analyzer, "Brazil's cruisers shelled Paraguay's harbours.") if e.plover_type == "ASSAULT"]
    assert syntax and not any(fallback.has_order_side(e) for e in syntax)
    assert learned["source"]["threshold"] > 0.6
    assert not [e for e in _events(analyzer, text) if fallback.has_order_side(e)]
    monkeypatch.setitem(learned["source"], "threshold", 0.4)
    marked = [e for e in _events(analyzer, text) if fallback.has_order_side(e)]
    assert [(e.plover_type, e.source.country, e.target.country) for e in marked] == [("ASSAULT", "BRA", "PRY")]
    assert marked[0].source_span["how"] == "order" and "how" not in marked[0].target_span
    assert marked[0].confidence < min(e.confidence for e in syntax)
