"""Place the sentence back-off's events in the shipped confidence calibration (features ``sentence_side`` and
``sentence_entity``).

    PYTHONPATH=src python scripts/fit_sentence_confidence.py          # fit, write, report

The events of the sentence back-off (``events/sentence.py``, their spans marked ``"how": "sentence"``) are rare in the
tuning sets the calibration is fitted on (``scripts/calibrate_confidence.py``: the gold development half and GSR half
``a``, mostly sentences that do hold an event), and right there more often than in news at large. So their one
coefficient is fitted on those tuning events together with a hand audit of back-off events read in demo articles that
no gold set uses (``eval/audit/2026-12-01c_sentence_backoff.jsonl``: each event judged right when its type and both
sides' countries are), keeping every other coefficient of the shipped model as it is: one parameter, maximum
likelihood of ``sigmoid(z + b)`` with ``z`` the shipped model's score. Run it again after ``calibrate_confidence.py``
(which writes the model without this feature). The held-out sets are not read.

Events with one side only get a third offset, ``one_sided``, fitted the same way on the tuning sets' one-sided
events (right when a gold row of the sentence has their type, their side and nobody on the other side).

The entity tier of the back-off (spans with a ``"tier"``: a side with no country, two actors of one country, or a
one-sided event completed) has a second coefficient, ``sentence_entity``, fitted the same way after the first (its
score includes ``sentence_side``) on the entity-tier events of the tuning sets and a hand audit of entity-tier events
in demo articles no gold set uses (``eval/audit/2026-12-02_entity_backoff.jsonl``).

The unidentified attackers of a place (``events/places.py``, eighth session: an attack told by its weapon, "a roadside
bombing near Samarra", CAMEO's UAF sector) get a fourth offset, ``place_side``, fitted on the tuning sets' events with
that side and capped at 0.

Statements of intent (``events/intent.py``, thirty-fourth session: the AGREE beside a planned cooperative act) get a
fifth offset, ``intent``, fitted on the tuning sets' intent events and capped at 0.
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
ENTITY_AUDIT = ROOT / "eval" / "audit" / "2026-12-02_entity_backoff.jsonl"
OUT = ROOT / "src" / "attache" / "events" / "data" / "confidence_calibration.json"
NAME = "sentence_side"
ENTITY = "sentence_entity"
ONE_SIDED = "one_sided"
PLACE = "place_side"
INTENT = "intent"
ENTITY_CAP = 0.0
PLACE_CAP = 0.0
TUNING_NOTE = ROOT / "eval"  # the one-sided offset has no audit file of its own: the tuning sets only


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


def _audit(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _fit(
    data: dict, name: str, rows: list[tuple[dict, int, str]], sources: tuple[str, ...], audit: Path, cap: float | None = None
) -> None:
    """Fit one offset ``name`` on ``rows`` (features, right, source) given the model's other coefficients; write
    it (at most ``cap``) and its report into ``data``."""
    names, coef, intercept = data["features"], data["coef"], data["intercept"]

    def score(feats: dict) -> float:
        return intercept + sum(c * float(feats.get(n, 0.0)) for n, c in zip(names, coef))

    z, y = [score(r[0]) for r in rows], [r[1] for r in rows]
    fitted = b = _fit_offset(z, y)
    if cap is not None:
        b = min(b, cap)
    probs = [1 / (1 + math.exp(-(zi + b))) for zi in z]
    data["features"] = names + [name]
    data["coef"] = coef + [round(b, 5)]
    by_source = {s: [r[1] for r in rows if r[2] == s] for s in sources}
    data[f"{name}_fit"] = {
        "script": "scripts/fit_sentence_confidence.py",
        "events": len(rows),
        "right": sum(y),
        "by_source": {s: {"events": len(v), "right": sum(v)} for s, v in by_source.items()},
        "audit": str(audit.relative_to(ROOT)),
        "mean_confidence": round(sum(probs) / len(probs), 4) if probs else None,
    }
    if cap is not None:
        data[f"{name}_fit"]["fitted"] = round(fitted, 5)
        data[f"{name}_fit"]["cap"] = cap
        data[f"{name}_fit"]["above_0.5"] = sum(1 for q in probs if q >= 0.5)
    print(json.dumps(data[f"{name}_fit"], indent=1))
    print(f"{name} coefficient {b:.3f}; events right {sum(y)}/{len(y)}, mean confidence {sum(probs) / max(len(probs), 1):.3f}")


def main() -> None:
    data = json.loads(OUT.read_text("utf-8"))
    for name in (INTENT, PLACE, ONE_SIDED, ENTITY, NAME):  # a refit replaces the coefficients
        if name in data["features"]:
            i = data["features"].index(name)
            data["features"].pop(i)
            data["coef"].pop(i)
            data.pop(f"{name}_fit", None)
    tuning: list[dict] = []
    analyzer = Analyzer()
    for source, (path, half) in TUNING.items():
        tuning += [dict(e, source=source) for e in labelled_events(path, analyzer, half)[0]]
    # the country tier: back-off events of no entity tier
    rows = [
        (e["features"], int(e["right"]), e["source"]) for e in tuning if e["features"].get(NAME) and not e["features"].get(ENTITY)
    ]
    rows += [(r["features"], int(r["right"]), "audit") for r in _audit(AUDIT)]
    _fit(data, NAME, rows, (*TUNING, "audit"), AUDIT)
    # the entity tier, its score including the country tier's coefficient
    rows = [(e["features"], int(e["right"]), e["source"]) for e in tuning if e["features"].get(ENTITY)]
    rows += [(r["features"], int(r["right"]), "audit") for r in _audit(ENTITY_AUDIT)]
    # capped at 0: an entity-tier guess never ranks above the country tier's with the same features. Uncapped, the
    # one offset that gives these events their mean rate (the other coefficients kept) lifts those with a country on
    # both sides (a domestic pair) far above it and above the --min-confidence default.
    _fit(data, ENTITY, rows, (*TUNING, "audit"), ENTITY_AUDIT, cap=ENTITY_CAP)
    # events with one side only (seventh session): outside the main fit, which scores pairs; the model's
    # extrapolation gave them about 0.5 where a gold row with their side and nobody on the other is found for 4 of
    # 53 on the tuning sets (and the fourth hand audit found 1 of 14 right at 0.56). Their own offset, fitted on the
    # tuning sets' one-sided events (evaluate.calibration.labelled_events(one_sided=True)).
    rows = []
    for source, (path, half) in TUNING.items():
        rows += [(e["features"], int(e["right"]), source) for e in labelled_events(path, analyzer, half, one_sided=True)[0]]
    _fit(data, ONE_SIDED, rows, tuple(TUNING), TUNING_NOTE)
    # the unidentified attackers of a place (eighth session, events/places.py: "a bombing near Samarra killed ..."):
    # few on the tuning sets (GSR half a), so capped at 0 as the entity tier: such a guess never ranks above an event
    # of the same features whose sides the sentence names
    rows = [(e["features"], int(e["right"]), e["source"]) for e in tuning if e["features"].get(PLACE)]
    _fit(data, PLACE, rows, tuple(TUNING), TUNING_NOTE, cap=PLACE_CAP)
    # statements of intent (thirty-fourth session, events/intent.py: "X will provide aid to Y" gives, beside the planned
    # AID, an AGREE of code 033): the gold development sets annotate the act promised, not the promise (guidelines
    # section 4), so by the calibration's meaning (a gold row of the event's type and sides) they are rarely right
    # there, while GSR half a codes them AGREE; their own offset, fitted on the tuning sets, capped at 0
    rows = [(e["features"], int(e["right"]), e["source"]) for e in tuning if e["features"].get(INTENT)]
    _fit(data, INTENT, rows, tuple(TUNING), TUNING_NOTE, cap=0.0)
    OUT.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
