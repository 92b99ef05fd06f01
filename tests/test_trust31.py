"""Thirtieth session: kinds of wire-news prose the coder lost (found in the lead sentences of the synthetic PLOVER
development stories and in Wikinews articles of the demo corpus that name two countries and gave no two-sided event).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, one, triples, triples_in

DAY = "2021-05-05"


def test_according_to_which_is_no_attribution(analyzer):
    """(h30accwhich) "signed an agreement, according to which X would ..." is a relative clause on the agreement; the
    parser hangs "according" on the main verb, so the signing was told as someone's words."""
    text = "On Monday, Chile and Peru signed a border agreement, according to which the line would follow the river."
    event = one(coded_events(analyzer, text, DAY), "AGREE")
    assert event.factuality == "asserted", event.factuality
    said = one(coded_events(analyzer, "Chile and Peru signed a border agreement, according to officials.", DAY), "AGREE")
    assert said.factuality == "reported", said.factuality


# The classes whose cases only ask for one (type, source, target) triple, one table; each row's id names its class.
CASES = [
    # (h30aimed) "targeting X", "aimed at X" on the act or its object name whom it is aimed at
    pytest.param("Iran launched missiles targeting US troops in Iraq.", ("ASSAULT", "IRN", "USA"), DAY, id="h30aimed"),
    pytest.param("Russia launched airstrikes targeting Ukrainian positions.", ("ASSAULT", "RUS", "UKR"), DAY, id="h30aimed"),
    pytest.param("Israel carried out an attack aimed at Iranian forces.", ("ASSAULT", "ISR", "IRN"), DAY, id="h30aimed"),
    # (h30drop) "dropped bombs on X" gave nothing: "bombs" the verb's object, "drop" no act word
    pytest.param("NATO jets dropped bombs on Serbian positions.", ("ASSAULT", None, "SRB"), DAY, id="h30drop"),
    pytest.param("American warplanes dropped dozens of bombs on Iraqi positions.", ("ASSAULT", "USA", "IRQ"), DAY, id="h30drop"),
    pytest.param("Palestinian militants threw grenades at Israeli soldiers.", ("ASSAULT", "PSE", "ISR"), DAY, id="h30drop"),
    # (h30counterpartin) "his counterpart in Peru" as "his counterpart from Peru"
    pytest.param(
        "The Chilean minister and his counterpart in Peru met on Monday.", ("CONSULT", "CHL", "PER"), DAY, id="h30counterpartin"
    ),
    pytest.param(
        "The Chilean minister and his counterpart in Peru agreed to cut tariffs.",
        ("AGREE", "CHL", "PER"),
        DAY,
        id="h30counterpartin",
    ),
    # (h30offer) an offer made to a party is a pledge to it; a proposal made to it is handed to it
    pytest.param(
        "The Japanese government has made a generous offer to the Philippine people.", ("AGREE", "JPN", "PHL"), DAY, id="h30offer"
    ),
    pytest.param("Japan made a proposal to the Philippines.", ("CONSULT", "JPN", "PHL"), DAY, id="h30offer"),
    # (h30ceasefire) spaCy split "cease-fire" into "cease", "-", "fire" (a quarter of the PLOVER stories' mentions);
    # a ceasefire "between X and Y" called for asks both (h30askedpair)
    pytest.param("Cuba declared a cease-fire with the United States.", ("RETREAT", "CUB", "USA"), DAY, id="h30ceasefire"),
    pytest.param(
        "Russia called for a cease-fire between Armenia and Azerbaijan.", ("REQUEST", "RUS", "ARM"), DAY, id="h30ceasefire"
    ),
    pytest.param(
        "Russia called for a cease-fire between Armenia and Azerbaijan.", ("REQUEST", "RUS", "AZE"), DAY, id="h30ceasefire"
    ),
    # (h30relnoun) the partner inside what is agreed to (h30agreeto); a change of relations told as a noun, as
    # "restored relations"
    pytest.param("Morocco agreed to the normalization of relations with Israel.", ("AGREE", "MAR", "ISR"), DAY, id="h30relnoun"),
    pytest.param(
        "The downgrading of ties between Chile and Peru prompted a diplomatic response.",
        ("SANCTION", "CHL", "PER"),
        DAY,
        id="h30relnoun",
    ),
    pytest.param("Chile's severing of ties with Peru shocked the region.", ("SANCTION", "CHL", "PER"), DAY, id="h30relnoun"),
    pytest.param(
        "The restoration of diplomatic relations between Chile and Peru surprised many.",
        ("COOPERATE", "CHL", "PER"),
        DAY,
        id="h30relnoun",
    ),
    # (h30receive) the giver acts towards the receiver, as with aid received from it
    pytest.param("Kenya received a letter from Somalia.", ("CONSULT", "SOM", "KEN"), DAY, id="h30receive"),
    pytest.param(
        "Kenya received an invitation from Somalia to attend the summit.", ("REQUEST", "SOM", "KEN"), DAY, id="h30receive"
    ),
    pytest.param("Kenya received threats from Somalia.", ("THREATEN", "SOM", "KEN"), DAY, id="h30receive"),
    pytest.param("Kenya received an offer of help from Somalia.", ("AGREE", "SOM", "KEN"), DAY, id="h30receive"),
    # (h30cameo: h30border, h30blockade, h30use) CAMEO 15, 191, 18-20 as wire copy tells them (the border was a place,
    # the blockade a protesters' obstruction, "used" no act word); wire demonyms ("Ecuadorean", "Uzbekistani"); a
    # dative "to" ("sent troops to the X border")
    pytest.param("Russia massed troops near the Ukrainian border.", ("MOBILIZE", "RUS", "UKR"), "1995-05-05", id="h30cameo"),
    pytest.param("Turkey deployed troops along its border with Iraq.", ("MOBILIZE", "TUR", "IRQ"), "1995-05-05", id="h30cameo"),
    pytest.param("Saudi Arabia imposed a naval blockade on Qatar.", ("COERCE", "SAU", "QAT"), "1995-05-05", id="h30cameo"),
    pytest.param(
        "The Iraqi army used chemical weapons against Iranian troops.", ("ASSAULT", "IRQ", "IRN"), "1995-05-05", id="h30cameo"
    ),
    pytest.param("Peru sent troops to the Ecuadorean border.", ("MOBILIZE", "PER", "ECU"), "1995-05-05", id="h30cameo"),
    pytest.param("Uzbekistani officials met Tajikistani officials.", ("CONSULT", "UZB", "TJK"), "1995-05-05", id="h30cameo"),
]


