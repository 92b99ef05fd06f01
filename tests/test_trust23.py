"""Twenty-second session: names written with a typographic apostrophe ("the People’s Republic of China", "the
Democratic People’s Republic of Korea") are the knowledge base's names, and a word of such a name ("People") is no
group of people; where a visitor comes from ("visiting us from Belarus", "arrived in Moscow from Pakistan") is no party
visited. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import mention, mentions, triples_in

DAY = "2022-06-01"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
@pytest.mark.parametrize(
    ("name", "country"),
    [("People{a}s Republic of China", "CHN"), ("Democratic People{a}s Republic of Korea", "PRK")],
)
def test_a_state_named_with_either_apostrophe_is_that_state(analyzer, apostrophe, name, country):
    full = name.format(a=apostrophe)
    ms = mentions(analyzer, f"Japan criticized the {full} on Tuesday.", published=DAY)
    m = mention(ms, "Republic")
    assert (m.country, m.text) == (country, full), [(x.text, x.country) for x in ms]
    assert not any(x.text == "People" for x in ms), [(x.text, x.role) for x in ms]


def test_the_dprk_is_not_south_korea_when_its_name_has_a_curly_apostrophe(analyzer):
    text = "The United States condemned the Democratic People\u2019s Republic of Korea (DPRK)\u2019s missile launches."
    assert ("ACCUSE", "USA", "PRK") in triples_in(analyzer, text, date=DAY)
    assert not any("KOR" in t for t in triples_in(analyzer, text, date=DAY))


def test_a_group_word_outside_a_name_is_still_a_group(analyzer):
    ms = mentions(analyzer, "Chinese people protested against Japan.", published=DAY)
    assert mention(ms, "people").country == "CHN"


@pytest.mark.parametrize(
    ("text", "host", "origins"),
    [
        ("A Pakistani delegation arrived in Moscow from Islamabad on Monday.", "RUS", set()),
        ("A delegation arrived in Moscow from Pakistan on Monday.", "RUS", {"PAK"}),
        ("The minister travelled to India from Japan for talks.", "IND", {"JPN"}),
    ],
)
def test_where_a_visitor_comes_from_is_no_party_visited(analyzer, text, host, origins):
    found = triples_in(analyzer, text, date=DAY)
    targets = {t for ptype, _, t in found if ptype == "CONSULT"}
    assert host in targets, found
    assert not targets & origins, found


def test_journalists_visiting_from_abroad_visit_no_origin(analyzer):
    text = "We are pleased to welcome five journalists visiting us from Belarus and Ukraine."
    found = triples_in(analyzer, text, date=DAY)
    assert not {t for _, _, t in found} & {"BLR", "UKR"}, found
