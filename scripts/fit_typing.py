"""Learned typing of the coder's events: is there room, and does a switch model gain in grouped cross-validation?

    PYTHONPATH=src python scripts/fit_typing.py [--cache build/typing_rows.json] [--refresh] [--write PATH]

Tuning data only (rows with their ``context``, as ``attache eval dyads`` reads them): GSR half "a" of
../shared/eval/events/plover_gsr_dev.jsonl, eval/events_gold_dev.jsonl, eval/events_gold3_dev.jsonl and
eval/events_gold6_dev.jsonl. The held-out sets are never read here.

1. The coder runs over every tuning article (as shipped). For each event told in the scored sentence with both
   sides: its type, its trigger's part of speech and lexicon type (``events/lexicon``), the shipped PLOVER
   classifier's type probabilities (``events/classifier``, ``data/plover_model.json``) for the whole sentence and
   for the trigger's own phrase (its subtree, or its governing verb's), and the types of the sentence's other
   events. The classifier reads the lemmas of the parse already made: no second parse.
2. Measurement (events whose (source, target) pair matches a gold row, ``evaluate.dyads.pair_found``): the
   confusion of the coder's type against the gold type (``scripts/type_confusion.py``'s ``confusion``); how often
   the classifier's top type, one of its top two, and its most probable type other than the coder's (the
   "alternative") is a gold type, split by whether the coder's type is right; the classifier alone as a typer.
3. Switch models, each scored by 5-fold cross-validation GROUPED by document (a gold row's ``article_id``; a GSR
   row is its own document), over L2 strengths 0.1/1/10, with and without balanced class weights:
   ``alt`` (keep the coder's type or take the sentence classifier's alternative), ``alt_local`` (the same with the
   trigger phrase's probabilities), ``ranker`` (the best of the classifier's top two and the sentence's other
   events' types). Label: 1 when the candidate is a gold type of the rows the event's pair matches and the
   coder's type is not. For each threshold: switches wrong->right, right->wrong, and the tuning sets' triple recall
   with the out-of-fold switches; a variant gains only if wrong->right exceeds right->wrong at some threshold.
4. ``--write PATH``: when a variant gains, its weights fitted on all tuning events and the threshold (numbers only)
   go to PATH; otherwise nothing is written.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
GSR = ROOT.parent / "shared" / "eval" / "events" / "plover_gsr_dev.jsonl"
SETS = [ROOT / "eval" / f"events_{n}_dev.jsonl" for n in ("gold", "gold3", "gold6")]
THRESHOLDS = [round(float(x), 2) for x in np.arange(0.05, 0.96, 0.05)]
VARIANTS = ("alt", "alt_local", "ranker")


# -- what an event's typing is read from ----------------------------------------------------------------


def probabilities(toks) -> dict[str, float]:
    """The shipped PLOVER classifier's type probabilities for a run of parsed tokens (their lemmas)."""
    from attache.events.classifier import features, shipped_model

    clf = shipped_model()
    if clf is None or not toks:
        return {}
    words = [t.lemma_.lower() for t in toks if not t.is_punct and not t.is_space]
    return {c: float(v) for c, v in zip(clf.classes, clf.proba([features(words, [])])[0])}


def lexicon_type(tok) -> str | None:
    """The PLOVER type the trigger word's own lexicon entry gives (verbs for a verb, else nouns), else None."""
    from attache.events.lexicon import lexicon

    lex, lemma = lexicon(), tok.lemma_.lower()
    first, second = (lex.verbs, lex.nouns) if tok.pos_ in ("VERB", "AUX") else (lex.nouns, lex.verbs)
    entry = first.get(lemma) or second.get(lemma)
    return entry[0] if entry else None


def raw(events: list, parsed) -> dict[int, dict[str, Any]]:
    """id(event) -> what its typing features are made from (the classifier runs once per sentence)."""
    from attache.events.retype import _Tokens

    tokens = _Tokens(parsed.segments)
    by_sentence: dict[int, list] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_start, []).append(e)
    out = {}
    for start, group in by_sentence.items():
        first, _ = tokens.at(start)
        if first is None:
            continue
        sentence = probabilities(list(first.sent))
        for e in group:
            tok, _ = tokens.at(e.trigger_start)
            phrase = None
            if tok is not None:
                phrase = tok.head if tok.pos_ != "VERB" and tok.head.pos_ == "VERB" else tok
            out[id(e)] = {
                "type": e.plover_type,
                "pos": tok.pos_ if tok is not None else None,
                "lexicon": lexicon_type(tok) if tok is not None else None,
                "probs": sentence,
                "local": probabilities(list(phrase.subtree)) if phrase is not None else {},
                "others": [o.plover_type for o in group if o is not e],
            }
    return out


