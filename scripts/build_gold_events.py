"""Expand the annotator's compact notes into the gold span-format JSONL.

The annotator writes one line per event (or per sentence without event) in a notes file,
because typing full JSON by hand is slow and error-prone:

    SID | TYPE[/MODE] | source | target | factuality | sym | date | precision
    SID | -                                   (the sentence has no event)

- source / target: `span text=CODE` items separated by `;` (`=` alone or an empty field:
  no actor; `CODE` may be `null` for an actor whose country is unknown).
- factuality: a (asserted), r:SPEAKER (reported, attributed to SPEAKER), p (planned),
  h (hypothetical), n (negated), q (question).
- sym: y or n.
- date: `pub` (the publication date, precision "publication") or an ISO date / month /
  year / range `YYYY-MM-DD/YYYY-MM-DD`, with its precision (day, month, year, range).
Lines starting with `#` are comments.

The sentence's text and publication date come from eval/events_gold_sentences.jsonl.
Usage:
    python scripts/build_gold_events.py --notes eval/events_gold_notes.txt \
        --sentences eval/events_gold_sentences.jsonl --out eval/events_gold_all.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from attache.events.ontology import PLOVER_TYPES

TYPES = set(PLOVER_TYPES)  # the sixteen PLOVER types, as the ontology has them
FACT = {"a": "asserted", "p": "planned", "h": "hypothetical", "n": "negated", "q": "question"}
PRECISIONS = {"day", "month", "year", "range"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}-\d{2}-\d{2})?$")
CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,11}$")


def parse_sides(field: str, where: str) -> list[dict]:
    out = []
    for item in field.split(";"):
        item = item.strip()
        if not item or item == "=":
            continue
        if "=" not in item:
            raise ValueError(f"{where}: side item without '=CODE': {item!r}")
        text, code = item.rsplit("=", 1)
        text, code = text.strip(), code.strip()
        if code in ("", "null"):
            code = None
        elif not CODE_RE.match(code):
            raise ValueError(f"{where}: bad code {code!r}")
        out.append({"text": text, "code": code})
    return out


def build(notes: Path, sentences: Path) -> tuple[list[dict], list[str]]:
    sents = {}
    for line in sentences.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            sents[r["id"]] = r
    rows, errors = [], []
    seen = set()
    n = 0
    for lineno, line in enumerate(notes.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{notes.name}:{lineno}"
        parts = [p.strip() for p in line.split("|")]
        sid = parts[0]
        if sid not in sents:
            errors.append(f"{where}: unknown sentence id {sid}")
            continue
        s = sents[sid]
        base = {
            "sentence_id": sid,
            "article_id": s["article_id"],
            "source_corpus": s["source_corpus"],
            "text": s["text"],
            "pub_date": s["pub_date"],
            # the sentences before it in the article, as the annotator read them (who "he", "the two leaders" are)
            "context": s.get("context") or "",
        }
        try:
            if len(parts) == 2 and parts[1] == "-":
                row = {
                    **base,
                    "event_type": None,
                    "mode": None,
                    "source": [],
                    "target": [],
                    "symmetric": False,
                    "factuality": None,
                    "attributed_to": None,
                    "date": None,
                    "date_precision": None,
                }
            else:
                if len(parts) not in (7, 8):
                    raise ValueError(f"{where}: expected 7 or 8 fields, got {len(parts)}")
                etype, _, mode = parts[1].partition("/")
                if etype not in TYPES:
                    raise ValueError(f"{where}: unknown type {etype!r}")
                fact = parts[4]
                attributed = None
                if fact.startswith("r:"):
                    attributed = fact[2:].strip()
                    if not attributed:
                        raise ValueError(f"{where}: reported without a speaker")
                    fact = "reported"
                elif fact in FACT:
                    fact = FACT[fact]
                else:
                    raise ValueError(f"{where}: bad factuality {fact!r}")
                if parts[5] not in ("y", "n"):
                    raise ValueError(f"{where}: sym must be y or n")
                date = parts[6]
                if date == "pub":
                    date, prec = s["pub_date"], "publication"
                else:
                    prec = parts[7] if len(parts) == 8 else ""
                    if not DATE_RE.match(date) or prec not in PRECISIONS:
                        raise ValueError(f"{where}: bad date/precision {date!r} {prec!r}")
                src = parse_sides(parts[2], where)
                tgt = parse_sides(parts[3], where)
                for side in src + tgt:
                    t = side["text"]
                    if t and t not in s["text"] and t not in s.get("context", ""):
                        raise ValueError(f"{where}: span {t!r} not in sentence or context")
                row = {
                    **base,
                    "event_type": etype,
                    "mode": mode or None,
                    "source": src,
                    "target": tgt,
                    "symmetric": parts[5] == "y",
                    "factuality": fact,
                    "attributed_to": attributed,
                    "date": date,
                    "date_precision": prec,
                }
        except ValueError as exc:
            errors.append(str(exc))
            continue
        n += 1
        row = {"id": f"g-{n:04d}", **row, "annotator": "gold-A"}
        rows.append(row)
        seen.add(sid)
    return rows, errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", default="eval/events_gold_notes.txt")
    ap.add_argument("--sentences", default="eval/events_gold_sentences.jsonl")
    ap.add_argument("--out", default="eval/events_gold_all.jsonl")
    args = ap.parse_args(argv)
    rows, errors = build(Path(args.notes), Path(args.sentences))
    for e in errors:
        print(e, file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ev = [r for r in rows if r["event_type"]]
    print(
        json.dumps(
            {"rows": len(rows), "events": len(ev), "sentences": len({r["sentence_id"] for r in rows}), "errors": len(errors)}
        )
    )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
