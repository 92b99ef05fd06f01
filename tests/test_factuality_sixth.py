"""Factuality, sixth session (issue 14, item 4), by class, each with its counter-case: the act of a wh-question is
taken as given (a yes/no question still asks); a finite relative clause keeps its own factuality under a plan or a
demand (an infinitive one stays prospective); a noun subject of a negated predicate keeps its act ("the aid does not
empower X"), unless the verb says the act did not take place; an act "under consideration" or needed is
hypothetical; the speaker's own act stated in the present in a clause of saying is asserted ("X said he supports
..."), what he says someone else did stays reported; an invitation plans the visit; "all told" is no saying; a
journalist's question cut off by the answer's turn label is still a question. Sentences written for these tests
(invented places: Ruritania, Freedonia, Sylvania).
The parametrised one-word cases of this file are in tests/data/factuality.yaml (sixth), run by
tests/test_factuality_cases.py."""

from __future__ import annotations

import pytest

from attache.events.factuality import own_statement
from eventkit import factuality_of as _label  # the session's nlp fixture is conftest's

# --- wh-questions take their act as given; yes/no questions ask it ---------------------------------------------


def test_a_question_cut_off_by_the_answer_is_a_question(nlp):
    text = (
        "QUESTION: Given that Sylvania vetoed the text, has the ambassador engaged directly with Freedonia on it — "
        "MR SMITH: Well, we are in touch."
    )
    label, cue, _ = _label(nlp, text, "engaged")
    assert (label, cue) == ("question", "?")
    # the same words told as a statement in a journalist's turn are the questioner's claim, not a question
    label, _, who = _label(nlp, "QUESTION: The ambassador engaged directly with Freedonia on it. MR SMITH: Yes.", "engaged")
    assert (label, who) == ("reported", "QUESTION")


# --- relative clauses ---------------------------------------------------------------------------------------------


def test_a_finite_relative_clause_keeps_its_own_factuality(nlp):
    text = "We will continue to press for the release of the reporters who are detained by the Ruritanian police."
    assert _label(nlp, text, "detained")[0] == "asserted"
    text = "We will sanction the officials who have attacked Freedonian journalists."
    assert _label(nlp, text, "attacked")[0] == "asserted"
    # its own modal still counts
    assert _label(nlp, "We will watch the militia that could attack Freedonia.", "attack")[0] == "hypothetical"


def test_an_infinitive_relative_clause_stays_prospective(nlp):
    text = "Unless there is a reason for him to return to Sylvania, he will stay in Freedonia."
    assert _label(nlp, text, "return")[0] != "asserted"


# --- negation of a noun subject's predicate ------------------------------------------------------------------------


def test_a_noun_subject_of_a_negated_predicate_keeps_its_act(nlp):
    assert _label(nlp, "Freedonian aid does not in any way strengthen the militia.", "aid")[0] == "asserted"
    assert _label(nlp, "The sanctions on Ruritania have not changed its course.", "sanctions")[0] == "asserted"


def test_a_noun_event_said_not_to_take_place_is_negated(nlp):
    assert _label(nlp, "The meeting between the two presidents did not take place.", "meeting")[0] == "negated"
    assert _label(nlp, "The talks with Freedonia never happened.", "talks")[0] == "negated"
    assert _label(nlp, "Ruritania did not attack Freedonia.", "attack")[0] == "negated"


# --- pending and needed acts -------------------------------------------------------------------------------------


def test_a_decided_or_held_act_is_not_pending(nlp):
    assert _label(nlp, "A meeting between the two presidents took place in the capital.", "meeting")[0] == "asserted"
    assert _label(nlp, "The visit by the Freedonian premier was a success.", "visit")[0] == "asserted"


# --- the speaker's own statement ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Ruritanian president said Freedonia supports the rebels.", "supports"),
        ("The Ruritanian president said he had condemned the attack.", "condemned"),
        ("The ministry said the rebels attack the villages every night.", "attack"),
        ("The two ministers said he supports the rebels.", "supports"),
    ],
)
def test_what_the_speaker_says_of_others_or_of_the_past_stays_reported(nlp, text, word):
    label, _, who = _label(nlp, text, word)
    assert label == "reported" and who, (text, label, who)
    doc = nlp(text)
    assert own_statement(next(t for t in doc if t.text == word)) is None


# --- invitations, "all told" --------------------------------------------------------------------------------------


def test_an_invitation_is_done_and_the_visit_invited_to_is_planned(nlp):
    text = "The Ruritanian president invited the Freedonian premier to visit the capital."
    assert _label(nlp, text, "invited")[0] == "asserted"
    assert _label(nlp, text, "visit")[0] == "planned"
    text = "The premier accepted an invitation to visit Ruritania in May."
    assert _label(nlp, text, "visit")[0] == "planned"
    assert _label(nlp, text, "accepted")[0] == "asserted"


def test_all_told_is_a_sum_not_a_saying(nlp):
    text = "All told, we have provided a billion dollars in aid to Freedonia."
    label, _, who = _label(nlp, text, "provided")
    assert (label, who) == ("asserted", None)
    label, _, who = _label(nlp, "The minister told reporters Ruritania attacked Freedonia.", "attacked")
    assert (label, who) == ("reported", "The minister")


# --- the charge of an accusation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "accuser"),
    [
        ("Ruritania accuses Freedonia of shelling the border villages.", "shelling", "Ruritania"),
        ("Sylvania blamed the rebels for the attack on the embassy.", "attack", "Sylvania"),
    ],
)
def test_the_charge_of_an_accusation_is_the_accusers_claim(nlp, text, word, accuser):
    label, cue, who = _label(nlp, text, word)
    assert (label, who) == ("reported", accuser), (text, label, cue, who)
    # the accusing itself is the accuser's own act
    verb = text.split()[1]
    assert _label(nlp, text, verb)[0] == "asserted"


def test_a_condemned_act_and_a_denied_accusation_are_not_a_claim(nlp):
    # condemning presupposes the act (guidelines, worked example 2)
    assert _label(nlp, "The minister condemned the rebels for their attacks on civilians.", "attacks")[0] == "asserted"
    assert _label(nlp, "Ruritania did not accuse Freedonia of shelling the villages.", "shelling")[0] != "reported"


def test_an_act_the_invitation_is_made_at_keeps_its_own_factuality(nlp):
    assert _label(nlp, "At the ministerial meeting, Ruritania invited Freedonia and Sylvania.", "meeting")[0] == "asserted"
    # invited to the summit: the summit lies ahead
    assert _label(nlp, "Ruritania invited Freedonia to the summit.", "summit")[0] == "planned"


def test_a_question_asking_what_someone_can_tell_is_no_attribution(nlp):
    label, _, who = _label(nlp, "On the Sylvania talks, what can you tell us about the outcome of the latest round?", "talks")
    assert (label, who) == ("asserted", None)
