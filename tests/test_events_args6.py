"""Sides within the sentence and from earlier sentences, sixth session (issue 14, h14args6): object pronouns
("urged him", "thanked them", "accused it"), verbs of retort with "at" ("lashed out at X"), verbs of dismay
("X is dismayed by Y's decision"), the receiving state of an extradition or a handover, and a definite talk noun
that restates the meeting told before ("The conversation touched on ..."). Sentences written for the test."""

from __future__ import annotations

from test_events_arguments import _events, _pairs
from test_events_xsent import _analyze, _side, _told


def _with_target_text(events, text: str):
    return [e for e in events if e.target_span and e.target_span.get("text") == text]


# -- object pronouns -------------------------------------------------------------------------------------------


def test_him_is_the_other_party_of_the_subjects_meeting(analyzer):
    text = (
        "German Foreign Minister Annalena Baerbock met Nigerian Foreign Minister Geoffrey Onyeama in Abuja on Tuesday. "
        "Baerbock urged him to release the detained journalists."
    )
    asked, events = _told(analyzer, text, "Baerbock urged him", "REQUEST")
    assert asked, [(e.plover_type, e.source_span, e.target_span) for e in events]
    country, span = _side(asked[0], "target")
    assert country == "NGA"
    assert span["text"] == "him" and "Onyeama" in span["resolved_from"]["text"]
    assert _side(asked[0], "source")[0] == "DEU"


def test_him_in_its_own_sentence_is_the_person_named_before_it(analyzer):
    events = _events(
        analyzer, "Secretary Blinken met Georgian Prime Minister Irakli Garibashvili and thanked him for his support."
    )
    thanked = [e for e in events if e.plover_type == "SUPPORT" and e.target_span and e.target_span.get("text") == "him"]
    assert thanked and thanked[0].target.country == "GEO" and thanked[0].source.country == "USA"


def test_him_is_left_empty_when_two_other_persons_were_named(analyzer):
    text = (
        "Secretary Blinken met Ukrainian Foreign Minister Dmytro Kuleba and Polish Foreign Minister Zbigniew Rau in "
        "Warsaw. He thanked him for the support."
    )
    (events,) = _analyze(analyzer, text)
    assert not _with_target_text(events, "him")
    # nor is an object pronoun read as its own clause's subject: "Scholz thanked him" is not Scholz
    text = "Chancellor Scholz arrived in Warsaw on Monday. Scholz thanked him for the welcome."
    (events,) = _analyze(analyzer, text)
    assert not _with_target_text(events, "him")


def test_them_stands_for_the_parties_the_subject_received(analyzer):
    text = (
        "Turkish President Recep Tayyip Erdogan received the Finnish and Swedish defence ministers in Ankara. "
        "Erdogan thanked them for their visit."
    )
    (events,) = _analyze(analyzer, text)
    found = {(e.plover_type, *(_side(e, w)[0] for w in ("source", "target"))) for e in _with_target_text(events, "them")}
    assert ("SUPPORT", "TUR", "FIN") in found and ("SUPPORT", "TUR", "SWE") in found, found


def test_them_is_not_one_party_named_before_it_in_its_sentence(analyzer):
    # "them" are the volunteers (no actor), not the one party named before the pronoun
    events = _events(analyzer, "If volunteers want to help the people of Syria, Jordan should welcome them at the border.")
    assert not _with_target_text(events, "them")


def test_it_is_the_country_the_subject_just_acted_on_and_never_a_thing(analyzer):
    text = "The Pakistani foreign minister criticised India on Sunday. He accused it of violating the ceasefire."
    accused, events = _told(analyzer, text, "He accused it", "ACCUSE")
    assert any(e.target is not None and e.target.country == "IND" for e in accused)
    # "it" after a sentence with no event between the two: a thing (the treaty), never the drafter
    text = "Russia drafted a new arms treaty. The United States rejected it on Friday."
    (events,) = _analyze(analyzer, text)
    assert not _with_target_text(events, "it")
    # in its own sentence, "it" is not any actor before it ("calls by Poland ... withholding it": the aid)
    events = _events(analyzer, "Berlin rejected recent calls by Poland for aid, saying it was withholding it for now.")
    assert not _with_target_text(events, "it")


# -- "at" of retort, verbs of dismay -----------------------------------------------------------------------------


def test_lashed_out_at_names_the_party_criticised(analyzer):
    assert ("ACCUSE", "IRN", "SAU") in _pairs(
        _events(analyzer, "The Iranian foreign minister lashed out at Saudi Arabia on Tuesday.")
    )
    assert ("ACCUSE", "TUR", "GRC") in _pairs(_events(analyzer, "The Turkish president railed against Greece in a speech."))
    # the "at" of any other criticism stays a place
    found = _pairs(_events(analyzer, "The Iranian minister criticised Saudi Arabia at a meeting in Oman."))
    assert not any(tgt == "OMN" for _, _, tgt in found)


def test_dismayed_by_a_partys_decision_is_disapproval_of_that_party(analyzer):
    found = _pairs(_events(analyzer, "Japan is dismayed by China's decision to build a base near the islands."))
    assert ("ACCUSE", "JPN", "CHN") in found and ("ACCUSE", "CHN", "JPN") not in found
    found = _pairs(_events(analyzer, "Canada was deeply disappointed by Brazil's vote at the council."))
    assert ("ACCUSE", "CAN", "BRA") in found
    # what dismays names no party: no target is made up
    events = _events(analyzer, "The Indian government was appalled by the bombing near the embassy.")
    assert not any(e.plover_type == "ACCUSE" and e.target is not None and e.source and e.source.country == "IND" for e in events)


# -- custody handed to another state -----------------------------------------------------------------------------


def test_extradition_is_towards_the_receiving_state(analyzer):
    found = _pairs(_events(analyzer, "Portugal extradited the suspect to Brazil last week."))
    assert any(src == "PRT" and tgt == "BRA" for _, src, tgt in found), found
    found = _pairs(_events(analyzer, "Turkey handed over the captured pilot to Russian officials on Monday."))
    assert any(src == "TUR" and tgt == "RUS" for _, src, tgt in found), found
    # what is handed over must be a person: "hand them over" (weapons) to another state's units is no custody
    found = _pairs(_events(analyzer, "Lebanon handed them over to the military units in Syria on Friday."))
    assert not any(tgt == "SYR" for _, _, tgt in found), found
    # a "to" phrase that is a place of no other state is not a party
    found = _pairs(_events(analyzer, "The Nigerian army transferred the prisoners to a jail in Lagos."))
    assert not any(tgt is not None for _, src, tgt in found if src == "NGA")


# -- a talk noun restating the meeting ---------------------------------------------------------------------------


def test_the_conversation_restates_the_call_told_before(analyzer):
    text = (
        "Vladimir Putin had a telephone conversation with Kazakh President Kassym-Jomart Tokayev. "
        "The conversation touched on grain exports."
    )
    told, events = _told(analyzer, text, "The conversation touched", "CONSULT")
    assert any({_side(e, "source")[0], _side(e, "target")[0]} == {"RUS", "KAZ"} for e in told)
    # with no meeting before, a talk noun names no parties
    text = "Vladimir Putin criticised NATO in a speech. The talks focused on grain exports."
    (events,) = _analyze(analyzer, text)
    start = text.index("The talks")
    assert not any(e.plover_type == "CONSULT" and e.sentence_start >= start for e in events)
