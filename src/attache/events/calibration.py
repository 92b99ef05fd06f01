"""Calibrated event confidence: the probability that an event's type and both sides are right.

The coder's own score is a hand-set heuristic (0.7, less for a nominal trigger, for a missing side,
for a sentence with many pairs). A small logistic model, fitted on the development half of the
project's gold events (``eval/events_gold_dev.jsonl``) and the PLOVER gold-standard development
records, turns it and a few properties of the event into a probability. The weights are data
(``data/confidence_calibration.json``, written by ``scripts/calibrate_confidence.py``); the test half
of the gold set only reports the calibration (``attache eval calibration``).

``ATTACHE_RAW_CONFIDENCE=1`` leaves the coder's own score (the fitting script uses it).
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Event

FEATURES = ("raw", "source_country", "target_country", "asserted", "reported", "symmetric", "resolved")


def features(e: Event) -> list[float]:
    """What the model reads of an event: the coder's score, whether each side reached a country, its
    factuality, symmetry, and whether a side was resolved from a pronoun to an actor of an earlier sentence."""
    return [
        float(e.confidence or 0.0),
        1.0 if e.source is not None and e.source.country else 0.0,
        1.0 if e.target is not None and e.target.country else 0.0,
        1.0 if e.factuality == "asserted" else 0.0,
        1.0 if e.factuality == "reported" else 0.0,
        1.0 if e.symmetric else 0.0,
        1.0 if any((span or {}).get("resolved_from") for span in (e.source_span, e.target_span)) else 0.0,
    ]


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    """The shipped weights, or None when the file is missing or not of this feature set."""
    try:
        data = json.loads(resources.files("attache.events").joinpath("data/confidence_calibration.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None
    return data


def probability(e: Event, weights: dict[str, Any] | None = None) -> float:
    data = weights or model()
    if data is None:
        return float(e.confidence or 0.0)
    z = data["intercept"] + sum(w * x for w, x in zip(data["coef"], features(e)))
    return 1.0 / (1.0 + math.exp(-z))


def calibrate(events: list[Event]) -> list[Event]:
    """Replace each event's score by its calibrated probability (two decimals)."""
    if os.environ.get("ATTACHE_RAW_CONFIDENCE") == "1" or model() is None:
        return events
    for e in events:
        e.confidence = round(probability(e), 2)
    return events


def default_threshold() -> float:
    """The --min-confidence default: chosen on the development half when the weights were fitted."""
    data = model()
    return float(data.get("threshold", 0.5)) if data else 0.0


def expected_calibration_error(scores: list[float], right: list[bool], bins: int = 10) -> tuple[float, list[dict[str, Any]]]:
    """ECE over equal-width bins, with the reliability table (bin, n, mean score, share right)."""
    table = []
    total = len(scores)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, s in enumerate(scores) if (lo <= s < hi) or (b == bins - 1 and s == 1.0)]
        if not idx:
            continue
        conf = sum(scores[i] for i in idx) / len(idx)
        acc = sum(1 for i in idx if right[i]) / len(idx)
        ece += abs(acc - conf) * len(idx) / total
        table.append(
            {"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx), "mean_confidence": round(conf, 3), "share_right": round(acc, 3)}
        )
    return round(ece, 4), table
