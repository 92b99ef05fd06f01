"""Verb events of the one-sided types (h14sides11): an accusation or a protest whose sentence names no other party
keeps its source alone, as a noun event does (``one_sided_verb_types`` in events/data/arguments.yaml). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events


def _sides(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coded_events(analyzer, text, "2022-04-08", "t")
    return [(e.plover_type, e.source and e.source.country, e.target and e.target.country) for e in events]


@pytest.fixture
def without_rule(analyzer):
    """The coder with the rule switched off (the types list emptied), given back after the test."""
    kept = analyzer.coder.one_sided_verb_types
    analyzer.coder.one_sided_verb_types = frozenset()
    yield analyzer
    analyzer.coder.one_sided_verb_types = kept


def test_the_types_come_from_the_data_file(analyzer):
    assert {"ACCUSE", "PROTEST"} <= analyzer.coder.one_sided_verb_types
    assert "AGREE" not in analyzer.coder.one_sided_verb_types


@pytest.mark.parametrize(
    ("text", "ptype", "country"),
    [
        ("Kenyan teachers marched through the capital on Friday against the new pension rules.", "PROTEST", "KEN"),
        ("Thousands of Polish farmers protested in Warsaw on Monday.", "PROTEST", "POL"),
        ("The Brazilian government criticised the ruling on Tuesday.", "ACCUSE", "BRA"),
        ("The Norwegian foreign minister condemned the decision to close the border crossing.", "ACCUSE", "NOR"),
    ],
)
def test_a_verb_event_keeps_its_source_alone(analyzer, text, ptype, country):
    assert (ptype, country, None) in _sides(analyzer, text)


def test_without_the_rule_the_verb_event_is_dropped(without_rule):
    assert not any(
        t == "ACCUSE" for t, _s, _t in _sides(without_rule, "The Brazilian government criticised the ruling on Tuesday.")
    )
    assert not any(
        t == "PROTEST" for t, _s, _t in _sides(without_rule, "Thousands of Polish farmers protested in Warsaw on Monday.")
    )


def test_a_source_without_a_country_gives_no_event(analyzer):
    assert _sides(analyzer, "Protesters marched through the streets of the old town on Sunday.") == []


def test_other_types_still_need_both_sides(analyzer):
    # a resignation or praise with no other party named stays dropped: not in the list
    assert not any(t in ("RETREAT", "SUPPORT") for t, _s, _t in _sides(analyzer, "The Peruvian minister will resign next week."))
    assert not any(t == "SUPPORT" for t, _s, _t in _sides(analyzer, "The Chilean delegation praised the plan."))


def test_a_named_target_is_kept(analyzer):
    found = _sides(analyzer, "Colombia accused Venezuela of sheltering the rebels.")
    assert ("ACCUSE", "COL", "VEN") in found
    assert ("ACCUSE", "COL", None) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Danish minister claimed that the border fence was a crucial part of its security.",
        "Finland can demonstrate that small democracies provide the best model.",
    ],
)
def test_a_verb_with_a_clause_complement_gives_no_one_sided_event(analyzer, text):
    # what is claimed or shown is no act aimed at nobody: the clause complement keeps the rule silent
    assert not any(tgt is None and t in ("ACCUSE", "PROTEST") for t, _s, tgt in _sides(analyzer, text))


def test_a_passive_with_no_agent_of_its_own_gives_no_one_sided_event(analyzer):
    # the subject of a passive is who the act is aimed at: no one-sided event with it as the source
    found = _sides(analyzer, "A Danish man, charged with two counts of fraud, appeared in court in Oslo.")
    assert not any(t == "ACCUSE" and src == "DNK" for t, src, _t in found)
    # with its agent the passive keeps the agent alone
    assert ("ACCUSE", "ARG", None) in _sides(analyzer, "The ruling was criticised by the Argentine archbishop.")
