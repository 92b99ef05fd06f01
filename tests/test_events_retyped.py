"""The right pair with the wrong PLOVER type, fifth and sixth sessions (issue 14): the same-shape cases of
test_events_types5.py and test_events_types6.py, one sentence each, read from tests/data/retyped.yaml. A recoded
sentence: the first event of the new type has the fields given (sides, mode, CAMEO code, QuadClass, factuality) and no
event keeps the old type; a control sentence: the trigger keeps its own type and does not take the new one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventkit import coded_consistently, coded_events, one, triples


def _cases() -> list:
    with open(Path(__file__).parent / "data" / "retyped.yaml", encoding="utf-8") as fh:
        groups = yaml.safe_load(fh)
    return [pytest.param(case, id=f"{name}-{case['id']}") for name, cases in groups.items() for case in cases]


def _field(event, name: str):
    if name in ("source", "target"):
        side = getattr(event, name)
        return side.country if side else None
    return getattr(event, name)


@pytest.mark.parametrize("case", _cases())
def test_recoded_or_kept(analyzer, case):
    events = coded_events(analyzer, case["text"], "2024-06-11", "t5")
    event = one(events, case["type"])
    expect = case.get("expect") or {}
    assert {k: _field(event, k) for k in expect} == expect, triples(events)
    assert not {e.plover_type for e in events} & set(case.get("absent") or []), triples(events)
    if case.get("consistent"):
        coded_consistently(event)
