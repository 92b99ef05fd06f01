"""Sides the context names but the sentence does not (issue 14, eighth session, h14coref9): a joint "our" before a
noun of a relation or an encounter ("our partnership", "our meeting") and "their meeting" after an "X and Y" subject.
Each test is one class of construction, with a positive and a negative case, on sentences written for the test (not
taken from an evaluation file).

The cases that check only the country pairs of the events ("our partnership", a partner met in the sentence, the
title's partner, "their meeting", "we discussed" after talks) are in tests/data/context_sides.yaml (group coref9), run
by tests/test_events_context_cases.py."""

from __future__ import annotations

from test_events_arguments import _pairs
from test_events_group8 import STATE, _later, _titled


def test_an_organisation_the_title_meets_is_a_party(analyzer):
    text = "The readout was issued today. They agreed to expand cooperation on maritime security."
    found = _titled(analyzer, text, "Deputy Secretary's Meeting with NATO Deputy Secretary General Mircea Geoana", STATE)
    later = _later(found, text, "They agreed", "AGREE")
    assert any(
        {e.source.actor_id, e.target.actor_id} & {"IGO.nato"} and "USA" in (e.source.country, e.target.country)
        for e in later
        if e.source is not None and e.target is not None
    ), _pairs(found)
    # an organisation the title names as a topic ("Statement on NATO Enlargement") is no party
    found = _titled(analyzer, text, "Statement on NATO Enlargement", STATE)
    assert not [e for e in _later(found, text, "They agreed", "AGREE") if e.target is not None], _pairs(found)
