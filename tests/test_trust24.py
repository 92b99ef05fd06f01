"""Twenty-third session: a disease is no side ("provided COVID-19 assistance"); the bare "Korea" is South Korea; a
friendly act has no target named behind "against" ("stands with X against Russia's actions" is no support for
Russia), while a hostile act's "against" phrase stays its target; the owner of the act noun a verb carries is its
giver ("expressed U.S. support for X"); a curly apostrophe after a plural marks a possessor; a participle on a pronoun
names no doer to guess; a turn labelled by a family name written first is that speaker's. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from attache.nlp import parse
from eventkit import article, coded_events, mention, mentions, triples, triples_in

DAY = "2022-06-01"


@pytest.mark.parametrize("disease", ["COVID-19", "Omicron", "Ebola"])
def test_a_disease_is_no_actor(analyzer, disease):
    text = f"The United States provided {disease} assistance to Nepal, and {disease} spread to India."
    ms = mentions(analyzer, text, published=DAY)
    assert not any(m.text == disease for m in ms), [(m.text, m.kind) for m in ms]
    found = triples_in(analyzer, text, date=DAY)
    assert ("AID", "USA", "NPL") in found, found
    assert not any(t is None and s == "USA" for p, s, t in found if p == "AID"), found


def test_a_longer_name_that_starts_with_a_disease_is_read_as_before(analyzer):
    ms = mentions(analyzer, "The COVID-19 Global Action Plan brought together foreign ministers.", published=DAY)
    assert any("Global Action Plan" in m.text for m in ms), [m.text for m in ms]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Korea stands with the United States on this question.", "Korea", "KOR"),
        ("The Secretary met the foreign minister of Korea in Seoul.", "Korea", "KOR"),
        ("Japan and Korea condemned the DPRK\u2019s launch from Pyongyang.", "Korea", "KOR"),
        ("North Korea launched a missile on Tuesday.", "North Korea", "PRK"),
        ("The Republic of Korea and Japan held talks.", "Republic of Korea", "KOR"),
    ],
)
def test_the_bare_korea_is_south_korea(analyzer, text, name, country):
    m = mention(mentions(analyzer, text, published=DAY), name)
    assert m.country == country, (m.text, m.country)


@pytest.mark.parametrize(
    ("text", "kept", "opposed"),
    [
        (
            "Korea stands with the United States and the international community against Russia\u2019s illegal actions.",
            ("SUPPORT", "KOR", "USA"),
            ("SUPPORT", "KOR", "RUS"),
        ),
        (
            "The United States continues to stand with its partners in providing security assistance to support "
            "Ukraine\u2019s defense of its sovereignty and territorial integrity against Russia\u2019s aggression.",
            ("SUPPORT", "USA", "UKR"),
            ("SUPPORT", "USA", "RUS"),
        ),
    ],
)
def test_a_friendly_act_has_no_target_behind_against(analyzer, text, kept, opposed):
    found = triples_in(analyzer, text, date=DAY)
    assert kept in found, found
    assert opposed not in found, found


def test_japan_backing_sanctions_against_iran_is_no_support_for_iran(analyzer):
    found = triples_in(analyzer, "Japan backed sanctions against Iran.", date=DAY)
    assert ("SUPPORT", "JPN", "IRN") not in found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("France fought against the rebels in Mali.", ("ASSAULT", "FRA", "MLI")),
        ("Russia continued its war of choice against Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("Japan imposed sanctions against Iran on Monday.", ("SANCTION", "JPN", "IRN")),
        ("Germany protested against Turkey\u2019s decision.", ("ACCUSE", "DEU", "TUR")),
    ],
)
def test_a_hostile_act_keeps_its_against_target(analyzer, text, triple):
    found = triples_in(analyzer, text, date=DAY)
    assert triple in found, found


def test_the_act_a_doing_verb_does_keeps_its_against_target(analyzer):
    found = triples_in(analyzer, "Russia committed this aggression against Ukraine in February.", date=DAY)
    assert ("ASSAULT", "RUS", "UKR") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken expressed U.S. support for Kenya\u2019s reforms.",
        "Secretary Blinken pledged the United States\u2019 continued support for Kenya.",
        "Secretary Blinken pledged the United States' continued support for Kenya.",
    ],
)
def test_the_owner_of_the_support_a_verb_carries_is_its_giver_not_its_target(analyzer, text):
    found = triples_in(analyzer, text, date=DAY)
    assert any(s == "USA" and t == "KEN" for _p, s, t in found), found
    assert not any(t == "USA" for _p, _s, t in found), found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States signed the U.S.-Japan agreement.", ("AGREE", "USA", "JPN")),
        ("Secretary Blinken welcomed Japan's support for Ukraine.", ("SUPPORT", "USA", "JPN")),
    ],
)
def test_a_pair_of_owners_or_a_verb_of_its_own_keeps_the_owner(analyzer, text, triple):
    assert triple in triples_in(analyzer, text, date=DAY)


def test_a_curly_apostrophe_after_a_plural_marks_its_possessor(analyzer):
    text = "The Secretary pledged the United States\u2019 continued support for the Kingdom and its people."
    doc = next(iter(parse([article(text, DAY)]))).segments[0].doc
    states = next(t for t in doc if t.text == "States")
    assert (states.dep_, states.head.text) == ("poss", "support")
    quote = next(t for t in doc if t.text == "\u2019")
    assert (quote.dep_, quote.head.text) == ("case", "States")


def test_a_closing_quote_after_a_plural_is_left_as_it_is(analyzer):
    text = "We reject the \u2018tactics of the Taliban\u2019 campaign and urge peace."
    doc = next(iter(parse([article(text, DAY)]))).segments[0].doc
    taliban = next(t for t in doc if t.text == "Taliban")
    assert taliban.dep_ != "poss"


def test_an_act_conjoined_with_crimes_against_humanity_keeps_its_target(analyzer):
    text = (
        "The trip follows the determination in March that members of Burma\u2019s military have committed crimes "
        "against humanity and genocide against Rohingya in Burma."
    )
    found = triples_in(analyzer, text, date=DAY)
    assert ("ASSAULT", "MMR", "MMR") in found, found
    assert not any(s == "USA" for _p, s, _t in found), found


def test_a_participle_on_a_noun_names_no_doer_to_guess(analyzer):
    text = (
        "The United States offers our condolences to the families and colleagues of those killed as well as to "
        "MONUSCO and to the United Nations."
    )
    found = triples_in(analyzer, text, date=DAY, url="https://www.state.gov/attack-on-monusco-peacekeepers/")
    assert not any(p == "ASSAULT" for p, _s, _t in found), found


def test_a_turn_labelled_by_a_family_name_written_first_is_that_speakers(analyzer):
    text = (
        "SECRETARY BLINKEN: Good afternoon, and welcome to Foreign Minister Park Jin of the Republic of Korea. "
        "FOREIGN MINISTER PARK: Thank you. I expressed Korea\u2019s full support for the ministerial to be co-hosted by "
        "Secretary Blinken and Secretary Raimondo."
    )
    url = "https://www.state.gov/secretary-blinken-and-foreign-minister-park-at-a-joint-press-availability/"
    events = coded_events(analyzer, text, DAY, url=url)
    said = [e for e in events if "expressed" in (e.trigger or "")]
    assert said and all(e.source is not None and e.source.country == "KOR" for e in said), triples(events)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Secretary Antony J. Blinken And Danish Foreign Minister Jeppe Kofod Before Their Meeting", "DNK"),
        ("Secretary Antony J. Blinken And Democratic Republic of Congo Foreign Minister Jeppe Kofod Before Talks", "COD"),
    ],
)
def test_a_turn_whose_speaker_only_the_title_names_is_that_speakers(analyzer, title, country):
    from attache.model import Article, Paragraph

    text = (
        "SECRETARY BLINKEN: Good morning, everyone, and welcome. FOREIGN MINISTER KOFOD: Thank you so much. We thank "
        "the United States for its strong support."
    )
    url = "https://www.state.gov/secretary-blinken-and-foreign-minister-kofod-before-their-meeting/"
    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published=DAY, url=url, title=title)
    events = analyzer.analyze([art])[0].events
    thanks = [e for e in events if (e.trigger or "").startswith("thank") and e.target is not None and e.target.country == "USA"]
    assert thanks and all(e.source is not None and e.source.country == country for e in thanks), triples(events)


def test_a_title_that_names_no_country_for_the_speaker_leaves_the_turn_as_it_was(analyzer):
    from attache.model import Article, Paragraph

    text = "SECRETARY BLINKEN: Good morning. FOREIGN MINISTER KOFOD: Thank you. We thank the United States for its support."
    url = "https://www.state.gov/secretary-blinken-and-foreign-minister-kofod-before-their-meeting/"
    title = "Secretary Antony J. Blinken And Foreign Minister Jeppe Kofod Before Their Meeting"
    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published=DAY, url=url, title=title)
    events = analyzer.analyze([art])[0].events
    assert not any(e.source is not None and e.source.country not in (None, "USA") for e in events), triples(events)
