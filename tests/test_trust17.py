"""Classes of wrong events read in the Feb 2022 USA-RUS dyad (sixteenth session): a negated copula or verb of
seeming over a readiness word, "not in a position to", "has yet to see"; the party of an "if" clause is no doer; a
governing verb's complement follows it; solidarity against an attack is no attack on who stands; help "against"
a party is not given to it; what is shared is no partner; "agreed that ..." is between the ones who agree; a bare
"the government" after a named one is that one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, factuality_of, mentions, triples_in

STATE = "https://www.state.gov/briefings/department-press-briefing/"


@pytest.mark.parametrize(
    "text, word, label",
    [
        ("We are not ready to sign the accord.", "sign", "negated"),
        ("We are ready to sign the accord.", "sign", "planned"),
        ("The two allies do not appear ready to consider the offer.", "ready", "negated"),
        ("I am not in a position to provide details of the talks.", "provide", "negated"),
        ("We have yet to see any withdrawal of troops from the border.", "withdrawal", "negated"),
        ("If Norway is committed to the deal, we will sign it.", "committed", "hypothetical"),
        ("I asked him how Canada would feel about admitting Mexico to the pact.", "admitting", "demanded"),
        ("Next, the minister is concerned about the vote.", "concerned", "asserted"),
    ],
)
def test_factuality_through_copulas_and_phrases(analyzer, text, word, label):
    assert factuality_of(analyzer.nlp, text, word)[0] == label


def test_the_party_of_a_condition_is_no_doer(analyzer):
    found = triples_in(analyzer, "If Chile chooses the path of talks, we are fully prepared to engage.", url=STATE)
    assert ("AGREE", "USA", "CHL") in found and not any(s == "CHL" for _t, s, _x in found), found


def test_a_clause_before_a_governing_verb_is_not_its_complement(analyzer):
    text = "We have discussed this before, but the Chilean peso has declined sharply."
    assert not any(t == "REJECT" for t, _s, _x in triples_in(analyzer, text, url=STATE))
    assert ("REJECT", "CHL", "PER") in triples_in(analyzer, "Chile declined to attend the talks with Peru.")


@pytest.mark.parametrize(
    "text",
    [
        "We stand resolutely together against Iran’s unprovoked attack.",
        "The United States and its partners are united in the face of Iranian aggression.",
    ],
)
def test_who_stands_against_an_attack_is_not_its_target(analyzer, text):
    found = triples_in(analyzer, text, url=STATE)
    assert not any(t == "ASSAULT" and x == "USA" for t, _s, x in found), found


def test_help_against_a_party_is_not_given_to_it(analyzer):
    found = triples_in(analyzer, "We stand with Israel against Iran’s attack.", url=STATE)
    assert ("SUPPORT", "USA", "ISR") in found and ("SUPPORT", "USA", "IRN") not in found, found
    assert ("ASSAULT", "IRN", "ISR") in found


def test_what_is_shared_is_no_partner(analyzer):
    text = "It is important to put Iran on notice and to share that information with our partners and to share it with the world."
    assert not any(t == "COOPERATE" and x == "IRN" for t, _s, x in triples_in(analyzer, text, url=STATE))
    text = "The Secretary shared with the Japanese Foreign Minister his recent engagement with Chinese counterparts."
    found = triples_in(analyzer, text, url=STATE)
    assert not any(x == "CHN" for _t, _s, x in found) and any(x == "JPN" for _t, _s, x in found), found


def test_agreed_that_is_between_those_who_agree(analyzer):
    text = "The Secretary and the Japanese Foreign Minister agreed that Iran’s violation of the accord demands a response."
    found = triples_in(analyzer, text, url=STATE)
    assert ("AGREE", "USA", "JPN") in found and not any(t == "AGREE" and x == "IRN" for t, _s, x in found), found


def test_a_bare_government_after_a_named_one_is_that_one(analyzer):
    filler = "The situation in the region remains fluid and we continue to watch it closely. " * 3
    ms = mentions(
        analyzer,
        "Russia was discussed at length. Russia is the main subject. Russia again. Russia and more Russia.",
        "We have paused most assistance for the Government of Niger. " + filler + "We will review our aid to the government.",
        published="2023-08-01",
        url=STATE,
    )
    bare = [m for m in ms if m.text == "government"]
    assert bare and bare[-1].country == "NER"


def test_the_agreement_event_between_the_two_has_no_third_side(analyzer):
    events = coded_events(
        analyzer,
        "The Secretary and the Japanese Foreign Minister agreed that Iran’s conduct is dangerous.",
        "2022-02-22",
        url=STATE,
    )
    agree = [e for e in events if e.plover_type == "AGREE"]
    assert agree and all(e.target is not None and e.target.country != "IRN" for e in agree)


def test_the_governments_own_office_is_not_a_holder_named_after_it_in_the_same_sentence(analyzer):
    text = (
        "Secretary Blinken met today with the Foreign Minister of Japan. Building on the President’s trilateral meeting "
        "with President Yoon Suk Yeol of the Republic of Korea, they discussed ways to deepen cooperation."
    )
    ms = mentions(analyzer, text, published="2022-07-08", url=STATE)
    bare = [m for m in ms if m.text == "President"]
    assert bare and bare[0].country == "USA"


def test_the_owner_of_a_feeling_is_who_holds_it(analyzer):
    found = triples_in(analyzer, "The Secretary reiterated our concerns about Iran’s missile tests.", url=STATE)
    assert ("ACCUSE", "USA", "IRN") in found, found
    text = "Secretary Blinken reiterated our ongoing concerns that Iran has the capacity to launch an attack on Israel."
    events = coded_events(analyzer, text, "2022-02-15", url=STATE)
    assert not any(e.plover_type == "ACCUSE" and e.target is not None and e.target.country == "USA" for e in events)
    assert ("ACCUSE", "PAK", "IND") in triples_in(analyzer, "Pakistan condemned India's strikes.")


def test_a_past_conjunct_hung_on_a_present_clause_belongs_to_the_past_verb(analyzer):
    text = (
        "The Secretary reiterated our concerns that Iran has the means to strike its neighbours at any moment "
        "and urged the Iraqi Foreign Minister to press Tehran."
    )
    found = triples_in(analyzer, text, url=STATE)
    assert ("REQUEST", "USA", "IRQ") in found and not any(t == "REQUEST" and s == "IRN" for t, s, _x in found), found


def test_support_against_a_party_is_not_support_of_it(analyzer):
    found = triples_in(analyzer, "In 2015, Oman started supporting the government of Yemen against the Houthi rebels.")
    assert ("SUPPORT", "OMN", "YEM") in found and not any(t == "SUPPORT" and x != "YEM" for t, _s, x in found), found
