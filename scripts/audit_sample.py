"""Draw the events an auditor reads against their sentences (the hand audit in docs/benchmarks.md, issue 14).

    PYTHONPATH=src python scripts/audit_sample.py demo.duckdb eval/audit/2026-12-01_sample.json
    PYTHONPATH=src python scripts/audit_sample.py demo.duckdb OUT.json --seed N --exclude eval/audit/OLD_sample.json

``--seed`` draws another sample; ``--exclude`` (repeatable) leaves out the sentences an earlier sample already
showed (by article URL and sentence text), so a second audit reads events its auditor has not seen.

From a database made by ``make demo``: 30 events of state.gov and 30 of the other outlets at or above the
default ``--min-confidence`` (0.5), and 20 below it, drawn with ``random.Random(20261201)``; each with its
sentence, up to 500 characters before it, the article's date and the coded event. The auditor's guidelines are
``eval/events_gold_guidelines.md``; the judgements go beside the sample (one JSON line per event).
"""

from __future__ import annotations

import json
import random

import duckdb

QUERY = """select e.id, a.outlet, a.url, a.published, a.text, e.sentence_start, e.sentence_end, e.plover_type,
 e.plover_mode, e.cameo_code, e.source_actor, e.source_name, e.source_country, e.target_actor, e.target_name,
 e.target_country, e.event_date,
 e.date_precision, e.factuality, e.attributed_to, e.confidence, e.trigger_text
 from events e join articles a on a.id = e.article_id order by e.id"""


def unseen_rows(db: str, query: str, exclude) -> list[dict]:
    """The rows of ``query`` on the database ``db`` (read only) whose sentence no earlier sample (the JSON files of
    ``exclude``) showed, by article URL and sentence text."""
    con = duckdb.connect(db, read_only=True)
    cur = con.execute(query)
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    seen = set()
    for path in exclude:
        with open(path, encoding="utf-8") as f:
            seen |= {(it["url"], " ".join(it["sentence"].split())) for it in json.load(f)}

    def sentence(r: dict) -> str:
        return " ".join((r["text"] or "")[r["sentence_start"] : r["sentence_end"]].split())

    return [r for r in rows if (r["url"], sentence(r)) not in seen]


def item(n: int, group: str, r: dict) -> dict:
    """One event of a sample as the auditor reads it: its sentence, up to 500 characters before it, the article's
    date and the coded event (``r``: a row of QUERY)."""
    text, s, e = r["text"] or "", r["sentence_start"], r["sentence_end"]
    event = {
        "type": r["plover_type"],
        "mode": r["plover_mode"],
        "cameo": r["cameo_code"],
        "trigger": r["trigger_text"],
        "source": f"{r['source_name']} [{r['source_country']}]",
        "target": f"{r['target_name']} [{r['target_country']}]",
        # the resolved actor: an international organisation has no country but an id (IGO.eu, IGO.nato)
        "source_actor": r["source_actor"],
        "target_actor": r["target_actor"],
        "date": str(r["event_date"]),
        "date_precision": r["date_precision"],
        "factuality": r["factuality"],
        "attributed_to": r["attributed_to"],
        "confidence": r["confidence"],
    }
    return {
        "n": n,
        "group": group,
        "event_id": r["id"],
        "outlet": r["outlet"],
        "url": r["url"],
        "published": str(r["published"]),
        "context_before": text[max(0, s - 500) : s],
        "sentence": text[s:e],
        "event": event,
    }


def main(db: str, out: str, seed: int = 20261201, exclude: tuple[str, ...] = ()) -> None:
    rows = unseen_rows(db, QUERY, exclude)
    rng = random.Random(seed)
    high = [r for r in rows if (r["confidence"] or 0) >= 0.5]
    state = [r for r in high if r["outlet"] == "U.S. Department of State"]
    other = [r for r in high if r["outlet"] != "U.S. Department of State"]
    low = [r for r in rows if (r["confidence"] or 0) < 0.5]
    groups = [(state, 30, "state.gov, >=0.5"), (other, 30, "other outlets, >=0.5"), (low, 20, "below 0.5")]
    sample = [(r, name) for pool, k, name in groups for r in rng.sample(pool, min(k, len(pool)))]
    items = [item(n, group, r) for n, (r, group) in enumerate(sample, 1)]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
    print(f"{len(items)} events -> {out}")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Draw the events of a hand audit from a database made by make demo.")
    ap.add_argument("db")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--exclude", action="append", default=[], help="an earlier sample whose sentences are left out")
    a = ap.parse_args()
    main(a.db, a.out, a.seed, tuple(a.exclude))
