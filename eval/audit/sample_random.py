"""Draw a random audit sample of coded events from corpus dumps (the design of the 2026-12-02c..g audits).

    PYTHONPATH=src python eval/audit/sample_random.py DB SEED OUT DUMP.jsonl [DUMP.jsonl ...]

DB is a demo database (its articles give the outlet, the publication date and the text before the sentence); each
DUMP line is one coded event (article, sent, trigger, type, src, tgt, fact, date, conf). The sampled articles are
coded again so each item carries every field the auditor judges (mode, CAMEO code, date precision, attribution).
Groups: 30 state.gov and 30 other outlets at confidence >= 0.5, 20 below; sentences of earlier samples left out.
"""

import glob
import json
import random
import sys
from pathlib import Path

from attache.analysis import Analyzer
from attache.store import open_store


def earlier_sentences(folder: Path) -> set[str]:
    seen: set[str] = set()
    for f in folder.glob("*_sample.json"):
        data = json.loads(f.read_text())
        items = data["items"] if isinstance(data, dict) else data
        for it in items:
            seen.add(it.get("sentence", "")[:200])
    return seen


def main() -> None:
    db, seed, out, dumps = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]
    rows = [json.loads(line) for d in dumps for f in glob.glob(d) for line in open(f)]
    seen = earlier_sentences(out.parent)
    st = open_store(db, read_only=True)
    meta = {i: (u, o, p) for i, u, o, p in st.con.execute("select id, url, outlet, published from articles").fetchall()}
    rows = [r for r in rows if r["sent"][:200] not in seen and r["article"] in meta]
    state = lambda r: "state.gov" in (meta[r["article"]][0] or "")  # noqa: E731
    groups = [
        ("state.gov, >=0.5", [r for r in rows if state(r) and r["conf"] >= 0.5], 30),
        ("other outlets, >=0.5", [r for r in rows if not state(r) and r["conf"] >= 0.5], 30),
        ("below 0.5", [r for r in rows if r["conf"] < 0.5], 20),
    ]
    rng = random.Random(seed)
    picked = []
    for name, pool, k in groups:
        print(f"{name}: {len(pool)} events, {min(k, len(pool))} drawn", file=sys.stderr)
        picked += [(name, r) for r in rng.sample(pool, min(k, len(pool)))]
    arts = st.get_articles(sorted({r["article"] for _, r in picked}))
    coded = {a.article_id: a.events for a in Analyzer().analyze(list(arts.values()))}
    items = []
    for n, (name, r) in enumerate(picked, 1):
        art = arts[r["article"]]
        text = art.text
        ev = next(
            e
            for e in coded[r["article"]]
            if text[e.sentence_start : e.sentence_end][:400] == r["sent"]
            and text[e.trigger_start : e.trigger_end] == r["trigger"]
            and e.plover_type == r["type"]
        )
        side = lambda s: f"{s.name} [{s.country}]" if s else None  # noqa: E731
        url, outlet, published = meta[r["article"]]
        items.append(
            {
                "n": n,
                "group": name,
                "event_id": ev.id,
                "outlet": outlet,
                "url": url,
                "published": str(published),
                "context_before": text[max(0, ev.sentence_start - 500) : ev.sentence_start],
                "sentence": text[ev.sentence_start : ev.sentence_end],
                "event": {
                    "type": ev.plover_type,
                    "mode": ev.plover_mode,
                    "cameo": ev.cameo_code,
                    "trigger": text[ev.trigger_start : ev.trigger_end],
                    "source": side(ev.source),
                    "target": side(ev.target),
                    "source_actor": ev.source.actor_id if ev.source else None,
                    "target_actor": ev.target.actor_id if ev.target else None,
                    "date": ev.date,
                    "date_precision": ev.date_precision,
                    "factuality": ev.factuality,
                    "attributed_to": ev.attributed_to,
                    "confidence": round(ev.confidence, 2),
                },
            }
        )
    out.write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
