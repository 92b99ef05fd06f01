"""5W1H on Giveme5W1H-format rows: token-F1 against the best-matching gold phrase, per question.

A question with no gold phrase in a row is left out of that row's score; a
gold phrase with no answer scores 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..stories.fivew1h import QUESTIONS, Answer, extract, record_answers, token_f1
from ..stories.fivew1h import answers as event_answers
from . import json_rows

PARTS = ("all", "tune", "held")


def _text(answer: Answer | None) -> str | None:
    return answer.text if answer else None


def in_part(row: dict, part: str) -> bool:
    """A fixed split by document: ``held`` = the rows whose id's crc32 is 0 mod 3 (measured once, at the end), ``tune``
    = the others (where the extractor's cases are studied), ``all`` = every row."""
    import zlib

    if part == "all":
        return True
    held = zlib.crc32(str(row.get("id")).encode()) % 3 == 0
    return held if part == "held" else not held


def _rows(path: Path, part: str = "all") -> list[dict]:
    return [r for r in json_rows(path) if in_part(r, part)]


def compose(r: dict, lead_chars: int = 1500) -> str:
    parts = [p.strip() for p in (r.get("title"), r.get("description")) if p and p.strip()]
    text = "\n".join(p if p[-1:] in '.!?"”' else p + "." for p in parts)
    return text + "\n" + (r.get("text") or "")[:lead_chars]


def _score(rows: list[dict], found: list[dict]) -> dict[str, float]:
    per: dict[str, list[float]] = {q: [] for q in QUESTIONS}
    for r, answers in zip(rows, found):
        for q in QUESTIONS:
            gold = [g for g in r["gold"].get(q) or [] if g and g.strip()]
            if not gold:
                continue
            a = answers.get(q)
            per[q].append(max(token_f1(a.text, g) for g in gold) if a else 0.0)
    means = {q: round(sum(v) / len(v), 4) if v else 0.0 for q, v in per.items()}
    return {"mean_f1": round(sum(means.values()) / len(QUESTIONS), 4), **means}


def evaluate_fivew1h(path: Path, events: bool = True, part: str = "all") -> dict[str, Any]:
    """With ``events`` (the default), each row goes through the analysis (actors and events) and the main event's record
    answers who, what, when and where where it can (``stories.fivew1h.answers``); without, the parse of the lead alone."""
    from ..model import Analysis, Article, Paragraph
    from ..nlp import load
    from ..nlp.repair import repair_parse

    rows = [r for r in _rows(path, part) if isinstance(r.get("gold"), dict)]
    texts = [compose(r) for r in rows]
    nlp = load()
    analyses: Sequence[Analysis | None] = [None] * len(rows)
    if events:
        from ..analysis import Analyzer

        arts = [
            Article(
                id=f"row{i}",
                text=t,
                paragraphs=[Paragraph(0, len(t))],
                language="en",
                published=(r.get("date") or "")[:10] or None,
            )
            for i, (r, t) in enumerate(zip(rows, texts))
        ]
        analyses = Analyzer().analyze(arts)
    examples: list[Any] = []
    found: list[Any] = []
    no_parse: list[Any] = []
    stored: list[Any] = []
    from_events = 0
    for r, text, doc, an in zip(rows, texts, nlp.pipe(texts, batch_size=16), analyses):
        repair_parse(doc)  # the parse the analysis reads (nlp.parse repairs it too), so that both passes agree
        if an is not None:
            answers, used = event_answers(doc, text, an.events, an.mentions, published=r.get("date"))
            from_events += used is not None
            no_parse.append(record_answers(text, an.events, an.mentions, published=r.get("date"))[0])
            stored.append(_stored(an, text))
        else:
            answers = extract(doc, published=r.get("date"))
        found.append(answers)
        examples.append({"id": r.get("id"), **{q: _text(answers[q]) for q in QUESTIONS}})
    out: dict[str, Any] = {
        "task": "fivew1h",
        "part": part,
        "n": len(rows),
        **_score(rows, found),
        "examples": examples,
        "from_events": from_events if events else None,
    }
    if events:  # what the story pass gives without a parse (the records and the text alone)
        out["records_only"] = _score(rows, no_parse)
        out["stored"] = _score(rows, stored)  # what the story pass uses: the analysis's answers as stored (JSON) and read
    return out


def _stored(an, text: str) -> dict[str, Any]:
    """The lead's 5W1H the way the story pass gets it: the analysis's answers through JSON (as the store keeps them), then
    ``stories.build.lead_fivew1h`` (which falls back to the records alone when none were stored)."""
    import json

    from ..stories.build import LEAD_CHARS, Member, lead_fivew1h
    from ..stories.fivew1h import Answer, Spot, lead_records

    spots = tuple(Spot(m.start, m.end, m.kind, m.actor_id) for m in an.mentions if m.start < LEAD_CHARS)
    kept = None if an.fivew1h is None else json.loads(json.dumps(an.fivew1h))
    lead = Member(an.article_id, None, None, None, (), tuple(lead_records(an.events, an.mentions, text)), spots, kept)
    cited = lead_fivew1h(lead, text)
    return {
        q: None if c is None else Answer(c["text"], c["start"] if c["start"] is not None else -1, c["end"] or -1)
        for q, c in cited.items()
    }


if __name__ == "__main__":  # python -m attache.evaluate.fivew1h FILE [all|tune|held]
    import json
    import sys

    result = evaluate_fivew1h(Path(sys.argv[1]), part=sys.argv[2] if len(sys.argv) > 2 else "all")
    result.pop("examples")
    print(json.dumps(result))
