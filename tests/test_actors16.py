"""A country's possessive before a leader's surname ("Venezuela's Maduro") is no other person of that surname
(actors/resolve.py ``_other_bearer``, h14possname16); a given name before it still is. Sentences written for these
tests."""

from __future__ import annotations

from eventkit import mention, mentions


def test_a_possessive_country_before_a_surname_is_no_given_name(analyzer):
    ms = mentions(analyzer, "Venezuela's Maduro thanked Cuba for its support.", published="2022-05-20")
    assert mention(ms, "Maduro").country == "VEN"


def test_a_given_name_before_the_surname_is_another_bearer(analyzer):
    ms = mentions(analyzer, "Clara Orban wrote a novel. Orban said it was good.", published="2022-05-20")
    assert all(m.country != "HUN" for m in ms if m.text == "Orban")
