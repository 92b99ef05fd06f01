"""People of news at large still without a country (ninth session, issue 14, h14country10, ``actors/unplaced.py``):
a country in the person's own noun phrase, the surname of a person named in full before, the article's country for
a person named without a foreign cue; and the cases where each stays silent (two countries in the sentence, an
international body in the phrase, a government's own text, the article's country not named near the person, a
news outlet's home). Sentences written for these tests; the people in them are invented."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mentions

DATE = "2020-03-04"

# (paragraphs of the article, the mention's exact text, expected country)
CASES = [
    # 1. a country in the person's own noun phrase
    (["The medal was handed over by then-Canadian-premier Rosa Delacroix at a quiet ceremony."], "Rosa Delacroix", "CAN"),
    (["A judge sentenced Ohio man Darren Kettleby to ten years in prison."], "Darren Kettleby", "USA"),
    # 3. the article's country, named near the person, no foreign cue
    (
        ["Floods closed roads across Kenya on Monday.", "Mrs Amina Waweru, a teacher, said the water rose overnight."],
        "Amina Waweru",
        "KEN",
    ),
    # 2. the bare surname (and the family's plural) of a person named in full before
    (
        [
            "Police in Texas arrested Daniel Fenwick on Monday.",
            "A week later, Fenwick was released on bail.",
        ],
        "Fenwick",
        "USA",
    ),
    # silent: the sentence names two countries
    (["Peru and Chile signed the treaty, and negotiator Tomas Irala praised the text."], "Tomas Irala", None),
    # silent: an international body in the person's phrase
    (["Floods closed roads across Kenya.", "U.N. envoy Pieter Wolgast visited the camps on Monday."], "Pieter Wolgast", None),
    # silent: the article's country is not named near the person
    (
        [
            "Floods closed roads across Kenya on Monday.",
            "The rains were the heaviest in years.",
            "Water reached the first floor of many houses.",
            "Schools stayed shut for the week.",
            "Engineer Lukas Brandvold said the dams held.",
        ],
        "Lukas Brandvold",
        None,
    ),
    # silent: the one country named is where the person goes
    (["Mrs Amina Waweru, a teacher, will fly to Nairobi on Friday."], "Amina Waweru", None),
    # silent: the only country, named once, is the state the person speaks of, not a place the story happens in
    (["Maria Ostrova, a councillor, said the Norwegian government had broken its promise."], "Maria Ostrova", None),
    # silent: a news outlet's home is not the story's country
    (["Ines Hartwick, a campaigner, told Reuters the apology came too late."], "Ines Hartwick", None),
]


@pytest.mark.parametrize("paragraphs,text,expected", CASES, ids=[c[1] + "-" + str(i) for i, c in enumerate(CASES)])
def test_a_person_of_news_at_large(analyzer, paragraphs, text, expected):
    ms = mentions(analyzer, *paragraphs, published=DATE, article_id="c10")
    found = [m for m in ms if m.text == text]
    assert found, [(m.text, m.kind, m.country) for m in ms]
    assert found[-1].country == expected, (found[-1], [(m.text, m.country) for m in ms])


def test_a_government_text_does_not_give_its_people_the_article_country(analyzer):
    # in a government's own text its officials and its hosts are named alike: the article's country says nothing
    paragraphs = ("Floods closed roads across Kenya on Monday.", "Mrs Amina Waweru, a teacher, said the water rose overnight.")
    ms = mentions(analyzer, *paragraphs, published=DATE, url="https://www.state.gov/floods-in-kenya/")
    assert [m.country for m in ms if m.text == "Amina Waweru"] == [None]
    ms = mentions(analyzer, *paragraphs, published=DATE)
    assert [m.country for m in ms if m.text == "Amina Waweru"] == ["KEN"]


def test_the_placed_person_is_a_side_with_its_country(analyzer):
    text = (
        "Heavy fighting was reported near the border of Kenya on Monday.\n\n"
        "Police arrested Joseph Kiptanui in Nairobi after the attack."
    )
    events = coded_events(analyzer, text, DATE)
    sides = [s for e in events for s in (e.source, e.target) if s is not None and "Kiptanui" in (s.name or "")]
    assert sides and all(s.country == "KEN" for s in sides), [(e.plover_type, e.source, e.target) for e in events]


def test_a_bare_surname_takes_the_country_of_the_full_name_named_before(analyzer):
    paragraphs = (
        "A judge sentenced Ohio man Darren Kettleby to ten years in prison.",
        "The trial had lasted three weeks.",
        "The jury deliberated for two days.",
        "Reporters waited outside the building.",
        "Kettleby did not speak after the verdict.",
    )
    ms = mentions(analyzer, *paragraphs, published=DATE)
    later = [m for m in ms if m.text == "Kettleby"]
    assert later and later[-1].country == "USA", [(m.text, m.country, m.note) for m in ms]
    assert "surname" in (later[-1].note or "")
    # without the full name before, nothing near the surname says where it is from
    ms = mentions(analyzer, *paragraphs[1:], published=DATE)
    assert all(m.country is None for m in ms if m.text == "Kettleby")
