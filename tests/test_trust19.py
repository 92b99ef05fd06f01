"""Classes read in the tenth hand audit's "wrong trigger sense" (eighteenth session): a verb of threat whose subject is
a thing endangers and makes no threat ("the base could threaten Cambodia's autonomy", "weapons systems that threaten
Russia"), while an actor's threat keeps its event; "step" is a retreat or a resignation only with its particle ("step
down", "step back"), not in "stepping up with more troops". Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples

DAY = "2023-03-15"


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese naval base could threaten Cambodia's autonomy.",
        "NATO is deploying weapons systems that threaten Russia.",
        "Russia's aggression threatens European security.",
        "The new pipeline would endanger Ukraine's energy security, the minister said.",
        "Deploying missiles in Cuba would threaten the United States.",
    ],
)
def test_a_thing_that_endangers_makes_no_threat(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "THREATEN" for e in events), triples(events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("North Korea threatened Japan with a nuclear strike.", "PRK", "JPN"),
        ("Officials in Tehran threatened Israel with retaliation.", "IRN", "ISR"),
        ("Iran, which threatened Israel last week, denied the report.", "IRN", "ISR"),
        ("The Russian army threatened to shell Ukrainian positions near Kharkiv.", "RUS", "UKR"),
        ("The Security Council resolution threatens Iraq with serious consequences.", "IGO", "IRQ"),
        ("The American fleet threatened military action against Libya.", "USA", "LBY"),
    ],
)
def test_an_actor_that_threatens_keeps_its_threat(analyzer, text, source, target):
    found = {(e.plover_type, _code(e.source), _code(e.target)) for e in coded_events(analyzer, text, DAY)}
    assert ("THREATEN", source, target) in found, found


def _code(party) -> str | None:
    """A side's country, or "IGO" for an international body's."""
    if party is None:
        return None
    return party.country or ("IGO" if party.sector == "IGO" else None)


@pytest.mark.parametrize(
    "text",
    [
        "The United States is stepping up with more troops in Poland.",
        "Turkey stepped in to mediate between Russia and Ukraine.",
        "Japan took a step forward in its talks with South Korea.",
    ],
)
def test_step_without_its_particle_is_no_retreat(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "RETREAT" for e in events), triples(events)


def test_stepping_up_pressure_stays_a_request(analyzer):
    found = triples(coded_events(analyzer, "The United States stepped up pressure on Iran.", DAY))
    assert ("REQUEST", "USA", "IRN") in found, found


def test_stepping_back_from_a_position_abroad_is_a_retreat(analyzer):
    found = triples(coded_events(analyzer, "Russian forces stepped back from the border with Ukraine on Monday.", DAY))
    assert any(ty == "RETREAT" and s == "RUS" for ty, s, _t in found), found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Colombia is hosting nearly two million Venezuelan migrants.", "COL", "VEN"),
        ("Poland welcomed thousands of Ukrainian refugees last month.", "POL", "UKR"),
        ("Turkey hosts the largest number of Syrian refugees in the world.", "TUR", "SYR"),
    ],
)
def test_hosting_refugees_is_asylum_not_a_visit(analyzer, text, source, target):
    events = coded_events(analyzer, text, DAY)
    found = triples(events)
    assert ("AID", source, target) in found and not any(ty in ("CONSULT", "SUPPORT") for ty, _s, _t in found), found


def test_hosting_a_leader_is_still_a_visit(analyzer):
    found = triples(coded_events(analyzer, "Vladimir Putin hosted Recep Tayyip Erdogan in Sochi.", DAY))
    assert ("CONSULT", "RUS", "TUR") in found, found


def test_asylum_seekers_are_people_not_an_act(analyzer):
    events = coded_events(analyzer, "Two asylum seekers from Iran were detained by Greek police.", DAY)
    assert not any(e.plover_type == "AID" for e in events), triples(events)
    assert ("COERCE", "GRC", "IRN") in triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The president held an election rally in Ankara attended by supporters of Erdogan.",
        "Erdogan addressed a rally of his supporters in Istanbul.",
        "The opposition candidate spoke at a campaign rally in Yerevan.",
    ],
)
def test_a_campaign_rally_is_no_protest(analyzer, text):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "PROTEST" for e in events), triples(events)


def test_a_rally_against_a_party_is_a_protest(analyzer):
    found = triples(coded_events(analyzer, "Armenian protesters held a rally against Azerbaijan in Yerevan.", DAY))
    assert any(ty == "PROTEST" and s == "ARM" for ty, s, _t in found), found


def test_an_all_capital_turn_cue_is_the_person_the_heading_names(analyzer):
    """ "PRESIDENT PETRAUSKAS:" in a State Department transcript whose heading names "Lithuanian President Jonas
    Petrauskas": the turn's "we" is Lithuania, not the issuing government (the cue alone names no known actor)."""
    text = (
        "Secretary Antony J. Blinken and Lithuanian President Jonas Petrauskas Before Their Meeting\n\n"
        "SECRETARY BLINKEN: Thank you, Mr. President. It is good to be in Vilnius.\n\n"
        "PRESIDENT PETRAUSKAS: Dear Secretary, welcome. We condemn Russia's invasion of Ukraine.\n\n"
        "SECRETARY BLINKEN: We condemn Russia's war too."
    )
    url = "https://www.state.gov/secretary-blinken-and-lithuanian-president-remarks/"
    found = triples(coded_events(analyzer, text, DAY, url=url))
    assert ("ACCUSE", "LTU", "RUS") in found and ("ACCUSE", "USA", "RUS") in found, found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Students in Tehran protested outside the British embassy.", "IRN", "GBR"),
        ("Hundreds of Serbs demonstrated in front of the U.S. embassy in Belgrade.", "SRB", "USA"),
        ("Thousands of Ukrainians rallied outside the Russian consulate in Kharkiv on Sunday.", "UKR", "RUS"),
    ],
)
def test_a_protest_at_an_embassy_is_aimed_at_its_country(analyzer, text, source, target):
    found = triples(coded_events(analyzer, text, DAY))
    assert ("PROTEST", source, target) in found, found


