"""Gold events the coder never detects (tenth session, h14trig11): scripts/undetected_triggers.py lists the gold rows of
a tuning file with no event near their trigger, and tells a gap of the lexicon (no word of the sentence is a trigger)
from an event dropped after its trigger was read (its sides, a governed complement, a filter). These tests hold its
reading of the markup, its arithmetic and its refusal of held-out files. Sentences and rows written for these tests."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "undetected_triggers.py"


@pytest.fixture(scope="module")
def script():
    return SimpleNamespace(**runpy.run_path(str(SCRIPT)))  # the script's functions, its main not run


def _row(rid: str, text: str, etype: str | None, source: list, target: list, markup: str | None = None) -> dict:
    row = {"id": rid, "sentence_id": rid, "article_id": rid, "text": text, "pub_date": "2023-05-09", "context": ""}
    row |= {"event_type": etype, "mode": None, "source": source, "target": target, "factuality": "asserted"}
    row |= {"date": "2023-05-09", "date_precision": "publication"}
    return row | ({"markup": markup} if markup else {})


def test_trigger_pieces_read_the_evt_markup(script):
    raw = {"markup": "(SRC: Chile) (EVT: sent back) the (EVT: fishing boats) of (TAR: Peru)."}
    assert script.trigger_pieces(raw) == ["sent back", "fishing boats"]
    assert script.trigger_pieces({"text": "no markup here"}) == []


def test_piece_spans_and_near(script):
    text = "Chile sent back the boats of Peru."
    spans = script.piece_spans(text, ["sent back", "not there"], at=10)
    assert spans == [(16, 25)]  # the sentence starts at 10; a piece not in it is left out
    assert script.near(16, 20, spans)  # inside the piece
    assert script.near(26, 31, spans)  # one character after it
    assert not script.near(40, 45, spans)  # "Peru": too far


def test_dropped_why_orders_the_reasons(script, nlp):
    doc = nlp("Chile and Peru finally held talks.")
    toks = list(doc)
    held, talks = toks[4], toks[5]
    assert (held.text, talks.text) == ("held", "talks")
    key = lambda t: (id(t.doc), t.i)  # noqa: E731
    assert script.dropped_why(toks, [], 0, {}) == "skipped"
    assert script.dropped_why(toks, [], 0, {key(held): (0, 0, False)}) == "no_source"
    assert script.dropped_why(toks, [], 0, {key(held): (1, 0, False)}) == "no_target"
    assert script.dropped_why(toks, [], 0, {key(held): (1, 0, False), key(talks): (2, 0, True)}) == "filtered"
    # with the gold pieces, only the words near them count: "held" is far from a piece at the first word
    assert script.dropped_why(toks, [(0, 5)], 0, {key(held): (1, 1, True)}) == "skipped"


def test_undetected_tells_gaps_from_dropped_events(script, analyzer, tmp_path):
    chile = [{"text": "Chile", "code": "CHL"}]
    peru = [{"text": "Peru", "code": "PER"}]
    rows = [
        # found: a known trigger with both sides
        _row("t-1", "Chile condemned Peru on Monday.", "ACCUSE", chile, peru),
        # a gap: no word of the sentence is a trigger of the coder
        _row("t-2", "Chile mollycoddled Peru on Monday.", "SUPPORT", chile, peru),
        # dropped: "talks" is a trigger, the sentence names no party
        _row("t-3", "The talks ended late on Monday.", "CONSULT", chile, peru),
        # a row without an event is no gold row here
        _row("t-4", "It rained in Lima on Monday.", None, [], []),
    ]
    path = tmp_path / "invented_dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    found, summary = script.undetected(path, analyzer=analyzer)
    by_id = {r["id"]: r for r in found}
    assert summary["gold_rows"] == 3
    assert "t-1" not in by_id and "t-4" not in by_id
    assert by_id["t-2"]["kind"] == "gap" and by_id["t-2"]["why"] == "no_trigger"
    assert by_id["t-3"]["kind"] == "dropped" and any(t.startswith("talks/") for t in by_id["t-3"]["triggers_found"])
    assert summary["kinds"] == {"gap": 1, "dropped": 1} and summary["gold_sides"] == {"two": 2}
    assert "_fill_sides" not in analyzer.coder.__dict__  # the shared coder gets its own method back


def test_undetected_refuses_held_out_files(script, tmp_path):
    path = tmp_path / "events_gold9_test.jsonl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        script.undetected(path)
    with pytest.raises(SystemExit):
        script.undetected(tmp_path / "any_dev.jsonl", half="b")
