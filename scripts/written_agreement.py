"""Agreement between a written battery's labels (gold8, gold9, ...) and a second, independent annotation of the
same sentences (one main event per sentence, GSR format).

    python scripts/written_agreement.py eval/events_gold8_test.jsonl eval/events_gold8_test_second.jsonl

Rows are matched by ``id``. Reported (aggregates only: the files may be a held-out half): Cohen's kappa and raw
agreement on the PLOVER type; ``sides_exact``, the same source codes and the same target codes, where a symmetric
row (both parties in ``source``, no target) and a directed one are compared as the unordered pair of their codes;
``pair_exact``, the same unordered set of codes over both sides (who is source aside); ``source_exact`` on directed
rows both annotators gave a target. The last line is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


def rows(path: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                print(f"{path}:{n}: skipped, not JSON ({exc})", file=sys.stderr)
                continue
            if not isinstance(row, dict) or not row.get("id"):
                print(f"{path}:{n}: skipped, no id", file=sys.stderr)
                continue
            out[str(row["id"])] = row
    return out


def codes(side) -> frozenset[str]:
    return frozenset(str(s.get("code")).upper() for s in side or [] if isinstance(s, dict) and s.get("code"))


def symmetric(row: dict) -> bool:
    return not row.get("target") and len(row.get("source") or []) >= 2


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first")
    ap.add_argument("second")
    args = ap.parse_args(argv)
    a, b = rows(args.first), rows(args.second)
    ids = [i for i in a if i in b]
    if not ids:
        print("no row id in both files", file=sys.stderr)
        return 1
    observed, k = kappa([(str(a[i].get("event_type")), str(b[i].get("event_type"))) for i in ids])
    sides = pair = directed = directed_same = 0
    for i in ids:
        x, y = a[i], b[i]
        sx, tx, sy, ty = codes(x.get("source")), codes(x.get("target")), codes(y.get("source")), codes(y.get("target"))
        pair += (sx | tx) == (sy | ty)
        if symmetric(x) or symmetric(y):
            sides += (sx | tx) == (sy | ty)
        else:
            sides += sx == sy and tx == ty
            directed += 1
            directed_same += sx == sy
    out = {
        "task": "written_agreement",
        "n": len(ids),
        "only_first": len(a) - len(ids),
        "only_second": len(b) - len(ids),
        "type_agreement": round(observed, 4),
        "type_kappa": round(k, 4),
        "sides_exact": round(sides / len(ids), 4),
        "pair_exact": round(pair / len(ids), 4),
        "source_exact_directed": round(directed_same / directed, 4) if directed else None,
        "directed_n": directed,
    }
    print(
        f"{out['n']} rows in both files: type agreement {out['type_agreement']}, kappa {out['type_kappa']}; "
        f"sides exact {out['sides_exact']}, pair of codes exact {out['pair_exact']}"
    )
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
