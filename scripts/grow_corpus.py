"""Grow a JSON Lines corpus to N records for memory and speed runs: the records again and again, each
copy with its own URL (``#copy-K``) so it is stored as a new article; the texts are unchanged.

    python scripts/grow_corpus.py ../shared/corpus/demo/state_department_2021_2022.jsonl /tmp/sd10k.jsonl --records 10000
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--records", type=int, default=10_000)
    args = ap.parse_args(argv)
    with open(args.source, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if not rows:
        print(f"{args.source}: no records", file=sys.stderr)
        return 1
    with open(args.target, "w", encoding="utf-8") as out:
        for k in range(args.records):
            row = dict(rows[k % len(rows)])
            copy = k // len(rows)
            if copy:
                row["url"] = f"{row.get('url') or 'record'}#copy-{copy}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {args.records} records to {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
