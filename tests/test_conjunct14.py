""" "A and other B" with B an act or a programme is a list hung on the wrong noun (h14conj14): B's actor is no party
of A's phrase ("war against Bolivia and other Chilean government efforts"); coordinated parties keep both.
Sentences written for these tests."""

from __future__ import annotations

from eventkit import triples_in

URL = "https://www.state.gov/briefing-h14conj14/"


def test_the_words_come_from_the_data_file(analyzer):
    assert "effort" in analyzer.coder.non_party_conjuncts and "other" in analyzer.coder.non_party_markers


def test_other_efforts_of_another_actor_are_no_victim(analyzer):
    text = "The envoy discussed Peru's war of aggression against Bolivia and other Chilean government efforts to counter lies."
    found = triples_in(analyzer, text, url=URL)
    assert ("ASSAULT", "PER", "BOL") in found
    assert ("ASSAULT", "PER", "CHL") not in found


def test_coordinated_parties_are_both_kept(analyzer):
    found = triples_in(analyzer, "Peru's war of aggression against Bolivia and other neighbours continued.", url=URL)
    assert ("ASSAULT", "PER", "BOL") in found
    assert {("SANCTION", "NOR", "BLR"), ("SANCTION", "NOR", "IRN")} <= triples_in(
        analyzer, "Norway imposed sanctions on Belarus and Iran."
    )
