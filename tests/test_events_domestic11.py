"""Events whose two sides are of one country (issue 14, tenth session, h14same11).

Sentences and names written for these tests (none taken from an evaluation file or the seeds):

- the back-off's entity tier pairs two actors of one country when they are not one side told twice: an actor that is
  no part of its state (rebels, the opposition, civilians) and its own country; two named persons of one sector in an
  act that is not a joint one. A state and its own official, two offices of one government, and two persons of one
  government in a talk stay one side;
- the fallback's sides by order may pair an actor that is no part of its state with another actor of its country of
  another sector, never two state bodies of one country, nor an actor and its country's name;
- the quoted body of a message told before is the sender's act when the quote mark is glued to the words before it
  ('The message reads, in part:"Your ...'), as when it stands alone; no quote, no act.
"""

from __future__ import annotations

import pytest

from attache.events import fallback, sentence
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
FARMERS = _m("farmers", "ARM", "CVL", "collective")


@pytest.mark.parametrize(
    ("a", "b", "joint", "ok"),
    [
        (REBELS, COUNTRY, False, True),  # rebels and their own country: two sides
        (COUNTRY, FARMERS, False, True),
        (MINISTRY, COUNTRY, False, False),  # a state and its own ministry: one side told twice
        (PRESIDENT, COUNTRY, False, False),
        (PRESIDENT, MINISTER, False, True),  # two named persons of one government: "dismissed", "criticised"
        (PRESIDENT, MINISTER, True, False),  # ... but not in a joint act (a meeting of one government)
        (PRESIDENT, GOVERNMENT, False, False),  # a person and an office of one sector: one government
        (MINISTRY, GOVERNMENT, False, False),
        (REBELS, GOVERNMENT, False, True),  # sectors differ: as before
        (ARMY, GOVERNMENT, True, True),
    ],
)
def test_which_pairs_of_one_country_the_entity_tier_makes(a, b, joint, ok):
    assert sentence._domestic_ok(a, b, joint, sentence.entity_rules()) is ok


def test_the_entity_tier_rules_can_be_switched_off(monkeypatch):
    cfg = dict(sentence.entity_rules())
    cfg["own_country_sectors"] = frozenset()
    cfg["same_sector_persons"] = False
    assert not sentence._domestic_ok(REBELS, COUNTRY, False, cfg)
    assert not sentence._domestic_ok(PRESIDENT, MINISTER, False, cfg)


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (REBELS, GOVERNMENT, True),  # no part of the state, another sector
        (FARMERS, ARMY, True),
        (REBELS, COUNTRY, False),  # a country's name stays out of the sides by order
        (ARMY, GOVERNMENT, False),  # two state bodies of one country
        (PRESIDENT, MINISTER, False),
        (REBELS, _m("Southern rebels", "ARM", "REB", "collective"), False),  # one sector
        (REBELS, _m("the Georgian government", "GEO", "GOV", "collective"), False),  # two countries: not this rule
    ],
)
def test_which_pairs_of_one_country_the_fallback_makes(a, b, ok):
    assert fallback.domestic(a, b, fallback.rules()) is ok


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
