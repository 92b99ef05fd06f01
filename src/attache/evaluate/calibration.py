"""How well event confidence predicts correctness, on gold rows with sides (span or GSR format).

An emitted event with both sides is *right* when a gold row of its sentence has its type and its two
sides (the matching rules of :mod:`attache.evaluate.dyads`). Reported: expected calibration error over
ten bins, the reliability table, and precision and recall of the events kept at each threshold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..events.calibration import FEATURES, expected_calibration_error, features
from .dyads import _articles_for, _found, _in_sentence, _match, _offset, _side_of, half_of, load_gold


def _lone_side_found(e, src: dict[str, Any], tgt: dict[str, Any], g: dict[str, Any]) -> bool:
    """A one-sided event is right when the gold row names its side and nobody on the other."""
    if e.target is None:
        return not g["target"] and not g["symmetric"] and _match(src, g["source"])
    return not g["source"] and _match(tgt, g["target"])


def labelled_events(
    path: Path, analyzer=None, half: str | None = None, one_sided: bool = False
) -> tuple[list[dict[str, Any]], int]:
    """Every event with both sides found in the file's sentences (``half`` "a"/"b": one fixed half of them, as
    ``attache eval dyads --half``): its features by name, score and whether it is right; and the number of
    gold rows (for recall). ``one_sided``: the events with one side only instead, right when a gold row of the
    sentence has their type, their side, and no actor on the other side (an act with no counterpart told)."""
    from ..analysis import Analyzer
    from ..nlp import parse
    from ..progress import counted

    articles, _ = load_gold(path)
    if half in ("a", "b"):
        articles = [a for a in articles if half_of(a["id"]) == half]
    analyzer = analyzer or Analyzer()
    out = []
    gold_rows = sum(len(a["gold"]) for a in articles)
    for art, parsed in counted(zip(articles, parse(_articles_for(articles))), len(articles)):
        date = parsed.article.published
        mentions = analyzer.resolver.resolve(parsed, date)
        text = parsed.article.text  # the row's context, then its sentence (offsets are in this text)
        for e in analyzer.coder.code(parsed, mentions, date):
            if not _in_sentence(e, _offset(art)) or (e.source is None and e.target is None):
                continue
            if one_sided != (e.source is None or e.target is None):
                continue
            src, tgt = _side_of(e.source, e.source_span, text), _side_of(e.target, e.target_span, text)
            if one_sided:
                hits = [g for g in art["gold"] if g["type"] == e.plover_type and _lone_side_found(e, src, tgt, g)]
            else:
                hits = [
                    g
                    for g in art["gold"]
                    if g["type"] == e.plover_type
                    and (_found(src, tgt, g) or ((e.symmetric or g["symmetric"]) and _found(tgt, src, g)))
                ]
            out.append(
                {
                    "article": art["id"],
                    "type": e.plover_type,
                    "features": dict(zip(FEATURES, features(e))),
                    "confidence": float(e.confidence),
                    "right": bool(hits),
                    "gold_ids": [g["id"] for g in hits],
                }
            )
    return out, gold_rows


def evaluate_calibration(path: Path, thresholds: tuple[float, ...] = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)) -> dict[str, Any]:
    events, gold_rows = labelled_events(path)
    scores = [e["confidence"] for e in events]
    right = [e["right"] for e in events]
    ece, table = expected_calibration_error(scores, right)
    by_threshold = []
    for t in thresholds:
        kept = [e for e in events if e["confidence"] >= t]
        found = {g for e in kept for g in e["gold_ids"]}
        by_threshold.append(
            {
                "min_confidence": t,
                "events": len(kept),
                "precision": round(sum(e["right"] for e in kept) / len(kept), 4) if kept else None,
                "triple_recall": round(len(found) / gold_rows, 4) if gold_rows else None,
            }
        )
    return {
        "task": "calibration",
        "n": len(events),
        "gold_rows": gold_rows,
        "ece": ece,
        "reliability": table,
        "by_threshold": by_threshold,
    }
