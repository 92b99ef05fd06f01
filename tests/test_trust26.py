"""Twenty-fifth session: a dual pair phrase an act is done to ("urged both sides", "called on the two countries") is
the pair told before; a day's public schedule tells plans. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attache.actors.kb import _unhyphenated
from attache.model import Article, Paragraph
from eventkit import coded_events, mention, mentions, triples_in

DAY = "2022-06-01"


def _typed(analyzer, text: str, ptype: str) -> list:
    """The events of one PLOVER type coded in ``text``."""
    return [e for e in coded_events(analyzer, text, DAY) if e.plover_type == ptype]


@pytest.mark.parametrize(
    ("text", "doer", "pair"),
    [
        (
            "Armenian and Azerbaijani forces clashed on the border on Monday. The United States urged both sides to exercise restraint.",
            "USA",
            ("ARM", "AZE"),
        ),
        ("India and Pakistan exchanged fire in Kashmir. China called on both sides to show restraint.", "CHN", ("IND", "PAK")),
        (
            "Russia and Ukraine held talks in Istanbul. Turkey called on the two sides to continue the talks.",
            "TUR",
            ("RUS", "UKR"),
        ),
        (
            "Finland and Sweden applied to join NATO. The United States will continue our close partnership with both countries.",
            "USA",
            ("FIN", "SWE"),
        ),
    ],
)
def test_a_dual_phrase_acted_upon_is_the_pair_told_before(analyzer, text, doer, pair):
    events = coded_events(analyzer, text, DAY)
    last = text.rsplit(". ", 1)[1]
    start = text.index(last)
    targets = {
        e.target.country for e in events if e.source and e.source.country == doer and e.target and e.sentence_start >= start
    }
    assert targets == set(pair), [(e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the pair includes the doer: "both sides" names no other party
        "Putin met Erdogan in Sochi. He thanked both sides for the talks.",
        # no pair told before
        "The United States called on both sides to exercise restraint.",
    ],
)
def test_a_dual_phrase_takes_no_pair_that_includes_the_doer_or_none_told(analyzer, text):
    last = text.rsplit(". ", 1)[-1]
    start = text.index(last)
    events = [e for e in coded_events(analyzer, text, DAY) if e.sentence_start >= start]
    assert not [e for e in events if e.target is not None and e.source and e.target.country != e.source.country], [
        (e.trigger, e.source, e.target) for e in events
    ]


def _titled(text: str, title: str | None) -> Article:
    return Article(id="s", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published=DAY, title=title)


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken meets with Indian External Affairs Minister Jaishankar, at the Department of State.",
        "Secretary Blinken participates in President Biden's bilateral meeting with German Chancellor Angela Merkel, at the White House.",
    ],
)
def test_a_public_schedule_tells_plans(analyzer, text):
    events = analyzer.analyze([_titled(text, "Public Schedule \u2013 June 1, 2022")])[0].events
    consults = [e for e in events if e.plover_type == "CONSULT" and e.target is not None]
    assert consults and all(e.factuality == "planned" for e in consults), [(e.trigger, e.factuality) for e in consults]
    plain = analyzer.analyze([_titled(text, "Secretary Blinken's Meeting")])[0].events
    assert any(e.plover_type == "CONSULT" and e.factuality == "asserted" for e in plain), [
        (e.trigger, e.factuality) for e in plain
    ]


def test_a_schedule_keeps_what_it_tells_in_the_past(analyzer):
    text = "Yesterday, Secretary Blinken met with Indian External Affairs Minister Jaishankar."
    events = analyzer.analyze([_titled(text, "Public Schedule \u2013 June 1, 2022")])[0].events
    consults = [e for e in events if e.plover_type == "CONSULT" and e.target is not None]
    assert consults and all(e.factuality == "asserted" for e in consults), [(e.trigger, e.factuality) for e in consults]


def test_triples_unchanged_by_a_plain_request(analyzer):
    assert ("REQUEST", "CHN", "IND") in triples_in(analyzer, "China called on India and Pakistan to show restraint.", date=DAY)


@pytest.mark.parametrize(
    ("text", "triple", "not_target"),
    [
        ("Militants fired rockets from Gaza at Israel.", ("ASSAULT", "PSE", "ISR"), "PSE"),
        ("Russia launched missiles from Belarus at Kyiv.", ("ASSAULT", "RUS", "UKR"), "BLR"),
        ("Insurgents fired mortars from Syria into Turkey.", ("ASSAULT", "SYR", "TUR"), "SYR"),
    ],
)
def test_where_a_weapon_is_fired_from_is_not_hit(analyzer, text, triple, not_target):
    found = triples_in(analyzer, text, date=DAY)
    assert triple in found, found
    assert not any(t[0] == "ASSAULT" and t[2] == not_target for t in found), found


def test_a_withdrawal_from_a_place_still_faces_it(analyzer):
    events = _typed(analyzer, "Russia withdrew its troops from Kherson.", "RETREAT")
    assert events and all(e.target is not None and e.target.country == "UKR" for e in events), [
        (e.source, e.target) for e in events
    ]


def test_a_gathering_of_the_doers_own_body_names_no_other_party(analyzer):
    text = "NATO held a NATO summit in Vilnius."
    events = _typed(analyzer, text, "CONSULT")
    assert not any(e.source is not None and e.target is not None and e.source.name == e.target.name for e in events), [
        (e.source, e.target) for e in events
    ]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kim Jong Un", "PRK"), ("Kim Jong-un", "PRK"), ("Lee Jae Myung", "KOR"), ("Moon Jae In", "KOR")],
)
def test_a_korean_name_written_with_or_without_its_hyphen_is_the_same_person(analyzer, name, country):
    ms = mentions(analyzer, f"{name} met the delegation on Monday.", published="2025-10-30")
    assert mention(ms, name.split()[0]).country == country


def test_the_spaced_spelling_of_a_hyphenated_given_name():
    assert "Lee Jae Myung" in _unhyphenated("Lee Jae-myung")
    assert _unhyphenated("Ahmed al-Sharaa") == []  # a surname particle, not a given name
    assert _unhyphenated("Putin") == []


@pytest.mark.parametrize(
    ("text", "country", "day"),
    [
        ("Macron called Netanyahu on Sunday.", "ISR", "2025-04-08"),
        ("Macron called Netanyahu on Sunday.", "ISR", "2021-04-08"),
        ("Erdogan met Ahmed al-Sharaa in Ankara.", "SYR", "2025-04-08"),
        ("Modi spoke with Anwar Ibrahim.", "MYS", "2025-04-08"),
        ("Interior Minister Mohsin Naqvi met the delegation.", "PAK", "2025-04-08"),
    ],
)
def test_leaders_who_took_office_after_the_office_holder_list_have_their_country(analyzer, text, country, day):
    name = {"ISR": "Netanyahu", "SYR": "Sharaa", "MYS": "Anwar", "PAK": "Naqvi"}[country]
    assert mention(mentions(analyzer, text, published=day), name).country == country


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "India launched missile strikes on nine sites in Pakistan and Pakistani Kashmir early on Wednesday.",
            ("ASSAULT", "IND", "PAK"),
        ),
        ("Israel carried out air strikes on weapons depots in Syria.", ("ASSAULT", "ISR", "SYR")),
        ("Ukraine launched drone attacks on oil refineries in Russia.", ("ASSAULT", "UKR", "RUS")),
        ("Turkish forces shelled Kurdish positions in Syria.", ("ASSAULT", "TUR", "SYR")),
        # a blast that kills: the unidentified attackers of its place (h25blast)
        ("A bomb exploded in Kabul, killing three Pakistani diplomats.", ("ASSAULT", "AFG", "PAK")),
        ("A car bomb exploded near the Turkish embassy in Mogadishu, killing two Turkish soldiers.", ("ASSAULT", "SOM", "TUR")),
    ],
)
def test_an_attack_on_things_in_a_country_is_on_that_country(analyzer, text, triple):
    assert triple in triples_in(analyzer, text, date=DAY)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ukraine and Russia exchanged 390 prisoners of war on Friday.", {"UKR", "RUS"}),
        ("The United States swapped prisoners with Russia.", {"USA", "RUS"}),
    ],
)
def test_prisoners_exchanged_are_released_by_both(analyzer, text, pair):
    found = [t for t in triples_in(analyzer, text, date=DAY) if t[0] == "RETREAT"]
    assert found and {found[0][1], found[0][2]} == pair, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands protested in Tbilisi against the foreign agents law.", "GEO"),
        ("Tens of thousands rallied in Belgrade against the government.", "SRB"),
        ("Hundreds demonstrated outside the U.S. embassy in Baghdad.", "IRQ"),
    ],
)
def test_a_protest_told_by_its_crowd_is_by_the_people_of_its_place(analyzer, text, country):
    events = _typed(analyzer, text, "PROTEST")
    assert events and events[0].source is not None and events[0].source.country == country, [(e.source, e.target) for e in events]


def test_a_crowd_word_does_not_protest_without_a_place(analyzer):
    events = _typed(analyzer, "Thousands protested against the law.", "PROTEST")
    assert all(e.source is None or e.source.country is None for e in events), [(e.source, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "ptype", "want"),
    [
        # the body whose gathering is attended, hosted or joined (h25body)
        ("Biden attended the NATO summit in Vilnius.", "CONSULT", "NATO"),
        ("South Africa will host the BRICS summit in August.", "CONSULT", "BRICS"),
        ("Lavrov will take part in the OSCE Ministerial Council meeting.", "CONSULT", "OSCE"),
        # the state whose standing is recognised (h25recognise)
        ("Britain formally recognised Palestinian statehood.", "SUPPORT", "PSE"),
        ("Russia recognised the independence of the Donetsk and Luhansk regions.", "SUPPORT", "UKR"),
        ("The US recognised Israel's sovereignty over the Golan Heights.", "SUPPORT", "ISR"),
    ],
)
def test_the_other_party_named_inside_the_object(analyzer, text, ptype, want):
    found = [(e.trigger, e.target) for e in _typed(analyzer, text, ptype)]
    assert any(t is not None and want in (t.name, t.country) for _, t in found), found


def test_recognising_a_thing_is_no_recognition(analyzer):
    assert not _typed(analyzer, "We recognise the importance of the partnership with India.", "SUPPORT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Saudi Arabia will invest 600 billion dollars in the United States.", ("SAU", "USA")),
        ("Chinese firms have invested heavily in Pakistan.", ("CHN", "PAK")),
    ],
)
def test_investing_in_a_country_is_economic_cooperation_with_it(analyzer, text, pair):
    found = {(e.source.country, e.target.country) for e in _typed(analyzer, text, "COOPERATE") if e.source and e.target}
    assert pair in found, found


def test_investing_in_a_thing_names_no_party(analyzer):
    text = "The United States is investing in training judges and prosecutors across the region."
    assert not [e for e in _typed(analyzer, text, "COOPERATE") if e.target is not None], "a thing invested in is no party"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel and Hezbollah agreed to a ceasefire brokered by the United States.", {"ISR", "LBN"}),
        ("Armenia and Azerbaijan signed a peace deal brokered by the United States.", {"ARM", "AZE"}),
        ("Israel and Hamas agreed to a ceasefire deal mediated by Qatar and Egypt.", {"ISR", "PSE"}),
    ],
)
def test_the_broker_of_a_deal_is_no_party_of_it(analyzer, text, pair):
    found = [
        (e.plover_type, e.source.country, e.target.country) for e in coded_events(analyzer, text, DAY) if e.source and e.target
    ]
    assert found and all({s, t} == pair for _, s, t in found), found


def test_the_broker_itself_mediates(analyzer):
    found = triples_in(analyzer, "The United States brokered a ceasefire between Israel and Iran.", date=DAY)
    assert {("CONSULT", "USA", "ISR"), ("CONSULT", "USA", "IRN")} <= found, found


def test_a_noun_attack_on_a_named_thing_in_a_place_gets_no_country_from_the_place(analyzer):
    text = "The United States condemned the attacks on the Mumtaz Education Center and the Abdul Rahim Shahid school in Kabul."
    found = triples_in(analyzer, text, date=DAY)
    assert not any(t[0] == "ASSAULT" and t[2] == "AFG" for t in found), found
