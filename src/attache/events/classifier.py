"""The main event type of a text: a linear model over words and trigger votes.

Features: TF-IDF weighted lemmas of the headline, plus, per PLOVER type, how
many trigger words of that type the headline and the lead hold
(``data/triggers.yaml``), which carries the model to verbs its training data
never saw. (Bigrams and the lead's own words were tried and lowered the
template-grouped cross-validated macro-F1.) The trained weights ship as JSON
(``data/plover_model.json``) and predict with numpy alone; scikit-learn is
needed only to train (``attache eval events --train``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..nlp import tagging_pipes
from .lexicon import lexicon
from .ontology import PLOVER_TYPES

LEAD_CHARS = 600
MODEL_FILE = "plover_model.json"
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}")


@lru_cache(maxsize=1)
def _lemmatizer():
    from ..nlp import load

    nlp = load()
    return nlp


def lemmas(texts: Sequence[str]) -> list[list[str]]:
    """Lower-case lemmas of each text (tagger and lemmatizer only: no parse, no entities)."""
    nlp = _lemmatizer()
    out = []
    with nlp.select_pipes(enable=tagging_pipes(nlp)):
        for doc in nlp.pipe(texts, batch_size=64):
            out.append([t.lemma_.lower() for t in doc if not t.is_punct and not t.is_space])
    return out


def split_text(title: str | None, text: str) -> tuple[str, str]:
    """Headline and lead: the title when there is one, else the first sentence."""
    text = _PLACEHOLDER.sub(lambda m: m.group(0).strip("{}").split("_")[0].upper(), text or "")
    title = _PLACEHOLDER.sub(lambda m: m.group(0).strip("{}").split("_")[0].upper(), title or "")
    if title:
        return title, text[:LEAD_CHARS]
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)
    return first[0], (first[1] if len(first) > 1 else "")[:LEAD_CHARS]


def trigger_votes(words: list[str]) -> Counter:
    lex = lexicon()
    votes: Counter = Counter()
    for w in words:
        for table in (lex.verbs, lex.nouns, lex.headline_only):
            if w in table:
                votes[table[w][0]] += 1
    return votes


def features(head: list[str], lead: list[str]) -> dict[str, float]:
    """Raw counts, before IDF weighting."""
    f: Counter = Counter()
    for w in head:  # the lead's own words added noise in template-grouped cross-validation; its trigger votes stay
        f[f"h:{w}"] += 1
    # trigger votes carry the model to verbs its training data never saw: weighted up
    for t, n in trigger_votes(head).items():
        f[f"vote:h:{t}"] += 9 * n
    for t, n in trigger_votes(lead).items():
        f[f"vote:b:{t}"] += 3 * n
    return dict(f)


class PloverModel:
    def __init__(self, vocab: dict[str, int], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray, classes: list[str],
                 trained_on: list[str] | None = None) -> None:
        self.vocab, self.idf, self.coef, self.intercept, self.classes = vocab, idf, coef, intercept, classes
        self.trained_on = set(trained_on or [])

    def matrix(self, feats: Sequence[dict[str, float]]) -> np.ndarray:
        x = np.zeros((len(feats), len(self.vocab)), dtype=np.float32)
        for i, f in enumerate(feats):
            for k, v in f.items():
                j = self.vocab.get(k)
                if j is not None:
                    x[i, j] = (1 + math.log(v)) * self.idf[j] if v > 0 else 0.0
            norm = np.linalg.norm(x[i])
            if norm:
                x[i] /= norm
        return x

    def predict(self, feats: Sequence[dict[str, float]]) -> list[str]:
        scores = self.matrix(feats) @ self.coef.T + self.intercept
        return [self.classes[i] for i in scores.argmax(axis=1)]

    def to_json(self) -> dict:
        return {"vocab": self.vocab, "idf": [round(float(v), 5) for v in self.idf],
                "coef": [[round(float(v), 5) for v in row] for row in self.coef],
                "intercept": [round(float(v), 5) for v in self.intercept], "classes": self.classes,
                "trained_on": sorted(self.trained_on)}

    @classmethod
    def from_json(cls, d: dict) -> PloverModel:
        return cls(d["vocab"], np.array(d["idf"], dtype=np.float32), np.array(d["coef"], dtype=np.float32),
                   np.array(d["intercept"], dtype=np.float32), d["classes"], d.get("trained_on"))


def train(feats: Sequence[dict[str, float]], labels: Sequence[str], ids: Sequence[str] = (), min_df: int = 2,
          c: float = 4.0) -> PloverModel:
    from sklearn.linear_model import LogisticRegression

    df: Counter = Counter()
    for f in feats:
        df.update(f.keys())
    keys = sorted(k for k, n in df.items() if n >= min_df or k.startswith("vote:"))
    vocab = {k: i for i, k in enumerate(keys)}
    n = len(feats)
    idf = np.array([math.log((1 + n) / (1 + df[k])) + 1 for k in keys], dtype=np.float32)
    model = PloverModel(vocab, idf, np.zeros((1, 1)), np.zeros(1), [], ids)
    x = model.matrix(feats)
    lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    lr.fit(x, list(labels))
    model.coef, model.intercept, model.classes = lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32), list(lr.classes_)
    return model


@lru_cache(maxsize=1)
def shipped_model() -> PloverModel | None:
    path = resources.files("attache.events").joinpath(f"data/{MODEL_FILE}")
    if not path.is_file():
        return None
    return PloverModel.from_json(json.loads(path.read_text("utf-8")))


def save_model(model: PloverModel, path: Path) -> None:
    path.write_text(json.dumps(model.to_json(), separators=(",", ":")), "utf-8")


__all__ = ["PLOVER_TYPES", "PloverModel", "features", "lemmas", "split_text", "train", "shipped_model", "save_model"]
