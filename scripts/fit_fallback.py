"""Fit the learned ranker of "sides by order" (events/fallback.py) on the TUNING data only.

    PYTHONPATH=src python scripts/fit_fallback.py [--cache build/fallback_pairs.json] [--write] [--extra FILE] [--out PATH]

``--extra eval/events_gold3_dev.jsonl`` adds another span-format gold set to the tuning data (grouped by its
``article_id``); a set used so can no longer decide between variants (report the grouped-CV figures instead).

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
   ``--form`` compares model forms (``plain``, the shipped one; ``prior``: the hand weights plus an L2 correction;
   ``stack``: the hand score with a learned weight plus a correction); ``--drop`` leaves features out.
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


EXTRA: list[Path] = []  # --extra: more span-format gold files taken as tuning data (grouped by article_id)


def cached(path: Path, refresh: bool, collect):
    """What ``collect()`` returns, kept as JSON at ``path``: read from there unless ``refresh`` (running the coder over
    the tuning sets takes minutes; fit_detect.py, fit_rerank.py and fit_typing.py use it too)."""
    if path.exists() and not refresh:
        return json.loads(path.read_text("utf-8"))
    data = collect()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    return data


def fit_parser(doc: str | None, cache: str, writes: Path | None = None, drop: str | None = None) -> argparse.ArgumentParser:
    """The options the fitting scripts share (fit_fallback.py, fit_rerank.py, fit_detect.py, fit_typing.py):
    ``--cache`` (``build/<cache>``, what ``cached()`` keeps), ``--refresh``, with ``writes`` ``--write``, and with
    ``drop`` (its help: what may be named) ``--drop``, the features left out to compare feature sets."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / cache)
    ap.add_argument("--refresh", action="store_true", help="run the coder again even if the cache exists")
    if writes is not None:
        ap.add_argument("--write", action="store_true", help=f"write {writes.relative_to(ROOT)}")
    if drop is not None:
        ap.add_argument("--drop", default="", help=f"comma list of {drop} to leave out")
    return ap


def recorded(module, arts: list[tuple]):
    """Each tuning article of ``arts`` (tuples whose first item is the gold article) coded once with
    ``module.recorder`` set (``events/fallback.py``, ``rerank.py``, ``detect.py``): (its tuple, the parsed article,
    its mentions, its events, what the module recorded)."""
    from attache.analysis import Analyzer
    from attache.evaluate.dyads import _articles_for
    from attache.nlp import parse

    analyzer = Analyzer()
    try:
        for item, parsed in zip(arts, parse(_articles_for([x[0] for x in arts]))):
            mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
            module.recorder = []
            events = analyzer.coder.code(parsed, mentions, parsed.article.published)
            records, module.recorder = module.recorder, None
            yield item, parsed, mentions, events, records
    finally:
        module.recorder = None


def group_folds(groups, folds: int, seed: int) -> dict:
    """A fold for each group (document) of the grouped cross-validation: the sorted groups, in a random order drawn
    with ``seed``, dealt to the folds in turn."""
    order = sorted(groups)
    return {order[g]: k % folds for k, g in enumerate(np.random.default_rng(seed).permutation(len(order)))}


def documents_of(path: Path, prefix: str) -> list[tuple[dict, str]]:
    """The span-format gold articles of ``path`` (as ``attache eval dyads`` reads them), each with the document it
    belongs to (its row's ``article_id``), named ``prefix:document``: the groups of the grouped cross-validation."""
    from attache.evaluate.dyads import load_gold

    doc_of = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            doc_of[str(r.get("sentence_id") or r.get("id"))] = str(r.get("article_id") or r.get("sentence_id") or r.get("id"))
    rows, _ = load_gold(path)
    return [(a, f"{prefix}:" + doc_of.get(a["id"], a["id"])) for a in rows]


def _tuning_articles():
    from attache.evaluate.dyads import half_of, load_gold

    gsr, _ = load_gold(GSR)
    out = [(a, "gsr:" + a["id"]) for a in gsr if half_of(a["id"]) == "a"]
    out += documents_of(GOLD_DEV, "gold")
    for path in EXTRA:
        out += documents_of(path, path.stem)
    return out


def _words_of(m, head) -> set[str]:
    from attache.evaluate.dyads import _words

    words = _words(m.text) | _words(m.name)
    lo, hi = head.left_edge.i, head.i  # the phrase up to its head ("U.N. mediator Diego Cordovez")
    if hi - lo < 8:
        words |= _words(" ".join(t.text for t in head.doc[lo : hi + 1]))
    return words


