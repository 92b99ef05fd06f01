"""Sides within the sentence, fifth session (issue 14, h14args): each test is one class of construction the
coder reads, on sentences written for the test (not taken from an evaluation file)."""

from __future__ import annotations

from test_events_arguments import _events, _pairs

from attache.events import fallback


def test_in_support_of_names_the_party_supported_not_the_supporter(analyzer):
    events = _events(analyzer, "Venezuelan opposition activists rallied in Caracas in support of Juan Guaido.")
    sup = [e for e in events if e.plover_type == "SUPPORT"]
    assert sup, _pairs(events)
    assert all("Guaido" not in (e.source_span or {}).get("text", "") for e in sup)
    assert any(e.target is not None and "Guaido" in e.target_span["text"] for e in sup)
    # no doer named: the supported party is never made the supporter (the crowd is the people of the city it marched
    # through since h47through, as "marched in Lagos" always was)
    events = _events(analyzer, "Thousands marched through Lagos in defence of Nigeria's president.")
    assert not any("president" in (e.source_span or {}).get("text", "").lower() for e in events if e.source is not None)
    assert all((e.source_span or {}).get("text") == "Thousands" for e in events if e.source is not None), _pairs(events)


def test_their_stands_for_both_coordinated_parties(analyzer):
    found = _pairs(_events(analyzer, "Chile and Bolivia announced their agreement on water rights."))
    assert ("AGREE", "CHL", "BOL") in found or ("AGREE", "BOL", "CHL") in found
    # a meeting called off is no meeting of the two
    found = _pairs(_events(analyzer, "Chile and Bolivia postponed their meeting on water rights."))
    assert not any(t == "CONSULT" and {s, g} == {"CHL", "BOL"} for t, s, g in found)
    # one party before "their": as before
    found = _pairs(_events(analyzer, "Kenya said their cooperation with Uganda would grow."))
    assert not any(src == "UGA" and tgt == "KEN" for _, src, tgt in found)


def test_talk_noun_after_during_takes_the_speaker(analyzer):
    events = _events(analyzer, "The Ugandan president said during a meeting with Rwandan officials that trade would resume.")
    assert ("CONSULT", "UGA", "RWA") in _pairs(events)
    events = _events(analyzer, "The Greek minister spoke at talks with Cypriot officials in Nicosia.")
    assert not any(src is None for t, src, _ in _pairs(events) if t == "CONSULT")


def test_host_of_talks_between_two_parties_meets_both(analyzer):
    found = _pairs(_events(analyzer, "Oman hosted talks between Iran and Saudi Arabia last month."))
    assert ("CONSULT", "OMN", "IRN") in found and ("CONSULT", "OMN", "SAU") in found
    # the "between" phrase of a verb that hosts nothing is not read so
    found = _pairs(_events(analyzer, "Norway discussed the border between Russia and Finland."))
    assert not any(s == "NOR" and t == "RUS" for _, s, t in found)


def test_leader_of_a_led_act_is_its_doer(analyzer):
    events = _events(analyzer, "Saudi-led airstrikes hit Yemeni villages on Sunday.")
    assault = [e for e in events if e.plover_type == "ASSAULT"]
    assert assault and assault[0].source.country == "SAU"
    assert assault[0].target is not None and assault[0].target.country == "YEM"
    # backed is not led: the backer is no doer by syntax (a side the order-based fallback may add says so)
    events = _events(analyzer, "Iranian-backed militias attacked a Kurdish base.")
    assert not any(
        e.plover_type == "ASSAULT"
        and e.source is not None
        and e.source.country == "IRN"
        and e.source_span.get("how") != fallback.MARK
        for e in events
    )


def test_addressee_is_asked_when_the_demanded_clause_names_no_party(analyzer):
    found = _pairs(_events(analyzer, "The Turkish president told his Russian counterpart that the corridor must stay open."))
    assert ("REQUEST", "TUR", "RUS") in found
    # a party named in the demanded clause is the one asked, not the listener
    found = _pairs(_events(analyzer, "The Greek minister told French reporters that Turkey must withdraw its ships."))
    assert ("REQUEST", "GRC", "TUR") in found
    assert ("REQUEST", "GRC", "FRA") not in found


def test_act_noun_as_subject_of_its_effect_touches_the_object(analyzer):
    events = _events(analyzer, "Israeli shelling damaged a Lebanese army post near the border.")
    assert ("ASSAULT", "ISR", "LBN") in _pairs(events)
    # a cooperative act's subject noun does not take the verb's object as its target
    found = _pairs(_events(analyzer, "Chinese aid reached Pakistani flood victims."))
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_subjunctive_demand_asks_the_subject_of_its_clause(analyzer):
    events = _events(analyzer, "Argentina demanded that Britain return the islands.")
    assert ("REQUEST", "ARG", "GBR") in _pairs(events)
    # the demanded act is not told as done
    assert not any(e.plover_type == "RETREAT" and e.factuality == "asserted" for e in events)
    # an indicative "that" clause is no demand on its subject
    found = _pairs(_events(analyzer, "Argentina insisted that Britain had returned the islands."))
    assert ("REQUEST", "ARG", "GBR") not in found


