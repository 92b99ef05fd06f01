"""Dates written in the sentence that the event used to ignore (issue 14, fifth session), by class: a TIME entity
that names a day ("Wednesday night", "last night") dates its clause like a DATE entity; a subjectless purpose or
participial clause ("... from May 2 to 4 to consult with ...") takes the time of the act it hangs from. The rule
"a time expression belongs to its own clause" still holds. Sentences written for these tests, not taken from any
evaluation or audit file."""

from __future__ import annotations

from eventkit import coded_events
from eventkit import one as _one


def _events(analyzer, text, date="2024-06-14"):  # a Friday
    return coded_events(analyzer, text, date, "d5")


def test_time_entity_naming_a_weekday_dates_the_act(analyzer):
    for text in ("Israel struck targets in Syria on Wednesday night.", "On Wednesday night, Israel struck targets in Syria."):
        e = _one(_events(analyzer, text), "ASSAULT")
        assert (e.date, e.date_precision) == ("2024-06-12", "day"), (text, e.date_text)


def test_last_night_is_the_day_before_publication(analyzer):
    e = _one(_events(analyzer, "Last night, Russia launched missiles at Ukraine."), "ASSAULT")
    assert (e.date, e.date_precision) == ("2024-06-13", "day")


def test_a_clock_time_alone_gives_no_date(analyzer):
    e = _one(_events(analyzer, "Israel struck targets in Syria at 10 p.m."), "ASSAULT")
    assert (e.date, e.date_precision) == ("2024-06-14", "publication")


def test_purpose_clause_takes_the_time_of_the_trip(analyzer):
    text = (
        "Special envoy John Smith will lead a delegation to Rome, Paris and Berlin from September 3 to 6 "
        "to consult with European partners on the crisis."
    )
    e = _one(_events(analyzer, text), "CONSULT", "consult")
    assert (e.date, e.date_precision) == ("2024-09-03", "range"), e.date_text


def test_a_time_phrase_of_another_clause_still_does_not_date_the_act(analyzer):
    # "before" opens a time anchor, not a purpose: the January of the troops is not the attack's
    events = _events(analyzer, "In January, Russia massed troops on the border before attacking Ukraine.")
    attacks = [e for e in events if e.plover_type == "ASSAULT" and "attack" in (e.trigger or "")]
    assert all(e.date != "2024-01-01" for e in attacks), [(e.trigger, e.date_text) for e in attacks]
    # a relative clause's year does not date the main act
    e = _one(_events(analyzer, "Germany criticized Poland, which had closed the border in 2021."), "ACCUSE")
    assert (e.date, e.date_precision) == ("2024-06-14", "publication")


def test_date_after_the_objects_chain_or_in_a_circumstance_phrase_dates_the_act(analyzer):
    # "in June 2018" hangs from "delegations", reached from the object "one" through "of"
    e = _one(_events(analyzer, "Egypt's president met one of the delegations of Sudanese ministers in June 2018."), "CONSULT")
    assert (e.date, e.date_precision) == ("2018-06-01", "month"), e.date_text
    e = _one(_events(analyzer, "Secretary Smith, in a previous post in 2014, supported Jordan by providing weapons."), "AID")
    assert (e.date, e.date_precision) == ("2014-01-01", "year"), e.date_text


def test_a_date_of_a_topical_phrase_does_not_date_the_act(analyzer):
    # "in 2022" hangs from the attack the aid follows, not from the sending
    e = _one(_events(analyzer, "Germany sent aid to Ukraine after the attack on Kyiv in 2022."), "AID")
    assert e.date_precision == "publication", e.date_text


def test_an_uncertain_count_back_gives_a_span(analyzer):
    from attache.events.dates import resolve

    assert resolve("about a year or two ago", "2024-06-14") == ("2022-01-01", "range")
    assert resolve("two years ago", "2024-06-14") == ("2022-01-01", "year")
    assert resolve("a few weeks ago", "2024-06-14") == (None, "unknown")
    # the tagger splits "a [week] or [two ago]": the phrase is read whole, not as "this week"
    e = _one(_events(analyzer, "Iran expelled a Danish diplomat a week or two ago."), "SANCTION")
    assert (e.date, e.date_precision) == ("2024-05-31", "range"), e.date_text
