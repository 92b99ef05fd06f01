"""Twenty-sixth session: wire-news classes found by coding sentences written for the purpose (harm told with the
weapon in a "when" clause, a protest's "against", court cases, mediators, time limits, "Georgians"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mention, mentions, one, pairs, triples_in

DAY = "2025-03-10"


def test_a_protest_against_a_leader_keeps_its_target(analyzer):
    """A crowd's rally "against" someone is aimed at them (h26rally); "rally" is also a verb of solidarity, whose
    "against" is the party stood against, not the one stood with."""
    events = coded_events(analyzer, "Tens of thousands rallied in Belgrade against President Aleksandar Vucic on Saturday.", DAY)
    protest = one(events, "PROTEST")
    assert protest.target is not None and protest.target.country == "SRB", protest


def test_rallying_behind_a_party_against_an_attack_is_no_protest_at_the_party(analyzer):
    found = triples_in(analyzer, "Thousands rallied behind Ukraine against Russia's invasion.", date=DAY)
    assert not any(t[0] == "PROTEST" and t[2] == "UKR" for t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five American troops were wounded when a rocket hit Ain al-Asad air base in Iraq.", ("ASSAULT", "IRQ", "USA")),
        (
            "Two Turkish soldiers were killed when a mortar shell struck their outpost in northern Syria.",
            ("ASSAULT", "SYR", "TUR"),
        ),
    ],
)
def test_a_harm_told_with_its_weapon_in_a_when_clause_is_an_attack_by_the_places_attackers(analyzer, text, expected):
    """The victims of a passive harm are its target; the weapon of the "when" clause tells an attack by the
    unidentified attackers of the place it struck (h26when); the victims never hit anyone (h26upper)."""
    found = triples_in(analyzer, text, date=DAY)
    assert expected in found, found
    assert not any(t[1] == expected[2] for t in found), found


def test_a_harm_with_no_weapon_named_is_no_attack(analyzer):
    found = triples_in(analyzer, "Five American troops were wounded when their vehicle overturned in Iraq.", date=DAY)
    assert not any(t[0] == "ASSAULT" and t[1] is not None for t in found), found


def test_the_passive_subject_of_a_harm_is_its_target_not_its_doer(analyzer):
    """The sentence back-off's country tier takes no passive subject as the doer (h26passive)."""
    events = coded_events(analyzer, "Two Israeli soldiers were killed when Hezbollah fighters attacked their patrol.", DAY)
    assert ("ISR", "LBN") not in pairs(events, "ASSAULT"), pairs(events)


def test_the_subject_above_a_clause_with_its_own_subject_is_not_its_doer_by_order(analyzer):
    """(h26upper) "Pakistan said unknown gunmen attacked a convoy": Pakistan tells, the gunmen attack."""
    found = triples_in(analyzer, "Pakistan said unknown gunmen attacked a convoy in Afghanistan.", date=DAY)
    assert not any(t[0] == "ASSAULT" and t[1] == "PAK" for t in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("South Africa filed a genocide case against Israel at the International Court of Justice.", ("ZAF", "ISR")),
        ("Ukraine instituted proceedings against Russia before the court.", ("UKR", "RUS")),
        ("Mexico opened a case against the Ecuadorian government over the embassy raid.", ("MEX", "ECU")),
    ],
)
def test_a_case_brought_against_a_party_is_an_accusation(analyzer, text, pair):
    """(h26lawcase) and the raid a case is about is no raid launched by its plaintiff (h26direct)."""
    events = coded_events(analyzer, text, DAY)
    assert pair in pairs(events, "ACCUSE"), [(e.plover_type, e.trigger) for e in events]
    assert pair not in pairs(events, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["Germany made the case for a new approach to Russia.", "The United States filed a report with the UN on Iran."],
)
def test_making_a_case_or_filing_a_report_is_no_accusation(analyzer, text):
    assert not pairs(coded_events(analyzer, text, DAY), "ACCUSE")


def test_a_treaty_initialled_is_agreed(analyzer):
    events = coded_events(analyzer, "Armenia and Azerbaijan initialled a peace treaty in Washington.", DAY)
    assert pairs(events, "AGREE") & {("ARM", "AZE"), ("AZE", "ARM")}, pairs(events)


def test_each_mediator_consults_each_party(analyzer):
    """(h26mediate) mediators are not one another's counterparts; the parties "between" are theirs."""
    events = coded_events(analyzer, "Egypt, Qatar and the United States are mediating between Israel and Hamas.", DAY)
    found = pairs(events, "CONSULT")
    assert {(m, p) for m in ("EGY", "QAT", "USA") for p in ("ISR", "PSE")} <= found, found
    assert not found & {("EGY", "QAT"), ("QAT", "EGY"), ("EGY", "USA")}, found


