"""Named actors the resolver used to leave without a country (issue 14, audit of 2026-12-01, class "country missing
for a named actor"): the head of a state agency named by the agency ("CIA Director ..."), firms introduced with a
demonym whatever label the parser gives their name, a firm named again by its first word, an unknown organisation
after a country's possessive, and a government's own envoys in its own texts. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

from eventkit import mentions

_mentions = partial(mentions, published="2023-03-14", article_id="nc")


def _by_text(ms):
    return {m.text: m for m in ms}


def test_head_of_a_state_agency_takes_its_state_and_sector(analyzer):
    ms = _by_text(_mentions(analyzer, "FBI Deputy Director Carla Mendes flew to Ankara with NSA chief Omar Lindqvist."))
    carla, omar = ms["Carla Mendes"], ms["Omar Lindqvist"]
    assert (carla.country, carla.sector) == ("USA", "COP")
    assert (omar.country, omar.sector) == ("USA", "SPY")
    assert carla.role == "Deputy Director"


def test_head_of_an_international_body_has_no_state(analyzer):
    ms = _by_text(_mentions(analyzer, "IAEA Director General Tomas Verhoeven toured the enrichment site."))
    tomas = ms["Tomas Verhoeven"]
    assert (tomas.country, tomas.sector, tomas.role) == (None, "IGO", "Director General")


def test_a_head_title_without_a_body_is_no_office(analyzer):
    ms = _by_text(_mentions(analyzer, "The film director Ansel Varga praised the crew."))
    assert ms["Ansel Varga"].country is None and ms["Ansel Varga"].how == "ner-only"


def test_firm_with_a_demonym_and_its_short_name_later(analyzer):
    ms = _mentions(
        analyzer,
        "Austria on Friday grounded Turkish airline Pegasus Air over unpaid fees.",
        "Pegasus said it would appeal, Austrian officials said.",
    )
    full = next(m for m in ms if "Pegasus Air" in m.text)
    assert (full.country, full.sector, full.kind) == ("TUR", "BUS", "business")
    short = [m for m in ms if m.text == "Pegasus"]
    assert short and short[0].actor_id == full.actor_id and short[0].kind == "business"


def test_unlabelled_name_after_a_company_word(analyzer):
    ms = _mentions(analyzer, "The Chinese tech company Tencent and the Korean carmaker Hyundai Motor signed a deal.")
    firm = next(m for m in ms if "Tencent" in m.text)
    assert (firm.country, firm.sector) == ("CHN", "BUS")


def test_unknown_organisation_after_a_countrys_possessive(analyzer):
    ms = _mentions(analyzer, "Ghana's Volta Star Group said it would sell its stake.")
    org = next(m for m in ms if "Volta Star Group" in m.text)
    assert (org.country, org.sector) == ("GHA", "BUS")
    # a ministry after the possessive is still the country's ministry (the role words read it), not a new body
    ms = _mentions(analyzer, "Ghana's Foreign Ministry summoned the envoy.")
    assert [m.actor_id for m in ms if "Ministry" in m.text] == ["GHA.GOV"]


def test_government_text_owns_its_titled_advisers(analyzer):
    sentence = "Senior Advisor Dana Whitlock will travel to Vilnius to meet officials."
    own = _by_text(_mentions(analyzer, sentence, outlet="U.S. Department of State", url="https://www.state.gov/x"))
    assert (own["Dana Whitlock"].country, own["Dana Whitlock"].sector) == ("USA", "GOV")
    news = _by_text(_mentions(analyzer, sentence, outlet="Example Daily", url="https://example.com/x"))
    assert news["Dana Whitlock"].country is None
