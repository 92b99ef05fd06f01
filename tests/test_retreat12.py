"""RETREAT in its wrong senses (h14retreat12, eleventh session): "allow" is a RETREAT (access) only when what is allowed
is access, entry, passage, aid or scrutiny; "release" of a document, oil or money is no RETREAT, while people released
keep it. Sentences written for these tests, not taken from an evaluation file or the seeds."""

from __future__ import annotations

import pytest

from eventkit import coded_events

DATE = "2023-09-14"


def _retreats(analyzer, text: str) -> list:
    return [e for e in coded_events(analyzer, text, DATE) if e.plover_type == "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The new budget will allow Kenya to hire more teachers next year.",
        "The Polish government has allowed Belarusian students more freedom than before.",
        "By allowing Malians to choose their own mayors, the reform strengthens local democracy.",
        "Serbia will not allow a NATO depot in Vojvodina, the minister said.",
        "Chile says the drought has allowed Peru to expand the farms that have long received humanitarian aid.",
    ],
)
def test_allowing_something_else_is_no_retreat(analyzer, text):
    assert not _retreats(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran allowed IAEA inspectors into the Isfahan plant on Monday.", "IRN"),
        ("Many Chadian rebels were allowed by Sudan to cross into Chad last month.", "SDN"),
        ("Hungary allowed consular access to the detained Ukrainians.", "HUN"),
    ],
)
def test_allowing_access_or_passage_stays_a_retreat(analyzer, text, source):
    assert any(e.source is not None and e.source.country == source for e in _retreats(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Japan will release more crude oil from its strategic reserves to calm the market.",
        "Yesterday the Norwegian foreign minister released the 2023 Arctic Security Report in Oslo.",
        "Italy released the Kenya and Uganda determinations before the summit.",
        "Brazil will release those funds to the Bolivian farmers next month.",
        "The findings, in a study released on Tuesday by Egypt, were welcomed by Jordan.",
    ],
)
def test_releasing_a_document_oil_or_money_is_no_retreat(analyzer, text):
    assert not _retreats(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Venezuela released three Colombian soldiers on Thursday.", "VEN"),
        ("Azerbaijan released the Armenian detainees after talks in Moscow.", "AZE"),
    ],
)
def test_people_released_stay_a_retreat(analyzer, text, source):
    assert any(e.source is not None and e.source.country == source for e in _retreats(analyzer, text))
