"""Thirty-eighth session: the act a noun of decision or attempt names, forces returned to a country, digits in a
"person's" name, and what a found row lost on the way to fully right.

- h38decision: "criticized Moscow's decision to expel ten Polish diplomats", "Russia announced its decision to
  expel ...": the infinitive under a noun of decision or attempt is done by the noun's possessor or "by" phrase,
  else by the subject of the verb that takes or announces it (it had no doer, so no event, whenever the noun was an
  object); an attempt stays hypothetical, one that failed negated;
- h38return: forces returned or redeployed to a country are deployed there (MOBILIZE), not a RETREAT;
- h38they: a plural group named inside a relative clause ("the generosity that the Polish government and its
  citizens have shown") does not stop a "they" after it from meaning the meeting's two parties;
- h38jointly: a verb that is no trigger of its own done "jointly" by two parties named as its subject is their
  COOPERATE ("Russia and Mongolia plan to jointly pursue environmental projects"); a trigger keeps its type;
- h38number: what a quantity is of is the object a sense rule reads ("share any number of interests" is holding
  interests alike, no cooperation);
- h38pledge: a pledge to act ("committed to continue to provide Ukraine with military assistance") is the AGREE;
  the aid is its clause's own event, planned, not a second AID asserted; money committed stays AID;
- audit 2026-12-06b classes (two blind annotators; the audit is in-sample for these, measured on the dev sets and
  the demo scans): h38currency "nine billion US dollars" is money, not the United States; h38storm a named storm is
  no party ("Typhoon Haiyan, which killed ..."); h38asked the act asked of a party not named ("calling on the
  international community to send aid to X") has no doer guessed, and the asking no target taken from the act's
  beneficiary; h38ownstate a group's member does not act on his own state ("They [Blinken and Popescu] discussed
  efforts to deliver energy assistance to Moldova": not Popescu's aid to Moldova);
- h38gratitude / h38thanked: thanks repeated are thanks ("we reiterate our gratitude to Turkey"); "its" in "for its
  efforts in hosting refugees" is the one thanked, not the one who thanks;
- h38limits: a programme or ties brought back to a bound ("return Iran's nuclear program to its JCPOA limits") is no
  return of property to a party;
- h38ago: "a hundred years ago", "thirty years ago" are dates counted back from publication (the count words
  stopped at ten);
- h38digits: a parser's PERSON with a digit in it ("EXPO-2030") is no person and no party;
- ``attache eval dyads``: ``fully_right_lost`` counts, for the rows found with the right type but not fully right,
  the part that was wrong (countries, factuality, date).

Cases written for the classes, not taken from an evaluation file nor from the audit's sample.
"""

from __future__ import annotations

import json

import pytest

from attache.evaluate.dyads import score
from eventkit import coded_events, triples

DAY = "2022-04-26"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington criticized Moscow's decision to expel ten Polish diplomats.", ("SANCTION", "RUS", "POL")),
        ("Russia announced its decision to expel ten Polish diplomats.", ("SANCTION", "RUS", "POL")),
        ("Russia announced a decision to expel ten Polish diplomats.", ("SANCTION", "RUS", "POL")),
        ("Lithuania condemned the decision by Beijing to impose sanctions on Lithuanian firms.", ("SANCTION", "CHN", "LTU")),
        ("Germany welcomed Turkey's decision to release the German journalist.", ("RETREAT", "TUR", "DEU")),
    ],
)
def test_the_act_of_a_decision_is_the_deciders(analyzer, text, expected):
    assert expected in triples(coded_events(analyzer, text, DAY))


def test_an_attempt_is_not_done_and_a_failed_one_is_negated(analyzer):
    events = coded_events(analyzer, "Britain condemned Iran's attempt to seize a British tanker.", DAY)
    seized = [e for e in events if e.trigger == "seize"]
    assert [(e.source.country, e.factuality) for e in seized] == [("IRN", "hypothetical")], triples(events)
    failed = [e for e in coded_events(analyzer, "Iran's attempt to seize a British tanker failed.", DAY) if e.trigger == "seize"]
    assert [e.factuality for e in failed] == ["negated"]


def test_a_decision_with_no_party_named_has_no_doer(analyzer):
    events = coded_events(analyzer, "Washington criticized the decision to expel ten Polish diplomats.", DAY)
    assert not any(e.plover_type == "SANCTION" and e.source is not None and e.source.country == "USA" for e in events), triples(
        events
    )


