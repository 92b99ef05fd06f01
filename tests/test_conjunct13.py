"""A thing coordinated with a party names no party (h14conj13): in "the war against X and Y's role" or "against X
and other Z efforts" the side is X only; a conjunct marked as a possessor ("X and Y's", the parse hanging the owned
noun elsewhere) is no party of the phrase. Two parties or two things alike keep both. Sentences written for these
tests."""

from __future__ import annotations

from eventkit import coded_events, triples


def _triples(analyzer, text: str) -> set[tuple]:
    return triples(coded_events(analyzer, text, "2022-04-08", "t"))


def test_a_possessor_conjunct_is_no_second_victim(analyzer):
    found = _triples(
        analyzer, "Those jailed were protesting Romania’s brutal war against Moldova and Hungary’s supporting role in it."
    )
    assert ("ASSAULT", "ROU", "MDA") in found
    assert ("ASSAULT", "ROU", "HUN") not in found


def test_a_plain_noun_conjunct_with_a_party_modifier_is_no_second_victim(analyzer):
    found = _triples(
        analyzer, "The channels backed Erdogan's war of choice against Armenia and other Foreign Office campaigns."
    )
    assert ("ASSAULT", "TUR", "ARM") in found
    assert not any(t == "ASSAULT" and tgt not in ("ARM", None) for t, _s, tgt in found)


def test_two_parties_coordinated_are_both_sides(analyzer):
    found = _triples(analyzer, "Norway imposed sanctions on Belarus and Iran.")
    assert {("SANCTION", "NOR", "BLR"), ("SANCTION", "NOR", "IRN")} <= found


def test_two_things_alike_each_keep_their_party(analyzer):
    found = _triples(analyzer, "Italy welcomed Greece's efforts and Turkey's reforms.")
    assert {("SUPPORT", "ITA", "GRC"), ("SUPPORT", "ITA", "TUR")} <= found