@pytest.mark.parametrize(("text", "want", "day"), CASES)
def test_a_wire_class_gives_its_triple(analyzer, text, want, day):
    """Wire-news wordings the coder lost before this session, one triple each (see the comments of ``CASES``)."""
    assert want in triples_in(analyzer, text, date=day)


def test_a_launch_aimed_at_no_party_has_no_target(analyzer):
    got = triples_in(analyzer, "North Korea fired a missile aimed at improving its deterrent.", date=DAY)
    assert not any(t[2] for t in got), got


def test_leaflets_dropped_are_no_attack(analyzer):
    got = triples_in(analyzer, "Planes dropped leaflets on the Iraqi city.", date=DAY)
    assert not any(t[0] == "ASSAULT" for t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president met with his European counterparts in Rome.",  # the capital is where they met
        "The Chilean minister met his counterparts in Alaska.",  # a region is a place
    ],
)
def test_counterparts_met_in_a_city_or_region_are_not_of_it(analyzer, text):
    got = triples_in(analyzer, text, date=DAY)
    assert not any(t[2] in ("ITA", "USA") for t in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The pact between Chile and Peru was signed on Monday.", {"CHL", "PER"}),
        ("A defence pact was signed between Chile and Peru.", {"CHL", "PER"}),
        ("A memorandum of understanding was signed between Chile and Peru.", {"CHL", "PER"}),
        ("Diplomatic ties between Chile and Peru were restored on Monday.", {"CHL", "PER"}),
    ],
)
def test_a_passive_act_between_two_parties(analyzer, text, want):
    """(h30pact, h30passivepair) "a pact" is an agreement as "a treaty" is; a passive act whose subject or own
    "between" phrase names two parties is theirs."""
    events = coded_events(analyzer, text, DAY)
    assert any({e.source.country, e.target.country if e.target else None} == want for e in events), triples(events)


