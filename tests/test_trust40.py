"""Thirty-ninth session: the party a participle carries a noun event out on, named processes that are no party, and
a party told to be a donor.

- h39carried: "the sanctions imposed by the EU on Russia", "attacks launched by Turkey against Kurdish positions in
  Syria": the participle's "on"/"against"/"to" phrase names whom the noun's act is on (the participle's "by" agent
  was already the doer; the target was left empty, and an event with one side of no country was lost). The small
  parser may hang the phrase on the agent's name ("imposed by the EU on Russia"): it is read there too;
- h39process: named processes, programmes and sporting events the small model tags as people or bodies ("Brexit",
  "Obamacare", "the Olympic team") are no party
  ("voted against a no-deal Brexit" was a REJECT of a British person named Brexit);
- h39donor: "X is the largest donor of humanitarian assistance to Y", "X and Z are the largest bilateral donors to Y":
  a noun of giving as what a party is, with a recipient, is that party's AID to the recipient; the gift noun that
  names its own recipient keeps the event ("the leading provider of assistance to Y", one event), and a donor with
  no recipient is none;
- h39harm: "shelled the town, killing 11 civilians", "launched a rocket attack on a base, wounding three soldiers":
  the harm a participle tells is the attack's, no second ASSAULT on the victims (it came out beside the attack, with
  a target of no country, in most wire leads of attacks); an attack with no target of its own takes the victims
  ("opened fire in a market, killing five Chinese nationals"); a symmetric exchange of fire keeps its two sides;
- h39calloff: "called off" asks nothing ("called off their march on Bucharest, easing a standoff": no REQUEST of
  Bucharest, and the easing no act demanded); a protest, strike or march called off is a CONCEDE; talks called off
  stay a SANCTION;
- h39product: a name the knowledge base does not know, before a noun of equipment, is a make or model, no party
  ("provide Ukraine with Leopard tanks" was also an AID to "Leopard"); a known party keeps its equipment ("Hamas
  rockets", "NATO jets");
- h39offer: an offer the sentence tells answered ("Bogota turned down an offer by Chavez to mediate between the
  government and the ELN", "accepted an offer from X to set up a commission") is told by the answer (REJECT, AGREE),
  one event between the two; the offer's own AGREE took the act offered's party (Chavez -> ELN) or none. An offer
  only considered keeps its event;
- h39city: a city of one country that the small parser tags as an organisation or a people, before a group noun
  ("Karachi police", "Lahore police"), places the group in that country (it was a party named "Karachi" and police
  of no country; "police in Karachi", "Delhi police" already were);
- h39handin: arms handed in, turned in or given up are laid down (RETREAT, DISARM), also when the parser hangs the
  object on the particle ("handed in their weapons"); "gave up their arms" was an AID; weapons handed over to a
  party stay a transfer;
- h39agent: a passive with no agent whose "by" phrase the parser hung on a noun that names its own doer ("Colombia
  was granted $40 million in military aid for its fight against drug traffickers by the United States") has that
  phrase as its agent (the aid was Colombia's, to the United States);
- h39joint: a thing made or run "joint" by two parties named as the subject, or with a partner ("Thailand and Laos began
  operating a joint customs checkpoint", "will build a joint oil pipeline with China"), is their cooperation, as a verb
  done "jointly" is (h38jointly); a joint thing that is an event of its own keeps its type ("joint exercises");
- h39inquiry: what an inquiry opened by the subject is "into" is the party investigated also when it is named with its
  title ("opened an investigation into Nigerian President Goodluck Jonathan" was read as a place of the inquiry); an
  inquiry nobody named opened stays a topic ("interfered with an investigation into Burisma");
- h39pairorder: the parties of a hyphenated pair before a noun event are read in the order written ("the resolute
  U.S.-Pakistan commitment": the United States' first; the parser makes the second name the head, and it came first);
- h39warof: "a war of aggression against Ukraine": the party the inner noun of the same kind names ("against Ukraine"
  hangs on "aggression") is the outer noun's, whose event it is ("Russia is conducting a war of aggression against
  Ukraine" gave no event: "war" needs a party, "aggression" defers to "war");
- h39close: troops moved "close to" a border face the country whose border it is (the parser hangs "close to the
  border" on the measure "thousands", and "tens of thousands of troops" hid the force from the check); the doer's own
  forces moved are never its target ("each moved tens of thousands of troops": MOBILIZE towards "troops");
- h39held: captives returned to their country are released, no deployment ("returned four detained Georgian soldiers
  to Georgia" was a MOBILIZE of h38return);
- h39charged: the act a party is arrested, charged or convicted for is the charge, reported, not a deed told as done
  ("arrested in Lebanon for collaborating with Israel" was an asserted COOPERATE with Israel);
- h39adjunct: the talk a pledge or promise is made in took place ("In his call with Zelensky, Macron pledged more aid":
  the call was planned, the pledge's intent read into its adjunct; as h29adjunct for a verb of asking).

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples

DAY = "2022-05-10"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sanctions imposed by the EU on Belarus took effect on Monday.", ("SANCTION", None, "BLR")),
        ("Sanctions imposed on Iran by Washington were eased.", ("SANCTION", "USA", "IRN")),
        ("The attacks launched by Turkey against Armenia drew criticism.", ("ASSAULT", "TUR", "ARM")),
        ("The accusations levelled by Beijing against Canberra are baseless, the minister said.", ("ACCUSE", "CHN", "AUS")),
    ],
)
def test_a_participle_names_the_party_a_noun_act_is_on(analyzer, text, expected):
    found = triples(coded_events(analyzer, text, DAY))
    ptype, source, target = expected
    assert any(t[0] == ptype and t[2] == target and (source is None or t[1] == source) for t in found), found


def test_the_agent_of_the_participle_stays_the_doer(analyzer):
    events = coded_events(analyzer, "The sanctions imposed by the EU on Belarus took effect on Monday.", DAY)
    sanction = [e for e in events if e.plover_type == "SANCTION"]
    assert sanction and all(e.source is not None and e.source.actor_id == "IGO.eu" for e in sanction)


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in London voted against a no-deal Brexit on Tuesday.",
        "The senator resigned in protest against Obamacare.",
        "The President of Kazakhstan spoke with members of the Olympic team on Tuesday.",
    ],
)
def test_a_named_process_is_no_party(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    sides = [s.name or "" for e in events for s in (e.source, e.target) if s is not None]
    assert not any(w in s for s in sides for w in ("Brexit", "Obamacare", "Olympic")), sides


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan is the largest single donor of humanitarian assistance to Myanmar.", ("AID", "JPN", "MMR")),
        ("Norway and Sweden are the largest bilateral donors to Mozambique.", ("AID", "NOR", "MOZ")),
        ("Norway and Sweden are the largest bilateral donors to Mozambique.", ("AID", "SWE", "MOZ")),
        ("Canada remains the biggest contributor to the fund for Haiti.", ("AID", "CAN", "HTI")),
    ],
)
def test_a_donor_gives_to_its_recipient(analyzer, text, expected):
    assert expected in triples(coded_events(analyzer, text, DAY))


@pytest.mark.parametrize(
    "text, source, target",
    [
        # the parser hangs "to Ukraine" on the gift noun: that noun's event, and no second one from the donor
        ("Germany is the leading provider of humanitarian assistance to Ukraine.", "DEU", "UKR"),
        # ... and "to Chad" on the donor: the donor's event
        ("France is the main provider of military assistance to Chad.", "FRA", "TCD"),
    ],
)
def test_a_donor_and_its_gift_are_one_event(analyzer, text, source, target):
    events = coded_events(analyzer, text, DAY)
    aid = [e for e in events if e.plover_type == "AID" and e.target is not None]
    assert len(aid) == 1 and (aid[0].source.country, aid[0].target.country) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Japan is the world's largest donor of humanitarian assistance.",
        "Coal power is the biggest single contributor to emissions in Poland.",
        "For decades Canada was a big grain supplier in the world market.",
    ],
)
def test_a_donor_with_no_recipient_gives_nothing(analyzer, text):
    assert not [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "AID"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Syrian artillery pounded Turkish positions near the border on Friday, killing nine soldiers.",
            ("ASSAULT", "SYR", "TUR"),
        ),
        (
            "Houthi fighters launched a drone attack on a Saudi airport on Monday, wounding twelve passengers.",
            ("ASSAULT", None, "SAU"),
        ),
    ],
)
def test_the_harm_of_an_attack_is_no_second_attack(analyzer, text, expected):
    events = [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "ASSAULT"]
    assert len(events) == 1, triples(events)
    ptype, source, target = expected
    (found,) = triples(events)
    assert found[0] == ptype and found[2] == target and (source is None or found[1] == source), found


def test_an_attack_with_no_target_takes_its_victims(analyzer):
    events = coded_events(analyzer, "Gunmen opened fire in a crowded market on Friday, killing five Indian pilgrims.", DAY)
    assert any(e.plover_type == "ASSAULT" and e.target is not None and e.target.country == "IND" for e in events)


def test_an_exchange_of_fire_keeps_its_two_sides(analyzer):
    text = "Troops from Armenia and Azerbaijan exchanged artillery fire on Monday, killing four civilians."
    found = triples([e for e in coded_events(analyzer, text, DAY) if e.plover_type == "ASSAULT"])
    assert found and all({t[1], t[2]} <= {"ARM", "AZE"} for t in found if t[2] is not None), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dockers in Antwerp called off their strike against the Belgian government on Monday.", ("CONCEDE", "BEL")),
        ("The opposition told President Aliyev it would call off its street protests.", ("CONCEDE", "AZE")),
    ],
)
def test_a_protest_called_off_is_a_concession(analyzer, text, expected):
    events = coded_events(analyzer, text, DAY)
    assert not [e for e in events if e.plover_type == "REQUEST"], triples(events)
    assert any(e.plover_type == expected[0] and e.target is not None and e.target.country == expected[1] for e in events), (
        triples(events)
    )


def test_talks_called_off_stay_a_sanction(analyzer):
    assert ("SANCTION", "IND", "PAK") in triples(coded_events(analyzer, "India called off talks with Pakistan on Monday.", DAY))


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Spain will provide Ukraine with Leopard tanks, the defence ministry said.", "UKR"),
        ("Washington will supply Manila with Black Hawk helicopters, officials said on Friday.", "PHL"),
    ],
)
def test_a_model_of_equipment_is_no_party(analyzer, text, recipient):
    events = [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "AID"]
    assert events and all(e.target is not None and e.target.country == recipient for e in events), triples(events)


def test_a_known_party_keeps_its_equipment(analyzer):
    events = coded_events(analyzer, "Hamas rockets hit the Israeli town of Sderot on Monday.", DAY)
    assert any(e.plover_type == "ASSAULT" and e.source is not None and e.source.actor_id == "PSE.INS.hamas" for e in events)


@pytest.mark.parametrize(
    "text, answer, pair",
    [
        (
            "Caracas turned down on Monday an offer by Brazil to mediate between the government and the opposition.",
            "REJECT",
            ("VEN", "BRA"),
        ),
        ("Athens rejected an offer by Rome to mediate in its dispute with Ankara over the Aegean.", "REJECT", ("GRC", "ITA")),
        ("Peru accepted an offer from Ecuador to set up a joint border commission.", "AGREE", ("PER", "ECU")),
    ],
)
def test_an_answered_offer_is_told_by_its_answer(analyzer, text, answer, pair):
    found = triples(coded_events(analyzer, text, DAY))
    assert (answer, *pair) in found, found
    assert all(t[1] in pair and t[2] in (*pair, None) for t in found if t[0] in ("AGREE", "REJECT")), found


def test_an_offer_only_considered_keeps_its_event(analyzer):
    found = triples(coded_events(analyzer, "Japan is considering an offer by Seoul to hold talks on fisheries.", DAY))
    assert any(t[0] == "AGREE" and t[1] == "KOR" for t in found), found


@pytest.mark.parametrize(
    "text, country",
    [
        ("Karachi police arrested three suspects on Sunday.", "PAK"),
        ("Lahore police detained dozens of protesters on Friday.", "PAK"),
    ],
)
def test_a_city_names_the_country_of_its_police(analyzer, text, country):
    events = coded_events(analyzer, text, DAY)
    assert any(e.source is not None and e.source.country == country and e.source.sector == "COP" for e in events), [
        (e.plover_type, e.source and (e.source.name, e.source.country)) for e in events
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PKK guerrillas handed in their weapons to Turkish troops on Monday.", ("RETREAT", "TUR")),
        ("Maoist rebels gave up their arms to Nepalese troops on Friday.", ("RETREAT", "NPL")),
        ("Lithuania handed over weapons to the Ukrainian army on Friday.", ("AID", "UKR")),
    ],
)
def test_arms_handed_in_are_laid_down(analyzer, text, expected):
    events = coded_events(analyzer, text, DAY)
    ptype, target = expected
    assert any(
        e.plover_type == ptype and e.target is not None and target in (e.target.country, e.target.actor_id, e.target.name)
        for e in events
    ), [(e.plover_type, e.target and (e.target.name, e.target.country, e.target.actor_id)) for e in events]


@pytest.mark.parametrize(
    "text, giver, receiver",
    [
        ("Tunisia was granted a $50 million credit line for its reform programme by Germany on Monday.", "DEU", "TUN"),
        ("Jordan was granted a $100 million loan for its budget by Japan on Friday.", "JPN", "JOR"),
    ],
)
def test_a_by_phrase_hung_on_an_owned_noun_is_the_passives_agent(analyzer, text, giver, receiver):
    found = triples(coded_events(analyzer, text, DAY))
    assert ("AID", giver, receiver) in found and ("AID", receiver, giver) not in found, found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Chile and Argentina began operating a joint border post on Monday.", {"CHL", "ARG"}),
        ("Turkmenistan will build a joint gas pipeline with India, the minister said.", {"TKM", "IND"}),
    ],
)
def test_a_joint_thing_is_cooperation(analyzer, text, pair):
    found = triples(coded_events(analyzer, text, DAY))
    assert any(t[0] == "COOPERATE" and {t[1], t[2]} == pair for t in found), found


def test_an_inquiry_opened_into_a_titled_person_targets_him(analyzer):
    text = "French prosecutors opened an investigation into Gabonese President Ali Bongo on Tuesday."
    assert ("ACCUSE", "FRA", "GAB") in triples(coded_events(analyzer, text, DAY))


def test_a_hyphenated_pair_is_read_in_the_order_written(analyzer):
    text = "The minister underscored the resolute Japan-Philippines commitment to maritime security."
    found = triples(coded_events(analyzer, text, DAY))
    assert ("AGREE", "JPN", "PHL") in found and ("AGREE", "PHL", "JPN") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan is conducting a war of aggression against Armenia, the minister said.",
        "Armenia condemned Azerbaijan's war of aggression against Armenia on Tuesday.",
    ],
)
def test_a_war_of_aggression_has_its_target(analyzer, text):
    assert ("ASSAULT", "AZE", "ARM") in triples(coded_events(analyzer, text, DAY))


def test_troops_moved_close_to_a_border_face_its_country(analyzer):
    text = "China moved tens of thousands of troops close to the Indian border on Monday."
    assert ("MOBILIZE", "CHN", "IND") in triples(coded_events(analyzer, text, DAY))


def test_own_forces_moved_are_no_target(analyzer):
    text = "Sudan and South Sudan have each moved tens of thousands of troops close to their disputed border."
    found = triples([e for e in coded_events(analyzer, text, DAY) if e.plover_type == "MOBILIZE"])
    assert all(t[2] in (None, "SDN", "SSD") for t in found), found
    assert not [e for e in coded_events(analyzer, text, DAY) if e.target is not None and "troops" in (e.target.name or "")]


def test_captives_returned_are_released(analyzer):
    text = "Azerbaijan returned five detained Armenian soldiers to Armenia on Friday."
    found = triples(coded_events(analyzer, text, DAY))
    assert ("RETREAT", "AZE", "ARM") in found and not any(t[0] == "MOBILIZE" for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Danish aid worker was arrested in Iran for collaborating with Israel.",
        "Two Belarusian students were jailed for cooperating with Lithuania.",
    ],
)
def test_the_act_one_is_arrested_for_is_a_charge(analyzer, text):
    events = [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "COOPERATE"]
    assert events and all(e.factuality == "reported" for e in events), [(e.plover_type, e.factuality) for e in events]


def test_the_call_a_pledge_is_made_in_took_place(analyzer):
    text = "In his call with Recep Tayyip Erdogan, Vladimir Putin pledged more gas supplies."
    calls = [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "CONSULT"]
    assert calls and all(e.factuality == "asserted" for e in calls), [(e.plover_type, e.factuality) for e in calls]
