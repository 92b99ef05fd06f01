"""Learned event detection (issue 14, ninth session, h14detect10): events/detect.py scores ordered pairs of a
sentence's parties with a logistic model shipped as data (data/detect_model.json) for sentences where neither the
coder nor the back-off found an event with both sides. Grouped CV found no operating point at the required precision,
so the shipped model is switched off; the tests check that it loads and stays off, and, with it switched on (its own
coefficients), what it does and where its hard rules stop it. Sentences written for the tests."""

from __future__ import annotations

import math

import pytest

from attache.events import calibration, detect
from eventkit import coded_events

# an act no lexicon of the coder knows ("chartered ... for"), between two countries
ACT = "Norway chartered ferries for Chile after the storm."


def _detected(events):
    return [e for e in events if detect.has_detect_side(e)]


@pytest.fixture
def switched_on(monkeypatch):
    """The shipped coefficients with the switch on; ``threshold`` may be set by the test."""
    on = dict(detect.model(), enabled=True)
    monkeypatch.setattr(detect, "model", lambda: on)
    return on


def test_model_loads_from_package_data_and_ships_switched_off():
    m = detect.model()
    assert m["enabled"] is False and m["why_off"]  # grouped CV: no operating point at added-event precision >= 0.65
    assert m["features"] and set(m["coef"]) == set(m["features"])
    assert all(math.isfinite(v) for v in m["coef"].values()) and 0.0 < m["threshold"] < 1.0
    assert m["cv"]["precision"] < 0.65  # the reason it is off, as written by scripts/fit_detect.py
    p = detect.probability({"baseline_pair": 1.0, "bias": 1.0})
    assert 0.0 < p < 1.0


def test_switched_off_adds_nothing(analyzer):
    assert not _detected(coded_events(analyzer, ACT, "2024-03-04"))


def test_switched_on_it_emits_the_subject_first_pair_of_an_unknown_act(analyzer, switched_on):
    # the coder's lexicons have no "charter": no event without the detector. The model's largest weights favour the
    # first two parties in their order (baseline_pair) and disfavour sides without a country: Norway -> Chile.
    events = coded_events(analyzer, ACT, "2024-03-04")
    found = _detected(events)
    assert len(found) == 1, [(e.source, e.target) for e in events]
    e = found[0]
    assert (e.source.country, e.target.country) == ("NOR", "CHL")
    assert e.source_span["how"] == "detect" and e.factuality == "asserted"
    assert calibration.FEATURE_FUNCTIONS["detect_side"](e) == 1.0
    # deterministic: the same event again
    again = _detected(coded_events(analyzer, ACT, "2024-03-04"))
    assert [(x.id, x.plover_type, x.source.country, x.target.country) for x in again] == [
        (e.id, e.plover_type, e.source.country, e.target.country)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Did Portugal bankroll the new railway of Angola?",  # a question
        "Portugal did not bankroll the new railway of Angola.",  # a negation
        "Portugal bankrolled the new railway last year.",  # one party
    ],
)
def test_never_on_a_question_a_negation_or_one_party(analyzer, switched_on, text):
    switched_on["threshold"] = 0.0  # every pair passes the model: only the hard rules can stop it
    assert not _detected(coded_events(analyzer, text, "2024-03-04"))


def test_the_asserted_act_passes_the_same_hard_rules(analyzer, switched_on):
    # the control of the test above: the same words asserted, with two parties, do give an event at threshold 0
    switched_on["threshold"] = 0.0
    found = _detected(coded_events(analyzer, "Portugal bankrolled the new railway of Angola last year.", "2024-03-04"))
    assert [(e.source.country, e.target.country) for e in found] == [("PRT", "AGO")]
