"""Typographic apostrophes in the cue words: published prose writes "We’ll", "I’d", and the cue lists of
events/data/cues.yaml are written with "'" (ninth session; the seventh hand audit's "future acts coded as done":
four of its eight were "We’ll continue to ...")."""

from __future__ import annotations

import pytest

from attache.events.factuality import cues
from eventkit import coded_events

DATE = "2021-06-01"
URL = "https://www.state.gov/briefings/department-press-briefing-june-1-2021/"


def test_every_cue_word_with_an_apostrophe_has_its_typographic_form():
    c = cues()
    assert "’ll" in c["factuality"]["future_aux"] and "'ll" in c["factuality"]["future_aux"]
    assert "n’t" in c["factuality"]["negation"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_future_act_told_with_either_apostrophe_is_planned(analyzer, apostrophe):
    text = f"We{apostrophe}ll keep widening our cooperation with Chile on fisheries."
    found = [e for e in coded_events(analyzer, text, DATE, url=URL) if e.target is not None and e.target.country == "CHL"]
    acts = [e for e in found if e.cameo_root != "03"]  # the statement of intent beside the act is made now (h34intent)
    assert acts and all(e.factuality == "planned" for e in acts), [(e.plover_type, e.factuality) for e in found]


def test_a_past_act_stays_asserted(analyzer):
    text = "We widened our cooperation with Chile on fisheries last year, and it’s working."
    found = [e for e in coded_events(analyzer, text, DATE, url=URL) if e.target is not None and e.target.country == "CHL"]
    assert found and all(e.factuality == "asserted" for e in found), [(e.plover_type, e.factuality) for e in found]
