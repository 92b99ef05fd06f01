"""Genre against a hand-labelled sample (``eval/genre_labels.jsonl``, labelled per ``eval/genre_guidelines.md``).

The label file names where each article is (a corpus file and its URL, or a seed's
file name); the articles are read from the corpus folder, extracted as ``ingest``
would, and classified. Per class: how many, recall (the share of the class given its
label: "accuracy per class") and precision; overall accuracy; the confusion matrix.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..facts.genre import GENRES, classify
from ..model import RawDocument
from . import json_rows


def _articles(corpus: Path, files: set[str]) -> dict[tuple[str, str], Any]:
    """(file name, url or file name) -> Article, for the files the labels name (searched under ``corpus``)."""
    from ..extract import extract
    from ..sources import plan_inputs, read_inputs

    paths = [p for p in sorted(corpus.rglob("*")) if p.is_file() and p.name in files]
    out = {}
    for raw in read_inputs(plan_inputs([str(p) for p in paths])):
        if not isinstance(raw, RawDocument):  # a problem with a file: not in the sample
            continue
        name = Path(raw.uri.split(":")[0] if not Path(raw.uri).exists() else raw.uri).name
        try:
            a = extract(raw)
        except Exception:  # an item that does not extract is not in the sample
            continue
        out[(name, a.url or name)] = a
    return out


def evaluate_genre(path: Path, corpus: Path, split: str = "all") -> dict[str, Any]:
    rows = [r for r in json_rows(path) if split == "all" or r.get("split") == split]
    arts = _articles(corpus, {r["file"] for r in rows})
    confusion: Counter = Counter()
    missing, errors = [], []
    for r in rows:
        a = arts.get((r["file"], r.get("url") or r["file"]))
        if a is None:
            missing.append(r.get("url") or r["file"])
            continue
        got, cues = classify(a)
        confusion[(r["label"], got)] += 1
        if got != r["label"]:
            errors.append({"title": r.get("title"), "label": r["label"], "got": got, "cues": cues[:5]})
    n = sum(confusion.values())
    per_class = {}
    for g in GENRES:
        gold = sum(v for (lab, _), v in confusion.items() if lab == g)
        said = sum(v for (_, got), v in confusion.items() if got == g)
        hit = confusion[(g, g)]
        per_class[g] = {
            "n": gold,
            "accuracy": round(hit / gold, 4) if gold else None,
            "precision": round(hit / said, 4) if said else None,
        }
    return {
        "task": "genre",
        "split": split,
        "n": n,
        "accuracy": round(sum(confusion[(g, g)] for g in GENRES) / n, 4) if n else 0.0,
        "per_class": per_class,
        "confusion": {f"{lab}->{got}": v for (lab, got), v in sorted(confusion.items())},
        "missing": missing,
        "errors": errors,
    }
