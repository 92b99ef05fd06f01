"""Trigger sense (h14type12, eleventh session): a punishment delivered or inflicted on a party is coercion (SANCTION),
never AID, and a harm after a transfer verb is no aid at all; one's own return (a diplomat back to a capital, a
minister home, negotiators to a venue) is travel, no RETREAT, while a thing or people returned to a party keeps its
RETREAT; recalling or withdrawing an ambassador stays conflictual. Sentences written for these tests, not taken
from an evaluation file or the seeds."""

from __future__ import annotations

import pytest

from eventkit import coded_consistently, coded_events, one, triples

DATE = "2023-09-14"


def _types(analyzer, text: str) -> set[str]:
    return {e.plover_type for e in coded_events(analyzer, text, DATE)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("France is determined to deliver punishment to the Syrian regime for the chemical attacks.", "FRA", "SYR"),
        ("Australia will continue to bring heavy costs to the Chinese trawler owners.", "AUS", "CHN"),
        ("Japan delivered real pain to North Korea's rulers.", "JPN", "PRK"),
    ],
)
def test_a_punishment_carried_to_a_party_is_a_sanction(analyzer, text, source, target):
    events = coded_events(analyzer, text, DATE)
    assert "AID" not in {e.plover_type for e in events}
    e = one(events, "SANCTION")
    assert (e.source.country, e.target.country) == (source, target)
    assert e.intensity < 0
    coded_consistently(e)


def test_consequences_delivered_are_no_aid(analyzer):
    events = coded_events(analyzer, "Norway keeps delivering severe consequences to the Iranian regime and its backers.", DATE)
    assert ("AID", "NOR", "IRN") not in triples(events)
    assert "SANCTION" in {e.plover_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Canada delivered a heavy blow to the Russian economy with new export controls.",
        "The Dutch navy delivered a crushing defeat to the Somali pirates.",
        "Britain will send a shock to Iran's oil exporters.",
    ],
)
def test_a_harm_after_a_transfer_verb_is_no_aid(analyzer, text):
    assert not _types(analyzer, text) & {"AID", "COOPERATE"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Germany delivered humanitarian aid to Ukraine on Tuesday.", "DEU", "UKR"),
        ("Sweden provided military equipment to Finland last week.", "SWE", "FIN"),
    ],
)
def test_goods_delivered_stay_aid(analyzer, text, source, target):
    assert ("AID", source, target) in triples(coded_events(analyzer, text, DATE))


def test_costs_brought_down_are_no_sanction(analyzer):
    assert "SANCTION" not in _types(analyzer, "Chile wants to bring down the costs of energy for Peru.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan ambassador will return to Addis Ababa next week to lead the embassy.",
        "We look forward to Ambassador Smith returning to Beijing to lead our mission in China.",
        "The Brazilian foreign minister returned to Brasilia after talks in Argentina.",
        "Japanese diplomats will be returning to Kyiv this week.",
        "The Peruvian negotiators returned home on Friday.",
        "Argentina helped return Paraguay to a path of democracy.",
    ],
)
def test_ones_own_return_is_no_retreat(analyzer, text):
    assert "RETREAT" not in _types(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran returned the seized tanker to Britain.", "IRN", "GBR"),
        ("Mexico returned the stolen artefacts to Guatemala.", "MEX", "GTM"),
        ("The captured sailors were returned to Ukraine by Russia.", "RUS", "UKR"),
    ],
)
def test_a_thing_or_people_returned_keeps_its_retreat(analyzer, text, source, target):
    e = one(coded_events(analyzer, text, DATE), "RETREAT")
    assert (e.plover_mode, e.source.country, e.target.country) == ("RETURN", source, target)


def test_back_from_a_visit_is_still_the_visit(analyzer):
    e = one(coded_events(analyzer, "The Nepali envoy returned from a visit to India on Sunday.", DATE), "CONSULT")
    assert (e.plover_mode, e.source.country, e.target.country) == ("VISIT", "NPL", "IND")


@pytest.mark.parametrize(
    "text",
    [
        "Poland recalled its ambassador from Belarus on Monday.",
        "The withdrawal of the Egyptian ambassador from Turkey deepened the rift.",
    ],
)
def test_an_ambassador_withdrawn_is_conflictual(analyzer, text):
    events = coded_events(analyzer, text, DATE)
    assert "RETREAT" not in {e.plover_type for e in events}
    e = one(events, "SANCTION")
    assert e.quad_class >= 3 and e.intensity < 0


def test_a_displaced_people_going_home_keeps_its_return(analyzer):
    events = coded_events(analyzer, "The Sudanese refugees returned to Darfur from Chad.", DATE)
    assert any(e.plover_type == "RETREAT" and e.plover_mode == "RETURN" for e in events), triples(events)
