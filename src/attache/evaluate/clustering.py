"""Story clustering on labelled rows {id, label, text}: B-cubed and ARI, beside a TF-IDF baseline."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..extract.dates import parse_date
from . import json_rows
from ..stories.cluster import Settings, StoryClusterer, make_doc


def bcubed(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    n = len(gold)
    if not n:
        return 0.0, 0.0, 0.0
    pair = Counter(zip(gold, pred))
    g, p = Counter(gold), Counter(pred)
    prec = sum(pair[(a, b)] / p[b] for a, b in zip(gold, pred)) / n
    rec = sum(pair[(a, b)] / g[a] for a, b in zip(gold, pred)) / n
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _rows(path: Path) -> list[dict]:
    return [r for r in json_rows(path) if isinstance(r.get("text"), str) and r.get("label") is not None]


def _title_text(r: dict) -> tuple[str | None, str]:
    if r.get("title"):
        return r["title"], r["text"]
    first, _, rest = r["text"].partition("\n")
    return (first.strip(), rest) if len(first) < 200 and rest.strip() else (None, r["text"])


def cluster_rows(rows: list[dict], settings: Settings | None = None) -> list[str]:
    c = StoryClusterer(settings)
    for r in rows:
        title, text = _title_text(r)
        raw = str(r.get("date") or r.get("published") or r.get("publish_date") or "")
        date = parse_date(raw) if raw else None  # any common date form; None when there is none
        c.add(make_doc(str(r["id"]), text, title, date))
    c.refine()
    a = c.assignments()
    return [a[str(r["id"])] for r in rows]


def tfidf_baseline(rows: list[dict]) -> dict[str, Any]:
    """TF-IDF average-linkage clustering with the distance threshold chosen on these rows (an upper bound)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform([r["text"] for r in rows]).toarray()
    gold = [str(r["label"]) for r in rows]
    best = (0.0, 0.0)
    for t in [0.5 + 0.01 * i for i in range(50)]:
        pred = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=t).fit_predict(x)
        f = bcubed(gold, [str(p) for p in pred])[2]
        if f > best[0]:
            best = (f, t)
    return {"bcubed_f1": round(best[0], 4), "threshold": round(best[1], 3)}


def evaluate_clustering(path: Path, baseline: bool = True) -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score

    rows = _rows(path)
    pred = cluster_rows(rows)
    gold = [str(r["label"]) for r in rows]
    p, r, f = bcubed(gold, pred)
    out = {"task": "clustering", "n": len(rows), "bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4),
           "bcubed_f1": round(f, 4), "ari": round(adjusted_rand_score(gold, pred), 4), "clusters": len(set(pred))}
    if baseline:
        out["baseline"] = tfidf_baseline(rows)
    return out
