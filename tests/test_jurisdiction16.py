"""A state organ's legal act places the countryless person it is done to in the organ's country
(events/jurisdiction.py, h14juris16), only when nothing in the sentence says otherwise; and a titled surname one
letter from a listed office holder's is that holder (actors/kb.py ``find_titled``, h14respell16). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mention, mentions


def _target(analyzer, text: str, ptype: str):
    found = [e for e in coded_events(analyzer, text, "2022-04-16") if e.plover_type == ptype and e.target is not None]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "text, ptype, country",
    [
        ("The Metropolitan Police arrested John Wheeler on Sunday.", "COERCE", "GBR"),
        ("The Justice Department charged John Wheeler with fraud.", "ACCUSE", "USA"),
    ],
)
def test_a_legal_act_places_whom_it_is_done_to(analyzer, text, ptype, country):
    e = _target(analyzer, text, ptype)
    assert e.target.country == country
    assert e.target.actor_id.startswith(country + ".")
    assert country in e.target_span["country_by"]  # the side says why it has that country


@pytest.mark.parametrize(
    "text, ptype",
    [
        ("The Metropolitan Police arrested John Wheeler in Paris on Sunday.", "COERCE"),  # a foreign place: not said
        ("The State Department expelled John Wheeler.", "COERCE"),  # expelled: a foreigner as a rule
    ],
)
def test_no_country_where_the_sentence_leaves_it_open(analyzer, text, ptype):
    e = _target(analyzer, text, ptype)
    assert e.target.country is None
    assert "country_by" not in (e.target_span or {})


def test_a_respelt_surname_after_an_office_title(analyzer):
    ms = mentions(analyzer, "Secretary Blinken met Foreign Minister Tileuberdi in Washington.", published="2022-05-20")
    m = mention(ms, "Tileuberdi")
    assert (m.country, m.name) == ("KAZ", "Mukhtar Tleuberdi")
    # an office the person did not hold on that day: no respelling is taken for theirs
    ms = mentions(analyzer, "Secretary Blinken met Defence Minister Tileuberdi in Washington.", published="2022-05-20")
    assert mention(ms, "Tileuberdi").country != "KAZ"
