"""Event dates, sixth session (issue 14, item 4), by class, each with its counter-case: a phrase counted from the
time of the story ("the very next month", "the following week", "a week later", "that year") names no date of its
own (it is not counted from publication); "the eve of" a date is the day before; a bare "Today" the tagger left
untagged dates its clause; the speaker's own act stated in the present takes the date of its saying ("X said on
Tuesday he supports ..."), while what he says someone else did does not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attache.events.dates import resolve
from eventkit import coded_events
from eventkit import one as _one

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


def test_a_story_relative_phrase_leaves_the_event_to_the_publication_date(analyzer):
    e = _one(_events(analyzer, "The very next month, Ruritania's army attacked Ukraine."), "ASSAULT")
    assert e.date_precision == "publication" and e.date == PUB, e.date_text
    # counted from publication, "next month" is a date of its own
    e = _one(_events(analyzer, "France will send troops to Estonia next month."), "MOBILIZE")
    assert (e.date, e.date_precision) == ("2024-07-01", "month")


def test_a_bare_today_dates_its_clause(analyzer):
    e = _one(_events(analyzer, "Today the Department of State sanctioned three Iranian officials.", "2024-06-12"), "SANCTION")
    assert (e.date, e.date_precision) == ("2024-06-12", "day")


def test_the_speakers_own_statement_takes_the_date_of_its_saying(analyzer):
    e = _one(_events(analyzer, "On Tuesday, the Chinese foreign ministry said it condemns the Japanese sanctions."), "ACCUSE")
    assert (e.factuality, e.date, e.date_precision) == ("asserted", "2024-06-11", "day")
    e = _one(_events(analyzer, "Putin said on Wednesday he supports the Serbian government."), "SUPPORT")
    assert (e.date, e.date_precision) == ("2024-06-12", "day")


def test_what_the_speaker_says_another_did_keeps_no_date_of_the_saying(analyzer):
    e = _one(_events(analyzer, "On Tuesday, Japan said China had detained a Japanese citizen."), "COERCE")
    assert e.factuality == "reported" and e.date_precision == "publication", (e.date, e.date_text)


def test_this_year_framing_a_count_does_not_date_the_act(analyzer):
    e = _one(_events(analyzer, "This is the third visit of the Indian prime minister to Russia this year."), "CONSULT")
    assert (e.factuality, e.date_precision) == ("asserted", "publication"), (e.factuality_cue, e.date_text)
    # without a count, "this year" dates the act
    e = _one(_events(analyzer, "Russia attacked Ukraine this year."), "ASSAULT")
    assert (e.date, e.date_precision) == ("2024-01-01", "year")


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
