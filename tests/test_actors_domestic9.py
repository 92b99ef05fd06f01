"""Sides of news at large that were not resolved as actors, eighth session (issue 14, h14domestic9), by class:
generic person nouns ("a man", "assailants", "emergency services") as collective actors with the country of the
place the sentence or the article names; people named with their body ("X of the Y Party", "a reporter from Y");
domestic office holders and state bodies with the article's only country; a family surname of one country's office
holders alone ("Trump" in 2019); a monarch of several realms; an acronym defined after a possessed body's name; a
state "agency"; a person named like a city; a party adjective that modifies a side.
Sentences written for these tests; the people in them are invented (except heads of state)."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mentions, triples

DATE = "2019-10-02"

# (paragraphs of the article, the mention's exact text, expected (country, sector); None: not checked)
CASES = [
    # generic person nouns: the place the sentence names, the article's only or clear country, else none
    (["Police officers in Kerala arrested a man after the fire at the temple."], "man", ("IND", "CVL")),
    (
        [
            "A fire destroyed a warehouse in Leeds, England, on Sunday. The mayor of Leeds praised the firefighters.",
            "Officials in Leeds thanked the emergency services.",
        ],
        "emergency services",
        ("GBR", "HLH"),
    ),
    (["A man in a red coat waited at the bus stop for an hour."], "man", (None, "CVL")),
    (
        ["France and Germany held talks in Brussels on Monday.", "A woman was injured when the crowd pushed forward."],
        "woman",
        (None, "CVL"),
    ),
    # people named with their body or country
    (["Marta Quiroga of the Spanish Socialist Workers' Party criticised the budget."], "Marta Quiroga", ("ESP", None)),
    (["Hamid Saleh from Yemen told reporters the road was closed."], "Hamid Saleh", ("YEM", None)),
    (["Dana Pike of the Riverside Knitting Circle organised the fair."], "Dana Pike", (None, None)),
    # a domestic office holder in an article naming one country
    (
        ["Flooding closed schools across Ohio.", "The city's mayor Jane Roe asked residents to stay home."],
        "Jane Roe",
        ("USA", None),
    ),
    # a chamber named alone: the article's country, none when it names several
    (
        ["Governor Ann Lee of Ohio signed the budget in Columbus.", "The House passed the bill on Monday."],
        "House",
        ("USA", "LEG"),
    ),
    (["France and Germany disagreed on the plan.", "The House passed the bill on Monday."], "House", (None, "LEG")),
    # surnames, monarchs, acronyms, agencies
    (["The committee asked for a transcript of a call between Trump and a foreign leader."], "Trump", ("USA", "GOV")),
    (["The UK parliament was prorogued by Queen Elizabeth II on Tuesday."], "Elizabeth II", ("GBR", None)),
    (
        [
            "Officers of Canada's Royal Mounted Constabulary Bureau (RMCB) arrested two suspects.",
            "The RMCB said the suspects would appear in court.",
        ],
        "RMCB",
        ("CAN", None),
    ),
    (["Norway's Coastal Safety Agency warned fishermen."], "Coastal Safety Agency", ("NOR", "GOV")),
    (["Norway's Fjord News Agency reported the storm."], "Fjord News Agency", ("NOR", "MED")),
]


@pytest.mark.parametrize("paragraphs,text,expected", CASES, ids=[c[1] + "-" + str(i) for i, c in enumerate(CASES)])
def test_a_side_of_news_at_large(analyzer, paragraphs, text, expected):
    ms = mentions(analyzer, *paragraphs, published=DATE, article_id="d9")
    found = [m for m in ms if m.text == text or m.text.endswith(" " + text)]  # "Norway's Fjord News Agency"
    assert found, [(m.text, m.country) for m in ms]
    country, sector = expected
    assert found[0].country == country, (found[0], [(m.text, m.country) for m in ms])
    if sector is not None:
        assert found[0].sector == sector, found[0]


def test_a_surname_shared_across_countries_still_needs_the_country(analyzer):
    # "Khan" is borne by office holders of several states: alone, in an article naming none, it is nobody known
    ms = mentions(analyzer, "Khan said the vote would be held next week.", published=DATE)
    assert all(m.country is None for m in ms if m.text == "Khan")


def test_a_person_named_like_a_city_is_a_person(analyzer):
    first = "The suspect, identified as Rohan Amman, 24, was arrested on Monday."
    ms = mentions(analyzer, first, "Amman, who had been under watch, was charged on Tuesday.", published=DATE)
    assert all(m.country != "JOR" for m in ms), [(m.text, m.country) for m in ms]
    assert [m.kind for m in ms if m.text == "Amman"] == ["person"]


def test_a_state_name_with_an_epithet_stays_the_state(analyzer):
    ms = mentions(analyzer, "Peaceful Norway and its neighbours welcomed the accord.", published=DATE)
    assert any(m.country == "NOR" for m in ms)


def test_a_party_adjective_is_no_side_of_its_own(analyzer):
    ms = mentions(analyzer, "The president blamed the Democratic mayor Jane Roe of Ohio for the delays.", published=DATE)
    assert not [m for m in ms if m.text == "Democratic"], [(m.text, m.kind) for m in ms]


# -- events whose side is a generic noun ----------------------------------------------------------------------------


def test_generic_attackers_become_a_side_of_an_attack(analyzer):
    events = coded_events(analyzer, "Several assailants attacked a shopkeeper in Lahore on Friday.", DATE)
    assert any(e.plover_type == "ASSAULT" and e.source is not None and "assailants" in e.source.name for e in events)


def test_an_arrest_of_a_man_by_police_is_coded(analyzer):
    text = "Riots broke out in Birmingham, England, on Friday.\n\nOn Saturday, police in Birmingham said they had arrested a second man."
    events = coded_events(analyzer, text, DATE)
    assert ("COERCE", "GBR", "GBR") in triples(events), [(e.plover_type, e.source, e.target) for e in events]
