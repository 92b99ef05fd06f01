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

Options (additive; without them the output is unchanged):
- `--first-articles N`: compare only the sentences of the first N articles, in the order the
  articles first appear in the SECOND file (a second annotation that covers whole articles in
  file order can report the required subset and the whole set from one file);
- `--spans`: also report agreement on the side spans (`source_span_exact`, `target_span_exact`,
  `sides_span_exact`: the same set of span texts, compared case-insensitively with spaces and
  quotes normalised), `symmetric_agreement`, `mode_agreement` (both modes given),
  `date_precision_agreement`, `attributed_agreement` (pairs both `reported`), and
  `full_same_type` (same type, sides' codes, factuality and date) over aligned event pairs;
- `--list`: print one block per matched sentence where the two annotations differ (type,
  sides' codes, factuality or date of an aligned pair, or an unaligned event), before the JSON.
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


def side_items(side) -> list:
    """A side as a list of its items (a code string, a {text, code} dict, or a list of these)."""
    if not side:
        return []
    return [side] if isinstance(side, (str, dict)) else list(side)


def codes(side) -> frozenset:
    got = set()
    for item in side_items(side):
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


def span_texts(side) -> frozenset:
    """Normalised span texts of a side (lower case, one space, straight quotes); empty texts are skipped."""
    got = set()
    for item in side_items(side):
        text = item.get("text") if isinstance(item, dict) else None
        if text:
            text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            got.add(" ".join(text.lower().split()))
    return frozenset(got)


def spans_equal(a: dict, b: dict) -> tuple[bool, bool, bool]:
    sa, ta, sb, tb = (
        span_texts(a.get("source")),
        span_texts(a.get("target")),
        span_texts(b.get("source")),
        span_texts(b.get("target")),
    )
    src, tgt = sa == sb, ta == tb
    both = src and tgt
    if not both and (a.get("symmetric") or b.get("symmetric")):
        both = sa == tb and ta == sb
    return src, tgt, both


def first_article_keys(rows: dict[str, list[dict]], n: int) -> set[str]:
    """Sentence keys of the first n articles, in the order articles first appear in `rows`."""
    order: list[str] = []
    keys: dict[str, set[str]] = defaultdict(set)
    for key, group in rows.items():
        art = group[0].get("article_id") or key
        if art not in keys:
            order.append(art)
        keys[art].add(key)
    return set().union(*(keys[a] for a in order[:n])) if order[:n] else set()


def describe(row: dict | None) -> str:
    if row is None:
        return "-"
    side = lambda s: "; ".join(f"{i.get('text', '')}={i.get('code')}" for i in (s or []))  # noqa: E731
    mode = f"/{row['mode']}" if row.get("mode") else ""
    fact = row.get("factuality")
    if fact == "reported" and row.get("attributed_to"):
        fact = f"r:{row['attributed_to']}"
    return (
        f"{row['event_type']}{mode} | {side(row.get('source'))} | {side(row.get('target'))} | {fact} | "
        f"{'y' if row.get('symmetric') else 'n'} | {row.get('date')} {row.get('date_precision') or ''}".rstrip()
    )


def disagreements(first: dict[str, list[dict]], second: dict[str, list[dict]]) -> list[str]:
    """One text block per matched sentence where the annotations differ."""
    out = []
    for k in sorted(set(first) & set(second)):
        ea, eb = events(first[k]), events(second[k])
        if not ea and not eb:
            continue
        pairs = align(ea, eb)
        differs = False
        for a, b in pairs:
            if not (a and b) or a["event_type"] != b["event_type"] or not sides_equal(a, b)[2]:
                differs = True
            elif a.get("factuality") != b.get("factuality") or a.get("date") != b.get("date"):
                differs = True
        if differs:
            text = (first[k][0].get("text") or "")[:160]
            lines = [f"== {k}: {text}"]
            for a, b in pairs:
                lines.append(f"   1st: {describe(a)}")
                lines.append(f"   2nd: {describe(b)}")
            out.append("\n".join(lines))
    return out


def agreement(first: dict[str, list[dict]], second: dict[str, list[dict]], spans: bool = False) -> dict:
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
    if spans:
        moded = [(a, b) for a, b in both_pairs if a.get("mode") and b.get("mode")]
        rep = [(a, b) for a, b in both_pairs if a.get("factuality") == b.get("factuality") == "reported"]
        res.update(
            {
                "source_span_exact": share(both_pairs, lambda a, b: spans_equal(a, b)[0]),
                "target_span_exact": share(both_pairs, lambda a, b: spans_equal(a, b)[1]),
                "sides_span_exact": share(both_pairs, lambda a, b: spans_equal(a, b)[2]),
                "sides_span_exact_same_type": share(same, lambda a, b: spans_equal(a, b)[2]),
                "symmetric_agreement": share(both_pairs, lambda a, b: bool(a.get("symmetric")) == bool(b.get("symmetric"))),
                "mode_pairs": len(moded),
                "mode_agreement": share(moded, lambda a, b: a["mode"] == b["mode"]),
                "date_precision_agreement": share(both_pairs, lambda a, b: a.get("date_precision") == b.get("date_precision")),
                "reported_pairs": len(rep),
                "attributed_agreement": share(
                    rep,
                    lambda a, b: (
                        " ".join(str(a.get("attributed_to") or "").lower().split())
                        == " ".join(str(b.get("attributed_to") or "").lower().split())
                    ),
                ),
                "full_same_type": share(
                    same,
                    lambda a, b: (
                        sides_equal(a, b)[2] and a.get("factuality") == b.get("factuality") and a.get("date") == b.get("date")
                    ),
                ),
            }
        )
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--first-articles", type=int, default=None, metavar="N", help="only the first N articles of the second file")
    ap.add_argument("--spans", action="store_true", help="also report span, symmetry, mode, precision and full agreement")
    ap.add_argument("--list", action="store_true", help="print the sentences where the annotations differ")
    args = ap.parse_args(argv)
    first, second = load(args.first), load(args.second)
    if args.first_articles is not None:
        keep = first_article_keys(second, args.first_articles)
        first = {k: v for k, v in first.items() if k in keep}
        second = {k: v for k, v in second.items() if k in keep}
    if args.list:
        for block in disagreements(first, second):
            print(block)
    res = agreement(first, second, spans=args.spans)
    if args.first_articles is not None:
        res["first_articles"] = args.first_articles
    for k, v in res.items():
        if k != "task":
            print(f"{k:26s} {v}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
