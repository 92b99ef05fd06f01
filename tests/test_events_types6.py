"""The right pair with the wrong PLOVER type, sixth session (issue 14): one test per class of
``events/data/retype.yaml`` added by branch h14types6, on sentences written for these tests (none is taken from an
evaluation file or from the demo corpus), each with a control where the trigger keeps its own type or mode. Every
recoded event's CAMEO code, QuadClass and intensity follow its new type and mode (issue 14, item 5)."""

from __future__ import annotations

import pytest
from test_events_types5 import _coded_consistently, _events, _one, _typed  # the same helpers

from attache.events.ontology import intensity
from attache.events.retype import rules


def test_the_sixth_session_rules_load():
    names = {r.name for r in rules()}
    for name in (
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
    ):
        assert name in names


# -- committing a crime is doing it (was AGREE, +4.0) -----------------------------------------------------


def test_atrocities_committed_against_a_people_are_an_assault(analyzer):
    events = _events(analyzer, "Observers say the Syrian army committed atrocities against Lebanese villagers.")
    attack = _one(events, "ASSAULT")
    assert (attack.source.country, attack.target.country) == ("SYR", "LBN")
    assert attack.quad_class == 4 and attack.intensity < 0
    assert not any(e.plover_type == "AGREE" for e in events)
    _coded_consistently(attack)


def test_genocide_committed_is_a_massacre(analyzer):
    events = _events(analyzer, "The report found that Sudanese militias committed genocide against the Masalit people of Chad.")
    attack = _one(events, "ASSAULT")
    assert attack.plover_mode == "MASSACRE" and attack.cameo_code == "202"
    assert attack.target.country == "TCD"
    _coded_consistently(attack)


def test_abuses_committed_by_police_are_repression(analyzer):
    events = _events(analyzer, "The abuses committed by Nicaraguan police against Costa Rican students were documented.")
    repression = _one(events, "COERCE")
    assert repression.plover_mode == "REPRESS" and repression.cameo_code == "175"
    assert (repression.source.country, repression.target.country) == ("NIC", "CRI")
    assert not any(e.plover_type == "AGREE" for e in events)
    _coded_consistently(repression)


def test_a_commitment_to_work_together_is_no_assault(analyzer):
    events = _events(analyzer, "Peru committed to working with Chile on fisheries.")
    assert events and not any(e.plover_type in ("ASSAULT", "COERCE") for e in events)


# -- back from a trip (was RETREAT/RETURN) -------------------------------------------------------------------


def test_back_from_a_trip_is_the_visit_to_the_host(analyzer):
    events = _events(analyzer, "The Special Envoy for Sudan returned on Friday from a trip to Egypt.")
    visit = _one(events, "CONSULT")
    assert visit.plover_mode == "VISIT" and visit.cameo_code == "042"
    assert visit.target.country == "EGY"
    assert not any(e.plover_type == "RETREAT" for e in events)
    _coded_consistently(visit)


def test_people_returning_to_their_country_stay_a_return(analyzer):
    events = _events(analyzer, "The refugees returned to Syria from Jordan.")
    assert any(e.plover_type == "RETREAT" and e.plover_mode == "RETURN" for e in events), _typed(events)
    assert not any(e.plover_type == "CONSULT" for e in events)


# -- sharing, recognizing (modes) ----------------------------------------------------------------------------


def test_shared_values_are_no_intelligence_sharing(analyzer):
    events = _events(analyzer, "Ghana and Norway share a commitment to open markets.")
    coop = _one(events, "COOPERATE")
    assert coop.plover_mode is None and coop.cameo_code == "060" and coop.intensity == intensity("060")


def test_recognized_as_a_partner_is_praise(analyzer):
    events = _events(analyzer, "Norway recognized Ghana as a reliable trading partner.")
    praise = _one(events, "SUPPORT")
    assert praise.plover_mode == "PRAISE" and praise.cameo_code == "051"
    assert (praise.source.country, praise.target.country) == ("NOR", "GHA")
    _coded_consistently(praise)


# -- the field of a cooperation (mode, CAMEO code and Goldstein value) ---------------------------------------


def test_security_cooperation_is_military(analyzer):
    events = _events(analyzer, "Chile and Peru will deepen security cooperation.")
    coop = _one(events, "COOPERATE")
    assert coop.plover_mode == "MILITARY" and coop.cameo_code == "062"
    assert coop.intensity == intensity("062") != intensity("060")


@pytest.mark.parametrize(
    ("text", "ptype", "mode", "cameo"),
    [
        ("Ghana shared intelligence with Norway on the smuggling network.", "COOPERATE", "INTELLIGENCE", "064"),
        ("Norway recognized Palestine as a state.", "SUPPORT", "RECOGNIZE", "054"),  # stays diplomatic recognition
        ("Russia and Kazakhstan expanded cooperation in trade and energy.", "COOPERATE", "ECONOMIC", "061"),
        ("Brazil and Russia will cooperate in the UN Security Council.", "COOPERATE", None, "060"),  # a council is no field
    ],
)
def test_a_trigger_keeps_or_takes_the_mode_of_its_class(analyzer, text, ptype, mode, cameo):
    event = _one(_events(analyzer, text), ptype)
    assert event.plover_mode == mode and event.cameo_code == cameo


