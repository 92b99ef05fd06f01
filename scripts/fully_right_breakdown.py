"""Why a gold event is not "fully right": the misses of ``attache eval dyads`` broken down by component.

    PYTHONPATH=src python scripts/fully_right_breakdown.py eval/events_gold_dev.jsonl [--details]

Scores the file as ``attache eval dyads`` does (``evaluate/dyads.py``: one article per sentence) and, for
every gold row that carries a factuality, sorts it into one class:

- ``fully_right``: an event with the right type, both sides' countries, the factuality and the date;
- ``not_found``: no event has the right type and both sides' countries;
- ``date_only``: such events exist, the best of them is wrong on the date only;
- ``factuality_only``: ... wrong on the factuality only;
- ``both``: ... wrong on both.

Among the rows whose type and sides are right it gives the date accuracy and the factuality accuracy
(an event with type and sides right is counted right on a component when any such event is). Prints one
JSON line; ``--details`` prints every non-fully-right row with type and sides right first (for the
development half only: never read the test half's sentences).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from attache.evaluate import dyads


def _sides_right(e: dict, g: dict) -> bool:
    gsides = (g["source"], g["target"] or g["source"])
    straight = dyads._country_ok(e["source"], gsides[0]) and dyads._country_ok(e["target"], gsides[1])
    turned = (
        (e.get("symmetric") or g["symmetric"])
        and dyads._country_ok(e["target"], gsides[0])
        and dyads._country_ok(e["source"], gsides[1])
    )
    return bool(straight or turned)


def _found(e: dict, g: dict) -> bool:
    return dyads._found(e["source"], e["target"], g) or bool(
        (e.get("symmetric") or g["symmetric"]) and dyads._found(e["target"], e["source"], g)
    )


def _gold_text(g: dict) -> str:
    src = [f"{s['text']}/{s['code']}" for s in g["source"]]
    tgt = [f"{s['text']}/{s['code']}" for s in g["target"]]
    return f"{src} -{g['type']}-> {tgt} {g['factuality']} {g['date']} ({g.get('precision')})"


def _event_text(e: dict) -> str:
    src = f"{e['text']}"
    return f"{src} {e.get('factuality')} {e.get('date')} ({e.get('date_precision')} {e.get('date_text')!r})"


def _why_not_found(g: dict, events: list[dict]) -> str:
    """Why no event has the gold row's type and both sides' countries: which part of it is missing."""
    two = [e for e in events if e["target"] is not None]
    if not events:
        return "no_event"
    if any(_found(e, g) and _sides_right(e, g) for e in two):
        return "wrong_type"
    if any(_found(e, g) and e["type"] == g["type"] for e in two):
        return "side_country"  # the side's words match, its country does not
    same_type = [e for e in events if e["type"] == g["type"]]
    if any(e["target"] is None for e in same_type):
        return "one_sided"
    if same_type:
        return "sides_wrong"
    return "other_types_only"


def breakdown(articles: list[dict], emitted: list[list[dict]]) -> tuple[dict, list[dict]]:
    classes: Counter = Counter()
    missed: Counter = Counter()
    gold_fact: Counter = Counter()
    date_kind: Counter = Counter()
    rows = []
    for art, events in zip(articles, emitted):
        for g in art["gold"]:
            if g["factuality"] is None:
                continue
            two = [e for e in events if e["target"] is not None]
            cands = [e for e in two if _found(e, g) and e["type"] == g["type"] and _sides_right(e, g)]
            if not cands:
                classes["not_found"] += 1
                why = _why_not_found(g, events)
                missed[why] += 1
                rows.append(
                    {
                        "class": "not_found/" + why,
                        "id": g["id"],
                        "text": art["text"],
                        "gold": _gold_text(g),
                        "found": [_event_text(e) for e in events],
                    }
                )
                continue
            date_ok = [dyads._date_ok(e.get("date"), g["date"]) for e in cands]
            fact_ok = [e.get("factuality") == g["factuality"] for e in cands]
            if any(d and f for d, f in zip(date_ok, fact_ok)):
                cls = "fully_right"
            elif any(date_ok):
                cls = "factuality_only"
            elif any(fact_ok):
                cls = "date_only"
            else:
                cls = "both"
            classes[cls] += 1
            classes["typed_sides_right"] += 1
            classes["date_right"] += any(date_ok)
            classes["factuality_right"] += any(fact_ok)
            if cls in ("factuality_only", "both"):
                gold_fact[f"{g['factuality']} <- {cands[0].get('factuality')}"] += 1
            if cls in ("date_only", "both"):
                date_kind[f"gold {g.get('precision')} <- {cands[0].get('date_precision')}"] += 1
            if cls != "fully_right":
                rows.append(
                    {
                        "class": cls,
                        "id": g["id"],
                        "text": art["text"],
                        "pub_date": art["pub_date"],
                        "gold": _gold_text(g),
                        "found": [_event_text(e) for e in cands],
                    }
                )
    n = sum(classes[k] for k in ("not_found", "fully_right", "date_only", "factuality_only", "both"))
    ts = classes["typed_sides_right"] or 1
    out = {
        "n": n,
        **{k: classes[k] for k in ("fully_right", "not_found", "date_only", "factuality_only", "both")},
        "fully_right_share": round(classes["fully_right"] / n, 4) if n else 0.0,
        "typed_sides_right": classes["typed_sides_right"],
        "date_accuracy": round(classes["date_right"] / ts, 4),
        "factuality_accuracy": round(classes["factuality_right"] / ts, 4),
        "not_found_why": dict(missed.most_common()),
        "factuality_errors": dict(gold_fact.most_common()),
        "date_errors": dict(date_kind.most_common()),
    }
    return out, rows


def _events_with_precision(articles: list[dict]) -> list[list[dict]]:
    """``dyads.attache_events`` plus each event's date precision and date phrase (for the breakdown)."""
    from attache.analysis import Analyzer
    from attache.nlp import parse

    analyzer = Analyzer()
    out = []
    for art, parsed in zip(articles, parse(dyads._articles_for(articles))):
        date = parsed.article.published
        mentions = analyzer.resolver.resolve(parsed, date)
        events = []
        for e in analyzer.coder.code(parsed, mentions, date):
            if e.source is None:
                continue
            events.append(
                {
                    "type": e.plover_type,
                    "symmetric": e.symmetric,
                    "factuality": e.factuality,
                    "date": e.date,
                    "date_precision": e.date_precision,
                    "date_text": e.date_text,
                    "source": dyads._side_of(e.source, e.source_span, art["text"]),
                    "target": dyads._side_of(e.target, e.target_span, art["text"]) if e.target is not None else None,
                    "text": f"{e.source.name}/{e.source.country} -{e.plover_type}-> "
                    f"{e.target.name if e.target else None}/{e.target.country if e.target else None}",
                }
            )
        out.append(events)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--details", action="store_true", help="print the rows that are not fully right")
    args = ap.parse_args()
    articles, _problems = dyads.load_gold(args.data)
    raw = {str(r.get("id")): r for r in dyads.json_rows(args.data)}
    for art in articles:
        for g in art["gold"]:
            g["precision"] = (raw.get(g["id"]) or {}).get("date_precision")
    emitted = _events_with_precision(articles)
    summary, rows = breakdown(articles, emitted)
    if args.details:
        for r in sorted(rows, key=lambda r: r["class"]):
            print(json.dumps(r, ensure_ascii=False))
    print(json.dumps({"data": str(args.data), **summary}))


if __name__ == "__main__":
    main()
