"""Twenty-seventh session: wire-news classes found by coding sentences written for the purpose (acts ruled out or
put off, the doer of a demanded act, talks' topics, attacks named by their city, blame, expulsions, peoples of a
country, shows of force, approved loans, back-off sources after a named subject). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mention, mentions, one, pairs

DAY = "2003-05-12"


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Italy ruled out sending combat troops to Libya.", "MOBILIZE"),
        ("The Dutch prime minister ruled out withdrawing Dutch soldiers from Afghanistan.", "RETREAT"),
    ],
)
def test_an_act_ruled_out_is_negated(analyzer, text, ptype):
    """(h27ruled) "ruled out X" says X will not happen; "did not rule out X" leaves it possible (as before)."""
    event = one(coded_events(analyzer, text, DAY), ptype)
    assert event.factuality == "negated", (event.factuality, event.factuality_cue)


def test_an_act_not_ruled_out_stays_possible(analyzer):
    events = coded_events(analyzer, "Italy did not rule out sending combat troops to Libya.", DAY)
    assert all(e.factuality != "negated" for e in events if e.plover_type == "MOBILIZE"), [
        (e.plover_type, e.factuality) for e in events
    ]


def test_the_act_a_party_is_urged_to_do_is_its_own(analyzer):
    """(h14demand13 switched on) "Jordan urged Israel to pull its troops out of Jenin": the demanded withdrawal is
    Israel's (demanded), the request Jordan's; no withdrawal of Jordan's."""
    events = coded_events(analyzer, "Jordan's foreign minister urged Israel to withdraw its troops from Jenin.", DAY)
    assert ("JOR", "ISR") in pairs(events, "REQUEST"), pairs(events)
    retreat = [e for e in events if e.plover_type == "RETREAT"]
    assert retreat and all(e.source is not None and e.source.country == "ISR" for e in retreat), [
        (e.source and e.source.country, e.factuality) for e in retreat
    ]
    assert all(e.factuality == "demanded" for e in retreat)


def test_what_talks_are_on_is_their_topic(analyzer):
    """(h27talks) "met for talks on the disputed region of Kashmir": Kashmir is what they talk about, not a party."""
    events = coded_events(
        analyzer, "Indian and Pakistani diplomats met in Geneva for talks on the disputed region of Kashmir.", DAY
    )
    consult = one(events, "CONSULT")
    assert {consult.source.country, consult.target.country} == {"IND", "PAK"}, (consult.source, consult.target)


def test_a_call_for_sanctions_on_a_party_keeps_its_target(analyzer):
    """The counter-case: "on" after a demand names the party it is aimed at."""
    assert ("FRA", "IRN") in pairs(coded_events(analyzer, "France called for new sanctions on Iran.", DAY), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned a man about the Bali nightclub bombings.",
        "Investigators are still searching for suspects in the Istanbul bombings.",
    ],
)
def test_a_city_named_on_an_attack_is_where_it_happened_not_who_made_it(analyzer, text):
    """(h27placed) "the Bali bombings", "the Istanbul bombings": the city is the place attacked, never the attacker."""
    for e in coded_events(analyzer, text, DAY):
        if e.plover_type == "ASSAULT" and e.source is not None:
            assert e.source.name not in ("Bali", "Istanbul", "Indonesia", "Turkey"), (e.source, e.target)


def test_a_country_named_on_an_attack_is_the_attacker(analyzer):
    """The counter-case: an adjective or name of a state on an attack noun is its doer."""
    events = coded_events(analyzer, "The Israeli strikes on Gaza killed dozens of people.", DAY)
    assert any(e.plover_type == "ASSAULT" and e.source is not None and e.source.country == "ISR" for e in events)


def test_the_act_a_party_is_blamed_for_is_the_accusers_claim(analyzer):
    """(h27blame) "blamed X for the attacks": the attack's doer is alleged (reported), even with "for" hung on X."""
    events = coded_events(analyzer, "Kenya blamed Somali militants for the Nairobi attacks.", DAY)
    assert ("KEN", "SOM") in pairs(events, "ACCUSE"), pairs(events)
    for e in events:
        if e.plover_type == "ASSAULT" and e.source is not None and e.source.country == "SOM":
            assert e.factuality == "reported", (e.factuality, e.factuality_cue)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The expulsion of 15 Iranian diplomats from Germany angered Tehran.", ("DEU", "IRN")),
        ("Moscow protested the expulsion of Russian diplomats from Poland.", ("RUS", "POL")),
    ],
)
def test_an_expulsion_of_x_from_y_is_ys_act_upon_x(analyzer, text, pair):
    """(h27expel) The "from" phrase of an expulsion is the country that expels; who protests it targets that country,
    not its own expelled diplomats."""
    events = coded_events(analyzer, text, DAY)
    if text.startswith("The expulsion"):
        assert pair in pairs(events, "SANCTION"), pairs(events)
    else:
        assert pair in pairs(events, "ACCUSE"), pairs(events)
        assert ("RUS", "RUS") not in pairs(events, "ACCUSE"), pairs(events)


