"""How the learned stages (event types, tone) are measured: cross-validated or with the shipped model.

On rows the shipped model was trained on, its own predictions would flatter it; there the figure
comes from cross-validation with groups (a template, a sentence) that never sit in both a
training and a test fold. On other rows the shipped model predicts directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..linear import LinearModel


def cross_validated(
    fold: Sequence[int], folds: int, fit: Callable[[list[int]], LinearModel], feats: Sequence[dict[str, float]]
) -> list[str]:
    """A prediction for every row from a model that never saw its fold: ``fold[i]`` is row i's fold
    (0 to ``folds`` - 1), ``fit(rows)`` trains a model on those row indices."""
    pred = [""] * len(fold)
    for k in range(folds):
        train = [i for i, f in enumerate(fold) if f != k]
        test = [i for i, f in enumerate(fold) if f == k]
        if not test:
            continue
        for i, p in zip(test, fit(train).predict([feats[i] for i in test])):
            pred[i] = p
    return pred


def predictions(
    mode: str,
    model: LinearModel | None,
    ids: Sequence[str],
    feats: Sequence[dict[str, float]],
    cv: Callable[[], list[str]],
    cv_how: str,
) -> tuple[list[str], str]:
    """(predictions, how they were made): ``cv()`` when asked (``mode`` "cv"), when there is no shipped model,
    or ("auto") when the model was trained on more than half of these rows; else the shipped model's."""
    seen = model is not None and len(set(ids) & model.trained_on) > len(ids) // 2
    if model is None or mode == "cv" or (mode == "auto" and seen):
        return cv(), cv_how
    return model.predict(feats), "shipped model"


def headline(task: str, n: int, result: dict[str, Any], how: str) -> dict[str, Any]:
    """The first keys of such an evaluation's result: the task, the rows, macro-F1 and accuracy (``scores``), how
    the predictions were made."""
    return {"task": task, "n": n, "macro_f1": round(result["macro_f1"], 4), "accuracy": round(result["accuracy"], 4), "how": how}