def test_cease_fire_is_one_token(nlp):
    doc = nlp("The cease-fire held, and Cease-fires were declared.")
    assert "cease-fire" in [t.text for t in doc] and "Cease-fires" in [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("France urged talks between Kyiv and Moscow.", {("REQUEST", "FRA", "UKR"), ("REQUEST", "FRA", "RUS")}),
        ("Russia called for a ceasefire between Armenia and Azerbaijan.", {("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")}),
    ],
)
def test_a_demanded_act_between_two_parties_asks_them(analyzer, text, want):
    """(h30askedpair) the request named no one asked and was lost."""
    assert want <= triples_in(analyzer, text, date=DAY)


def test_a_demanded_act_between_two_times_asks_nobody(analyzer):
    got = triples_in(analyzer, "Russia called for a ceasefire between 2 and 4 p.m.", date=DAY)
    assert not any(t[0] == "REQUEST" and t[2] for t in got), got


def test_a_noun_of_change_without_relations_is_no_event(analyzer):
    got = triples_in(analyzer, "The suspension of the football match between Chile and Peru angered fans.", date=DAY)
    assert not any(t[0] == "SANCTION" for t in got), got


def test_a_letter_received_from_nobody_named_is_no_event(analyzer):
    got = triples_in(analyzer, "Kenya received a letter.", date=DAY)
    assert not any(t[0] == "CONSULT" for t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "We mark the 30th anniversary of the establishment of diplomatic relations between Chile and Peru.",
        "Brazil plays a role in creating opportunities for the normalisation of relations between Chile and Peru.",
    ],
)
def test_a_change_of_relations_only_commemorated_or_aimed_at_is_no_event(analyzer, text):
    """(h30relnoun) an anniversary of relations established long ago, and a normalisation hoped for, are no act."""
    got = triples_in(analyzer, text, date=DAY)
    assert not any(t[0] in ("COOPERATE", "SANCTION") and {t[1], t[2]} == {"CHL", "PER"} for t in got), got


def test_the_partner_inside_a_topic_of_a_briefing_is_no_partner(analyzer):
    """(h30agreeto) only verbs of agreeing read a partner inside their "to"/"on" phrase."""
    events = coded_events(analyzer, "The Chilean minister will brief you on the outcome of his talks with Peru.", DAY)
    assert not any("brief" in (e.trigger or "") and e.target and e.target.country == "PER" for e in events), triples(events)


def test_a_party_seeking_talks_between_its_own_official_and_another_asks_nobody(analyzer):
    """(h30askedpair) the pair of a demanded act that includes the asker's own side is its own proposal."""
    got = triples_in(
        analyzer,
        "Chile is seeking a conversation between the Chilean foreign minister and the Peruvian foreign minister.",
        date=DAY,
    )
    assert not any(t[0] == "REQUEST" and t[1] == "CHL" and t[2] in ("CHL", "PER") for t in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenyan President Uhuru Kenyatta, who visited Uganda last week, said the border would reopen.",
            ("CONSULT", "KEN", "UGA"),
        ),
        ("Kenya, which signed a trade deal with Uganda last year, is now seeking new partners.", ("AGREE", "KEN", "UGA")),
        (
            "The sanctions were imposed by the United States, which accused Iran of supporting terrorism.",
            ("ACCUSE", "USA", "IRN"),
        ),
    ],
)
def test_a_relative_pronoun_stands_for_the_party_it_describes(analyzer, text, want):
    """(h30relwho) "who"/"which" as the subject of a relative clause on a party is that party; the clause is the
    author's account, not the words of the verb of saying whose subject it describes."""
    events = coded_events(analyzer, text, DAY)
    assert want in triples(events)
    event = next(e for e in events if (e.plover_type, e.source.country) == want[:2])
    assert event.factuality == "asserted", event.factuality


