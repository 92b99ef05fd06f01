"""Forty-sixth session: people named again, offices won, pronouns that cannot be the subject above, and a
government's own acts told in the passive.

- h46again: a person introduced with what they are ("Turkish businessman Osman Kavala", "Yemeni journalist Nabil Hasan
  al-Quaety") is that person when named again in full or by a surname the parser takes for an organisation; before,
  the later mention was a name of its own with no country.
- h46office: a person the knowledge base does not hold, congratulated "on his election as President of X" or "on the
  occasion of his victory at the elections of President of X", takes the office's country; a sports victory names no
  office and gives none.
- h46agree: a pronoun subject climbs to the subject of the clause above only when it can stand for it: "We are
  prepared if they choose to renew aggression" gave the aggression to "we" (the issuing government).
- h46passive: a government's own sanction or gift told in the passive with no agent in its own text ("three officials
  were designated pursuant to E.O. 14024", "doses will be delivered to X") is the issuer's act (the guidelines'
  implicit author); with an agent, or reported by someone else, it is not.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from eventkit import analysed, mention, mentions

SD = {"url": "https://www.state.gov/statement-on-x/", "outlet": "U.S. Department of State"}
KREMLIN = {"url": "http://en.kremlin.ru/events/president/news/1", "outlet": "Kremlin"}
NEWS = {"url": "https://example.org/news/1", "outlet": "Example News"}


def _events(analyzer, paragraphs, **source):
    return analysed(analyzer, paragraphs, "2022-05-12", **source)[1].events


def _triples(analyzer, paragraphs, **source) -> set[tuple]:
    return {
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None, e.factuality)
        for e in _events(analyzer, paragraphs, **source)
    }


@pytest.mark.parametrize(
    "first, again, country",
    [
        ("Turkish businessman Osman Kavala was sentenced to life in prison on Monday.", "Osman Kavala", "TUR"),
        ("Yemeni journalist Nabil Hasan al-Quaety was shot dead in Aden on Tuesday.", "al-Quaety", "YEM"),
        ("Kenyan activist Boniface Mwangi Otieno spoke to reporters on Friday.", "Boniface Mwangi Otieno", "KEN"),
    ],
)
def test_a_person_named_again_is_the_person_introduced(analyzer, first, again, country):
    later = f"The United States and France condemned the attack on {again} on Friday."  # not a one-country story (h44)
    ms = mentions(analyzer, first, later, published="2022-05-12", **NEWS)
    repeat = [m for m in ms if m.text == again and m.start > len(first)]
    assert repeat, [(m.text, m.start) for m in ms]
    assert repeat[0].country == country, (repeat[0].actor_id, repeat[0].how)


@pytest.mark.parametrize(
    "sentence, country",
    [
        (
            "Vladimir Putin sent a congratulatory message to Ferdinand Romualdez Marcos on the occasion of his victory at "
            "the elections of President of the Republic of the Philippines.",
            "PHL",
        ),
        ("The Secretary congratulated Joe Smithers on his appointment as Prime Minister of Tuvalu.", "TUV"),
        ("Vladimir Putin congratulated Jaan Kask on his election as President of Estonia.", "EST"),
    ],
)
def test_an_office_won_gives_the_person_its_country(analyzer, sentence, country):
    events = _events(analyzer, [sentence], **KREMLIN)
    support = [e for e in events if e.plover_type == "SUPPORT" and e.target is not None]
    assert support and support[0].target.country == country, [(e.plover_type, e.target and e.target.name) for e in events]
    assert support[0].target.sector == "GOV"


def test_a_sports_victory_names_no_office(analyzer):
    sentence = (
        "Vladimir Putin congratulated Mark Petrovsky on his victory in the super heavyweight category at the World "
        "Boxing Championships in Belgrade."
    )
    ms = mentions(analyzer, sentence, published="2021-11-06", **KREMLIN)
    assert mention(ms, "Petrovsky").country is None


def test_a_body_congratulated_on_its_election_is_no_person(analyzer):
    ms = mentions(
        analyzer,
        "Vladimir Putin congratulated Fidesz on their victory in the elections to the National Assembly of Hungary.",
        published="2022-04-04",
        **KREMLIN,
    )
    assert all(m.kind != "person" for m in ms if "Fidesz" in m.text)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Russia has massed troops on the border.", "We are also prepared if they choose to renew aggression against Ukraine."],
        [
            "We have made it clear that if Russia escalates, if it engages in a full-scale invasion of Ukraine, we will escalate too."
        ],
    ],
)
def test_a_pronoun_never_stands_for_a_subject_of_another_person(analyzer, paragraphs):
    assault = [e for e in _events(analyzer, paragraphs, **SD) if e.plover_type == "ASSAULT"]
    assert not any(e.source is not None and e.source.country == "USA" for e in assault), [
        (e.source.name, e.target and e.target.name) for e in assault
    ]


@pytest.mark.parametrize(
    "sentence, ptype, target",
    [
        ("Hungary said it will support Ukraine.", "SUPPORT", "UKR"),
        ("The United States said it will impose sanctions on Russia.", "SANCTION", "RUS"),
        ("The Syrian Democratic Forces said it had freed two hostages held by Turkey.", None, None),
    ],
)
def test_a_pronoun_still_climbs_to_the_subject_that_reports_it(analyzer, sentence, ptype, target):
    events = _events(analyzer, [sentence], **NEWS)
    if ptype is None:
        assert all(e.source is None or e.source.country != "TUR" for e in events if e.plover_type != "ACCUSE")
        return
    found = [e for e in events if e.plover_type == ptype and e.target is not None and e.target.country == target]
    assert found and found[0].source is not None and found[0].source.name, [(e.plover_type, e.source) for e in events]


@pytest.mark.parametrize(
    "sentence, ptype, target",
    [
        ("Today, three Russian officials were designated pursuant to Executive Order 14024.", "SANCTION", "RUS"),
        ("As part of this donation, nearly 569,000 doses will be delivered to Antigua and Barbuda today.", "AID", "ATG"),
        ("These vaccines were donated to Guatemala through COVAX.", "AID", "GTM"),
    ],
)
def test_a_governments_passive_act_is_its_own(analyzer, sentence, ptype, target):
    assert any(t[:3] == (ptype, "USA", target) for t in _triples(analyzer, [sentence], **SD))


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Officials in Cairo said aid was delivered to Gaza on Monday.", SD),  # reported by others
        ("Aid was delivered to Gaza by Egypt.", SD),  # an agent of its own
        ("As part of this donation, nearly 569,000 doses will be delivered to Antigua and Barbuda today.", NEWS),  # no issuer
        ('"Three officials were designated today," the minister told reporters.', SD),  # another's words
    ],
)
def test_a_passive_act_is_not_the_issuers_when_told_otherwise(analyzer, sentence, source):
    assert not any(t[1] == "USA" for t in _triples(analyzer, [sentence], **source))


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Our thoughts and prayers are with the people of Haiti.", "HTI"),
        ("Our hearts go out to the people of Turkey after the earthquake.", "TUR"),
        ("Our thoughts are with the families of the victims in Myanmar.", "MMR"),
    ],
)
def test_thoughts_with_a_party_are_sympathy(analyzer, sentence, target):
    assert ("SUPPORT", "USA", target, "asserted") in _triples(analyzer, [sentence], **SD)


@pytest.mark.parametrize(
    "sentence",
    [
        "His thoughts on the sanctions were shared by officials in Russia.",
        "Our thoughts are not with the government of Iran.",
        "The prayers of the faithful in Iraq were heard at dawn.",
    ],
)
def test_thoughts_that_are_not_with_anyone_are_no_sympathy(analyzer, sentence):
    assert not any(t[0] == "SUPPORT" for t in _triples(analyzer, [sentence], **SD))


@pytest.mark.parametrize(
    "sentence, ptype, targets",
    [
        ("Russia delivered wheat to Egypt and to Syria.", "AID", {"EGY", "SYR"}),
        ("The United States sent vaccines to Ghana on Monday, and to Kenya on Tuesday.", "AID", {"GHA", "KEN"}),
    ],
)
def test_a_preposition_joined_to_the_verbs_gives_its_party(analyzer, sentence, ptype, targets):
    found = {t[2] for t in _triples(analyzer, [sentence], **NEWS) if t[0] == ptype}
    assert targets <= found, found


def test_a_second_place_of_one_country_is_no_second_target(analyzer):
    found = [t for t in _triples(analyzer, ["Russia launched missiles at Kyiv and at Lviv."], **NEWS) if t[0] == "ASSAULT"]
    assert len(found) == 1, found


def test_a_complement_clause_before_its_verb_does_not_date_it(analyzer):
    sentence = (
        "In view of the 30th anniversary of diplomatic relations between Russia and Armenia, to be observed in April of "
        "this year, Vladimir Putin invited Nikol Pashinyan to pay an official visit to Moscow."
    )
    events = analysed(analyzer, [sentence], "2022-02-21", **KREMLIN)[1].events
    invited = [e for e in events if e.plover_type == "REQUEST" and e.target is not None and e.target.country == "ARM"]
    assert invited and invited[0].date == "2022-02-21", [(e.plover_type, e.date, e.date_text) for e in events]


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Thousands of Iraqis rallied in Baghdad to denounce the American occupation.", "IRQ", "USA"),
        ("Hundreds of Egyptians marched in Cairo to condemn Israel's blockade of Gaza.", "EGY", "ISR"),
    ],
)
def test_a_protest_aims_at_the_party_of_the_thing_it_denounces(analyzer, sentence, source, target):
    assert ("PROTEST", source, target) in {t[:3] for t in _triples(analyzer, [sentence], **NEWS)}


def test_a_protest_at_a_thing_of_no_party_has_no_target(analyzer):
    found = [t for t in _triples(analyzer, ["Opposition supporters marched in Nairobi to protest the election results."], **NEWS)]
    assert all(t[2] is None for t in found if t[0] == "PROTEST"), found


@pytest.mark.parametrize(
    "sentence, name, body",
    [
        ("Stephane Dujarric, the UN spokesman, condemned the attack.", "Stephane Dujarric", "IGO.un"),
        ("Farhan Haq, a spokesman for the United Nations, criticized the strike.", "Farhan Haq", "IGO.un"),
    ],
)
def test_an_appositive_office_of_a_body_gives_the_body(analyzer, sentence, name, body):
    from attache.evaluate.dyads import side_codes

    m = mention(mentions(analyzer, sentence, published="2022-05-12", **SD), name)
    assert m.actor_id.startswith(body + "."), m.actor_id
    assert m.country is None and "UN" in side_codes(m)


def test_an_appositive_office_for_a_state_gives_the_state(analyzer):
    ms = mentions(
        analyzer, "Mohammed Ali, a spokesman for Pakistan's foreign ministry, criticized India.", published="2022-05-12", **SD
    )
    assert mention(ms, "Mohammed Ali").country == "PAK"


def test_an_act_deep_in_the_complement_of_a_need_is_not_done(analyzer):
    sentence = (
        "They emphasized the need for full implementation of the ceasefire agreement, including the immediate "
        "withdrawal of Russian forces from Libya."
    )
    retreat = [e for e in _events(analyzer, [sentence], **SD) if e.plover_type == "RETREAT"]
    assert retreat and all(e.factuality == "hypothetical" for e in retreat), [(e.factuality, e.date) for e in retreat]


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The Secretary underscored the importance of free and fair Kenyan elections.", "KEN"),
        ("Secretary Blinken emphasized the importance of Pakistan's cooperation in fighting terrorism.", "PAK"),
    ],
)
def test_stressing_the_importance_of_a_partys_own_thing_asks_it(analyzer, sentence, target):
    assert ("REQUEST", "USA", target, "asserted") in _triples(analyzer, [sentence], **SD)


def test_stressing_the_importance_of_a_shared_thing_asks_no_one(analyzer):
    found = _triples(analyzer, ["The Secretary stressed the importance of the U.S.-Kenya partnership."], **SD)
    assert not any(t[0] == "REQUEST" for t in found), found


def test_a_surname_after_a_day_is_the_person_named_before(analyzer):
    events = _events(
        analyzer,
        [
            "Greek prime minister Kyriakos Mitsotakis spoke on Monday.",
            "Later on Tuesday Mitsotakis met with President Trump in Washington.",
        ],
        **NEWS,
    )
    assert any(e.plover_type == "CONSULT" and e.source is not None and e.source.country == "GRC" for e in events), [
        (e.plover_type, e.source and e.source.name) for e in events
    ]


def test_a_gift_seen_arriving_from_others_is_not_the_issuers(analyzer):
    sentence = "We saw regular supplies of cutting-edge weaponry being delivered from NATO countries."
    assert not any(t[1] == "RUS" and t[0] == "AID" for t in _triples(analyzer, [sentence], **KREMLIN))


def test_a_joined_preposition_with_its_own_time_dates_its_event(analyzer):
    sentence = "Nearly 500,000 doses will be delivered to Jamaica today, and to Barbados tomorrow."
    events = analysed(analyzer, [sentence], "2021-08-12", **SD)[1].events
    aid = {e.target.country: e.date for e in events if e.plover_type == "AID" and e.target is not None}
    assert aid.get("JAM") == "2021-08-12" and aid.get("BRB") == "2021-08-13", aid


def test_one_doers_act_on_a_long_list_reaches_every_item(analyzer):
    sentence = "The United States donated vaccines to Ghana, Kenya, Nigeria, Senegal, Togo, and Benin."
    targets = {t[2] for t in _triples(analyzer, [sentence], **NEWS) if t[0] == "AID" and t[1] == "USA"}
    assert targets == {"GHA", "KEN", "NGA", "SEN", "TGO", "BEN"}, targets
