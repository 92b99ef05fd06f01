"""The PLOVER type of an event when the construction says more than the trigger word (issue 14, type):
each test is one class of ``events/data/retype.yaml``, on sentences written for the test (not taken from an
evaluation file), with a control sentence where the trigger keeps its own type."""

from __future__ import annotations

import pytest

from attache.events.retype import rules
from eventkit import coded_events
from eventkit import triples as _typed


def _events(analyzer, text, date="2023-03-14"):
    return coded_events(analyzer, text, date)


def test_every_rule_names_known_types_and_conditions():
    table = rules()
    assert len(table) >= 8
    assert all(r.to and r.types and r.conditions for r in table)


def test_message_of_condolence_is_support(analyzer):
    events = _events(analyzer, "The Chilean president sent a message of condolence to the Prime Minister of Japan.")
    assert ("SUPPORT", "CHL", "JPN") in _typed(events)
    assert not any(e.plover_type == "CONSULT" for e in events)
    support = next(e for e in events if e.plover_type == "SUPPORT")
    assert support.plover_mode == "PRAISE" and support.cameo_code == "051" and not support.symmetric
    # a message that says nothing of praise stays communication
    plain = _events(analyzer, "The Chilean president sent a message to the Prime Minister of Japan about fishing quotas.")
    assert ("CONSULT", "CHL", "JPN") in _typed(plain)


def test_support_for_refugees_is_aid(analyzer):
    events = _events(analyzer, "Canada announced new support for Syrian refugees and displaced families.")
    assert any(e.plover_type == "AID" and e.source.country == "CAN" for e in events)
    assert not any(e.plover_type == "SUPPORT" and e.source and e.source.country == "CAN" for e in events)
    # support for a country's sovereignty is verbal support
    verbal = _events(analyzer, "Canada reaffirmed its support for Moldova's sovereignty.")
    assert ("SUPPORT", "CAN", "MDA") in _typed(verbal)


def test_military_support_is_aid(analyzer):
    events = _events(analyzer, "Poland's military support for Ukraine will continue.")
    assert any(e.plover_type == "AID" and e.plover_mode == "MILITARY" and e.cameo_code == "072" for e in events)
    assert not any(e.plover_type == "SUPPORT" for e in events)
    given = _events(analyzer, "Poland supports Ukraine with weapons and ammunition.")
    assert ("AID", "POL", "UKR") in _typed(given)


def test_energy_sold_is_trade_and_aid_stays_aid(analyzer):
    events = _events(analyzer, "Norway supplied natural gas to Poland throughout the winter.")
    assert ("COOPERATE", "NOR", "POL") in _typed(events)
    coop = next(e for e in events if e.plover_type == "COOPERATE")
    assert coop.plover_mode == "ECONOMIC" and coop.symmetric and coop.quad_class == 2
    given = _events(analyzer, "Norway supplied humanitarian aid to Poland throughout the winter.")
    assert ("AID", "NOR", "POL") in _typed(given)


def test_remarks_delivered_are_not_aid(analyzer):
    events = _events(analyzer, "The Spanish foreign minister provided a briefing to the Moroccan parliament.")
    assert not any(e.plover_type == "AID" for e in events)


def test_commitment_to_a_country_is_support_commitment_to_act_is_agreement(analyzer):
    party = _events(analyzer, "The Australian government reaffirmed its commitment to the people of Fiji.")
    assert ("SUPPORT", "AUS", "FJI") in _typed(party)
    act = _events(analyzer, "Australia and Fiji reaffirmed their commitment to deepening cooperation with Japan.")
    assert not any(e.plover_type == "SUPPORT" for e in act)
    # money committed is aid given
    assert ("AID", "JPN", "LKA") in _typed(_events(analyzer, "Japan committed $40 million in assistance to Sri Lanka."))


def test_importance_stressed_to_a_party_is_a_request(analyzer):
    events = _events(analyzer, "Britain communicated to Zambian officials the importance of holding free elections.")
    assert ("REQUEST", "GBR", "ZMB") in _typed(events)
    talks = _events(analyzer, "Britain communicated with Zambian officials about the elections.")
    assert ("CONSULT", "GBR", "ZMB") in _typed(talks)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean miners went on a hunger strike to demand the resignation of the Bolivian president.",
        "Chilean students marched in Santiago demanding the resignation of the Bolivian president.",
    ],
)
def test_a_demand_made_by_protesting_is_a_protest(analyzer, text):
    events = _events(analyzer, text)
    assert any(e.plover_type == "PROTEST" and e.target is not None and e.target.country == "BOL" for e in events)
    assert not any(e.plover_type == "REQUEST" and e.target is not None for e in events)


def test_a_call_for_sanctions_against_a_party_accuses_it(analyzer):
    events = _events(analyzer, "The Kenyan bishop called for sanctions against Eritrea.")
    assert ("ACCUSE", "KEN", "ERI") in _typed(events)
    asked = _events(analyzer, "The Kenyan bishop called on Eritrea to release the prisoners.")
    assert ("REQUEST", "KEN", "ERI") in _typed(asked)


def test_a_military_operation_is_force_a_joint_one_cooperation(analyzer):
    events = _events(analyzer, "Turkey's military operation in northern Syria entered its second week.")
    assert any(e.plover_type == "ASSAULT" and e.trigger == "operation" for e in events)
    assert not any(e.plover_type == "COOPERATE" for e in events)
    joint = _events(analyzer, "Turkey and Azerbaijan began a joint operation against smugglers.")
    assert not any(e.plover_type == "ASSAULT" and e.trigger == "operation" for e in joint)


def test_strengthening_a_relationship_is_not_a_build_up(analyzer):
    events = _events(analyzer, "Ghana wants to strengthen its relationship with Nigeria.")
    assert ("COOPERATE", "GHA", "NGA") in _typed(events) or ("COOPERATE", "NGA", "GHA") in _typed(events)
    assert not any(e.plover_type == "MOBILIZE" for e in events)


def test_an_order_to_a_party_under_the_same_government_is_coercion(analyzer):
    events = _events(analyzer, "The Peruvian government ordered the opposition radio station Radio Sol to stop broadcasting.")
    assert any(e.plover_type == "COERCE" and e.source.country == "PER" for e in events)
    abroad = _events(analyzer, "The Peruvian government ordered Chile to stop the construction.")
    assert ("REQUEST", "PER", "CHL") in _typed(abroad)