def _label(role: str, cand: dict, other: list[dict], gold: list[dict]) -> bool:
    """Does ``cand`` match a gold side of ``role`` (with ``other``, when given, matching that row's other side)?"""
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
    """One record per trigger with a missing side: its document, case, missing roles and candidates (features,
    labels per role, and for two missing sides the label of each pair)."""
    from attache.evaluate.dyads import _offset
    from attache.events import fallback

    cfg = fallback.rules()
    saved = cfg.get("fill_nominal_target")
    cfg["fill_nominal_target"] = True  # to see the one-sided noun events too
    out: list[dict] = []
    try:
        for (art, group), parsed, _mentions, _events, records in recorded(fallback, _tuning_articles()):
            at = _offset(art)
            for r in records:
                trig = r["trigger"]
                seg = next(s for s in parsed.segments if s.doc is trig.doc)
                if seg.start + trig.idx < at or not r["pool"]:
                    continue  # a trigger of the context, or no candidate passed the hard rules
                srcs = [{"country": a.m.country, "words": _words_of(a.m, a.tok)} for a in r["sources"] if a.tok is not None]
                tgts = [{"country": a.m.country, "words": _words_of(a.m, a.tok)} for a in r["targets"] if a.tok is not None]
                src_c = {a.m.country for a in r["sources"] if a.m.country} | {a.m.actor_id for a in r["sources"]}
                tgt_c = {a.m.country for a in r["targets"] if a.m.country} | {a.m.actor_id for a in r["targets"]}
                missing = [k for k, have in (("source", r["sources"]), ("target", r["targets"])) if not have]
                cands, sides = [], []
                for m, head, feats in r["pool"]:
                    side = {"country": m.country, "words": _words_of(m, head)}
                    sides.append(side)
                    keys = {m.country, m.actor_id} - {None}
                    cands.append(
                        {
                            "f": [feats[k] for k in FEATURES],
                            "ys": int(_label("source", side, tgts, art["gold"])),
                            "yt": int(_label("target", side, srcs, art["gold"])),
                            "ok_s": not (keys & tgt_c),
                            "ok_t": not (keys & src_c),
                            "keys": sorted(keys),
                            "hand_s": fallback._score(feats, cfg["weights"]["source"]),
                            "hand_t": fallback._score(feats, cfg["weights"]["target"]),
                            "dist": abs(head.i - trig.i),
                            "text": m.text,
                        }
                    )
                pair = None
                if len(missing) == 2:
                    pair = [[int(_label("source", a, [b], art["gold"])) for b in sides] for a in sides]
                out.append(
                    {
                        "group": group,
                        "case": r["case"],
                        "missing": missing,
                        "trigger": trig.text,
                        "sentence": art["text"][:140],
                        "cands": cands,
                        "pair": pair,
                    }
                )
    finally:
        cfg["fill_nominal_target"] = saved
    return out


def _top(cands: list[dict], scores, ok) -> int | None:
    """The top allowed candidate: highest score, then nearest (fallback.choose's order)."""
    idx = [i for i, c in enumerate(cands) if ok(i, c)]
    return max(idx, key=lambda i: (scores[i], -cands[i]["dist"])) if idx else None


def simulate(r: dict, ps, pt, ts: float, tt: float) -> tuple[int, int]:
    """(emitted, right) for one trigger, choosing as fallback.choose does: the source first, then the target
    (never the source's mention, actor or country)."""
    cands, i, j = r["cands"], None, None
    if "source" in r["missing"]:
        i = _top(cands, ps, lambda _k, c: c["ok_s"])
        if i is None or ps[i] < ts:
            return 0, 0
    if "target" in r["missing"]:
        taken = set(cands[i]["keys"]) if i is not None else set()
        j = _top(cands, pt, lambda k, c: c["ok_t"] and k != i and not (set(c["keys"]) & taken))
        if j is None or pt[j] < tt:
            return 0, 0
    if i is not None and j is not None:
        return 1, r["pair"][i][j]
    return 1, cands[i]["ys"] if i is not None else cands[j]["yt"]


def _totals(records, scores, ts, tt) -> tuple[int, int]:
    em = right = 0
    for r, (ps, pt) in zip(records, scores):
        e, k = simulate(r, ps, pt, ts, tt)
        em, right = em + e, right + k
    return em, right


def _xy(records: list[dict], role: str):
    key, ok = ("ys", "ok_s") if role == "source" else ("yt", "ok_t")
    rows = [c for r in records if role in r["missing"] for c in r["cands"] if c[ok]]
    return np.array([c["f"] for c in rows], dtype=float), np.array([c[key] for c in rows])