def _quad(ptype: str) -> int:
    from attache.events.ontology import plover

    entry = plover().get(ptype)
    return int(entry["quad"]) if entry else 0


def candidate_features(r: dict[str, Any], cand: str) -> dict[str, float]:
    """Named features of switching an event (``raw``) from its type to ``cand``."""
    own, p, lp = r["type"], r["probs"], r["local"]
    ranked = sorted(p, key=p.get, reverse=True)
    pos = r["pos"] if r["pos"] in ("VERB", "NOUN") else "OTHER"
    return {
        f"type:{own}": 1.0,
        f"pos:{pos}": 1.0,
        "p_own": p.get(own, 0.0),
        "p_cand": p.get(cand, 0.0),
        "log_ratio": math.log((p.get(cand, 0.0) + 1e-4) / (p.get(own, 0.0) + 1e-4)),
        "local_own": lp.get(own, 0.0),
        "local_cand": lp.get(cand, 0.0),
        "local_log_ratio": math.log((lp.get(cand, 0.0) + 1e-4) / (lp.get(own, 0.0) + 1e-4)),
        "cand_rank": float(ranked.index(cand)) if cand in ranked else float(len(ranked)),
        "same_quad": 1.0 if _quad(cand) == _quad(own) else 0.0,
        "lexicon_own": 1.0 if r["lexicon"] == own else 0.0,
        "lexicon_cand": 1.0 if r["lexicon"] == cand else 0.0,
        "no_lexicon": 1.0 if r["lexicon"] is None else 0.0,
        "other_cand": 1.0 if cand in r["others"] else 0.0,
        "other_own": 1.0 if own in r["others"] else 0.0,
    }


def alternative(probs: dict[str, float], own: str) -> str | None:
    """The most probable type other than ``own``."""
    rest = [(p, t) for t, p in probs.items() if t != own]
    return max(rest)[1] if rest else None


def candidates(r: dict[str, Any], variant: str) -> list[str]:
    own = r["type"]
    if variant == "alt":
        alt = alternative(r["probs"], own)
        return [alt] if alt else []
    if variant == "alt_local":
        alt = alternative(r["local"], own)
        return [alt] if alt else []
    ranked = sorted(r["probs"], key=r["probs"].get, reverse=True)
    return sorted((set(ranked[:2]) | set(r["others"])) - {own})


# -- the tuning data ---------------------------------------------------------------------------------------


