"""A group noun used as an adjective of a thing names no group (h14milad14): "a special military operation",
"military assistance" have no "military" side; "the military", "Russian military officials" keep theirs. A military
operation recoded from cooperation to force takes the country it is done in as its target. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mentions

KREMLIN = "http://en.kremlin.ru/events/president/news/99998"


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a special military operation in Ukraine.",
        "Ukraine received military assistance from Poland.",
        "They destroyed exclusively military infrastructure near the border.",
    ],
)
def test_an_adjective_of_a_thing_is_no_side(analyzer, text):
    assert not [m for m in mentions(analyzer, text, published="2022-03-01") if m.text.lower() == "military"]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("The military said it had repelled the attack.", "military", None),
        ("Russian military officials said the talks had failed.", "Russian military", "RUS"),
    ],
)
def test_the_military_named_as_a_group_stays(analyzer, text, words, country):
    found = [m for m in mentions(analyzer, text, published="2022-03-01") if m.text == words]
    assert found and found[0].sector == "MIL" and found[0].country == country


def test_a_military_operation_in_a_country_is_force_against_it(analyzer):
    events = coded_events(analyzer, "Russia's special military operation in Ukraine continued.", "2022-03-01", url=KREMLIN)
    assault = [e for e in events if e.plover_type == "ASSAULT"]
    assert [(e.source.country, e.target.country, e.target_span["how"]) for e in assault] == [("RUS", "UKR", "place")]
    # a joint operation stays cooperation and takes no place target
    events = coded_events(analyzer, "Russia's joint operation in Syria continued.", "2022-03-01", url=KREMLIN)
    assert not any(e.plover_type == "ASSAULT" for e in events)
