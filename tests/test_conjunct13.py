"""A conjunct marked as a possessor is no party (h14conj13): in "the war against X and Y's role in it", parsed with Y
conjoined with X and "role" hung elsewhere, the side is X only; coordinated possessors ("talks between X and Y's
envoys") and coordinated parties keep both. Sentences written for these tests."""

from __future__ import annotations

from eventkit import triples_in as _triples


def test_a_possessor_conjunct_is_no_second_victim(analyzer):
    found = _triples(
        analyzer, "Those jailed were protesting Romania’s brutal war against Moldova and Hungary’s supporting role in it."
    )
    assert ("ASSAULT", "ROU", "MDA") in found
    assert ("ASSAULT", "ROU", "HUN") not in found


def test_two_parties_coordinated_are_both_sides(analyzer):
    found = _triples(analyzer, "Norway imposed sanctions on Belarus and Iran.")
    assert {("SANCTION", "NOR", "BLR"), ("SANCTION", "NOR", "IRN")} <= found


def test_two_things_alike_each_keep_their_party(analyzer):
    found = _triples(analyzer, "Italy welcomed Greece's efforts and Turkey's reforms.")
    assert {("SUPPORT", "ITA", "GRC"), ("SUPPORT", "ITA", "TUR")} <= found


def test_coordinated_possessors_both_own_the_noun(analyzer):
    doc = analyzer.nlp("The ongoing talks between Peru and Chile's representatives went well.")
    peru, chile = (next(t for t in doc if t.text == w) for w in ("Peru", "Chile"))
    # the parse this rule reads: "Chile" conjoined with "Peru", which modifies "representatives"
    assert peru.dep_ in ("poss", "nmod") and chile.dep_ == "conj" and chile.head.i == peru.i
    assert not analyzer.coder._unlike_conjunct(peru, chile)
    doc = analyzer.nlp("Those jailed were protesting Romania’s brutal war against Moldova and Hungary’s supporting role in it.")
    moldova, hungary = (next(t for t in doc if t.text == w) for w in ("Moldova", "Hungary"))
    assert hungary.dep_ == "conj" and hungary.head.i == moldova.i
    assert analyzer.coder._unlike_conjunct(moldova, hungary)


def test_a_plain_noun_with_a_national_adjective_stays_a_party(analyzer):
    found = _triples(analyzer, "Secretary Lindqvist met the Danish minister and his Polish counterpart.")
    assert any(tgt == "POL" for _t, _s, tgt in found)
