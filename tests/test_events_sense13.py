"""Trigger words in another sense (h14sense13, twelfth session): a figurative "hand" strengthened is no build-up of
forces, a lever pulled is no withdrawal, a passive "met with" is a reception and no meeting, "take part" is no
capture, an act noun that only qualifies talks ("ceasefire talks") is their topic, sanctions withdrawn are an easing
(CONCEDE), and a warning that an attack would be met with consequences stays a threat. Sentences written for these
tests, not taken from an evaluation file or the seeds."""

from __future__ import annotations

import pytest

from eventkit import coded_events, one, triples

DATE = "2023-09-14"


def _types(analyzer, text: str) -> set[str]:
    return {e.plover_type for e in coded_events(analyzer, text, DATE)}


@pytest.mark.parametrize(
    "text",
    [
        "France wants to strengthen Moldova's hand against Russia.",
        "Canadian aid bolstered Kenya's hand in its talks with Somalia.",
    ],
)
def test_a_hand_strengthened_is_no_mobilisation(analyzer, text):
    assert "MOBILIZE" not in _types(analyzer, text)


def test_forces_strengthened_stay_a_mobilisation(analyzer):
    events = coded_events(analyzer, "Germany strengthened its forces in Lithuania.", DATE)
    assert ("MOBILIZE", "DEU", "LTU") in triples(events)


def test_a_lever_pulled_is_no_withdrawal(analyzer):
    assert "RETREAT" not in _types(analyzer, "Norway is pulling every lever it has against the Iranian regime.")


@pytest.mark.parametrize(
    "text",
    [
        "Any Chinese incursion would be met with a firm reply by Japan.",
        "The Colombian proposal was met with applause by Ecuador.",
        "Turkish troops will be met with resistance from the Kurdish forces of Syria.",
    ],
)
def test_a_passive_met_with_is_no_meeting(analyzer, text):
    assert "CONSULT" not in _types(analyzer, text)


def test_has_met_with_stays_a_meeting(analyzer):
    events = coded_events(analyzer, "Chile's president said he's met with Peru's leader several times this year.", DATE)
    assert "CONSULT" in {e.plover_type for e in events}


def test_met_by_officials_stays_a_meeting(analyzer):
    events = coded_events(analyzer, "The Chinese foreign minister was met by Kenyan officials in Nairobi.", DATE)
    assert ("CONSULT", "KEN", "CHN") in triples(events)


def test_taking_part_is_no_capture(analyzer):
    assert "ASSAULT" not in _types(analyzer, "The Kazakh president will take part in the plenary session with Egypt.")


def test_a_town_taken_stays_an_assault(analyzer):
    events = coded_events(analyzer, "Rebels took the town from the Syrian army.", DATE)
    assert "ASSAULT" in {e.plover_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The Ethiopian Government and the TPLF need to start ceasefire talks without delay.",
        "Sudan and the RSF began the truce negotiations in Jeddah.",
    ],
)
def test_ceasefire_talks_are_no_ceasefire(analyzer, text):
    assert "RETREAT" not in _types(analyzer, text)


def test_troops_withdrawn_stay_a_retreat(analyzer):
    events = coded_events(analyzer, "Canada withdrew its troops from Mali.", DATE)
    assert ("RETREAT", "CAN", "MLI") in triples(events)


def test_sanctions_withdrawn_are_an_easing(analyzer):
    events = coded_events(analyzer, "The United States announced the withdrawal of sanctions on Venezuela.", DATE)
    e = one(events, "CONCEDE")
    assert (e.source.country, e.target.country) == ("USA", "VEN")
    assert "RETREAT" not in {x.plover_type for x in events}


@pytest.mark.parametrize(
    "text",
    [
        "Japan warned that any Chinese attack on Taiwan would be met with severe consequences.",
        "Any Chinese attack on Taiwan would be met with severe consequences, Japan warned.",
    ],
)
def test_a_warning_of_consequences_is_a_threat(analyzer, text):
    events = coded_events(analyzer, text, DATE)
    assert ("THREATEN", "JPN", "CHN") in triples(events)
    assert ("CONSULT", "JPN", "CHN") not in triples(events)


def test_a_warning_that_an_attack_is_coming_stays_communication(analyzer):
    events = coded_events(analyzer, "Britain warned Ukraine that a Russian attack was imminent.", DATE)
    assert "THREATEN" not in {e.plover_type for e in events}
