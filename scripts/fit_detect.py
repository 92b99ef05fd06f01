"""Fit the learned event detector (events/detect.py) on the TUNING data only.

    PYTHONPATH=src python scripts/fit_detect.py [--cache build/detect_pairs.json] [--refresh] [--write]

Tuning data: GSR half "a" of ../shared/eval/events/plover_gsr_dev.jsonl, eval/events_gold_dev.jsonl,
eval/events_gold3_dev.jsonl and eval/events_gold6_dev.jsonl (rows with their ``context``, as ``attache eval dyads``
reads them; a gold row with ``event_type`` null is a sentence without an event; every GSR row is an event). The
held-out sets (GSR half b, gold test, gold2, gold4, gold5) are never read here.

1. The coder runs over every tuning article with ``detect.recorder`` set and the shipped detector off: each scored
   sentence where neither the coder nor the back-off gave an event with both sides, and which names two parties,
   records its candidate pairs with their features (``detect.candidates``).
2. A pair (source, target) is labelled positive when it finds a gold row of its sentence the way
   ``evaluate/dyads.py`` matches (``pair_found``: same country code or shared content words, in this direction,
   or either for a symmetric row).
3. A logistic regression (scikit-learn, L2) over the pairs; C and the probability threshold are chosen by 5-fold
   cross-validation GROUPED by document (a gold row's ``article_id``; a GSR row is its own document), several
   draws, scoring what the detector would ADD: per sentence the top pair (never a question, a negation or a
   hypothetical), emitted when its probability reaches the threshold; precision = right / emitted, recall = right
   / sentences with a right pair. Chosen: the most right events at CV precision >= ``--min-precision`` (0.65).
   The recall at precision 0.5 / 0.65 / 0.8 is printed.
4. The ceiling: the gold rows missed with no event at all (``scripts/fully_right_breakdown.py``'s no_event), and
   how many of them have both gold sides among the sentence's resolved mentions (only those can be won by
   detection).
5. ``--write``: the coefficients, threshold and figures go to src/attache/events/data/detect_model.json (numbers
   only; ``enabled`` false when no setting reaches the precision).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
GSR = ROOT.parent / "shared" / "eval" / "events" / "plover_gsr_dev.jsonl"
GOLD = [ROOT / "eval" / f"events_{n}_dev.jsonl" for n in ("gold", "gold3", "gold6")]
MODEL = ROOT / "src" / "attache" / "events" / "data" / "detect_model.json"
NEVER = ("question", "negated", "hypothetical")


def _tuning_articles() -> list[tuple[dict, str, str]]:
    """(article, group, set name) of the tuning sets."""
    from attache.evaluate.dyads import half_of, load_gold

    out = []
    gsr, _ = load_gold(GSR)
    out += [(a, "gsr:" + a["id"], "gsr_a") for a in gsr if half_of(a["id"]) == "a"]
    from fit_fallback import documents_of

    for path in GOLD:
        out += [(a, doc, path.stem) for a, doc in documents_of(path, path.stem)]
    return out


def _side(m, head) -> dict:
    from fit_fallback import _words_of

    return {"country": m.country, "words": _words_of(m, head)}


def _mention_side(m) -> dict:
    from attache.evaluate.dyads import _words

    return {"country": m.country, "words": _words(m.text) | _words(m.name)}


def collect() -> tuple[list[dict], dict]:
    """The candidate sentences (one record each: group, set, pairs with features and labels) and the ceiling counts."""
    from fit_fallback import recorded

    from attache.evaluate.dyads import _offset, _side_of, pair_found
    from attache.events import detect

    out: list[dict] = []
    ceiling: dict = {}
    try:
        import attache.events.detect as dmod

        dmod.model = lambda: {"enabled": False}  # the shipped detector off while collecting
        for (art, group, name), parsed, mentions, events, records in recorded(detect, _tuning_articles()):
            at = _offset(art)
            text = parsed.article.text
            mine = [e for e in events if e.sentence_end > at or any(end > at for _s, end in e.evidence)]
            two = [e for e in mine if e.source is not None and e.target is not None]
            # the ceiling: gold rows missed with no event at all, and those with both sides among the mentions
            sent_mentions = [m for m in mentions if m.start >= at and m.actor_id]
            c = ceiling.setdefault(name, {"gold": 0, "no_event": 0, "reachable": 0, "no_pair_event": 0, "reachable2": 0})
            recs = [{"source": _side_of(e.source, e.source_span, text), "target": _side_of(e.target, e.target_span, text),
                     "symmetric": e.symmetric} for e in two]  # fmt: skip
            for g in art["gold"]:
                c["gold"] += 1
                if any(pair_found(r, g) for r in recs):
                    continue
                sides = [_mention_side(m) for m in sent_mentions]
                reach = any(
                    pair_found({"source": a, "target": b, "symmetric": False}, g)
                    for i, a in enumerate(sides)
                    for j, b in enumerate(sides)
                    if i != j
                )
                if not two:
                    c["no_pair_event"] += 1
                    c["reachable2"] += reach
                    if reach:
                        ceiling.setdefault("_reachable", []).append(
                            {"set": name, "text": art["text"], "gold": [[s["text"] for s in g["source"]], g["type"], [s["text"] for s in g["target"]]],
                             "mentions": [f"{m.text}|{m.country}|{m.kind}|{m.actor_id}" for m in sent_mentions],
                             "candidate": any(r["seg"].start >= at and r["candidate"] for r in records)})  # fmt: skip
                if not mine:
                    c["no_event"] += 1
                    c["reachable"] += reach
            for r in records:
                if r["seg"].start < at:
                    continue  # a sentence of the context
                pairs = []
                for p in r["pairs"]:
                    rec = {"source": _side(*p["source"]), "target": _side(*p["target"]), "symmetric": False}
                    pairs.append(
                        {
                            "f": p["f"],
                            "y": int(any(pair_found(rec, g) for g in art["gold"])),
                            "fact": p["fact"][0],
                            "text": f"{p['source'][0].text} -{p['typed'][0]}-> {p['target'][0].text} [{p['act'].text}]",
                        }
                    )
                if pairs:
                    out.append({"group": group, "set": name, "sentence": art["text"][:160], "pairs": pairs,
                                "gold": len(art["gold"]), "candidate": r["candidate"]})  # fmt: skip
    finally:
        import importlib

        importlib.reload(dmod)
    return out, ceiling


def _matrix(records: list[dict], names: list[str]):
    rows = [p for r in records for p in r["pairs"]]
    X = np.array([[p["f"].get(k, 0.0) for k in names] for p in rows], dtype=float)
    y = np.array([p["y"] for p in rows])
    return X, y


def _fit(records: list[dict], names: list[str], c: float):
    from sklearn.linear_model import LogisticRegression

    X, y = _matrix(records, names)
    if len(set(y.tolist())) < 2:
        return None
    return LogisticRegression(C=c, max_iter=3000).fit(X, y)


def _top(r: dict, probs) -> tuple[float, int] | None:
    """(probability, label) of the sentence's top allowed pair."""
    best = None
    for p, q in zip(r["pairs"], probs):
        if p["fact"] in NEVER:
            continue
        if best is None or q > best[0]:
            best = (float(q), p["y"])
    return best


