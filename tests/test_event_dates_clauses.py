"""Which time phrase dates an event (issue 14 item 4), by class: a "since" phrase starts a lasting state and
dates nothing; a noun event used as a time anchor ("since/after the invasion") is not dated by its clause but by
its own phrase or the noun it hangs from; a "when" clause happens at its main clause's time. Sentences written
for these tests, not taken from any evaluation file."""

from __future__ import annotations

from eventkit import coded_events
from eventkit import one as _one


def _events(analyzer, text, date="2024-06-14"):
    return coded_events(analyzer, text, date, "dc")


def test_since_phrase_dates_nothing(analyzer):
    e = _one(_events(analyzer, "Japan has provided humanitarian aid to Laos since 2015."), "AID")
    assert (e.date, e.date_precision) == ("2024-06-14", "publication")
    # the same act with a date of its own keeps it
    e = _one(_events(analyzer, "Japan provided humanitarian aid to Laos in 2015."), "AID")
    assert (e.date, e.date_precision) == ("2015-01-01", "year")


def test_anchor_noun_event_takes_its_own_date_not_the_clause(analyzer):
    since = "On Tuesday, Poland sent aid to Moldova for the first time since the start of Russia's invasion in February."
    after = "On Tuesday, Poland sent aid to Moldova after Russia's attack on Moldova."
    for text, ptype, expected in (
        (since, "ASSAULT", ("2024-02-01", "month", "February")),  # the date on "the start of" is the invasion's
        (since, "AID", ("2024-06-11", "day", "On Tuesday")),
        (after, "ASSAULT", ("2024-06-14", "publication", None)),  # not dated by its clause's "On Tuesday"
    ):
        e = _one(_events(analyzer, text), ptype)
        assert (e.date, e.date_precision) == expected[:2], (text, ptype, e.date_text)
        assert e.date_text is None or expected[2] in e.date_text or e.date_text in expected[2]


def test_when_clause_takes_the_time_of_its_main_clause(analyzer):
    text = "Last March, Canada criticized Brazil when Brazil expelled the Canadian ambassador."
    events = _events(analyzer, text)
    assert _one(events, "ACCUSE").date == "2024-03-01"
    expel = [e for e in events if e.source and e.source.country == "BRA"]
    assert expel and all((e.date, e.date_precision) == ("2024-03-01", "month") for e in expel)
    # a clause of its own with another subordinator ("because") does not borrow it
    events = _events(analyzer, "Last March, Canada criticized Brazil because Brazil expelled the Canadian ambassador.")
    expel = [e for e in events if e.source and e.source.country == "BRA"]
    assert expel and all(e.date_precision == "publication" for e in expel)


def test_a_verb_of_expecting_lends_its_time_to_the_expected_act(analyzer):
    # published on a Friday: "next Tuesday" of the expected signature, not the day of the expecting
    events = _events(analyzer, "Next Tuesday, Kenya expects that Uganda will sign a trade agreement with Sudan.")
    e = _one(events, "AGREE")
    assert (e.date, e.date_precision, e.factuality) == ("2024-06-18", "day", "planned")
    # a reporting verb's time is the time of the saying, not of what is reported
    events = _events(analyzer, "On Tuesday, Kenya said that Uganda had attacked Sudan.")
    e = _one(events, "ASSAULT")
    assert e.date_precision == "publication"


def test_a_time_phrase_of_a_coordinated_clause_with_its_own_subject_is_not_borrowed(analyzer):
    text = "Kenya supports Uganda, and the Kenyan minister will meet the president of Sudan next week."
    events = _events(analyzer, text)
    support = _one(events, "SUPPORT")
    # neither its date nor, through a future phrase of the other clause, its factuality
    assert (support.date_precision, support.factuality) == ("publication", "asserted")
    meet = _one(events, "CONSULT")
    assert (meet.date, meet.date_precision, meet.factuality) == ("2024-06-17", "week", "planned")
    # a future phrase of the event's own clause still makes a present tense a plan
    e = _one(_events(analyzer, "The Kenyan minister travels to Uganda next week."), "CONSULT")
    assert e.factuality == "planned"


def test_ago_counts_back_from_publication():
    from attache.events.dates import resolve

    assert resolve("three days ago", "2024-06-14") == ("2024-06-11", "day")
    assert resolve("just under a week ago", "2024-06-14") == ("2024-06-07", "week")
    assert resolve("two years ago", "2024-06-14") == ("2022-01-01", "year")
    assert resolve("a few weeks ago", "2024-06-14") == (None, "unknown")


def test_an_event_with_an_unnamed_side_neither_lends_nor_borrows_a_date(analyzer):
    # "its attacks" with no target named is not known to be the attacks of February
    events = _events(analyzer, "Kenya's attacks in February shocked the region. Kenya must end its attacks.")
    attacks = sorted((e for e in events if e.plover_type == "ASSAULT"), key=lambda e: e.sentence_start)
    assert len(attacks) == 2 and all(e.target is None for e in attacks)
    assert (attacks[0].date, attacks[0].date_precision) == ("2024-02-01", "month")
    assert attacks[1].date_precision == "publication"
    # two tellings with both sides named still share the date
    events = _events(analyzer, "On Tuesday, Kenya attacked Uganda. In a long statement, Kenya attacked Uganda again.")
    assault = [e for e in events if e.plover_type == "ASSAULT"]
    assert assault and all(e.date == "2024-06-11" for e in assault)


def test_a_year_naming_the_object_is_not_the_acts_date(analyzer):
    # "the 2015 deal" says which deal, not when it was praised; a date after the object may still be the act's
    e = _one(_events(analyzer, "Kenya praised the 2015 nuclear deal with Iran."), "SUPPORT")
    assert (e.date, e.date_precision) == ("2024-06-14", "publication")
    e = _one(_events(analyzer, "Kenya held talks with Uganda on Monday."), "CONSULT")
    assert (e.date, e.date_precision) == ("2024-06-10", "day")