# -- material support is aid (was verbal SUPPORT) ------------------------------------------------------------


def test_support_for_terrorist_groups_is_aid(analyzer):
    events = _events(analyzer, "Venezuela continues its support for terrorist groups in Colombia.")
    aid = _one(events, "AID")
    assert aid.source.country == "VEN" and aid.quad_class == 2
    assert not any(e.plover_type == "SUPPORT" for e in events)
    _coded_consistently(aid)


def test_backing_an_army_is_military_aid(analyzer):
    events = _events(analyzer, "Cuba backs Venezuela's armed forces.")
    aid = _one(events, "AID")
    assert aid.plover_mode == "MILITARY" and aid.cameo_code == "072"
    assert (aid.source.country, aid.target.country) == ("CUB", "VEN")


def test_support_named_economically_is_economic_aid(analyzer):
    events = _events(analyzer, "Germany will support Moldova economically.")
    aid = _one(events, "AID")
    assert aid.plover_mode == "ECONOMIC" and (aid.source.country, aid.target.country) == ("DEU", "MDA")


# -- calling out -----------------------------------------------------------------------------------------------


def test_calling_a_party_out_is_denouncing_it(analyzer):
    events = _events(analyzer, "Chile called out Peru for its treatment of migrants.")
    accuse = _one(events, "ACCUSE")
    assert accuse.plover_mode == "DISAPPROVE" and (accuse.source.country, accuse.target.country) == ("CHL", "PER")
    assert not any(e.plover_type in ("CONSULT", "REQUEST") for e in events)
    _coded_consistently(accuse)


@pytest.mark.parametrize(
    ("text", "ptype", "sides", "not_type"),
    [
        ("Norway reaffirmed its support for Ukraine's sovereignty.", "SUPPORT", ("NOR", "UKR"), "AID"),  # stays verbal
        ("Chile called on Peru to release the fishermen.", "REQUEST", ("CHL", "PER"), "ACCUSE"),  # calling on stays a request
    ],
)
def test_the_control_keeps_its_own_type(analyzer, text, ptype, sides, not_type):
    events = _events(analyzer, text)
    event = _one(events, ptype)
    assert (event.source.country, event.target.country) == sides
    assert not any(e.plover_type == not_type for e in events)


# -- naming: "called X a ..." is a judgement of X, not a phone call -------------------------------------------


def test_naming_a_rival_an_embarrassment_is_criticism(analyzer):
    events = _events(analyzer, 'Joe Biden called Donald Trump a "national embarrassment" for his performance.')
    accuse = _one(events, "ACCUSE")
    assert accuse.plover_mode == "DISAPPROVE" and accuse.quad_class == 3
    assert not any(e.plover_type == "CONSULT" for e in events)
    _coded_consistently(accuse)


def test_naming_a_leader_a_great_friend_is_praise(analyzer):
    events = _events(analyzer, "Lula called Bolsonaro a great friend of Brazil.")
    praise = _one(events, "SUPPORT")
    assert praise.plover_mode == "PRAISE" and praise.cameo_code == "051"
    assert not any(e.plover_type in ("CONSULT", "ACCUSE") for e in events)


# -- a call with a direct object is a phone call (was REQUEST through "on") -------------------------------------


def test_calling_a_minister_on_a_weekday_is_a_phone_call(analyzer):
    events = _events(analyzer, "Blinken called Pakistani Foreign Minister Dar on Monday.")
    call = _one(events, "CONSULT")
    assert call.plover_mode == "PHONE" and call.cameo_code == "041"
    assert (call.source.country, call.target.country) == ("USA", "PAK")
    assert not any(e.plover_type == "REQUEST" for e in events)


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


def test_a_minister_received_stays_hosting(analyzer):
    events = _events(analyzer, "Germany received the Ukrainian foreign minister in Berlin.")
    host = _one(events, "CONSULT")
    assert host.plover_mode == "HOST"


# -- views shared; warnings of a danger --------------------------------------------------------------------------


def test_priorities_shared_with_a_party_are_communication(analyzer):
    events = _events(analyzer, "Japan shared its priorities for the summit with India.")
    talk = _one(events, "CONSULT")
    assert {talk.source.country, talk.target.country} == {"JPN", "IND"}
    assert not any(e.plover_type == "COOPERATE" and e.plover_mode == "INTELLIGENCE" for e in events)


def test_a_warning_that_an_invasion_is_coming_is_no_threat_to_the_warned(analyzer):
    events = _events(analyzer, "The United States has been warning Ukraine that a full-scale invasion is imminent.")
    talk = _one(events, "CONSULT")
    assert (talk.source.country, talk.target.country) == ("USA", "UKR")
    assert not any(e.plover_type == "THREATEN" for e in events)


def test_a_warning_to_tread_carefully_stays_a_threat(analyzer):
    events = _events(analyzer, "China warned the United States to tread carefully on Taiwan.")
    threat = _one(events, "THREATEN")
    assert (threat.source.country, threat.target.country) == ("CHN", "USA")
