"""The right pair with the wrong PLOVER type, sixth session (issue 14): one test per class of
``events/data/retype.yaml`` added by branch h14types6, on sentences written for these tests (none is taken from an
evaluation file or from the demo corpus), each with a control where the trigger keeps its own type or mode. Every
recoded event's CAMEO code, QuadClass and intensity follow its new type and mode (issue 14, item 5). The
one-sentence cases of the same shape (first event of a type, its fields, types absent) are in
tests/data/events.yaml (types6), run by tests/test_events_one_sentence.py."""

from __future__ import annotations

from test_events_types5 import _coded_consistently, _events, _one, _typed  # the same helpers

from attache.events.ontology import intensity
from attache.events.retype import rules


def test_the_sixth_session_rules_load():
    missing = {
        "crimes committed are the violence itself",
        "abuses committed are repression",
        "back from a trip is the visit",
        "shared values are no intelligence",
        "recognized as something is praise",
        "the field of a cooperation",
        "support for armed groups is material",
        "support for armed forces is military aid",
        "support by material means",
        "calling out is denouncing",
        "calling a person is a call",
        "defending against a party is fighting it",
        "an ordered killing or attack is the violence",
        "troops ordered to deploy are mobilized",
        "energy received is trade",
        "views shared are communication",
        "a warning that a danger is coming is no threat",
    } - {r.name for r in rules()}
    assert not missing


# -- committing a crime is doing it (was AGREE, +4.0) -----------------------------------------------------


def test_atrocities_committed_against_a_people_are_an_assault(analyzer):
    events = _events(analyzer, "Observers say the Syrian army committed atrocities against Lebanese villagers.")
    attack = _one(events, "ASSAULT")
    assert (attack.source.country, attack.target.country) == ("SYR", "LBN")
    assert attack.quad_class == 4 and attack.intensity < 0
    assert not any(e.plover_type == "AGREE" for e in events)
    _coded_consistently(attack)


def test_a_commitment_to_work_together_is_no_assault(analyzer):
    events = _events(analyzer, "Peru committed to working with Chile on fisheries.")
    assert events and not any(e.plover_type in ("ASSAULT", "COERCE") for e in events)


# -- back from a trip (was RETREAT/RETURN) -------------------------------------------------------------------


def test_people_returning_to_their_country_stay_a_return(analyzer):
    events = _events(analyzer, "The refugees returned to Syria from Jordan.")
    assert any(e.plover_type == "RETREAT" and e.plover_mode == "RETURN" for e in events), _typed(events)
    assert not any(e.plover_type == "CONSULT" for e in events)


# -- sharing, recognizing (modes) ----------------------------------------------------------------------------


def test_shared_values_are_no_intelligence_sharing(analyzer):
    events = _events(analyzer, "Ghana and Norway share a commitment to open markets.")
    coop = _one(events, "COOPERATE")
    assert coop.plover_mode is None and coop.cameo_code == "060" and coop.intensity == intensity("060")


# -- the field of a cooperation (mode, CAMEO code and Goldstein value) ---------------------------------------


def test_security_cooperation_is_military(analyzer):
    events = _events(analyzer, "Chile and Peru will deepen security cooperation.")
    coop = _one(events, "COOPERATE")
    assert coop.plover_mode == "MILITARY" and coop.cameo_code == "062"
    assert coop.intensity == intensity("062") != intensity("060")


# -- defending against a party (was SUPPORT of that party) -----------------------------------------------------


def test_defending_oneself_against_a_party_is_fighting_it(analyzer):
    events = _events(analyzer, "The United States will help Ukraine defend itself against Russian aggression.")
    fight = next((e for e in events if e.trigger.lower().startswith("defend")), None)
    assert fight is not None, _typed(events)
    assert fight.plover_type == "ASSAULT" and (fight.source.country, fight.target.country) == ("UKR", "RUS")
    _coded_consistently(fight)


def test_defending_a_decision_against_criticism_is_no_fight(analyzer):
    events = _events(analyzer, "France defended its decision against criticism from Mali.")
    assert not any(e.plover_type == "ASSAULT" for e in events), _typed(events)


def test_defending_a_party_stays_support(analyzer):
    events = _events(analyzer, "France defended Mali's decision at the summit.")
    assert not any(e.plover_type == "ASSAULT" for e in events), _typed(events)


# -- orders -----------------------------------------------------------------------------------------------------


def test_an_ordered_killing_is_the_killing(analyzer):
    events = _events(analyzer, "The crown prince ordered the killing of the Turkish journalist.")
    attack = _one(events, "ASSAULT")
    assert attack.target.country == "TUR" and attack.intensity < 0
    assert not any(e.plover_type == "REQUEST" for e in events)
    _coded_consistently(attack)


def test_troops_ordered_to_deploy_are_a_mobilization(analyzer):
    events = _events(analyzer, "Russia has ordered troops to deploy into eastern Ukraine.")
    assert not any(e.plover_type == "REQUEST" for e in events), _typed(events)
    assert any(e.plover_type == "MOBILIZE" and e.source.country == "RUS" for e in events)


# -- energy received is trade ------------------------------------------------------------------------------------


def test_gas_received_from_a_country_is_trade(analyzer):
    events = _events(analyzer, "Germany received 50 billion cubic metres of Russian gas last year.")
    trade = _one(events, "COOPERATE")
    assert trade.plover_mode == "ECONOMIC" and {trade.source.country, trade.target.country} == {"DEU", "RUS"}
    assert not any(e.plover_type == "CONSULT" for e in events)


# -- views shared; warnings of a danger --------------------------------------------------------------------------


def test_priorities_shared_with_a_party_are_communication(analyzer):
    events = _events(analyzer, "Japan shared its priorities for the summit with India.")
    talk = _one(events, "CONSULT")
    assert {talk.source.country, talk.target.country} == {"JPN", "IND"}
    assert not any(e.plover_type == "COOPERATE" and e.plover_mode == "INTELLIGENCE" for e in events)
