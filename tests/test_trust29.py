"""Twenty-eighth session: wire-news classes found by coding the leads of the PLOVER development stories and the
GSR tuning half (a government's measure on a place of its own country, curfews imposed). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, one

DAY = "2003-05-12"


@pytest.mark.parametrize(
    ("text", "ptype", "source", "place"),
    [
        ("Sudan lifted the curfew in Khartoum on Monday.", "CONCEDE", "SDN", "Khartoum"),
        ("Nepal's government eased the curfew imposed in Kathmandu.", "CONCEDE", "NPL", "Kathmandu"),
        ("Burmese troops shelled Mandalay.", "ASSAULT", "MMR", "Mandalay"),
    ],
)
def test_a_measure_on_a_place_of_ones_own_country_is_done_to_its_people(analyzer, text, ptype, source, place):
    """(h28domestic) The place stands for the people there, a domestic event (PLOVER codes those); before, the place
    resolved to the doer's own state, one party with it, and the event was lost or named the state as its target."""
    event = one(coded_events(analyzer, text, DAY), ptype)
    assert event.source.country == source and event.target is not None, (event.source, event.target)
    assert event.target.country == source and event.target.actor_id == f"{source}.CVL", event.target
    assert place in event.target.name, event.target.name


def test_a_foreign_place_stays_its_state(analyzer):
    """The counter-case: the place of another country is that country's (as before)."""
    event = one(coded_events(analyzer, "Israel imposed a curfew on Hebron.", DAY), "COERCE")
    assert (event.source.country, event.target.country) == ("ISR", "PSE"), (event.source, event.target)
    assert not event.target.actor_id.endswith(".CVL"), event.target


@pytest.mark.parametrize(
    "text",
    [
        "The army chief lifted the curfew in the old quarter of Algiers after the funeral.",  # no country for the place
        "Palestinian gunmen attacked settlers in the current Palestinian uprising.",  # an adjective names no place
    ],
)
def test_no_people_of_a_place_without_a_place_acted_on(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.target is not None and e.target.name.startswith("people of Palestinian") for e in events), [
        (e.plover_type, e.target) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israel imposed a curfew on Hebron.", "PSE"),
        ("The Indian army extended the curfew in Srinagar.", "IND"),
    ],
)
def test_a_curfew_imposed_is_coercion(analyzer, text, target):
    """(h28domestic) "imposed/extended a curfew in X" is COERCE (CAMEO 1723) by the verb's subject; the noun alone
    had no doer."""
    event = one(coded_events(analyzer, text, DAY), "COERCE")
    assert event.cameo_code == "172" and event.target is not None and event.target.country == target, (
        event.cameo_code,
        event.target,
    )


def test_a_participle_that_does_not_impose_names_no_place(analyzer):
    """ "a doctor based in Martinsville": where the object lives is not where a sentence is imposed."""
    events = coded_events(analyzer, "A federal judge sentenced a doctor based in Martinsville, Virginia to prison.", DAY)
    assert not any(e.target is not None and "Martinsville" in e.target.name for e in events), [
        (e.plover_type, e.target) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Biden attacked Trump for the tweet.",  # a person is no place
        "We will press Russia until its brutal aggression against Ukraine comes to a halt, and Ukraine will resist.",
        "The Libyan ambassador to Greece was expelled by Athens.",  # "to Greece" is his post, no place acted on
    ],
)
def test_people_of_a_place_only_for_a_place_acted_on(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.target is not None and e.target.name.startswith("people of") for e in events), [
        (e.plover_type, e.source, e.target) for e in events
    ]


def test_ethnic_people_live_where_the_sentence_places_them(analyzer):
    """(h28ethnic) "ethnic Albanians" with no "in X" right after them take the one other country an "in" phrase of
    the sentence names (the wire's convention, as "ethnic Albanians in Macedonia"); not Albania."""
    event = one(
        coded_events(analyzer, "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.", DAY), "ASSAULT"
    )
    assert event.target is not None and event.target.country == "SRB", event.target


def test_a_possessor_after_in_is_no_place_of_residence(analyzer):
    """The counter-case: "killed in Russia's assault on Mariupol" does not make ethnic Greeks Russia's people."""
    events = coded_events(
        analyzer, "The Secretary expressed his condolences for ethnic Greeks killed in Russia's brutal assault on Mariupol.", DAY
    )
    assert not any(e.target is not None and e.target.country == "RUS" and e.plover_type == "SUPPORT" for e in events), [
        (e.plover_type, e.target) for e in events
    ]


