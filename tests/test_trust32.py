"""Thirty-first session: kinds of wire copy the coder lost, found in the development half of gold8 (wire-copy sentences
written per PLOVER type by two independent writers; eval/events_gold8_guidelines.md). Sentences written for these
tests, none of gold8's."""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples_in

DAY = "2001-05-05"

# The classes whose cases ask for one (type, source, target) triple; each row's id names its class.
CASES = [
    # (h31channel) "spoke by telephone with X": the parser hangs "with X" on the channel noun
    pytest.param(
        "Officials said Chirac had spoken by telephone with Russian President Putin.", ("CONSULT", "FRA", "RUS"), id="h31channel"
    ),
    pytest.param(
        "Egypt's Mubarak talked via video link with Jordan's King Abdullah on Monday.", ("CONSULT", "EGY", "JOR"), id="h31channel"
    ),
    # (h31mutual) a conjoined subject's ceasefire, truce or break of relations is with each other
    pytest.param(
        "Armenia and Azerbaijan declared a truce on Tuesday, officials said.", ("RETREAT", "ARM", "AZE"), id="h31mutual"
    ),
    pytest.param("Eritrea and Djibouti severed diplomatic ties on Friday.", ("SANCTION", "ERI", "DJI"), id="h31mutual"),
    # (h31currency) a country's currency names no party
    pytest.param(
        "Japan announced 50 million Hong Kong dollars in aid for Vietnam on Friday.", ("AID", "JPN", "VNM"), id="h31currency"
    ),
    # (h31fly) relief moved by a verb of transport
    pytest.param("Turkey had flown 40 tonnes of blankets and food to Iran, officials said.", ("AID", "TUR", "IRN"), id="h31fly"),
    pytest.param("The United States shipped 50,000 tons of wheat to Ethiopia.", ("AID", "USA", "ETH"), id="h31fly"),
    # (h31protested) the party whose thing a protest is against
    pytest.param(
        "Thousands of Greeks protested against the German government's austerity demands.",
        ("PROTEST", "GRC", "DEU"),
        id="h31protested",
    ),
    pytest.param(
        "Students staged a sit-in in protest at curbs imposed by the Iranian government.",
        ("PROTEST", None, "IRN"),
        id="h31protested",
    ),
    # (h31strike) a general strike is a protest, not an attack
    pytest.param(
        "Argentine unions staged a general strike against President Menem's government.",
        ("PROTEST", "ARG", "ARG"),
        id="h31strike",
    ),
    # (h31subjunctive) "demanded on Monday that X cancel": the bare verb read as a present
    pytest.param(
        "Amnesty International demanded on Monday that Turkey release the journalists.",
        ("REQUEST", None, "TUR"),
        id="h31subjunctive",
    ),
    # (h31passive) recognised by a state, in the passive
    pytest.param(
        "Kosovo was recognised as an independent state by Japan on Tuesday.", ("SUPPORT", "JPN", "XKX"), id="h31passive"
    ),
    # (h31moved) forces moved or ordered to a border with another country
    pytest.param(
        "Ankara moved two armoured brigades to its border with Syria on Sunday.", ("MOBILIZE", "TUR", "SYR"), id="h31moved"
    ),
    # (h31posture) a show of force or a stand-off with a party
    pytest.param(
        "China has massed warships in a show of force against Taiwan, officials said.",
        ("MOBILIZE", "CHN", "TWN"),
        id="h31posture",
    ),
    pytest.param("Athens put its air force on alert in a stand-off with Ankara.", ("MOBILIZE", "GRC", "TUR"), id="h31posture"),
    # (h31yield) accepting a party's demand, giving in to it
    pytest.param("The Serbian government accepted NATO's demand for a withdrawal.", ("CONCEDE", "SRB", None), id="h31yield"),
    pytest.param("Israel gave in to Egypt's demand on Sunday.", ("CONCEDE", "ISR", "EGY"), id="h31yield"),
    # (h31dayof) "X's condemnation on Friday of Y": the day between the act noun and its "of" phrase
    pytest.param("Japan's condemnation on Monday of North Korea was echoed by Seoul.", ("ACCUSE", "JPN", "PRK"), id="h31dayof"),
    # (h31owncapital) the envoy of the source's own capital is its own; the state it leaves is the target
    pytest.param("Iran recalled Tehran's ambassador from Azerbaijan on Sunday.", ("SANCTION", "IRN", "AZE"), id="h31owncapital"),
    # (h31buildup) "build-up" one token; the forces built up are the doer's, the party faced the one aimed at
    pytest.param(
        "Turkey's build-up of troops on the coast, aimed at Greece, alarmed Athens.", ("MOBILIZE", "TUR", "GRC"), id="h31buildup"
    ),
    # (h31held) the party that holds a place attacked; the receiver of a person extradited in the passive
    pytest.param("Syrian jets bombed camps of Kurdish militants on Monday.", ("ASSAULT", "SYR", None), id="h31held"),
    pytest.param("A drug lord was extradited to Colombia by Venezuela on Monday.", ("COOPERATE", "VEN", "COL"), id="h31held"),
    # (h31ban) a travel or visa ban on a party is a sanction
    pytest.param("The United States imposed a visa ban on Zimbabwean officials.", ("SANCTION", "USA", "ZWE"), id="h31ban"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_wire_class_gives_its_triple(analyzer, text, want):
    """Wire wordings the coder lost before this session, one triple each (see the comments of ``CASES``); a None
    side in ``want`` is any side."""
    got = triples_in(analyzer, text, date=DAY)
    assert any(t[0] == want[0] and all(w is None or w == g for w, g in zip(want[1:], t[1:])) for t in got), got


def test_a_conjoined_subject_declaring_support_is_no_mutual_act(analyzer):
    """Only a mutual object (ceasefire, truce, relations) makes the two subjects each other's sides."""
    got = triples_in(analyzer, "France and Germany declared their support for Ukraine on Monday.", date=DAY)
    assert ("SUPPORT", "FRA", "UKR") in got and ("SUPPORT", "FRA", "DEU") not in got, got


def test_a_currency_is_no_side(analyzer):
    got = triples_in(analyzer, "Australia paid 20 million Australian dollars to Nauru.", date=DAY)
    assert not any(t[2] == "AUS" for t in got), got


def test_a_country_paying_in_a_foreign_currency_is_still_a_party(analyzer):
    """The currency rule takes only the adjective before the currency word, not the country acting."""
    got = triples_in(analyzer, "Japan pledged 5 billion U.S. dollars in aid to Indonesia.", date=DAY)
    assert ("AID", "JPN", "IDN") in got and not any("USA" in t for t in got), got


def test_a_visitor_flying_to_a_capital_gives_no_aid(analyzer):
    got = triples_in(analyzer, "Putin flew to Beijing on Monday for talks with Xi.", date=DAY)
    assert not any(t[0] == "AID" for t in got), got


def test_troops_moved_to_a_town_are_no_show_of_force(analyzer):
    got = triples_in(analyzer, "Ankara moved two brigades to the town of Cizre on Sunday.", date=DAY)
    assert not any(t[0] == "MOBILIZE" and t[2] for t in got), got


def test_a_protest_against_a_thing_of_nobody_has_no_target(analyzer):
    got = triples_in(analyzer, "Thousands of Greeks protested against austerity on Sunday.", date=DAY)
    assert not any(t[0] == "PROTEST" and t[2] for t in got), got


def test_a_strike_launched_is_still_an_attack(analyzer):
    got = triples_in(analyzer, "Israel launched an air strike on Syrian positions on Monday.", date=DAY)
    assert ("ASSAULT", "ISR", "SYR") in got, got


def test_a_demand_with_a_modal_is_not_read_as_subjunctive(analyzer):
    """ "demanded that the talks should resume": an act with its modal, not a bare verb; unchanged."""
    events = coded_events(analyzer, "Russia demanded on Monday that the ban be lifted.", DAY)
    assert all(e.plover_type != "CONCEDE" or e.factuality != "asserted" for e in events), events


def test_the_day_of_a_week_keeps_its_of_phrase(nlp):
    """ "on Friday of last week": the "of" phrase is the day's own, not the act noun's."""
    from attache.nlp.repair import repair_parse

    doc = nlp("The talks on Friday of last week ended.")
    repair_parse(doc)
    of = next(t for t in doc if t.lower_ == "of")
    assert of.head.lower_ == "friday", [(t.text, t.head.text) for t in doc]


def test_build_up_is_one_token(nlp):
    assert "build-up" in [t.text for t in nlp("China's build-up of troops worried Taiwan.")]


def test_a_place_held_by_nobody_named_gives_no_target(analyzer):
    got = triples_in(analyzer, "Syrian jets bombed the camps on Monday.", date=DAY)
    assert not any(t[0] == "ASSAULT" and t[2] for t in got), got


def test_recognising_a_desire_in_the_passive_is_no_recognition(analyzer):
    got = triples_in(analyzer, "The desire for peace was recognised by Germany.", date=DAY)
    assert not any(t[0] == "SUPPORT" for t in got), got
