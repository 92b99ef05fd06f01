"""In a government's own text, a body it names without a country is its own (h14bodies14): the Kremlin writes "the
Federal Service for Financial Monitoring", "the Central Bank", "the ... State Academic Folk Dance Ensemble"; a body
with a country of its own, a person, a text of another publisher and a name with none of the words keep theirs.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import mention, mentions, triples_in

KREMLIN = {"outlet": "Kremlin.ru (President of Russia)", "url": "http://en.kremlin.ru/events/president/news/99999"}
DATE = "2022-03-14"


def test_the_words_come_from_the_data_file(analyzer):
    bodies = analyzer.resolver.any_country["issuer_bodies"]["RUS"]
    assert "federal" in bodies["words"] and "federal" in bodies["gov"]
    assert "ensemble" in bodies["words"] and "ensemble" not in bodies["gov"]


@pytest.mark.parametrize(
    ("text", "part", "sector"),
    [
        ("Vladimir Putin met the head of the Federal Service for Technical Supervision on Monday.", "Federal Service", "GOV"),
        ("The Government will act together with the Central Bank to keep prices stable.", "Central Bank", "GOV"),
        ("Vladimir Putin congratulated the Ural State Academic Folk Choir on its 80th anniversary.", "Folk Choir", None),
    ],
)
def test_a_body_named_without_a_country_in_the_kremlins_text_is_russian(analyzer, text, part, sector):
    m = mention(mentions(analyzer, text, published=DATE, **KREMLIN), part)
    assert m.country == "RUS" and m.sector == sector


def test_other_texts_and_bodies_with_a_country_keep_theirs(analyzer):
    # the same sentence in a text of another publisher: no country is given
    text = "Vladimir Putin met the head of the Federal Service for Technical Supervision on Monday."
    assert mention(mentions(analyzer, text, published=DATE), "Federal Service").country is None
    # bodies named with their country are not made Russian
    for text in (
        "Vladimir Putin spoke with the head of the National Bank of Kazakhstan.",
        "He visited the Chinese Academy of Sciences.",
    ):
        ms = mentions(analyzer, text, published=DATE, **KREMLIN)
        assert all(m.country != "RUS" for m in ms if "Putin" not in m.text and m.text != "He"), ms


def test_a_meeting_with_an_own_state_body_is_domestic_administration(analyzer):
    url = KREMLIN["url"]
    found = triples_in(
        analyzer, "Vladimir Putin had a working meeting with the Federal Service for Technical Supervision.", url=url
    )
    assert not any(t == "CONSULT" for t, _s, _t in found)
    # a congratulation of the publisher's own ensemble is an event between the state and its own people's body
    found = triples_in(analyzer, "Vladimir Putin congratulated the Ural State Academic Folk Choir on its anniversary.", url=url)
    assert ("SUPPORT", "RUS", "RUS") in found
