"""Forty-eighth session: offices and names after titles, "them" after a coordination, and what the sentence back-off
takes as a side.

- h48counterpart: a bare office ("the National Security Advisor") was given the country of the first holder named
  after it, even when that holder is introduced as someone's counterpart ("... met his counterpart, Israeli National
  Security Advisor X"); a counterpart holds the office for another side. In the State Department's own texts the bare
  National Security Advisor is the United States' (as "the Secretary" is).
- h48them: an object "them" took every party named before it in its sentence, a place named in a topic phrase too
  ("... the military operation to protect Donbass, Putin informed them"); when some of those parties are conjoined,
  "them" is that group.
- h48groupplace: a people's group ("students") was given the article's dominant country also in a sentence that puts
  it in another country ("35 thousand students protesting in Belgium").
- h48titled: a name right after an office title that the tagger did not tag as a person ("Assistant Secretary of
  Defense Jane Roe", "Minister of Foreign Affairs of Hungary X Y", or only the surname after "of Ukraine") is one;
  a rank before a known title is kept in the role ("Assistant Secretary of the Treasury", no longer "Secretary of
  the Treasury"), and the title's sector and country are read without it.
- h48ontopic: the sentence back-off took a country deep in the "on" phrase of a meeting as the side met ("a meeting
  on the development of Crimea"); for a type whose "on" is a topic, no side comes from there.
- h48content: the back-off took the subject of an agreement's content clause as the counterpart ("made a commitment
  that Iran will never ..."); for AGREE it is what is agreed.
- h48prep: a word the parser reads as a preposition ("... the conflict provided the full implementation of ...", a
  condition) is no act word of the sentence back-off.
- h48with: an act whose word has a "with" partner of its own ("work with our partners to hold Russia accountable")
  takes no other party as the one it is done with.
- h48ownwithdrawn: "withdrew the United States from the agreement with Iran": the state withdrawn is the doer's own.
- h48along: "funding for a wall along the border with Mexico": a border's "with" phrase names no partner.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from eventkit import analysed, mentions

SD = {"url": "https://www.state.gov/briefing-x/", "outlet": "U.S. Department of State"}
KREMLIN = {"url": "http://en.kremlin.ru/events/president/news/1", "outlet": "President of Russia"}
NEWS = {"url": "https://example.org/news/1", "outlet": "Example News"}
DATE = "2022-05-10"


def _events(analyzer, paragraphs, **source):
    return analysed(analyzer, paragraphs, DATE, **source)[1].events


def _triples(analyzer, paragraphs, **source) -> set[tuple]:
    return {
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(analyzer, paragraphs, **source)
    }


def _mention(analyzer, paragraphs, text, **source):
    ms = mentions(analyzer, *paragraphs, published=DATE, **source)
    found = [m for m in ms if m.text == text]
    assert found, [(m.text, m.country) for m in ms]
    return found[0]


# -- h48counterpart ---------------------------------------------------------------------------------------------


def test_a_counterpart_named_later_does_not_hold_the_bare_office(analyzer):
    paragraph = "Yesterday the National Security Advisor travelled to meet his counterpart, Japanese National Security Advisor Akiba Takeo, in Tokyo."
    m = _mention(analyzer, [paragraph], "National Security Advisor", **NEWS)
    assert m.country != "JPN", (m.country, m.note)


def test_the_bare_national_security_advisor_is_the_state_departments_own(analyzer):
    paragraph = "Yesterday the National Security Advisor travelled to meet his counterpart, Japanese National Security Advisor Akiba Takeo, in Tokyo."
    m = _mention(analyzer, [paragraph], "National Security Advisor", **SD)
    assert m.country == "USA", (m.country, m.note)
    assert ("CONSULT", "USA", "JPN") in _triples(analyzer, [paragraph], **SD)


def test_a_holder_named_later_without_the_cue_still_holds_the_office(analyzer):
    """The older rule stands: with no holder before, the first one named after ("Mr Prime Minister, ..." opening a
    transcript) holds the bare office."""
    paragraphs = [
        "Mr Prime Minister, thank you for coming.",
        "Vladimir Putin met Prime Minister of Malaysia Ismail Sabri Yaakob.",
    ]
    m = _mention(analyzer, paragraphs, "Prime Minister", **KREMLIN)
    assert m.country == "MYS", (m.country, m.note)


# -- h48them ------------------------------------------------------------------------------------------------------


def test_them_takes_the_conjoined_parties_not_a_place_named_alone(analyzer):
    paragraphs = [
        "Vladimir Putin had a telephone conversation with Prime Minister of Italy Mario Draghi and Prime Minister of Spain Pedro Sanchez.",
        "In response to the issues raised by the leaders of Italy and Spain regarding the humanitarian situation in the zone of the operation to protect Donbass, Vladimir Putin informed them of the situation on the ground.",
    ]
    events = _events(analyzer, paragraphs, **KREMLIN)
    informed = [e for e in events if e.trigger == "informed"]
    assert informed, [(e.trigger, e.plover_type) for e in events]
    targets = {e.target.country for e in informed if e.target}
    assert targets == {"ITA", "ESP"}, targets


def test_them_after_two_regions_conjoined_takes_both(analyzer):
    paragraphs = [
        "Vladimir Putin recognised the Donetsk People's Republic and the Lugansk People's Republic, and signed treaties with them."
    ]
    events = [e for e in _events(analyzer, paragraphs, **KREMLIN) if e.plover_type == "AGREE"]
    assert len({e.target.name for e in events if e.target}) == 2, [(e.target.name if e.target else None) for e in events]


# -- h48titled ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, name, country",
    [
        ("Assistant Secretary of Defense Jolene Marrick met Polish officials on Tuesday.", "Jolene Marrick", "USA"),
        ("Minister of Foreign Affairs of Hungary Tamas Vokor met the Secretary on Monday.", "Tamas Vokor", "HUN"),
        ("Deputy Prime Minister of Ukraine Olena Parchuk spoke with the Secretary.", "Olena Parchuk", "UKR"),
    ],
)
def test_a_name_after_a_title_is_a_person_of_the_titles_country(analyzer, paragraph, name, country):
    m = _mention(analyzer, [paragraph], name, **SD)
    assert m.kind == "person" and m.country == country, (m.kind, m.country, m.role)


def test_a_rank_before_a_known_title_is_kept_in_the_role(analyzer):
    m = _mention(analyzer, ["Assistant Secretary of the Treasury Jolene Marrick spoke in Brussels."], "Jolene Marrick", **NEWS)
    assert m.role and m.role.lower().startswith("assistant secretary of the treasury"), m.role
    assert m.country == "USA" and m.sector == "GOV", (m.country, m.sector)


def test_a_ranked_holder_does_not_hold_the_bare_office(analyzer):
    """ "the Secretary" in a State Department briefing is not an Assistant Secretary of the Treasury named later."""
    paragraphs = [
        "The Secretary and the High Representative spoke about energy.",
        "A delegation included Assistant Secretary of the Treasury for Terrorist Financing Jolene Marrick.",
    ]
    m = _mention(analyzer, paragraphs, "Secretary", **SD)
    assert "Marrick" not in (m.name or "") and "Marrick" not in (m.note or ""), (m.name, m.note)


def test_a_title_phrase_is_not_read_as_a_name(analyzer):
    m = _mention(
        analyzer,
        ["Under Secretary Nuland will join Moroccan Minister of Foreign Affairs Nasser Bourita in Rabat."],
        "Nasser Bourita",
        **SD,
    )
    assert m.country == "MAR", m.country


# -- h48ontopic, h48content, h48prep (the sentence back-off) --------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The President held a meeting on the economic development of Crimea and Sevastopol by videoconference.",
        "The Chancellor chaired a session on the reconstruction of Ukraine's power grid.",
    ],
)
def test_what_a_meeting_is_on_is_no_side(analyzer, paragraph):
    triples = _triples(analyzer, [paragraph], **KREMLIN)
    assert not any(t[2] == "UKR" for t in triples), triples


def test_an_act_on_a_party_still_has_it_as_its_target(analyzer):
    triples = _triples(analyzer, ["Canada imposed new sanctions on Russia on Monday."], **NEWS)
    assert ("SANCTION", "CAN", "RUS") in triples, triples


def test_what_is_committed_to_names_no_counterpart(analyzer):
    triples = _triples(
        analyzer, ["President Biden has made a commitment that North Korea will never threaten its neighbours."], **NEWS
    )
    assert not any(t[0] == "AGREE" and t[2] == "PRK" for t in triples), triples


def test_a_demand_keeps_the_subject_of_its_clause_as_target(analyzer):
    triples = _triples(analyzer, ["The United States demanded that Russia withdraw its troops."], **NEWS)
    assert ("REQUEST", "USA", "RUS") in triples, triples


def test_a_participle_read_as_a_preposition_is_no_act_word(analyzer):
    paragraph = (
        "Vladimir Putin described Russia's approach to settling the internal Ukraine conflict provided the full "
        "implementation of the Minsk agreements."
    )
    triples = _triples(analyzer, [paragraph], **KREMLIN)
    assert not any(t[0] == "AID" for t in triples), triples


def test_a_name_after_a_title_does_not_swallow_an_institution_or_a_country(analyzer):
    paragraphs = [
        "The meeting was attended by Chief of Staff of the Government Office Tomas Brenner and others.",
        "On June 25, Vladimir Putin will meet with President of the Republic of Belarus Alexander Lukashenko in Minsk.",
    ]
    ms = mentions(analyzer, *paragraphs, published=DATE, **KREMLIN)
    names = {m.text for m in ms if m.kind == "person"}
    assert "Alexander Lukashenko" in names, names
    assert not any(n.startswith(("Office", "Belarus")) for n in names), names


def test_a_surname_shared_by_two_people_is_not_the_later_ones(analyzer):
    paragraphs = [
        "On Friday, 31-year-old Imran Qadri attacked people at a conference hall in Leeds.",
        '"We stand together," tweeted Mayor of London Sadiq Khan.',
        "Qadri had been released from prison a year ago. Police said Khan praised the bystanders.",
    ]
    ms = mentions(analyzer, *paragraphs, published=DATE, **NEWS)
    assert any(m.text == "Sadiq Khan" for m in ms)
    paragraphs = [
        "On Friday, 28-year-old Usman Khan attacked people at a conference hall in London.",
        '"We stand together," tweeted Mayor of London Sadiq Khan (no relation).',
        "Khan was convicted of terrorism years ago.",
    ]
    ms = mentions(analyzer, *paragraphs, published=DATE, **NEWS)
    last = [m for m in ms if m.text == "Khan"]
    assert last and all(m.name != "Sadiq Khan" for m in last), [(m.text, m.name) for m in last]


# -- h48with, h48ownwithdrawn, h48along -----------------------------------------------------------------------------


def test_an_act_with_its_own_partner_is_not_with_a_party_of_its_purpose(analyzer):
    triples = _triples(analyzer, ["Canada will continue to work with its partners to hold Iran accountable."], **NEWS)
    assert not any(t[2] == "IRN" for t in triples), triples


def test_the_partner_of_a_with_phrase_is_kept(analyzer):
    triples = _triples(analyzer, ["Japan will cooperate with Australia to counter piracy."], **NEWS)
    assert ("COOPERATE", "JPN", "AUS") in triples, triples


def test_the_state_withdrawn_is_the_doers_own(analyzer):
    triples = _triples(
        analyzer, ["In 2018 President Trump withdrew the United States from the nuclear agreement with Iran."], **NEWS
    )
    assert ("RETREAT", "USA", "IRN") in triples, triples
    assert not any(t[0] == "RETREAT" and t[2] == "USA" for t in triples), triples


def test_troops_withdrawn_still_retreat_from_the_place(analyzer):
    triples = _triples(analyzer, ["The United States withdrew its troops from Afghanistan."], **NEWS)
    assert ("RETREAT", "USA", "AFG") in triples, triples


def test_a_border_with_a_country_is_no_partner(analyzer):
    triples = _triples(analyzer, ["The President approved funding for a fence along the border with Guatemala."], **NEWS)
    assert not any(t[2] == "GTM" for t in triples), triples


def test_forces_massed_on_a_border_still_face_the_country(analyzer):
    triples = _triples(analyzer, ["Russia massed troops along its border with Ukraine."], **NEWS)
    assert ("MOBILIZE", "RUS", "UKR") in triples, triples


def test_a_title_after_a_name_and_comma_belongs_to_that_name(analyzer):
    """A transcript's header lists "Name, Title Name, Title ...": the capitals after a title that is the appositive of
    the name before it are the next item's name, not a holder of that title."""
    ms = mentions(
        analyzer, "Jane Roe, Secretary of State Ole Nuuk, Greenlandic Premier Jon Dahl, Danish Minister", published=DATE, **SD
    )
    assert not any(m.text == "Ole Nuuk" and m.country == "USA" for m in ms), [(m.text, m.country) for m in ms]


# -- h48groupplace ---------------------------------------------------------------------------------------------------


def test_a_peoples_group_placed_in_another_country_keeps_it(analyzer):
    """An article mostly about the United States does not make students protesting in Belgium American."""
    paragraphs = [
        "United States President Donald Trump mocked the climate strikes. The United States Speaker of the House Nancy Pelosi praised them.",
        "In the United States, thousands joined. Other countries had similar protests, with 35 thousand students protesting in Belgium in January.",
    ]
    ms = mentions(analyzer, *paragraphs, published=DATE, **NEWS)
    students = [m for m in ms if m.text == "students"]
    assert students and all(m.country != "USA" for m in students), [(m.text, m.country, m.note) for m in students]
