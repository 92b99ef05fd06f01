"""Group subjects, impersonal passives and counterparts (issue 14, sixth session, last round, h14group7): each test
is one class of construction, on sentences written for the test (not taken from an evaluation file)."""

from __future__ import annotations

from test_events_arguments import _events, _pairs

MEETING = "Prime Minister Narendra Modi held talks with Chancellor Olaf Scholz in Berlin. "


def _agree(analyzer, text):
    return {(s, t) for ty, s, t in _pairs(_events(analyzer, text)) if ty == "AGREE"}


def test_head_of_a_pair_phrase_takes_the_meeting_parties(analyzer):
    for subject in ("The leaders of the two countries", "The heads of state", "The heads of the two governments"):
        found = _agree(analyzer, MEETING + subject + " agreed to deepen cooperation on renewable energy.")
        assert found & {("IND", "DEU"), ("DEU", "IND")}, (subject, found)


def test_head_of_a_named_or_qualified_group_is_left_alone(analyzer):
    # the of-phrase names its own parties or another group: not the meeting's pair
    found = _agree(analyzer, MEETING + "The leaders of the two African countries agreed to deepen cooperation.")
    assert not found & {("IND", "DEU"), ("DEU", "IND")}, found
    found = _agree(analyzer, MEETING + "The heads of the trade unions agreed to end the strike.")
    assert not found & {("IND", "DEU"), ("DEU", "IND")}, found


def test_bare_two_and_participants_take_the_meeting_parties(analyzer):
    for subject in ("The two", "The participants"):
        found = _agree(analyzer, MEETING + subject + " agreed to deepen cooperation on renewable energy.")
        assert found & {("IND", "DEU"), ("DEU", "IND")}, (subject, found)
    # nothing told together before: nothing
    found = _agree(analyzer, "Olaf Scholz praised the harvest. The participants agreed to meet again.")
    assert not any(s and t for s, t in found), found


def test_impersonal_passive_in_a_readout_takes_the_call_parties(analyzer):
    text = "Emmanuel Macron had a telephone conversation with Pedro Sanchez. It was agreed to continue contacts."
    assert _agree(analyzer, text) & {("FRA", "ESP"), ("ESP", "FRA")}
    # no call or meeting before: the agentless passive stays without sides
    text = "Emmanuel Macron praised the farmers. It was agreed to raise subsidies."
    assert not any(s and t for s, t in _agree(analyzer, text))
    # its own agent: not the call's parties
    text = "Emmanuel Macron had a telephone conversation with Pedro Sanchez. It was agreed by the cabinet to raise taxes."
    assert not _agree(analyzer, text) & {("FRA", "ESP"), ("ESP", "FRA")}


def test_other_it_subjects_are_not_the_pair(analyzer):
    text = "Emmanuel Macron had a telephone conversation with Pedro Sanchez. It agreed to sell the warships."
    assert not _agree(analyzer, text) & {("FRA", "ESP"), ("ESP", "FRA")}


def test_lone_discussant_talks_with_the_partner_of_its_meeting(analyzer):
    text = "Secretary Blinken met Foreign Minister Dmytro Kuleba in Kyiv. Blinken also discussed energy security."
    events = _events(analyzer, text)
    second = text.index("Blinken also")
    # told twice, the event is one record whose evidence holds the second sentence too
    later = [
        e for e in events if e.plover_type == "CONSULT" and any(s >= second for s, _ in [[e.sentence_start, 0], *e.evidence])
    ]
    assert any(e.source and e.target and {e.source.country, e.target.country} == {"USA", "UKR"} for e in later), _pairs(events)
    # no meeting of the speaker's before: no partner
    text = "Secretary Blinken praised the volunteers. Blinken also discussed energy security."
    events = _events(analyzer, text)
    assert not any(e.plover_type == "CONSULT" and e.target is not None for e in events), _pairs(events)


def test_impersonal_passive_takes_the_readout_call_not_a_pair_mentioned_on_the_way(analyzer):
    text = (
        "Emmanuel Macron had a telephone conversation with Pedro Sanchez. "
        "Macron told him about the Turkish-Greek talks. It was agreed to continue contacts."
    )
    found = _agree(analyzer, text)
    assert found & {("FRA", "ESP"), ("ESP", "FRA")}, found
    assert not found & {("TUR", "GRC"), ("GRC", "TUR")}, found
