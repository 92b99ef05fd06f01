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
