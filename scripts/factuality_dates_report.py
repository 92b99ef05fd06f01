"""Diagnostics of event factuality, dates and actor coverage on a corpus (no gold needed).

    python scripts/factuality_dates_report.py ../shared/corpus/demo/wikinews_2020.csv --limit 150

Prints one JSON line: events; events from sentences ending in "?" and how many of them are asserted;
reported events and how many name who said so; date precision shares; "suspect" dates (a text-resolved
date whose year is not written in its sentence while the sentence writes some year: the "2010 from
8-10" and "background 2021" kinds); events with no country on a side; actor mentions with a country.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--limit", type=int, default=150)
    args = ap.parse_args()

    from attache.analysis import Analyzer
    from attache.extract import extract
    from attache.sources import plan_inputs, read_inputs

    articles = []
    for raw in read_inputs(plan_inputs(args.inputs)):
        try:
            a = extract(raw)
        except Exception as exc:  # noqa: BLE001 - a diagnostic: say what does not extract and go on
            print(f"{raw.uri}: {exc}", file=sys.stderr)
            continue
        if a.text and a.is_english:
            articles.append(a)
        if len(articles) >= args.limit:
            break
    analyzer = Analyzer()
    c: Counter = Counter()
    precision: Counter = Counter()
    for art, an in zip(articles, analyzer.analyze(articles)):
        for m in an.mentions:
            c["mentions"] += 1
            c["mentions_with_country"] += m.country is not None
        for e in an.events:
            sent = art.text[e.sentence_start : e.sentence_end].strip().rstrip("\"'”’)")
            c["events"] += 1
            precision[e.date_precision] += 1
            if sent.endswith("?"):
                c["question_events"] += 1
                c["question_events_asserted"] += e.factuality == "asserted"
            if e.factuality == "reported":
                c["reported"] += 1
                c["reported_with_speaker"] += bool(e.attributed_to)
            if not (e.source and e.source.country) or not (e.target and e.target.country):
                c["side_without_country"] += 1
            years = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", sent))
            if (
                e.date
                and e.date_text
                and years
                and e.date[:4] not in years
                and e.date_precision in ("day", "month", "year", "range")
            ):
                c["suspect_dates"] += 1
    n = c["events"] or 1
    out = {
        "articles": len(articles),
        **dict(c),
        "precision_share": {k: round(v / n, 3) for k, v in sorted(precision.items())},
        "mention_country_share": round(c["mentions_with_country"] / (c["mentions"] or 1), 4),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
