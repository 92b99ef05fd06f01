"""Calibrated event confidence (issue 14 item 8): the error measure, the shipped model, and the
--min-confidence threshold of dyad and alerts."""

from __future__ import annotations

import pytest

from attache.events.calibration import calibrate, default_threshold, expected_calibration_error, model, probability, uses
from attache.model import Event, Party
from eventkit import event_record


def test_expected_calibration_error_by_hand():
    # bin 0.2-0.3: two events at 0.2, one right (share 0.5): |0.5-0.2| * 2/4; bin 0.9-1.0: two at 0.9, both right: 0.1 * 2/4
    ece, table = expected_calibration_error([0.2, 0.2, 0.9, 0.9], [True, False, True, True])
    assert ece == pytest.approx(0.3 * 0.5 + 0.1 * 0.5)
    assert [row["n"] for row in table] == [2, 2]
    assert expected_calibration_error([1.0], [True])[0] == 0.0  # a score of exactly 1 falls in the last bin


def _event(conf: float, src: str | None, tgt: str | None, factuality: str = "asserted") -> Event:
    return event_record(
        source=Party(None, country=src) if src else None,
        target=Party(None, country=tgt) if tgt else None,
        factuality=factuality,
        confidence=conf,
    )


def test_shipped_model_is_a_probability_that_rewards_resolved_sides():
    assert model() is not None, "src/attache/events/data/confidence_calibration.json is missing or of another feature set"
    both, one = probability(_event(0.7, "USA", "PAK")), probability(_event(0.7, "USA", None))
    assert 0.0 < one < both < 1.0
    # the feature set is chosen by grouped CV at each refit (scripts/calibrate_confidence.py): the factuality counts
    # only when the chosen model reads it; the coder's own score always does
    if uses("asserted"):
        assert probability(_event(0.7, "USA", "PAK", "hypothetical")) < both
    assert probability(_event(0.4, "USA", "PAK")) < both
    assert 0.0 < default_threshold() < 1.0
    events = calibrate([_event(0.7, "USA", "PAK")])
    assert events[0].confidence == round(both, 2)
