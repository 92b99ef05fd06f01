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
possible, "has yet to" is not done. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attache.events.dates import event_date
from attache.events.factuality import factuality
from eventkit import coded_events, factuality_of, one

DATE = "2025-03-12"  # a Wednesday


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


# (class, sentence, trigger word, expected label, expected cue or None for any)
LABELS = [
    # allegation adverbs and modifiers: someone's claim
    ("alleged+", "Kenyan troops reportedly shelled the village on Monday.", "shelled", "reported", "reportedly"),
    ("alleged+", "Chile allegedly expelled two Peruvian diplomats.", "expelled", "reported", "allegedly"),
    ("alleged+", "The alleged attack on the convoy drew condemnation from Peru.", "attack", "reported", "alleged"),
    ("alleged-", "Kenyan troops shelled the village on Monday.", "shelled", "asserted", None),
    # conditions: "in the event of", "in case of"
    (
        "condition+",
        "In the event of an attack on its territory, Norway will respond.",
        "attack",
        "hypothetical",
        "in the event of",
    ),
    (
        "condition+",
        "In case of a blockade of the port, the navy would escort the ships.",
        "blockade",
        "hypothetical",
        "in case of",
    ),
    (
        "condition+",
        "He says that in the event of an invasion by Turkey, the militia will let the army defend the north.",
        "invasion",
        "hypothetical",
        None,
    ),
    ("condition-", "In the wake of the attack on the embassy, Norway recalled its envoy.", "attack", "asserted", None),
    # necessity adjectives
    ("need+", "It is imperative that we work with Peru on climate change.", "work", "hypothetical", "imperative"),
    ("need+", "It is essential to resume talks with Kenya.", "talks", "hypothetical", "essential"),
    ("need-", "It is important that Chile signed the treaty last year.", "signed", "asserted", None),
    ("need-", "It is clear that Russia attacked Ukraine.", "attacked", "asserted", None),
    # "be to": a plan
    ("be_to+", "The presidents are to discuss trade ties.", "discuss", "planned", "are to"),
    ("be_to+", "The Japanese prime minister is to visit Nairobi.", "visit", "planned", "is to"),
    ("be_to+", "Talks between Chile and Peru are to be held in Lima.", "held", "planned", "are to"),
    ("be_to-", "It is my pleasure to congratulate the people of Peru on their national day.", "congratulate", "asserted", None),
    ("be_to-", "The aim is to reach a deal with Kenya.", "deal", "hypothetical", "aim"),
    # "can": possible, not done; "can you ..." asks the listener
    ("can+", "Kazakhstan and Peru can break new ground in industrial cooperation.", "cooperation", "hypothetical", "can"),
    (
        "can-",
        "Can you bring us up to date on the talks between Chile and Peru, which are still going on.",
        "talks",
        "asserted",
        None,
    ),
    # a possessed act under a future predicate exists; one said to take place ahead is planned
    ("presupposed+", "Russia's aggression against Ukraine will end through diplomacy.", "aggression", "asserted", None),
    ("presupposed+", "Today's sanctions on Ruritania will cut its oil revenue.", "sanctions", "asserted", None),
    ("presupposed+", "Our commitment to the people of Moldova will not waver.", "commitment", "asserted", None),
    ("presupposed-", "Putin's visit to Turkey will take place next week.", "visit", "planned", "will"),
    ("presupposed-", "The minister's trip will begin on Monday.", "trip", "planned", "will"),
    # the speaker's own words: hedges and asides
    ("hedge+", "I should say that we welcome the agreement between Chile and Peru.", "welcome", "asserted", None),
    ("hedge-", "We would impose sanctions on Ruritania.", "impose", "hypothetical", "would"),
    ("aside+", "We further urge both parties, as I said yesterday, to return to talks.", "urge", "asserted", None),
    ("aside-", "Kenya shelled the village, the Somali officials said.", "shelled", "reported", "said"),
    # speech-act participles of a saying
    ("participle+", "Kenya said its troops had withdrawn, accusing Somalia of provocation.", "accusing", "asserted", None),
    (
        "participle+",
        "Officials acknowledged their army had shot down the plane, blaming human error and Peru.",
        "blaming",
        "asserted",
        None,
    ),
    ("participle-", "Officials said Kenyan troops shelled the village, killing ten civilians.", "killing", "reported", "said"),
    # wh-questions with an inverted modal ask about the act
    ("wh_modal+", "What guarantees can you offer Kenya?", "offer", "question", "?"),
    ("wh_modal+", "Why would Russia attack Finland?", "attack", "question", "?"),
    ("wh_modal-", "When will the envoy visit Nairobi?", "visit", "planned", "will"),
    ("wh_modal-", "Why did Japan expel the diplomats?", "expel", "asserted", None),
    (
        "wh_modal-",
        "And then, if I may, where does the government stand on Iraq's call for a withdrawal of Turkish forces?",
        "withdrawal",
        "demanded",
        "call",
    ),
    ("wh_modal-", "On the Chilean talks, what can you tell us about the outcome of the latest round?", "talks", "asserted", None),
    # "no" (read as YAML false until now), "not rule out", "yet to"
    ("no+", "No talks were held between Chile and Peru.", "talks", "negated", "No"),
    ("no+", "Kenya has no plans to expel the envoy.", "expel", "negated", "no"),
    ("no-", "There is no doubt that Russia attacked Ukraine.", "attacked", "asserted", None),
    ("rule_out+", "Kenya did not rule out sanctions against Somalia.", "sanctions", "hypothetical", "not rule"),
    ("rule_out+", "The minister refused to rule out military action against Somalia.", "action", "hypothetical", None),
    ("rule_out+", "Peru would not hesitate to impose sanctions on Chile.", "impose", "hypothetical", None),
    ("rule_out-", "Kenya did not impose sanctions on Somalia.", "impose", "negated", "not"),
    ("yet+", "Kenya has yet to recognise Somaliland.", "recognise", "negated", "yet"),
    ("yet-", "Kenya has recognised Somaliland.", "recognised", "asserted", None),
    # a document's wording
    ("reads+", 'The statement read: "The army killed the commander in a raid near the border."', "killed", "reported", "read"),
    ("reads-", "The minister read the letter aloud after Kenya recalled its envoy.", "recalled", "asserted", None),
]


@pytest.mark.parametrize(("kind", "text", "word", "label", "cue"), LABELS, ids=[f"{k}-{i}" for i, (k, *_) in enumerate(LABELS)])
def test_factuality_by_class(nlp, kind, text, word, label, cue):
    got = factuality_of(nlp, text, word, DATE)
    assert got[0] == label and (cue is None or got[1] == cue), (kind, got)


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

EVENT_DATES = [
    # the own stance and a speech-act participle take the date of the saying
    (
        "The Kenyan foreign ministry said on Tuesday that Kenya condemns the attack on the border post by Somali militants.",
        "ACCUSE",
        "condemns",
        ("asserted", "2025-03-11", "day"),
    ),
    (
        "On Saturday, officials from Iran acknowledged their army had shot down the plane, blaming the United States.",
        "ACCUSE",
        "blaming",
        ("asserted", "2025-03-08", "day"),
    ),
]


@pytest.mark.parametrize(("text", "ptype", "trigger", "expected"), EVENT_DATES)
def test_the_speakers_own_act_takes_the_date_of_the_saying(analyzer, text, ptype, trigger, expected):
    e = one(coded_events(analyzer, text, DATE), ptype, trigger)
    assert (e.factuality, e.date, e.date_precision) == expected


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
