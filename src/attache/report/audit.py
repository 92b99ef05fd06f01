"""Read a rendered brief or comparison (Markdown) as an analyst would: every statement with the sentence it cites,
and the classes of statement its sentence does not support that can be told from the store alone.

    python -m attache.report.audit --db FILE.duckdb BRIEF.md [COMPARISON.md ...]

Each bullet line with a citation (``#/article/ID?start=S&end=E``) is a statement. Classes checked (the others of
eval/audit/2026-12-02_brief_audit.md, wrong side, wrong date, a hypothetical read as done, need a reader):

- ``weak``: an event of the line's type read from the cited sentence is below the ``--min-confidence`` default or
  made by the sentence back-off, and the line does not say "weak";
- ``question``: the line tells an event from a sentence that asks;
- ``reported``: the event is ``reported`` and the line does not say so;
- ``pronoun``: a claim's speaker shown as a pronoun ("**I** hope");
- ``duplicate``: a second line of one section telling the same type from the same sentence;
- ``aggregate``: a shift worded "toward conflict" while the index stays cooperative (or the reverse), or whose
  intervals before hold fewer events than a direction needs;
- ``figure_pair``: a figure of a relationship brief whose sentence does not name both sides;
- ``date``: a line dated with the article's publication date (no date in the text) without saying so, or with a
  full day where the text gives only a month or a year.

The last JSON line counts the statements and each class.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from ..stories.compare_speakers import PRONOUNS
from ..stories.compare_trust import asks, default_threshold, weakness

CITE = re.compile(r"#/article/([0-9a-f]+)\?start=(\d+)&end=(\d+)")
TYPES = re.compile(
    r"\b(AGREE|CONSULT|COOPERATE|SUPPORT|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT|CONCEDE)\b"
)
CLASSES = ("weak", "question", "reported", "pronoun", "duplicate", "aggregate", "figure_pair", "date")


def statements(markdown: str) -> list[dict[str, Any]]:
    """The bullet lines that cite, with their section and first citation."""
    out, section = [], ""
    for line in markdown.splitlines():
        if line.startswith("#"):
            section = line.lstrip("# ").strip()
            continue
        s = line.strip()
        if not s.startswith("- "):
            continue
        m = CITE.search(s)
        shift = section == "Shifts"
        if not m and not shift:
            continue
        out.append(
            {
                "section": section,
                "line": s[2:],
                "article_id": m.group(1) if m else None,
                "start": int(m.group(2)) if m else None,
                "end": int(m.group(3)) if m else None,
            }
        )
    return out


def _sentence_events(store, article_id: str, start: int) -> list[dict]:
    return [e for e in store.events_of([article_id]) if e["sentence_start"] <= start < max(e["sentence_end"], start + 1)]


def check(store, st: dict[str, Any], threshold: float, pair: set[str] | None = None) -> list[str]:
    """The classes one statement falls in."""
    line, found = st["line"], []
    low = line.lower()
    if st["section"] == "Shifts":
        m = re.search(r"index ([+-][\d.]+), ([+-][\d.]+)", line)
        if m:
            index = float(m.group(1))
            if ("toward conflict" in low and index > 0) or ("toward cooperation" in low and index < 0):
                found.append("aggregate")
            before = re.search(r"against (\d+) in the intervals before", line)
            if before and int(before.group(1)) < 3:
                found.append("aggregate")
        return found
    claim = re.match(r"\*\*([^*]+)\*\* ([a-z]+)", line)
    if claim and claim.group(1).lower() in PRONOUNS:
        found.append("pronoun")
    head = line.split("“", 1)[0]
    domain = "Key evidence" in head
    t = TYPES.search(head.split("Key evidence", 1)[1]) if domain else TYPES.search(head)
    if st["article_id"] is None:
        return found
    art = store.get_article(st["article_id"])
    if art is None:
        return found
    if st["section"] == "Figures" and pair:
        named = {
            m.country
            for m in store.mentions_of([st["article_id"]])
            if m.country and m.sentence_start <= st["start"] < m.sentence_end
        }
        if not pair <= named:
            found.append("figure_pair")
        return found
    if not t and not domain:
        return found
    evs = [e for e in _sentence_events(store, st["article_id"], st["start"]) if not t or e["plover_type"] == t.group(1)]
    if not evs:
        return found
    sentence = art.text[evs[0]["sentence_start"] : evs[0]["sentence_end"]]
    if asks(sentence):
        found.append("question")
    if all(weakness(e, threshold) for e in evs) and "weak" not in low:
        found.append("weak")
    if all(e["factuality"] == "reported" for e in evs) and "reported" not in low:
        found.append("reported")
    dated = re.match(r"(\d{4}-\d{2}-\d{2})", line) or re.search(r", (\d{4}-\d{2}-\d{2})", head)
    if dated and "publication" not in low and all(e["date_precision"] in ("publication", "month", "year") for e in evs):
        found.append("date")  # the publication date, or a month or year read from the text, told as the day of the act
    return found


def audit(store, markdown: str, pair: set[str] | None = None) -> list[dict[str, Any]]:
    threshold = default_threshold()
    rows = statements(markdown)
    seen: dict[tuple, int] = {}
    for r in rows:
        r["classes"] = check(store, r, threshold, pair)
        t = TYPES.search(r["line"].split("“", 1)[0])
        if t and r["article_id"]:
            key = (r["section"], r["article_id"], r["start"], t.group(1))
            if key in seen:
                r["classes"].append("duplicate")
            seen[key] = 1
    return rows


def _cell(line: str) -> str:
    """The statement (its words before the quoted sentence, links dropped) and the start of the sentence it cites."""
    head, _, rest = line.partition("“")
    sentence = rest.split("”", 1)[0]
    head = re.sub(r"\(\[?[^)]*\]?\(http[^)]*\)\)?|\[([^\]]*)\]\(http[^)]*\)", r"\1", head).strip()
    cut = lambda t, n: t if len(t) <= n else t[: n - 1] + "…"
    return (cut(head, 110) + (f" “{cut(sentence, 90)}”" if sentence else "")).replace("|", "/")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--pair", help="the brief's two countries (USA,PAK): figures must name both")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--table", action="store_true", help="print every statement (a Markdown table)")
    args = ap.parse_args(argv)
    from ..store import open_store

    totals = {c: 0 for c in CLASSES}
    n = 0
    with open_store(args.db, read_only=True) as store:
        for path in args.files:
            text = open(path, encoding="utf-8").read()
            pair = set(args.pair.split(",")) if args.pair else None
            m = re.match(r"# ([A-Z]{3}) – ([A-Z]{3}): relationship brief", text)
            if m and not args.pair:
                pair = {m.group(1), m.group(2)}
            rows = audit(store, text, pair)
            n += len(rows)
            for r in rows:
                for c in set(r["classes"]):
                    totals[c] += 1
                if args.table:
                    print(
                        f"| {path.rsplit('/', 1)[-1]} | {r['section'][:30]} | {_cell(r['line'])} | {', '.join(r['classes']) or 'ok'} |"
                    )
    print(json.dumps({"statements": n, **totals}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
