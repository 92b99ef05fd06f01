"""Fit the event-confidence calibration (src/attache/events/data/confidence_calibration.json).

Fitted on development data only: the development half of the project's gold events and the PLOVER
gold-standard development records. The test half of the gold set is read only to report, after the
fit (ECE before and after, precision and recall at the chosen threshold).

    ATTACHE_RAW_CONFIDENCE=1 python scripts/calibrate_confidence.py            # fit, write, report

The threshold written as the --min-confidence default is the lowest one whose precision on the
development events is at least 0.80 (the issue's precision target), rounded down to 0.05.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["ATTACHE_RAW_CONFIDENCE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sklearn.linear_model import LogisticRegression  # noqa: E402

from attache.analysis import Analyzer  # noqa: E402
from attache.evaluate.calibration import labelled_events  # noqa: E402
from attache.events.calibration import FEATURES, expected_calibration_error  # noqa: E402

SHARED = Path(os.environ.get("ATTACHE_SHARED", ROOT.parent / "shared"))
DEV = [ROOT / "eval" / "events_gold_dev.jsonl", SHARED / "eval" / "events" / "plover_gsr_dev.jsonl"]
TEST = ROOT / "eval" / "events_gold_test.jsonl"
OUT = ROOT / "src" / "attache" / "events" / "data" / "confidence_calibration.json"


def main() -> None:
    analyzer = Analyzer()
    dev = [e for path in DEV for e in labelled_events(path, analyzer)[0]]
    test, test_gold = labelled_events(TEST, analyzer)
    X = [e["features"] for e in dev]
    y = [int(e["right"]) for e in dev]
    model = LogisticRegression(C=1.0, max_iter=1000).fit(X, y)
    coef, intercept = [round(float(c), 5) for c in model.coef_[0]], round(float(model.intercept_[0]), 5)

    def prob(rows):
        return [float(p) for p in model.predict_proba([e["features"] for e in rows])[:, 1]]

    dev_p = prob(dev)
    threshold = 0.5
    for t in [x / 20 for x in range(0, 20)]:
        kept = [r for r, p in zip(y, dev_p) if p >= t]
        if kept and sum(kept) / len(kept) >= 0.80:
            threshold = t
            break
    report = {}
    for name, rows, probs in (("dev", dev, dev_p), ("test", test, prob(test))):
        right = [e["right"] for e in rows]
        raw_ece, _ = expected_calibration_error([e["confidence"] for e in rows], right)
        ece, table = expected_calibration_error(probs, right)
        kept = [r for r, p in zip(right, probs) if p >= threshold]
        report[name] = {
            "events": len(rows),
            "share_right": round(sum(right) / len(rows), 4) if rows else None,
            "ece_raw": raw_ece,
            "ece_calibrated": ece,
            "kept_at_threshold": len(kept),
            "precision_at_threshold": round(sum(kept) / len(kept), 4) if kept else None,
            "reliability": table,
        }
    data = {
        "features": list(FEATURES),
        "coef": coef,
        "intercept": intercept,
        "threshold": round(threshold, 2),
        "fitted_on": [
            str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else "../shared/" + str(p.relative_to(SHARED))) for p in DEV
        ],
        "dev_events": len(dev),
        "script": "scripts/calibrate_confidence.py",
        "report": {k: {kk: vv for kk, vv in v.items() if kk != "reliability"} for k, v in report.items()},
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(json.dumps(report, indent=1))
    print(f"wrote {OUT}: threshold {threshold:.2f}; test gold rows {test_gold}")


if __name__ == "__main__":
    main()
