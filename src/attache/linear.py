"""One linear model for the shipped classifiers: the PLOVER type of a story (``events/classifier.py``)
and the tone towards an actor (``facts/tone.py``).

A model is a vocabulary (feature name -> column), a weight matrix, an intercept per class and the
class names, saved as JSON and predicting with numpy alone (scikit-learn only trains). With ``idf``
the features are weighted like sublinear TF-IDF ((1 + log v) * idf, each row scaled to unit length);
without it they enter as given. The JSON keeps the format both models always had: ``vocab``,
``coef``, ``intercept``, ``classes``, ``trained_on`` and, for TF-IDF models, ``idf``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Self

import numpy as np


class LinearModel:
    """Multinomial logistic regression over sparse named features."""

    def __init__(
        self,
        vocab: dict[str, int],
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Sequence[str],
        trained_on: Sequence[str] | None = None,
        idf: np.ndarray | None = None,
    ) -> None:
        self.vocab, self.coef, self.intercept, self.classes = vocab, coef, intercept, list(classes)
        self.idf = idf
        self.trained_on = set(trained_on or ())

    def matrix(self, feats: Sequence[dict[str, float]]) -> np.ndarray:
        """One row per feature dict: raw values, or sublinear TF-IDF scaled to unit length."""
        x = np.zeros((len(feats), len(self.vocab)), dtype=np.float32)
        for i, f in enumerate(feats):
            for k, v in f.items():
                j = self.vocab.get(k)
                if j is None:
                    continue
                if self.idf is None:
                    x[i, j] = v
                else:
                    x[i, j] = (1 + math.log(v)) * self.idf[j] if v > 0 else 0.0
            if self.idf is not None:
                norm = np.linalg.norm(x[i])
                if norm:
                    x[i] /= norm
        return x

    def decision(self, feats: Sequence[dict[str, float]]) -> np.ndarray:
        """The linear score of each class, per row."""
        return self.matrix(feats) @ self.coef.T + self.intercept

    def proba(self, feats: Sequence[dict[str, float]]) -> np.ndarray:
        """Class probabilities (softmax of the scores), per row."""
        z = self.decision(feats)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, feats: Sequence[dict[str, float]]) -> list[str]:
        """The most probable class of each row."""
        if not feats:
            return []
        return [self.classes[i] for i in self.decision(feats).argmax(axis=1)]

    def contrast(self, feats: Sequence[dict[str, float]], plus: str, minus: str) -> list[float]:
        """P(plus) - P(minus) per row, in -1..1."""
        if not feats:
            return []
        p = self.proba(feats)
        i, j = self.classes.index(plus), self.classes.index(minus)
        return [float(r[i] - r[j]) for r in p]

    # -- JSON ----------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"vocab": self.vocab}
        if self.idf is not None:
            d["idf"] = [round(float(v), 5) for v in self.idf]
        d.update(
            {
                "coef": [[round(float(v), 5) for v in row] for row in self.coef],
                "intercept": [round(float(v), 5) for v in self.intercept],
                "classes": self.classes,
                "trained_on": sorted(self.trained_on),
            }
        )
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Self:
        idf = np.array(d["idf"], dtype=np.float32) if d.get("idf") is not None else None
        return cls(
            d["vocab"],
            np.array(d["coef"], dtype=np.float32),
            np.array(d["intercept"], dtype=np.float32),
            d["classes"],
            d.get("trained_on"),
            idf,
        )

    @classmethod
    def load(cls, path: Path | Any) -> Self:
        """From a JSON file (a path or an importlib resource)."""
        return cls.from_json(json.loads(path.read_text("utf-8")))

    @classmethod
    def shipped(cls, package: str, name: str) -> Self | None:
        """The model saved as ``name`` inside ``package`` (``"attache.events"``, ``"data/plover_model.json"``),
        or None when the package holds no such file."""
        path = resources.files(package).joinpath(name)
        return cls.load(path) if path.is_file() else None

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), "utf-8")

    # -- training (scikit-learn) ------------------------------------------------------------------

    @classmethod
    def fit(
        cls,
        feats: Sequence[dict[str, float]],
        labels: Sequence[str],
        ids: Sequence[str] = (),
        *,
        c: float,
        max_iter: int,
        tfidf: bool = False,
        min_df: int = 1,
        keep: tuple[str, ...] = (),
    ) -> Self:
        """Train on ``feats`` -> ``labels`` (balanced class weights, L2 penalty ``1/c``). With ``tfidf``
        the vocabulary keeps features seen in at least ``min_df`` rows (and any starting with ``keep``)."""
        from sklearn.linear_model import LogisticRegression

        df: Counter = Counter()
        for f in feats:
            df.update(f.keys())
        keys = sorted(k for k, n in df.items() if n >= min_df or (keep and k.startswith(keep)))
        idf = None
        if tfidf:
            n = len(feats)
            idf = np.array([math.log((1 + n) / (1 + df[k])) + 1 for k in keys], dtype=np.float32)
        model = cls({k: i for i, k in enumerate(keys)}, np.zeros((1, 1)), np.zeros(1), [], ids, idf)
        lr = LogisticRegression(C=c, max_iter=max_iter, class_weight="balanced")
        lr.fit(model.matrix(feats), list(labels))
        model.coef, model.intercept, model.classes = (
            lr.coef_.astype(np.float32),
            lr.intercept_.astype(np.float32),
            list(lr.classes_),
        )
        return model
