"""Thirty-fourth session: a cooperative act its doer says it will do is also a statement of intent (h34intent).

CAMEO's root 03 ("express intent to cooperate") and PLOVER's AGREE ("promise to, offer to") code what a party says it
will do; the act itself stays planned (or hypothetical under a condition) and out of the indexes. Cases and counter-cases
written for the class, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from attache.events.intent import intent_code
from attache.events.ontology import intensity
from eventkit import coded_events

DAY = "2021-05-05"  # a Wednesday


def _events(analyzer, text):
    return [
        (
            e.plover_type,
            e.cameo_code,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.factuality,
            e.date,
        )
        for e in coded_events(analyzer, text, DAY)
    ]


@pytest.mark.parametrize(
    ("text", "act", "code", "pair"),
    [
        ("Hungary said it will support Ukraine in its bid to join the European Union.", "SUPPORT", "032", ("HUN", "UKR")),
        ("Japan will send medical supplies to India.", "AID", "033", ("JPN", "IND")),
        ("Germany plans to provide humanitarian aid to Sudan.", "AID", "0333", ("DEU", "SDN")),
        ("Russia will release the detained Ukrainian sailors.", "RETREAT", "0353", ("RUS", "UKR")),
    ],
)
def test_a_stated_plan_is_an_intent_stated_now(analyzer, text, act, code, pair):
    got = _events(analyzer, text)
    acts = [t for t in got if t[0] == act and (t[2], t[3]) == pair]
    assert acts and all(t[4] == "planned" for t in acts), got
    intents = [t for t in got if t[0] == "AGREE" and (t[2], t[3]) == pair]
    assert intents and intents[0][1].startswith(code[:3]) and intents[0][4] == "asserted", got


def test_the_intent_is_dated_by_its_saying_the_act_by_its_own_time(analyzer):
    got = _events(analyzer, "Japan announced on Monday that it will send medical supplies to India next month.")
    intent = next(t for t in got if t[0] == "AGREE")
    act = next(t for t in got if t[0] == "AID")
    assert intent[5] == "2021-05-03", got  # the Monday of the announcement
    assert act[5] != intent[5] and act[4] == "planned", got


def test_a_conditional_offer_is_an_offer_and_the_act_stays_conditional(analyzer):
    got = _events(analyzer, "China said it would support Pakistan if India attacked.")
    assert ("AGREE", "032", "CHN", "PAK", "asserted") in [t[:5] for t in got], got
    assert any(t[0] == "SUPPORT" and t[4] == "hypothetical" for t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Will the United States provide aid to Ukraine?",  # asked, not stated
        "If Iran complies, the United States could ease sanctions on Iran.",  # a possibility weighed, nothing offered
        "Japan will be hosting Indian Prime Minister Narendra Modi next week.",  # an arrangement, not a will
        "The United States will impose new sanctions on Iran.",  # an act of conflict: no intent to cooperate
        "Secretary Blinken is set to meet Russian Foreign Minister Lavrov in Geneva.",  # a schedule
        "Canada provided aid to Haiti.",  # done, not announced
    ],
)
def test_no_intent_where_nothing_is_promised(analyzer, text):
    got = _events(analyzer, text)
    assert not any(t[0] == "AGREE" for t in got), got


def test_an_agreement_the_sentence_gives_is_not_doubled(analyzer):
    got = _events(analyzer, "Iran is ready to resume talks with the European Union.")
    assert sum(1 for t in got if t[0] == "AGREE") == 1, got


def test_the_intent_codes_are_cameo_03_with_their_goldstein_values():
    """Every code of ``intent_statements`` is under CAMEO root 03 and has its own Goldstein value (not the root's)."""
    from attache.events.intent import _rules

    for key, code in _rules()["codes"].items():
        assert code.startswith("03"), key
        assert intensity(code) > 0, key
    assert intensity("0333") == 5.2 and intensity("036") == 4.0


def test_intent_code_by_type_and_mode():
    from types import SimpleNamespace

    assert intent_code(SimpleNamespace(plover_type="AID", plover_mode="HUMANITARIAN")) == "0333"
    assert intent_code(SimpleNamespace(plover_type="AID", plover_mode=None)) == "033"
    assert intent_code(SimpleNamespace(plover_type="SANCTION", plover_mode=None)) is None


def test_the_goldstein_table_follows_cameo_1_1b3_numbering():
    """The codes attache emits are CAMEO 1.1b3's (plover.yaml: a sanction is 163, an expulsion 166); the table gives
    each its own act's value (cameo_goldstein.README.md: two blocks renumbered from an older release)."""
    from attache.events.ontology import cameo_words, coding

    assert cameo_words("163") == "impose embargo, boycott, or sanctions" and intensity("163") == -8.0
    assert cameo_words("164") == "halt negotiations" and intensity("164") == -6.5
    assert cameo_words("166").startswith("expel or withdraw") and intensity("1661") == -7.0
    assert cameo_words("0353") == "express intent to release persons or property"
    assert coding("SANCTION", "ECONOMIC").intensity == -8.0
    assert coding("SANCTION", "EXPEL").intensity == -7.0
    assert cameo_words(coding("RETREAT", "RESIGN").cameo_code).startswith("accede to demands for change in leadership")


# --- h34supporters: a leader's supporters are a crowd of their own, of the leader's country, not the leader
@pytest.mark.parametrize(
    ("text", "day", "ptype", "country"),
    [
        ("Supporters of ousted President Mohamed Morsi blocked roads in Cairo.", "2013-08-10", "PROTEST", "EGY"),
        ("Morsi supporters blocked roads in Cairo.", "2013-08-10", "PROTEST", "EGY"),
        ("Supporters of Imran Khan attacked an army headquarters in Rawalpindi.", "2023-05-10", "ASSAULT", "PAK"),
    ],
)
def test_the_supporters_act_not_their_leader(analyzer, text, day, ptype, country):
    got = coded_events(analyzer, text, day)
    acts = [e for e in got if e.plover_type == ptype and e.source is not None]
    assert acts, [(e.plover_type, e.source.name if e.source else None) for e in got]
    assert all("upporters" in (e.source.name or "") and e.source.country == country for e in acts), [
        (e.source.name, e.source.country) for e in acts
    ]


def test_a_leader_thanking_his_supporters_keeps_both_sides(analyzer):
    got = coded_events(analyzer, "Putin thanked his supporters.", "2022-05-01")
    assert any(
        e.plover_type == "SUPPORT" and e.source.country == "RUS" and "supporters" in (e.target.name or "")
        for e in got
        if e.target
    )


# --- h34offered: the cooperative act an offer, a promise or a readiness names is coded too, planned; the time phrase of
# the pledge is the pledge's
def test_the_act_offered_is_coded_beside_the_offer(analyzer):
    got = _events(analyzer, "Washington is prepared to supply Colombia with Black Hawk helicopters.")
    assert any(t[0] == "AID" and t[2] == "USA" and t[4] == "planned" for t in got), got
    assert any(t[0] == "AGREE" and t[2] == "USA" for t in got), got


def test_the_pledge_day_is_not_the_sending_day(analyzer):
    got = _events(analyzer, "Saudi Arabia pledged on Sunday to send tents and medicine to Pakistan.")
    pledge = next(t for t in got if t[0] == "AGREE")
    act = next(t for t in got if t[0] == "AID")
    assert pledge[5] == "2021-05-02" and pledge[4] == "asserted", got  # the Sunday before publication
    assert act[4] == "planned" and act[5] != "2021-05-09", got  # not the Sunday after: the sending has no day


@pytest.mark.parametrize(
    "text",
    [
        "Morocco turned down an offer by Algeria to host talks on Western Sahara.",  # an offer named, and refused
        "Russia threatened to cut gas supplies to Ukraine.",  # a threat keeps its content inside the threat
    ],
)
def test_no_act_coded_from_a_refused_offer_or_a_threat(analyzer, text):
    got = _events(analyzer, text)
    assert not any(t[0] in ("CONSULT", "SANCTION") and t[4] == "planned" for t in got), got


def test_a_statement_of_intent_has_its_own_calibration_offset(analyzer):
    """The gold sets annotate the act promised, not the promise: the shipped calibration gives statements of intent
    their own offset (fitted on the tuning sets, capped at 0), so they rank below the act told beside them."""
    from attache.events.calibration import features, model

    m = model()
    assert m is not None and "intent" in m["features"]
    assert m["coef"][m["features"].index("intent")] <= 0
    got = coded_events(analyzer, "Japan will send medical supplies to India.", DAY)
    intent = next(e for e in got if e.plover_type == "AGREE")
    act = next(e for e in got if e.plover_type == "AID")
    assert features(intent, ["intent"]) == [1.0] and features(act, ["intent"]) == [0.0]
    assert intent.confidence < act.confidence
