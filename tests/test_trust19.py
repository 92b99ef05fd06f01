"""Classes read in the tenth hand audit's "wrong trigger sense" (eighteenth session): a verb of threat whose subject is
a thing endangers and makes no threat ("the base could threaten Cambodia's autonomy", "weapons systems that threaten
Russia"), while an actor's threat keeps its event; "step" is a retreat or a resignation only with its particle ("step
down", "step back"), not in "stepping up with more troops". Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples

DAY = "2023-03-15"


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese naval base could threaten Cambodia's autonomy.",
        "NATO is deploying weapons systems that threaten Russia.",
        "Russia's aggression threatens European security.",
        "The new pipeline would endanger Ukraine's energy security, the minister said.",
        "Deploying missiles in Cuba would threaten the United States.",
    ],
)
def test_a_thing_that_endangers_makes_no_threat(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "THREATEN" for e in events), triples(events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("North Korea threatened Japan with a nuclear strike.", "PRK", "JPN"),
        ("Officials in Tehran threatened Israel with retaliation.", "IRN", "ISR"),
        ("Iran, which threatened Israel last week, denied the report.", "IRN", "ISR"),
        ("The Russian army threatened to shell Ukrainian positions near Kharkiv.", "RUS", "UKR"),
    ],
)
def test_an_actor_that_threatens_keeps_its_threat(analyzer, text, source, target):
    found = triples(coded_events(analyzer, text, DAY))
    assert ("THREATEN", source, target) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The United States is stepping up with more troops in Poland.",
        "Turkey stepped in to mediate between Russia and Ukraine.",
        "Japan took a step forward in its talks with South Korea.",
    ],
)
def test_step_without_its_particle_is_no_retreat(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "RETREAT" for e in events), triples(events)


def test_stepping_back_from_a_position_abroad_is_a_retreat(analyzer):
    found = triples(coded_events(analyzer, "Russian forces stepped back from the border with Ukraine on Monday.", DAY))
    assert any(ty == "RETREAT" and s == "RUS" for ty, s, _t in found), found
