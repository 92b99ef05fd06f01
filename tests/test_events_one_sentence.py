"""One sentence, one event: the first event of a PLOVER type has the fields given (sides, mode, CAMEO code, QuadClass,
factuality, date and its precision) and no event of the sentence has a type named absent. The same-shape cases of
test_events_types5/6 (the right pair with the wrong type: a recoded sentence and its control, where the trigger keeps
its own type) and test_event_dates_fifth/sixth (dates written in the sentence), read from tests/data/events.yaml,
each group with the publication date and article id its test file had."""

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


@pytest.mark.parametrize(("group", "case"), _cases())
def test_the_event_of_a_sentence(analyzer, group, case):
    events = coded_events(analyzer, case["text"], case.get("published", group["published"]), group["article_id"])
    event = one(events, case["type"], case.get("trigger"))
    expect = case.get("expect") or {}
    assert {k: _field(event, k) for k in expect} == expect, (triples(events), event.date_text, event.factuality_cue)
    assert not {e.plover_type for e in events} & set(case.get("absent") or []), triples(events)
    if case.get("consistent"):
        coded_consistently(event)
