"""Event dates, sixth session (issue 14, item 4), by class, each with its counter-case: a phrase counted from the
time of the story ("the very next month", "the following week", "a week later", "that year") names no date of its
own (it is not counted from publication); "the eve of" a date is the day before; a bare "Today" the tagger left
untagged dates its clause; the speaker's own act stated in the present takes the date of its saying ("X said on
Tuesday he supports ..."), while what he says someone else did does not. Sentences written for these tests.
The one-sentence, one-event cases of this file are in tests/data/events.yaml (dates6), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest

from attache.events.dates import resolve
from eventkit import coded_events

PUB = "2024-06-14"  # a Friday


def _events(analyzer, text, date=PUB):
    return coded_events(analyzer, text, date, "d6")


@pytest.mark.parametrize(
    "phrase",
    [
        "the very next month",
        "the following week",
        "the next day",
        "that year",
        "later that month",
        "a week later",
        "two days earlier",
        "the year before",
        "the following Monday",
        "that same year",
    ],
)
def test_a_phrase_counted_from_the_story_names_no_date(phrase):
    assert resolve(phrase, PUB) == (None, "unknown")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("next month", ("2024-07-01", "month")),
        ("last week", ("2024-06-03", "week")),
        ("earlier this month", ("2024-06-01", "month")),
        ("next Monday", ("2024-06-17", "day")),
        ("three years ago", ("2021-01-01", "year")),
        ("the week of March 4, 2024", ("2024-03-04", "day")),
    ],
)
def test_a_phrase_counted_from_publication_still_resolves(phrase, expected):
    assert resolve(phrase, PUB) == expected


def test_the_eve_of_a_date_is_the_day_before():
    assert resolve("the eve of May 9, 2024", PUB) == ("2024-05-08", "day")
    assert resolve("on the eve of the summit", PUB) == (None, "unknown")


def test_a_planned_meeting_after_a_dated_trip_takes_the_trips_dates(analyzer):
    text = (
        "Special envoy John Smith will travel to Tallinn and Riga from July 2 to 5. "
        "He will also meet with business leaders to discuss energy security."
    )
    events = _events(analyzer, text)
    meet = [e for e in events if e.plover_type == "CONSULT" and e.trigger in ("meet", "discuss")]
    assert meet and all((e.date, e.date_precision) == ("2024-07-02", "range") for e in meet), [
        (e.trigger, e.date, e.date_text) for e in events
    ]
    # an act of another type after the trip is not bound to it
    text = "Special envoy John Smith will travel to Tallinn from July 2 to 5. The United States will continue to provide aid to Estonia."
    aid = [e for e in _events(analyzer, text) if e.plover_type == "AID"]
    assert all(e.date_precision == "publication" for e in aid), [(e.date, e.date_text) for e in aid]
