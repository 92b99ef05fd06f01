"""Conditional and offered acts, eleventh session (h14cond12): a condition clause that governs the trigger's clause
("will impose costs on X if it escalates", "unless", "should it ...", "in case") makes the act hypothetical
(guidelines section 4: "if Russia invades, we will impose sanctions: the SANCTION is hypothetical"); a noun of
readiness over the trigger ("his readiness to visit X") makes it planned, as the adjective does; a coercive act so
offered is a threat, asserted (worked example 8, PLOVER THREATEN); "if it chooses to X" reads X as the condition.
Left alone: "even if" (a concession), "as if", an "if" clause of a past telling, an act that is the subject of the
conditional verb ("the sanctions will be lifted if ..."), a condition on the act's own clause's antecedent. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, factuality_of, one

DATE = "2026-03-11"


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def test_if_clause_governing_the_act_makes_it_hypothetical(nlp):
    text = "The minister will visit Tallinn next month if the weather allows."
    assert factuality_of(nlp, text, "visit", DATE)[:2] == ("hypothetical", "if")


def test_unless_clause_governing_the_act_makes_it_hypothetical(nlp):
    text = "Norway will send more doctors to Chad unless the airport closes."
    assert factuality_of(nlp, text, "send", DATE)[:2] == ("hypothetical", "unless")


def test_in_case_clause_makes_both_acts_hypothetical(nlp):
    text = "Finland will move extra brigades to its border in case Belarus invades Latvia."
    assert factuality_of(nlp, text, "move", DATE)[:2] == ("hypothetical", "in case")
    assert factuality_of(nlp, text, "invades", DATE)[:2] == ("hypothetical", "in case")


def test_even_if_is_a_concession_not_a_condition(nlp):
    text = "Canada will keep training Ukrainian pilots even if Moscow protests."
    assert factuality_of(nlp, text, "training", DATE)[0] == "planned"


def test_as_if_is_a_manner_not_a_condition(nlp):
    text = "The delegation will meet the Moldovan premier as if nothing had happened."
    assert factuality_of(nlp, text, "meet", DATE)[0] == "planned"


def test_if_clause_of_a_past_telling_leaves_the_act_asserted(nlp):
    text = "If anything, Peru expelled the attaché because the talks had stalled."
    assert factuality_of(nlp, text, "expelled", DATE)[0] == "asserted"


def test_subject_of_the_conditional_verb_is_not_under_the_condition(nlp):
    text = "The embargo on Iranian oil will end if Tehran signs the accord."
    assert factuality_of(nlp, text, "embargo", DATE)[0] != "hypothetical"


def test_readiness_noun_makes_the_offered_act_planned(nlp):
    text = "The Chilean president expressed his readiness to visit Lima."
    assert factuality_of(nlp, text, "visit", DATE)[:2] == ("planned", "readiness")


def test_readiness_noun_with_the_infinitive_hung_on_the_verb(nlp):
    text = "Kenya made clear its willingness, together with Uganda, to host the negotiators."
    assert factuality_of(nlp, text, "host", DATE)[:2] == ("planned", "willingness")


def test_noun_not_of_readiness_leaves_the_act_alone(nlp):
    text = "Kenya made clear its position, together with Uganda, to host the negotiators."
    assert factuality_of(nlp, text, "host", DATE)[0] != "planned"


def test_coercive_act_offered_under_condition_is_an_asserted_threat(analyzer):
    text = (
        "The foreign minister of Sweden made clear Swedish willingness, alongside its Nordic partners, to impose harsh "
        "penalties on Belarus if it chooses to escalate."
    )
    events = coded_events(analyzer, text, DATE)
    threat = one(events, "THREATEN")
    assert threat.factuality == "asserted"
    assert (threat.source.country, threat.target.country) == ("SWE", "BLR")
    assert not [e for e in events if e.plover_type == "SANCTION"]


def test_coercive_act_offered_by_readiness_alone_is_an_asserted_threat(analyzer):
    text = "The Dutch government made clear its willingness, with its partners, to impose new sanctions on Syria."
    threat = one(coded_events(analyzer, text, DATE), "THREATEN")
    assert threat.factuality == "asserted"
    assert threat.target.country == "SYR"


def test_threat_inside_the_condition_stays_hypothetical(analyzer):
    text = "If Azerbaijan threatens Armenia again, France will recall its ambassador."
    threat = one(coded_events(analyzer, text, DATE), "THREATEN", "threatens")
    assert threat.factuality == "hypothetical"


def test_cooperative_act_under_condition_is_not_retyped(analyzer):
    text = "Japan will send food aid to North Korea if Pyongyang opens its border."
    aid = one(coded_events(analyzer, text, DATE), "AID")
    assert aid.factuality == "hypothetical"


def test_wonder_if_is_whether_not_a_condition(nlp):
    text = "I wonder if Ottawa is drafting a plan, whether any envoy is going to meet the Peruvian officials."
    assert factuality_of(nlp, text, "meet", DATE)[1] not in ("if", "unless")


def test_until_and_unless_is_no_condition_on_the_act(nlp):
    text = "Until and unless we see a change in Minsk, we will continue to work with our Lithuanian partners."
    assert factuality_of(nlp, text, "work", DATE)[0] == "planned"


def test_readiness_noun_given_as_a_reason_is_told_as_fact(nlp):
    text = "Spain thanked Morocco for its willingness to accept the migrants."
    assert factuality_of(nlp, text, "accept", DATE)[0] != "planned"


def test_past_if_with_no_modal_consequent_is_no_condition(nlp):
    assert factuality_of(nlp, "My apologies if I misspelled the Latvian minister's name.", "apologies", DATE)[0] == "asserted"


def test_readiness_word_itself_is_the_offer_made_now(nlp):
    text = "Lukashenko said this morning that he is willing to hand over the pilots to Poland if Warsaw hands over the smugglers."
    assert factuality_of(nlp, text, "willing", DATE)[0] != "hypothetical"
