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


# (sentence, trigger word, factuality expected, or "not asserted"; the cue expected for a reported act, or None)
CASES = {
    "a past time clause under a future clause is fact": (
        "Costs will keep mounting for Ruritania since it launched its attack on Freedonia on March 3.",
        "attack",
        "asserted",
        None,
    ),
    "a past reason clause under a modal is fact": (
        "We should support Freedonia because Ruritania shelled its ports.",
        "shelled",
        "asserted",
        None,
    ),
    "a perfect since clause is fact": (
        "Prices will rise further since Ruritania has blockaded Freedonia.",
        "blockaded",
        "asserted",
        None,
    ),
    "a perfect after clause under a future still lies ahead": (
        "We will lift the sanctions after Ruritania has withdrawn its troops from Freedonia.",
        "withdrawn",
        "not asserted",
        None,
    ),
    "a present time clause keeps the future of its clause": (
        "We will sign the treaty with Freedonia after the minister arrives.",
        "sign",
        "planned",
        None,
    ),
    "a condition is not a time clause": (
        "We will impose sanctions on Ruritania if it attacks Freedonia.",
        "attacks",
        "hypothetical",
        None,
    ),
    "a first-person request with would is made (urge)": (
        "We would urge the Ruritanian authorities to free the reporters.",
        "urge",
        "asserted",
        None,
    ),
    "a first-person request with would is made (encourage)": (
        "I would encourage Freedonia and Ruritania to resume their dialogue.",
        "encourage",
        "asserted",
        None,
    ),
    "a first-person request with would is made (call on)": (
        "We would call on the junta to release the detained mayors.",
        "call",
        "asserted",
        None,
    ),
    "a third-party request with would stays hypothetical": (
        "The council would urge Ruritania to free the reporters.",
        "urge",
        "hypothetical",
        None,
    ),
    "a first-person request under a condition stays hypothetical": (
        "If the court confirms the verdict, we would urge Ruritania to free the reporters.",
        "urge",
        "hypothetical",
        None,
    ),
    "the content clause of an allegation is reported": (
        "The inquiry followed allegations the governor tried to pressure the judges of Freedonia.",
        "pressure",
        "reported",
        "allegations",
    ),
    "an accusation told by be is reported": (
        "The accusation against the mayor is that he asked the Ruritanian envoy to bribe officials.",
        "asked",
        "reported",
        "accusation",
    ),
    "an act next to an allegation noun but not its content is not reported": (
        "The governor met the Freedonian envoy to discuss the allegations.",
        "met",
        "asserted",
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_factuality_of_the_class(nlp, case):
    text, word, expected, cue = CASES[case]
    found = factuality_of(nlp, text, word, DATE)
    if expected == "not asserted":
        assert found[0] != "asserted"
    else:
        assert found[0] == expected
    if cue is not None:
        assert found[1] == cue


def test_an_act_of_phase_takes_the_date_of_the_first_coordinated_verb(nlp):
    text = "On Monday in Lyon, a gunman entered a bank, took a pistol from his bag and began to shoot customers."
    assert _date(nlp, text, "shoot")[1:] == ("2025-03-10", "day")


def test_a_promised_act_does_not_take_the_date_of_the_promise(nlp):
    text = "On Monday, the minister met the envoy and promised to visit Lyon."
    assert _date(nlp, text, "visit") == (None, None, None)
