"""The events stage's shipped JSON models, read by one loader.

Each learned part of the stage keeps its weights as a JSON file in ``events/data/`` (written by its fitting script
in ``scripts/``): the side ranker ``fallback_model.json`` (``fallback.learned``), the confidence calibration
``confidence_calibration.json`` (``calibration.model``), and the two switched-off components
``rerank_model.json`` (``rerank.model``) and ``detect_model.json`` (``detect.model``). Each is read once a process;
all four turn a linear score into a probability with ``logistic``.
The PLOVER classifier's weights are a ``LinearModel`` of their own (``attache/linear.py``).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

OFF: dict[str, Any] = {"enabled": False}  # what a switchable component reads when its file is missing


@cache
def shipped(name: str) -> dict[str, Any] | None:
    """The JSON object of ``events/data/<name>``, or None when the file is missing or is not JSON."""
    try:
        return json.loads(resources.files("attache.events").joinpath(f"data/{name}").read_text("utf-8"))
    except (OSError, ValueError):
        return None


def switchable(name: str) -> dict[str, Any]:
    """A component's model that says itself whether it runs (``enabled``): ``{"enabled": false}`` when the file
    is missing or is not JSON."""
    return shipped(name) or dict(OFF)


def logistic(z: float) -> float:
    """The probability of a logistic model's score ``z`` (clipped to [-30, 30]: no overflow, the same to 1e-13)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
