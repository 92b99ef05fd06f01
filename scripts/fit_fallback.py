"""Fit the learned ranker of "sides by order" (events/fallback.py) on the TUNING data only.

    PYTHONPATH=src python scripts/fit_fallback.py [--cache build/fallback_pairs.json] [--write]

Tuning data: the GSR half "a" of ../shared/eval/events/plover_gsr_dev.jsonl and eval/events_gold_dev.jsonl
(rows with their ``context``, as ``attache eval dyads`` reads them). The held-out parts (GSR half b,
eval/events_gold_test.jsonl) are never read here.

1. The coder runs over every tuning article with ``fallback.recorder`` set: for each found trigger with a
   missing side (``verb``: the syntax left it empty; ``nominal``: a noun event kept one-sided, collected with
   ``fill_nominal_target`` switched on for the run) it records every candidate mention that passes the hard
   rules, with ``fallback.features()``.
2. A candidate is labelled positive when it matches a gold side of its article the way ``evaluate/dyads.py``
   matches (same country code, or shared content words), in the role asked and, when the trigger already has
   the other side, with that side matching the gold row's other side.
3. Per role, a logistic regression (scikit-learn, L2) over the candidates; the regularisation and the
   probability threshold are chosen by cross-validation GROUPED by document (a gold row's ``article_id``; a GSR
   row is its own document), scoring the side chosen per trigger (the top candidate if its probability reaches
   the threshold): precision = right chosen / chosen, recall = right chosen / triggers that have a right
   candidate. The hand weights of data/fallback.yaml are scored on the same triggers for comparison.
4. ``--write``: the coefficients, the thresholds and how they were made go to
   src/attache/events/data/fallback_model.json (only numbers; no pickled model).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "eval" / "events" / "plover_gsr_dev.jsonl"
GOLD_DEV = ROOT / "eval" / "events_gold_dev.jsonl"
MODEL = ROOT / "src" / "attache" / "events" / "data" / "fallback_model.json"
# the features the model reads (fallback.features() keys, without the constant)
FEATURES = [
    "before", "after", "subject", "clause_subject", "object", "in_pp", "prep_to", "prep_from", "prep_of",
    "possessive", "modifier", "issuer", "speaker", "side_elsewhere", "distance",
    "agent", "passive_subject", "same_clause", "path", "passive_trigger", "person", "state", "igo", "nearest",
]  # fmt: skip


def _tuning_articles():
    from attache.evaluate.dyads import half_of, load_gold

    out = []
    gsr, _ = load_gold(GSR)
    for a in gsr:
        if half_of(a["id"]) == "a":
            out.append((a, "gsr:" + a["id"]))
    doc_of = {}
    for line in GOLD_DEV.read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            doc_of[str(r.get("sentence_id") or r.get("id"))] = str(r.get("article_id") or r.get("sentence_id"))
    gold, _ = load_gold(GOLD_DEV)
    for a in gold:
        out.append((a, "gold:" + doc_of.get(a["id"], a["id"])))
    return out


def _words_of(m, head) -> set[str]:
    from attache.evaluate.dyads import _words

    words = _words(m.text) | _words(m.name)
    lo, hi = head.left_edge.i, head.i  # the phrase up to its head ("U.N. mediator Diego Cordovez")
    if hi - lo < 8:
        words |= _words(" ".join(t.text for t in head.doc[lo : hi + 1]))
    return words


def _label(role: str, cand: dict, other: list[dict], gold: list[dict]) -> bool:
    from attache.evaluate.dyads import _match

    for g in gold:
        src, tgt = g["source"], g["target"] or g["source"]
        pairs = [(src, tgt)] + ([(tgt, src)] if g["symmetric"] else [])
        for gs, gt in pairs:
            mine, theirs = (gs, gt) if role == "source" else (gt, gs)
            if _match(cand, mine) and (not other or any(_match(o, theirs) for o in other)):
                return True
    return False


def collect() -> list[dict]:
    """One record per (trigger, missing role): its document, case and candidates (features, label)."""
    from attache.analysis import Analyzer
    from attache.evaluate.dyads import _articles_for, _offset
    from attache.events import fallback
    from attache.nlp import parse

    arts = _tuning_articles()
    analyzer = Analyzer()
    cfg = fallback.rules()
    saved = cfg.get("fill_nominal_target")
    cfg["fill_nominal_target"] = True  # to see the one-sided noun events too
    out: list[dict] = []
    try:
        for (art, group), parsed in zip(arts, parse(_articles_for([a for a, _g in arts]))):
            mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
            fallback.recorder = []
            analyzer.coder.code(parsed, mentions, parsed.article.published)
            records, fallback.recorder = fallback.recorder, None
            at = _offset(art)
            for r in records:
                trig = r["trigger"]
                seg = next(s for s in parsed.segments if s.doc is trig.doc)
                if seg.start + trig.idx < at:
                    continue  # a trigger of the context, not of the scored sentence
                other = [{"country": a.m.country, "words": _words_of(a.m, a.tok)} for a in r["other"] if a.tok is not None]
                cands = []
                for m, head, feats in r["cands"]:
                    side = {"country": m.country, "words": _words_of(m, head)}
                    cands.append({"f": [feats[k] for k in FEATURES], "y": int(_label(r["role"], side, other, art["gold"])),
                                  "hand": None, "text": m.text, "dist": abs(head.i - trig.i)})
                    from attache.events.fallback import _score

                    cands[-1]["hand"] = _score(feats, cfg["weights"][r["role"]])
                if not cands:
                    continue  # no candidate passed the hard rules: nothing to rank
                out.append({"group": group, "role": r["role"], "case": r["case"], "both": not r["other"],
                            "trigger": trig.text, "sentence": art["text"][:120], "cands": cands})
    finally:
        cfg["fill_nominal_target"] = saved
        fallback.recorder = None
    return out


def _pick(cands: list[dict], scores) -> int:
    """The top candidate: highest score, then nearest (fallback.choose's order)."""
    return max(range(len(cands)), key=lambda i: (scores[i], -cands[i]["dist"]))


def _pr(records: list[dict], scores: list, threshold: float) -> tuple[float, float, int, int, int]:
    chosen = right = reachable = 0
    for r, s in zip(records, scores):
        reachable += any(c["y"] for c in r["cands"])
        i = _pick(r["cands"], s)
        if s[i] >= threshold:
            chosen += 1
            right += r["cands"][i]["y"]
    return (right / chosen if chosen else 0.0, right / reachable if reachable else 0.0, chosen, right, reachable)


def _fit(records: list[dict], c: float):
    from sklearn.linear_model import LogisticRegression

    X = np.array([c_["f"] for r in records for c_ in r["cands"]], dtype=float)
    y = np.array([c_["y"] for r in records for c_ in r["cands"]])
    if len(set(y)) < 2:
        return None
    return LogisticRegression(C=c, max_iter=2000).fit(X, y)


def _predict(model, records: list[dict]) -> list:
    return [list(model.predict_proba(np.array([c["f"] for c in r["cands"]], dtype=float))[:, 1]) for r in records]


def cross_validate(records: list[dict], c: float, folds: int = 5, seed: int = 0) -> list:
    """Out-of-fold probabilities per record, folds grouped by document."""
    groups = sorted({r["group"] for r in records})
    rng = np.random.default_rng(seed)
    order = list(rng.permutation(len(groups)))
    fold_of = {groups[g]: k % folds for k, g in enumerate(order)}
    scores: list = [None] * len(records)
    for k in range(folds):
        train = [r for r in records if fold_of[r["group"]] != k]
        test = [i for i, r in enumerate(records) if fold_of[r["group"]] == k]
        model = _fit(train, c)
        for i, s in zip(test, _predict(model, [records[i] for i in test]) if model else [[0.0] * len(records[i]["cands"]) for i in test]):
            scores[i] = s
    return scores


THRESHOLDS = [round(t, 2) for t in np.arange(0.2, 0.81, 0.05)]
CS = [0.03, 0.1, 0.3, 1.0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / "fallback_pairs.json")
    ap.add_argument("--refresh", action="store_true", help="run the coder again even if the cache exists")
    ap.add_argument("--write", action="store_true", help="write src/attache/events/data/fallback_model.json")
    ap.add_argument("--min-precision", type=float, default=0.6, help="the threshold: best recall at this CV precision")
    ap.add_argument("--cases", default="verb", help="comma list of cases the model is fitted on (verb, nominal)")
    args = ap.parse_args(argv)
    if args.cache.exists() and not args.refresh:
        records = json.loads(args.cache.read_text("utf-8"))
    else:
        records = collect()
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text(json.dumps(records), "utf-8")
    cases = set(args.cases.split(","))
    out: dict = {}
    for case in sorted({r["case"] for r in records}):
        for role in ("source", "target"):
            rs = [r for r in records if r["case"] == case and r["role"] == role]
            print(f"{case:8s} {role}: {len(rs)} triggers, {sum(any(c['y'] for c in r['cands']) for r in rs)} with a right"
                  f" candidate, {sum(len(r['cands']) for r in rs)} candidates, {len({r['group'] for r in rs})} documents")
    for role in ("source", "target"):
        rs = [r for r in records if r["role"] == role and r["case"] in cases]
        hand_thr = {"source": 0.5, "target": 1.5}[role]
        p, rc, n, k, reach = _pr(rs, [[c["hand"] for c in r["cands"]] for r in rs], hand_thr)
        print(f"\n{role}: hand weights (threshold {hand_thr}): precision {p:.3f} recall {rc:.3f} ({k}/{n} chosen right, {reach} reachable)")
        best = None
        for c in CS:
            scores = [cross_validate(rs, c, seed=s) for s in range(3)]
            row = []
            for t in THRESHOLDS:
                prs = [_pr(rs, sc, t) for sc in scores]
                p, rc = float(np.mean([x[0] for x in prs])), float(np.mean([x[1] for x in prs]))
                row.append((t, p, rc, float(np.mean([x[2] for x in prs]))))
                if p >= args.min_precision and (best is None or (rc, p) > (best[3], best[2])):
                    best = (c, t, p, rc)
            print(f"  C={c}: " + "  ".join(f"{t:.2f}:{p:.2f}/{rc:.2f}" for t, p, rc, _n in row))
        if best is None:
            print(f"  no setting reaches CV precision {args.min_precision}")
            continue
        c, t, p, rc = best
        model = _fit(rs, c)
        print(f"  chosen C={c} threshold {t}: CV precision {p:.3f} recall {rc:.3f}")
        print("  coefficients: " + ", ".join(f"{k} {v:+.2f}" for k, v in zip(FEATURES, model.coef_[0])))
        out[role] = {
            "intercept": round(float(model.intercept_[0]), 4),
            "coef": {k: round(float(v), 4) for k, v in zip(FEATURES, model.coef_[0])},
            "threshold": t,
            "C": c,
            "cv": {"precision": round(p, 3), "recall": round(rc, 3), "triggers": len(rs),
                   "candidates": sum(len(r["cands"]) for r in rs)},
        }
    if args.write and set(out) == {"source", "target"}:
        model = {
            "about": "Sides by order (events/fallback.py): a logistic ranker over trigger-candidate pairs, one per role; "
            "probability = 1 / (1 + exp(-(intercept + sum(coef[f] * features[f])))), the top candidate is taken when it "
            "reaches the threshold. Made by scripts/fit_fallback.py on the tuning data only (GSR half a of "
            "plover_gsr_dev.jsonl, eval/events_gold_dev.jsonl); thresholds and C by 5-fold CV grouped by document "
            f"(best CV recall at CV precision >= {args.min_precision}, mean of 3 fold draws). The attache project's own.",
            "made": date.today().isoformat(),
            "cases": sorted(cases),
            "features": FEATURES,
            **out,
        }
        MODEL.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"\nwrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
