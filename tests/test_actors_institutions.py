"""State agencies and bodies of international organisations from ``actors/data/institutions.yaml``, office holders
named with other middle names or by title and surname, portfolio countries in titles, and role words inside a
body's name (issue 14, item 6, second pass). Sentences written for these tests."""

from __future__ import annotations

from attache.actors.kb import load_kb, officeholders
from eventkit import mentions


def _mentions(analyzer, text, date="2023-03-14"):
    return {m.text: m for m in mentions(analyzer, text, published=date, article_id="ai")}


def test_state_agencies_give_their_state_and_sector(analyzer):
    ms = _mentions(analyzer, "OFAC added the trading house to its list, and the Border Patrol detained its driver.")
    assert (ms["OFAC"].country, ms["OFAC"].sector, ms["OFAC"].kind) == ("USA", "GOV", "institution")
    assert (ms["Border Patrol"].country, ms["Border Patrol"].sector) == ("USA", "COP")
    ms = _mentions(analyzer, "The FSB said it had detained a courier working for the SBU.")
    assert (ms["FSB"].country, ms["FSB"].sector) == ("RUS", "SPY")
    assert (ms["SBU"].country, ms["SBU"].sector) == ("UKR", "SPY")
    ms = _mentions(analyzer, "The Bundeswehr will train soldiers sent by the Knesset's committee.")
    assert ms["Bundeswehr"].country == "DEU"


def test_every_institution_has_a_known_sector_and_country_or_igo():
    kb = load_kb()
    bodies = [a for a in kb.actors.values() if a.source == "attache:institutions.yaml"]
    assert len(bodies) > 100
    for a in bodies:
        assert a.sector in kb.roles.sectors, a.id
        assert (a.country is not None) != (a.kind == "igo"), a.id  # a state's body has its state; an IGO body none


def test_role_word_inside_a_body_name_is_that_body(analyzer):
    ms = _mentions(analyzer, "Kuwait's Public Investment Fund bought shares, said Saudi Arabia's Public Investment Fund.")
    assert ms["Public Investment Fund"].actor_id == "SAU.GOV.pif"
    assert not any(m.sector == "CVL" for m in ms.values())


def test_portfolio_country_is_not_the_holders(analyzer):
    ms = _mentions(analyzer, "U.S. Special Envoy for Sudan Thomas Wright met the delegation.")
    assert ms["Thomas Wright"].country == "USA"
    ms = _mentions(analyzer, "UN Special Envoy for Libya Thomas Wright met the delegation.")
    assert (ms["Thomas Wright"].country, ms["Thomas Wright"].sector) == (None, "IGO")


def test_deputy_is_a_modifier_of_the_next_title(analyzer):
    ms = _mentions(analyzer, "Chilean Deputy Foreign Minister Thomas Wright spoke first.")
    assert (ms["Thomas Wright"].country, ms["Thomas Wright"].sector) == ("CHL", "GOV")


def test_office_holders_by_other_middle_names_and_by_title_and_surname():
    listed = officeholders()
    # a name written with a middle name the list does not have, and one whose first and last word are shared by nobody else
    found = listed.find_variant("Omar Hassan al-Bashir")
    assert [(a.country, a.code) for a in found] == [("SDN", "Q57265")]
    assert listed.find_variant("Omar Someone Unknownname") == []
    # a surname after a title: only a person who held an office of that title
    assert [a.country for a in listed.find_titled("Ouattara", "President")] == ["CIV"]
    assert listed.find_titled("Ouattara", "Archbishop") == []


def test_leaders_before_2010_are_kept():
    found = officeholders().find("Saddam Hussein")
    assert found and found[0].country == "IRQ"
    assert any(r.start and r.start < "2000" for r in found[0].roles)


def test_bare_ministries_and_ministers_take_the_dominant_country(analyzer):
    text = (
        "Chile rejected the report. Santiago said Chile would answer it. The Interior Ministry said two men were held, "
        "and the interior minister, Thomas Wright, said Chile's police were ready. The Finance Ministry disagreed."
    )
    ms = _mentions(analyzer, text)
    assert ms["Interior Ministry"].country == "CHL"
    assert ms["Finance Ministry"].country == "CHL"
    assert (ms["Thomas Wright"].country, ms["Thomas Wright"].sector) == ("CHL", "GOV")
    # two countries named as often: no guess
    text = "Chile and Peru met in Lima. Chile and Peru signed. The Interior Ministry said the border was open."
    ms = _mentions(analyzer, text)
    assert ms["Interior Ministry"].country is None


def test_a_governments_own_bare_offices_in_its_own_releases(analyzer):
    text = "The State Department welcomed the vote. The Secretary met the visiting envoy, the Department said."
    own = {"url": "https://www.state.gov/a-release/", "outlet": "U.S. Department of State"}
    ms = {m.text: m for m in mentions(analyzer, text, published="2022-05-10", article_id="gv", **own)}
    assert ms["State Department"].country == "USA"  # the publisher naming itself is a party when it is a state's body
    assert ms["Secretary"].country == "USA" and ms["Department"].country == "USA"
    # the same words in a newspaper's text say nothing of whose office it is
    ms = {
        m.text: m
        for m in mentions(analyzer, text, published="2022-05-10", article_id="nw", url="https://www.example-news.com/story")
    }
    assert ms["Secretary"].country is None


def test_a_leaders_surname_names_that_government(analyzer):
    ms = _mentions(analyzer, "The Obama administration lifted the ban, and the Smith family sold its farm.", date=None)
    assert (ms["Obama"].country, ms["Obama"].sector) == ("USA", "GOV")
    # no head of state or government of that name, and not before "administration": not a government (news at large
    # may still give a family of the article's country that country: actors/unplaced.py)
    assert ms["Smith"].sector != "GOV" and not (ms["Smith"].actor_id or "").endswith(".GOV")
    assert officeholders().leader_country("Obama", ("president",)) == "USA"
    assert officeholders().leader_country("Obama", ("archbishop",)) is None
