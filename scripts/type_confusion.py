"""Gold type against emitted type for the gold rows whose (source, target) pair some event finds.

    PYTHONPATH=src python scripts/type_confusion.py FILE [--half a|b] [--details]

Codes the rows as ``attache eval dyads`` does (``evaluate/dyads.py``, one article per sentence with its
context) and, for every gold row whose pair is found by at least one event, counts the gold type against the
types of those events: ``right`` when the gold type is among them, else one count per (gold, emitted) pair of
types. It also counts the sentences where one pair gets two events of different types (``conflicts``: which
one is right, if any). Prints one JSON line; ``--details`` prints the rows with a wrong type and the
conflicting pairs (tuning data only: never read the details of a held-out half or of a test file).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from attache.evaluate import dyads


def _pairs(events: list[dict], g: dict) -> list[dict]:
    return [e for e in events if dyads.pair_found(e, g)]


def _row(kind: str, art: dict, gold: str, pairs: list[dict]) -> dict:
    """A row of --details: the sentence, the gold row as text and the events that find its pair."""
    return {"kind": kind, "id": art["id"], "text": art["text"], "gold": gold, "found": [e["text"] for e in pairs]}


def confusion(articles: list[dict], emitted: list[list[dict]]) -> tuple[dict, list[dict]]:
    counts: Counter = Counter()
    confused: Counter = Counter()
    conflicts: Counter = Counter()
    rows = []
    for art, events in zip(articles, emitted):
        for g in art["gold"]:
            if not g["type"]:
                continue
            pairs = _pairs(events, g)
            if not pairs:
                continue
            counts["pair_found"] += 1
            types = sorted({e["type"] for e in pairs})
            if g["type"] in types:
                counts["right"] += 1
                if len(types) > 1:
                    conflicts["one right: " + " + ".join(types)] += 1
                    rows.append(_row("conflict", art, g["type"], pairs))
                continue
            counts["wrong"] += 1
            for t in types:
                confused[f"{g['type']} <- {t}"] += 1
            if len(types) > 1:
                conflicts["none right: " + " + ".join(types)] += 1
            gold = f"{[s['text'] for s in g['source']]} -{g['type']}-> {[s['text'] for s in g['target']]}"
            rows.append(_row("wrong_type", art, gold, pairs))
    out = {**counts, "confusion": dict(confused.most_common()), "conflicts": dict(conflicts.most_common())}
    return out, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    if args.details and dyads.held_out(args.path, args.half):
        raise SystemExit("held-out data: no --details (tuning sets only)")
    articles, _problems = dyads.load_half(args.path, args.half)
    emitted = dyads.attache_events(articles)
    out, rows = confusion(articles, emitted)
    if args.details:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    print(json.dumps({"data": str(args.path), "half": args.half, "articles": len(articles), **out}))


if __name__ == "__main__":
    main()
