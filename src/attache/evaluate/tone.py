"""Tone toward a target: NewsMTSC-format rows (text, target_start, target_end, polarity).

On the rows the shipped model was trained on, the figure comes from 5-fold
cross-validation grouped by sentence (a sentence never sits in both training
and test folds); on other rows the shipped model predicts directly. The
sentence-level VADER baseline is computed in the same run.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..facts.tone import ToneModel, _vader, save_model, shipped_model, target_features
from .crossval import cross_validated, headline, predictions
from .events import scores

FOLDS = 5


def _rows(path: Path) -> list[dict]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            continue  # not a row
        if (
            not isinstance(r, dict)
            or r.get("polarity") not in ("negative", "neutral", "positive")
            or not isinstance(r.get("text"), str)
        ):
            continue
        s, e = r.get("target_start"), r.get("target_end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(r["text"]):
            out.append(r)
    return out


def features(rows: list[dict]) -> list[dict[str, float]]:
    from ..nlp import load

    nlp = load()
    texts = sorted({r["text"] for r in rows})
    docs = dict(zip(texts, nlp.pipe(texts, batch_size=64)))
    out = []
    for r in rows:
        doc = docs[r["text"]]
        s, e = int(r["target_start"]), int(r["target_end"])
        toks = [t for t in doc if t.idx < e and t.idx + len(t) > s] or [doc[0]]
        out.append(target_features(doc, toks[0].i, toks[-1].i))
    return out


def _ids(rows: list[dict]) -> list[str]:
    return [r.get("id") or f"{r['text']}|{r['target_start']}" for r in rows]


def grouped_cv(rows: list[dict], feats: list[dict[str, float]]) -> list[str]:
    """Predictions for every row from models that never saw its sentence."""
    fold = {t: int(hashlib.sha1(("a" + t).encode()).hexdigest(), 16) % FOLDS for t in {r["text"] for r in rows}}
    return cross_validated(
        [fold[r["text"]] for r in rows],
        FOLDS,
        lambda train: ToneModel.train([feats[i] for i in train], [rows[i]["polarity"] for i in train]),
        feats,
    )


def vader_baseline(rows: list[dict]) -> list[str]:
    v = _vader()
    out = []
    for r in rows:
        c = v.polarity_scores(r["text"])["compound"]
        out.append("positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral")
    return out


def evaluate_tone(path: Path, mode: str = "auto") -> dict[str, Any]:
    rows = _rows(path)
    feats = features(rows)
    pred, how = predictions(
        mode,
        shipped_model(),
        _ids(rows),
        feats,
        lambda: grouped_cv(rows, feats),
        f"{FOLDS}-fold cross-validation grouped by sentence",
    )
    gold = [r["polarity"] for r in rows]
    result = scores(gold, pred)
    base = scores(gold, vader_baseline(rows))
    return {
        **headline("tone", len(rows), result, how),
        "vader_macro_f1": round(base["macro_f1"], 4),
        "per_class": result["per_type"],
    }


def train_tone(path: Path, out: Path) -> int:
    rows = _rows(path)
    model = ToneModel.train(features(rows), [r["polarity"] for r in rows], _ids(rows))
    save_model(model, out)
    return len(rows)
