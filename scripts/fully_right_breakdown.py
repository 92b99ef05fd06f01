"""Why a gold event is not "fully right": the misses of ``attache eval dyads`` broken down by component.

    PYTHONPATH=src python scripts/fully_right_breakdown.py eval/events_gold_dev.jsonl [--details]

Scores the file as ``attache eval dyads`` does (``evaluate/dyads.py``: one article per sentence) and, for
every gold row that carries a factuality, sorts it into one class:

- ``fully_right``: an event with the right type, both sides' countries, the factuality and the date (for a gold row
  with no target: an event with no target, the right type, the source's country, factuality and date);
- ``not_found``: no event has the right type and both sides' countries;
- ``date_only``: such events exist, the best of them is wrong on the date only;
- ``factuality_only``: ... wrong on the factuality only;
- ``both``: ... wrong on both.

Among the rows whose type and sides are right it gives (with the fully right share of each source corpus) the date accuracy and the factuality accuracy
(an event with type and sides right is counted right on a component when any such event is). Prints one
JSON line; ``--details`` prints every non-fully-right row with type and sides right first (for the
development half only: never read the test half's sentences).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from attache.evaluate import dyads


def _gold_text(g: dict) -> str:
    src = [f"{s['text']}/{s['code']}" for s in g["source"]]
    tgt = [f"{s['text']}/{s['code']}" for s in g["target"]]
    return f"{src} -{g['type']}-> {tgt} {g['factuality']} {g['date']} ({g.get('precision')})"


def _event_text(e: dict) -> str:
    src = f"{e['text']}"
    return f"{src} {e.get('factuality')} {e.get('date')} ({e.get('date_precision')} {e.get('date_text')!r})"


def _row(cls: str, g: dict, art: dict, events: list[dict], **more) -> dict:
    """A row of --details: its class, the sentence, the gold row and the events it was compared with."""
    row = {"class": cls, "id": g["id"], "text": art["text"], **more}
    return {**row, "gold": _gold_text(g), "found": [_event_text(e) for e in events]}


def _why_not_found(g: dict, events: list[dict]) -> str:
    """Why no event has the gold row's type and both sides' countries: which part of it is missing."""
    two = [e for e in events if e["target"] is not None]
    if not events:
        return "no_event"
    if any(dyads.pair_found(e, g) and dyads.sides_right(e, g) for e in two):
        return "wrong_type"
    if any(dyads.pair_found(e, g) and e["type"] == g["type"] for e in two):
        return "side_country"  # the side's words match, its country does not
    same_type = [e for e in events if e["type"] == g["type"]]
    if any(e["target"] is None for e in same_type):
        return "one_sided"
    if same_type:
        return "sides_wrong"
    return "other_types_only"


def breakdown(articles: list[dict], emitted: list[list[dict]]) -> tuple[dict, list[dict]]:
    classes: Counter = Counter()
    missed: Counter = Counter()
    missed_type: Counter = Counter()
    gold_fact: Counter = Counter()
    date_kind: Counter = Counter()
    by_corpus: dict[str, Counter] = {}
    rows = []
    for art, events in zip(articles, emitted):
        for g in art["gold"]:
            if g["factuality"] is None:
                continue
            two = [e for e in events if e["target"] is not None]
            pairs = [e for e in two if dyads.pair_found(e, g)]
            if pairs:  # the dyad is found (any type): its dates and factualities, a wider sample of both
                classes["dyad_found"] += 1
                classes["dyad_date_right"] += any(dyads._date_ok(e.get("date"), g["date"]) for e in pairs)
                classes["dyad_factuality_right"] += any(e.get("factuality") == g["factuality"] for e in pairs)
                if not any(dyads._date_ok(e.get("date"), g["date"]) for e in pairs):
                    rows.append(_row("dyad_date_wrong", g, art, pairs))
                if not any(e.get("factuality") == g["factuality"] for e in pairs):
                    rows.append(_row("dyad_factuality_wrong", g, art, pairs))
            cands = [e for e in two if dyads.pair_found(e, g) and e["type"] == g["type"] and dyads.sides_right(e, g)]
            if not g["target"] and not g["symmetric"]:  # a gold row with no target: found by a one-sided event
                cands = [
                    e
                    for e in events
                    if dyads.one_sided_found(e, g) and e["type"] == g["type"] and dyads._country_ok(e["source"], g["source"])
                ]
            corpus = g.get("corpus") or "?"
            by_corpus.setdefault(corpus, Counter())["n"] += 1
            if not cands:
                classes["not_found"] += 1
                why = _why_not_found(g, events)
                missed[why] += 1
                missed_type[g["type"]] += 1
                rows.append(_row("not_found/" + why, g, art, events))
                continue
            date_ok = [dyads._date_ok(e.get("date"), g["date"]) for e in cands]
            fact_ok = [e.get("factuality") == g["factuality"] for e in cands]
            if any(d and f for d, f in zip(date_ok, fact_ok)):
                cls = "fully_right"
            elif any(date_ok):
                cls = "factuality_only"
            elif any(fact_ok):
                cls = "date_only"
            else:
                cls = "both"
            classes[cls] += 1
            by_corpus[corpus][cls] += 1
            classes["typed_sides_right"] += 1
            classes["date_right"] += any(date_ok)
            classes["factuality_right"] += any(fact_ok)
            if cls in ("factuality_only", "both"):
                gold_fact[f"{g['factuality']} <- {cands[0].get('factuality')}"] += 1
            if cls in ("date_only", "both"):
                date_kind[f"gold {g.get('precision')} <- {cands[0].get('date_precision')}"] += 1
            if cls != "fully_right":
                rows.append(_row(cls, g, art, cands, pub_date=art["pub_date"]))
    n = sum(classes[k] for k in ("not_found", "fully_right", "date_only", "factuality_only", "both"))
    ts = classes["typed_sides_right"] or 1
    out = {
        "n": n,
        **{k: classes[k] for k in ("fully_right", "not_found", "date_only", "factuality_only", "both")},
        "fully_right_share": round(classes["fully_right"] / n, 4) if n else 0.0,
        "typed_sides_right": classes["typed_sides_right"],
        "date_accuracy": round(classes["date_right"] / ts, 4),
        "factuality_accuracy": round(classes["factuality_right"] / ts, 4),
        "not_found_why": dict(missed.most_common()),
        "not_found_by_gold_type": dict(missed_type.most_common()),
        "dyad_found": classes["dyad_found"],
        "dyad_date_accuracy": round(classes["dyad_date_right"] / (classes["dyad_found"] or 1), 4),
        "dyad_factuality_accuracy": round(classes["dyad_factuality_right"] / (classes["dyad_found"] or 1), 4),
        "factuality_errors": dict(gold_fact.most_common()),
        "date_errors": dict(date_kind.most_common()),
        "fully_right_by_corpus": {
            c: f"{k['fully_right']}/{k['n']} ({k['fully_right'] / k['n']:.3f})" for c, k in sorted(by_corpus.items())
        },
    }
    return out, rows


def _with_context(articles: list[dict]) -> list:
    """Each sentence read as the pipeline reads an article: its context sentences (and the title) before it,
    one paragraph each; the offset where the sentence starts is kept in ``art["offset"]``."""
    from attache.model import Paragraph

    out = []
    for a in articles:
        parts = [p for p in (a.get("title"), a.get("context")) if p]
        text, paragraphs = "", []
        for p in [*parts, a["text"]]:
            if text:
                text += "\n\n"
            paragraphs.append(Paragraph(len(text), len(text) + len(p)))
            text += p
        a["offset"] = paragraphs[-1].start
        a["full_text"] = text
        out.append(dyads.row_article(a, text, paragraphs))
    return out


def _record(e, text: str) -> dict:
    """What the breakdown keeps of an event: what scoring reads, its date precision and phrase, a text to show."""
    return {
        **dyads.event_record(e, text),
        "date_precision": e.date_precision,
        "date_text": e.date_text,
        "text": f"{e.source.name}/{e.source.country} -{e.plover_type}-> "
        f"{e.target.name if e.target else None}/{e.target.country if e.target else None}",
    }


def _events_with_precision(articles: list[dict], context: bool = False, corpus: Path | None = None) -> list[list[dict]]:
    """``dyads.attache_events`` plus each event's date precision and date phrase (for the breakdown); with
    ``context``, the sentence is read after its context and only its own events are kept; with ``corpus``, each
    sentence is read in its whole article (``attache eval dyads --corpus``)."""
    from attache.analysis import Analyzer
    from attache.nlp import parse

    analyzer = Analyzer()
    if corpus is not None:
        by_url, _unread = dyads.corpus_articles(corpus)
        return dyads.article_events(articles, by_url, analyzer, one_sided=True, record=_record)[0]
    out = []
    docs = _with_context(articles) if context else dyads._articles_for(articles)
    if not context:  # the rows' own context comes first, as `attache eval dyads` reads them
        for art in articles:
            art["offset"], art["full_text"] = dyads._offset(art), dyads._full_text(art)
    for art, parsed in zip(articles, parse(docs)):
        date = parsed.article.published
        mentions = analyzer.resolver.resolve(parsed, date)
        events = []
        text = art.get("full_text") or art["text"]
        for e in analyzer.coder.code(parsed, mentions, date):
            if e.source is None or not dyads._in_sentence(e, art.get("offset", 0)):
                continue  # told in the context only: `attache eval dyads` does not count it either
            events.append(_record(e, text))
        out.append(events)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--details", action="store_true", help="print the rows that are not fully right")
    ap.add_argument(
        "--context",
        type=Path,
        help="the sentences file with each sentence's title and context (eval/events_gold_sentences.jsonl): read "
        "the sentence after them, as in its article, and score only the sentence's own events",
    )
    ap.add_argument(
        "--corpus",
        type=Path,
        help="read each sentence in its whole article from this corpus (as `attache eval dyads --corpus`)",
    )
    args = ap.parse_args()
    articles, _problems = dyads.load_gold(args.data)
    raw = {str(r.get("id")): r for r in dyads.json_rows(args.data)}
    for art in articles:
        for g in art["gold"]:
            g["precision"] = (raw.get(g["id"]) or {}).get("date_precision")
            g["corpus"] = (raw.get(g["id"]) or {}).get("source_corpus")
    if args.context:
        by_sentence = {r.get("id"): r for r in dyads.json_rows(args.context)}
        for art in articles:
            row = by_sentence.get(art["id"]) or {}
            art["context"], art["title"] = row.get("context"), row.get("title")
    emitted = _events_with_precision(articles, context=bool(args.context), corpus=args.corpus)
    summary, rows = breakdown(articles, emitted)
    if args.details:
        for r in sorted(rows, key=lambda r: r["class"]):
            print(json.dumps(r, ensure_ascii=False))
    reading = {"corpus": str(args.corpus)} if args.corpus else {}
    print(json.dumps({"data": str(args.data), "context": bool(args.context), **reading, **summary}))


if __name__ == "__main__":
    main()
