"""5W1H on Giveme5W1H-format rows: token-F1 against the best-matching gold phrase, per question.

A question with no gold phrase in a row is left out of that row's score; a
gold phrase with no answer scores 0.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import json_rows
from ..stories.fivew1h import QUESTIONS, extract, token_f1


def _rows(path: Path) -> list[dict]:
    return json_rows(path)


def compose(r: dict, lead_chars: int = 1500) -> str:
    parts = [p.strip() for p in (r.get("title"), r.get("description")) if p and p.strip()]
    text = "\n".join(p if p[-1:] in ".!?\"”" else p + "." for p in parts)
    return text + "\n" + (r.get("text") or "")[:lead_chars]


def evaluate_fivew1h(path: Path) -> dict[str, Any]:
    from ..nlp import load

    rows = [r for r in _rows(path) if isinstance(r.get("gold"), dict)]
    nlp = load()
    per: dict[str, list[float]] = {q: [] for q in QUESTIONS}
    examples = []
    for r, doc in zip(rows, nlp.pipe([compose(r) for r in rows], batch_size=16)):
        answers = extract(doc, published=r.get("date"))
        for q in QUESTIONS:
            gold = [g for g in r["gold"].get(q) or [] if g and g.strip()]
            if not gold:
                continue
            a = answers.get(q)
            per[q].append(max(token_f1(a.text, g) for g in gold) if a else 0.0)
        examples.append({"id": r.get("id"), **{q: (answers[q].text if answers[q] else None) for q in QUESTIONS}})
    means = {q: round(sum(v) / len(v), 4) if v else 0.0 for q, v in per.items()}
    mean = sum(means.values()) / len(QUESTIONS)
    return {"task": "fivew1h", "n": len(rows), "mean_f1": round(mean, 4), **means, "examples": examples}
