"""Thirty-second session: kinds of wire copy the coder lost, found in the development halves of gold8 and gold9
(wire-copy sentences written per PLOVER type by independent writers; eval/events_gold8_guidelines.md,
eval/events_gold9_guidelines.md). Sentences written for these tests, none of gold8's or gold9's."""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples_in

DAY = "1998-03-07"

# The classes whose cases ask for one (type, source, target) triple; each row's id names its class.
CASES = [
    # (h32seat) a protest at a named party's seat, or at a mission told by a light verb, is aimed at that party
    pytest.param(
        "Hundreds of Kurds held a protest outside the Turkish embassy in Bonn on Friday.", ("PROTEST", None, "TUR"), id="h32seat"
    ),
    pytest.param(
        "French fishermen demonstrated outside the British government's offices in Calais.",
        ("PROTEST", "FRA", "GBR"),
        id="h32seat",
    ),
    # (h32sitin) "sit-in" is one act word
    pytest.param("Chilean students staged a sit-in outside the Peruvian consulate.", ("PROTEST", "CHL", "PER"), id="h32sitin"),
    # (h32govnoun) the noun of a governing verb takes the party of its "to" infinitive
    pytest.param(
        "Turkey's threat to cut water supplies to Syria alarmed Arab states.", ("THREATEN", "TUR", "SYR"), id="h32govnoun"
    ),
    pytest.param(
        "Pakistan's refusal to hand the suspects over to India angered New Delhi.", ("REJECT", "PAK", "IND"), id="h32govnoun"
    ),
    # (h32dayto) the day between a governing verb and its infinitive ("threatened on Thursday to cut ties with X")
    pytest.param(
        "Iran threatened on Sunday to cut diplomatic ties with Britain over the affair.",
        ("THREATEN", "IRN", "GBR"),
        id="h32dayto",
    ),
    pytest.param("Chile offered on Monday to hand over the former general to Spain.", ("AGREE", "CHL", "ESP"), id="h32dayto"),
    # (h32labour) working people as parties ("coal miners", "farmers", "the union")
    pytest.param("Coal miners in Bolivia rejected the government's offer on Tuesday.", ("REJECT", "BOL", "BOL"), id="h32labour"),
    # (h32owner) a body named by a compound before the act noun is whose act it is
    pytest.param("Zapatista rebels rejected a government peace offer on Friday.", ("REJECT", None, None), id="h32owner"),
    # (h32owned) an act on a demand is on the party whose demand it is; (h32striking) "striking" people are no victims
    pytest.param(
        "The Bolivian government accepted the demands of striking tin miners in La Paz.",
        ("CONCEDE", "BOL", None),
        id="h32owned",
    ),
    # (h32bow) yielding told by a verb of bending
    pytest.param("Seoul bowed to pressure from Washington and opened its rice market.", ("CONCEDE", "KOR", "USA"), id="h32bow"),
    # (h32suspend) sanctions suspended are eased
    pytest.param(
        "Sanctions against Iraq were suspended by the European Union on Monday.", ("CONCEDE", None, "IRQ"), id="h32suspend"
    ),
    # (h32intel) intelligence handed over is intelligence sharing
    pytest.param("Jordan passed intelligence on the plot to Israel.", ("COOPERATE", "JOR", "ISR"), id="h32intel"),
    # (h32inquiry) an inquiry opened into a party's conduct accuses that party
    pytest.param(
        "The World Bank opened an investigation on Monday into Kenya's handling of a road contract.",
        ("ACCUSE", None, "KEN"),
        id="h32inquiry",
    ),
    # (h32gerund) "attacked farmers harvesting olives": the people are the object, their participle a modifier
    pytest.param(
        "Israeli soldiers attacked Palestinian workers building a road near Hebron.", ("ASSAULT", "ISR", "PSE"), id="h32gerund"
    ),
    # (h32aimed) exercises held alone in a show of force aimed at a party
    pytest.param(
        "North Korea staged live-fire drills on Friday in a show of force aimed at South Korea.",
        ("MOBILIZE", "PRK", "KOR"),
        id="h32aimed",
    ),
    # (h32border) forces massed near a place on a border, counted by a measure
    pytest.param(
        "Armenia has massed thousands of troops near a village on its border with Azerbaijan.",
        ("MOBILIZE", "ARM", "AZE"),
        id="h32border",
    ),
    # (h32mediation) a mediation ended is a tie cut with both parties
    pytest.param("Egypt ended its mediation between Israel and Hamas on Sunday.", ("SANCTION", "EGY", "ISR"), id="h32mediation"),
    # (h32expel) an agency ordered out, or ordered to leave
    pytest.param("Sudan ordered the Red Cross out of Darfur on Monday.", ("SANCTION", "SDN", None), id="h32expel"),
    pytest.param(
        "Eritrea ordered the U.N. refugee agency to close its office and leave the country.",
        ("SANCTION", "ERI", None),
        id="h32expel",
    ),
    # (h32forgive) a party forgiven is reconciliation; a debt forgiven is aid
    pytest.param("Kuwait has forgiven Jordan for its stance in the Gulf War.", ("SUPPORT", "KWT", "JOR"), id="h32forgive"),
    pytest.param("France forgave Senegal's debts on Monday.", ("AID", "FRA", "SEN"), id="h32forgive"),
    # (h32cleansing) mass violence against a people
    pytest.param(
        "Serbian forces carried out the ethnic cleansing of Albanians in the town.", ("ASSAULT", "SRB", None), id="h32cleansing"
    ),
    # (h32joint) a joint work of two parties
    pytest.param("Finland and Estonia began a joint project to clean the gulf.", ("COOPERATE", "FIN", "EST"), id="h32joint"),
    # (h32disobedience) civil disobedience carried by a campaign
    pytest.param(
        "Serbian students launched a campaign of civil disobedience against President Milosevic.",
        ("PROTEST", "SRB", None),
        id="h32disobedience",
    ),
    # (h32strike) "went on strike"
    pytest.param("Polish miners went on strike on Monday.", ("PROTEST", "POL", None), id="h32strike"),
    # (h32blockade) a state's blockade is a restriction (CAMEO 191: COERCE in CAMEO2PLOVER)
    pytest.param("Turkey tightened its blockade of Armenia on Friday.", ("COERCE", "TUR", "ARM"), id="h32blockade"),
    pytest.param("Indian warships blockaded the Pakistani port of Karachi.", ("COERCE", "IND", None), id="h32blockade"),
    # (h32expulsion) a mass expulsion is force
    pytest.param(
        "Nigeria expelled tens of thousands of Ghanaian workers in January.", ("ASSAULT", "NGA", "GHA"), id="h32expulsion"
    ),
    # (h32halt) an offensive halted is a de-escalation
    pytest.param(
        "The Ethiopian army halted its offensive against Eritrean positions on Monday.",
        ("RETREAT", "ETH", "ERI"),
        id="h32halt",
    ),
    # (h32rally) support rallied for a party
    pytest.param(
        "Syria rallied support among Arab governments for Lebanon on Tuesday.", ("SUPPORT", "SYR", "LBN"), id="h32rally"
    ),
    # (h32intel) information passed to a party
    pytest.param("Algerian police passed France information on the network.", ("COOPERATE", "DZA", "FRA"), id="h32intel"),
    # (h32named) a group described and then named: the name is the party
    pytest.param("The militant group Hamas fired rockets at Israel on Monday.", ("ASSAULT", "PSE", "ISR"), id="h32named"),
    # (h32handover) goods handed over are aid, territory handed over is given back ("handed over 20 boats": over a number)
    pytest.param("Japan handed over 12 patrol boats to the Philippines on Tuesday.", ("AID", "JPN", "PHL"), id="h32handover"),
    pytest.param("China handed over the island to Vietnam on Tuesday.", ("RETREAT", "CHN", "VNM"), id="h32handover"),
    # (h32nominal) a noun of a rule verb, read with its "of" object as the verb is
    pytest.param(
        "Sweden's suspension of development aid to Kenya surprised donors.", ("SANCTION", "SWE", "KEN"), id="h32nominal"
    ),
    pytest.param("Ukraine's recognition of Kosovo's independence angered Serbia.", ("SUPPORT", "UKR", "XKX"), id="h32nominal"),
    pytest.param("Libya's handover of the Aouzou strip to Chad ended the dispute.", ("RETREAT", "LBY", "TCD"), id="h32nominal"),
    # (h32demanding) a protest is aimed at the party its demand is made of
    pytest.param(
        "Czech miners went on strike on Monday demanding that the government raise their wages.",
        ("PROTEST", "CZE", None),
        id="h32demanding",
    ),
    pytest.param(
        "Kenyan students began a hunger strike to press for the resignation of President Daniel arap Moi.",
        ("PROTEST", "KEN", "KEN"),
        id="h32demanding",
    ),
    # (h32subjunctive) "demanded that X stop": the name read as the verb's compound, the verb as a noun
    pytest.param(
        "Syria demanded on Monday that Turkey stop shelling its villages.", ("REQUEST", "SYR", "TUR"), id="h32subjunctive"
    ),
    pytest.param(
        "The opposition demanded that Prime Minister Nawaz Sharif resign.", ("REQUEST", None, "PAK"), id="h32subjunctive"
    ),
    # (h32letin) outsiders let into a place are given access
    pytest.param("North Korea let IAEA inspectors into the reactor on Friday.", ("RETREAT", "PRK", None), id="h32letin"),
    # (h32relief) relief goods sent
    pytest.param("Japan sent tents and blankets to Turkey on Friday.", ("AID", "JPN", "TUR"), id="h32relief"),
    # (h32border) troops pulled back from a place on a border: the party faced
    pytest.param(
        "Peru pulled its troops back from the disputed valley on the border with Ecuador.",
        ("RETREAT", "PER", "ECU"),
        id="h32border",
    ),
    # (h32forced) people forced to work
    pytest.param("Sudanese troops forced hundreds of villagers to carry supplies.", ("COERCE", "SDN", None), id="h32forced"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_wire_class_gives_its_triple(analyzer, text, want):
    """Wire wordings the coder lost before this session, one triple each (see the comments of ``CASES``); a None
    side in ``want`` is any side."""
    got = triples_in(analyzer, text, date=DAY)
    assert any(t[0] == want[0] and all(w is None or w == g for w, g in zip(want[1:], t[1:])) for t in got), got


def test_a_protest_outside_a_building_of_no_named_party_has_no_target(analyzer):
    """A seat names its party by a possessor, an adjective or an "of" phrase; "outside the headquarters" alone does not."""
    got = triples_in(analyzer, "Polish farmers protested outside the headquarters in Warsaw on Monday.", date=DAY)
    assert not any(t[0] == "PROTEST" and t[2] for t in got), got


def test_a_threatened_act_is_not_asserted(analyzer):
    """ "X's threat to cut supplies to Y": the cut is threatened, not done (no asserted SANCTION)."""
    events = coded_events(analyzer, "Russia's threat to cut gas supplies to Ukraine worried Europe.", DAY)
    assert not any(e.plover_type == "SANCTION" and e.factuality == "asserted" for e in events), events


def test_sit_in_is_one_token(nlp):
    doc = nlp("Students staged a sit-in on Monday.")
    assert "sit-in" in [t.text for t in doc], [t.text for t in doc]


def test_striking_workers_are_not_struck(analyzer):
    """ "gave in to striking miners": the participle is the miners' adjective, not an attack on them."""
    got = triples_in(analyzer, "Bolivia's government gave in to striking tin miners on Friday.", date=DAY)
    assert not any(t[0] == "ASSAULT" for t in got) and any(t[0] == "CONCEDE" for t in got), got


def test_suspended_aid_stays_a_sanction(analyzer):
    got = triples_in(analyzer, "Washington suspended military aid to Pakistan on Friday.", date=DAY)
    assert ("SANCTION", "USA", "PAK") in got, got


def test_the_intelligence_handed_over_is_no_side(analyzer):
    got = triples_in(analyzer, "Jordan passed intelligence on the plot to Israel.", date=DAY)
    assert all(t[2] != "intelligence" for t in got) and len(got) == 1, got


def test_a_military_compound_is_a_kind_not_a_party(analyzer):
    """ "held joint military exercises": the army is no party of an exercise that a compound names."""
    got = triples_in(analyzer, "Australia and Indonesia held joint military exercises on Monday.", date=DAY)
    assert ("COOPERATE", "AUS", "IDN") in got, got


def test_a_day_before_an_infinitive_of_no_governing_verb_changes_nothing(analyzer):
    got = triples_in(analyzer, "Iran said on Sunday to reporters that it had expelled two British diplomats.", date=DAY)
    assert ("SANCTION", "IRN", "GBR") in got, got


def test_an_offered_handover_is_not_done(analyzer):
    """ "offered on Monday to hand over X to Y": the handover is offered (AGREE), not asserted as done."""
    events = coded_events(analyzer, "Chile offered on Monday to hand over the former general to Spain.", DAY)
    assert not any(e.plover_type in ("COERCE", "COOPERATE") and e.factuality == "asserted" for e in events), events


def test_an_inquiry_into_a_death_does_not_target_the_dead(analyzer):
    got = triples_in(analyzer, "German police opened an investigation into the death of a Turkish man in Berlin.", date=DAY)
    assert not any(t[0] == "ACCUSE" and t[2] == "TUR" for t in got), got


def test_rebel_camps_name_the_rebels_not_the_country_they_are_in(analyzer):
    """ "bombed Kurdish rebel camps in northern Iraq": the rebels were bombed; Iraq is where."""
    got = triples_in(analyzer, "Turkish jets bombed rebel camps in northern Iraq on Monday.", date=DAY)
    assert ("ASSAULT", "TUR", "IRQ") not in got, got


def test_riot_police_are_no_riot(analyzer):
    got = triples_in(analyzer, "Riot police dispersed the crowd in Nairobi.", date=DAY)
    assert not any(t[0] == "PROTEST" and t[1] == "KEN" and t[2] is None for t in got), got


def test_forcing_a_government_out_is_no_forced_labour(analyzer):
    got = triples_in(analyzer, "The rebels forced the government to resign.", date=DAY)
    assert not any(t[0] == "COERCE" for t in got), got


def test_a_car_bomb_outside_a_barracks_targets_its_force(analyzer):
    events = coded_events(
        analyzer, "Separatists set off a car bomb outside an army barracks in Spain on Friday, wounding six people.", DAY
    )
    assert any(e.plover_type == "ASSAULT" and e.target and "army" in (e.target.name or "").lower() for e in events), [
        (e.plover_type, e.target.name if e.target else None) for e in events
    ]


def test_a_few_diplomats_expelled_stay_a_sanction(analyzer):
    got = triples_in(analyzer, "Russia expelled two British diplomats on Friday.", date=DAY)
    assert ("SANCTION", "RUS", "GBR") in got and not any(t[0] == "ASSAULT" for t in got), got


def test_protesters_blockading_a_road_stay_a_protest(analyzer):
    got = triples_in(analyzer, "French farmers blockaded roads near Calais to protest against British imports.", date=DAY)
    assert not any(t[0] in ("ASSAULT", "COERCE") for t in got), got


def test_the_named_group_not_its_peoples_adjective_is_the_party(analyzer):
    events = coded_events(analyzer, "The Basque separatist group ETA bombed a police station in Bilbao.", DAY)
    assert any(e.plover_type == "ASSAULT" and e.source and e.source.name == "ETA" for e in events), [
        (e.plover_type, e.source.name if e.source else None) for e in events
    ]


def test_the_recognition_of_a_need_is_no_recognition(analyzer):
    got = triples_in(analyzer, "Germany's recognition of the need for reform pleased Poland.", date=DAY)
    assert not any(t[0] == "SUPPORT" and t[1] == "DEU" for t in got), got


def test_handing_over_suspects_stays_judicial_cooperation(analyzer):
    got = triples_in(analyzer, "Spain handed over 20 ETA suspects to France on Monday.", date=DAY)
    assert ("COOPERATE", "ESP", "FRA") in got and not any(t[0] == "AID" for t in got), got


def test_a_protest_demanding_a_thing_of_nobody_has_no_target(analyzer):
    """ "demanding the right to study at an Albanian-language university": a language names no party."""
    got = triples_in(
        analyzer,
        "Albanian students demonstrated in Tetovo demanding the right to study in an Albanian-language school.",
        date=DAY,
    )
    assert not any(t[0] == "PROTEST" and t[2] for t in got), got


def test_a_plural_present_after_a_present_demand_is_not_forced_into_a_demand(analyzer):
    """ "They demand that workers get paid" keeps working; the VBP rule for plurals only follows a past demand."""
    events = coded_events(analyzer, "The unions say that workers earn too little.", DAY)
    assert not any(e.plover_type == "REQUEST" for e in events), events


def test_shoppers_killed_are_the_target(analyzer):
    events = coded_events(analyzer, "Separatist rebels detonated a bomb in a market in Kano on Friday, killing 12 shoppers.", DAY)
    assert any(e.plover_type == "ASSAULT" and e.target and e.target.name == "shoppers" for e in events), [
        (e.plover_type, e.target.name if e.target else None) for e in events
    ]


def test_hostages_released_are_the_target(analyzer):
    """(h32captives) people held or freed are parties: "released three hostages"."""
    events = coded_events(analyzer, "The rebels released three hostages on Friday.", DAY)
    assert any(e.plover_type == "RETREAT" and e.target and e.target.name == "hostages" for e in events), [
        (e.plover_type, e.target.name if e.target else None) for e in events
    ]