def test_a_gun_battle_is_a_fight(analyzer):
    """(h28battle) "a gun battle with X" is ASSAULT; "a legal battle" is none (battle needs its modifier)."""
    event = one(coded_events(analyzer, "Two Indian soldiers died in a gun battle with Pakistani troops.", DAY), "ASSAULT")
    assert {event.source.country, event.target.country} == {"IND", "PAK"}, (event.source, event.target)
    assert not coded_events(analyzer, "Microsoft lost a legal battle with the European Commission.", DAY)


def test_a_us_led_act_is_the_leaders(analyzer):
    """(h28led) "U.S.-led" is split as "Saudi-led" is: the leader is the party ("condemned the U.S.-led strikes on
    Afghanistan" is aimed at the United States; "U.S.-led troops" are the United States')."""
    event = one(coded_events(analyzer, "Pakistan condemned the U.S.-led strikes on Afghanistan.", DAY), "ACCUSE")
    assert event.target is not None and event.target.country == "USA", event.target
    event = one(coded_events(analyzer, "U.S.-led troops killed 12 insurgents in Iraq.", DAY), "ASSAULT")
    assert event.source.country == "USA", event.source


def test_other_abbreviation_participles_stay_one_token(analyzer):
    """The counter-case: "U.S.-based" and "U.S.-funded" keep the one token (a base or a funder, no leader)."""
    doc = analyzer.nlp("A U.S.-based charity ran U.S.-funded programs and joined the U.S.-led coalition.")
    words = [t.text for t in doc]
    assert "U.S.-based" in words and "U.S.-funded" in words and "U.S.-led" not in words, words


@pytest.mark.parametrize(
    ("text", "ptype", "pair"),
    [
        ("NATO warplanes pounded targets across Yugoslavia for the 19th straight night.", "ASSAULT", (None, "SRB")),
        ("Gunmen gunned down a Pakistani diplomat in Kabul.", "ASSAULT", (None, "PAK")),
        ("The army recaptured Kidal from Tuareg rebels.", "COERCE", (None, "MLI")),
    ],
)
def test_wire_verbs_of_force(analyzer, text, ptype, pair):
    """(h28verbs) "pounded", "gunned down", "recaptured": verbs of force the lists lacked."""
    event = one(coded_events(analyzer, text, DAY), ptype)
    assert event.target is not None and event.target.country == pair[1], event.target


def test_a_verb_of_force_needs_its_sense(analyzer):
    """The counter-cases: "gun" without "down" and a thing that "pounded" are no events."""
    assert not coded_events(analyzer, "Police said the gun was found near the border with Pakistan.", DAY)
    assert not coded_events(analyzer, "Oil prices pounded the rupee.", DAY)


@pytest.mark.parametrize(
    "text",
    [
        # an aim, no act done: the back-off paired NATO with "retake"
        "In light of Ukraine's doctrinal policy which explicitly states its goal to retake Crimea by force, the "
        "admission of that country to NATO is fraught with dire consequences.",
        # a participle hung on what was done to it, with no "by" agent: no doer to guess
        "Costs continue to climb: 13 million Ukrainians forced to flee their homes; historic cities pounded into rubble.",
        "But of course, we are aware of a U.S. citizen sentenced in Russia.",
    ],
)
def test_the_back_off_guesses_no_doer_for_an_unowned_act(analyzer, text):
    """(h28unowned) When the sentence's act word names no doer at its place, the sentence back-off pairs nothing."""
    events = coded_events(analyzer, text, DAY)
    assert not [e for e in events if e.source is not None and e.target is not None], [
        (e.source, e.plover_type, e.target) for e in events
    ]


def test_a_participle_with_its_agent_still_backs_off(analyzer):
    """The counter-case: "a U.S. citizen sentenced by a Russian court" names the doer."""
    events = coded_events(analyzer, "We are aware of a U.S. citizen sentenced by a Russian court.", DAY)
    assert any(e.source is not None and e.source.country == "RUS" for e in events), [
        (e.source, e.plover_type, e.target) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "ptype", "pair"),
    [
        ("The last Syrian troops left Lebanon on Tuesday, ending a 29-year military presence.", "RETREAT", ("SYR", "LBN")),
        ("U.S. troops took control of central Baghdad.", "COERCE", ("USA", "IRQ")),
        ("Israeli tanks rolled into Bethlehem on Tuesday.", "MOBILIZE", ("ISR", "PSE")),
    ],
)
def test_forces_leaving_entering_and_taking_a_place(analyzer, text, ptype, pair):
    """(h28forces) troops leaving a country withdraw from it; taking control of a place seizes it; (h28region) a place
    of the knowledge base is a place whatever the entity tagger calls it."""
    event = one(coded_events(analyzer, text, DAY), ptype)
    assert (event.source.country, event.target.country if event.target else None) == pair, (event.source, event.target)


