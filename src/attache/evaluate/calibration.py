"""How well event confidence predicts correctness, on gold rows with sides (span or GSR format).

An emitted event with both sides is *right* when a gold row of its sentence has its type and its two
sides (the matching rules of :mod:`attache.evaluate.dyads`). Reported: expected calibration error over
ten bins, the reliability table, and precision and recall of the events kept at each threshold."""

from __future__ import annotations

import re
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
        coded, doc = analyzer.coder.code_in_context(parsed, mentions, date)
        for e in coded:
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
                    "features": dict(zip(FEATURES, features(e, FEATURES, doc))),
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


_BRACKET = re.compile(r"\[([^\]]*)\]\s*$")


def _audit_country(side: Any) -> str | None:
    """The country an audit sample shows for a side ("Antony Blinken [USA]" -> "USA"; "[None]" -> None)."""
    m = _BRACKET.search(str(side or ""))
    code = m.group(1).strip() if m else ""
    return code if code and code != "None" else None


def _audit_side_named(side: Any) -> bool:
    """Whether the sample's side names an actor at all ("None [None]" or an empty side does not)."""
    name = _BRACKET.sub("", str(side or "")).strip()
    return bool(name) and name != "None"


def audit_labelled_events(sample: Path, judgements: Path, analyzer=None) -> tuple[list[dict[str, Any]], list[str]]:
    """The events of a hand audit of the pipeline's output (``eval/audit/*_sample.json`` with its
    ``*_judgements.jsonl``), labelled by the auditor and re-coded by the current coder: each judged sentence is read
    again (its context before it, then the sentence, with the publication date, as `attache eval dyads` reads a
    gold row) and the current coder's event with the judged event's type, trigger and sides' countries takes the
    judgement. *Right* is the calibration's meaning: a real event whose type and both sides are right. Events the
    current coder no longer emits are left out (one line each in the second list), as are events with one side
    only (the main calibration scores pairs). The audits sample what an analyst reads (mostly State Department
    prose), where the gold sets' selected sentences hold an event more often."""
    import json

    from ..analysis import Analyzer
    from ..nlp import parse

    items = json.loads(Path(sample).read_text("utf-8"))
    verdicts = {}
    for line in Path(judgements).read_text("utf-8").splitlines():
        if line.strip():
            j = json.loads(line)
            verdicts[j.get("n")] = j
    rows, judged = [], []
    for it in items:
        j, ev = verdicts.get(it.get("n")), it.get("event") or {}
        if j is None or not (_audit_side_named(ev.get("source")) and _audit_side_named(ev.get("target"))):
            continue
        rows.append(
            {
                "id": f"{Path(sample).stem}#{it.get('n')}",
                "text": str(it.get("sentence") or ""),
                "context": str(it.get("context_before") or "").strip(),
                "pub_date": str(it.get("published") or "")[:10] or None,
                "url": it.get("url"),
                "outlet": it.get("outlet"),
            }
        )
        judged.append((ev, j))
    analyzer = analyzer or Analyzer()
    out: list[dict[str, Any]] = []
    lost: list[str] = []
    for row, (ev, j), parsed in zip(rows, judged, parse(_articles_for(rows))):
        date = parsed.article.published
        mentions = analyzer.resolver.resolve(parsed, date)
        want = (
            str(ev.get("type") or "").upper(),
            str(ev.get("trigger") or "").lower(),
            _audit_country(ev.get("source")),
            _audit_country(ev.get("target")),
        )
        hit = None
        coded, doc = analyzer.coder.code_in_context(parsed, mentions, date)
        for e in coded:
            if not _in_sentence(e, _offset(row)) or e.source is None or e.target is None:
                continue
            got = (e.plover_type, (e.trigger or "").lower(), e.source.country, e.target.country)
            if got == want:
                hit = e
                break
        if hit is None:
            lost.append(f"{row['id']}: the current coder gives no {want[0]} '{want[1]}' {want[2]}->{want[3]} here")
            continue
        right = bool(j.get("is_event") and j.get("type_right") and j.get("source_right") and j.get("target_right"))
        out.append(
            {
                "article": str(row.get("url") or row["id"]),
                "type": hit.plover_type,
                "features": dict(zip(FEATURES, features(hit, FEATURES, doc))),
                "confidence": float(hit.confidence),
                "right": right,
                "gold_ids": [row["id"]] if right else [],
            }
        )
    return out, lost
