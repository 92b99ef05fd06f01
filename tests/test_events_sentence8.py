"""The entity tier of the sentence back-off (issue 14, seventh session, events/sentence.py, data/sentence.yaml
``entity``): a sentence the coder leaves without a two-sided event, which tells an act between two named actors
of which one has no country (a person, an organisation, an armed group the resolver does not know) or both one
country (a domestic pair), gets one event marked ``"how": "sentence"`` and ``"tier": "entity"``, with a confidence
below the country tier's. Capitals stand for their government as actors, never as the place of an act. The
completion of a one-sided event (``entity.one_sided``) is off as shipped (measured: no gain on the tuning sets)
and tested switched on. Sentences and names written for these tests (invented actors: "Joram Talvik", "the
Crimson Brigade"), not taken from an evaluation file."""

from __future__ import annotations

import pytest
from test_events_arguments import _events

from attache.events import calibration, sentence

AGGRESSION = "As long as {} keeps up {} aggression, the people of Peru will go on suffering."


def _backed(events):
    return [e for e in events if sentence.has_sentence_side(e)]


def _tier(e):
    return next((s.get("tier") for s in (e.source_span, e.target_span) if s and s.get("tier")), None)


def _names(e):
    return (e.plover_type, e.source.name if e.source else None, e.target.name if e.target else None)


def test_a_person_without_a_country_acting_on_a_country(analyzer):
    events = _events(analyzer, AGGRESSION.format("Joram Talvik", "his"))
    backed = _backed(events)
    assert len(backed) == 1, [_names(e) for e in events]
    e = backed[0]
    assert _tier(e) == "entity"
    assert e.plover_type == "ASSAULT" and e.trigger == "aggression" and e.factuality == "asserted"
    assert "Talvik" in e.source.name and e.source.country is None
    assert e.target.country == "PER"
    assert e.source_span["how"] == "sentence" and e.target_span["how"] == "sentence"


def test_an_armed_group_unknown_to_the_resolver(analyzer):
    backed = _backed(_events(analyzer, AGGRESSION.format("the Crimson Brigade", "its")))
    assert [(_tier(e), e.target.country) for e in backed] == [("entity", "PER")]
    assert "Crimson Brigade" in backed[0].source.name


def test_a_capital_as_the_actor_of_its_government(analyzer):
    # a capital named as the one who acts is its country (the country tier: two countries)
    backed = _backed(_events(analyzer, AGGRESSION.format("Tehran", "its")))
    assert [(e.source.country, e.target.country, _tier(e)) for e in backed] == [("IRN", "PER", None)]
    # and as the subject of a reporting verb, for the coder's own syntax
    events = _events(analyzer, "Tehran said on Monday that it rejected the latest proposal of Washington.")
    assert ("REJECT", "IRN", "USA") in {
        (e.plover_type, e.source and e.source.country, e.target and e.target.country) for e in events
    }


NONE_OF = {
    "two-sided": lambda events: [e for e in events if e.source is not None and e.target is not None],
    "backed": _backed,
    "entity tier": lambda events: [e for e in _backed(events) if _tier(e) == "entity"],
    # the capital named as a place is no side (the unidentified attackers of the place a blast went off in may be
    # the source since h25blast, as GSR codes "a roadside bombing near Samarra killed a U.S. soldier")
    "capital side": lambda events: [
        e for e in events if any(x is not None and x.name in ("Lima", "Peru") for x in (e.source, e.target))
    ],
}


@pytest.mark.parametrize(
    ("text", "none_of"),
    [
        # a capital as a place is never a side
        ("The Crimson Brigade keeps up its aggression in Lima.", "two-sided"),
        ("The Crimson Brigade keeps up its aggression near Lima.", "two-sided"),
        ("A car bomb exploded near Lima on Sunday, killing the warlord Joram Talvik.", "capital side"),
        # no act word, a topic, a question give nothing
        ("Joram Talvik and the Crimson Brigade are both well known in Peru.", "backed"),  # no act word
        ("The envoy Joram Talvik will discuss the situation of the Crimson Brigade.", "backed"),  # a topic
        ("As long as the Crimson Brigade keeps up its aggression, will the people of Peru go on suffering?", "backed"),
        # no side in a clause of its own, nor a subject that is not a candidate: the act's subject is the ban, not
        # Talvik; the Brigade is in a clause of its own
        ("Joram Talvik imposed a ban, which angered the Crimson Brigade.", "entity tier"),
        ("The Crimson Brigade announced new sanctions, and Joram Talvik protested.", "entity tier"),
        ("Joram Talvik met with farmers who will later visit the Crimson Brigade.", "entity tier"),
    ],
)
def test_no_event_of_the_kind(analyzer, text, none_of):
    """No two-sided event at all, no event with a sentence side, or none of the entity tier."""
    events = _events(analyzer, text)
    assert not NONE_OF[none_of](events), [_names(e) for e in events]


