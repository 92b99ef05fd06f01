"""The sentence-level back-off (issue 14, sixth session, events/sentence.py, data/sentence.yaml): a sentence that
names parties of two countries and tells an act between them, but where no trigger's syntax gave an event with
both sides, gets one event marked "sentence" with a low confidence. Sentences written for these tests, not taken
from an evaluation file (the first one has the shape of a tuning sentence of gold dev, with other parties)."""

from __future__ import annotations

from test_events_arguments import _events

from attache.events import calibration, sentence


def _backed(events):
    return [e for e in events if sentence.has_sentence_side(e)]


def _sides(e):
    return (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None)


def test_two_countries_and_an_act_word_the_rules_miss_give_a_sentence_event(analyzer):
    # "aggression" is an act noun whose target the syntax does not link (the people of Peru are the main
    # clause's subject); the sentence names both parties
    events = _events(analyzer, "As long as Chile keeps up its aggression, the people of Peru will go on suffering.")
    backed = _backed(events)
    assert [_sides(e) for e in backed] == [("ASSAULT", "CHL", "PER")], [_sides(e) for e in events]
    e = backed[0]
    assert e.source_span["how"] == "sentence" and e.target_span["how"] == "sentence"
    assert e.trigger == "aggression" and e.factuality == "asserted"
    # the evidence is kept as for every event: the sentence and the sides' words
    assert e.source_span["text"] == "Chile" and "Peru" in e.target_span["text"]
    # a verb the lexicon knows, its target far down a list the parse hangs elsewhere
    backed = _backed(
        _events(analyzer, "Chile recognizes the important role that many partners play, from farmers to the Peruvian government.")
    )
    assert [_sides(e) for e in backed] == [("SUPPORT", "CHL", "PER")]


def test_two_countries_without_an_act_give_no_event(analyzer):
    for text in (
        "Chile and Peru are two of the largest copper producers in the world.",
        "Chile is Peru's largest trading partner after Bolivia.",
    ):
        assert not _events(analyzer, text), text


def test_a_question_gives_no_sentence_event(analyzer):
    asserted = "As long as Chile keeps up its aggression, the people of Peru will go on suffering."
    asked = "As long as Chile keeps up its aggression, will the people of Peru go on suffering?"
    assert _backed(_events(analyzer, asserted))
    assert not _backed(_events(analyzer, asked))


def test_coordinated_or_nested_parties_are_not_two_sides(analyzer):
    # "Chile and Peru" together do what follows: not one acting on the other (the type is not reciprocal)
    assert not _backed(_events(analyzer, "Chile and Peru are united in their determination to prevent famine."))
    # a place is never a side
    assert not _backed(_events(analyzer, "Chile recognizes the important role that many partners play in Peru."))


def test_a_topic_verb_takes_no_target_from_what_is_discussed(analyzer):
    events = _events(analyzer, "Today the envoy of Chile will discuss the situation of Peruvian fishermen.")
    assert not [e for e in events if e.target is not None], [_sides(e) for e in events]


def test_a_sentence_event_has_a_low_confidence(analyzer, monkeypatch):
    backed_text = "As long as Chile keeps up its aggression, the people of Peru will go on suffering."
    syntax_text = "Chile attacked the people of Peru."
    by_syntax = [e for e in _events(analyzer, syntax_text) if _sides(e) == ("ASSAULT", "CHL", "PER")]
    backed = _backed(_events(analyzer, backed_text))
    assert by_syntax and backed and not _backed(by_syntax)
    # calibrated: below the same pair found by the syntax, and below the --min-confidence default
    assert backed[0].confidence < by_syntax[0].confidence
    assert backed[0].confidence < calibration.default_threshold()
    # the coder's own score is the yaml's, below the syntax's
    monkeypatch.setenv("ATTACHE_RAW_CONFIDENCE", "1")
    raw = _backed(_events(analyzer, backed_text))[0].confidence
    assert raw == sentence.rules()["confidence"]
    assert raw < [e for e in _events(analyzer, syntax_text) if _sides(e) == ("ASSAULT", "CHL", "PER")][0].confidence


def test_switched_off_by_the_yaml(analyzer, monkeypatch):
    text = "As long as Chile keeps up its aggression, the people of Peru will go on suffering."
    monkeypatch.setitem(sentence.rules(), "enabled", False)
    assert not _backed(_events(analyzer, text))