def test_a_protest_at_the_protesters_own_embassy_has_no_target_from_it(analyzer):
    found = triples(coded_events(analyzer, "Russians protested outside their own embassy in Berlin.", DAY))
    assert ("PROTEST", "RUS", "RUS") not in found and ("PROTEST", "RUS", "DEU") not in found, found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Demonstrators in Seoul burned an effigy of the Japanese prime minister.", "KOR", "JPN"),
        ("Iranian students burned Israeli flags in Tehran.", "IRN", "ISR"),
    ],
)
def test_burning_a_partys_symbol_is_a_protest_against_it(analyzer, text, source, target):
    found = triples(coded_events(analyzer, text, DAY))
    assert ("PROTEST", source, target) in found, found


def test_burning_without_a_symbol_is_no_protest(analyzer):
    events = coded_events(analyzer, "Firefighters in Greece burned dry brush near the Turkish border.", DAY)
    assert not any(e.plover_type == "PROTEST" for e in events), triples(events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("A suicide bomber killed 12 Iraqi soldiers in Mosul.", "IRQ", "IRQ"),
        ("A sniper wounded two Kenyan policemen in Nairobi on Monday.", "KEN", "KEN"),
    ],
)
def test_an_unnamed_attacker_is_of_the_place_of_the_attack(analyzer, text, source, target):
    events = coded_events(analyzer, text, DAY)
    found = triples(events)
    assert ("ASSAULT", source, target) in found, found
    assert any(e.source is not None and e.source.sector == "UAF" for e in events)


def test_a_named_attacker_keeps_its_own_country(analyzer):
    found = triples(coded_events(analyzer, "Russian snipers killed three Ukrainian soldiers near Bakhmut.", DAY))
    assert ("ASSAULT", "RUS", "UKR") in found, found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Secretary Blinken and Foreign Minister Kuleba met in Poland.", "USA", "UKR"),
        ("Secretary Blinken and German Foreign Minister Baerbock agreed to coordinate sanctions.", "USA", "DEU"),
        ("Deputy Secretary Sherman and Lithuanian Foreign Minister Landsbergis discussed energy security.", "USA", "LTU"),
    ],
)
def test_a_titled_second_name_is_the_partner_not_an_apposition(analyzer, text, source, target):
    """The small parser hangs "Kuleba" of "X and Foreign Minister Kuleba" on X as its apposition (nlp/repair.py)."""
    found = triples(coded_events(analyzer, text, "2022-03-10"))
    assert any(s == source and t == target for _ty, s, t in found), found