def test_a_domestic_pair_of_one_country(analyzer):
    text = "As long as the Chilean rebels keep up their aggression, the Chilean people will go on suffering."
    backed = _backed(_events(analyzer, text))
    assert [(e.source.country, e.target.country, _tier(e)) for e in backed] == [("CHL", "CHL", "entity")]
    assert backed[0].source.actor_id != backed[0].target.actor_id


def test_a_state_and_its_own_agent_are_not_two_sides(analyzer):
    # the president of Chile and Chile: one side named twice, not a domestic event
    text = "As long as the Chilean president keeps up his aggression, Chile will go on suffering."
    assert not _backed(_events(analyzer, text))


def test_the_passive_subject_is_acted_upon(analyzer):
    text = "The former minister Joram Talvik has been accused of hiding public funds abroad by the Peruvian government."
    backed = _backed(_events(analyzer, text))
    assert [(e.plover_type, e.source.country, _tier(e)) for e in backed] == [("ACCUSE", "PER", "entity")]
    assert "Talvik" in backed[0].target.name


def test_the_entity_tier_is_below_the_country_tier_and_the_default_threshold(analyzer, monkeypatch):
    entity = _backed(_events(analyzer, AGGRESSION.format("Joram Talvik", "his")))
    country = _backed(_events(analyzer, AGGRESSION.format("Tehran", "its")))
    assert entity and country
    assert entity[0].confidence < country[0].confidence
    assert entity[0].confidence < calibration.default_threshold()
    assert calibration.features(entity[0], ["sentence_entity"]) == [1.0]
    assert calibration.features(country[0], ["sentence_entity"]) == [0.0]
    monkeypatch.setenv("ATTACHE_RAW_CONFIDENCE", "1")
    raw_entity = _backed(_events(analyzer, AGGRESSION.format("Joram Talvik", "his")))[0].confidence
    raw_country = _backed(_events(analyzer, AGGRESSION.format("Tehran", "its")))[0].confidence
    assert raw_entity == sentence.entity_rules()["confidence"] < raw_country == sentence.rules()["confidence"]


def test_switched_off_by_the_yaml(analyzer, monkeypatch):
    monkeypatch.setitem(sentence.entity_rules(), "enabled", False)
    assert not _backed(_events(analyzer, AGGRESSION.format("Joram Talvik", "his")))
    # the country tier is not the entity tier's
    assert _backed(_events(analyzer, AGGRESSION.format("Tehran", "its")))


@pytest.fixture
def one_sided(monkeypatch):
    monkeypatch.setitem(sentence.entity_rules(), "one_sided", True)
    monkeypatch.setitem(sentence.entity_rules(), "sentences", False)


def test_a_one_sided_event_completed_when_switched_on(analyzer, one_sided):
    # the coder's "offensive" keeps the Houthis as its source and leaves its target empty; the Brigade, the object
    # of the preposition the act noun governs, completes it: one event for one act, the completed side marked
    text = "The Houthis began their offensive on the Crimson Brigade at dawn."
    events = _events(analyzer, text)
    assert [(e.plover_type, e.source and e.source.country) for e in events] == [("ASSAULT", "YEM")], [_names(e) for e in events]
    e = events[0]
    assert "Crimson Brigade" in e.target.name and e.target_span["tier"] == "one_sided" and e.target_span["how"] == "sentence"
    assert e.source_span.get("how") != "sentence"  # the coder's own side is kept as it was
    assert e.confidence < calibration.default_threshold()
    # a party in a clause of its own is not the act's target
    text = "The Houthi offensive had stalled by then, although the Crimson Brigade still held the pass."
    events = _events(analyzer, text)
    assert events and not [x for x in events if x.target is not None], [_names(x) for x in events]


def test_one_unknown_name_written_twice_is_one_party(analyzer):
    # the resolver gives "Crimson Brigade" and "the Crimson Brigade's" two ids; they are one actor, never two sides
    text = "As long as Crimson Brigade keeps up its aggression, the Crimson Brigade's rivals will go on suffering."
    events = _events(analyzer, text)
    assert not _backed(events), [_names(e) for e in events]
