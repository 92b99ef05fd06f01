"""Consistency of the project's gold event set (eval/events_gold_*.jsonl)."""

import json
from pathlib import Path

from attache.events.ontology import PLOVER_TYPES

EVAL = Path(__file__).resolve().parents[1] / "eval"
TYPES = set(PLOVER_TYPES)
FACT = {"asserted", "reported", "planned", "hypothetical", "negated", "question"}
PREC = {"day", "month", "year", "range", "publication"}


def rows(name):
    with open(EVAL / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_every_selected_sentence_is_annotated_and_split_by_article():
    sents = {r["id"]: r for r in rows("events_gold_sentences.jsonl")}
    all_rows = rows("events_gold_all.jsonl")
    assert {r["sentence_id"] for r in all_rows} == set(sents)
    dev, test = rows("events_gold_dev.jsonl"), rows("events_gold_test.jsonl")
    assert len(dev) + len(test) == len(all_rows)
    assert not {r["article_id"] for r in dev} & {r["article_id"] for r in test}
    for r in all_rows:
        s = sents[r["sentence_id"]]
        assert r["text"] == s["text"] and r["pub_date"] == s["pub_date"]


def test_event_rows_follow_the_guidelines_format():
    events = [r for r in rows("events_gold_all.jsonl") if r["event_type"]]
    assert len(events) >= 300
    for r in events:
        assert r["event_type"] in TYPES
        assert r["factuality"] in FACT
        assert r["date_precision"] in PREC
        assert (r["attributed_to"] is not None) == (r["factuality"] == "reported")
        if r["date_precision"] == "publication":
            assert r["date"] == r["pub_date"]
        for side in r["source"] + r["target"]:
            assert set(side) == {"text", "code"}
            assert side["code"] is None or side["code"].isupper()