def test_the_repair_leaves_a_real_apposition_alone(analyzer):
    from attache.nlp import load
    from attache.nlp.repair import title_conjuncts

    doc = load()("Antony Blinken, the Secretary of State, met Dmytro Kuleba in Warsaw.")
    heads = [(t.dep_, t.head.i) for t in doc]
    assert title_conjuncts(doc) == 0 and [(t.dep_, t.head.i) for t in doc] == heads


def test_a_name_after_a_day_is_the_verbs_subject(analyzer):
    """ "on Monday Ukraine asked": the small parser reads "Monday Ukraine" as one name under "on" (nlp/repair.py)."""
    events = coded_events(analyzer, "In 2014, Russia annexed Crimea, and on Monday Ukraine asked NATO for help.", DAY)
    asked = [e for e in events if e.plover_type == "REQUEST"]
    assert asked and all(e.source is not None and e.source.country == "UKR" for e in asked), triples(events)


def test_the_day_repair_leaves_a_possessor_alone(analyzer):
    from attache.nlp import load
    from attache.nlp.repair import day_subjects

    doc = load()("The talks on Monday Ukraine's delegation attended ended early.")
    heads = [(t.dep_, t.head.i) for t in doc]
    assert day_subjects(doc) == 0 and [(t.dep_, t.head.i) for t in doc] == heads


def test_the_by_agent_of_a_things_participle_owns_it(analyzer):
    """ "The aid provided by Japan ... was praised by India": the praise is for Japan, as for "Japan's aid"."""
    found = triples(coded_events(analyzer, "The aid provided by Japan to Sri Lanka was praised by India.", DAY))
    assert ("SUPPORT", "IND", "JPN") in found, found


STATE_READOUT = "https://www.state.gov/secretary-blinkens-meeting-with-a-foreign-minister/"


@pytest.mark.parametrize(
    "second",
    [
        "The Foreign Minister thanked the Secretary for the support of the United States.",
        "During their meeting, the Secretary and Foreign Minister signed a memorandum on nuclear cooperation.",
    ],
)
def test_a_bare_title_is_the_person_named_with_its_long_form(analyzer, second):
    """ "the Foreign Minister" after "Armenian Minister of Foreign Affairs Ararat Mirzoyan" is Mirzoyan (the "of"
    phrase qualifies the title), also as the second of two titles sharing "the"."""
    text = (
        "Secretary of State Antony J. Blinken met today with Armenian Minister of Foreign Affairs Ararat Mirzoyan in "
        "Washington. " + second
    )
    events = coded_events(analyzer, text, "2022-01-20", url=STATE_READOUT)
    later = [e for e in events if e.plover_type in ("SUPPORT", "AGREE")]
    assert any({_code(e.source), _code(e.target)} == {"USA", "ARM"} for e in later), triples(events)
    assert not any(_code(e.source) == "USA" and _code(e.target) == "USA" for e in later), triples(events)


KREMLIN = "http://en.kremlin.ru/events/president/news/67334"


def test_a_performed_thanks_is_dated_when_said_not_by_what_it_thanks_for(analyzer):
    """ "I would like to thank ... for their work during the chairmanship this year": the thanks is given as it is
    said (the publication day), the phrase of time dates the chairmanship (the eleventh audit's n56)."""
    text = (
        "I would like to thank our Kazakhstani friends for their work during Kazakhstan's chairmanship in the "
        "Eurasian Economic Union this year."
    )
    thanks = [e for e in coded_events(analyzer, text, "2021-12-10", url=KREMLIN) if e.plover_type == "SUPPORT"]
    assert thanks and all(e.date == "2021-12-10" for e in thanks), [(e.date, e.date_text) for e in thanks]


def test_a_past_wish_keeps_its_time(analyzer):
    events = coded_events(analyzer, "Last year, we wanted to thank Kazakhstan for its help.", "2021-12-10", url=KREMLIN)
    thanks = [e for e in events if e.plover_type == "SUPPORT"]
    assert thanks and all(e.date == "2020-01-01" for e in thanks), [(e.date, e.date_text) for e in thanks]
