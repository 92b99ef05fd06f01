"""Draw the fifth hand audit (2026-12-02b): 80 events with a MARK (a weaker side) in four strata of 20.

    PYTHONPATH=src python eval/audit/sample_b.py /tmp/audit8.duckdb \
        eval/audit/2026-12-02b_sample.json

Strata (from the events' source_span / target_span JSON, "how" and "tier"):
- A: a side chosen by order (either span has "how": "order");
- B: the sentence back-off's country tier ("how": "sentence", no "tier");
- C: the sentence back-off's entity tier ("how": "sentence", "tier": "entity");
- D: one side has no country (source_country or target_country null) and neither span has a mark.
An event is put in the first stratum it fits (A, B, C, D). Sentences an earlier sample showed (by URL and sentence
text) are left out. Drawn with random.Random(20261202); the items have the fields of scripts/audit_sample.py plus
the stratum and the spans' marks.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from audit_sample import QUERY as BASE_QUERY  # noqa: E402
from audit_sample import item, unseen_rows  # noqa: E402

QUERY = BASE_QUERY.replace("e.trigger_text\n", "e.trigger_text, e.source_span, e.target_span\n")
assert "e.source_span" in QUERY
EXCLUDE = ["2026-12-01_sample.json", "2026-12-01b_sample.json", "2026-12-01d_sample.json", "2026-12-02a_sample.json"]
STRATA = [
    ("A", "side chosen by order"),
    ("B", "sentence back-off, country tier"),
    ("C", "sentence back-off, entity tier"),
    ("D", "one side missing, no mark"),
]


def marks(r: dict) -> tuple[dict, dict]:
    out = []
    for k in ("source_span", "target_span"):
        try:
            out.append(json.loads(r[k]) if r[k] else {})
        except (TypeError, ValueError):
            out.append({})
    return out[0] or {}, out[1] or {}


def stratum(r: dict) -> str | None:
    s, t = marks(r)
    hows = [(m.get("how"), m.get("tier")) for m in (s, t)]
    if any(h == "order" for h, _ in hows):
        return "A"
    if any(h == "sentence" and not tier for h, tier in hows):
        return "B"
    if any(h == "sentence" and tier == "entity" for h, tier in hows):
        return "C"
    if not any(h for h, _ in hows) and (r["source_country"] is None or r["target_country"] is None):
        return "D"
    return None


def main(db: str, out: str, seed: int = 20261202, k: int = 20) -> None:
    here = Path(__file__).resolve().parent
    rows = unseen_rows(db, QUERY, [here / name for name in EXCLUDE])
    pools = {s: [r for r in rows if stratum(r) == s] for s, _ in STRATA}
    print({s: len(p) for s, p in pools.items()}, "events per stratum after exclusion")
    rng = random.Random(seed)
    sample = [(r, s, label) for s, label in STRATA for r in rng.sample(pools[s], min(k, len(pools[s])))]
    items = []
    for n, (r, s, label) in enumerate(sample, 1):
        it = item(n, f"{s}: {label}", r)
        sm, tm = marks(r)
        it["event"]["source_mark"] = {k2: sm.get(k2) for k2 in ("how", "tier") if sm.get(k2)}
        it["event"]["target_mark"] = {k2: tm.get(k2) for k2 in ("how", "tier") if tm.get(k2)}
        items.append(it)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
    print(f"{len(items)} events -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