def _docs(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[str(r.get("sentence_id") or r.get("id"))] = str(r.get("article_id") or r.get("sentence_id") or r.get("id"))
    return out


def tuning_articles() -> list[tuple[str, dict, str]]:
    """(set name, article, document group) of every tuning article."""
    from attache.evaluate.dyads import half_of, load_gold

    out = []
    gsr, _ = load_gold(GSR)
    out += [("gsr_a", a, "gsr:" + a["id"]) for a in gsr if half_of(a["id"]) == "a"]
    for path in SETS:
        doc_of = _docs(path)
        rows, _ = load_gold(path)
        out += [(path.stem, a, "doc:" + doc_of.get(a["id"], a["id"])) for a in rows]
    return out


def collect() -> list[dict]:
    """One row per tuning article: its gold rows and its scored events with their ``raw`` typing features."""
    from attache.analysis import Analyzer
    from attache.evaluate import dyads
    from attache.nlp import parse

    arts = tuning_articles()
    analyzer = Analyzer()
    out = []
    for (name, art, group), parsed in zip(arts, parse(dyads._articles_for([a for _, a, _ in arts]))):
        date = parsed.article.published
        mentions = analyzer.resolver.resolve(parsed, date)
        at, text = dyads._offset(art), parsed.article.text
        coded = [
            e
            for e in analyzer.coder.code(parsed, mentions, date)
            if dyads._in_sentence(e, at) and e.source is not None and e.target is not None
        ]
        feats = raw(coded, parsed)
        events = []
        for e in coded:
            rec = dyads.event_record(e, text)
            rec["raw"] = feats.get(id(e))
            rec["text"] = f"{e.source.name} -{e.plover_type}-> {e.target.name} ({e.trigger})"
            events.append(rec)
        gold = [{k: g[k] for k in ("type", "source", "target", "symmetric")} for g in art["gold"]]
        out.append({"set": name, "group": group, "id": art["id"], "text": art["text"], "gold": gold, "events": events})
    return out


def _json_safe(v):
    if isinstance(v, set):
        return sorted(v)
    if isinstance(v, dict):
        return {k: _json_safe(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_json_safe(x) for x in v]
    return v


def load_sides(rows: list[dict]) -> None:
    """Word sets back from the cache's lists (pair matching reads sets)."""

    def side(s):
        if isinstance(s, dict) and "words" in s:
            s["words"] = set(s["words"])
        return s

    for a in rows:
        for e in a["events"]:
            e["source"], e["target"] = side(e["source"]), side(e["target"])
        for g in a["gold"]:
            g["source"] = [side(s) for s in g["source"]]
            g["target"] = [side(s) for s in g["target"]]


def gold_types(a: dict, e: dict) -> set[str]:
    """The types of the gold rows of article ``a`` whose pair the event ``e`` finds."""
    from attache.evaluate.dyads import pair_found

    return {g["type"] for g in a["gold"] if g["type"] and pair_found(e, g)}


# -- measurement ---------------------------------------------------------------------------------------------


def measure(rows: list[dict]) -> dict:
    """Per set: the confusion of matched events, and where the classifier's types stand against gold."""
    from type_confusion import confusion

    out: dict = {}
    for name in [*sorted({a["set"] for a in rows}), "all"]:
        arts = [a for a in rows if name in ("all", a["set"])]
        conf, _ = confusion(arts, [a["events"] for a in arts])
        c: Counter = Counter()
        for a in arts:
            for e in a["events"]:
                gt = gold_types(a, e)
                r = e["raw"]
                if not gt or r is None or not r["probs"]:
                    continue
                k = "coder_right" if e["type"] in gt else "coder_wrong"
                c[k] += 1
                for src, probs in (("sentence", r["probs"]), ("phrase", r["local"])):
                    if not probs:
                        continue
                    ranked = sorted(probs, key=probs.get, reverse=True)
                    alt = alternative(probs, e["type"])
                    c[f"{k}:{src}:top1_gold"] += ranked[0] in gt
                    c[f"{k}:{src}:top2_gold"] += bool(set(ranked[:2]) & gt)
                    c[f"{k}:{src}:alternative_gold"] += alt in gt
                    c[f"{k}:{src}:alternative_above_own"] += probs[alt] > probs.get(e["type"], 0.0)
                    c[f"{k}:{src}:alternative_above_own_and_gold"] += probs[alt] > probs.get(e["type"], 0.0) and alt in gt
                c[f"{k}:other_event_type_gold"] += bool((set(r["others"]) - {e["type"]}) & gt)
        n = c["coder_right"] + c["coder_wrong"]
        typer = {
            "events": n,
            "coder_accuracy": round(c["coder_right"] / n, 4) if n else None,
            "classifier_accuracy": round((c["coder_right:sentence:top1_gold"] + c["coder_wrong:sentence:top1_gold"]) / n, 4)
            if n
            else None,
        }
        out[name] = {"confusion": conf, "classifier": dict(sorted(c.items())), "typer": typer}
    return out


# -- switch models in grouped cross-validation ---------------------------------------------------------------


def dataset(rows: list[dict], variant: str):
    """Candidate rows: features, label, document group, and (article, event, candidate, coder right)."""
    X, y, groups, where = [], [], [], []
    for i, a in enumerate(rows):
        for j, e in enumerate(a["events"]):
            gt, r = gold_types(a, e), e["raw"]
            if not gt or r is None or not r["probs"]:
                continue
            for cand in candidates(r, variant):
                X.append(candidate_features(r, cand))
                y.append(int(cand in gt and e["type"] not in gt))
                groups.append(a["group"])
                where.append((i, j, cand, e["type"] in gt))
    return X, np.array(y, dtype=int), np.array(groups), where


def triple_recall(rows: list[dict], switched: dict[tuple[int, int], str]) -> dict[str, float]:
    """The tuning sets' triple recall with some events' types switched (sides as coded)."""
    from attache.evaluate.dyads import pair_found

    n: Counter = Counter()
    hit: Counter = Counter()
    for i, a in enumerate(rows):
        for g in a["gold"]:
            n[a["set"]] += 1
            types = [switched.get((i, j), e["type"]) for j, e in enumerate(a["events"]) if pair_found(e, g)]
            hit[a["set"]] += g["type"] in types
    return {k: round(hit[k] / n[k], 4) for k in sorted(n)}


def switches(p: np.ndarray, y: np.ndarray, where: list, threshold: float) -> tuple[dict[tuple[int, int], str], Counter]:
    """Each event takes its best candidate when that one's probability reaches ``threshold``."""
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for k, (i, j, _cand, _right) in enumerate(where):
        if (i, j) not in best or p[k] > best[(i, j)][0]:
            best[(i, j)] = (float(p[k]), k)
    out, c = {}, Counter()
    for (i, j), (pk, k) in best.items():
        if pk < threshold:
            continue
        out[(i, j)] = where[k][2]
        c["switches"] += 1
        c["wrong_to_right" if y[k] else "right_to_wrong" if where[k][3] else "wrong_to_wrong"] += 1
    return out, c


def fit(X, y, c: float, balanced: bool):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None)
    return vec, model.fit(vec.fit_transform(X), y)


def cross_validate(rows, variant: str, c: float, balanced: bool, folds: int = 5) -> dict:
    from sklearn.model_selection import GroupKFold

    X, y, groups, where = dataset(rows, variant)
    p = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=folds).split(X, y, groups):
        if y[tr].sum() == 0:
            continue
        vec, m = fit([X[k] for k in tr], y[tr], c, balanced)
        p[te] = m.predict_proba(vec.transform([X[k] for k in te]))[:, 1]
    table = []
    for t in THRESHOLDS:
        switched, counts = switches(p, y, where, t)
        net = counts["wrong_to_right"] - counts["right_to_wrong"]
        table.append({"threshold": t, "net": net, **counts, "triple_recall": triple_recall(rows, switched)})
    best = max(table, key=lambda r: (r["net"], r["threshold"]))
    from sklearn.metrics import roc_auc_score

    auc = round(float(roc_auc_score(y, p)), 4) if 0 < y.sum() < len(y) else None
    return {
        "variant": variant,
        "c": c,
        "balanced": balanced,
        "candidates": len(y),
        "positives": int(y.sum()),
        "auc": auc,
        "best": best,
    }


