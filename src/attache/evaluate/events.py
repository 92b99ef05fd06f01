"""Event evaluation: PLOVER main-event type classification, PETRARCH event coding.

PLOVER rows (``event_type``): when the rows are the ones the shipped model was
trained on, the figure comes from cross-validation grouped by headline
template (a template never sits in both training and test folds), so it
reflects unseen texts; on any other rows the shipped model predicts directly.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..events.classifier import features, lemmas, shipped_model, split_text, train
from ..events.ontology import NOT_HAPPENED

FOLDS = 5


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def plover_features(rows: list[dict]) -> list[dict[str, float]]:
    heads, leads = zip(*(split_text(r.get("title"), r.get("text") or "") for r in rows)) if rows else ((), ())
    lem = lemmas(list(heads) + list(leads))
    n = len(rows)
    return [features(lem[i], lem[n + i]) for i in range(n)]


def scores(gold: list[str], pred: list[str]) -> dict[str, Any]:
    labels = sorted(set(gold) | set(pred))
    per = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = {
            "precision": prec,
            "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "support": tp + fn,
        }
    gold_labels = sorted(set(gold))
    macro = sum(per[lab]["f1"] for lab in gold_labels) / len(gold_labels) if gold_labels else 0.0
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
    confusion = Counter(zip(gold, pred))
    return {
        "macro_f1": macro,
        "accuracy": acc,
        "per_type": per,
        "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items()) if g != p},
    }


def grouped_cv(rows: list[dict], feats: list[dict], folds: int = FOLDS) -> list[str]:
    """Predictions for every row from models that never saw its template."""
    templates = sorted({r.get("template") or r["id"] for r in rows})
    fold_of = {t: i % folds for i, t in enumerate(sorted(templates, key=lambda t: hashlib.sha1(t.encode()).hexdigest()))}
    pred = [""] * len(rows)
    for k in range(folds):
        train_idx = [i for i, r in enumerate(rows) if fold_of[r.get("template") or r["id"]] != k]
        test_idx = [i for i, r in enumerate(rows) if fold_of[r.get("template") or r["id"]] == k]
        if not test_idx:
            continue
        model = train([feats[i] for i in train_idx], [rows[i]["event_type"] for i in train_idx])
        for i, p in zip(test_idx, model.predict([feats[i] for i in test_idx])):
            pred[i] = p
    return pred


def evaluate_plover(path: Path, mode: str = "auto") -> dict[str, Any]:
    rows = [r for r in _rows(path) if r.get("event_type")]
    feats = plover_features(rows)
    model = shipped_model()
    seen = model is not None and len({r["id"] for r in rows} & model.trained_on) > len(rows) // 2
    if model is None or mode == "cv" or (mode == "auto" and seen):
        pred, how = grouped_cv(rows, feats), f"{FOLDS}-fold cross-validation grouped by template"
    else:
        pred, how = model.predict(feats), "shipped model"
    result = scores([r["event_type"] for r in rows], pred)
    return {
        "task": "events-plover",
        "n": len(rows),
        "macro_f1": round(result["macro_f1"], 4),
        "accuracy": round(result["accuracy"], 4),
        "how": how,
        "per_type": result["per_type"],
        "confusion": result["confusion"],
    }


def train_plover(path: Path, out: Path) -> int:
    from ..events.classifier import save_model

    rows = [r for r in _rows(path) if r.get("event_type")]
    model = train(plover_features(rows), [r["event_type"] for r in rows], [r["id"] for r in rows])
    save_model(model, out)
    return len(rows)


def dictionary_set(actors: list[Path], verbs: list[Path] | None) -> tuple[list[Path], list[Path], list[str]]:
    """The PETRARCH dictionaries to code with: (actor/agent files, verb files, notes on what was added).

    PETRARCH keeps one project's dictionaries in one folder. Given actor files (or a folder) and no
    verb dictionary, the verb and agent dictionaries beside them are taken too, and said so;
    ``verbs=[]`` (``--verbs none``) keeps attache's own lexicon."""
    files: list[Path] = []
    for p in actors:
        files.extend(sorted(q for q in p.glob("*.txt") if "discard" not in q.name.lower()) if p.is_dir() else [p])
    actor_files = [f for f in files if "verb" not in f.name.lower()]
    verb_files = [f for f in files if "verb" in f.name.lower()]
    notes: list[str] = []
    folders = sorted({f.parent for f in actor_files})
    if verbs is None and not verb_files:
        for folder in folders:
            for f in sorted(folder.glob("*.txt")):
                name = f.name.lower()
                if "verb" in name:
                    verb_files.append(f)
                    notes.append(f"verb dictionary beside the actors: {f}")
                elif "agent" in name and f not in actor_files:
                    actor_files.append(f)
                    notes.append(f"agent dictionary beside the actors: {f}")
    elif verbs:
        verb_files.extend(verbs)
    return actor_files, verb_files, notes


