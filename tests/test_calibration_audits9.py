"""Hand audits as calibration data (eighth session): an audited event is re-coded by the current coder and takes
the auditor's judgement only when the coder still emits it (same type, trigger and sides' countries)."""

from __future__ import annotations

import json

from attache.evaluate.calibration import audit_labelled_events

SENTENCE = "On Tuesday, Japan's foreign minister met the Indian ambassador in Tokyo to discuss maritime security."


def _write(tmp_path, items, verdicts):
    sample, judged = tmp_path / "x_sample.json", tmp_path / "x_judgements.jsonl"
    sample.write_text(json.dumps(items), "utf-8")
    judged.write_text("".join(json.dumps(v) + "\n" for v in verdicts), "utf-8")
    return sample, judged


def _item(n, event, sentence=SENTENCE):
    return {
        "n": n,
        "url": f"https://example.org/a{n}",
        "outlet": "Example",
        "published": "2024-03-07",
        "context_before": "Officials met several times this week.",
        "sentence": sentence,
        "event": event,
    }


def _coded(analyzer, tmp_path):
    """The event the current coder gives the sentence, in the audit sample's form (found by the function itself:
    a judged event naming the coder's own trigger)."""
    from attache.evaluate.dyads import _articles_for
    from attache.nlp import parse

    row = {"id": "probe", "text": SENTENCE, "context": "", "pub_date": "2024-03-07"}
    parsed = next(iter(parse(_articles_for([row]))))
    events = analyzer.coder.code(parsed, analyzer.resolver.resolve(parsed, "2024-03-07"), "2024-03-07")
    two = [e for e in events if e.source is not None and e.target is not None]
    assert two, "the probe sentence must give a two-sided event"
    e = two[0]
    return {
        "type": e.plover_type,
        "trigger": e.trigger,
        "source": f"{e.source.name} [{e.source.country}]",
        "target": f"{e.target.name} [{e.target.country}]",
    }


def test_a_judged_event_the_coder_still_emits_takes_the_judgement(analyzer, tmp_path):
    ev = _coded(analyzer, tmp_path)
    wrong_trigger = dict(ev, trigger="zzz")
    one_sided = dict(ev, target="None [None]")
    items = [_item(1, ev), _item(2, ev), _item(3, wrong_trigger), _item(4, one_sided)]
    right = {"is_event": True, "type_right": True, "source_right": True, "target_right": True}
    verdicts = [
        {"n": 1, **right},
        {"n": 2, **right, "target_right": False},  # a wrong target: not right
        {"n": 3, **right},
        {"n": 4, **right},
    ]
    rows, lost = audit_labelled_events(*_write(tmp_path, items, verdicts), analyzer)
    assert [r["right"] for r in rows] == [True, False]
    assert rows[0]["features"]["source_country"] == 1.0 and 0.0 <= rows[0]["confidence"] <= 1.0
    assert rows[0]["article"] == "https://example.org/a1"  # grouped by article for the cross-validation
    # the event the coder no longer gives is left out with a reason; the one-sided one is not scored as a pair
    assert len(lost) == 1 and "zzz" in lost[0]


def test_an_unjudged_event_is_left_out(analyzer, tmp_path):
    ev = _coded(analyzer, tmp_path)
    rows, lost = audit_labelled_events(*_write(tmp_path, [_item(1, ev)], [{"n": 2, "is_event": False}]), analyzer)
    assert rows == [] and lost == []
