"""Place the sentence back-off's events in the shipped confidence calibration (feature ``sentence_side``).

    PYTHONPATH=src python scripts/fit_sentence_confidence.py          # fit, write, report

The events of the sentence back-off (``events/sentence.py``, their spans marked ``"how": "sentence"``) are rare in the
tuning sets the calibration is fitted on (``scripts/calibrate_confidence.py``: the gold development half and GSR half
``a``, mostly sentences that do hold an event), and right there more often than in news at large. So their one
coefficient is fitted on those tuning events together with a hand audit of back-off events read in demo articles that
no gold set uses (``eval/audit/2026-12-01c_sentence_backoff.jsonl``: each event judged right when its type and both
sides' countries are), keeping every other coefficient of the shipped model as it is: one parameter, maximum
likelihood of ``sigmoid(z + b)`` with ``z`` the shipped model's score. Run it again after ``calibrate_confidence.py``
(which writes the model without this feature). The held-out sets are not read.
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

os.environ["ATTACHE_RAW_CONFIDENCE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from attache.analysis import Analyzer  # noqa: E402
from attache.evaluate.calibration import labelled_events  # noqa: E402

SHARED = Path(os.environ.get("ATTACHE_SHARED", ROOT.parent / "shared"))
TUNING = {
    "gold_dev": (ROOT / "eval" / "events_gold_dev.jsonl", None),
    "gsr_a": (SHARED / "eval" / "events" / "plover_gsr_dev.jsonl", "a"),
    "gold3_dev": (ROOT / "eval" / "events_gold3_dev.jsonl", None),  # as scripts/calibrate_confidence.py
}
AUDIT = ROOT / "eval" / "audit" / "2026-12-01c_sentence_backoff.jsonl"
OUT = ROOT / "src" / "attache" / "events" / "data" / "confidence_calibration.json"
NAME = "sentence_side"


def _fit_offset(z: list[float], y: list[int]) -> float:
    """The b that maximises the likelihood of y under sigmoid(z + b) (Newton's method; one parameter)."""
    b = 0.0
    for _ in range(50):
        p = [1 / (1 + math.exp(-(zi + b))) for zi in z]
        grad = sum(yi - pi for yi, pi in zip(y, p))
        hess = sum(pi * (1 - pi) for pi in p) or 1e-9
        step = grad / hess
        b += step
        if abs(step) < 1e-8:
            break
    return b


def main() -> None:
    data = json.loads(OUT.read_text("utf-8"))
    if NAME in data["features"]:  # a refit replaces the coefficient
        i = data["features"].index(NAME)
        data["features"].pop(i)
        data["coef"].pop(i)
    names, coef, intercept = data["features"], data["coef"], data["intercept"]

    def score(feats: dict) -> float:
        return intercept + sum(c * float(feats[n]) for n, c in zip(names, coef))

    rows: list[tuple[float, int, str]] = []
    analyzer = Analyzer()
    for source, (path, half) in TUNING.items():
        for e in labelled_events(path, analyzer, half)[0]:
            if e["features"].get(NAME):
                rows.append((score(e["features"]), int(e["right"]), source))
    for line in AUDIT.read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append((score(r["features"]), int(r["right"]), "audit"))
    z, y = [r[0] for r in rows], [r[1] for r in rows]
    b = _fit_offset(z, y)
    probs = [1 / (1 + math.exp(-(zi + b))) for zi in z]
    data["features"] = names + [NAME]
    data["coef"] = coef + [round(b, 5)]
    by_source = {s: [r[1] for r in rows if r[2] == s] for s in (*TUNING, "audit")}
    data[f"{NAME}_fit"] = {
        "script": "scripts/fit_sentence_confidence.py",
        "events": len(rows),
        "right": sum(y),
        "by_source": {s: {"events": len(v), "right": sum(v)} for s, v in by_source.items()},
        "audit": str(AUDIT.relative_to(ROOT)),
        "mean_confidence": round(sum(probs) / len(probs), 4) if probs else None,
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(json.dumps(data[f"{NAME}_fit"], indent=1))
    print(
        f"wrote {OUT}: {NAME} coefficient {b:.3f}; back-off events right {sum(y)}/{len(y)}, mean confidence {sum(probs) / len(probs):.3f}"
    )


if __name__ == "__main__":
    main()
