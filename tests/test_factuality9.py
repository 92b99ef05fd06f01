"""Factuality and dates, eighth session (h14fact9): classes of the hand audits' factuality errors, each with cases it
must change and cases it must leave alone (guidelines sections 4 and 5; issue 14 Must 4). A party's own spokesperson
stating the party's present stance ("Lavrov said Russia supports ...") is the party's asserted act; adverbs and
modifiers of allegation ("reportedly", "the alleged attack") make an act someone's claim; "in the event of" is a
condition; "it is imperative that ..." is a need; "X is to visit" is a plan; "can" leaves an act possible; a
possessed act under a future predicate ("Russia's aggression will end") exists; "I would say" hedges, "as I said"
cites the speaker's own words; a speech-act participle of a saying ("..., urging X to ...") is the speaker's own act,
dated by the saying; a wh-question with an inverted modal asks about the act; "the statement read: ..." attributes;
a future time phrase of another noun does not make the trigger planned; a past time phrase of the object does not
date a present stance; "no talks were held" is negated (YAML read a bare "no" as false), "did not rule out X" leaves X
possible, "has yet to" is not done. Sentences written for these tests.

The one-word factuality cases of this file's classes are in tests/data/factuality.yaml (group fact9), run by
tests/test_factuality_cases.py; the two dated events of a saying are in tests/data/events.yaml (group fact9), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest

from attache.events.dates import event_date
from attache.events.factuality import factuality
from eventkit import coded_events, factuality_of, one

DATE = "2025-03-12"  # a Wednesday


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def test_an_allegation_adverb_keeps_the_named_source_of_the_report(nlp):
    text = "In a televised address, the government allegedly criticized the minister, the Chilean radio reported."
    assert factuality_of(nlp, text, "criticized", DATE) == ("reported", "reported", "the Chilean radio")


def test_a_statement_that_reads_names_the_statement(nlp):
    assert factuality_of(nlp, 'The statement read: "The army killed the commander."', "killed", DATE)[2] == "The statement"


def test_a_future_time_of_another_noun_event_does_not_plan_the_trigger(nlp):
    doc = nlp("My meeting earlier today with Kenya's foreign minister and my meeting later today with Kenya's president are key.")
    first, second = (t for t in doc if t.text == "meeting")
    assert factuality(first, first.sent, DATE)[0] == "asserted"
    assert factuality(second, second.sent, DATE)[:2] == ("planned", "later")


# --- a party's own stance told by its spokesperson (guidelines section 4: the statement is the act) ----------------

STANCES = [
    ("Russian Foreign Minister Sergei Lavrov said Russia supports the peace plan for Sudan.", "SUPPORT", "supports", "asserted"),
    ("Kremlin spokesman Dmitry Peskov said Russia rejects the proposal by Ukraine.", "REJECT", "rejects", "asserted"),
    # another party's act told by the speaker: his claim
    ("Russian Foreign Minister Sergei Lavrov said Ukraine rejects the talks with Russia.", "REJECT", "rejects", "reported"),
    # the own party's past act: told, not a stance stated now
    ("Russian Foreign Minister Sergei Lavrov said Russia had sent aid to Syria.", "AID", "sent", "reported"),
    # the own party's commitment: a plan
    ("Russian Foreign Minister Sergei Lavrov said Russia will send aid to Syria.", "AID", "send", "planned"),
]


@pytest.mark.parametrize(("text", "ptype", "trigger", "expected"), STANCES)
def test_a_spokespersons_statement_of_the_own_partys_present_stance_is_asserted(analyzer, text, ptype, trigger, expected):
    e = one(coded_events(analyzer, text, DATE), ptype, trigger)
    assert e.factuality == expected, (e.factuality, e.factuality_cue, e.attributed_to)
    assert (e.attributed_to is None) == (expected != "reported")


# --- dates -------------------------------------------------------------------------------------------------------------


def _date(nlp, text: str, word: str) -> tuple:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return event_date(tok, tok.sent, DATE)


def test_a_past_time_of_the_object_does_not_date_a_present_stance(nlp):
    text = "Norway strongly condemns the rocket attacks on Kirkuk, Iraq last night that came from Syria."
    assert _date(nlp, text, "condemns")[1] != "2025-03-11"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Kenyan president held talks with Somalia's president last night.", "held"),
        ("The United States condemned the missile strikes on Erbil last night.", "condemned"),
    ],
)
def test_a_past_act_keeps_its_own_past_time(nlp, text, word):
    assert _date(nlp, text, word)[1:] == ("2025-03-11", "day")