def test_those_who_support_a_party_name_no_doer(analyzer):
    got = triples_in(analyzer, "Sanctions were imposed on those who support Russia's war against Ukraine.", date=DAY)
    assert not any(t[1] is None and t[2] == "RUS" for t in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("New Zealand made an effort to restore diplomatic ties with Fiji.", ("COOPERATE", "NZL", "FJI")),
        ("New Zealand announced a plan to expand cooperation with Fiji.", ("COOPERATE", "NZL", "FJI")),
    ],
)
def test_an_effort_a_party_makes_is_its_own(analyzer, text, want):
    """(h30effort) the cooperation an effort or a plan of the subject's aims at is the subject's, not yet done."""
    events = coded_events(analyzer, text, DAY)
    assert want in triples(events)
    assert all(e.factuality != "asserted" for e in events if e.plover_type == "COOPERATE")


def test_others_efforts_supported_are_not_the_supporters_act(analyzer):
    got = triples_in(analyzer, "New Zealand does not support efforts to normalize relations with Fiji.", date=DAY)
    assert ("COOPERATE", "NZL", "FJI") not in got, got


def test_each_party_of_a_joint_subject_meets_the_other_side(analyzer):
    """(h30eachwith) "X and Y met with Z" was X with Z only: the symmetric act kept the first pair."""
    got = triples_in(analyzer, "Morocco and Spain met with Italian officials.", date=DAY)
    assert {("CONSULT", "MAR", "ITA"), ("CONSULT", "ESP", "ITA")} <= got, got


def test_two_officials_of_one_state_meet_the_other_side_once(analyzer):
    events = coded_events(
        analyzer, "The Moroccan king and the Moroccan prime minister met with the Italian foreign minister.", DAY
    )
    consult = [e for e in events if e.plover_type == "CONSULT" and e.target and e.target.country == "ITA"]
    assert len(consult) == 1, triples(events)


def test_the_downing_of_an_aircraft_by_a_party(analyzer):
    """(h30downing) the noun of "shot down"."""
    got = triples_in(analyzer, "The downing of the Russian warplane by a Turkish F-16 angered Moscow.", date=DAY)
    assert ("ASSAULT", "TUR", "RUS") in got, got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [("Chile's meeting with Peru was cancelled.", "meeting"), ("The summit between Chile and Peru was scrapped.", "summit")],
)
def test_a_meeting_called_off_did_not_take_place(analyzer, text, trigger):
    """(h30cancel) as "postponed" (h27postpone): the meeting was told as held."""
    event = one(coded_events(analyzer, text, DAY), "CONSULT", trigger)
    assert event.factuality == "negated", event.factuality


def test_a_denial_of_the_charge_is_no_denial_of_the_accusation(analyzer):
    """(h30denied) "a charge Santiago denied": the parser made "charge" a second subject; h26denied read objects only."""
    event = one(coded_events(analyzer, "Peru accused Chile of violating its airspace, a charge Santiago denied.", DAY), "ACCUSE")
    assert event.factuality == "asserted", event.factuality
    denied = one(coded_events(analyzer, "Chile denied that it had attacked Peru.", DAY), "ASSAULT")
    assert denied.factuality == "negated", denied.factuality


