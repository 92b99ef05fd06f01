"""Inter-annotator agreement between two span-format gold event files.

Both files hold one row per event, and a row with `event_type: null` for a sentence the
annotator read and found no event in (see eval/events_gold_guidelines.md). Only sentences
present in both files are compared ("matched sentences"; matched by `sentence_id`, else by
the sentence text).

Within a matched sentence the two annotators' events are aligned one-to-one, greedily, by
how much they share: +2 for the same event type, +1 for each side (source, target) whose
country/organisation codes overlap (a symmetric event may match with its sides swapped);
a pair must share something (score > 0). Events left without a partner are aligned with
NONE, and a sentence both annotators left empty counts as one (NONE, NONE) item.

Reported:
- `type_kappa`: Cohen's kappa on the event type over all aligned items (NONE is a label),
  with the observed agreement `type_agreement`;
- `event_kappa`: Cohen's kappa on "the sentence has at least one event" (yes/no);
- over aligned pairs where both annotators have an event: `source_exact` (same set of
  source codes), `target_exact` (same set of target codes), `sides_exact` (both; a pair
  where either annotator marked the event symmetric also counts with the sides swapped),
  `factuality_agreement`, `date_agreement` (same date string);
- the same side figures over pairs with the same type (`*_same_type`).
Codes are compared, not span texts: `null` codes never match anything.

Usage:
    python scripts/gold_agreement.py eval/events_gold_all.jsonl eval/events_gold_second.jsonl
The last line of output is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict

NONE = "NONE"


def load(path: str) -> dict[str, list[dict]]:
    """Rows grouped by sentence key; bad lines are reported and skipped."""
    out: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{n}: skipped, not JSON ({exc.msg})", file=sys.stderr)
                continue
            key = row.get("sentence_id") or row.get("text")
            if not key:
                print(f"{path}:{n}: skipped, no sentence_id or text", file=sys.stderr)
                continue
            out[str(key)].append(row)
    return out


def codes(side) -> frozenset:
    if not side:
        return frozenset()
    if isinstance(side, (str, dict)):
        side = [side]
    got = set()
    for item in side:
        code = item.get("code") if isinstance(item, dict) else item
        if code:
            got.add(str(code).upper())
    return frozenset(got)


def events(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r.get("event_type")]


def sides_equal(a: dict, b: dict) -> tuple[bool, bool, bool]:
    sa, ta, sb, tb = codes(a.get("source")), codes(a.get("target")), codes(b.get("source")), codes(b.get("target"))
    src, tgt = sa == sb, ta == tb
    both = src and tgt
    if not both and (a.get("symmetric") or b.get("symmetric")):
        both = sa == tb and ta == sb
    return src, tgt, both


def pair_score(a: dict, b: dict) -> int:
    score = 2 if a["event_type"] == b["event_type"] else 0
    sa, ta, sb, tb = codes(a.get("source")), codes(a.get("target")), codes(b.get("source")), codes(b.get("target"))
    straight = bool(sa & sb) + bool(ta & tb)
    swapped = bool(sa & tb) + bool(ta & sb) if (a.get("symmetric") or b.get("symmetric")) else 0
    return score + max(straight, swapped)


def align(ea: list[dict], eb: list[dict]) -> list[tuple[dict | None, dict | None]]:
    cand = sorted(
        ((pair_score(a, b), i, j) for i, a in enumerate(ea) for j, b in enumerate(eb)), key=lambda t: (-t[0], t[1], t[2])
    )
    used_a, used_b, pairs = set(), set(), []
    for score, i, j in cand:
        if score <= 0 or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((ea[i], eb[j]))
    pairs += [(a, None) for i, a in enumerate(ea) if i not in used_a]
    pairs += [(None, b) for j, b in enumerate(eb) if j not in used_b]
    return pairs


def kappa(labels: list[tuple[str, str]]) -> tuple[float | None, float | None]:
    """Cohen's kappa and observed agreement for paired labels."""
    n = len(labels)
    if not n:
        return None, None
    po = sum(a == b for a, b in labels) / n
    ca, cb = Counter(a for a, _ in labels), Counter(b for _, b in labels)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if pe >= 1.0:
        return (1.0 if po == 1.0 else 0.0), po
    return (po - pe) / (1 - pe), po


def agreement(first: dict[str, list[dict]], second: dict[str, list[dict]]) -> dict:
    keys = sorted(set(first) & set(second))
    type_labels, event_labels = [], []
    both_pairs = []
    for k in keys:
        ea, eb = events(first[k]), events(second[k])
        event_labels.append(("yes" if ea else "no", "yes" if eb else "no"))
        if not ea and not eb:
            type_labels.append((NONE, NONE))
            continue
        for a, b in align(ea, eb):
            type_labels.append((a["event_type"] if a else NONE, b["event_type"] if b else NONE))
            if a and b:
                both_pairs.append((a, b))
    tk, to = kappa(type_labels)
    ek, eo = kappa(event_labels)

    def share(pairs, fn):
        return round(sum(1 for p in pairs if fn(*p)) / len(pairs), 4) if pairs else None

    same = [(a, b) for a, b in both_pairs if a["event_type"] == b["event_type"]]
    res = {
        "task": "gold_agreement",
        "matched_sentences": len(keys),
        "only_first": len(set(first) - set(second)),
        "only_second": len(set(second) - set(first)),
        "events_first": sum(len(events(first[k])) for k in keys),
        "events_second": sum(len(events(second[k])) for k in keys),
        "aligned_items": len(type_labels),
        "aligned_event_pairs": len(both_pairs),
        "type_kappa": None if tk is None else round(tk, 4),
        "type_agreement": None if to is None else round(to, 4),
        "event_kappa": None if ek is None else round(ek, 4),
        "event_agreement": None if eo is None else round(eo, 4),
        "source_exact": share(both_pairs, lambda a, b: sides_equal(a, b)[0]),
        "target_exact": share(both_pairs, lambda a, b: sides_equal(a, b)[1]),
        "sides_exact": share(both_pairs, lambda a, b: sides_equal(a, b)[2]),
        "source_exact_same_type": share(same, lambda a, b: sides_equal(a, b)[0]),
        "target_exact_same_type": share(same, lambda a, b: sides_equal(a, b)[1]),
        "sides_exact_same_type": share(same, lambda a, b: sides_equal(a, b)[2]),
        "factuality_agreement": share(both_pairs, lambda a, b: a.get("factuality") == b.get("factuality")),
        "date_agreement": share(both_pairs, lambda a, b: a.get("date") == b.get("date")),
    }
    confusion = Counter((a, b) for a, b in type_labels if a != b)
    res["top_type_disagreements"] = [f"{a}/{b}:{n}" for (a, b), n in confusion.most_common(8)]
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first")
    ap.add_argument("second")
    args = ap.parse_args(argv)
    res = agreement(load(args.first), load(args.second))
    for k, v in res.items():
        if k != "task":
            print(f"{k:26s} {v}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