def test_a_lone_mediator_consults_both_parties(analyzer):
    found = pairs(coded_events(analyzer, "Qatar mediated between Israel and Hamas.", DAY), "CONSULT")
    assert {("QAT", "ISR"), ("QAT", "PSE")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Niger ordered French troops to leave the country by the end of the year.",
        "Mali gave the French ambassador until Friday to leave the country.",
    ],
)
def test_a_time_limit_is_not_the_date_of_an_act_told_as_done(analyzer, text):
    """(h26deadline) "by the end of the year", "until Friday" bound what is asked, not when it was asked."""
    for e in coded_events(analyzer, text, DAY):
        if e.factuality == "asserted":
            assert e.date_text is None or not e.date_text.lower().startswith(("the end", "friday")), (e.trigger, e.date_text)
            assert e.date_precision == "publication", (e.trigger, e.date, e.date_precision)


def test_a_date_of_its_own_still_dates_the_act(analyzer):
    e = one(coded_events(analyzer, "Niger ordered French troops on Friday to leave the country.", DAY), "REQUEST")
    assert (e.date, e.date_precision) == ("2025-03-07", "day"), (e.date, e.date_text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgians protested in Tbilisi against the Georgian Dream government.", "GEO"),
        ("Georgians voted in Atlanta for the governor.", None),
        ("Georgians love their traditions.", None),
    ],
)
def test_georgians_are_the_countrys_people_only_by_the_articles_cues(analyzer, text, country):
    """(h26georgians) the U.S. state's people share the word: its cues, or none, leave it unresolved."""
    m = mention(mentions(analyzer, text, published=DAY), "Georgians")
    assert m.country == country, m


def test_a_verb_the_parser_took_for_an_adjective_keeps_its_pair_rule(analyzer):
    """(h26vbd) "ECOWAS lifted sanctions": "lifted" parsed as a modifier of "sanctions" was SANCTION; "imposed" stays."""
    assert ("CONCEDE", None, "GIN") in triples_in(analyzer, "ECOWAS lifted sanctions on Guinea.", date=DAY)
    assert ("SANCTION", None, "MLI") in triples_in(analyzer, "ECOWAS imposed sanctions on Mali.", date=DAY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Washington warned Beijing against providing military aid to Moscow.", "providing"),
        ("Russia warned NATO against sending troops to Ukraine.", "sending"),
        ("The UN warned against an Israeli attack on Rafah.", "attack"),
        ("Turkey prevented Sweden from joining NATO.", "joining"),
    ],
)
def test_what_a_party_is_warned_against_or_kept_from_is_not_done(analyzer, text, word):
    """(h26against) as what it is urged not to do: never asserted."""
    events = [e for e in coded_events(analyzer, text, DAY) if word in (e.trigger or "")]
    assert events, [(e.trigger, e.factuality) for e in coded_events(analyzer, text, DAY)]
    assert all(e.factuality == "negated" for e in events), [(e.trigger, e.factuality) for e in events]


def test_an_act_after_a_warning_is_still_told(analyzer):
    events = coded_events(analyzer, "Israel attacked Iran after warning against escalation.", DAY)
    assert one(events, "ASSAULT").factuality == "asserted"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a year", (None, "unknown")),
        ("another week", (None, "unknown")),
        ("a year ago", ("2024-01-01", "year")),
        ("this year", ("2025-01-01", "year")),
        ("last week", ("2025-03-03", "week")),
    ],
)
def test_a_stretch_of_time_is_no_date(phrase, expected):
    """(h26duration) "blocked Sweden's bid for a year" is not dated this year."""
    from attache.events.dates import resolve

    assert resolve(phrase, DAY) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey approved Sweden's NATO bid.", ("TUR", "SWE")),
        ("France backed Ukraine's EU bid.", ("FRA", "UKR")),
        ("Germany supported Kyiv's NATO application.", ("DEU", "UKR")),
    ],
)
def test_the_applicant_of_a_bid_is_the_party_not_the_body_applied_to(analyzer, text, pair):
    """(h26bid) the possessor of a bid or an application applies; the body named before the noun is applied to."""
    assert pair in pairs(coded_events(analyzer, text, DAY)), triples_in(analyzer, text, date=DAY)


def test_a_bid_with_no_applicant_named_keeps_the_body(analyzer):
    assert any(t[2] is None and t[1] == "TUR" for t in triples_in(analyzer, "Turkey approved the NATO bid.", date=DAY))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Germany's chancellor Friedrich Merz called for a European army during a visit to Paris.", "visit"),
        ("Biden urged Congress to pass the aid bill during a meeting with Zelensky.", "meeting"),
    ],
)
def test_a_meeting_in_which_a_demand_is_made_took_place(analyzer, text, word):
    """(h26during) the demand does not reach the visit or the meeting it was made in."""
    e = next(e for e in coded_events(analyzer, text, DAY) if word in (e.trigger or ""))
    assert e.factuality == "asserted", (e.trigger, e.factuality, e.factuality_cue)