def test_forces_returned_to_a_country_are_deployed_not_withdrawn(analyzer):
    got = triples(coded_events(analyzer, "The United States returned troops to Iraq in 2014.", DAY))
    assert ("MOBILIZE", "USA", "IRQ") in got and not any(t == "RETREAT" for t, _, _ in got), got
    home = triples(coded_events(analyzer, "Russia returned its troops to their permanent bases.", DAY))
    assert not any(t == "MOBILIZE" for t, _, _ in home), home


def test_a_name_with_digits_is_no_person(analyzer):
    events = coded_events(analyzer, "Russia will host the world exhibition EXPO-2030.", DAY)
    assert not any(e.target is not None and "2030" in (e.target.name or "") for e in events), triples(events)


def test_a_group_in_a_relative_clause_does_not_stop_they(analyzer):
    text = (
        "Secretary Blinken met with Polish Foreign Minister Zbigniew Rau in Washington. Secretary Blinken praised the "
        "generosity that the Polish government and its citizens have shown to refugees from Ukraine. They discussed "
        "energy security in Europe."
    )
    events = coded_events(analyzer, text, DAY)
    they = [e for e in events if e.trigger == "discussed"]
    assert {(e.source.country, e.target.country) for e in they} == {("USA", "POL")}, triples(events)


def test_an_act_done_jointly_by_two_parties_is_their_cooperation(analyzer):
    text = "Russia and Mongolia plan to continue to jointly pursue important environmental projects."
    got = [(e.plover_type, e.source.country, e.target.country, e.factuality) for e in coded_events(analyzer, text, DAY)]
    assert ("COOPERATE", "RUS", "MNG", "planned") in got, got
    developed = triples(coded_events(analyzer, "The United States and Germany jointly developed the program.", DAY))
    assert ("COOPERATE", "USA", "DEU") in developed, developed
    condemned = triples(coded_events(analyzer, "India and Japan jointly condemned the attack.", DAY))
    assert not any(t == "COOPERATE" for t, _, _ in condemned), condemned
    alone = triples(coded_events(analyzer, "The ministry jointly developed the program.", DAY))
    assert not any(t == "COOPERATE" for t, _, _ in alone), alone


def test_a_quantity_of_interests_shared_is_no_cooperation(analyzer):
    got = triples(coded_events(analyzer, "The United States and Pakistan share any number of interests.", DAY))
    assert not any(t == "COOPERATE" for t, _, _ in got), got
    kept = triples(coded_events(analyzer, "Japan will share a range of intelligence with Australia.", DAY))
    assert ("COOPERATE", "JPN", "AUS") in kept, kept


def test_a_pledge_to_give_aid_is_an_agree_beside_the_planned_aid(analyzer):
    text = "The United States committed to continue to provide Ukraine with military assistance."
    got = sorted((e.plover_type, e.factuality) for e in coded_events(analyzer, text, DAY))
    assert got == [("AGREE", "asserted"), ("AID", "planned")], got
    money = coded_events(analyzer, "The United States committed $75 million in humanitarian assistance to Moldova.", DAY)
    assert [(e.plover_type, e.target.country, e.factuality) for e in money] == [("AID", "MDA", "asserted")]


def test_money_in_us_dollars_is_no_party(analyzer):
    got = triples(coded_events(analyzer, "China has invested about nine billion US dollars to develop diagnostics.", DAY))
    assert not any("USA" in (s, t) for _, s, t in got), got
    kept = triples(coded_events(analyzer, "China invested 5 billion dollars in the United States.", DAY))
    assert ("COOPERATE", "CHN", "USA") in kept, kept


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Mangkhut killed dozens of people in the Philippines in 2018.",
        "Cyclone Idai killed hundreds of people in Mozambique.",
    ],
)
def test_a_named_storm_is_no_attacker(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "ASSAULT" for e in events), triples(events)


STATE = "https://www.state.gov/briefings/department-press-briefing/"


def test_an_act_asked_of_no_named_party_has_no_doer_nor_the_beneficiary_as_target(analyzer):
    text = (
        "We continue to call on the international community to deliver food aid to the people of Yemen. "
        "We urged Japan to provide assistance to Yemen."
    )
    got = triples(coded_events(analyzer, text, DAY, url=STATE))
    assert ("AID", "USA", "YEM") not in got and ("REQUEST", "USA", "YEM") not in got, got
    assert {("REQUEST", "USA", "JPN"), ("AID", "JPN", "YEM")} <= got, got


