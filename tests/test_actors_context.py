"""Actors where the misses were (issue 14, item 6): state institutions, people introduced by them, plural
demonyms, names read by the article's context, companies, and the dated office holders of the open dataset."""

from __future__ import annotations

from attache.actors.kb import load_kb, officeholders
from eventkit import mentions


def _mentions(analyzer, text, date="2022-05-10"):
    return mentions(analyzer, text, published=date, article_id="ac")


def _by(ms):
    return {m.text: m for m in ms}


def test_institutions_give_their_state(analyzer):
    ms = _by(_mentions(analyzer, "The State Department said the talks would go on. The Pentagon disagreed."))
    assert (ms["State Department"].country, ms["State Department"].sector) == ("USA", "GOV")
    assert (ms["The Pentagon"].country, ms["The Pentagon"].sector) == ("USA", "MIL")


def test_people_introduced_by_an_institution(analyzer):
    ms = _by(_mentions(analyzer, "State Department spokesperson Laura Finch said the talks would continue."))
    assert (ms["Laura Finch"].country, ms["Laura Finch"].sector, ms["Laura Finch"].kind) == ("USA", "GOV", "person")
    ms = _by(_mentions(analyzer, "Pentagon spokesman Adam Crowe said the drills were routine."))
    assert (ms["Adam Crowe"].country, ms["Adam Crowe"].sector) == ("USA", "MIL")
    ms = _by(_mentions(analyzer, "Daniel Moreau, the State Department official leading the talks, arrived in Hanoi."))
    assert (ms["Daniel Moreau"].country, ms["Daniel Moreau"].sector) == ("USA", "GOV")
    # a word that is a title as well as a collective noun ("official"), before the name or before a comma and the name
    for text in (
        "U.S. official Nora Quist met Chilean officials.",
        "A senior State Department official, Nora Quist, met Chilean officials.",
    ):
        ms = _by(_mentions(analyzer, text))
        assert (ms["Nora Quist"].country, ms["Nora Quist"].sector, ms["Nora Quist"].kind) == ("USA", "GOV", "person"), text


def test_plural_demonyms_are_the_people_of_a_country(analyzer):
    ms = _by(_mentions(analyzer, "Kenyans and Ugandans crossed the border, and Filipinos gathered in Manila."))
    assert [(ms[x].country, ms[x].sector) for x in ("Kenyans", "Ugandans", "Filipinos")] == [
        ("KEN", "CVL"),
        ("UGA", "CVL"),
        ("PHL", "CVL"),
    ]


def test_ambiguous_names_read_by_the_article(analyzer):
    drc = _mentions(analyzer, "Congo's government accused Rwanda of backing rebels in North Kivu. Kinshasa recalled its envoy.")
    assert [m.country for m in drc if m.text.startswith("Congo")] == ["COD"]
    roc = _by(_mentions(analyzer, "Congo and Cameroon signed a forestry agreement in Brazzaville."))
    assert roc["Congo"].country == "COG"
    geo = _by(_mentions(analyzer, "Georgia protested against Russian troops in South Ossetia, officials in Tbilisi said."))
    assert geo["Georgia"].country == "GEO"
    state = _mentions(analyzer, "Georgia's governor criticized federal officials in Atlanta on Tuesday.")
    assert [m.country for m in state if m.text.startswith("Georgia")] == ["USA"]
    uk = _by(
        _mentions(analyzer, "The Foreign Office summoned the Iranian ambassador in London. Britain said it would not back down.")
    )
    assert uk["Foreign Office"].country == "GBR"
    pk = _by(_mentions(analyzer, "The Foreign Office in Islamabad rejected India's statement. Pakistan said it wanted peace."))
    assert pk["Foreign Office"].country == "PAK"


def test_a_state_body_without_its_country_takes_a_clearly_dominant_one(analyzer):
    ms = _by(
        _mentions(
            analyzer,
            "Egyptian officials met Sudanese envoys in Cairo. The Foreign Ministry said Egypt wanted calm. Egypt hosted the talks.",
        )
    )
    assert ms["Foreign Ministry"].country == "EGY"
    # no dominant country: left without one
    ms = _by(_mentions(analyzer, "Chile and Peru argued. The Foreign Ministry said nothing."))
    assert ms["Foreign Ministry"].country is None


def test_companies_by_home_country(analyzer):
    ms = _mentions(analyzer, "Canadian miner Barrick signed an agreement with Pakistan.")
    firm = next(m for m in ms if "Barrick" in m.text)
    assert (firm.country, firm.sector, firm.kind) == ("CAN", "BUS", "business")
    ms = _mentions(analyzer, "The South Korean company Hanbit Holdings signed a contract with Vietnam.")
    firm = next(m for m in ms if "Hanbit" in m.text)
    assert (firm.country, firm.sector) == ("KOR", "BUS")


def test_office_holders_of_the_open_dataset_with_dates(analyzer):
    listed = officeholders()
    kb = load_kb()
    assert len(listed) > 10_000 and kb.listed is listed
    (person,) = listed.find("Shavkat Mirziyoyev")
    assert kb.actors.get(person.id) is person and [r.title for r in person.roles] == ["Prime Minister", "President"]
    # a person only the dataset knows, with the office held on each date
    early = _by(_mentions(analyzer, "Shavkat Mirziyoyev met Kazakh officials. Mirziyoyev thanked them.", date="2010-06-10"))
    assert (early["Shavkat Mirziyoyev"].country, early["Shavkat Mirziyoyev"].role) == ("UZB", "Prime Minister")
    assert early["Mirziyoyev"].actor_id == early["Shavkat Mirziyoyev"].actor_id  # the surname, by the article's context
    late = _by(_mentions(analyzer, "Shavkat Mirziyoyev met Kazakh officials.", date="2020-06-10"))
    assert late["Shavkat Mirziyoyev"].role == "President"
    after = _by(_mentions(analyzer, "Malcolm Turnbull visited Japan.", date="2024-06-10"))
    assert after["Malcolm Turnbull"].country == "AUS" and after["Malcolm Turnbull"].role is None
    # written without its accents
    plain = _by(_mentions(analyzer, "Andres Manuel Lopez Obrador met Canadian officials.", date="2021-06-10"))
    assert (plain["Andres Manuel Lopez Obrador"].country, plain["Andres Manuel Lopez Obrador"].role) == ("MEX", "President")
    # a surname alone looks the list up only for a head of state or government in office on the date (sixth
    # session: "Orban said", "apologised to Duterte"), never for a minister or spokesperson
    alone = [m for m in _mentions(analyzer, "Mirziyoyev spoke to reporters.", date="2020-06-10") if m.text == "Mirziyoyev"]
    assert alone and all(m.country == "UZB" for m in alone)
    alone = [m for m in _mentions(analyzer, "Lukashevich spoke to reporters.", date="2012-06-10") if m.text == "Lukashevich"]
    assert all(m.country is None for m in alone)
