"""Twenty-first session: classes from the blind audit of the twentieth session's changes (eval/audit/2026-12-04c_*)
and from sentences of the synthetic PLOVER stories no rule was tuned on. A plan told in the present ("is arriving next
week") and a gathering someone will go to are planned; what a reward or a penalty answers is told as fact; a
briefer's account of a mutual act with the briefer's own side stays asserted; two states that jointly propose
something do not agree with each other; "ethnic Russians in Ukraine" are people of Ukraine; reinforcing another's
actions is no show of force; "came to an agreement" is an agreement reached; an agreement "signed between X and Y" is
theirs; "the two neighbours" after "X and Y" in one sentence are X and Y. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mentions, pairs, triples

DAY = "2022-05-20"
BRIEFING = "https://www.state.gov/briefings/department-press-briefing-may-20-2022/"


def _facts(events, ptype: str) -> list[str]:
    return [e.factuality for e in events if e.plover_type == ptype]


@pytest.mark.parametrize(
    "text",
    [
        "Next week, the Indian delegation is arriving in Tokyo for talks with Japanese officials.",
        "The Chilean foreign minister is travelling to Buenos Aires tomorrow for a meeting with President Fernandez.",
    ],
)
def test_a_present_progressive_with_a_time_ahead_is_a_plan(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    facts = _facts(events, "CONSULT")
    assert facts and all(f == "planned" for f in facts), [(e.plover_type, e.factuality) for e in events]


def test_a_progressive_without_a_time_ahead_is_not_a_plan(analyzer):
    events = coded_events(analyzer, "The Indian delegation is meeting Japanese officials in Tokyo.", DAY)
    assert "planned" not in _facts(events, "CONSULT"), [(e.plover_type, e.factuality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Smith will travel to Nairobi to represent the United States in the first U.S.-Kenya trade dialogue.",
        "Secretary Blinken will fly to Ottawa to take part in talks with Canadian officials.",
    ],
)
def test_a_gathering_one_will_go_to_lies_ahead(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    nouns = [e for e in events if e.plover_type == "CONSULT" and e.trigger.lower().startswith(("dialogue", "talks"))]
    assert nouns and all(e.factuality == "planned" for e in nouns), [(e.trigger, e.factuality) for e in events]


def test_a_gathering_told_by_its_own_clause_keeps_its_tense(analyzer):
    events = coded_events(analyzer, "We invited Kenya to take part in the meeting with Uganda that we held in May.", DAY)
    assert "planned" not in [e.factuality for e in events if e.trigger == "meeting"], triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union will punish Belarus for the attack on Lithuania.",
        "The United States will hold Russia accountable for the invasion of Ukraine.",
    ],
)
def test_the_act_a_penalty_answers_is_told_as_fact(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    acts = [e for e in events if e.plover_type == "ASSAULT"]
    assert acts and all(e.factuality == "asserted" for e in acts), [(e.plover_type, e.factuality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "QUESTION: And Korea?\n\nMR PRICE: Korea has coordinated sanctions alongside the United States since February.",
        "QUESTION: And Japan?\n\nMR PRICE: Japan worked closely with the United States on that vision.",
    ],
)
def test_a_briefers_account_of_a_mutual_act_with_his_own_side_stays_asserted(analyzer, text):
    events = coded_events(analyzer, text, DAY, url=BRIEFING)
    mutual = [e for e in events if e.plover_type == "COOPERATE" and e.target is not None and e.target.country == "USA"]
    assert mutual and all(e.factuality == "asserted" for e in mutual), [(e.plover_type, e.factuality) for e in events]


def test_a_briefers_account_of_a_third_partys_act_on_his_side_is_still_reported(analyzer):
    text = "QUESTION: And Iran?\n\nMR PRICE: Iran threatened the United States last week."
    events = coded_events(analyzer, text, DAY, url=BRIEFING)
    told = [e for e in events if e.plover_type == "THREATEN" and e.source is not None and e.source.country == "IRN"]
    assert told and all(e.factuality == "reported" for e in told), [(e.plover_type, e.factuality) for e in events]


def test_the_two_of_us_includes_the_speaker(analyzer):
    text = "QUESTION: And Germany?\n\nMR PRICE: Chancellor Scholz, the two of us are having numerous talks these days."
    events = coded_events(analyzer, text, DAY, url=BRIEFING)
    assert "reported" not in _facts(events, "CONSULT"), [(e.plover_type, e.factuality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Germany and the United States have proposed a number of measures to help Moldova's energy sector.",
        "France and Italy offered a plan to rebuild the port.",
    ],
)
def test_a_joint_proposal_is_no_agreement_between_its_proposers(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not {p for p in pairs(events, "AGREE") if set(p) <= {"DEU", "USA", "FRA", "ITA"}}, triples(events)


def test_a_joint_pledge_of_cooperation_is_still_mutual(analyzer):
    events = coded_events(analyzer, "Japan and Australia pledged closer cooperation on maritime security.", DAY)
    assert {frozenset(p) for p in pairs(events)} & {frozenset({"JPN", "AUS"})}, triples(events)


def test_ethnic_kin_in_another_country_are_its_people(analyzer):
    ms = mentions(analyzer, "Ethnic Albanians in Macedonia marched through Skopje on Sunday.", published=DAY)
    assert any(m.country == "MKD" and "Albanians" in m.text for m in ms), [(m.text, m.country) for m in ms]
    ms = mentions(analyzer, "Albanians in Macedonia marched through Skopje on Sunday.", published=DAY)
    assert all(m.country != "MKD" for m in ms if "Albanians" in m.text), [(m.text, m.country) for m in ms]


def test_reinforcing_anothers_actions_is_no_show_of_force(analyzer):
    events = coded_events(analyzer, "The new sanctions reinforce Colombia's own judicial actions against the cartel.", DAY)
    assert "MOBILIZE" not in {e.plover_type for e in events}, triples(events)
    events = coded_events(analyzer, "Russia reinforced its troops on the border with Ukraine.", DAY)
    assert "MOBILIZE" in {e.plover_type for e in events}, triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "China and the United States finally came to agreement on climate finance.",
        "Japan and South Korea came to an understanding on fishing rights.",
    ],
)
def test_coming_to_an_agreement_is_agreeing(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert any(len(set(p)) == 2 for p in pairs(events, "AGREE")), triples(events)


def test_coming_to_an_end_is_no_agreement(analyzer):
    events = coded_events(analyzer, "The talks between Chile and Peru came to an end without a deal.", DAY)
    assert "AGREE" not in {e.plover_type for e in events if e.factuality == "asserted"}, triples(events)


def test_an_agreement_signed_between_two_states_is_theirs(analyzer):
    text = "The cultural agreement signed today between the Netherlands and Ecuador is a milestone for the two countries."
    events = coded_events(analyzer, text, DAY)
    assert {frozenset(p) for p in pairs(events, "AGREE")} & {frozenset({"NLD", "ECU"})}, triples(events)


def test_the_two_neighbours_after_a_coordinated_pair_are_that_pair(analyzer):
    text = "The leaders of Kenya and Tanzania opened a new border post, heralding closer cooperation between the two neighbours."
    events = coded_events(analyzer, text, DAY)
    assert {frozenset(p) for p in pairs(events, "COOPERATE")} & {frozenset({"KEN", "TZA"})}, triples(events)


def test_under_secretary_at_the_head_of_a_sentence_is_its_subject(analyzer):
    from attache.nlp import load
    from attache.nlp.repair import repair_parse

    doc = load()("Under Secretary Zeya will travel to Windhoek. Under the agreement, Russia will withdraw.")
    repair_parse(doc)
    zeya = next(t for t in doc if t.text == "Zeya")
    assert zeya.dep_ == "nsubj" and zeya.head.lemma_ == "travel", [(t.text, t.dep_, t.head.text) for t in doc]
    assert doc[0].dep_ == "compound"
    under = next(t for t in doc if t.text == "Under" and t.i > 0)
    assert under.dep_ == "prep"  # "Under the agreement" stays a preposition
    events = coded_events(
        analyzer, "Under Secretary Zeya will travel to Windhoek, where she will meet with Namibian officials.", DAY
    )
    assert ("USA", "NAM") in pairs(events, "CONSULT"), triples(events)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Deputy Secretary Sherman traveled to China for meetings with Chinese officials.", ("USA", "CHN")),
        ("Special Envoy Satterfield will arrive in Ethiopia on Monday for talks with Ethiopian officials.", ("USA", "ETH")),
    ],
)
def test_who_goes_for_meetings_takes_part_in_them(analyzer, text, pair):
    events = coded_events(analyzer, text, DAY, url="https://www.state.gov/travel/")
    assert pair in pairs(events, "CONSULT"), triples(events)


def test_a_visit_called_off_calls_off_its_meetings(analyzer):
    events = coded_events(analyzer, "Our representatives will not travel to Russia for meetings of the Arctic Council.", DAY)
    assert not [e for e in events if e.trigger.startswith("meetings") and e.factuality == "planned"], triples(events)


def test_calling_for_talks_is_no_cancelling(analyzer):
    events = coded_events(analyzer, "Russia called for talks with Ukraine.", DAY)
    assert "SANCTION" not in {e.plover_type for e in events}, triples(events)
    events = coded_events(analyzer, "Pakistan called off talks with India.", DAY)
    assert ("SANCTION", "PAK", "IND") in triples(events)
    events = coded_events(analyzer, "NATO was the one that broke our dialogue mechanisms with Russia.", DAY)
    assert "SANCTION" in {e.plover_type for e in events}, triples(events)


def test_guerrillas_are_armed_groups_of_their_country(analyzer):
    ms = mentions(analyzer, "Colombian guerrillas kidnapped two Spanish aid workers.", published=DAY)
    found = [m for m in ms if "guerrillas" in m.text]
    assert found and found[0].country == "COL" and found[0].sector == "REB", [(m.text, m.country, m.sector) for m in ms]


def test_a_governments_budget_speaks_for_it(analyzer):
    text = "The Budget provides $1.45 billion in economic and security assistance for Jordan."
    events = coded_events(analyzer, text, DAY, url="https://www.state.gov/fy-2023-budget-request/")
    assert any(e.source is not None and e.source.country == "USA" for e in events), triples(events)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The foreign ministers of India and Japan gathered in Delhi on Monday.", {"IND", "JPN"}),
        ("Indian and Chinese officials convened in Beijing on Tuesday.", {"IND", "CHN"}),
    ],
)
def test_officials_of_two_states_gathering_meet(analyzer, text, pair):
    events = coded_events(analyzer, text, DAY)
    assert any(set(p) == pair for p in pairs(events, "CONSULT")), triples(events)


def test_a_crowd_gathering_is_no_meeting(analyzer):
    events = coded_events(analyzer, "Thousands of protesters gathered outside the Russian embassy in Tbilisi.", DAY)
    assert "CONSULT" not in {e.plover_type for e in events}, triples(events)


def test_a_pledge_to_stay_in_contact_is_mutual(analyzer):
    events = coded_events(analyzer, "Japan and Australia pledged to remain in close contact going forward.", DAY)
    assert {frozenset(p) for p in pairs(events)} & {frozenset({"JPN", "AUS"})}, triples(events)


@pytest.mark.parametrize(
    "text",
    [
        '"Congratulations to President Macron on his re-election," Chancellor Scholz wrote.',
        'Chancellor Scholz wrote: "Congratulations to President Macron on his re-election."',
    ],
)
def test_a_greeting_in_a_quote_is_the_speakers(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    found = [e for e in events if e.plover_type == "SUPPORT" and e.target is not None and e.target.country == "FRA"]
    assert found and found[0].source.country == "DEU" and found[0].factuality == "asserted", triples(events)


def test_the_speaker_is_no_side_of_what_others_did(analyzer):
    events = coded_events(analyzer, "Russia attacked Kharkiv overnight, the Ukrainian military said.", DAY)
    assert not [e for e in events if e.source is not None and e.source.country == "UKR"], triples(events)


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "Under Secretary Zeya will travel to Windhoek, Namibia on July 21, where she will meet with government officials.",
            "NAM",
        ),
        ("She will begin her trip in Islamabad where she will meet senior officials.", "PAK"),
    ],
)
def test_officials_met_where_one_goes_are_of_that_place(analyzer, text, country):
    ms = mentions(analyzer, text, published=DAY)
    officials = [m for m in ms if m.text.endswith("officials")]
    assert officials and officials[-1].country == country, [(m.text, m.country) for m in ms]


def test_a_where_clause_after_a_party_is_no_place(analyzer):
    text = "The United Kingdom and the Netherlands are hosting the Ministerial where government officials will speak."
    ms = mentions(analyzer, text, published=DAY)
    assert all(m.country != "NLD" for m in ms if m.text.endswith("officials")), [(m.text, m.country) for m in ms]


def test_what_a_budget_provides_is_planned(analyzer):
    text = "The Budget provides $1.45 billion in economic and security assistance for Jordan."
    events = coded_events(analyzer, text, DAY, url="https://www.state.gov/fy-2023-budget-request/")
    aid = [e for e in events if e.target is not None and e.target.country == "JOR"]
    assert aid and all(e.factuality == "planned" for e in aid), [(e.plover_type, e.factuality) for e in events]


def test_in_a_few_days_is_ahead(analyzer):
    text = "In a few days the Argentine foreign minister is coming to Washington for meetings with U.S. officials."
    events = coded_events(analyzer, text, DAY)
    meetings = [e for e in events if e.plover_type == "CONSULT"]
    assert meetings and all(e.factuality == "planned" for e in meetings), [(e.trigger, e.factuality) for e in events]


def test_a_conjoined_gathering_one_will_take_part_in_lies_ahead(analyzer):
    text = "Under Secretary Fernandez will participate in panels and discussions with senior officials from Chile."
    events = coded_events(analyzer, text, DAY)
    talks = [e for e in events if e.trigger.startswith("discussions")]
    assert talks and all(e.factuality == "planned" for e in talks), [(e.trigger, e.factuality) for e in events]
