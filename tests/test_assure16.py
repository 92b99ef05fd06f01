"""Assuring a party of support is support of that party, as "reassure" is; "assured that ..." with no party
assured is no event (h14assure16); a concern or protest conveyed or lodged with a party is disapproval of it
(h14convey16). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import triples_in


def test_assuring_a_party_supports_it(analyzer):
    found = triples_in(analyzer, "Rubio assured Dar of continued US support.", date="2025-04-08")
    assert ("SUPPORT", "USA", "PAK") in found


@pytest.mark.parametrize(
    "text",
    [
        "The minister assured that Pakistan would cooperate.",
        "Brazil is an important partner of the United States, and I assure you that the next envoy will be trusted.",
    ],
)
def test_assuring_no_party_is_no_event(analyzer, text):
    found = triples_in(analyzer, text, date="2025-04-08")
    assert not any(ty == "SUPPORT" for ty, _s, _t in found), found


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Islamabad conveyed its concerns to Kabul.", ("ACCUSE", "PAK", "AFG")),
        ("India lodged a strong protest with Pakistan.", ("ACCUSE", "IND", "PAK")),
    ],
)
def test_a_concern_conveyed_to_a_party_disapproves_of_it(analyzer, text, triple):
    assert triple in triples_in(analyzer, text, date="2025-04-08")
