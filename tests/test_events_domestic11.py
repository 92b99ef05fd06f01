"""Events whose two sides are of one country (issue 14, tenth session, h14same11).

Sentences and names written for these tests (none taken from an evaluation file or the seeds):

- the quoted body of a message told before is the sender's act when the quote mark is glued to the words before it
  ('The message reads, in part:"Your ...'), as when it stands alone; no quote, no act;
- the back-off's entity tier still keeps a state and its own actors, and two persons of one government, as one side
  (the wider domestic pairs tried in this branch were dropped: docs/benchmarks.md, h14same11). The pair check reads
  only the mentions here (no parse), so it is called without head tokens.
"""

from __future__ import annotations

import pytest

from attache.events import sentence
from attache.model import Mention
from eventkit import coded_events

DATE = "2021-05-05"
KREMLIN = "http://en.kremlin.ru/events/president/news/1"


def _m(text: str, country: str | None, sector: str | None, kind: str, actor_id: str | None = None) -> Mention:
    return Mention(
        "t", 0, len(text), text, actor_id or f"{country}.{sector}.{text.lower()}", text, country, sector, None, 0.9, "kb", kind
    )


REBELS = _m("Northern rebels", "ARM", "REB", "collective")
COUNTRY = _m("Armenia", "ARM", None, "country", "ARM")
MINISTRY = _m("the Armenian Defence Ministry", "ARM", "GOV", "institution")
PRESIDENT = _m("Anna Voskanyan", "ARM", "GOV", "person")
MINISTER = _m("David Sargsyan", "ARM", "GOV", "person")
GOVERNMENT = _m("the government", "ARM", "GOV", "collective")
ARMY = _m("the army", "ARM", "MIL", "collective")


def _pair(a, b, joint=False):
    return sentence._pair_ok((a, None), (b, None), None, joint, party=sentence._actor)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (REBELS, COUNTRY),  # tried and dropped (h14same11): the added demo events were mostly wrong
        (MINISTRY, COUNTRY),  # a state and its own ministry: one side told twice
        (PRESIDENT, MINISTER),  # tried and dropped: two persons of one government stay one side
        (PRESIDENT, GOVERNMENT),
    ],
)
def test_the_entity_tier_keeps_one_country_pairs_of_one_side_apart(a, b):
    assert not _pair(a, b)


def _evidence_in_body(analyzer, body: str) -> bool:
    context = "Vladimir Putin sent greetings to the participants of the All-Russian Forum of Young Engineers."
    text = context + "\n\n" + body
    events = coded_events(analyzer, text, DATE, url=KREMLIN)
    at = len(context) + 2
    return any(
        e.plover_type == "SUPPORT"
        and e.source is not None
        and e.source.country == "RUS"
        and (e.trigger_start >= at or any(end > at for _start, end in e.evidence))
        for e in events
    )


@pytest.mark.parametrize(
    "body",
    [
        'The message reads, in part:"Your forum has become a real school of talent for young people. It brings them together.',
        'The message reads, in part: "Your forum has become a real school of talent for young people. It brings them together.',
    ],
)
def test_a_message_body_with_a_glued_or_a_free_quote_mark_is_the_senders_act(analyzer, body):
    assert _evidence_in_body(analyzer, body)


def test_a_message_told_without_a_quote_is_no_body(analyzer):
    assert not _evidence_in_body(analyzer, "The message reads, in part, that the forum has become a school of talent.")
