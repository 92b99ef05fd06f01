"""Factuality, second round of the fifth session (issue 14, item 4): acts a question takes as given, possessed
event nouns told as fact under a plan, demand or modal of another verb, and the courteous "I would like to
thank / note". Sentences written for these tests (invented places: Ruritania, Freedonia, Sylvania).
The parametrised one-word cases of this file are in tests/data/factuality.yaml (fifth), run by
tests/test_factuality_cases.py."""

from __future__ import annotations

from eventkit import factuality_of as _label  # the session's nlp fixture is conftest's

# --- questions: the asked act vs the act the question takes as given ---------------------------------------


def test_a_given_act_in_a_journalists_turn_is_reported_by_the_questioner(nlp):
    text = "MR SMITH: Go ahead. QUESTION: After the call between the Ruritanian and Freedonian leaders, what comes next?"
    label, cue, attributed = _label(nlp, text, "call")
    assert (label, attributed) == ("reported", "QUESTION"), (label, cue, attributed)


# --- a condition by inversion ("should it ...") covers what follows it -----------------------------------


def test_an_inverted_condition_does_not_reach_back_to_the_clause_before(nlp):
    text = (
        "The ministers restated their support for Freedonia's independence and their readiness to impose costs on "
        "Ruritania should it launch another offensive against Freedonia."
    )
    assert _label(nlp, text, "support")[0] == "asserted"
    assert _label(nlp, text, "offensive")[0] == "hypothetical"


def test_a_meeting_framing_a_future_act_in_a_question_is_planned(nlp):
    text = "Do you think the Ruritanians will respond to the proposal only after the conversation between the two ministers?"
    assert _label(nlp, text, "conversation")[0] == "planned"
