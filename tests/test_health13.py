"""Twelfth session's code health of events/coder.py (h14health13): the publisher read through actors/context.py, the
calibration's typed entry point, and the one walk that finds the party defended. Sentences written for these tests."""

from __future__ import annotations

from attache.events.coder import issuer_of
from attache.nlp import parse
from eventkit import article, coded_events


def test_the_issuer_is_the_government_publisher_context_knows():
    assert issuer_of(None) is None
    assert issuer_of(article("A text.", "2023-05-02")) is None  # no outlet, no URL
    assert issuer_of(article("A text.", "2023-05-02", url="https://www.reuters.com/world/x")) is None  # news
    found = issuer_of(article("A text.", "2023-05-02", url="https://www.state.gov/some-remarks/"))
    assert found is not None and found[0] == "USA"


def test_code_in_context_gives_the_events_and_the_document_context(analyzer):
    art = article("Norway condemned Serbia's attack on Kosovo on Tuesday.", "2024-02-06", url="https://www.state.gov/x/")
    parsed = next(iter(parse([art])))
    mentions = analyzer.resolver.resolve(parsed, "2024-02-06")
    events, doc = analyzer.coder.code_in_context(parsed, mentions, "2024-02-06")
    assert doc["official"] is True and doc["issuer"] == "USA"
    assert [e.plover_type for e in events] == [e.plover_type for e in analyzer.coder.code(parsed, mentions, "2024-02-06")]
    assert not hasattr(analyzer.coder, "doc_context")


def _sides(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coded_events(analyzer, text, "2024-03-01", "t")
    return [(e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events]


def test_the_party_able_to_defend_itself_is_the_target_of_the_attack(analyzer):
    found = _sides(analyzer, "Chile backed Peru's ability to defend itself against Bolivia's invasion.")
    assert ("ASSAULT", "BOL", "PER") in found


def test_a_defence_verb_with_a_pronoun_takes_the_last_fitting_country(analyzer):
    found = _sides(analyzer, "Chile sent Peru aid as it defends itself against Bolivia's invasion.")
    assert ("ASSAULT", "BOL", "PER") in found


def test_help_for_nobody_named_gives_no_target(analyzer):
    found = _sides(analyzer, "Chile praised the calm in the face of Bolivia's invasion.")
    assert not [f for f in found if f[0] == "ASSAULT" and f[2] is not None]
