"""A relative clause whose relative pronoun stands for a noun that names no actor has its doer named there: no
other actor of the sentence is guessed as its source by order (h14relcl15). Sentences written for these tests."""

from __future__ import annotations

from eventkit import triples_in


def test_those_who_support_are_not_the_main_subject(analyzer):
    text = (
        "Blinken and Truss emphasized the importance of unity to coordinate actions "
        "against those who support President Putin’s war."
    )
    found = triples_in(analyzer, text, date="2022-04-16")
    assert ("SUPPORT", "USA", "RUS") not in found and ("SUPPORT", "GBR", "RUS") not in found, found


def test_a_relative_clause_of_an_actor_keeps_its_doer(analyzer):
    found = triples_in(analyzer, "Blinken praised the Pakistani officials who met the Chinese envoy.", date="2022-04-16")
    assert ("SUPPORT", "USA", "PAK") in found, found


def test_entities_that_support_are_not_the_designating_department(analyzer):
    text = "The Department of the Treasury is designating four entities that support Iran's petrochemical industry."
    found = triples_in(analyzer, text, date="2022-04-16", url="https://www.state.gov/briefings/x/")
    assert ("SUPPORT", "USA", "IRN") not in found, found


def test_the_act_words_own_subject_is_its_doer_not_the_one_who_tells_it(analyzer):
    # the sentence back-off: "we" only says what it is confident of; Iran is the doer and no target is named
    text = "Upon review, we are confident that Iran conducted this attack, which killed two innocent people."
    found = triples_in(analyzer, text, date="2022-04-16", url="https://www.state.gov/briefings/x/")
    assert not any(t == "ASSAULT" and {s, g} == {"USA", "IRN"} for t, s, g in found), found


def test_an_attack_condemned_is_not_the_condemners(analyzer):
    text = (
        "We condemn the unlawful attack committed on a merchant vessel off the coast of Oman on 29 July, "
        "which killed a British and a Romanian national."
    )
    found = triples_in(analyzer, text, date="2022-08-01", url="https://www.state.gov/briefings/x/")
    assert not any(t == "ASSAULT" and s == "USA" for t, s, _g in found), found
    assert ("ACCUSE", "USA", None) in found, found
