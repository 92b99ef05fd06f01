"""Classes read in the tuning sets' misses (seventeenth session): a person named beside an office that says whose it is
(", Ghana's foreign minister", "Qatar's emir, Sheikh ...") takes that country; beside an international organisation's
office (", the UN spokesman", ", the United Nations envoy for Yemen") that organisation, not the country the office is
about; a news outlet spoken to ("told AFP", "in an interview with CNN") is no party of the sentence's acts. Sentences
written for these tests, with invented names where the knowledge base could know the person."""

from __future__ import annotations

import pytest

from eventkit import coded_events, factuality_of, mention, mentions, triples

DAY = "2023-03-15"
STATE = "https://www.state.gov/briefings/department-press-briefing/"


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Nigeria's president, Olu Bako, met Kwame Asante, Ghana's foreign minister, in Accra.", "Kwame Asante", "GHA"),
        ("Olu Bako met Kwame Asante, Ghana's new foreign minister, in Accra.", "Kwame Asante", "GHA"),
        ("Qatar's emir, Sheikh Hamid bin Nasser al-Kuwari, launched a mediation effort.", "Hamid", "QAT"),
    ],
)
def test_a_name_beside_a_country_office_is_of_that_country(analyzer, text, name, country):
    m = mention(mentions(analyzer, text, published=DAY), name)
    assert m.country == country and m.kind == "person", m


@pytest.mark.parametrize(
    "text, name",
    [
        ("Stephane Dujarric, the UN spokesman, said the convoy was attacked.", "Stephane Dujarric"),
        ("Martin Hollis, the United Nations envoy for Yemen, met the Houthis in Sanaa.", "Martin Hollis"),
        ("Kenji Arakawa, the United Nations Emergency Relief Coordinator, urged the parties to allow aid.", "Kenji Arakawa"),
    ],
)
def test_a_name_beside_an_organisation_office_is_its_officer(analyzer, text, name):
    m = mention(mentions(analyzer, text, published=DAY), name)
    assert m.sector == "IGO" and m.country is None, m


def test_an_outlet_told_is_no_side(analyzer):
    text = (
        "One third of the rebel fighters operating in Chad have been demobilized since the peace accord, "
        "two Sudanese rebel commanders told AFP by phone on Sunday."
    )
    events = coded_events(analyzer, text, DAY)
    assert not any("AFP" in (e.target.name or "") for e in events if e.target is not None), triples(events)


def test_an_outlet_spoken_to_is_no_partner_but_an_outlet_acted_on_is(analyzer):
    told = coded_events(analyzer, "President Ruto said in an interview with CNN that Kenya would send troops to Haiti.", DAY)
    assert not any(e.target is not None and e.target.sector == "MED" for e in told), triples(told)
    banned = triples(coded_events(analyzer, "Russia banned the BBC on Friday.", DAY))
    assert any(s == "RUS" and t == "GBR" for _ty, s, t in banned), banned


@pytest.mark.parametrize(
    "text, word, label",
    [
        ("The Secretary urged Chile to de-escalate and condemned the attack on the embassy.", "condemned", "asserted"),
        ("The minister called for restraint and thanked Qatar for its mediation.", "thanked", "asserted"),
        ("The two ministers agreed on a ceasefire and condemned the attack on the embassy.", "condemned", "asserted"),
        ("Peru refused the offer and attacked the city.", "attacked", "asserted"),
        ("Peru refused to withdraw and attacked the city.", "attacked", "asserted"),
        (
            "They agreed Chile's sovereignty must be respected, condemned the atrocities committed by Peru's forces.",
            "condemned",
            "asserted",
        ),
        # an infinitive's conjunct has no tense of its own: still under the verb
        ("Peru agreed to withdraw and sign the deal.", "sign", "planned"),
        ("We urge Peru to withdraw and end the war.", "end", "demanded"),
    ],
)
def test_a_finite_conjunct_is_beside_the_verb_not_under_it(analyzer, text, word, label):
    assert factuality_of(analyzer.nlp, text, word)[0] == label


def test_a_participle_of_a_thing_names_its_own_doer(analyzer):
    text = (
        "The ministry is designating four individuals and one entity operating in Chile's territory in collaboration with Peru."
    )
    assert not any(t == "COOPERATE" for t, _s, _x in triples(coded_events(analyzer, text, DAY)))


def test_a_joint_subject_standing_together_supports_each_other(analyzer):
    found = triples(coded_events(analyzer, "The people of Chile and Norway stand together as champions of democracy.", DAY))
    assert ("SUPPORT", "CHL", "NOR") in found, found
    assert not triples(coded_events(analyzer, "Chile and Norway stand by their decision.", DAY))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Islamist fighters seized the town in a bid to topple the Malian government.", ("ASSAULT", None, "MLI")),
        (
            "Rebels in the Ivory Coast blocked transport into Abidjan as they continued their effort to overthrow the "
            "government of President Alassane Ouattara.",
            ("PROTEST", "CIV", "CIV"),
        ),
    ],
)
def test_an_act_aimed_at_removing_a_party_targets_it(analyzer, text, expected):
    assert expected in triples(coded_events(analyzer, text, DAY))


