"""Sides found without a country, seventh session (issue 14 item 6, h14actors8), by class: people introduced by their
citizenship or an office the title zone did not walk over ("U.S. citizen X", "Japanese Vice Foreign Minister X",
"German State Secretary X"), a lesser office ("the Deputy Secretary") not read as the holder of the office named after
it, state bodies the knowledge base lacked (US federal agencies and State Department bureaus, Afghan forces, Russian
agencies), and places of one country that are not capitals (data/places.csv, from the PETRARCH2 Phoenix dictionary).
Sentences written for these tests; the people in them are invented.
The one-sentence, one-mention cases of this file are in tests/data/mentions.yaml (test_actors8), run by
tests/test_actors_mentions.py."""

from __future__ import annotations

from functools import partial

from eventkit import mention as _one
from eventkit import mentions

STATE = {"outlet": "U.S. Department of State", "url": "https://www.state.gov/readout-t8/"}


_mentions = partial(mentions, published="2023-05-09", article_id="t8")


# -- people introduced with a country ------------------------------------------------------------------------------


def test_a_lesser_office_is_not_the_holder_named_after_it(analyzer):
    ms = _mentions(analyzer, "The Deputy Secretary met with German State Secretary Lena Hartwig in Berlin.", **STATE)
    office = [m for m in ms if m.text == "Secretary" and m.start < 30]
    assert office and office[0].country == "USA", [(m.text, m.country, m.note) for m in ms]
    assert _one(ms, "Lena Hartwig").country == "DEU"


# -- state bodies ----------------------------------------------------------------------------------------------------


def test_state_bodies_named_without_their_country(analyzer):
    ms = _mentions(
        analyzer,
        "The National Institutes of Health and the Cybersecurity and Infrastructure Security Agency warned hospitals, "
        "and INL funded the training of the ANDSF.",
        **STATE,
    )
    assert _one(ms, "National Institutes of Health").country == "USA"
    assert _one(ms, "Cybersecurity and Infrastructure Security Agency").country == "USA"
    assert _one(ms, "INL").country == "USA"
    andsf = _one(ms, "ANDSF")
    assert (andsf.country, andsf.sector) == ("AFG", "MIL")


def test_an_unknown_agency_stays_without_a_country(analyzer):
    ms = _mentions(analyzer, "The Northern Lights Cooperation Agency criticised the plan.")
    assert all(m.country is None for m in ms if "Northern Lights" in m.text)


# -- places of one country -------------------------------------------------------------------------------------------


def test_a_city_that_is_not_a_capital_stands_for_its_country(analyzer):
    ms = _mentions(analyzer, "Gunmen attacked a checkpoint in Kandahar and a police station in Peshawar on Tuesday.")
    assert _one(ms, "Kandahar").country == "AFG"
    assert _one(ms, "Peshawar").country == "PAK"


def test_a_city_where_international_bodies_meet_has_no_host(analyzer):
    ms = _mentions(analyzer, "The delegations will meet in Geneva next week to discuss the ceasefire.")
    assert all(m.country != "CHE" for m in ms if "Geneva" in m.text)


def test_a_listed_place_needs_the_parser_to_see_a_place(analyzer):
    # "Miami" as part of a person's name is not the city
    ms = _mentions(analyzer, "Coach Jordan Miami said the team would travel by bus.")
    assert all(m.country != "USA" for m in ms if m.kind == "person")


# -- a bare office only one state has --------------------------------------------------------------------------------


def test_a_bare_office_only_one_state_has(analyzer):
    ms = _mentions(analyzer, "The Deputy Secretary of State for Management will travel to Portland next week.")
    m = _one(ms, "Deputy Secretary of State")
    assert (m.country, m.sector) == ("USA", "GOV")
    # an office many states have stays without a country when the article names none
    ms = _mentions(analyzer, "The deputy foreign minister arrived late and left before the vote.")
    assert all(m.country is None for m in ms if "minister" in m.text.lower())
