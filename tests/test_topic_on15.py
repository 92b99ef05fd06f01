"""What two sides exchange views "on" is a topic, not a target, when "on" hangs on the trigger's object ("exchanged
views on Ukraine"); an act done on a party keeps it as target ("a tariff on Pakistani exports", "an attack on
Ukraine"). h14topicon15; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import triples_in


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Putin and Erdogan exchanged views on Ukraine.", ("RUS", "TUR")),
        ("Putin and Erdogan held talks on Syria.", ("RUS", "TUR")),
    ],
)
def test_the_country_talked_about_is_no_target(analyzer, text, pair):
    found = triples_in(analyzer, text, date="2022-04-16")
    assert not any(t in ("UKR", "SYR") for _ty, _s, t in found), found
    assert any(ty == "CONSULT" and {s, t} == set(pair) for ty, s, t in found), found


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The United States slapped a tariff on Pakistani exports.", ("SANCTION", "USA", "PAK")),
        ("Russia launched an attack on Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_an_act_done_on_a_party_keeps_its_target(analyzer, text, triple):
    assert triple in triples_in(analyzer, text, date="2022-04-16")
