"""Seventh-session coordinator fixes found reading the merged demo output (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_events_detect8 import _events, _triples


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Finance of Norway said in a press release that the new levy targets three shipping firms.",
        "According to the State Department's news release, the embassy will stay open.",
    ],
)
def test_a_press_release_releases_nobody(analyzer, text):
    assert not [e for e in _events(analyzer, text) if e.plover_type == "RETREAT"]


def test_a_release_of_prisoners_stays_an_act(analyzer):
    events = _events(analyzer, "Belarus released four Lithuanian prisoners on Friday.")
    assert ("RETREAT", "BLR", "LTU") in _triples(events)


def test_an_event_with_one_side_only_is_not_counted_as_confident(analyzer):
    # one-sided events sit outside the main fit (pairs are what it scores); their own offset puts them where the
    # tuning sets' one-sided events are right (rarely), below the --min-confidence default
    from attache.events.calibration import default_threshold, uses

    assert uses("one_sided")
    events = _events(analyzer, "Chile will continue to work in partnership to address the climate crisis.")
    lone = [e for e in events if (e.source is None) != (e.target is None)]
    assert lone, [(e.plover_type, e.source, e.target) for e in events]
    assert all(e.confidence < default_threshold() for e in lone)
    paired = _events(analyzer, "Chile condemned Peru's decision on Tuesday.")
    assert any(e.source is not None and e.target is not None and e.confidence >= default_threshold() for e in paired)