def cross_validate(train_on: list[dict], records: list[dict], names: list[str], c: float, seed: int, folds: int = 5) -> list:
    """The top pair (probability, label) of each record of ``records``, by the model fitted on the records of
    ``train_on`` in the other folds; folds grouped by document."""
    from fit_fallback import group_folds

    fold_of = group_folds({r["group"] for r in train_on + records}, folds, seed)
    tops: list = [None] * len(records)
    for k in range(folds):
        m = _fit([r for r in train_on if fold_of[r["group"]] != k], names, c)
        for i, r in enumerate(records):
            if fold_of[r["group"]] == k:
                probs = (
                    m.predict_proba(np.array([[p["f"].get(n, 0.0) for n in names] for p in r["pairs"]]))[:, 1]
                    if m
                    else [0.0] * len(r["pairs"])
                )
                tops[i] = _top(r, probs)
    return tops


def _at(tops: list, t: float) -> tuple[int, int]:
    em = sum(1 for x in tops if x is not None and x[0] >= t)
    right = sum(1 for x in tops if x is not None and x[0] >= t and x[1])
    return em, right


# --keep: variants that restrict the candidate pairs (compared in docs/benchmarks.md, h14detect10)
KEEP = {
    "country": lambda p: not p["f"].get("s_no_country") and not p["f"].get("t_no_country"),
    "subject": lambda p: p["f"].get("s_clause_subject") == 1.0,
    "trigger_path": lambda p: p["f"].get("trigger_on_path") == 1.0,
    "asserted": lambda p: p["fact"] == "asserted",
}
CS = [0.03, 0.1, 0.3, 1.0]
THRESHOLDS = [round(t, 3) for t in np.arange(0.2, 0.96, 0.025)]
SEEDS = 5


