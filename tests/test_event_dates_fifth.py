"""Dates written in the sentence that the event used to ignore (issue 14, fifth session), by class: a TIME entity
that names a day ("Wednesday night", "last night") dates its clause like a DATE entity; a subjectless purpose or
participial clause ("... from May 2 to 4 to consult with ...") takes the time of the act it hangs from. The rule
"a time expression belongs to its own clause" still holds. Sentences written for these tests, not taken from any
evaluation or audit file.
The one-sentence, one-event cases of this file are in tests/data/events.yaml (dates5), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

from eventkit import coded_events
from eventkit import one as _one


def _events(analyzer, text, date="2024-06-14"):  # a Friday
    return coded_events(analyzer, text, date, "d5")


def test_a_time_phrase_of_another_clause_still_does_not_date_the_act(analyzer):
    # "before" opens a time anchor, not a purpose: the January of the troops is not the attack's
    events = _events(analyzer, "In January, Russia massed troops on the border before attacking Ukraine.")
    attacks = [e for e in events if e.plover_type == "ASSAULT" and "attack" in (e.trigger or "")]
    assert all(e.date != "2024-01-01" for e in attacks), [(e.trigger, e.date_text) for e in attacks]


def test_an_uncertain_count_back_gives_a_span(analyzer):
    from attache.events.dates import resolve

    assert resolve("about a year or two ago", "2024-06-14") == ("2022-01-01", "range")
    assert resolve("two years ago", "2024-06-14") == ("2022-01-01", "year")
    assert resolve("a few weeks ago", "2024-06-14") == (None, "unknown")
    # the tagger splits "a [week] or [two ago]": the phrase is read whole, not as "this week"
    e = _one(_events(analyzer, "Iran expelled a Danish diplomat a week or two ago."), "SANCTION")
    assert (e.date, e.date_precision) == ("2024-05-31", "range"), e.date_text
