"""Meetings told by attendance, chairing or a delegation; joint statements; mediation (issue 14, sixth session, last round).

Sentences written for these tests (none taken from an evaluation file), positive and negative for each class:

- attending, taking part in, chairing or co-chairing a meeting, and leading a delegation, is consulting the meeting's
  other party (``triggers_phrases.yaml``); attending a concert or a ceremony is not (a place is never the target);
- a joint statement, declaration or communique is an agreement between its parties (``triggers.yaml`` nouns);
  a statement alone is not;
- brokering a ceasefire or a truce between two parties is mediation: the mediator consults them.
The one-sentence cases of this file's classes are in tests/data/events.yaml (group detect), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest

from eventkit import coded_events


def _events(analyzer, text, date="2024-03-04"):
    return coded_events(analyzer, text, date)


def _dyads(events):
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("text", ["The meeting was chaired by Germany and Brazil.", "It was chaired by Germany and Brazil."])
def test_chaired_by_a_pair_gives_their_dyad(analyzer, text):
    assert ("DEU", "BRA") in _dyads(_events(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Berlin attended a concert.",
        "The Brazilian team attended the opening ceremony in Paris.",
        "The Canadian envoy participated in the conference.",
        "The State Department issued a statement on Russia.",
    ],
)
def test_no_event_without_a_party(analyzer, text):
    assert not [e for e in _events(analyzer, text) if e.source and e.target and e.plover_type in ("CONSULT", "AGREE")]