def main() -> None:
    from fit_fallback import cached, fit_parser

    ap = fit_parser(__doc__, "typing_rows.json")
    ap.add_argument("--write", type=Path, help="where to write the model when a variant gains in grouped CV")
    args = ap.parse_args()
    rows = cached(args.cache, args.refresh, lambda: _json_safe(collect()))
    load_sides(rows)
    print(json.dumps({"measure": measure(rows)}))
    results = []
    for variant in VARIANTS:
        for c in (0.1, 1.0, 10.0):
            for balanced in (False, True):
                res = cross_validate(rows, variant, c, balanced)
                results.append(res)
                print(json.dumps(res))
    winner = max(results, key=lambda r: (r["best"]["net"], -r["best"].get("switches", 0)))
    summary = {"triple_recall_before": triple_recall(rows, {}), "best_net_gain": winner["best"]["net"], "best": winner}
    print(json.dumps(summary))
    if not args.write:
        return
    if winner["best"]["net"] <= 0:
        print("no variant gains in grouped cross-validation: nothing written")
        return
    X, y, _, _ = dataset(rows, winner["variant"])
    vec, m = fit(X, y, winner["c"], winner["balanced"])
    out = {
        "variant": winner["variant"],
        "intercept": round(float(m.intercept_[0]), 5),
        "weights": {n: round(float(w), 5) for n, w in zip(vec.feature_names_, m.coef_[0])},
        "threshold": winner["best"]["threshold"],
        "fitted_on": ["plover_gsr_dev half a", *[p.name for p in SETS]],
        "cv": {"folds": 5, "grouped_by": "document", **summary},
    }
    args.write.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
