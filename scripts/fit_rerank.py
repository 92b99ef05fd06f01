"""Fit the learned re-ranker of the sides of the coder's events (events/rerank.py) on the TUNING data only.

    PYTHONPATH=src python scripts/fit_rerank.py [--cache build/rerank_pairs.json] [--refresh] [--write]

Tuning data: GSR half "a" of ../shared/eval/events/plover_gsr_dev.jsonl, eval/events_gold_dev.jsonl,
eval/events_gold3_dev.jsonl and eval/events_gold6_dev.jsonl (rows with their ``context``, as ``attache eval dyads``
reads them; the articles as scripts/fit_fallback.py builds them). The held-out sets are never read here.

1. The coder runs over every tuning article with ``rerank.recorder`` set (the model switched off for the run): for
   each event a trigger of the scored sentence gave, the candidates of each role with their features.
2. A candidate is labelled for a role when it matches a gold side of that role of its sentence the way
   ``evaluate/dyads.py`` matches (same country code, or shared content words; scripts/fit_fallback.py's ``_label``).
3. Per role a logistic regression (scikit-learn, L2). C, the margin ``m`` and the fill threshold ``t`` are chosen by
   5-fold cross-validation GROUPED by document (a gold row's ``article_id``; a GSR row is its own document), mean
   of several draws: the decision of ``rerank.decide`` on out-of-fold probabilities, scored per event (is its
   (source, target) pair a gold pair of the sentence, as ``evaluate/dyads.py`` scores) and per side. Chosen: the most
   net pairs won (wrong->right minus right->wrong, plus filled one-sided events right minus wrong); ties to the larger
   margin. If no setting wins anything the model is written switched off (``enabled: false``).
4. ``--write``: coefficients, m, t and the CV figures go to src/attache/events/data/rerank_model.json (numbers only).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import fit_fallback as ff  # noqa: E402  (its tuning articles and gold labelling)

MODEL = ROOT / "src" / "attache" / "events" / "data" / "rerank_model.json"
EXTRA = [ROOT / "eval" / "events_gold3_dev.jsonl", ROOT / "eval" / "events_gold6_dev.jsonl"]
ROLES = ("source", "target")


def _side(d: dict) -> dict:
    return {"country": d["country"], "words": set(d["words"])}


def collect() -> tuple[list[dict], list[str]]:
    """One record per event of a scored sentence: its group, candidates (features per role, labels per role, side
    dicts), the current sides and the gold rows of its sentence."""
    from attache.evaluate.dyads import _offset, _side_of, _words
    from attache.events import rerank

    ff.EXTRA[:] = EXTRA
    names: list[str] = []
    out: list[dict] = []
    shipped = rerank.model
    rerank.model = lambda: {"enabled": False}  # the coder's own sides are recorded, none replaced
    try:
        for (art, group), parsed, _mentions, _events, records in ff.recorded(rerank, ff._tuning_articles()):
            at, text = _offset(art), parsed.article.text
            for r in records:
                if r["seg_start"] + r["trigger"].idx < at:
                    continue  # a trigger of the context
                e = r["event"]
                src, tgt = r["parties"]
                cur_sides = {
                    "source": _side_of(src, r["side_spans"][0], text),
                    "target": _side_of(tgt, r["side_spans"][1], text) if tgt is not None else None,
                }
                if not names:
                    names = [k for k in r["feats"]["source"][0] if k != "bias"]
                cands = []
                for k, (m, _head) in enumerate(r["pool"]):
                    side = {"country": m.country, "words": _words(m.text) | _words(m.name) | _words(r["spans"][k])}
                    cands.append(
                        {
                            "actor": m.actor_id,
                            "text": m.text,
                            "side": {"country": side["country"], "words": sorted(side["words"])},
                            "y": {role: int(ff._label(role, side, [], art["gold"])) for role in ROLES},
                            "f": {role: [float(r["feats"][role][k][n]) for n in names] for role in ROLES},
                        }
                    )
                out.append(
                    {
                        "group": group,
                        "trigger": r["trigger"].text,
                        "sentence": art["text"][:160],
                        "symmetric": bool(e.symmetric),
                        "cur": {
                            "source": r["cur"]["source"],
                            "target": r["cur"]["target"],
                            "target_empty": tgt is None,
                            "source_actor": src.actor_id if src else None,
                            "target_actor": tgt.actor_id if tgt else None,
                        },
                        "cur_sides": {
                            k: ({"country": v["country"], "words": sorted(v["words"])} if v else None)
                            for k, v in cur_sides.items()
                        },
                        "gold": art["gold"],
                        "cands": cands,
                    }
                )
    finally:
        rerank.model = shipped
    return out, names


def _pair_right(src: dict | None, tgt: dict | None, symmetric: bool, gold: list[dict]) -> bool:
    from attache.evaluate.dyads import pair_found

    if src is None or tgt is None:
        return False
    e = {"source": _side(src), "target": _side(tgt), "symmetric": symmetric}
    return any(pair_found(e, g) for g in gold)


def _side_right(role: str, side: dict | None, gold: list[dict]) -> bool:
    return side is not None and ff._label(role, _side(side), [], gold)


def _fit(records: list[dict], role: str, c: float):
    from sklearn.linear_model import LogisticRegression

    X = np.array([cd["f"][role] for r in records for cd in r["cands"]], dtype=float)
    y = np.array([cd["y"][role] for r in records for cd in r["cands"]])
    if len(set(y.tolist())) < 2:
        return None
    return LogisticRegression(C=c, max_iter=3000).fit(X, y)


def _predict(model, r: dict, role: str) -> list[float]:
    if model is None:
        return [0.0] * len(r["cands"])
    return [float(p) for p in model.predict_proba(np.array([cd["f"][role] for cd in r["cands"]], dtype=float))[:, 1]]


def cross_validate(records: list[dict], c: float, folds: int = 5, seed: int = 0) -> list[dict]:
    """Out-of-fold probabilities per record and role; folds grouped by document (a random fold per group)."""
    fold_of = ff.group_folds({r["group"] for r in records}, folds, seed)
    out: list = [None] * len(records)
    for k in range(folds):
        models = {role: _fit([r for r in records if fold_of[r["group"]] != k], role, c) for role in ROLES}
        for i in (i for i, r in enumerate(records) if fold_of[r["group"]] == k):
            out[i] = {role: _predict(models[role], records[i], role) for role in ROLES}
    return out


def outcome(records: list[dict], probs: list[dict], margin: float, fill: float) -> dict:
    """What the decision does on the records: counts per event (pairs) and per side."""
    from attache.events.rerank import decide

    mdl = {"margin": margin, "fill": fill}
    t = dict.fromkeys(
        ("events", "pairs_before", "pairs_after", "pair_w2r", "pair_r2w", "changed", "side_w2r", "side_r2w",
         "side_w2w", "side_r2r", "sides_before", "sides_after", "filled", "filled_right"),
        0,
    )  # fmt: skip
    for r, p in zip(records, probs):
        cur = r["cur"]
        chosen = decide(mdl, [cd["actor"] for cd in r["cands"]], cur, p)
        before = dict(r["cur_sides"])
        after = dict(before)
        for role in ROLES:
            k = chosen[role]
            if k is not None:
                after[role] = r["cands"][k]["side"]
        t["events"] += 1
        pb = _pair_right(before["source"], before["target"], r["symmetric"], r["gold"])
        pa = _pair_right(after["source"], after["target"], r["symmetric"], r["gold"])
        if before["target"] is None:
            if after["target"] is not None:
                t["filled"] += 1
                t["filled_right"] += int(pa)
            continue
        t["pairs_before"] += int(pb)
        t["pairs_after"] += int(pa)
        t["pair_w2r"] += int(pa and not pb)
        t["pair_r2w"] += int(pb and not pa)
        for role in ROLES:
            rb = _side_right(role, before[role], r["gold"])
            t["sides_before"] += int(rb)
            if chosen[role] is None:
                t["sides_after"] += int(rb)
                continue
            ra = bool(r["cands"][chosen[role]]["y"][role])
            t["sides_after"] += int(ra)
            t["changed"] += 1
            t["side_" + ("r" if rb else "w") + "2" + ("r" if ra else "w")] += 1
    t["net"] = t["pair_w2r"] - t["pair_r2w"] + t["filled_right"] - (t["filled"] - t["filled_right"])
    return t


def oracle(records: list[dict]) -> dict:
    """How many of the coder's wrong two-sided events any choice among the candidates could put right (the most a
    re-ranker of these candidates can win), and why the others cannot be."""
    t = dict.fromkeys(("wrong", "fixable", "no_gold_row", "source_not_candidate", "target_not_candidate"), 0)
    for r in records:
        cs = r["cur_sides"]
        if cs["target"] is None or _pair_right(cs["source"], cs["target"], r["symmetric"], r["gold"]):
            continue
        t["wrong"] += 1
        cands = [c["side"] for c in r["cands"]]
        srcs, tgts = [cs["source"], *cands], [cs["target"], *cands]
        t["fixable"] += int(any(_pair_right(a, b, r["symmetric"], r["gold"]) for a in srcs for b in tgts if a is not b))
        t["no_gold_row"] += int(not r["gold"])
        t["source_not_candidate"] += int(r["cur"]["source"] is None)
        t["target_not_candidate"] += int(r["cur"]["target"] is None)
    return t


def ranker_alone(records: list[dict], probs: list[dict]) -> dict:
    """Side accuracy of the ranker's top candidate (out of fold) against the coder's choice, on the sides whose
    current mention is a candidate (both choose among the same candidates)."""
    t = dict.fromkeys(("sides", "coder_right", "ranker_right"), 0)
    for r, p in zip(records, probs):
        for role in ROLES:
            k = r["cur"][role]
            if k is None:
                continue
            t["sides"] += 1
            t["coder_right"] += r["cands"][k]["y"][role]
            top = max(range(len(r["cands"])), key=lambda i: (p[role][i], -i))
            t["ranker_right"] += r["cands"][top]["y"][role]
    return t


MARGINS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
FILLS = [0.5, 0.6, 0.7, 0.8, 0.9, 2.0]  # 2.0: never fill an empty target
CS = [0.03, 0.1, 0.3, 1.0]
SEEDS = 5
MIN_FILL_PRECISION = 0.8


def main(argv: list[str] | None = None) -> int:
    ap = ff.fit_parser(__doc__, "rerank_pairs.json", MODEL, drop="features (or prefixes ending in *)")
    ap.add_argument("--show", type=int, default=0, help="print N changes of the chosen setting (one CV draw)")
    ap.add_argument(
        "--label",
        choices=("side", "pair"),
        default="side",
        help="side: a candidate matching a gold side of its role; pair: also with the event's other side matching that row",
    )
    args = ap.parse_args(argv)
    data = ff.cached(args.cache, args.refresh, lambda: dict(zip(("records", "names"), collect())))
    records, names = data["records"], data["names"]
    if args.label == "pair":  # a candidate is right for a role when it makes a gold pair with the event's other side
        for r in records:
            for role, other in (("source", "target"), ("target", "source")):
                o = r["cur_sides"][other]
                for cd in r["cands"]:
                    cd["y"][role] = int(ff._label(role, _side(cd["side"]), [_side(o)] if o else [], r["gold"]))
    drop = [f for f in args.drop.split(",") if f]
    gone = {i for i, n in enumerate(names) if any(n == d or (d.endswith("*") and n.startswith(d[:-1])) for d in drop)}
    if gone:  # the left-out features are zero in every candidate (a zero column gets a zero coefficient)
        print("left out: " + ", ".join(names[i] for i in sorted(gone)))
        for r in records:
            for cd in r["cands"]:
                cd["f"] = {role: [0.0 if i in gone else v for i, v in enumerate(fs)] for role, fs in cd["f"].items()}
    with_cands = [r for r in records if r["cands"]]
    print(
        f"events: {len(records)} in {len({r['group'] for r in records})} documents; candidates {sum(len(r['cands']) for r in records)}"
    )
    base = outcome(records, [{role: [0.0] * len(r["cands"]) for role in ROLES} for r in records], 9.0, 9.0)
    n_two = base["events"] - sum(1 for r in records if r["cur"]["target_empty"])
    print(
        f"coder alone: {base['pairs_before']} of {n_two} two-sided events have a gold pair; sides right {base['sides_before']} of {2 * n_two}"
    )
    orc = oracle(records)
    print("coder's wrong two-sided events: " + ", ".join(f"{k} {v}" for k, v in orc.items()))
    grid: dict = {}
    runs_of = {}
    for c in CS:
        runs = [cross_validate(with_cands, c, seed=s) for s in range(SEEDS)]
        runs_of[c] = runs
        for m in MARGINS:
            for t in FILLS:
                tot = [outcome(with_cands, run, m, t) for run in runs]
                grid[(c, m, t)] = {k: float(np.mean([x[k] for x in tot])) for k in tot[0]}
    # a fill must keep the tuning sets' precision: fills right at least MIN_FILL_PRECISION of the time
    fine = {k: v for k, v in grid.items() if not v["filled"] or v["filled_right"] / v["filled"] >= MIN_FILL_PRECISION}
    best = max(fine, key=lambda k: (fine[k]["net"], k[1], k[2]))
    c, m, t = best
    g = grid[best]
    print(f"chosen C={c} margin={m} fill={t} (mean of {SEEDS} grouped 5-fold draws):")
    print("  " + ", ".join(f"{k} {v:.1f}" for k, v in g.items()))
    for c2 in CS:
        row = sorted(((k, v) for k, v in grid.items() if k[0] == c2), key=lambda kv: -kv[1]["net"])[:3]
        print(
            f"  C={c2}: "
            + "; ".join(
                f"m {k[1]} t {k[2]}: net {v['net']:+.1f} (w2r {v['pair_w2r']:.1f}, r2w {v['pair_r2w']:.1f}, fill {v['filled_right']:.1f}/{v['filled']:.1f})"
                for k, v in row
            )
        )
    for m2 in MARGINS:
        v = grid[(c, m2, 2.0)]
        print(
            f"  margin {m2} (no fill): changed {v['changed']:.1f}, sides w2r {v['side_w2r']:.1f} r2w {v['side_r2w']:.1f} w2w {v['side_w2w']:.1f}; pairs w2r {v['pair_w2r']:.1f} r2w {v['pair_r2w']:.1f}"
        )
    for c2 in CS:
        ra = [ranker_alone(with_cands, run) for run in runs_of[c2]]
        ra = {k: float(np.mean([x[k] for x in ra])) for k in ra[0]}
        print(
            f"  C={c2} ranker alone (its top candidate, out of fold) vs coder on {ra['sides']:.0f} sides: right {ra['ranker_right']:.1f} vs {ra['coder_right']:.1f}"
        )
    helps = g["net"] > 0 and g["pair_w2r"] > g["pair_r2w"]
    if args.show:
        from attache.events.rerank import decide

        shown = 0
        for r, p in zip(with_cands, runs_of[c][0]):
            ch = decide({"margin": m, "fill": t}, [cd["actor"] for cd in r["cands"]], r["cur"], p)
            for role in ROLES:
                if ch[role] is not None and shown < args.show:
                    shown += 1
                    cd = r["cands"][ch[role]]
                    print(
                        f"  {role} -> {cd['text']!r} ({'right' if cd['y'][role] else 'wrong'}) [{r['trigger']}] {r['sentence']}"
                    )
    ms, mt = _fit(with_cands, "source", c), _fit(with_cands, "target", c)
    out = {}
    for role, mdl in (("source", ms), ("target", mt)):
        top = sorted(zip(names, mdl.coef_[0]), key=lambda kv: -abs(kv[1]))[:12]
        print(f"{role}: intercept {mdl.intercept_[0]:+.2f}; " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
        out[role] = {
            "intercept": round(float(mdl.intercept_[0]), 4),
            "coef": {k: round(float(v), 4) for k, v in zip(names, mdl.coef_[0])},
        }
    if not helps:
        print("grouped CV: the re-ranker does not help (net pairs won <= 0); written switched off")
    if args.write:
        model = {
            "about": "Re-ranking the sides of the coder's events (events/rerank.py): a logistic model per role over "
            "(event, candidate mention) pairs; probability = 1 / (1 + exp(-(intercept + sum(coef[f] * features[f])))). "
            "A current side is replaced by the top allowed candidate when its probability exceeds the current side's "
            "by more than `margin`; an empty target is filled when the top candidate reaches `fill`. Made by "
            "scripts/fit_rerank.py on the tuning data only (GSR half a of plover_gsr_dev.jsonl, eval/events_gold_dev.jsonl, "
            "eval/events_gold3_dev.jsonl, eval/events_gold6_dev.jsonl); C, margin and fill chosen by 5-fold CV grouped "
            f"by document, {SEEDS} draws: the most net gold pairs won. The attache project's own (no outside data).",
            "enabled": bool(helps),
            "made": date.today().isoformat(),
            "C": c,
            "margin": m,
            "fill": t,
            "cv": {k: round(v, 1) for k, v in g.items()},
            "oracle": orc,
            "coder_alone": {"two_sided_events": n_two, "pairs_right": base["pairs_before"], "sides_right": base["sides_before"]},
            "features": names,
            **out,
        }
        MODEL.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