def test_people_leaving_a_place_do_not_withdraw(analyzer):
    """The counter-case: officials leaving a capital, a government taking control of the economy: no event."""
    assert not coded_events(analyzer, "Iraqi officials left Washington on Monday.", DAY)
    assert not coded_events(analyzer, "The government took control of the economy.", DAY)


def test_a_group_of_coordinated_countries_is_named_by_each(analyzer):
    """(h28names) "Israeli and Palestinian leaders": the Israeli side is named "Israeli leaders", not twice
    "Palestinian leaders" (the country was right before; the name an analyst reads was not)."""
    events = coded_events(analyzer, "President Clinton brokered a truce between Israeli and Palestinian leaders.", DAY)
    names = {e.target.country: e.target.name for e in events if e.target is not None}
    assert names.get("ISR") == "Israeli leaders" and names.get("PSE") == "Palestinian leaders", names


def test_troops_landing_and_documents_handed_over(analyzer):
    """(h28forces) troops landing in a country deploy there; a declaration handed over is communication, no
    extradition."""
    event = one(coded_events(analyzer, "U.S. troops landed in Haiti without opposition.", DAY), "MOBILIZE")
    assert event.target is not None and event.target.country == "HTI", event.target
    events = coded_events(analyzer, "Iraq handed over its weapons declaration to U.N. inspectors in Baghdad.", DAY)
    assert one(events, "CONSULT") and not [e for e in events if e.plover_type == "COERCE"], [
        (e.plover_type, e.trigger) for e in events
    ]
    assert not coded_events(analyzer, "The plane landed in Paris.", DAY)


def test_forces_loyal_to_a_leader_are_his_and_no_support(analyzer):
    """(h28loyal) "forces loyal to X" tell whose forces they are: no SUPPORT event, and X's country for the forces."""
    events = coded_events(analyzer, "Forces loyal to Libyan leader Moammar Gadhafi shelled Misrata.", DAY)
    assert not [e for e in events if e.plover_type == "SUPPORT"], [(e.plover_type, e.trigger) for e in events]
    assert one(events, "ASSAULT").source.country == "LBY"
    assert one(coded_events(analyzer, "Pakistan remained loyal to the United States.", DAY), "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "A truck bomb devastated the U.N. headquarters in Baghdad, killing the U.N. envoy Sergio Vieira de Mello.",
        "A truck bomb ripped through the U.N. headquarters in Baghdad, killing the U.N. envoy Sergio Vieira de Mello.",
    ],
)
def test_a_bomb_that_struck_a_building_has_unnamed_attackers(analyzer, text):
    """(h28struck) The place a weapon struck is in its verb's object ("the U.N. headquarters in Baghdad"): the
    attackers are the unidentified ones of Iraq, not the United Nations the back-off took by order."""
    event = one(coded_events(analyzer, text, DAY), "ASSAULT")
    assert event.source is not None and event.source.country == "IRQ" and "unidentified" in event.source.name, event.source


def test_the_region_of_a_named_place_is_that_place(analyzer):
    """(h28regionof) "an assault on the breakaway region of South Ossetia" names South Ossetia (the back-off had
    paired Russia from "prompting a Russian military response"); "the situation in the region" stays a topic."""
    event = one(
        coded_events(
            analyzer,
            "Georgian forces launched an assault on the breakaway region of South Ossetia, prompting a Russian military response.",
            DAY,
        ),
        "ASSAULT",
    )
    assert event.target is not None and event.target.country == "GEO", event.target
    assert not coded_events(analyzer, "They discussed the situation in the region.", DAY)


def test_a_place_found_twice_is_one_target(analyzer):
    """(h28domestic) a place read by two phrases gives one event, with the people of the place."""
    events = [
        e
        for e in coded_events(analyzer, "Georgian forces launched an assault on South Ossetia.", DAY)
        if e.plover_type == "ASSAULT"
    ]
    assert len(events) == 1 and events[0].target.name == "people of South Ossetia", [(e.target.name) for e in events]