def test_what_is_demanded_stays_demanded(analyzer):
    e = next(e for e in coded_events(analyzer, "The US urged Russia to negotiate with Ukraine.", DAY) if e.trigger == "negotiate")
    assert e.factuality == "demanded"


def test_an_accusation_followed_by_a_denial_is_told(analyzer):
    """(h26denied) "..., a charge the Kremlin denied": the parser hangs the accusation under "denied"."""
    e = one(coded_events(analyzer, "Kyiv accused Moscow of using chemical weapons, a charge the Kremlin denied.", DAY), "ACCUSE")
    assert (e.source.country, e.target.country, e.factuality) == ("UKR", "RUS", "asserted")


def test_a_denied_act_stays_negated(analyzer):
    assert one(coded_events(analyzer, "Russia denied that it attacked Kyiv.", DAY), "ASSAULT").factuality == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "All American citizens in Uganda are urged not to travel to Uganda at this time.",
        "We've been very disturbed by the steps that Nicaragua has taken.",
        "Police from outside Tokyo have been stationed at train stations in Tokyo as part of a plan to disperse protesters.",
    ],
)
def test_who_is_urged_feels_or_is_deployed_is_never_reversed(analyzer, text):
    """(h26passive) the passive subject of a request is asked, not asking; a participle of feeling and a deployed force
    keep their subject as the doer: no event takes the party named after them as the doer."""
    events = coded_events(analyzer, text, DAY)
    assert not any(
        e.source is not None and e.target is not None and e.target.start is not None and e.target.start < e.source.start
        for e in events
    ), [(e.plover_type, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hungary blocked EU sanctions on Russian oil.", "IGO.eu"),
        ("China blocked a UN Security Council statement on North Korea.", "IGO.unsc"),
    ],
)
def test_a_decision_blocked_is_rejected_and_aimed_at_its_body(analyzer, text, target):
    """(h26block) as a veto is; the party the blocked measure is about ("on Russian oil") is not the one turned down."""
    e = one(coded_events(analyzer, text, DAY), "REJECT")
    assert e.target is not None and e.target.actor_id == target, (e.source, e.target)


@pytest.mark.parametrize("text", ["Protesters blocked the road to the airport.", "The EU blocked Russian assets."])
def test_blocking_roads_or_assets_is_no_rejection(analyzer, text):
    assert not [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia gave Ukraine until Friday to withdraw its troops from the Kursk region.", ("RUS", "UKR")),
        ("Israel gave Hamas 48 hours to release the hostages.", ("ISR", "PSE")),
        ("Washington gave Maduro a deadline to step down.", ("USA", "VEN")),
    ],
)
def test_a_time_limit_given_for_an_act_is_an_ultimatum(analyzer, text, pair):
    """(h26ultimatum) and the act asked for is not told as done by the one who set the limit."""
    events = coded_events(analyzer, text, DAY)
    assert pair in pairs(events, "THREATEN"), [(e.plover_type, e.source, e.target, e.factuality) for e in events]
    assert not [e for e in events if e.plover_type == "RETREAT" and e.factuality == "asserted"]


@pytest.mark.parametrize(
    "text", ["The United States gave Ukraine one billion dollars to buy weapons.", "Japan gave Vietnam two days of talks."]
)
def test_a_gift_or_a_stretch_of_time_is_no_ultimatum(analyzer, text):
    assert not pairs(coded_events(analyzer, text, DAY), "THREATEN")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam and the Philippines agreed to boost coast guard cooperation in the South China Sea.", ("VNM", "PHL")),
        ("Russian and Chinese warships held joint drills in the Sea of Japan.", ("RUS", "CHN")),
    ],
)
def test_a_sea_named_after_a_country_is_a_place(analyzer, text, pair):
    """(h26seas) "the South China Sea" is no China, "the Sea of Japan" no Japan."""
    found = pairs(coded_events(analyzer, text, DAY))
    assert found & {pair, pair[::-1]}, found
    assert not any("CHN" in p for p in found) or pair == ("RUS", "CHN"), found
    assert not any("JPN" in p for p in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt will receive $8 billion from the European Union over three years.", (None, "EGY")),
        ("Ukraine received 50 million euros from Germany.", ("DEU", "UKR")),
    ],
)
def test_money_received_is_aid_from_the_giver(analyzer, text, pair):
    """(h26money) not a visit hosted: "receive" with an amount of money."""
    found = triples_in(analyzer, text, date=DAY)
    assert ("AID", *pair) in found, found
    assert not any(t[0] == "CONSULT" for t in found), found


def test_votes_received_are_no_aid(analyzer):
    assert not triples_in(analyzer, "The party received 2 million votes.", date=DAY)