def test_released_people_of_another_party_are_the_target_not_a_force_sent(analyzer):
    found = _pairs(_events(analyzer, "Ethiopia released 200 Eritrean prisoners on Tuesday."))
    assert ("RETREAT", "ETH", "ERI") in found
    # the actor's own troops stay what is withdrawn
    events = _events(analyzer, "Germany withdrew its troops from Mali.")
    assert ("RETREAT", "DEU", "MLI") in _pairs(events)


def test_coordinated_demonyms_make_a_group_of_each_country(analyzer):
    found = _pairs(_events(analyzer, "The Bolivian president met Peruvian and Chilean leaders on Tuesday."))
    assert ("CONSULT", "BOL", "PER") in found and ("CONSULT", "BOL", "CHL") in found
    found = _pairs(_events(analyzer, "Israeli and Palestinian negotiators met in Cairo."))
    assert ("CONSULT", "ISR", "PSE") in found or ("CONSULT", "PSE", "ISR") in found


def test_people_fought_with_are_the_other_side_not_an_instrument(analyzer):
    events = _events(analyzer, "Sudanese army forces clashed with rebels of the SPLA near Juba.")
    fight = [e for e in events if e.plover_type == "ASSAULT"]
    assert fight and fight[0].source.country == "SDN" and "rebels" in fight[0].target_span["text"]
    # a weapon stays an instrument
    events = _events(analyzer, "Kenyan police attacked Somali protesters with tear gas.")
    assert all("gas" not in (e.target_span or {}).get("text", "") for e in events)


def test_group_from_a_country_is_of_that_country(analyzer):
    events = _events(analyzer, "Troops from Chad launched an offensive against Boko Haram.")
    assert any(e.plover_type == "ASSAULT" and e.source.country == "TCD" for e in events)


def test_adjunct_before_the_subject_is_the_subjects_act(analyzer):
    found = _pairs(_events(analyzer, "After meeting Iraqi officials, the Kuwaiti minister praised Baghdad."))
    assert ("CONSULT", "KWT", "IRQ") in found
    found = _pairs(_events(analyzer, "The Dutch king spoke after meeting Belgian ministers."))
    assert ("CONSULT", "NLD", "BEL") in found


def test_from_phrase_of_a_noun_event_is_its_doer(analyzer):
    found = _pairs(_events(analyzer, "Kenya faced criticism from Uganda over the border closure."))
    assert ("ACCUSE", "UGA", "KEN") in found and ("ACCUSE", "KEN", "UGA") not in found
    events = _events(analyzer, "Kosovo police arrested a Serbian official, prompting protests from Belgrade.")
    # a state's protest is coded ACCUSE (retype.yaml: diplomatic protest); what is tested here is its doer
    assert any(e.plover_type in ("PROTEST", "ACCUSE") and e.source is not None and e.source.country == "SRB" for e in events)
    # a withdrawal's "from" is the place left, not its doer
    events = _events(analyzer, "Germany's withdrawal from Mali began in May.")
    assert not any(e.plover_type == "RETREAT" and e.source is not None and e.source.country == "MLI" for e in events)


def test_a_spokesperson_for_a_party_speaks_for_it(analyzer):
    events = _events(analyzer, "A spokesman for the Chinese foreign ministry criticised Japan's decision.")
    acc = [e for e in events if e.plover_type == "ACCUSE"]
    assert acc and acc[0].source.country == "CHN" and "ministry" in acc[0].source_span["text"]
    # an envoy "for" a country is not of that country
    events = _events(analyzer, "The UN envoy for Syria met Russian officials.")
    assert not any(e.source is not None and e.source.country == "SYR" for e in events)


def test_a_clash_between_coordinated_sides_is_reciprocal(analyzer):
    events = _events(analyzer, "Chinese and Indian troops clashed in the Himalayas.")
    fight = [e for e in events if e.plover_type == "ASSAULT"]
    assert fight and {fight[0].source.country, fight[0].target.country} == {"CHN", "IND"}
    assert fight[0].symmetric


def test_effect_verbs_only_give_an_assault_noun_its_target(analyzer):
    # "could add" is no effect on people: the war's target stays the party it is fought against
    found = _pairs(_events(analyzer, "Russia's war against Ukraine could add millions of Egyptians to the hungry."))
    assert not any(t == "ASSAULT" and tgt == "EGY" for t, _, tgt in found)


def test_adjunct_of_thanks_is_the_thanked_partys_act(analyzer):
    events = _events(analyzer, "Canada thanked Ghana for its stance in condemning Russia's invasion.")
    acc = [e for e in events if e.plover_type == "ACCUSE" and e.target is not None and e.target.country == "RUS"]
    assert not any(e.source.country == "CAN" for e in acc)
