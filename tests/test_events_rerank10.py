"""The learned re-ranker of the sides of the coder's events (issue 14, ninth session, events/rerank.py). Sentences
written for these tests, not taken from an evaluation file.

The fitted model ships switched off (``enabled: false``): grouped cross-validation on the tuning data found no
setting that puts a wrong pair right (docs/benchmarks.md, h14rank10). The tests check the model file, that the
switch is honoured, and the mechanics of a replacement with models switched on here (the shipped coefficients, and
a model written in the test whose rule is plain: the sentence's first party is the source)."""

from __future__ import annotations

import math

import pytest
from test_events_arguments import _events

from attache.events import rerank


@pytest.fixture
def switched(monkeypatch):
    """Run the coder with a given re-ranking model (the shipped file is read once and cached)."""

    def use(mdl: dict) -> None:
        monkeypatch.setattr(rerank, "model", lambda: mdl)

    return use


def _sides(events):
    return sorted((e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events)


def _first_party_model() -> dict:
    """A model written here: the source is the sentence's first party, whatever the syntax says."""
    zero = {"intercept": -4.0, "coef": {"first_party": 8.0}}
    return {"enabled": True, "margin": 0.5, "fill": 2.0, "source": zero, "target": {"intercept": 0.0, "coef": {}}}


def test_model_loads_from_package_data_and_ships_switched_off():
    mdl = rerank.model()
    assert mdl["enabled"] is False  # grouped CV: no gain on the tuning data
    for role in ("source", "target"):
        part = mdl[role]
        assert set(part["coef"]) == set(mdl["features"])
        assert all(isinstance(v, float | int) and math.isfinite(v) for v in part["coef"].values())
        rows = [dict.fromkeys(mdl["features"], 0.0), dict.fromkeys(mdl["features"], 1.0)]
        assert all(0.0 < p < 1.0 for p in rerank.probabilities(mdl, role, rows))
    assert mdl["cv"]["pair_w2r"] <= mdl["cv"]["pair_r2w"] or mdl["cv"]["net"] <= 0


def test_switched_off_no_side_is_marked(analyzer):
    events = _events(analyzer, "In a letter to the United Nations, Iran condemned Israel for the strike on its embassy.")
    assert events and not any(rerank.has_rerank_side(e) for e in events)


def test_a_side_the_model_prefers_is_replaced_and_marked(analyzer, switched):
    text = "In a letter to the United Nations, Iran condemned Israel for the strike on its embassy."
    before = [e for e in _events(analyzer, text) if e.source is not None and e.source.country == "IRN"]
    assert before, _sides(_events(analyzer, text))
    switched(_first_party_model())
    after = [e for e in _events(analyzer, text) if e.trigger_start == before[0].trigger_start]
    assert after
    e = after[0]
    assert rerank.is_marked(e.source_span) and not rerank.is_marked(e.target_span)
    assert e.source.name and "United Nations" in e.source_span["text"]
    assert e.source_span["replaced"] and "Iran" in e.source_span["replaced"]
    assert text[e.source_span["start"] : e.source_span["end"]] == e.source_span["text"]
    assert e.target.country == before[0].target.country  # the other side is kept
    assert e.id != before[0].id


def test_a_right_side_is_kept_with_the_shipped_coefficients(analyzer, switched):
    text = "Turkey accused Greece of violating its airspace over the Aegean."
    off = _events(analyzer, text)
    assert ("ACCUSE", "TUR", "GRC") in _sides(off)
    switched(dict(rerank.model(), enabled=True, margin=0.1, fill=2.0))
    on = _events(analyzer, text)
    assert _sides(on) == _sides(off)
    assert not any(rerank.has_rerank_side(e) for e in on)


def test_topics_and_places_never_become_sides(analyzer, switched):
    # a model that wants any party after the trigger other than the current target: the place named after the trigger
    # ("the situation in Afghanistan", a location participant) is still never a candidate
    text = "Japan's foreign minister discussed the situation in Afghanistan with India's ambassador in Tokyo."
    off = _events(analyzer, text)
    assert any(p.get("country") == "AFG" for e in off for p in e.participants)  # the place is resolved
    mdl = {
        "enabled": True,
        "margin": 0.0,
        "fill": 0.5,
        "source": {"intercept": -4.0, "coef": {"cur_role": -8.0, "after": 8.0}},
        "target": {"intercept": -4.0, "coef": {"cur_role": -8.0, "after": 8.0}},
    }
    switched(mdl)
    on = _events(analyzer, text)
    assert on
    for e in on:
        for party in (e.source, e.target):
            assert party is None or party.country != "AFG", _sides([e])
        assert e.source is None or e.target is None or e.source.actor_id != e.target.actor_id


def test_deterministic(analyzer, switched):
    switched(_first_party_model())
    text = "In a letter to the United Nations, Iran condemned Israel for the strike on its embassy."
    one = [(e.id, e.source_span, e.target_span) for e in _events(analyzer, text)]
    two = [(e.id, e.source_span, e.target_span) for e in _events(analyzer, text)]
    assert one == two
