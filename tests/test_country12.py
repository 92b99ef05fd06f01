"""Named office holders coded without their country (eleventh session, issue 14, h14country12): a surname after an
office title is the listed holder of that office when the title is written in another form than the office-holder
list's ("Foreign Minister" / "Minister of Foreign Affairs"), when the surname is another transliteration
("Lukashenka" / "Lukashenko"), or when the full name differs in the first name ("Benjamin" / "Benny") and the office
was held on the date; and where it stays silent (no listed holder of that office, the office not held on the date,
another initial, a surname shared by several holders). Sentences written for these tests; the office holders are
real people of the office-holder list (Wikidata, CC0)."""

from __future__ import annotations

import pytest

from eventkit import mentions

# (sentence, publication date, the mention's exact text, expected country)
CASES = [
    ("Foreign Minister Lapid said on Tuesday that the talks had gone well.", "2021-10-13", "Lapid", "ISR"),
    ("Reporters waited outside while Defense Minister Gantz reviewed the plan.", "2021-03-01", "Gantz", "ISR"),
    ("Diplomats said President Lukashenka would not attend the summit.", "2021-08-10", "Lukashenka", "BLR"),
    ("Talks resumed after Defense Minister Benjamin Gantz arrived at the base.", "2021-03-01", "Benjamin Gantz", "ISR"),
    # silent: the office was not held on the date (Gantz became defence minister in 2020)
    ("Talks resumed after Defense Minister Benjamin Gantz arrived at the base.", "2012-03-01", "Benjamin Gantz", None),
    # silent: another first initial than the listed holder's
    ("Talks resumed after Defense Minister Jonah Gantz arrived at the base.", "2021-03-01", "Jonah Gantz", None),
    # silent: another spelling of a listed surname after a title that is no head of state's or government's
    ("Attorney General Pairis said on Tuesday that the charges would stand.", "2022-05-17", "Pairis", None),
    # silent: the listed holder of that surname held the office years before the date
    ("Foreign Minister Osmani said on Tuesday that the talks had gone well.", "2021-06-18", "Osmani", None),
    # silent: no listed holder of that surname held that office
    ("Finance Minister Daniel Hallworth said on Tuesday that the budget would pass.", "2021-03-01", "Daniel Hallworth", None),
]


@pytest.mark.parametrize("text,date,name,expected", CASES, ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_a_titled_surname_is_the_listed_holder_of_that_office(analyzer, text, date, name, expected):
    ms = mentions(analyzer, text, published=date, article_id="c12")
    found = [m for m in ms if m.text == name]
    assert found, [(m.text, m.kind, m.country) for m in ms]
    assert found[-1].country == expected, (found[-1], [(m.text, m.country) for m in ms])


def test_the_listed_holder_keeps_the_office_on_the_date(analyzer):
    ms = mentions(analyzer, "Foreign Minister Lapid spoke to the press.", published="2021-10-13", article_id="c12b")
    lapid = next(m for m in ms if m.text == "Lapid")
    assert lapid.name == "Yair Lapid"
    assert lapid.sector == "GOV"


def test_the_title_forms_are_data():
    from attache.actors.kb import load_context_rules

    forms = load_context_rules()["listed_title_forms"]
    assert "minister of foreign affairs" in forms["foreign minister"]
