"""Consistency of gold7 after its adjudication (eval/events_gold7_*.jsonl, eval/events_gold7_adjudication.md).

Data checks only (no system output is read): the adjudicated set covers every selected sentence, differs from the
first annotation only in rows marked by the adjudicator and only on sentences the second annotator read, and its
dev / test halves are the split script's output with the same seed, every article in the half it had.
"""

import importlib.util
import json
from pathlib import Path

from attache.events.ontology import PLOVER_TYPES

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
ADJUDICATOR = "gold7-adjud11"
FACT = {"asserted", "reported", "planned", "hypothetical", "negated", "question"}
PREC = {"day", "month", "year", "range", "publication"}


def rows(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def splitter():
    spec = importlib.util.spec_from_file_location("split_gold_events", ROOT / "scripts" / "split_gold_events.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_adjudicated_set_covers_every_sentence_in_the_same_order():
    sents = rows("events_gold7_sentences.jsonl")
    adj, first = rows("events_gold7_all.jsonl"), rows("events_gold7_first.jsonl")
    assert {r["sentence_id"] for r in adj} == {s["id"] for s in sents}
    assert len(adj) == len(first)
    assert [r["sentence_id"] for r in adj] == [r["sentence_id"] for r in first]
    for r in adj:
        assert list(r) == list(first[0])  # same fields, same order


def test_changes_are_marked_and_only_on_sentences_both_annotators_read():
    adj, first = rows("events_gold7_all.jsonl"), rows("events_gold7_first.jsonl")
    second = {r["sentence_id"] for r in rows("events_gold7_second.jsonl")}
    changed = [(a, f) for a, f in zip(adj, first) if a != f]
    assert changed  # the adjudication changed something
    ids_first = {f["id"] for f in first}
    for a, f in changed:
        assert a["annotator"] == ADJUDICATOR
        assert a["sentence_id"] in second
        assert a["id"] == f["id"] or a["id"] not in ids_first  # kept id, or a new one
    assert all(a["annotator"] != ADJUDICATOR for a, f in zip(adj, first) if a == f)
    assert len({r["id"] for r in adj}) == len(adj)


def test_adjudicated_rows_follow_the_guidelines_format():
    for r in rows("events_gold7_all.jsonl"):
        if not r["event_type"]:
            assert r["source"] == r["target"] == [] and r["factuality"] is None and r["date"] is None
            continue
        assert r["event_type"] in set(PLOVER_TYPES)
        assert r["factuality"] in FACT and r["date_precision"] in PREC
        assert (r["attributed_to"] is not None) == (r["factuality"] == "reported")
        assert r["source"] or r["target"]
        if r["date_precision"] == "publication":
            assert r["date"] == r["pub_date"]


def test_halves_are_the_split_of_the_adjudicated_set_with_the_same_articles():
    adj = rows("events_gold7_all.jsonl")
    dev, test = splitter().split(adj, 20261207)
    assert dev == rows("events_gold7_dev.jsonl")
    assert test == rows("events_gold7_test.jsonl")
    first_dev, first_test = splitter().split(rows("events_gold7_first.jsonl"), 20261207)
    assert {r["article_id"] for r in dev} == {r["article_id"] for r in first_dev}
    assert {r["article_id"] for r in test} == {r["article_id"] for r in first_test}
    assert not {r["article_id"] for r in dev} & {r["article_id"] for r in test}
