"""Sides of noun events, sixth session last round (issue 14, h14noun7): the holder of a noun event done by another
party ("X has Y's support"), "at the request of X" as X's request to the clause's subject, "the war between X and Y"
as a one-way act, and a help noun with its own doer that is the subject of a verb of benefit ("the aid offered by X
will help Y"). Sentences written for the test."""

from __future__ import annotations

from test_events_arguments import _events, _pairs


def test_holder_of_a_support_noun_is_its_target(analyzer):
    pairs = _pairs(_events(analyzer, "Armenia continues to have France's support."))
    assert ("SUPPORT", "FRA", "ARM") in pairs, pairs


def test_holder_of_its_own_thing_is_no_target(analyzer):
    # the possessor is the subject itself: no second side, and no event against the subject
    pairs = _pairs(_events(analyzer, "Armenia continues to have its own army."))
    assert not any(tgt == "ARM" for _, _, tgt in pairs), pairs


def test_at_the_request_of_x_is_a_request_to_the_subject(analyzer):
    pairs = _pairs(
        _events(analyzer, "At the request of the Malian government, France deployed troops to the north of the country.")
    )
    assert ("REQUEST", "MLI", "FRA") in pairs, pairs


def test_request_not_in_an_at_phrase_keeps_no_subject_target(analyzer):
    # the request is the verb's object, not a frame of the clause: the subject makes it, it is not asked
    pairs = _pairs(_events(analyzer, "France rejected the request of the Malian government."))
    assert ("REQUEST", "MLI", "FRA") not in pairs, pairs


def test_attacks_between_two_parties_are_one_way(analyzer):
    events = _events(analyzer, "The attacks between Kenya and Somalia killed soldiers.")
    found = {(e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}
    assert ("ASSAULT", "KEN", "SOM") in found, found
    assert not any(tgt is None for typ, _, tgt in found if typ == "ASSAULT"), found  # no one-sided halves left


def test_clashes_between_two_parties_stay_reciprocal(analyzer):
    events = [e for e in _events(analyzer, "Clashes between Kenya and Somalia resumed on Monday.") if e.plover_type == "ASSAULT"]
    assert events and all(e.symmetric for e in events), [(e.source, e.target, e.symmetric) for e in events]


def test_help_noun_with_its_doer_reaches_the_object_of_help(analyzer):
    text = "The assistance jointly offered by the U.S. and German governments will help Moldova."
    found = [
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(analyzer, text)
    ]
    assert ("AID", "DEU", "MDA") in found and ("AID", "USA", "MDA") in found, found


def test_help_noun_subject_of_an_unrelated_verb_takes_no_object(analyzer):
    # "mention" is no verb of benefit: its object is not the party helped by both donors
    text = "The assistance jointly offered by the U.S. and German governments mentioned Moldova."
    found = [
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(analyzer, text)
    ]
    assert ("AID", "DEU", "MDA") not in found, found


def test_attack_noun_against_which_a_party_defends_itself_targets_it(analyzer):
    text = "The United States supports Georgia's ability to defend itself against Russia's invasion."
    assert ("ASSAULT", "RUS", "GEO") in _pairs(_events(analyzer, text))


def test_attack_noun_against_which_help_is_given_targets_the_helped(analyzer):
    text = "Canada reaffirmed its support for the people of Moldova against Russia's aggression."
    assert ("ASSAULT", "RUS", "MDA") in _pairs(_events(analyzer, text))


def test_attack_noun_in_a_protest_keeps_no_protester_as_target(analyzer):
    # "protest" is no verb of defence: the protester is not the one attacked
    pairs = _pairs(_events(analyzer, "Canada protested against Russia's invasion."))
    assert ("ASSAULT", "RUS", "CAN") not in pairs, pairs


def test_support_against_an_aggressor_does_not_support_the_aggressor(analyzer):
    text = "Canada reaffirmed its support for the people of Moldova against Russia's aggression."
    pairs = _pairs(_events(analyzer, text))
    assert ("SUPPORT", "CAN", "MDA") in pairs and ("SUPPORT", "CAN", "RUS") not in pairs, pairs
