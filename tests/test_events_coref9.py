"""Sides the context names but the sentence does not (issue 14, eighth session, h14coref9): a joint "our" before a
noun of a relation or an encounter ("our partnership", "our meeting") and "their meeting" after an "X and Y" subject.
Each test is one class of construction, with a positive and a negative case, on sentences written for the test (not
taken from an evaluation file)."""

from __future__ import annotations

from test_events_arguments import _events, _pairs
from test_events_group8 import KREMLIN, STATE, _titled


def _later(events, text, marker, ptype):
    """The events of type ``ptype`` told in (or merged with) the sentence that starts at ``marker``."""
    at = text.index(marker)
    return [
        e
        for e in events
        if e.plover_type == ptype and any(s >= at for s in [e.sentence_start, *(span[0] for span in e.evidence)])
    ]


def _countries(events) -> set[frozenset]:
    return {frozenset((e.source.country, e.target.country)) for e in events if e.source is not None and e.target is not None}


def test_our_partnership_takes_the_partner_of_the_call_told_before(analyzer):
    text = (
        "Secretary Blinken spoke today with Chilean Foreign Minister Antonia Urrejola. "
        "Our partnership has grown stronger over three decades."
    )
    events = _events(analyzer, text, url=STATE)
    later = _later(events, text, "Our partnership", "COOPERATE")
    assert frozenset(("USA", "CHL")) in _countries(later), _pairs(events)
    # no encounter told before and no title: "our" stays one side
    text = "The weather in the capital was mild. Our partnership has grown stronger over three decades."
    events = _events(analyzer, text, url=STATE)
    assert not _countries(_later(events, text, "Our partnership", "COOPERATE")), _pairs(events)


def test_a_partner_met_in_the_same_sentence_comes_first(analyzer):
    text = (
        "Secretary Blinken met Foreign Minister Antonia Urrejola of Chile on Monday. "
        "The Deputy Secretary met with Peruvian officials today to continue our close coordination on mining."
    )
    events = _events(analyzer, text, url=STATE)
    later = _later(events, text, "The Deputy Secretary", "COOPERATE")
    assert frozenset(("USA", "PER")) in _countries(later), _pairs(events)
    assert frozenset(("USA", "CHL")) not in _countries(later), _pairs(events)
    # the one met has no country ("NATO Allies"): not the partner told before either
    text = (
        "Secretary Blinken met Foreign Minister Antonia Urrejola of Chile on Monday. "
        "The Deputy Secretary met with NATO Allies today to continue our close coordination on mining."
    )
    events = _events(analyzer, text, url=STATE)
    assert frozenset(("USA", "CHL")) not in _countries(_later(events, text, "The Deputy Secretary", "COOPERATE")), _pairs(events)


def test_the_title_gives_the_partner_unless_it_announces_a_trip(analyzer):
    text = "We have much to discuss today. Our cooperation in energy is developing well."
    found = _titled(analyzer, text, "Meeting with President of Uzbekistan Shavkat Mirziyoyev", KREMLIN)
    assert frozenset(("RUS", "UZB")) in _countries(_later(found, text, "Our cooperation", "COOPERATE")), _pairs(found)
    # "Travel to X": X is where the traveller goes, not the partner of every relation the text names
    text = "The delegation will hold many meetings. Our cooperation in energy is developing well."
    found = _titled(analyzer, text, "Assistant Secretary Smith's Travel to Uzbekistan", STATE)
    assert not _countries(_later(found, text, "Our cooperation", "COOPERATE")), _pairs(found)


def test_our_relation_with_a_named_party_is_left_to_the_sentence(analyzer):
    text = (
        "Secretary Blinken spoke today with Chilean Foreign Minister Antonia Urrejola. "
        "We value our partnership with Japan in the Indo-Pacific."
    )
    events = _events(analyzer, text, url=STATE)
    later = _later(events, text, "We value", "COOPERATE")
    assert frozenset(("USA", "CHL")) not in _countries(later), _pairs(events)


def test_their_meeting_after_a_subject_of_two_parties(analyzer):
    text = "Emmanuel Macron and Olaf Scholz spoke warmly about their meeting in Paris."
    events = _events(analyzer, text)
    assert frozenset(("FRA", "DEU")) in _countries([e for e in events if e.plover_type == "CONSULT"]), _pairs(events)
    # one party as the subject: "their" is not a pair, and no second side is made up
    text = "Emmanuel Macron spoke warmly about their meeting in Paris."
    events = _events(analyzer, text)
    assert not _countries([e for e in events if e.plover_type == "CONSULT"]), _pairs(events)


def test_we_discussed_after_talks_is_both_sides(analyzer):
    title = "Statements for the press following Russia-Uzbekistan talks"
    text = "Ladies and gentlemen, the talks were substantive. We discussed the state of trade in detail."
    found = _titled(analyzer, text, title, KREMLIN)
    assert frozenset(("RUS", "UZB")) in _countries(_later(found, text, "We discussed", "CONSULT")), _pairs(found)
    # a partner named in the clause ("with the regional governors"): "we" is one side, not the title's pair
    text = "Ladies and gentlemen, the talks were substantive. We discussed the state of trade with the regional governors."
    found = _titled(analyzer, text, title, KREMLIN)
    assert frozenset(("RUS", "UZB")) not in _countries(_later(found, text, "We discussed", "CONSULT")), _pairs(found)
    # no partner known anywhere (no encounter before, a title without a party): nothing is made up
    text = "Ladies and gentlemen, the weather was fine. We discussed the state of trade in detail."
    found = _titled(analyzer, text, "Meeting on the harvest", KREMLIN)
    assert not _countries(_later(found, text, "We discussed", "CONSULT")), _pairs(found)


def test_an_organisation_the_title_meets_is_a_party(analyzer):
    text = "The readout was issued today. They agreed to expand cooperation on maritime security."
    found = _titled(analyzer, text, "Deputy Secretary's Meeting with NATO Deputy Secretary General Mircea Geoana", STATE)
    later = _later(found, text, "They agreed", "AGREE")
    assert any(
        {e.source.actor_id, e.target.actor_id} & {"IGO.nato"} and "USA" in (e.source.country, e.target.country)
        for e in later
        if e.source is not None and e.target is not None
    ), _pairs(found)
    # an organisation the title names as a topic ("Statement on NATO Enlargement") is no party
    found = _titled(analyzer, text, "Statement on NATO Enlargement", STATE)
    assert not [e for e in _later(found, text, "They agreed", "AGREE") if e.target is not None], _pairs(found)
