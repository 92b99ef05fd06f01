"""How the event-confidence calibration chooses its feature set (``scripts/calibrate_confidence.py``, tenth session).

The rows are the tuning sources' labelled events (``evaluate.calibration.labelled_events``): each with its features by
name, whether it is right, its source and its document. A candidate is a feature set with a weighting of the sources
in the fit ("pooled": every event once; "equal": every source the same share).

- **Criterion**: the out-of-fold log-loss of a candidate over *all* tuning events pooled (five folds grouped by
  document, so every source counts by its number of events and a small source cannot decide alone), plus a penalty
  of ``1 / n`` per fitted coefficient (``n`` the number of events: Akaike's criterion divided by ``2 n``). The lowest
  wins; ties go to the fewer features, then to the candidate listed first.
- **Stability**: the same choice is made again on ``resamples`` bootstrap resamples of the documents (a document
  drawn twice keeps its copies in one fold), with a fixed seed; the feature set chosen most often is the one shipped
  (ties: the one chosen on the tuning data as they are), with the weighting chosen most often with it.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np

FOLDS = 5
C = 1.0
WEIGHTINGS = ("pooled", "equal")
MIN_SOURCE = 40  # "mean": a source with fewer events does not count on its own in the criterion


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean()) if len(y) else math.nan


def source_weights(source: np.ndarray, weighting: str) -> np.ndarray | None:
    """Per-event weights: None for "pooled"; for "equal", every source the same share of the total."""
    if weighting == "pooled":
        return None
    kinds = np.unique(source)
    counts = {k: int((source == k).sum()) for k in kinds}
    return np.array([len(source) / (len(kinds) * counts[k]) for k in source])


def columns(rows: list[dict[str, Any]], names: tuple[str, ...]) -> np.ndarray:
    """The named features of the rows (a feature a row lacks counts 0)."""
    return np.array([[float(r["features"].get(n, 0.0)) for n in names] for r in rows], dtype=float).reshape(len(rows), len(names))


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray | None):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=1000).fit(X, y, sample_weight=w)


def out_of_fold(X: np.ndarray, y: np.ndarray, source: np.ndarray, groups: list[str], weighting: str) -> np.ndarray:
    """Each event's probability from a model fitted on the folds without its document."""
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(min(FOLDS, len(set(groups)))).split(X, y, groups):
        if len(set(y[tr])) < 2:  # a fold with one class: the base rate of the rest
            oof[te] = float(y[tr].mean()) if len(tr) else 0.5
            continue
        oof[te] = fit(X[tr], y[tr], source_weights(source[tr], weighting)).predict_proba(X[te])[:, 1]
    return oof


def score_candidates(
    rows: list[dict[str, Any]],
    candidates: dict[str, tuple[str, ...]],
    weightings: tuple[str, ...] = WEIGHTINGS,
    validation: list[dict[str, Any]] | None = None,
    criterion: str = "pooled",
) -> list[dict[str, Any]]:
    """Every (feature set, weighting) with its out-of-fold figures and criterion, in the order given.
    ``validation``: labelled events never fitted on (the hand audits), predicted by the model fitted on all ``rows``
    and pooled with the out-of-fold predictions in the criterion, each event once."""
    validation = validation or []
    y = np.array([int(r["right"]) for r in rows])
    yv = np.array([int(r["right"]) for r in validation])
    source = np.array([str(r["source"]) for r in rows])
    groups = [str(r["document"]) for r in rows]
    penalty = 1.0 / max(len(rows) + len(validation), 1)
    out = []
    for name, names in candidates.items():
        X = columns(rows, names)
        for weighting in weightings:
            oof = out_of_fold(X, y, source, groups, weighting)
            losses = {str(s): (log_loss(oof[source == s], y[source == s]), int((source == s).sum())) for s in sorted(set(source))}
            p_all, y_all = oof, y
            if validation:
                pv = fit(X, y, source_weights(source, weighting)).predict_proba(columns(validation, names))[:, 1]
                losses["validation"] = (log_loss(pv, yv), len(yv))
                p_all, y_all = np.concatenate([oof, pv]), np.concatenate([y, yv])
            per_source = {k: round(v, 4) for k, (v, _) in losses.items()}
            pooled = log_loss(p_all, y_all)
            big = [v for v, n in losses.values() if n >= MIN_SOURCE]
            value = float(np.mean(big)) if criterion == "mean" and big else pooled
            out.append(
                {
                    "candidate": name,
                    "weighting": weighting,
                    "features": len(names),
                    "criterion": round(value + penalty * (len(names) + 1), 5),
                    "oof_log_loss": round(pooled, 4),
                    "oof_log_loss_by_source": per_source,
                }
            )
    return out


def choose(scored: list[dict[str, Any]]) -> dict[str, Any]:
    """The lowest criterion; ties to fewer features, then to the one listed first."""
    return min(enumerate(scored), key=lambda ir: (ir[1]["criterion"], ir[1]["features"], ir[0]))[1]


def resample(rows: list[dict[str, Any]], rng: np.random.Generator) -> list[dict[str, Any]]:
    """A bootstrap resample of the documents: as many documents drawn with replacement, each with all its events."""
    docs: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        docs.setdefault(str(r["document"]), []).append(r)
    names = sorted(docs)
    picked = rng.integers(0, len(names), len(names))
    return [r for i in picked for r in docs[names[int(i)]]]


def stability(
    rows: list[dict[str, Any]],
    candidates: dict[str, tuple[str, ...]],
    resamples: int,
    seed: int,
    weightings: tuple[str, ...] = WEIGHTINGS,
    validation: list[dict[str, Any]] | None = None,
    criterion: str = "pooled",
) -> Counter[tuple[str, str]]:
    """How often each (feature set, weighting) is chosen over ``resamples`` bootstrap resamples (seeded) of the
    documents of ``rows`` and of ``validation``."""
    rng = np.random.default_rng(seed)
    chosen: Counter[tuple[str, str]] = Counter()
    for _ in range(resamples):
        drawn = resample(rows, rng)
        checked = resample(validation, rng) if validation else None
        best = choose(score_candidates(drawn, candidates, weightings, checked, criterion))
        chosen[(best["candidate"], best["weighting"])] += 1
    return chosen


def shipped(full: dict[str, Any], counts: Counter[tuple[str, str]]) -> tuple[str, str]:
    """The feature set chosen most often over the resamples (ties: the one chosen on the data as they are, then the
    first in name order), with the weighting chosen most often with it (ties: the full data's, then "pooled")."""
    by_set: Counter[str] = Counter()
    for (name, _), n in counts.items():
        by_set[name] += n
    if not by_set:
        return full["candidate"], full["weighting"]
    top = max(by_set.values())
    best = sorted(n for n, c in by_set.items() if c == top)
    name = full["candidate"] if full["candidate"] in best else best[0]
    ways = {w: n for (c, w), n in counts.items() if c == name}
    top_w = max(ways.values())
    tied = [w for w, n in ways.items() if n == top_w]
    weighting = full["weighting"] if full["weighting"] in tied and full["candidate"] == name else sorted(tied)[-1]
    return name, weighting


def wins_and_losses(before: dict[str, float], chosen: dict[str, float], margin: float) -> tuple[list[str], list[str]]:
    """The sources where the chosen model's ECE is lower than the shipped one's by more than ``margin`` (wins) and
    higher by more than it (losses); a source missing from either counts as neither. The script writes the chosen
    model only with more wins than losses."""
    common = [k for k in chosen if k in before]
    return [k for k in common if chosen[k] < before[k] - margin], [k for k in common if chosen[k] > before[k] + margin]
