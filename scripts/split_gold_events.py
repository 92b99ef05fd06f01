"""Split the gold event annotation into a development and a test half, by article.

All rows of one article (its events and its no-event rows) go to the same side. Per source
corpus, articles are shuffled with random.Random(SEED) and each is given to the side that
has fewer selected sentences of that corpus so far (ties: dev). Sentence counts do not
change when an annotation is corrected, so the split is stable under adjudication; both
halves get about half the sentences (and events) of each source.

Usage:
    python scripts/split_gold_events.py --all eval/events_gold_all.jsonl \
        --dev eval/events_gold_dev.jsonl --test eval/events_gold_test.jsonl
    python scripts/split_gold_events.py --all eval/events_gold7_all.jsonl \
        --dev eval/events_gold7_dev.jsonl --test eval/events_gold7_test.jsonl --seed 20261207
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict

SEED = 20261201


def split(rows: list[dict], seed: int = SEED) -> tuple[list[dict], list[dict]]:
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_article[r["article_id"]].append(r)
    corpora = sorted({r["source_corpus"] for r in rows})
    rng = random.Random(seed)
    side_of: dict[str, str] = {}
    for corpus in corpora:
        arts = sorted(a for a, rs in by_article.items() if rs[0]["source_corpus"] == corpus)
        rng.shuffle(arts)
        ev = {"dev": 0, "test": 0}
        sents = {"dev": 0, "test": 0}
        for a in arts:
            side = min(("dev", "test"), key=lambda s: (sents[s], s != "dev"))
            side_of[a] = side
            ev[side] += sum(1 for r in by_article[a] if r["event_type"])
            sents[side] += len({r["sentence_id"] for r in by_article[a]})
    dev = [r for r in rows if side_of[r["article_id"]] == "dev"]
    test = [r for r in rows if side_of[r["article_id"]] == "test"]
    return dev, test


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", default="eval/events_gold_all.jsonl")
    ap.add_argument("--dev", default="eval/events_gold_dev.jsonl")
    ap.add_argument("--test", default="eval/events_gold_test.jsonl")
    ap.add_argument("--seed", type=int, default=SEED, help="the article shuffle's seed (gold7: 20261207)")
    args = ap.parse_args(argv)
    with open(args.all, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    dev, test = split(rows, args.seed)
    for path, part in ((args.dev, dev), (args.test, test)):
        with open(path, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary = {}
    for name, part in (("dev", dev), ("test", test)):
        summary[name] = {
            "articles": len({r["article_id"] for r in part}),
            "sentences": len({r["sentence_id"] for r in part}),
            "events": sum(1 for r in part if r["event_type"]),
        }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
