"""Entities from attache's pipeline (numpy decoder of the recognizer, ``nlp/fastner.py``) against spaCy's
model as shipped, on the first N records of a JSONL corpus. Diagnostic; the test of record is
``tests/test_nlp_fast.py``.

    python scripts/compare_ner.py ../shared/corpus/demo/state_department_2021_2022.jsonl --records 2500
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("--records", type=int, default=500)
    ap.add_argument("--chars", type=int, default=5000, help="first characters of each text")
    args = ap.parse_args(argv)

    from attache.nlp import load, load_stock

    texts = []
    with open(args.data, encoding="utf-8") as fh:
        for line in fh:
            texts.append((json.loads(line).get("text") or "")[: args.chars])
            if len(texts) >= args.records:
                break
    fast, stock = load(), load_stock()
    assert "attache_fast_ner" in fast.pipe_names and "ner" in stock.pipe_names
    t = time.perf_counter()
    got = [[(e.start, e.end, e.label_) for e in d.ents] for d in fast.pipe(texts, batch_size=32)]
    t_fast = time.perf_counter() - t
    t = time.perf_counter()
    want = [[(e.start, e.end, e.label_) for e in d.ents] for d in stock.pipe(texts, batch_size=32)]
    t_stock = time.perf_counter() - t
    differ = [i for i, (a, b) in enumerate(zip(got, want)) if a != b]
    for i in differ[:10]:
        print(f"record {i}: only attache {sorted(set(got[i]) - set(want[i]))}, only spaCy {sorted(set(want[i]) - set(got[i]))}")
    print(
        json.dumps(
            {
                "records": len(texts),
                "entities": sum(map(len, want)),
                "records_differing": len(differ),
                "attache_pipeline_s": round(t_fast, 1),
                "stock_pipeline_s": round(t_stock, 1),
            }
        )
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
