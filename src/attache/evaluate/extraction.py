"""Article-body extraction scored as the article-extraction-benchmark scores it.

Per document: ``\\w+`` tokens, multisets of 4-token shingles, TP/FP/FN counted
over shingles and normalised to sum to 1. Precision is averaged over documents
with a prediction or an error (tp + fp > 0), recall over documents with a
reference (tp + fn > 0); F1 is taken from the two averages. Accuracy is the
share of documents whose shingles match exactly.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..extract import ExtractError, extract
from ..model import RawDocument
from ..sources.decode import DecodeError, decode_bytes

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one document."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def aggregate(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    p_values = [_precision(*s) for s in scores if s[0] + s[1] > 0]
    r_values = [_recall(*s) for s in scores if s[0] + s[2] > 0]
    precision = statistics.mean(p_values) if p_values else 0.0
    recall = statistics.mean(r_values) if r_values else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = statistics.mean([1.0 if s[1] == s[2] == 0 else 0.0 for s in scores]) if scores else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def load_benchmark(data: Path) -> list[tuple[str, str, str | None, Path]]:
    """(id, reference body, url, html path) for each ground-truth entry."""
    truth_file = data / "ground-truth.json"
    if not truth_file.exists():
        raise FileNotFoundError(f"{truth_file} not found: --data must hold ground-truth.json and html/<id>.html.gz")
    truth = json.loads(truth_file.read_text("utf-8"))
    items = []
    for key in sorted(truth):
        entry = truth[key]
        items.append((key, entry.get("articleBody", ""), entry.get("url"), data / "html" / f"{key}.html.gz"))
    return items


def read_page(path: Path, url: str | None) -> RawDocument:
    data = gzip.decompress(path.read_bytes())
    text, encoding, warnings = decode_bytes(data, html=True)
    return RawDocument(
        uri=str(path),
        content=text,
        content_type="html",
        meta={"url": url} if url else {},
        size=len(data),
        encoding=encoding,
        warnings=warnings,
    )


def evaluate_extraction(data: Path, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    rows = []
    scores = []
    for key, reference, url, path in load_benchmark(Path(data)):
        error = None
        try:
            predicted = extract(read_page(path, url)).text
        except (ExtractError, DecodeError, OSError, EOFError) as exc:
            predicted, error = "", str(exc)
        s = match(reference, predicted)
        scores.append(s)
        rows.append({"id": key, "precision": _precision(*s), "recall": _recall(*s), "error": error})
        if progress:
            progress(key)
    metrics = aggregate(scores)
    return {"task": "extraction", "n": len(scores), **{k: round(v, 4) for k, v in metrics.items()}, "documents": rows}
