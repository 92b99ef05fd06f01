"""Factuality and dates, eighth session (h14fact9): classes of the hand audits' factuality errors, each with a case it
must change and a case it must leave alone (guidelines section 4 and 5; issue 14 Must 4). A party's own spokesperson
stating the party's present stance ("Lavrov said Russia supports ...") is the party's asserted act; adverbs and
modifiers of allegation ("reportedly", "the alleged attack") make an act someone's claim; "in the event of" is a
condition; "it is imperative that ..." is a need; "X is to visit" is a plan; a possessed act under a future predicate
("Russia's aggression will end") exists; "I would say" hedges, "as I said" cites the speaker's own words; a
speech-act participle of a saying ("..., urging X to ...") is the speaker's own act, dated by the saying; a
wh-question with a modal asks about the act; "the statement read: ..." attributes; a future time phrase of another
noun does not make the trigger planned; a past time phrase of the object does not date a present stance. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from attache.events.dates import event_date
from attache.events.factuality import factuality
from eventkit import coded_events, one

DATE = "2025-03-12"  # a Wednesday


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def _label(nlp, text: str, word: str, nth: int = 0) -> tuple[str, str | None, str | None]:
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][nth]
    return factuality(tok, tok.sent, DATE)


# --- a party's own stance told by its spokesperson (guidelines section 4: the statement is the act) ----------------


@pytest.mark.parametrize(
    ("text", "ptype", "trigger"),
    [
        ("Russian Foreign Minister Sergei Lavrov said Russia supports the peace plan for Sudan.", "SUPPORT", "supports"),
        ("Kremlin spokesman Dmitry Peskov said Russia rejects the proposal by Ukraine.", "REJECT", "rejects"),
    ],
)
def test_a_spokesperson_stating_the_own_partys_present_stance_is_asserted(analyzer, text, ptype, trigger):
    e = one(coded_events(analyzer, text, DATE), ptype, trigger)
    assert (e.factuality, e.attributed_to) == ("asserted", None), (e.factuality, e.attributed_to)


@pytest.mark.parametrize(
    ("text", "ptype", "trigger", "expected"),
    [
        # another party's act told by the speaker: his claim
        ("Russian Foreign Minister Sergei Lavrov said Ukraine rejects the talks with Russia.", "REJECT", "rejects", "reported"),
        # the own party's past act: told, not stated as a stance now
        ("Russian Foreign Minister Sergei Lavrov said Russia had sent aid to Syria.", "AID", "sent", "reported"),
        # the own party's commitment: a plan
        ("Russian Foreign Minister Sergei Lavrov said Russia will send aid to Syria.", "AID", "send", "planned"),
    ],
)
def test_what_the_spokesperson_says_of_others_or_of_the_past_is_not_made_asserted(analyzer, text, ptype, trigger, expected):
    e = one(coded_events(analyzer, text, DATE), ptype, trigger)
    assert e.factuality == expected, (e.factuality, e.factuality_cue)


def test_the_own_stance_takes_the_date_of_the_saying(analyzer):
    text = "The Kenyan foreign ministry said on Tuesday that Kenya condemns the attack on the border post by Somali militants."
    e = one(coded_events(analyzer, text, DATE), "ACCUSE", "condemns")
    assert (e.factuality, e.date, e.date_precision) == ("asserted", "2025-03-11", "day")


# --- allegation adverbs and modifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("Kenyan troops reportedly shelled the village on Monday.", "shelled", "reportedly"),
        ("Chile allegedly expelled two Peruvian diplomats.", "expelled", "allegedly"),
        ("The alleged attack on the convoy drew condemnation from Peru.", "attack", "alleged"),
    ],
)
def test_an_act_told_as_alleged_is_reported(nlp, text, word, cue):
    assert _label(nlp, text, word)[:2] == ("reported", cue)


def test_an_allegation_adverb_keeps_the_named_source_of_the_report(nlp):
    text = "In a televised address, the government allegedly criticized the minister, the Chilean radio reported."
    assert _label(nlp, text, "criticized")[0] == "reported"
    assert _label(nlp, text, "criticized")[2] == "the Chilean radio"


def test_an_act_told_plainly_stays_asserted(nlp):
    assert _label(nlp, "Kenyan troops shelled the village on Monday.", "shelled")[0] == "asserted"


# --- conditions and needs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In the event of an attack on its territory, Norway will respond.", "attack"),
        ("In case of a blockade of the port, the navy would escort the ships.", "blockade"),
        ("He says that in the event of an invasion by Turkey, the militia will let the army defend the north.", "invasion"),
    ],
)
def test_an_act_under_in_the_event_of_is_a_condition(nlp, text, word):
    assert _label(nlp, text, word)[0] == "hypothetical"


def test_an_act_after_in_the_wake_of_is_no_condition(nlp):
    assert _label(nlp, "In the wake of the attack on the embassy, Norway recalled its envoy.", "attack")[0] == "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It is imperative that we work with Peru on climate change.", "work"),
        ("It is essential to resume talks with Kenya.", "talks"),
    ],
)
def test_what_is_said_to_be_necessary_is_not_done(nlp, text, word):
    assert _label(nlp, text, word)[0] == "hypothetical"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It is important that Chile signed the treaty last year.", "signed"),
        ("It is clear that Russia attacked Ukraine.", "attacked"),
    ],
)
def test_a_done_act_in_an_evaluated_clause_stays_asserted(nlp, text, word):
    assert _label(nlp, text, word)[0] == "asserted"


# --- plans: "be to" ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The presidents are to discuss trade ties.", "discuss"),
        ("The Japanese prime minister is to visit Nairobi.", "visit"),
        ("Talks between Chile and Peru are to be held in Lima.", "held"),
    ],
)
def test_be_to_is_a_plan(nlp, text, word):
    assert _label(nlp, text, word)[:2] in (("planned", "are to"), ("planned", "is to"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("It is my pleasure to congratulate the people of Peru on their national day.", "congratulate", "asserted"),
        ("The aim is to reach a deal with Kenya.", "deal", "hypothetical"),
    ],
)
def test_a_courtesy_or_an_aim_is_no_be_to_plan(nlp, text, word, expected):
    assert _label(nlp, text, word)[0] == expected


# --- a possessed act under a future predicate exists --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russia's aggression against Ukraine will end through diplomacy.", "aggression"),
        ("Today's sanctions on Ruritania will cut its oil revenue.", "sanctions"),
        ("Our commitment to the people of Moldova will not waver.", "commitment"),
    ],
)
def test_a_possessed_act_whose_predicate_lies_ahead_is_asserted(nlp, text, word):
    assert _label(nlp, text, word)[0] == "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Putin's visit to Turkey will take place next week.", "visit"),
        ("The minister's trip will begin on Monday.", "trip"),
    ],
)
def test_a_possessed_act_said_to_take_place_ahead_is_planned(nlp, text, word):
    assert _label(nlp, text, word)[0] == "planned"


# --- the speaker's own words: hedges and asides ----------------------------------------------------------------------


def test_i_should_say_is_a_hedge_not_a_condition(nlp):
    assert _label(nlp, "I should say that we welcome the agreement between Chile and Peru.", "welcome")[0] == "asserted"


def test_we_would_still_sets_a_condition(nlp):
    assert _label(nlp, "We would impose sanctions on Ruritania.", "impose")[:2] == ("hypothetical", "would")


def test_as_i_said_cites_the_speakers_own_words(nlp):
    assert _label(nlp, "We further urge both parties, as I said yesterday, to return to talks.", "urge")[0] == "asserted"


def test_a_third_partys_saying_still_attributes(nlp):
    label, cue, speaker = _label(nlp, "Kenya shelled the village, the Somali officials said.", "shelled")
    assert (label, speaker) == ("reported", "the Somali officials")


# --- speech-act participles of a saying -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya said its troops had withdrawn, accusing Somalia of provocation.", "accusing"),
        ("Officials acknowledged their army had shot down the plane, blaming human error and Peru.", "blaming"),
    ],
)
def test_a_speech_act_participle_of_a_saying_is_the_speakers_own_act(nlp, text, word):
    assert _label(nlp, text, word)[0] == "asserted"


def test_a_material_participle_stays_inside_what_was_said(nlp):
    text = "Officials said Kenyan troops shelled the village, killing ten civilians."
    assert _label(nlp, text, "killing")[:3] == ("reported", "said", "Officials")


def test_the_participle_takes_the_date_of_the_saying(analyzer):
    text = "On Saturday, officials from Iran acknowledged their army had shot down the plane, blaming the United States."
    e = one(coded_events(analyzer, text, DATE), "ACCUSE", "blaming")
    assert (e.factuality, e.date, e.date_precision) == ("asserted", "2025-03-08", "day")


# --- questions with a modal, documents that read ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [("What guarantees can you offer Kenya?", "offer"), ("Why would Russia attack Finland?", "attack")],
)
def test_a_wh_question_with_a_modal_asks_about_the_act(nlp, text, word):
    assert _label(nlp, text, word)[:2] == ("question", "?")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("When will the envoy visit Nairobi?", "visit", "planned"),
        ("Why did Japan expel the diplomats?", "expel", "asserted"),
        ("And then, if I may, where does the government stand on Iraq's call for a withdrawal of Turkish forces?", "withdrawal", "demanded"),
    ],
)
def test_a_wh_question_without_an_inverted_modal_takes_its_act_as_given(nlp, text, word, expected):
    assert _label(nlp, text, word)[0] == expected


def test_a_statement_that_reads_attributes_its_words(nlp):
    label, cue, speaker = _label(nlp, 'The statement read: "The army killed the commander in a raid near the border."', "killed")
    assert (label, cue, speaker) == ("reported", "read", "The statement")


def test_a_person_reading_a_letter_attributes_nothing(nlp):
    assert _label(nlp, "The minister read the letter aloud after Kenya recalled its envoy.", "recalled")[0] == "asserted"


# --- time phrases of another act -----------------------------------------------------------------------------------


def test_a_future_time_of_another_noun_event_does_not_plan_the_trigger(nlp):
    text = "My meeting earlier today with Kenya's foreign minister and my meeting later today with Kenya's president are important."
    assert _label(nlp, text, "meeting", 0)[0] == "asserted"
    assert _label(nlp, text, "meeting", 1)[:2] == ("planned", "later")


def _date(nlp, text: str, word: str) -> tuple:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return event_date(tok, tok.sent, DATE)


def test_a_past_time_of_the_object_does_not_date_a_present_stance(nlp):
    text = "The United States strongly condemns the missile strikes on Erbil last night that emanated from Iran."
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
