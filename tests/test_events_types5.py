"""The right pair with the wrong PLOVER type, fifth session (issue 14): one test per class of
``events/data/retype.yaml`` added by branch h14types, on sentences written for these tests (none is taken from an
evaluation file), each with a control sentence where the trigger keeps its own type. Every recoded event's intensity
is the Goldstein value of the CAMEO code it now carries (issue 14, item 5). The one-sentence cases of the same shape
(first event of a type, its fields, types absent) are in tests/data/events.yaml (types5), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest

from attache.events.ontology import coding, goldstein, plover
from attache.events.retype import rules
from eventkit import coded_consistently as _coded_consistently
from eventkit import coded_events
from eventkit import one as _one
from eventkit import triples as _typed


def _events(analyzer, text, date="2024-06-11"):
    return coded_events(analyzer, text, date, "t5")


def test_the_fifth_session_rules_load():
    missing = {
        "intent to a coercive act is a threat",
        "a coercive act announced under a condition is a threat",
        "a diplomatic protest by a state",
        "receiving inspectors or peacekeepers is giving access",
        "co-hosts cooperate",
    } - {r.name for r in rules()}
    assert not missing


def test_threaten_modes_keep_cameo_codes_of_threats():
    table = goldstein()
    for mode, code in plover()["THREATEN"]["modes"].items():
        assert code.startswith("13"), mode
        assert "threaten" in table[code][0].lower(), (mode, code, table[code][0])
    assert coding("THREATEN", "SANCTION").cameo_code == "1312"
    assert coding("THREATEN", "RELATIONS").cameo_code == "1313"


# -- intent to a coercive act (was AGREE) ------------------------------------------------------------------


def test_preparedness_to_use_force_is_a_threat_of_violence(analyzer):
    events = _events(analyzer, "Greece said it was prepared to use force against Turkey.")
    threat = _one(events, "THREATEN")
    assert threat.plover_mode == "VIOLENCE" and threat.cameo_code == "138"
    assert threat.intensity < 0
    _coded_consistently(threat)


def test_readiness_to_lift_a_ban_or_to_act_together_stays_agree(analyzer):
    lift = _events(analyzer, "The president said he is prepared to lift the ban on the Democratic Party.")
    assert not any(e.plover_type == "THREATEN" for e in lift)
    together = _events(analyzer, "Chile and Peru pledged to fight organised crime together.")
    assert ("AGREE", "CHL", "PER") in _typed(together) or ("AGREE", "PER", "CHL") in _typed(together)
    assert not any(e.plover_type == "THREATEN" for e in together)


# -- the content of a threat gives its mode and intensity (was THREATEN with no mode, 130) ---------------------


def test_a_threat_takes_the_mode_of_what_is_threatened(analyzer):
    sanctions = _one(_events(analyzer, "Beijing threatened to impose sanctions on Vilnius."), "THREATEN")
    assert (sanctions.plover_mode, sanctions.cameo_code) == ("SANCTION", "1312")
    ties = _one(_events(analyzer, "Moscow threatened to cut diplomatic ties with Sofia."), "THREATEN")
    assert (ties.plover_mode, ties.cameo_code) == ("RELATIONS", "1313")
    force = _one(_events(analyzer, "Baku warned Yerevan that it would use force."), "THREATEN")
    assert (force.plover_mode, force.cameo_code) == ("VIOLENCE", "138")
    for e in (sanctions, ties, force):
        _coded_consistently(e)
    assert force.intensity < sanctions.intensity < 0
    vague = _one(_events(analyzer, "Washington warned Moscow of serious consequences."), "THREATEN")
    assert vague.plover_mode is None and vague.cameo_code == "130"


# -- a coercive act under a condition (was SANCTION / COERCE / ASSAULT, planned) -------------------------------


def test_plain_plans_and_guesses_are_not_threats(analyzer):
    plan = _events(analyzer, "Kosovo will impose tariffs on Serbia next month.")
    assert ("SANCTION", "XKX", "SRB") in _typed(plan)
    assert _one(plan, "SANCTION").factuality == "planned"
    guess = _events(analyzer, "Kosovo could impose tariffs on Serbia if talks fail.")
    assert not any(e.plover_type == "THREATEN" for e in guess)
    own = _events(analyzer, "If elected, the candidate will impose tariffs on Mexico.")
    assert not any(e.plover_type == "THREATEN" for e in own)


# -- diplomatic protests (was PROTEST) -------------------------------------------------------------------------


def test_a_protest_lodged_with_a_state_accuses(analyzer):
    events = _events(analyzer, "The Philippines lodged a formal protest with China over the incident.")
    assert ("ACCUSE", "PHL", "CHN") in _typed(events)
    assert not any(e.plover_type == "PROTEST" for e in events)


# -- a held place evacuated (was AID) --------------------------------------------------------------------------------


def test_evacuating_settlements_is_withdrawal_and_evacuating_people_is_aid(analyzer):
    events = _events(analyzer, "Israel evacuated two settlements in the West Bank.")
    assert any(e.plover_type == "RETREAT" and e.plover_mode == "WITHDRAW" for e in events)
    assert not any(e.plover_type == "AID" for e in events)
    people = _events(analyzer, "The navy evacuated 200 Indian nationals from Yemen.")
    assert any(e.plover_type == "AID" for e in people)
    assert not any(e.plover_type == "RETREAT" for e in people)


# -- the aim of a military operation (was SUPPORT) ------------------------------------------------------------------


def test_the_aim_of_a_military_operation_is_the_operation(analyzer):
    events = _events(analyzer, "Turkey's military operation to defend Afrin began in January.")
    assert any(e.plover_type == "ASSAULT" and e.source.country == "TUR" and e.trigger.startswith("defend") for e in events)
    assert not any(e.plover_type == "SUPPORT" for e in events)
    # someone who speaks of the operation does not carry it out
    spoken = _events(analyzer, "The Iranian president discussed Turkey's military operation to defend Afrin.")
    assert not any(e.plover_type == "ASSAULT" and e.source and e.source.country == "IRN" for e in spoken)


# -- co-hosts (was CONSULT host) ----------------------------------------------------------------------------------


def test_co_hosts_cooperate_and_a_host_consults(analyzer):
    events = _events(analyzer, "The forum, hosted by Ghana and Denmark, opened on Tuesday.")
    coop = _one(events, "COOPERATE")
    assert {coop.source.country, coop.target.country} == {"GHA", "DNK"} and coop.symmetric
    assert not any(e.plover_type == "CONSULT" for e in events)
    _coded_consistently(coop)
    # a co-host named in several words: its name's head is the conjunct
    named = _events(analyzer, "The summit, hosted by Ghana and the United Kingdom, closed on Friday.")
    assert any(e.plover_type == "COOPERATE" and {e.source.country, e.target.country} == {"GHA", "GBR"} for e in named)
    host = _events(analyzer, "Ghana hosted the Danish prime minister on Tuesday.")
    assert any(e.plover_type == "CONSULT" for e in host)
    assert not any(e.plover_type == "COOPERATE" for e in host)


# -- reinforcing what is not a force (was MOBILIZE) --------------------------------------------------------------------


def test_reinforcing_efforts_or_a_commitment_is_no_show_of_force(analyzer):
    efforts = _events(analyzer, "The new office will reinforce Ecuador's efforts against trafficking.")
    assert not any(e.plover_type == "MOBILIZE" for e in efforts)
    commitment = _events(analyzer, "The envoy will reinforce the government's commitment to the people of Haiti.")
    assert not any(e.plover_type == "MOBILIZE" for e in commitment)
    assert any(e.plover_type == "SUPPORT" and e.target and e.target.country == "HTI" for e in commitment)
    forces = _events(analyzer, "NATO will strengthen its forces in Lithuania.")
    assert any(e.plover_type == "MOBILIZE" for e in forces)


@pytest.mark.parametrize("ptype", ["THREATEN", "ACCUSE", "RETREAT", "AID", "COOPERATE", "ASSAULT", "SUPPORT"])
def test_every_target_type_of_the_new_rules_is_known(ptype):
    assert any(r.to == ptype for r in rules())
