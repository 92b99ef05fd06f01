"""Trigger words in another sense (h14sense13, twelfth session): a figurative "hand" strengthened is no build-up of
forces, a lever pulled is no withdrawal, a passive "met with" is a reception and no meeting, "take part" is no
capture, an act noun that only qualifies talks ("ceasefire talks") is their topic, sanctions withdrawn are an easing
(CONCEDE), and a warning that an attack would be met with consequences stays a threat. Sentences written for these
tests, not taken from an evaluation file or the seeds."""

from __future__ import annotations

import pytest

from eventkit import coded_events, one, triples

DATE = "2023-09-14"


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("France wants to strengthen Moldova's hand against Russia.", "MOBILIZE"),
        ("Canadian aid bolstered Kenya's hand in its talks with Somalia.", "MOBILIZE"),
        ("Norway is pulling every lever it has against the Iranian regime.", "RETREAT"),
        ("Any Chinese incursion would be met with a firm reply by Japan.", "CONSULT"),
        ("The Colombian proposal was met with applause by Ecuador.", "CONSULT"),
        ("Turkish troops will be met with resistance from the Kurdish forces of Syria.", "CONSULT"),
        ("The Kazakh president will take part in the plenary session with Egypt.", "ASSAULT"),
        ("The Ethiopian Government and the TPLF need to start ceasefire talks without delay.", "RETREAT"),
        ("Sudan and the RSF began the truce negotiations in Jeddah.", "RETREAT"),
    ],
)
def test_no_event_of_the_trigger_words_other_sense(analyzer, text, ptype):
    assert ptype not in {e.plover_type for e in coded_events(analyzer, text, DATE)}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Germany strengthened its forces in Lithuania.", ("MOBILIZE", "DEU", "LTU")),
        ("The Chinese foreign minister was met by Kenyan officials in Nairobi.", ("CONSULT", "KEN", "CHN")),
        ("Chile's president said he's met with Peru's leader several times this year.", ("CONSULT", "CHL", "PER")),
        ("Canada withdrew its troops from Mali.", ("RETREAT", "CAN", "MLI")),
    ],
)
def test_the_usual_sense_keeps_its_event(analyzer, text, triple):
    assert triple in triples(coded_events(analyzer, text, DATE))


def test_a_town_taken_stays_an_assault(analyzer):
    assert "ASSAULT" in {e.plover_type for e in coded_events(analyzer, "Rebels took the town from the Syrian army.", DATE)}


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
    found = triples(coded_events(analyzer, text, DATE))
    assert ("THREATEN", "JPN", "CHN") in found
    assert ("CONSULT", "JPN", "CHN") not in found


def test_a_warning_that_an_attack_is_coming_stays_communication(analyzer):
    events = coded_events(analyzer, "Britain warned Ukraine that a Russian attack was imminent.", DATE)
    assert "THREATEN" not in {e.plover_type for e in events}
