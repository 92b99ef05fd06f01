"""Sides of news at large that were not resolved as actors, eighth session (issue 14, h14domestic9), by class:
generic person nouns ("a man", "assailants", "emergency services") as collective actors with the country of the
place the sentence or the article names; people named with their body ("X of the Y Party", "X, director of news for
Z", "a reporter from Y"); a family surname of one country's office holders alone ("Trump" in 2019); a monarch of
several realms; an acronym defined after a possessed body's name; a person named like a city.
Sentences written for these tests; the people in them are invented (except heads of state)."""

from __future__ import annotations

from functools import partial

from eventkit import coded_events, triples
from eventkit import mention as _one
from eventkit import mentions

_mentions = partial(mentions, published="2019-10-02", article_id="d9")


# -- generic person nouns -------------------------------------------------------------------------------------------


def test_a_generic_person_noun_takes_the_country_of_the_place_named(analyzer):
    ms = _mentions(analyzer, "Police officers in Kerala arrested a man after the fire at the temple.")
    man = _one(ms, "man")
    assert (man.kind, man.country, man.sector) == ("collective", "IND", "CVL")


def test_generic_attackers_become_a_side_of_an_attack(analyzer):
    events = coded_events(analyzer, "Several assailants attacked a shopkeeper in Lahore on Friday.", "2019-10-02")
    assert any(e.plover_type == "ASSAULT" and e.source is not None and "assailants" in e.source.name for e in events)


def test_an_arrest_of_a_man_by_police_is_coded(analyzer):
    text = "Riots broke out in Birmingham, England, on Friday.\n\nOn Saturday, police in Birmingham said they had arrested a second man."
    events = coded_events(analyzer, text, "2019-10-02")
    assert ("COERCE", "GBR", "GBR") in triples(events), [(e.plover_type, e.source, e.target) for e in events]


def test_emergency_services_are_a_side_with_the_article_country(analyzer):
    ms = _mentions(
        analyzer,
        "A fire destroyed a warehouse in Leeds, England, on Sunday. The mayor of Leeds praised the firefighters.",
        "Officials in Leeds thanked the emergency services.",
    )
    services = _one(ms, "emergency services")
    assert (services.country, services.sector) == ("GBR", "HLH")


def test_a_generic_noun_without_a_place_has_no_country(analyzer):
    ms = _mentions(analyzer, "A man in a red coat waited at the bus stop for an hour.")
    man = _one(ms, "man")
    assert man.country is None


def test_a_generic_noun_gets_no_country_when_the_article_names_several(analyzer):
    ms = _mentions(
        analyzer,
        "France and Germany held talks in Brussels on Monday.",
        "A woman was injured when the crowd pushed forward.",
    )
    assert _one(ms, "woman").country is None


# -- people named with their body --------------------------------------------------------------------------------------


def test_a_person_of_a_party_takes_the_party_country(analyzer):
    ms = _mentions(analyzer, "Marta Quiroga of the Spanish Socialist Workers' Party criticised the budget.")
    marta = _one(ms, "Marta Quiroga")
    assert marta.country == "ESP", (marta, [(m.text, m.country) for m in ms])


def test_a_person_from_a_country(analyzer):
    ms = _mentions(analyzer, "Hamid Saleh from Yemen told reporters the road was closed.")
    assert _one(ms, "Hamid Saleh").country == "YEM"


def test_a_person_in_a_room_of_a_body_without_country_stays_without(analyzer):
    ms = _mentions(analyzer, "Dana Pike of the Riverside Knitting Circle organised the fair.")
    assert _one(ms, "Dana Pike").country is None


# -- surnames, monarchs, acronyms, people named like cities ------------------------------------------------------------


def test_a_one_country_family_surname_alone_is_the_leader_of_the_date(analyzer):
    ms = _mentions(analyzer, "The committee asked for a transcript of a call between Trump and a foreign leader.")
    trump = _one(ms, "Trump")
    assert (trump.country, trump.kind) == ("USA", "person")


def test_a_surname_shared_across_countries_still_needs_the_country(analyzer):
    # "Khan" is borne by office holders of several states: alone, in an article naming none, it is nobody known
    ms = mentions(analyzer, "Khan said the vote would be held next week.", published="2019-10-02")
    khan = [m for m in ms if m.text == "Khan"]
    assert not khan or khan[0].country is None


def test_a_monarch_of_several_realms_takes_the_realm_named(analyzer):
    ms = _mentions(analyzer, "The UK parliament was prorogued by Queen Elizabeth II on Tuesday.")
    assert _one(ms, "Elizabeth II").country == "GBR"


def test_an_acronym_after_a_possessed_body_name(analyzer):
    ms = _mentions(
        analyzer,
        "Officers of Canada's Royal Mounted Constabulary Bureau (RMCB) arrested two suspects.",
        "The RMCB said the suspects would appear in court.",
    )
    later = [m for m in ms if m.text == "RMCB"]
    assert later and all(m.country == "CAN" for m in later), [(m.text, m.country) for m in ms]


def test_a_state_agency_is_government_a_news_agency_media(analyzer):
    ms = _mentions(analyzer, "Norway's Coastal Safety Agency and Norway's Fjord News Agency reported the storm.")
    assert _one(ms, "Coastal Safety Agency").sector == "GOV"
    assert _one(ms, "Fjord News Agency").sector == "MED"


def test_a_person_named_like_a_city_is_a_person(analyzer):
    ms = _mentions(
        analyzer,
        "The suspect, identified as Rohan Amman, 24, was arrested on Monday.",
        "Amman, who had been under watch, was charged on Tuesday.",
    )
    assert all(m.country != "JOR" for m in ms), [(m.text, m.country) for m in ms]


def test_a_state_name_with_an_epithet_stays_the_state(analyzer):
    ms = _mentions(analyzer, "Peaceful Norway and its neighbours welcomed the accord.")
    assert any(m.country == "NOR" for m in ms)
