"""Named actors still left without a country (issue 14, audit 2026-12-01b, class "country missed for a named
actor"), by class: an official named after a country's ministry and a title; a family name with particles that the
parser cuts in two; a title completed by "of" and its body; a bare title the parser takes for a person; a known
organisation glued to its bracketed acronym; a government's own bare offices. Sentences written for these tests."""

from __future__ import annotations

from attache.model import Article, Paragraph


def _mentions(analyzer, *paragraphs, outlet=None, url=None):
    text, paras = "", []
    for q in paragraphs:
        text += ("\n\n" if text else "") + q
        paras.append(Paragraph(len(text) - len(q), len(text)))
    art = Article(id="t5", text=text, paragraphs=paras, language="en", published="2023-03-14", outlet=outlet, url=url)
    return analyzer.analyze([art])[0].mentions


def _one(ms, part):
    found = [m for m in ms if part in m.text]
    assert found, [m.text for m in ms]
    return found[0]


STATE = {"outlet": "U.S. Department of State", "url": "https://www.state.gov/readout-t5/"}


def test_an_official_after_a_countrys_ministry_and_title(analyzer):
    ms = _mentions(analyzer, "The minister met Dutch Foreign Ministry Secretary General Pieter de Vries in The Hague.")
    m = _one(ms, "Vries")
    assert (m.country, m.sector, m.kind) == ("NLD", "GOV", "person")


def test_a_name_with_particles_is_one_person_of_the_ministrys_country(analyzer):
    ms = _mentions(
        analyzer, "The envoy spoke by phone with Belgian Ministry of Foreign Affairs Political Director Anke van den Berg."
    )
    m = _one(ms, "Berg")
    assert m.text == "Anke van den Berg"
    assert (m.country, m.sector) == ("BEL", "GOV")


def test_a_ministry_without_a_country_gives_none(analyzer):
    ms = _mentions(analyzer, "The reporter asked Ministry of Finance spokesman Arno Kessel about the budget.")
    people = [m for m in ms if "Kessel" in m.text]
    assert people and all(m.country is None for m in people)


def test_a_title_completed_by_of_and_its_body(analyzer):
    ms = _mentions(analyzer, "The Secretary met with Lebanese Speaker of Parliament Nabil Aoun.")
    m = _one(ms, "Nabil Aoun")
    assert (m.country, m.sector, m.role) == ("LBN", "LEG", "Speaker")


def test_charge_d_affaires_of_an_embassy(analyzer):
    ms = _mentions(analyzer, "U.S. Embassy Charge d'Affaires Tom Fisher met Lebanese lawmakers.")
    m = _one(ms, "Tom Fisher")
    assert (m.country, m.sector) == ("USA", "GOV")


def test_counselor_of_the_department_in_a_governments_own_text(analyzer):
    ms = _mentions(analyzer, "Counselor of the Department Maria Olsen will travel to Vienna next week.", **STATE)
    m = _one(ms, "Maria Olsen")
    assert (m.country, m.sector) == ("USA", "GOV")


def test_counselor_of_the_department_elsewhere_has_no_country(analyzer):
    ms = _mentions(analyzer, "Counselor of the Department Maria Olsen will travel to Vienna next week.")
    m = _one(ms, "Maria Olsen")
    assert m.country is None and m.sector == "GOV"


def test_bare_counselor_and_delegation_in_a_governments_own_text(analyzer):
    ms = _mentions(
        analyzer,
        "Counselor Maria Olsen will travel to Vienna.",
        "Finally, the Counselor will stop in Korea, and the delegation will meet senior Kazakh officials.",
        **STATE,
    )
    bare = [m for m in ms if m.text == "Counselor"]
    assert bare and bare[0].country == "USA"
    assert _one(ms, "delegation").country == "USA"
    assert _one(ms, "Kazakh officials").country == "KAZ"


def test_bare_delegation_elsewhere_has_no_country(analyzer):
    ms = _mentions(analyzer, "The delegation will meet senior officials next week.")
    assert _one(ms, "delegation").country is None


def test_organisation_glued_to_its_acronym(analyzer):
    ms = _mentions(analyzer, "Armenia and the Eurasian Economic Union(EAEU) signed a memorandum.")
    m = _one(ms, "Eurasian")
    assert (m.actor_id, m.sector, m.kind) == ("IGO.eaeu", "IGO", "igo")


def test_unknown_name_glued_to_an_acronym_stays_unknown(analyzer):
    ms = _mentions(analyzer, "Kenya and the Eastern Trade Council(ETC) signed a memorandum.")
    glued = [m for m in ms if "Trade Council" in m.text]
    assert glued and all(m.country is None and m.kind != "igo" for m in glued)


def test_a_name_the_parser_missed_after_a_countrys_title(analyzer):
    ms = _mentions(analyzer, "Dutch Minister of Defence Joost Hendriks met NATO officials.")
    m = _one(ms, "Hendriks")
    assert (m.text, m.country, m.sector, m.kind) == ("Joost Hendriks", "NLD", "GOV", "person")


def test_a_body_after_a_title_is_no_name(analyzer):
    ms = _mentions(analyzer, "Guards sealed the Kenyan Interior Minister Press Office after the protest.")
    assert not [m for m in ms if m.kind == "person" and "Office" in m.text]
