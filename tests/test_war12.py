"""Sides of conflict nouns (h14war12): the defender of "X defends itself against N" is the victim of N, never the
main clause's subject; a conflict noun in the "of" phrase of another of its type is no second event; the sentence
back-off takes no conflict noun as its act word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events
from eventkit import triples_in as _triples

URL = "https://www.state.gov/briefing"


def test_the_words_come_from_the_data_files(analyzer):
    from attache.events.arguments import _side_rules
    from attache.events.sentence import rules

    defender = _side_rules()["defender"]
    assert "help" in defender["object_verbs"] and "country" in defender["pronoun_kinds"]["it"]
    assert "person" not in defender["pronoun_kinds"]["it"]
    assert "ASSAULT" in analyzer.coder.act_of_act_types
    assert rules()["never_noun_types"] == frozenset()  # the back-off option, off as shipped


def test_a_pronoun_defender_is_the_country_before_it_not_the_subject(analyzer):
    found = _triples(
        analyzer, "The Canadian minister announced new aid for Moldova as it defends itself against Romania's invasion."
    )
    assert ("ASSAULT", "ROU", "MDA") in found
    assert ("ASSAULT", "ROU", "CAN") not in found


def test_a_pronoun_with_no_country_before_it_leaves_the_victim_empty(analyzer):
    found = _triples(analyzer, "President Macron said it will defend itself against Germany's aggression.")
    assert ("ASSAULT", "DEU", "FRA") not in found
    assert not any(t == "ASSAULT" and tgt is not None for t, _s, tgt in found)


@pytest.mark.parametrize(
    ("text", "victim", "helper"),
    [
        ("Norway will help Finland defend itself against the Swedish offensive.", "FIN", "NOR"),
        ("The Dutch envoy urged partners to support Estonia in defending itself against Latvia's aggression.", "EST", "NLD"),
    ],
)
def test_the_party_made_to_defend_itself_is_the_victim(analyzer, text, victim, helper):
    found = _triples(analyzer, text)
    attacks = {(s, t) for p, s, t in found if p == "ASSAULT" and s in ("SWE", "LVA")}
    assert attacks and all(t == victim for _s, t in attacks)
    assert all(t != helper for _s, t in attacks)


def test_a_war_of_aggression_is_one_event(analyzer):
    events = coded_events(
        analyzer, "Following Peru's war of aggression against Bolivia, we call on Peru to withdraw.", "2022-04-08", "t", url=URL
    )
    attacks = [e for e in events if e.plover_type == "ASSAULT"]
    assert [(e.source.country, e.target.country) for e in attacks if e.target] == [("PER", "BOL")]
    assert all(e.trigger.lower() != "aggression" for e in attacks)


def test_a_lone_aggression_noun_is_still_read(analyzer):
    found = _triples(analyzer, "Peru's aggression against Bolivia continued on Monday.")
    assert ("ASSAULT", "PER", "BOL") in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Brasilia spoke again of the threat that Venezuela poses.",
        "As Peru's war continues, Brazil will remain focused on trade with Argentina.",
    ],
)
def test_the_back_off_guesses_no_victim_for_a_conflict_noun(analyzer, monkeypatch, text):
    from attache.events.sentence import rules

    monkeypatch.setitem(rules(), "never_noun_types", frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}))
    found = _triples(analyzer, text)
    assert not any(p in ("ASSAULT", "THREATEN") and s and t for p, s, t in found)


def test_a_named_victim_and_a_verb_are_kept(analyzer):
    assert ("ASSAULT", "ETH", "SOM") in _triples(
        analyzer, "The Kenyan foreign minister spoke about Ethiopia's attacks on Somalia."
    )
    assert ("ASSAULT", "PER", "BOL") in _triples(analyzer, "Peru attacked Bolivia on Monday.")