def test_a_party_of_another_doer_clause_is_not_the_acts_target(analyzer):
    text = (
        "Opposition lawmakers attacked the inquiry, with Senator Jane Holt calling the process "
        '"a coup to unseat a sitting president of Chile".'
    )
    assert not any(t == "ASSAULT" and x is not None for t, _s, x in triples(coded_events(analyzer, text, DAY)))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kenji Arakawa, the United Nations Emergency Relief Coordinator, asked for access.", "Arakawa"),
        ("Stephane Marin, the UN spokesman, said the convoy was attacked.", "Marin"),
    ],
)
def test_a_name_the_parser_took_for_a_place_or_body_is_the_officer_its_appositive_names(analyzer, text, name):
    m = mention(mentions(analyzer, text, published=DAY), name)
    assert m.kind == "person" and m.sector == "IGO", m


def test_the_parties_to_a_conflict_in_a_country_are_of_that_country(analyzer):
    ms = mentions(analyzer, "The envoy urged the parties to the conflict in Yemen to allow aid through.", published=DAY)
    assert mention(ms, "parties").country == "YEM"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Macron accepted an invitation to visit Lima.", {("AGREE", "FRA", "PER"), ("CONSULT", "FRA", "PER")}),
        ("Iran declined an invitation to join the talks with Peru.", {("REJECT", "IRN", "PER"), ("CONSULT", "IRN", "PER")}),
    ],
)
def test_an_answer_to_an_offer_is_toward_the_other_party_of_the_act_offered(analyzer, text, expected):
    found = triples(coded_events(analyzer, text, DAY))
    assert expected <= found, found


def test_the_act_of_a_declined_offer_is_not_done(analyzer):
    events = coded_events(analyzer, "Iran declined an invitation to join the talks with Peru.", DAY)
    consult = [e for e in events if e.plover_type == "CONSULT"]
    assert consult and all(e.factuality == "negated" for e in consult), [(e.plover_type, e.factuality) for e in events]


def test_the_sender_of_an_invitation_is_not_the_one_invited(analyzer):
    found = triples(coded_events(analyzer, "Putin sent an invitation to visit Lima to Modi.", DAY))
    assert not any(t == "CONSULT" and s == "RUS" and x == "PER" for t, s, x in found), found


def test_what_declined_as_a_figure_is_not_negated(analyzer):
    assert factuality_of(analyzer.nlp, "Chilean copper exports to China declined sharply.", "exports")[0] != "negated"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru issued a joint statement on the border.",
        "The joint statement of Chile and Peru was welcomed.",
        "The measures are outlined in the July 21 Joint Statement of Chile and Peru on Support for Bolivia.",
    ],
)
def test_a_joint_statement_is_its_parties_agreement(analyzer, text):
    found = triples(coded_events(analyzer, text, DAY))
    assert ("AGREE", "CHL", "PER") in found, found


def test_a_light_verb_of_issue_carries_its_noun(analyzer):
    found = triples(coded_events(analyzer, "Chile issued a warning to Peru.", DAY))
    assert ("THREATEN", "CHL", "PER") in found, found


def test_a_lone_we_standing_together_names_no_partner(analyzer):
    # the partner of a lone "we" is not guessed from a pair named earlier in a briefing
    text = (
        "The Secretary spoke with the Foreign Minister of Chile about Peru. "
        "We mark the anniversary of relations with Estonia, Latvia and Lithuania. "
        "Today we stand together as close friends, strategic partners, and strong Allies."
    )
    events = coded_events(analyzer, text, DAY, url=STATE)
    assert not any(e.trigger == "stand" for e in events), triples(events)


def test_we_stand_united_with_a_party_supports_it(analyzer):
    assert ("SUPPORT", "USA", "UKR") in triples(coded_events(analyzer, "We stand united with Ukraine.", DAY, url=STATE))


def test_the_release_of_a_document_is_no_release_of_a_prisoner(analyzer):
    text = "Chile has taken measures including the release of a business advisory on Peru."
    assert not any(t == "RETREAT" for t, _s, _x in triples(coded_events(analyzer, text, DAY)))


def test_two_parties_that_keep_standing_together(analyzer):
    text = "Chile and Peru will keep standing together against any provocative actions by Bolivia."
    assert ("SUPPORT", "CHL", "PER") in triples(coded_events(analyzer, text, DAY))
