"""Factuality and dates, twelfth session (h14full13): events whose type and sides are right but which are not fully
right. A clause of time or reason told in the past is fact, whatever the modal of the clause it hangs from; a
first-person request with a modal ("we would urge") is made by saying it; the finite content clause of a noun of
allegation is the allegation's claim (reported); an act told as the infinitive of a verb of phase ("began to stab")
takes the date of the coordinated narrative. Sentences written for these tests; each class with a case it must leave
alone."""

from __future__ import annotations

import pytest

from attache.events.dates import event_date
from eventkit import factuality_of

DATE = "2025-03-12"  # a Wednesday


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def _date(nlp, text: str, word: str, future: bool = False):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return event_date(tok, tok.sent, DATE, future=future)


def test_a_past_time_clause_under_a_future_clause_is_fact(nlp):
    text = "Costs will keep mounting for Ruritania since it launched its attack on Freedonia on March 3."
    assert factuality_of(nlp, text, "attack", DATE)[0] == "asserted"


def test_a_past_reason_clause_under_a_modal_is_fact(nlp):
    text = "We should support Freedonia because Ruritania shelled its ports."
    assert factuality_of(nlp, text, "shelled", DATE)[0] == "asserted"


def test_a_perfect_since_clause_is_fact(nlp):
    text = "Prices will rise further since Ruritania has blockaded Freedonia."
    assert factuality_of(nlp, text, "blockaded", DATE)[0] == "asserted"


def test_a_perfect_after_clause_under_a_future_still_lies_ahead(nlp):
    text = "We will lift the sanctions after Ruritania has withdrawn its troops from Freedonia."
    assert factuality_of(nlp, text, "withdrawn", DATE)[0] != "asserted"


def test_a_present_time_clause_keeps_the_future_of_its_clause(nlp):
    text = "We will sign the treaty with Freedonia after the minister arrives."
    assert factuality_of(nlp, text, "sign", DATE)[0] == "planned"


def test_a_condition_is_not_a_time_clause(nlp):
    text = "We will impose sanctions on Ruritania if it attacks Freedonia."
    assert factuality_of(nlp, text, "attacks", DATE)[0] == "hypothetical"


@pytest.mark.parametrize(
    "text,word",
    [
        ("We would urge the Ruritanian authorities to free the reporters.", "urge"),
        ("I would encourage Freedonia and Ruritania to resume their dialogue.", "encourage"),
        ("We would call on the junta to release the detained mayors.", "call"),
    ],
)
def test_a_first_person_request_with_would_is_made(nlp, text, word):
    assert factuality_of(nlp, text, word, DATE)[0] == "asserted"


def test_a_third_party_request_with_would_stays_hypothetical(nlp):
    text = "The council would urge Ruritania to free the reporters."
    assert factuality_of(nlp, text, "urge", DATE)[0] == "hypothetical"


def test_a_first_person_request_under_a_condition_stays_hypothetical(nlp):
    text = "If the court confirms the verdict, we would urge Ruritania to free the reporters."
    assert factuality_of(nlp, text, "urge", DATE)[0] == "hypothetical"


def test_the_content_clause_of_an_allegation_is_reported(nlp):
    text = "The inquiry followed allegations the governor tried to pressure the judges of Freedonia."
    assert factuality_of(nlp, text, "pressure", DATE)[:2] == ("reported", "allegations")


def test_an_accusation_that_is_told_by_be_is_reported(nlp):
    text = "The accusation against the mayor is that he asked the Ruritanian envoy to bribe officials."
    assert factuality_of(nlp, text, "asked", DATE)[:2] == ("reported", "accusation")


def test_an_act_next_to_an_allegation_noun_but_not_its_content_is_not_reported(nlp):
    text = "The governor met the Freedonian envoy to discuss the allegations."
    assert factuality_of(nlp, text, "met", DATE)[0] == "asserted"


def test_an_act_of_phase_takes_the_date_of_the_first_coordinated_verb(nlp):
    text = "On Monday in Lyon, a gunman entered a bank, took a pistol from his bag and began to shoot customers."
    assert _date(nlp, text, "shoot")[1:] == ("2025-03-10", "day")


def test_a_promised_act_does_not_take_the_date_of_the_promise(nlp):
    text = "On Monday, the minister met the envoy and promised to visit Lyon."
    assert _date(nlp, text, "visit") == (None, None, None)
