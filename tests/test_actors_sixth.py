"""Sides found without their country, sixth session (issue 14 item 6), by class: words between a country and a
title ("U.S. District Judge"), a title's bracketed acronym before the name, acronyms the article defines, an office
stated after the name ("on his election as President of Y"), other transliterations of listed office holders,
peoples of one country, "Senator X of <state>", a sentence's setting ("In <country>, ..."), a head of state or
government by surname alone, forms of address, news outlets named in the text. Sentences written for these tests
(names invented unless the test is about a listed office holder).
The one-sentence, one-mention cases of this file are in tests/data/mentions.yaml (test_actors_sixth), run by
tests/test_actors_mentions.py."""

from __future__ import annotations

from functools import partial

from eventkit import mention as _one
from eventkit import mentions

STATE = {"outlet": "U.S. Department of State", "url": "https://www.state.gov/readout-t6/"}


_mentions = partial(mentions, published="2023-03-14", article_id="t6")


# -- titles and names ---------------------------------------------------------------------------------------------


def test_a_titles_bracketed_acronym_before_the_name(analyzer):
    ms = _mentions(
        analyzer,
        "The Department's Bureau of Ocean Affairs Senior Bureau Official (SBO) Dana Reyes will travel to Lima. "
        "SBO Reyes will discuss fisheries.",
        **STATE,
    )
    assert {m.country for m in ms if "Reyes" in m.text} == {"USA"}
    ms = _mentions(analyzer, "Assistant Secretary of State for Ocean Affairs (OA) Mark Tully traveled to Chile.")
    assert _one(ms, "Mark Tully").country == "USA"


def test_a_known_acronym_in_brackets_is_not_skipped(analyzer):
    ms = _mentions(
        analyzer,
        "The envoy met with Secretary General of the North Atlantic Treaty Organization (NATO) Jens Stoltenberg.",
        **STATE,
    )
    assert any(m.text == "NATO" for m in ms), [m.text for m in ms]


def test_an_acronym_the_article_defines_is_that_actor_later(analyzer):
    ms = _mentions(
        analyzer,
        "The United States trained officers of the Liberian National Police (LNP) last year.",
        "The embassy has also donated 40 trucks to the LNP.",
    )
    later = [m for m in ms if m.text.endswith("LNP")]
    assert len(later) == 2 and all(m.country == "LBR" for m in later), [(m.text, m.country) for m in ms]


def test_an_acronym_of_a_longer_name_takes_nothing_from_a_place_inside_it(analyzer):
    ms = _mentions(analyzer, "A team from the University of Southern California (USC) published the study. USC declined.")
    assert all(m.country is None for m in ms if m.text == "USC"), [(m.text, m.country) for m in ms]


# -- peoples, settings, leaders, outlets ---------------------------------------------------------------------------


def test_peoples_of_one_country(analyzer):
    ms = _mentions(analyzer, "The report documents abuses against Uyghurs and attacks on Shia Hazaras.")
    assert _one(ms, "Uyghurs").country == "CHN"
    assert _one(ms, "Hazaras").country == "AFG"


def test_the_setting_of_a_sentence_places_its_titled_hosts(analyzer):
    ms = _mentions(
        analyzer,
        "In Cambodia, Assistant Secretary Kritenbrink will meet with Foreign Minister Sok Vanna and civil society.",
        **STATE,
    )
    assert _one(ms, "Sok Vanna").country == "KHM"
    assert _one(ms, "civil society").country == "KHM"
    assert _one(ms, "Kritenbrink").country == "USA"


def test_a_capital_or_a_visitor_is_not_a_setting(analyzer):
    ms = _mentions(analyzer, "In Brussels, Foreign Minister Sok Vanna met the delegation.")
    assert _one(ms, "Sok Vanna").country is None
    ms = _mentions(analyzer, "In Poland, the delegation met troops.")
    assert all(m.country is None for m in ms if m.text in ("delegation", "troops"))


def test_a_surname_of_someone_else_in_the_article_is_not_the_leader(analyzer):
    ms = _mentions(analyzer, "The novelist Clara Orban won the prize. Orban said she was surprised.")
    assert all(m.country is None for m in ms if "Orban" in m.text), [(m.text, m.country) for m in ms]


def test_a_leader_out_of_office_on_the_date_is_not_read_from_the_surname(analyzer):
    ms = _mentions(analyzer, "Duterte said the vote was fair.", published="2010-05-06")
    assert all(m.country is None for m in ms if "Duterte" in m.text)


def test_a_news_outlet_named_in_the_text(analyzer):
    ms = _mentions(analyzer, "The minister told Xinhua that talks would resume, according to the New York Times.")
    assert (_one(ms, "Xinhua").country, _one(ms, "Xinhua").sector) == ("CHN", "MED")
    assert _one(ms, "New York Times").country == "USA"


def test_the_articles_own_outlet_is_not_a_party(analyzer):
    ms = _mentions(analyzer, "Xinhua learned that the talks would resume.", outlet="Xinhua")
    assert all(m.sector != "MED" for m in ms if "Xinhua" in m.text)
