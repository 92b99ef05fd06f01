"""Factuality, second round of the fifth session (issue 14, item 4): acts a question takes as given, possessed
event nouns told as fact under a plan, demand or modal of another verb, and the courteous "I would like to
thank / note". Sentences written for these tests (invented places: Ruritania, Freedonia, Sylvania)."""

from __future__ import annotations

import pytest

from eventkit import factuality_of as _label  # the session's nlp fixture is conftest's

# --- questions: the asked act vs the act the question takes as given ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("After the phone call between the Ruritanian president and the Freedonian premier, do you expect new talks?", "call"),
        ("Since the envoy met the hostages' families on Monday, is there any update on the case?", "met"),
        ("What is your reaction to Ruritania blaming Freedonia for the border clash?", "blaming"),
        ("Do you have any comment on the police attacking the protesters in the capital today?", "attacking"),
        ("What was the purpose of the envoy's visit to Sylvania last week?", "visit"),
    ],
)
def test_an_act_a_question_takes_as_given_is_not_a_question(nlp, text, word):
    label, cue, _ = _label(nlp, text, word)
    assert (label, cue) != ("question", "?"), (text, label, cue)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Will the minister visit Sylvania after the election?", "visit"),
        ("Has Ruritania blamed Freedonia for the border clash?", "blamed"),
        ("Do you expect a meeting between the two presidents soon?", "meeting"),
        ("What is your reaction, and will you sanction Freedonia?", "sanction"),
    ],
)
def test_the_act_a_question_asks_about_stays_a_question(nlp, text, word):
    label, cue, _ = _label(nlp, text, word)
    assert (label, cue) == ("question", "?"), (text, label, cue)


def test_a_given_act_in_a_journalists_turn_is_reported_by_the_questioner(nlp):
    text = "MR SMITH: Go ahead. QUESTION: After the call between the Ruritanian and Freedonian leaders, what comes next?"
    label, cue, attributed = _label(nlp, text, "call")
    assert (label, attributed) == ("reported", "QUESTION"), (label, cue, attributed)


# --- possessed event nouns: a background act, not what another verb plans or demands ---------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministers pledged to keep imposing costs on Ruritania for its aggression against Freedonia.", "aggression"),
        ("We will hold the junta accountable for its attacks on civilians.", "attacks"),
        ("Even as Ruritania's invasion drags on, we will stay focused on the economy.", "invasion"),
        ("They called for justice for the victims of Ruritania's bombardment of the port.", "bombardment"),
    ],
)
def test_a_possessed_event_noun_told_as_fact_is_asserted(nlp, text, word):
    label, cue, _ = _label(nlp, text, word)
    assert label == "asserted", (text, label, cue)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("We will discuss the minister's upcoming visit to Sylvania next week.", "visit", "planned"),
        ("Ruritania's invasion of Freedonia would be a catastrophe for the region.", "invasion", "hypothetical"),
        ("They plan to sign the accord with Sylvania in June.", "sign", "planned"),
        ("We urged Ruritania to end the blockade of the port.", "blockade", "demanded"),
    ],
)
def test_prospective_acts_keep_their_factuality(nlp, text, word, expected):
    label, cue, _ = _label(nlp, text, word)
    assert label == expected, (text, label, cue)


# --- "I would like to thank": the speaker's own act, not a condition ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I would like to thank the Freedonian government for its hospitality.", "thank"),
        ("I would like to note the Sylvanian institute's valuable contribution to our joint research.", "contribution"),
        ("We would like to congratulate the people of Ruritania on their national day.", "congratulate"),
    ],
)
def test_would_like_to_thank_is_asserted(nlp, text, word):
    label, cue, _ = _label(nlp, text, word)
    assert label == "asserted", (text, label, cue)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We would like to see Ruritania withdraw its troops from the border.", "withdraw"),
        ("If asked, the minister would thank the Freedonian government.", "thank"),
    ],
)
def test_a_wish_or_a_condition_with_would_is_not_asserted(nlp, text, word):
    label, cue, _ = _label(nlp, text, word)
    assert label != "asserted", (text, label, cue)


# --- a condition by inversion ("should it ...") covers what follows it -----------------------------------


def test_an_inverted_condition_does_not_reach_back_to_the_clause_before(nlp):
    text = (
        "The ministers restated their support for Freedonia's independence and their readiness to impose costs on "
        "Ruritania should it launch another offensive against Freedonia."
    )
    assert _label(nlp, text, "support")[0] == "asserted"
    assert _label(nlp, text, "offensive")[0] == "hypothetical"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The deputy envoy will accompany the special envoy on his trip to Sylvania.", "trip"),
        ("The minister will also meet young entrepreneurs during her visit to Freedonia.", "visit"),
        ("With regard to my meeting later today with the prince, we have much to discuss.", "meeting"),
    ],
)
def test_a_possessed_trip_or_meeting_framing_a_planned_act_is_planned(nlp, text, word):
    label, cue, _ = _label(nlp, text, word)
    assert label == "planned", (text, label, cue)


def test_a_meeting_framing_a_future_act_in_a_question_is_planned(nlp):
    text = "Do you think the Ruritanians will respond to the proposal only after the conversation between the two ministers?"
    assert _label(nlp, text, "conversation")[0] == "planned"
