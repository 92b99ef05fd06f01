"""Factuality of hoped-for, aimed-at and looked-forward-to acts, habits told with "would", and acts placed
inside a time adjunct (issue 14: an audit of the demo database found such acts coded asserted or planned).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import factuality_of


def _label(nlp, text: str, word: str) -> tuple[str, str | None]:
    label, cue, _ = factuality_of(nlp, text, word)
    return label, cue


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We will keep working to reach a deal between the two factions that can end the fighting.", "reach"),
        ("These attacks undermine efforts to create conditions for talks between the government and the rebels.", "talks"),
        ("The minister travelled to Cairo in order to meet the Egyptian president.", "meet"),
        ("They hope to sign the treaty with Peru in May.", "sign"),
        ("The goal of the mission is to negotiate a ceasefire with the rebels.", "negotiate"),
        ("We are seeking Chinese cooperation on the investigation.", "cooperation"),
    ],
)
def test_hoped_for_and_aimed_at_acts_are_hypothetical(nlp, text, word):
    label, cue = _label(nlp, text, word)
    assert label == "hypothetical", (text, label, cue)


def test_looking_forward_to_talks_is_planned(nlp):
    assert (
        _label(nlp, "I look forward to the candid discussions with my counterparts that will follow the summit.", "discussions")[
            0
        ]
        == "planned"
    )


def test_a_stated_intention_is_the_speakers_own_act(nlp):
    # "confirmed their intention to improve ...": the commitment stated is the event, asserted
    text = "The two leaders also confirmed their intention to further improve the strategic partnership between their countries."
    assert _label(nlp, text, "improve")[0] == "asserted"


def test_habitual_would_is_asserted_conditional_would_is_not(nlp):
    assert (
        _label(nlp, "During the talks we would regularly consult our Japanese allies before each session.", "consult")[0]
        == "asserted"
    )
    assert _label(nlp, "Without the treaty we would consult our Japanese allies before each session.", "consult")[0] != "asserted"


def test_an_act_inside_a_time_adjunct_is_not_planned(nlp):
    # the visit is when the accord was agreed, in the past: not a plan
    text = "The accord, which was agreed during my visit to India in 2015, still holds."
    assert _label(nlp, text, "visit")[0] == "asserted"
    # but what is agreed or planned keeps its label
    assert _label(nlp, "Both sides agreed to hold talks in Geneva.", "hold")[0] == "planned"


def test_guardrails_keep_their_labels(nlp):
    assert _label(nlp, "If Iran attacks, we will respond.", "attacks")[0] == "hypothetical"
    assert _label(nlp, "Will the United States send troops to Niger?", "send") == ("question", "?")
    assert _label(nlp, "The ministry urged Pakistan to release the detained journalists.", "release")[0] == "demanded"
    assert _label(nlp, "The president will visit Brazil next week.", "visit")[0] == "planned"
    # a war with a possessor exists: "accountable for its war" is not a goal
    text = "They discussed efforts to hold Russia accountable for its war against Ukraine."
    assert _label(nlp, text, "war")[0] == "asserted"


def test_hope_that_is_hypothetical(nlp):
    assert _label(nlp, "We hope that the two presidents will meet in Lisbon next spring.", "meet")[0] == "hypothetical"
    # a that-clause of saying is not hoped for
    assert _label(nlp, "We said that the two presidents will meet in Lisbon next spring.", "meet")[0] == "planned"


def test_a_claim_in_a_journalists_turn_is_reported(analyzer):
    from attache.model import Article, Paragraph

    text = (
        "MR PRICE: Go ahead, please. QUESTION: Thank you. The Kenyan government has expelled two Somali diplomats "
        "this week. MR PRICE: We have seen those reports. The Secretary met the Kenyan foreign minister on Monday."
    )
    art = Article(id="qt", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2025-04-09")
    events = analyzer.analyze([art])[0].events
    reply = text.index("MR PRICE: We")
    asked = [e for e in events if e.sentence_start < reply]
    told = [e for e in events if e.sentence_start > reply]
    assert asked and all(e.factuality == "reported" and e.attributed_to == "QUESTION" for e in asked)
    # the spokesman's own turn stays the author's voice
    assert told and all(e.factuality == "asserted" for e in told)


def test_ways_explored_are_not_acts_done(nlp):
    assert _label(nlp, "We are exploring new ways to support Moldova and its people.", "support")[0] == "hypothetical"