def evaluate_petrarch_events(path: Path, dicts: list[Path], verbs: list[Path] | None = None) -> dict[str, Any]:
    """Code events with the given dictionaries; score (source, target, CAMEO root) triples and full codes.

    ``dicts`` are actor/agent dictionaries; ``verbs`` PETRARCH verb-pattern dictionaries (without
    them, attache's own trigger lexicon codes the verbs)."""
    from ..actors.resolve import Resolver
    from ..events import EventCoder
    from ..nlp import load, parse
    from ..progress import counted
    from .actors import _article, load_petrarch_kb, mention_codes

    kb, _, _ = load_petrarch_kb(dicts)
    resolver = Resolver(kb, load())
    from ..events.verbdict import VerbDictionary

    verb_dict = VerbDictionary.read(list(verbs)) if verbs else None
    coder = EventCoder(verb_dict)
    rows = [r for r in _rows(path) if not r.get("expected_error") and (r.get("expected") or r.get("expected_noevents"))]
    articles = []
    for r in rows:
        d = r.get("date") or ""
        articles.append(_article(r["text"], f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None, r["id"]))
    t_tp = t_fp = t_fn = c_tp = c_fp = c_fn = 0
    details = []
    for r, parsed in counted(zip(rows, parse(articles)), len(rows)):
        date = parsed.article.published
        mentions = resolver.resolve(parsed, date)
        by_span = {(m.start, m.end): m for m in mentions}
        found_triples: set[tuple[str, str, str | None]] = set()
        found_codes: set[tuple[str, str, str | None]] = set()
        for e in coder.code(parsed, mentions, date):
            if e.factuality in NOT_HAPPENED:
                continue  # stored, but left out of counts, as everywhere else in attache
            src = by_span.get((e.source.start, e.source.end)) if e.source else None
            tgt = by_span.get((e.target.start, e.target.end)) if e.target else None
            s_codes: list[str] = mention_codes(src, kb, date) if src else []
            t_codes: list[str] = mention_codes(tgt, kb, date) if tgt else []
            for s_code in s_codes:
                for t_code in t_codes:
                    if s_code and t_code:
                        pairs = [(s_code, t_code)] + ([(t_code, s_code)] if e.symmetric else [])
                        for a, b in pairs:  # a symmetric event goes both ways
                            found_triples.add((a, b, e.cameo_root))
                            found_codes.add((a, b, e.cameo_code))
        expected = r.get("expected") or []
        exp_triples = {(e["source"].strip('"'), e["target"].strip('"'), e["code"][:2]) for e in expected}
        exp_codes = {(e["source"].strip('"'), e["target"].strip('"'), e["code"]) for e in expected}
        t_tp += len(exp_triples & found_triples)
        t_fp += len(found_triples - exp_triples)
        t_fn += len(exp_triples - found_triples)
        c_tp += len(exp_codes & found_codes)
        c_fp += len(found_codes - exp_codes)
        c_fn += len(exp_codes - found_codes)
        details.append({"id": r["id"], "expected": sorted(map(list, exp_triples)), "found": sorted(map(list, found_triples))})

    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)

    tp_, tr_, tf_ = prf(t_tp, t_fp, t_fn)
    _, _, cf_ = prf(c_tp, c_fp, c_fn)
    return {
        "task": "events-petrarch",
        "n": len(rows),
        "triple_precision": round(tp_, 4),
        "triple_recall": round(tr_, 4),
        "triple_f1": round(tf_, 4),
        "code_f1": round(cf_, 4),
        "details": details,
    }
