"""Factuality and dates of events (issue 14, item 4): questions, reported speech, date spans,
a time expression's own clause, dates taken from the same event elsewhere or from publication."""

from __future__ import annotations

from attache.events.dates import resolve
from eventkit import coded_events


def _events(analyzer, text, date="2025-04-09"):
    return coded_events(analyzer, text, date, "fd")


def _of(events, ptype):
    return [e for e in events if e.plover_type == ptype]


def test_date_spans_are_ranges_never_a_year_from_the_days():
    assert resolve("May 12-14, 2024", None) == ("2024-05-12", "range")
    assert resolve("12-14 May 2024", None) == ("2024-05-12", "range")
    assert resolve("June 28 to July 2, 2023", None) == ("2023-06-28", "range")
    assert resolve("between 2016 and 2019", None) == ("2016-01-01", "range")
    assert resolve("from February to April 2022", None) == ("2022-02-01", "range")
    # without a year, the span takes the publication's year (the previous one for a later month)
    assert resolve("October 3-5", "2023-11-20") == ("2023-10-03", "range")
    assert resolve("December 3-5", "2023-11-20") == ("2022-12-03", "range")
    # a single date with a day span inside never becomes year 2010 or 2014
    for phrase in ("May 12-14, 2024", "12-14 May 2024"):
        assert not resolve(phrase, "2024-06-01")[0].startswith(("2010", "2012", "2014"))


def test_weekdays_resolve_against_publication():
    # published on a Thursday: "Tuesday" is two days before, "Thursday" the same day, "last Thursday" a week before
    assert resolve("Tuesday", "2024-02-15") == ("2024-02-13", "day")
    assert resolve("Thursday", "2024-02-15") == ("2024-02-15", "day")
    assert resolve("last Thursday", "2024-02-15") == ("2024-02-08", "day")
    # a planned event looks forward
    assert resolve("Saturday", "2024-02-15", future=True) == ("2024-02-17", "day")


def test_questions_are_never_asserted(analyzer):
    for text in (
        "Did Turkey send drones to Azerbaijan last year?",
        "Will Egypt sign the water agreement with Ethiopia?",
        "“Is Japan going to sanction North Korea again?” a journalist asked.",
    ):
        events = _events(analyzer, text)
        assert events, text
        assert all(e.factuality != "asserted" and e.factuality_cue == "?" for e in events), text
    # an assertion next to a question keeps its own label
    events = _events(analyzer, "Turkey sent drones to Azerbaijan. Why did Ankara do it?")
    assert any(e.factuality == "asserted" for e in events)


def test_attributed_statements_are_reported_with_the_speaker(analyzer):
    (e,) = [
        e
        for e in _events(analyzer, "Armenian officials said Azerbaijan attacked Armenia overnight.")
        if e.plover_type == "ASSAULT"
    ]
    assert e.factuality == "reported" and e.attributed_to == "Armenian officials"
    # an allegation (claims, alleges, blames) is the speaker's ACCUSE, never the alleged act asserted (issue 14 item 4)
    events = _events(analyzer, "Venezuela attacked Guyana's border posts, the Guyanese defence minister claimed.")
    assert not any(e.plover_type == "ASSAULT" and e.factuality == "asserted" for e in events)
    assert any(e.plover_type == "ACCUSE" and e.target and e.target.country == "VEN" for e in events)
    events = _events(analyzer, "The Serbian government alleges that Kosovo expelled Serbian diplomats.")
    assert not any(e.source and e.source.country == "XKX" and e.factuality == "asserted" for e in events)
    assert any(
        e.plover_type == "ACCUSE" and e.source and e.source.country == "SRB" and e.target and e.target.country == "XKX"
        for e in events
    )


def test_a_date_belongs_to_its_own_clause(analyzer):
    text = "Chile, which joined the pact in 2019, criticized Peru on Friday."
    (e,) = _of(_events(analyzer, text, date="2024-03-12"), "ACCUSE")
    assert (e.date, e.date_precision, e.date_text) == ("2024-03-08", "day", "Friday")
    text = "After the Mexican election in 2018, Mexico criticized the United States."
    (e,) = _of(_events(analyzer, text, date="2024-03-12"), "ACCUSE")
    assert e.date_precision == "publication" and e.date == "2024-03-12"


def test_date_spans_in_text(analyzer):
    (e,) = _of(_events(analyzer, "Kenyan and Ugandan ministers met in Nairobi on May 12-14, 2024.", date="2024-05-20"), "CONSULT")
    assert (e.date, e.date_precision) == ("2024-05-12", "range")


def test_undated_event_takes_the_date_of_the_same_event_then_publication(analyzer):
    text = (
        "Egypt criticized Ethiopia on Tuesday over the dam. "
        "In a long statement, Egypt criticized Ethiopia again. "
        "Sudan thanked Kenya."
    )
    events = _events(analyzer, text, date="2024-02-15")
    accuse = _of(events, "ACCUSE")
    assert accuse and all(e.date == "2024-02-13" and e.date_precision == "day" for e in accuse)
    thanks = [e for e in events if e.source and e.source.country == "SDN"]
    assert thanks and thanks[0].date == "2024-02-15" and thanks[0].date_precision == "publication"
    # a bare year is background more often than the date of one happening: not lent to another telling
    events = _of(
        _events(analyzer, "In 2019, Egypt criticized Ethiopia. Egypt criticized Ethiopia again over the dam.", date="2024-02-15"),
        "ACCUSE",
    )
    assert sorted((e.date, e.date_precision) for e in events) == [("2019-01-01", "year"), ("2024-02-15", "publication")]
    # no publication date and nothing in the text: no date, and it says so
    for e in _events(analyzer, "Sudan thanked Kenya.", date=None):
        assert e.date is None and e.date_precision == "unknown"
