"""A talk, a cooperation or a commitment has no target of the source's own state (h14dom14): a state's organs,
officials, forces or the state itself are not its other party ("consulted with Congress", "the Pentagon and the
State Department cooperated"); a foreign party and other domestic acts keep theirs. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples_in

STATE = "https://www.state.gov/briefing-h14dom14/"


def test_the_words_come_from_the_data_file(analyzer):
    assert {"CONSULT", "COOPERATE", "AGREE"} <= analyzer.coder.own_state_types
    assert "GOV" in analyzer.coder.own_state_sectors and "CVL" not in analyzer.coder.own_state_sectors


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("The Secretary of State consulted with members of Congress on the sanctions.", "CONSULT"),
        ("The Pentagon and the State Department cooperated closely on the evacuation.", "COOPERATE"),
        ("President Biden met with Secretary of Defense Lloyd Austin at the White House.", "CONSULT"),
    ],
)
def test_no_target_of_the_sources_own_state(analyzer, text, ptype):
    found = triples_in(analyzer, text, date="2022-03-10", url=STATE)
    assert (ptype, "USA", "USA") not in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a foreign party is a target
        ("Secretary Blinken met with Ukrainian Foreign Minister Dmytro Kuleba in Brussels.", ("CONSULT", "USA", "UKR")),
        # other domestic acts keep their target of the same country
        ("The Russian police arrested dozens of protesters in Moscow on Sunday.", ("COERCE", "RUS", "RUS")),
    ],
)
def test_a_foreign_party_and_other_domestic_acts_keep_their_target(analyzer, text, triple):
    assert triple in triples_in(analyzer, text, date="2022-03-10")


def test_a_noun_event_with_only_the_own_states_party_is_left_out(analyzer):
    # a meeting of a leader with his own government is domestic administration: no event, not even a one-sided one
    kremlin = "http://en.kremlin.ru/events/president/news/99997"
    text = "Vladimir Putin held a videoconference meeting with Government members on Wednesday."
    events = coded_events(analyzer, text, "2022-03-10", url=kremlin)
    assert not [e for e in events if e.plover_type == "CONSULT"]
    # a meeting with a foreign party keeps its target
    text = "The President held a videoconference meeting with Chancellor Olaf Scholz of Germany."
    found = triples_in(analyzer, text, date="2022-03-10", url=kremlin)
    assert ("CONSULT", "RUS", "DEU") in found
