"""Sides that are places, or groups defined by a place (issue 14, eighth session, branch h14place9).

Class 1, a group, an outlet or a firm placed by where it is based ("a Kenya-based militant group", "a rights group
based in Nairobi", "X, a Lima-based company"): it takes that place's country (actors/based.py, data/based.yaml), a
known actor keeps its own identity. Class 3, a state's mission abroad (events/places.py, data/places.yaml): "the
embassy in Kabul" is never Afghanistan's as a side of its own, a mission acted upon by its own state stands for the
host ("closed its embassy in Kabul": target AFG), a third state's mission stays that state's. Topics stay topics.
Sentences and names written for these tests (invented firms: "Orvane Maritime", "Tessaly Freight"), not taken from an
evaluation file."""

from __future__ import annotations

from eventkit import coded_events, triples

DATE = "2024-03-05"


def _analysed(analyzer, text: str):
    from eventkit import article

    return analyzer.analyze([article(text, DATE)])[0]


def _mention(result, words: str):
    found = [m for m in result.mentions if words in m.text]
    assert found, [(m.text, m.country) for m in result.mentions]
    return found[0]


# -- class 1: "<Place>-based X", "X based in <Place>" ---------------------------------------------------------


def test_a_place_based_armed_group_is_of_that_country(analyzer):
    events = coded_events(analyzer, "A Kenya-based militant group attacked Ugandan soldiers.", DATE)
    assert ("ASSAULT", "KEN", "UGA") in triples(events)


def test_a_group_based_in_a_capital_becomes_a_side_of_its_country(analyzer):
    result = _analysed(analyzer, "A newspaper based in Nairobi has defied a ban imposed by the Ugandan government.")
    paper = _mention(result, "newspaper")
    assert paper.country == "KEN" and paper.sector == "MED"


def test_a_named_firm_in_apposition_takes_the_place(analyzer):
    text = "The Treasury is designating one Peru-based entity, Orvane Maritime Holdings, for shipping arms to Venezuela."
    result = _analysed(analyzer, text)
    assert _mention(result, "Orvane").country == "PER"


def test_a_known_group_keeps_its_identity(analyzer):
    text = "The Treasury is designating one Kenya-based al-Qaida financier for moving funds to Yemen."
    result = _analysed(analyzer, text)
    qaida = _mention(result, "al-Qaida")
    assert qaida.country is None and "KEN" not in (qaida.actor_id or "")


def test_based_as_a_verb_places_nothing(analyzer):
    result = _analysed(analyzer, "The minister based his claim on reports from Tessaly Freight.")
    assert all(m.country is None for m in result.mentions if "Tessaly" in m.text)
    assert all(m.note is None or "based in" not in m.note for m in result.mentions)


# -- class 3: missions abroad -------------------------------------------------------------------------------


def test_an_embassy_in_a_capital_is_not_the_host_as_a_source(analyzer):
    events = coded_events(analyzer, "The embassy in Kabul condemned the attack on the Afghan parliament.", DATE)
    accuse = [e for e in events if e.plover_type == "ACCUSE"]
    assert accuse, triples(events)
    assert all(e.source is None or e.source.country != "AFG" for e in accuse)


def test_a_state_acting_on_its_own_embassy_acts_toward_the_host(analyzer):
    events = coded_events(analyzer, "The United States closed its embassy in Kabul.", DATE)
    assert any(t[1:] == ("USA", "AFG") for t in triples(events)), triples(events)
    assert not any(t[1:] == ("USA", "USA") for t in triples(events))


def test_a_third_states_embassy_stays_that_states(analyzer):
    events = coded_events(analyzer, "Iranian protesters stormed the Saudi embassy in Tehran.", DATE)
    # protesters storming it riot (PROTEST riot, CAMEO 145; thirty-third session, h33riot): still aimed at Saudi Arabia
    assert ("PROTEST", "IRN", "SAU") in triples(events)


def test_diplomats_from_a_country_are_its_own_but_not_a_delegation_in_a_city(analyzer):
    events = coded_events(analyzer, "Diplomats from Russia met the delegation in Geneva.", DATE)
    assert events, "no event"
    assert all(e.source is not None and e.source.country == "RUS" for e in events)
    assert all(e.target is None or e.target.country != "CHE" for e in events)


# -- topics are not targets ---------------------------------------------------------------------------------


def test_a_topic_place_is_no_target(analyzer):
    events = coded_events(analyzer, "Kenya discussed the situation in Somalia with Ethiopia.", DATE)
    found = triples(events)
    assert ("CONSULT", "KEN", "ETH") in found, found
    assert not any(t[2] == "SOM" for t in found)


# -- class 2: an attack told by its weapon, the place's unidentified attackers as its source -------------------------


def _attackers(events):
    return [e for e in events if e.source is not None and e.source.sector == "UAF"]


def test_a_blast_in_a_city_has_the_places_attackers_as_source(analyzer):
    events = coded_events(analyzer, "A car bomb explosion in the city of Mosul killed two Turkish engineers.", DATE)
    found = _attackers(events)
    assert [(e.plover_type, e.source.country, e.target.country) for e in found] == [("ASSAULT", "IRQ", "TUR")], triples(events)
    assert "bomb" in found[0].source_span["text"]


def test_a_device_by_agent_near_a_town_named_as_one(analyzer):
    text = "Two Dutch soldiers were killed by a roadside device near the town of Kandahar on Friday."
    found = _attackers(coded_events(analyzer, text, DATE))
    assert [(e.source.country, e.target.country) for e in found] == [("AFG", "NLD")]


def test_no_place_no_attackers(analyzer):
    assert not _attackers(coded_events(analyzer, "A bomb killed two Kenyan soldiers on Sunday.", DATE))


def test_named_attackers_are_not_replaced(analyzer):
    events = coded_events(analyzer, "Rebels killed two Kenyan soldiers near the town of Kandahar.", DATE)
    assert not _attackers(events)


def test_a_weapon_whose_user_is_named_is_no_unnamed_attack(analyzer):
    text = "A bomb planted by Taliban fighters killed two Dutch soldiers near the town of Kandahar."
    assert not _attackers(coded_events(analyzer, text, DATE))


def test_a_blast_as_a_topic_is_no_side(analyzer):
    events = coded_events(analyzer, "The minister discussed the explosion in Mosul with French officials.", DATE)
    assert not _attackers(events)
    assert not any(e.source is not None and e.source.country == "IRQ" for e in events)


def test_a_seat_of_international_bodies_places_no_one(analyzer):
    result = _analysed(analyzer, "The Hague-based court issued an arrest warrant for the Russian president.")
    assert _mention(result, "court").country is None