def test_a_people_qualified_by_a_country_is_that_countrys(analyzer):
    """(h27people) "Syrian Kurds", "Iraqi Shiites": a people inside a country takes its code (as the PLOVER records
    code "Iraqi Kurds" IRQ); the bare "Kurds" stays without one."""
    ms = mentions(analyzer, "Turkey warned Syrian Kurds. Later, Iraqi Shiites met Kurds in Erbil.", published=DAY)
    assert mention(ms, "Kurds").country == "SYR"
    assert mention(ms, "Shiites").country == "IRQ"
    assert [m.country for m in ms if m.text == "Kurds"][-1] is None


def test_independence_from_ones_own_state_keeps_the_state(analyzer):
    """(h27people) The state a people would part from is a party even when it is their own."""
    events = coded_events(
        analyzer, "Thousands of Spanish Catalans marched in Barcelona calling for independence from Spain.", DAY
    )
    assert any(e.plover_type == "PROTEST" and e.target is not None and e.target.country == "ESP" for e in events), [
        (e.plover_type, e.source, e.target) for e in events
    ]


def test_a_show_of_force_is_mobilization(analyzer):
    """(h27force) Exercises one side holds alone are MOBILIZE, not cooperation; a weapon test is no attack on the
    party named after it."""
    events = coded_events(analyzer, "Russia staged large military exercises near the Finnish border.", DAY)
    assert any(e.plover_type == "MOBILIZE" for e in events), [(e.plover_type, e.trigger) for e in events]
    assert not any(e.plover_type == "COOPERATE" for e in events), [(e.plover_type, e.trigger) for e in events]
    events = coded_events(analyzer, "North Korea test-fired a ballistic missile on Sunday, days after Japan held elections.", DAY)
    assert ("PRK", "JPN") not in pairs(events, "ASSAULT"), pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "The United States held joint military exercises with the Philippines.",
        "Egyptian and Saudi troops held military exercises in the Red Sea.",
    ],
)
def test_exercises_held_together_stay_cooperation(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert any(e.plover_type == "COOPERATE" for e in events), [(e.plover_type, e.trigger) for e in events]


def test_an_approved_loan_is_aid(analyzer):
    """(h27loan) A lender's approval of a loan for a party is economic aid (CAMEO 071); approving a treaty stays AGREE."""
    events = coded_events(analyzer, "The Asian Development Bank approved a $500 million loan for Pakistan.", DAY)
    aid = one(events, "AID")
    assert aid.target is not None and aid.target.country == "PAK"
    assert aid.plover_mode == "ECONOMIC"
    assert "AID" not in {e.plover_type for e in coded_events(analyzer, "The Senate approved the treaty with Mexico.", DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's parliament postponed ratification of the trade agreement with Poland.",
        "The planned talks between Serbia and Kosovo were postponed.",
    ],
)
def test_an_act_put_off_is_not_asserted(analyzer, text):
    """(h27postpone) What is postponed, delayed or deferred did not happen."""
    events = coded_events(analyzer, text, DAY)
    assert all(e.factuality != "asserted" for e in events if e.plover_type in ("AGREE", "CONSULT")), [
        (e.plover_type, e.factuality) for e in events
    ]


def test_the_back_off_takes_no_source_after_a_verb_with_a_noun_subject(analyzer):
    """(h27subject) "The elderly cleric thanked Jordan for its help to Syrian refugees": the cleric thanked; the
    refugees named after the verb are not the doer (before, the sentence back-off made them the source)."""
    events = coded_events(analyzer, "The elderly cleric thanked Jordan for its help to Syrian refugees.", DAY)
    assert not any(e.source is not None and e.source.country == "SYR" for e in events), [
        (e.plover_type, e.source, e.target) for e in events
    ]


def test_a_regional_adjective_is_no_country(analyzer):
    """(h27region) "Central American migrants", "Latin American leaders": "American" after a word of region names
    several states, not the United States; "South Korean", "North Macedonian" are states named whole."""
    ms = mentions(
        analyzer,
        "Guatemala deported Central American migrants. Latin American leaders met South Korean officials.",
        published=DAY,
    )
    assert all(m.country != "USA" for m in ms), [(m.text, m.country) for m in ms]
    assert mention(ms, "South Korean").country == "KOR"


def test_a_group_nouns_country_is_read_past_a_noun_of_its_kind(analyzer):
    """(h27aid) "two Italian aid workers in Baghdad": Italians, not Iraqis (the place of the act)."""
    ms = mentions(analyzer, "Gunmen abducted two Italian aid workers in Baghdad.", published=DAY)
    assert mention(ms, "workers").country == "ITA"


def test_parties_that_agree_on_an_act_agree_with_each_other(analyzer):
    """(h27agreed) "Eritrea and Ethiopia agreed to withdraw their troops from the border town of Badme": the agreement
    is between the two; the place of the act agreed on is no party of it."""
    events = coded_events(analyzer, "Eritrea and Ethiopia agreed to withdraw their troops from the town of Badme.", DAY)
    agree = one(events, "AGREE")
    assert {agree.source.country, agree.target.country} == {"ERI", "ETH"}, (agree.source, agree.target)


def test_out_of_is_from(analyzer):
    """(h27outof) "pulled out of Lebanon": the place withdrawn from is the RETREAT's target, from the verb's own phrase."""
    event = one(coded_events(analyzer, "Syrian troops pulled out of Lebanon on Tuesday.", DAY), "RETREAT")
    assert event.target is not None and event.target.country == "LBN"
    assert not (event.target_span or {}).get("how"), event.target_span


@pytest.mark.parametrize(
    "text",
    [
        "Washington withdrew from the Paris climate agreement.",
        "Moscow accused Kyiv of violating the Minsk agreements.",
    ],
)
def test_a_city_that_names_a_document_is_no_party(analyzer, text):
    """(h27named) "the Paris climate agreement", "the Minsk agreements": the city the document was made in is not France
    or Belarus."""
    events = coded_events(analyzer, text, DAY)
    assert not any(p is not None and p.country in ("FRA", "BLR") for e in events for p in (e.source, e.target)), [
        (e.plover_type, e.source, e.target) for e in events
    ]


def test_the_case_made_for_an_act_is_a_demand(analyzer):
    """(h27case) "made the case for new sanctions against Iran": the sanctions are argued for, not imposed."""
    events = coded_events(analyzer, "The German government made the case for new sanctions against Syria.", DAY)
    assert all(e.factuality != "asserted" for e in events if e.plover_type == "SANCTION"), [
        (e.plover_type, e.factuality) for e in events
    ]


def test_the_forces_deployed_are_the_doers_own(analyzer):
    """(h27deploy) "the authority to deploy NATO response forces": the forces are NATO's means, no target of a
    deployment by anyone else (before, the back-off made Russia, named earlier, deploy them against NATO)."""
    events = coded_events(
        analyzer,
        "NATO activated its defense plans in response to Russia's aggression, giving its commander the authority to deploy "
        "NATO response forces as needed.",
        DAY,
    )
    assert not any(e.plover_type == "MOBILIZE" and e.source is not None and e.source.country == "RUS" for e in events), [
        (e.plover_type, e.source, e.target) for e in events
    ]


def test_troops_that_cross_into_a_country_are_deployed_there(analyzer):
    """(h27cross) "Turkish troops crossed into northern Iraq": MOBILIZE TUR -> IRQ; refugees who cross do not."""
    assert ("TUR", "IRQ") in pairs(
        coded_events(analyzer, "Turkish troops crossed into northern Iraq on Sunday.", DAY), "MOBILIZE"
    )
    assert not pairs(coded_events(analyzer, "Thousands of Afghan refugees crossed into Iran.", DAY), "MOBILIZE")


def test_a_crowd_at_an_embassy_is_of_the_host_country(analyzer):
    """(h27crowd) "Protesters attacked the Danish embassy in Damascus": people acting in Syria, against Denmark."""
    events = coded_events(analyzer, "Angry protesters attacked the Danish embassy in Damascus.", DAY)
    assert ("SYR", "DNK") in pairs(events), pairs(events)


def test_forces_that_move_with_nowhere_to_go_are_no_deployment(analyzer):
    """(h27cross) The "into" of the rule is required: "when the tanks are rolling" names no country entered."""
    events = coded_events(
        analyzer, "It is hard to see a path when the bombs are dropping and the Russian tanks are rolling.", DAY
    )
    assert not any(e.plover_type == "MOBILIZE" for e in events), [(e.plover_type, e.source, e.target) for e in events]


def test_a_destination_named_before_bound_is_no_party(analyzer):
    """(h27bound) "a Gaza-bound aid flotilla": Gaza is where the ships were going, not a party of the raid."""
    events = coded_events(analyzer, "An Israeli naval raid on a Gaza-bound aid flotilla left nine Turkish activists dead.", DAY)
    assert not any(p is not None and p.country == "PSE" for e in events for p in (e.source, e.target)), [
        (e.plover_type, e.source, e.target) for e in events
    ]


def test_a_figure_cut_is_no_sanction(analyzer):
    """(h27cut) "cut its growth forecast for China" is no sanction; "cut military aid to Egypt" is."""
    assert not pairs(coded_events(analyzer, "The IMF cut its growth forecast for Brazil.", DAY), "SANCTION")
    assert ("USA", "EGY") in pairs(coded_events(analyzer, "The United States cut military aid to Egypt.", DAY), "SANCTION")


def test_the_back_off_takes_no_side_from_a_participle_clause(analyzer):
    """(h27clause) "captured a drug lord wanted by the United States": the wanting party is no side of the capture."""
    events = coded_events(analyzer, "Colombian police captured a drug trafficker wanted by the United States.", DAY)
    assert ("COL", "USA") not in pairs(events), pairs(events)
