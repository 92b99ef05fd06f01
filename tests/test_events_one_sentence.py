"""One sentence, its events: the first event of a PLOVER type has the fields given (sides, mode, CAMEO code, QuadClass,
factuality, date and its precision), a (type, source, target) triple is among the events, no event of the sentence has
a type named absent. The same-shape cases of test_events_types5/6 (the right pair with the wrong type: a recoded
sentence and its control, where the trigger keeps its own type), test_event_dates_fifth/sixth (dates written in the
sentence) and test_events_detect5/6, test_events_detection and test_events_meet7 (acts detected by class, triggers
out of context and their usual senses), read from tests/data/events.yaml, each group with the publication date and
article id its test files had."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventkit import coded_consistently, coded_events, one, triples


def _cases() -> list:
    with open(Path(__file__).parent / "data" / "events.yaml", encoding="utf-8") as fh:
        groups = yaml.safe_load(fh)
    return [pytest.param(g, case, id=f"{name}-{case['id']}") for name, g in groups.items() for case in g["cases"]]


def _field(event, name: str):
    if name in ("source", "target"):
        side = getattr(event, name)
        return side.country if side else None
    return getattr(event, name)


def _some(triple: list, found: set) -> bool:
    """A found triple of the type whose sides are those given, where a side is given (None: any side)."""
    return any(t[0] == triple[0] and triple[1] in (None, t[1]) and triple[2] in (None, t[2]) for t in found)


@pytest.mark.parametrize(("group", "case"), _cases())
def test_the_events_of_a_sentence(analyzer, group, case):
    events = coded_events(analyzer, case["text"], case.get("published", group["published"]), group["article_id"])
    found = triples(events)
    if "triple" in case:
        assert tuple(case["triple"]) in found, found
    if "some" in case:
        assert _some(case["some"], found), found
    assert not {e.plover_type for e in events} & set(case.get("absent") or []), found
    if "type" in case:
        event = one(events, case["type"], case.get("trigger"))
        expect = case.get("expect") or {}
        assert {k: _field(event, k) for k in expect} == expect, (found, event.date_text, event.factuality_cue)
        if case.get("consistent"):
            coded_consistently(event)