class _Prior:
    """A logistic model whose coefficients are the hand weights of data/fallback.yaml plus a learned
    correction: logit = (hand score - hand threshold) + b + sum(delta[f] * x[f]), with an L2 penalty
    (1 / 2C) * |delta|^2 (the intercept b unpenalised). Where the tuning data say nothing, the model is the
    hand rule (probability 0.5 at the hand threshold); where they do, the weights move."""

    def __init__(self, role: str, c: float):
        from attache.events import fallback

        cfg = fallback.rules()
        self.w0 = np.array([float(cfg["weights"][role].get(k, 0.0)) for k in FEATURES])
        self.b0 = float(cfg["weights"][role].get("bias", 0.0)) - float(cfg["threshold"][role])
        self.c = c

    def fit(self, X, y):
        from scipy.optimize import minimize

        off = X @ self.w0 + self.b0
        scaled = FORM["form"] == "stack"  # the hand score's weight is learned too (unpenalised)

        def loss(theta):
            b, a, d = theta[0], (theta[1] if scaled else 1.0), theta[2:]
            z = a * off + b + X @ d
            p = 1.0 / (1.0 + np.exp(-z))
            ll = np.sum(np.logaddexp(0.0, z) - y * z)
            g = p - y
            ga = (g @ off) if scaled else 0.0
            return ll + d @ d / (2 * self.c), np.concatenate([[g.sum(), ga], X.T @ g + d / self.c])

        theta0 = np.zeros(X.shape[1] + 2)
        theta0[1] = 1.0 if not scaled else 0.5
        theta = minimize(loss, theta0, jac=True, method="L-BFGS-B").x
        a = theta[1] if scaled else 1.0
        self.alpha = float(a)
        self.intercept_ = np.array([a * self.b0 + theta[0]])
        self.coef_ = np.array([a * self.w0 + theta[2:]])
        return self

    def predict_proba(self, X):
        p = 1.0 / (1.0 + np.exp(-(X @ self.coef_[0] + self.intercept_[0])))
        return np.stack([1 - p, p], axis=1)


FORM = {"form": "plain"}  # "prior": hand weights + learned correction; "plain": a logistic regression from zero


def _fit(records: list[dict], role: str, c: float):
    from sklearn.linear_model import LogisticRegression

    X, y = _xy(records, role)
    if len(set(y.tolist())) < 2:
        return None
    if FORM["form"] in ("prior", "stack"):
        return _Prior(role, c).fit(X, y.astype(float))
    return LogisticRegression(C=c, max_iter=2000).fit(X, y)


def _predict(model, r: dict) -> list[float]:
    if model is None:
        return [0.0] * len(r["cands"])
    return [float(p) for p in model.predict_proba(np.array([c["f"] for c in r["cands"]], dtype=float))[:, 1]]


def cross_validate(train_on: list[dict], records: list[dict], c: float, folds: int = 5, seed: int = 0) -> list:
    """Out-of-fold (source, target) probabilities per record of ``records``, the models fitted on the records
    of ``train_on`` of the other folds; folds grouped by document."""
    fold_of = group_folds({r["group"] for r in train_on + records}, folds, seed)
    scores: list = [None] * len(records)
    for k in range(folds):
        train = [r for r in train_on if fold_of[r["group"]] != k]
        ms, mt = _fit(train, "source", c), _fit(train, "target", c)
        for i, r in enumerate(records):
            if fold_of[r["group"]] == k:
                scores[i] = (_predict(ms, r), _predict(mt, r))
    return scores


THRESHOLDS = [round(t, 2) for t in np.arange(0.3, 0.91, 0.05)] + [0.95, 0.98]
CS = [0.03, 0.1, 0.3, 1.0]
SEEDS = 5