def test_money_given_to_a_party_is_aid(analyzer):
    """(h30give) as "provided $10 million to X"; "gave" was no act word with an amount."""
    assert ("AID", "CHL", "PER") in triples_in(analyzer, "Chile gave $10 million to Peru.", date=DAY)
    got = triples_in(analyzer, "Chile gave 2 million people access to water.", date=DAY)
    assert not any(t[0] == "AID" for t in got), got


def test_a_pair_discussing_one_sides_cooperation_with_a_third_is_no_act_of_the_other(analyzer):
    """(h30eachwith) each party meets the partner only when the act is the parties' own (its subject)."""
    got = triples_in(
        analyzer, "The Chilean and Peruvian presidents discussed plans to expand Chilean cooperation with Bolivia.", date=DAY
    )
    assert ("COOPERATE", "PER", "BOL") not in got, got


def test_a_ceasefire_violated_is_fighting(analyzer):
    """(h30violate) CAMEO 196 "violate ceasefire" is under "fight"; it was a rejection (REJECT 120)."""
    assert ("ASSAULT", "PER", "CHL") in triples_in(analyzer, "Peru violated the ceasefire with Chile.", date=DAY)
    assert ("REJECT", "PER", "CHL") in triples_in(analyzer, "Peru violated the border agreement with Chile.", date=DAY)


def test_a_restrictive_relative_clause_names_no_doer(analyzer):
    """(h30relwho, audit 2026-12-05g) "companies that support X", "people who assisted us" say which ones are meant; only
    a clause set off by a comma describes a known party's act."""
    events = coded_events(analyzer, "The United States sanctioned Iranian companies that support Hezbollah.", DAY)
    assert not any(e.plover_type == "SUPPORT" and e.source and e.source.country == "IRN" for e in events), triples(events)


def test_an_ally_in_a_body_is_a_fellow_member_not_the_body(analyzer):
    """(h30counterpartin, audit 2026-12-05g) "Kazakhstan's ally in the CSTO" is Russia, not the CSTO."""
    text = (
        "The Kazakh President extended special gratitude for the help and support of the Russian Federation, "
        "Kazakhstan's strategic partner and ally in the CSTO."
    )
    events = coded_events(analyzer, text, DAY)
    assert not any(e.target and e.target.name and "CSTO" in e.target.name for e in events), triples(events)


def test_troops_moved_to_their_own_border_face_nobody(analyzer):
    got = triples_in(analyzer, "Russia deployed troops to its own border regions.", date="1995-05-05")
    assert not any(t[0] == "MOBILIZE" and t[2] for t in got), got


def test_the_one_allowed_is_the_permissions_other_side(analyzer):
    """(h30allow) the parser makes the one allowed the subject of the complement clause."""
    got = triples_in(analyzer, "Iraq allowed Kuwaiti officials to visit the prisoners.", date="1995-05-05")
    assert ("RETREAT", "IRQ", "KWT") in got, got


def test_a_permission_demanded_of_others_is_not_the_demanders(analyzer):
    text = "The French envoy demanded parties to the conflict in Iraq to allow Kuwaiti workers the freedom of movement."
    events = coded_events(analyzer, text, "1995-05-05")
    assert not any(e.plover_type == "RETREAT" and e.source and e.source.country == "FRA" for e in events), triples(events)


def test_teams_stationed_near_a_border_are_no_force_posture(analyzer):
    """(h30border) only forces moved face the country whose border they are at."""
    got = triples_in(
        analyzer, "The United States stationed support teams near the Ukrainian border to assist citizens.", date=DAY
    )
    assert ("MOBILIZE", "USA", "UKR") not in got, got


def test_a_thing_allowed_names_nobody(analyzer):
    """(h30allow) "allow the differences we have with Russia to stand in the way": no permission given to Russia."""
    text = "We should not allow the profound differences we have with Russia or any other country to stand in the way of aid."
    got = triples_in(analyzer, text, date=DAY, url="https://www.state.gov/briefings/department-press-briefing-may-5-2021/")
    assert not any(t[0] == "RETREAT" and t[2] == "RUS" for t in got), got
