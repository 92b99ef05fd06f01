"""Twenty-second session: names written with a typographic apostrophe ("the People’s Republic of China", "the
Democratic People’s Republic of Korea") are the knowledge base's names, and a word of such a name ("People") is no
group of people; where a visitor comes from ("visiting us from Belarus", "arrived in Moscow from Pakistan") is no party
visited. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventkit import mention, mentions, triples_in

DAY = "2022-06-01"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
@pytest.mark.parametrize(
    ("name", "country"),
    [("People{a}s Republic of China", "CHN"), ("Democratic People{a}s Republic of Korea", "PRK")],
)
def test_a_state_named_with_either_apostrophe_is_that_state(analyzer, apostrophe, name, country):
    full = name.format(a=apostrophe)
    ms = mentions(analyzer, f"Japan criticized the {full} on Tuesday.", published=DAY)
    m = mention(ms, "Republic")
    assert (m.country, m.text) == (country, full), [(x.text, x.country) for x in ms]
    assert not any(x.text == "People" for x in ms), [(x.text, x.role) for x in ms]


def test_the_dprk_is_not_south_korea_when_its_name_has_a_curly_apostrophe(analyzer):
    text = "The United States condemned the Democratic People\u2019s Republic of Korea (DPRK)\u2019s missile launches."
    assert ("ACCUSE", "USA", "PRK") in triples_in(analyzer, text, date=DAY)
    assert not any("KOR" in t for t in triples_in(analyzer, text, date=DAY))


def test_a_group_word_outside_a_name_is_still_a_group(analyzer):
    ms = mentions(analyzer, "Chinese people protested against Japan.", published=DAY)
    assert mention(ms, "people").country == "CHN"


@pytest.mark.parametrize(
    ("text", "host", "origins"),
    [
        ("A Pakistani delegation arrived in Moscow from Islamabad on Monday.", "RUS", set()),
        ("A delegation arrived in Moscow from Pakistan on Monday.", "RUS", {"PAK"}),
        ("The minister travelled to India from Japan for talks.", "IND", {"JPN"}),
    ],
)
def test_where_a_visitor_comes_from_is_no_party_visited(analyzer, text, host, origins):
    found = triples_in(analyzer, text, date=DAY)
    targets = {t for ptype, _, t in found if ptype == "CONSULT"}
    assert host in targets, found
    assert not targets & origins, found


def test_journalists_visiting_from_abroad_visit_no_origin(analyzer):
    text = "We are pleased to welcome five journalists visiting us from Belarus and Ukraine."
    found = triples_in(analyzer, text, date=DAY)
    assert not {t for _, _, t in found} & {"BLR", "UKR"}, found


CALL = "Secretary of State Marco Rubio spoke with Pakistani Prime Minister Shehbaz Sharif on Monday. "
WEDNESDAY = "2025-04-09"  # the Monday before is 2025-04-07


def _dated(analyzer, text: str, ptype: str):
    from eventkit import coded_events, one

    e = one(coded_events(analyzer, text, WEDNESDAY), ptype)
    return e.date, e.date_precision


@pytest.mark.parametrize(
    "told",
    [
        "Rubio emphasised cooperation with Pakistan on law enforcement and illegal immigration.",
        "The Secretary urged Pakistan to release the detained Americans.",
    ],
)
def test_an_act_told_in_the_past_after_a_dated_call_is_of_the_call(analyzer, told):
    assert _dated(analyzer, CALL + told, "REQUEST") == ("2025-04-07", "day")


@pytest.mark.parametrize(
    "told",
    [
        "The United States urges Pakistan to release the detained Americans.",  # the speaker's own present
        "The United States has urged Pakistan to release the detained Americans.",  # perfect: background
    ],
)
def test_an_act_told_in_the_present_or_perfect_after_a_dated_call_is_not_of_the_call(analyzer, told):
    assert _dated(analyzer, CALL + told, "REQUEST") == (WEDNESDAY, "publication")


def test_a_meeting_named_by_a_noun_lends_no_date_to_what_follows(analyzer):
    text = (
        "Vladimir Putin thanked Narendra Modi for the hospitality during the visit to New Delhi on December 6. "
        "Putin urged India to expand trade with Russia."
    )
    from eventkit import coded_events, one

    e = one(coded_events(analyzer, text, "2021-12-20"), "REQUEST")
    assert (e.date, e.date_precision) == ("2021-12-20", "publication")


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin and Alexander Lukashenko had a telephone conversation ahead of the Day of Unity, marked on April 2.",
        "Putin congratulated Lukashenko on the Day of Unity, celebrated on April 2.",
    ],
)
def test_a_date_in_a_participle_after_the_act_is_not_the_acts(analyzer, text):
    from eventkit import coded_events

    events = [e for e in coded_events(analyzer, text, "2022-04-01") if e.target is not None]
    assert events and all(e.date == "2022-04-01" for e in events), [(e.plover_type, e.date) for e in events]


def test_the_acts_own_date_stays_beside_a_participle(analyzer):
    from eventkit import coded_events, one

    e = one(coded_events(analyzer, "Putin met Lukashenko on March 2, accompanied by ministers.", "2022-04-01"), "CONSULT")
    assert (e.date, e.date_precision) == ("2022-03-02", "day")


def _event(analyzer, text: str, published: str, ptype: str):
    from eventkit import coded_events, one

    return one(coded_events(analyzer, text, published), ptype)


def test_a_trip_told_in_the_present_with_a_date_ahead_is_planned(analyzer):
    e = _event(analyzer, "Assistant Secretary Robinson is traveling to Riga, Latvia April 3-5.", "2022-04-01", "CONSULT")
    assert (e.factuality, e.date) == ("planned", "2022-04-03")


@pytest.mark.parametrize(
    ("text", "published", "ptype"),
    [
        (
            "On behalf of the United States of America, I send my best wishes to the Maldivian people on their "
            "Independence Day on July 26.",
            "2022-07-25",
            "SUPPORT",
        ),
        ("The United States reiterated its support for the Syrian people and for UNSC Resolution 2254.", "2022-05-13", "SUPPORT"),
    ],
)
def test_what_happened_is_never_dated_after_its_telling(analyzer, text, published, ptype):
    e = _event(analyzer, text, published, ptype)
    assert e.factuality == "asserted"
    assert (e.date, e.date_precision) == (published, "publication")


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Secretary Blinken is going to travel to Israel and Morocco.", "CONSULT"),
        ("The United States is going to impose sanctions on Russia.", "SANCTION"),
    ],
)
def test_going_to_is_a_plan(analyzer, text, ptype):
    assert _event(analyzer, text, "2022-03-20", ptype).factuality == "planned"


@pytest.mark.parametrize("lead", ["lead up", "lead-up", "run-up"])
def test_the_lead_up_to_a_summit_is_a_time_not_a_party(analyzer, lead):
    text = (
        "Secretary Blinken and Foreign Minister Cavusoglu of Turkey discussed the importance of NATO unity in the "
        f"{lead} to the NATO Summit in Madrid."
    )
    found = triples_in(analyzer, text, date=DAY)
    assert ("CONSULT", "USA", "TUR") in found or ("CONSULT", "TUR", "USA") in found, found
    assert not any(t[2] is None and t[0] == "CONSULT" for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Despite what we heard in the run-up to this war, this war is nothing more than a war of territorial conquest.",
        "Both sides emphasized the importance of delivering on existing commitments in the lead-up to COP 27.",
        "You know how to get in touch with us if you have questions in the lead-up to or during the trip.",
        "What is very powerful in the meeting today, in work that was done in the lead-up to this meeting including by "
        "Panama and Foreign Minister Mouynes, is building on that shared – sense of shared responsibility.",
    ],
)
def test_the_lead_up_repair_never_breaks_a_parse(analyzer, text):
    from eventkit import coded_events

    coded_events(analyzer, text, DAY)  # a cycle in the tree would raise in spaCy


@pytest.mark.parametrize(
    ("text", "owner", "other"),
    [
        ("China strongly opposed the U.S. arms sale to Taiwan.", "USA", "TWN"),
        ("The United States condemned Russia's destructive cyber activities against Ukraine.", "RUS", "UKR"),
    ],
)
def test_a_judged_thing_is_its_owners_not_its_receivers(analyzer, text, owner, other):
    found = triples_in(analyzer, text, date=DAY)
    targets = {t for p, _, t in found if p == "ACCUSE"}
    assert owner in targets and other not in targets, found


def test_two_judged_parties_stay_two(analyzer):
    found = triples_in(analyzer, "Japan condemned North Korea and China.", date=DAY)
    assert {("ACCUSE", "JPN", "PRK"), ("ACCUSE", "JPN", "CHN")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "The strategic partnership between Russia and Brazil includes many diverse areas.",
        "Ours is an overarching partnership of strategic nature between Russia and China.",
        "Russia has allied, even fraternal, relations with Kazakhstan.",
        "The United States has a robust partnership with Bangladesh.",
    ],
)
def test_a_relationship_described_is_no_act_of_cooperation(analyzer, text):
    found = triples_in(analyzer, text, date=DAY)
    assert not any(p == "COOPERATE" for p, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and China agreed to strengthen their strategic partnership.", ("RUS", "CHN")),
        ("The United States and India launched a new partnership on clean energy.", ("USA", "IND")),
    ],
)
def test_a_partnership_made_or_strengthened_is_still_cooperation(analyzer, text, pair):
    found = triples_in(analyzer, text, date=DAY)
    assert any(p == "COOPERATE" and {s, t} == set(pair) for p, s, t in found), found


def test_whom_one_fights_alongside_is_no_target(analyzer):
    found = triples_in(analyzer, "Hundreds of Americans are fighting alongside the Ukrainians.", date=DAY)
    assert not any(t == "UKR" for _, _, t in found), found


def test_he_in_a_speakers_turn_is_never_the_speaker(analyzer):
    from eventkit import coded_events

    text = (
        "President of Russia Vladimir Putin: Good afternoon. We held talks today.\n\n"
        "President of France Emmanuel Macron (retranslated): I have also received detailed explanations from President "
        "Putin regarding the draft laws. He thanked France for its mediation."
    )
    events = coded_events(analyzer, text, "2022-02-08", url="http://en.kremlin.ru/events/president/news/67735")
    said = [e for e in events if e.trigger == "thanked"]
    assert said and all(e.source is not None and e.source.country == "RUS" for e in said), [(e.source, e.target) for e in said]


def test_who_believes_is_no_side_of_what_is_believed(analyzer):
    from eventkit import coded_events

    text = (
        "MR PRICE: We believe that the Taliban should respond to the Afghan people whose rights the Taliban have "
        "pledged, once again, publicly to respect."
    )
    url = "https://www.state.gov/briefings/department-press-briefing-february-8-2022/"
    events = coded_events(analyzer, text, "2022-02-08", url=url)
    assert not any(e.target is not None and e.target.country == "USA" for e in events), [(e.source, e.target) for e in events]


def test_a_setting_with_its_dates_places_the_countryless_groups_met(analyzer):
    text = (
        "In Pretoria, he will lead the U.S. delegation to the U.S.-South Africa Strategic Dialogue. In the Democratic "
        "Republic of the Congo on August 9-10, the Secretary will meet with senior DRC government officials and members "
        "of civil society."
    )
    ms = mentions(analyzer, text, published=DAY)
    assert mention(ms, "civil society").country == "COD", [(m.text, m.country) for m in ms]