def main(argv: list[str] | None = None) -> int:
    ap = fit_parser(__doc__, "fallback_pairs.json", MODEL, drop="features")
    ap.add_argument("--min-precision", type=float, default=0.75, help="CV precision of the events the fallback adds")
    ap.add_argument(
        "--form",
        choices=("prior", "stack", "plain"),
        default="plain",
        help="prior: hand weights + a correction; stack: the hand score with a learned weight + a correction; plain: from zero",
    )
    ap.add_argument("--extra", type=Path, action="append", default=[], help="another span-format gold file as tuning data")
    ap.add_argument("--out", type=Path, default=MODEL, help="where --write writes the model")
    args = ap.parse_args(argv)
    EXTRA[:] = args.extra
    FORM["form"] = args.form
    drop = [FEATURES.index(f) for f in args.drop.split(",") if f]
    records = cached(args.cache, args.refresh, collect)
    if drop:  # the left-out features are zero in every candidate (a zero column gets a zero coefficient)
        for r in records:
            for c in r["cands"]:
                c["f"] = [0.0 if i in drop else v for i, v in enumerate(c["f"])]
    verb = [r for r in records if r["case"] == "verb"]
    nominal = [r for r in records if r["case"] == "nominal"]
    kinds = {}
    for r in records:
        k = r["case"] + ":" + "+".join(r["missing"])
        n, reach = kinds.get(k, (0, 0))
        ok = (
            any(c["ys"] for c in r["cands"])
            if r["missing"] == ["source"]
            else any(c["yt"] for c in r["cands"])
            if r["missing"] == ["target"]
            else any(map(any, r["pair"]))
        )
        kinds[k] = (n + 1, reach + ok)
    for k, (n, reach) in sorted(kinds.items()):
        print(f"{k:24s} {n:4d} triggers, {reach:4d} with a right choice")
    print(f"documents: {len({r['group'] for r in records})}")

    def report(name, recs, scores, ts, tt):
        em, right = _totals(recs, scores, ts, tt)
        by = {}
        for r, sc in zip(recs, scores):
            e, k = simulate(r, sc[0], sc[1], ts, tt)
            key = "+".join(r["missing"])
            a, b = by.get(key, (0, 0))
            by[key] = (a + e, b + k)
        parts = ", ".join(f"{k}: {b}/{a}" for k, (a, b) in sorted(by.items()))
        print(f"{name}: {right} right of {em} emitted (precision {right / em if em else 0:.3f}; {parts})")
        return em, right

    hand = [([c["hand_s"] for c in r["cands"]], [c["hand_t"] for c in r["cands"]]) for r in verb]
    report("hand weights on the verb triggers (in-sample, thresholds 0.5 / 1.5)", verb, hand, 0.5, 1.5)
    grid = {}
    for c in CS:
        runs = [cross_validate(verb, verb, c, seed=s) for s in range(SEEDS)]
        for ts in THRESHOLDS:
            for tt in THRESHOLDS:
                tot = [_totals(verb, sc, ts, tt) for sc in runs]
                em, right = float(np.mean([t[0] for t in tot])), float(np.mean([t[1] for t in tot]))
                grid[(c, ts, tt)] = (em, right)
    ok = {k: v for k, v in grid.items() if v[0] and v[1] / v[0] >= args.min_precision}
    if not ok:
        print(f"no setting reaches CV precision {args.min_precision}")
        return 1
    best = max(ok, key=lambda k: (ok[k][1], ok[k][1] / ok[k][0]))
    c, ts, tt = best
    em, right = grid[best]
    print(
        f"chosen C={c} thresholds source {ts} target {tt}: CV {right:.1f} right of {em:.1f} emitted"
        f" (precision {right / em:.3f}; mean of {SEEDS} grouped 5-fold draws)"
    )
    for c2 in CS:
        near = sorted(((k, v) for k, v in ok.items() if k[0] == c2), key=lambda kv: -kv[1][1])[:3]
        print(f"  C={c2}: " + "; ".join(f"ts {k[1]} tt {k[2]}: {v[1]:.1f}/{v[0]:.1f}" for k, v in near))
    runs = [cross_validate(verb, verb, c, seed=s) for s in range(1)]
    report("learned, CV (one draw)", verb, runs[0], ts, tt)
    # the one-sided noun events: the verb model applied out of fold
    nom = cross_validate(verb, nominal, c)
    em_n, right_n = report("nominal one-sided events, target by the CV model", nominal, nom, ts, tt)
    ms, mt = _fit(verb, "source", c), _fit(verb, "target", c)
    out = {}
    for role, m, t in (("source", ms, ts), ("target", mt, tt)):
        print(f"{role}: intercept {m.intercept_[0]:+.2f}; " + ", ".join(f"{k} {v:+.2f}" for k, v in zip(FEATURES, m.coef_[0])))
        out[role] = {
            "intercept": round(float(m.intercept_[0]), 4),
            "coef": {k: round(float(v), 4) for k, v in zip(FEATURES, m.coef_[0])},
            "threshold": t,
        }
    if args.write:
        model = {
            "about": "Sides by order (events/fallback.py): a logistic ranker over trigger-candidate pairs, one per role; "
            "probability = 1 / (1 + exp(-(intercept + sum(coef[f] * features[f])))); the top candidate is taken when it "
            "reaches the threshold (the source first, then the target). Made by scripts/fit_fallback.py on the tuning "
            "data only (GSR half a of plover_gsr_dev.jsonl, eval/events_gold_dev.jsonl); C and both thresholds chosen by "
            f"5-fold CV grouped by document, {SEEDS} draws: the most right events at CV precision >= {args.min_precision} "
            "of the events the fallback adds. The attache project's own (no outside data).",
            "made": date.today().isoformat(),
            "C": c,
            "cv": {
                "emitted": round(em, 1),
                "right": round(right, 1),
                "precision": round(right / em, 3),
                "verb_triggers": len(verb),
                "documents": len({r["group"] for r in verb}),
            },
            "features": FEATURES,
            **out,
        }
        if args.extra:
            model["about"] = model["about"].replace(
                "eval/events_gold_dev.jsonl)",
                "eval/events_gold_dev.jsonl, " + ", ".join(f"eval/{p.name}" for p in args.extra) + ")",
            )
        args.out.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
