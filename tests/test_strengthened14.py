"""Strengthening an economy, a sector or an institution is no show of force (h14strength14); forces strengthened stay
MOBILIZE. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import triples_in

KREMLIN = "http://en.kremlin.ru/events/president/news/99996"


@pytest.mark.parametrize(
    "text",
    [
        "The Government will strengthen the banking sector of the Kaliningrad Region.",
        "We discussed strengthening the industrial potential of Crimea and Sevastopol.",
    ],
)
def test_strengthening_a_sector_is_no_mobilization(analyzer, text):
    assert not any(t == "MOBILIZE" for t, _s, _t in triples_in(analyzer, text, url=KREMLIN))


def test_forces_strengthened_stay_a_mobilization(analyzer):
    assert ("MOBILIZE", "RUS", "UKR") in triples_in(analyzer, "Russia strengthened its forces in Crimea.", url=KREMLIN)
