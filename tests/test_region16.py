"""A place noun owned by a country ("in Ukraine's Lviv region") is a place of that country: the target of a strike
there (h14region16); a topic "in" it is still no target. Sentences written for these tests."""

from __future__ import annotations

from eventkit import triples_in


def test_a_strike_in_a_countrys_region_targets_the_country(analyzer):
    found = triples_in(analyzer, "Russian missiles struck a power plant in Ukraine's Lviv region.", date="2024-06-10")
    assert ("ASSAULT", "RUS", "UKR") in found


def test_a_region_talked_about_is_no_target(analyzer):
    found = triples_in(analyzer, "Putin discussed the situation in Ukraine's Donbas region with Xi.", date="2024-06-10")
    assert not any(t == "UKR" for _ty, _s, t in found), found


def test_a_countrys_affairs_are_no_place(analyzer):
    found = triples_in(analyzer, "Iran must immediately halt its interference in Iraq's internal affairs.", date="2024-06-10")
    assert not any(ty == "SANCTION" and t == "IRQ" for ty, _s, t in found), found
