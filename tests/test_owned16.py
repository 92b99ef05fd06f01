"""A source's own envoy or force, named with "its"/"their", is what it acts with, not the other party ("France
recalled its ambassador to Australia": FRA -> AUS only). h14owned16; sentences written for these tests."""

from __future__ import annotations

from eventkit import triples_in


def test_the_own_envoy_is_no_target_beside_the_other_party(analyzer):
    found = triples_in(analyzer, "France recalled its ambassador to Australia.", date="2022-05-20")
    assert ("SANCTION", "FRA", "AUS") in found
    assert not any(t == "FRA" for _ty, _s, t in found), found


def test_the_own_envoy_alone_is_no_target(analyzer):
    found = triples_in(analyzer, "China recalled its ambassador.", date="2022-05-20")
    assert not any(t == "CHN" for _ty, _s, t in found), found