def main(argv: list[str] | None = None) -> int:
    from fit_fallback import cached, fit_parser

    ap = fit_parser(__doc__, "detect_pairs.json", MODEL, drop="feature prefixes")
    ap.add_argument("--min-precision", type=float, default=0.65)
    ap.add_argument("--min-right", type=float, default=1.0, help="right added events (mean over draws) an operating point needs")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--keep", default="", help="comma list of pair kinds to keep: " + ", ".join(KEEP))
    ap.add_argument(
        "--train-on",
        choices=("all", "candidates"),
        default="all",
        help="all: every sentence with two parties (the coder's found ones too); candidates: only where the detector runs",
    )
    args = ap.parse_args(argv)
    if args.keep and args.write:
        ap.error("--keep compares variants; events/detect.py scores every pair, so a --keep model is not written")
    data = cached(args.cache, args.refresh, lambda: dict(zip(("records", "ceiling"), collect())))
    everything, ceiling = data["records"], data["ceiling"]
    for name in [k for k in args.keep.split(",") if k]:  # a variant: only the pairs of one kind are candidates
        keep = KEEP[name]
        everything = [{**r, "pairs": ps} for r in everything if (ps := [p for p in r["pairs"] if keep(p)])]
    records = [r for r in everything if r["candidate"]]  # where the detector runs: no two-sided event
    train_on = everything if args.train_on == "all" else records
    print("ceiling (gold rows; missed with no event at all / of them both sides among the sentence's mentions;"
          " missed with no two-sided event / of them reachable):")  # fmt: skip
    for name, c in ceiling.items():
        if name.startswith("_"):
            continue
        print(f"  {name:18s} gold {c['gold']:4d}  no_event {c['no_event']:3d} reachable {c['reachable']:3d}"
              f"  no two-sided event {c['no_pair_event']:3d} reachable {c['reachable2']:3d}")  # fmt: skip
    drop = [d for d in args.drop.split(",") if d]
    names = sorted(
        {k for r in train_on for p in r["pairs"] for k in p["f"] if k != "bias" and not any(k.startswith(d) for d in drop)}
    )
    reach = sum(1 for r in records if any(p["y"] and p["fact"] not in NEVER for p in r["pairs"]))
    by_set: dict = {}
    for r in records:
        s = by_set.setdefault(r["set"], [0, 0])
        s[0] += 1
        s[1] += any(p["y"] and p["fact"] not in NEVER for p in r["pairs"])
    print(f"candidate sentences {len(records)}, pairs {sum(len(r['pairs']) for r in records)}, with a right pair {reach}, "
          f"documents {len({r['group'] for r in records})}; features {len(names)}; training sentences {len(train_on)}"
          f" ({sum(any(p['y'] for p in r['pairs']) for r in train_on)} with a right pair)")  # fmt: skip
    for k, (n, ok) in sorted(by_set.items()):
        print(f"  {k:18s} {n:4d} sentences, {ok:3d} with a right pair")
    grid = {}
    for c in CS:
        runs = [cross_validate(train_on, records, names, c, s) for s in range(SEEDS)]
        for t in THRESHOLDS:
            tot = [_at(tops, t) for tops in runs]
            grid[(c, t)] = (float(np.mean([x[0] for x in tot])), float(np.mean([x[1] for x in tot])))
    print(f"grouped 5-fold CV (mean of {SEEDS} draws), right / added events per C and threshold:")
    for c in CS:
        print(f"  C={c}: " + "  ".join(f"{t}: {grid[(c, t)][1]:.1f}/{grid[(c, t)][0]:.1f}" for t in THRESHOLDS[::4]))
    # an operating point is one that adds at least --min-right right events (mean over draws): a single event in
    # one draw is no estimate
    grid = {k: v for k, v in grid.items() if v[1] >= args.min_right} or {max(grid, key=lambda k: grid[k][1]): (0.0, 0.0)}
    print(
        f"recall of the right pairs at an added-event precision of at least (operating points adding >= {args.min_right} right):"
    )
    for want in (0.5, 0.65, 0.8):
        ok = {k: v for k, v in grid.items() if v[0] and v[1] / v[0] >= want}
        if not ok:
            print(f"  {want:.2f}: none")
            continue
        k = max(ok, key=lambda k: (ok[k][1], -ok[k][0]))
        em, right = ok[k]
        print(f"  {want:.2f}: C={k[0]} threshold {k[1]}: {right:.1f} right of {em:.1f} added (precision {right / em:.3f},"
              f" recall {right / reach:.3f})")  # fmt: skip
    ok = {k: v for k, v in grid.items() if v[0] and v[1] / v[0] >= args.min_precision}
    enabled = bool(ok)
    if ok:
        best = max(ok, key=lambda k: (ok[k][1], -ok[k][0]))
    else:
        best = max(grid, key=lambda k: (grid[k][1] / grid[k][0] if grid[k][0] else 0.0, grid[k][1]))
        print(f"no setting reaches CV precision {args.min_precision}: shipped switched off, at the most precise point")
    c, t = best
    em, right = grid[best]
    print(f"chosen C={c} threshold {t}: CV {right:.1f} right of {em:.1f} added (precision {right / em if em else 0:.3f})")
    # per set, out of fold (one draw)
    tops = cross_validate(train_on, records, names, c, 0)
    for s in sorted(by_set):
        sub = [x for r, x in zip(records, tops) if r["set"] == s]
        e2, r2 = _at(sub, t)
        print(f"  {s:18s} CV: {r2} right of {e2} added")
    m = _fit(train_on, names, c)
    coef = {k: round(float(v), 4) for k, v in zip(names, m.coef_[0])}
    print("largest coefficients: " + ", ".join(f"{k} {v:+.2f}" for k, v in sorted(coef.items(), key=lambda kv: -abs(kv[1]))[:20]))
    if args.write:
        model = {
            "about": "Learned event detection (events/detect.py): a logistic model over ordered pairs of a sentence's "
            "parties, P = 1 / (1 + exp(-(intercept + sum(coef[f] * features[f])))); the top pair (never a question, a "
            "negation or a hypothetical) is emitted when P reaches the threshold. Made by scripts/fit_detect.py on the "
            "tuning data only (GSR half a of plover_gsr_dev.jsonl, eval/events_gold_dev, gold3_dev, gold6_dev); C and "
            f"the threshold chosen by 5-fold CV grouped by document, {SEEDS} draws: the most right added events at CV "
            f"precision >= {args.min_precision}. The attache project's own (no outside data).",
            "made": date.today().isoformat(),
            "enabled": enabled,
            "why_off": None
            if enabled
            else f"no operating point reaches grouped-CV precision {args.min_precision} of the added events",
            "C": c,
            "threshold": t,
            "confidence": 0.2,
            "cv": {
                "added": round(em, 1),
                "right": round(right, 1),
                "precision": round(right / em, 3) if em else 0.0,
                "recall": round(right / reach, 3) if reach else 0.0,
                "candidate_sentences": len(records),
                "with_right_pair": reach,
                "documents": len({r["group"] for r in records}),
                "trained_on": args.train_on,
                "training_sentences": len(train_on),
            },
            "features": names,
            "intercept": round(float(m.intercept_[0]), 4),
            "coef": coef,
        }
        args.out.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