def test_a_groups_member_does_not_act_on_his_own_state(analyzer):
    text = (
        "Secretary Blinken spoke with Moldovan Foreign Minister Nicu Popescu today. They discussed efforts to deliver "
        "energy assistance to Moldova this winter."
    )
    aid = [(e.source.country, e.target.country) for e in coded_events(analyzer, text, DAY) if e.plover_type == "AID"]
    assert aid == [("USA", "MDA")], aid


def test_thanks_repeated_and_the_thanked_partys_own_act(analyzer):
    text = "We reiterate our gratitude to Jordan for its generous efforts in hosting more than 600,000 Syrian refugees."
    events = coded_events(analyzer, text, DAY, url=STATE)
    got = triples(events)
    assert ("SUPPORT", "USA", "JOR") in got, got
    assert not any(t != "SUPPORT" and s == "USA" for t, s, _ in got), got


def test_a_programme_returned_to_its_limits_is_no_retreat(analyzer):
    text = "We are ready to return Iran's nuclear program to its JCPOA limits."
    got = triples(coded_events(analyzer, text, DAY, url=STATE))
    assert not any(t == "RETREAT" for t, _, _ in got), got
    kept = triples(coded_events(analyzer, "Iran returned the seized tanker to Britain.", DAY))
    assert ("RETREAT", "IRN", "GBR") in kept, kept


@pytest.mark.parametrize(
    "text, year",
    [
        ("A hundred years ago, Mongolian representatives arrived in Moscow to meet Russian officials.", "1921"),
        ("Thirty years ago, Russia and Kazakhstan established diplomatic relations.", "1991"),
    ],
)
def test_years_ago_beyond_ten_are_dates(analyzer, text, year):
    events = coded_events(analyzer, text, "2021-12-16")
    assert events and all((e.date or "").startswith(year) for e in events), [(e.plover_type, e.date) for e in events]


def _row(**ev):
    gold = {
        "type": "COERCE",
        "source": [{"text": "Chile", "code": "CHL"}],
        "target": [{"text": "Peru", "code": "PER"}],
        "symmetric": False,
        "factuality": "asserted",
        "date": "2024-05-14",
    }
    event = {
        "type": "COERCE",
        "symmetric": False,
        "source": {"country": "CHL", "words": {"chile"}},
        "target": {"country": "PER", "words": {"peru"}},
        "factuality": "asserted",
        "date": "2024-05-14",
    }
    event.update(ev)
    return [{"text": "t", "gold": [gold]}], [[event]]


def test_fully_right_lost_names_the_wrong_part():
    gold, emitted = _row()
    assert score(gold, emitted)["fully_right_lost"] == {"countries": 0, "factuality": 0, "date": 0}
    gold, emitted = _row(date="2024-05-20")
    assert score(gold, emitted)["fully_right_lost"] == {"countries": 0, "factuality": 0, "date": 1}
    gold, emitted = _row(factuality="reported", target={"country": None, "words": {"peru"}})
    assert score(gold, emitted)["fully_right_lost"] == {"countries": 1, "factuality": 1, "date": 0}
    # the best of two typed pairs says what the row lost: one with only its date wrong beats one wrong twice
    gold, emitted = _row(date="2024-05-20")
    emitted[0].append(dict(emitted[0][0], date="2024-05-14", factuality="reported", target={"country": None, "words": {"peru"}}))
    assert score(gold, emitted)["fully_right_lost"] == {"countries": 0, "factuality": 0, "date": 1}


def test_eval_dyads_prints_what_the_rows_lost(cli, tmp_path):
    data = tmp_path / "rows.jsonl"
    row = {
        "id": "r1",
        "text": "On May 14, 2024, Chile expelled three Peruvian diplomats.",
        "event_type": "SANCTION",
        "source": [{"text": "Chile", "code": "CHL"}],
        "target": [{"text": "three Peruvian diplomats", "code": "PER"}],
        "factuality": "asserted",
        "date": "2024-05-13",
        "pub_date": "2024-05-15",
    }
    data.write_text(json.dumps(row) + "\n")
    result = cli("eval", "dyads", "--data", str(data))
    last = result.last_json
    assert last["triple_recall"] == 1.0 and last["fully_right"] == 0.0, last
    assert last["fully_right_lost"]["date"] == 1, last
    assert "not fully right, by the part wrong: date 1" in result.out
