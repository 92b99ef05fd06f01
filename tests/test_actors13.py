"""Named or titled sides left without a country (twelfth session, h14actors13): a title and a family name written
first, Haiti's 2021 office holders, a state councilor named with the state, and "our" sides in a government's own
text. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventkit import mention, mentions

STATE = {"outlet": "U.S. Department of State", "url": "https://www.state.gov/readout-h14a13/"}


@pytest.mark.parametrize(
    ("text", "published", "part", "country", "sector"),
    [
        # a title and a family name written first: the listed holder of that office on the date
        ("Foreign Minister Wang told reporters in Jakarta that the talks had gone well.", "2022-03-02", "Wang", "CHN", "GOV"),
        ("The minister thanked Foreign Minister Park for the visit to Lisbon.", "2022-09-14", "Park", "KOR", None),
        # Haiti's president of 2021 by title and surname, and its acting prime minister
        (
            "Mourners gathered where President Moise had lived, and the police questioned guards.",
            "2021-07-09",
            "Moise",
            "HTI",
            "GOV",
        ),
        ("Acting Prime Minister Claude Joseph appealed for calm.", "2021-07-09", "Claude Joseph", "HTI", None),
        # no listed Park was foreign minister in mid-2021 (Park Jin took office in May 2022): left without a country
        ("The minister thanked Foreign Minister Park for the visit to Lisbon.", "2021-06-14", "Park", None, None),
        # a title no listed Wang held: nothing is guessed from the surname
        ("Ambassador Wang criticised the report on Tuesday.", "2022-03-02", "Wang", None, None),
    ],
)
def test_a_titled_family_name_gets_the_country_of_the_office_held_on_the_date(analyzer, text, published, part, country, sector):
    found = mention(mentions(analyzer, text, published=published), part)
    assert found.country == country
    if sector is not None:
        assert found.sector == sector


def test_a_state_councilor_named_with_the_state(analyzer):
    ms = mentions(analyzer, "The envoy met PRC State Councilor and Foreign Minister Wang Yi in Bali.", published="2022-07-08")
    assert mention(ms, "Councilor").country == "CHN"
    assert mention(ms, "Wang Yi").country == "CHN"


def test_our_side_in_a_governments_own_text_is_the_publisher(analyzer):
    text = "Our Ambassador visited the flooded districts, and our unjustly detained citizens must be released."
    ms = mentions(analyzer, text, published="2022-05-10", **STATE)
    assert mention(ms, "Ambassador").country == "USA"
    assert mention(ms, "citizens").country == "USA"


def test_our_partners_and_other_texts_stay_as_they_were(analyzer):
    ms = mentions(analyzer, "We stand with our European allies and our NATO Allies.", published="2022-05-10", **STATE)
    assert all(m.country != "USA" for m in ms)
    # the same words in a newspaper: "our" is not a government's
    ms = mentions(analyzer, "Our Ambassador visited the flooded districts.", published="2022-05-10")
    assert mention(ms, "Ambassador").country is None


def test_director_yang_in_his_years_at_the_foreign_affairs_office(analyzer):
    ms = mentions(analyzer, "The Secretary spoke by phone with Director Yang about the summit.", published="2021-06-20")
    yang = mention(ms, "Yang")
    assert (yang.country, yang.sector) == ("CHN", "GOV")
