"""Fortieth session: who only talks of a harm is not its doer; the attacker an attack comes "from".

- h40talkof: a noun of harm with no doer of its own ("the assassination of X", "attacks on aid workers", "his
  detention") or an agentless passive of harm ("citizens who are detained") took its doer by order, by the sentence
  back-off or by the detector, and the guess was most often the one who speaks, feels, asks about it or raises it:
  a government's own "we" ("We continue to speak out about attacks on ...": an ASSAULT by the State Department), the
  Secretary who "will raise the detention of ...", a party "deeply troubled by reported abductions". The subjects of
  the verbs above such a word are no doer, unless the verb takes it as its object or its means and is no verb of
  stance ("stepped up attacks on X", "launched a wave of attacks", "initiated its invasion", "what he lost with this
  aggression"); a speaker's own "we"/"our" is never guessed as such a doer; the event keeps its target alone, or,
  a guess, is none;
- h40from: an attack or pressure "from" a party is that party's ("cyber attacks from Russia"; "faced repeated attacks
  from X": X's against the subject, which read the other way round); a weapon's "from" is where it comes from;
- h40sense: a verb whose object is a thing of another sense is no act of its type ("our navies executed joint
  drills": no execution; "if there is a chance for talks, we will seize it": no seizure); people executed and ships
  seized keep their events.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from eventkit import coded_events, triples

DAY = "2022-05-10"
ISSUER = "https://www.state.gov/remarks-to-the-press/"


@pytest.mark.parametrize(
    "text",
    [
        "Let me begin by expressing my deep sorrow at the assassination of former Haitian President Jovenel Moise.",
        "We continue to speak out about attacks on aid workers in Sudan.",
        "We have again raised his detention with officials of the Egyptian Government.",
        "The Secretary will also raise the wrongful detention of Canadian businessman Michael Spavor.",
        "We continue to see the persecution of religious minorities in Myanmar.",
        "We are deeply concerned by threats against journalists in Nicaragua.",
        # the speaker's own "our" is never guessed as the doer of a harm it names with no doer
        "Our first priority remains bringing home Americans who are held hostage in Iran.",
    ],
)
def test_who_talks_of_a_harm_did_not_do_it(analyzer, text):
    events = coded_events(analyzer, text, DAY, url=ISSUER)
    harm = [e for e in events if e.plover_type in ("ASSAULT", "COERCE", "THREATEN") and e.source is not None]
    assert not any(e.source.country == "USA" for e in harm), [(e.source.name, e.target and e.target.name) for e in harm]


def test_a_party_troubled_by_abductions_did_not_abduct(analyzer):
    text = "The United States is deeply troubled by reported abductions of students in Nigeria."
    found = triples(coded_events(analyzer, text, DAY))
    assert not any(t[0] in ("ASSAULT", "COERCE") and t[1] == "USA" for t in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lithuania has faced repeated cyber attacks from Russia since May.", ("ASSAULT", "RUS", "LTU")),
        ("Seoul is bracing for more cyber attacks from North Korea.", ("ASSAULT", "PRK", None)),
    ],
)
def test_an_attack_from_a_party_is_that_partys(analyzer, text, expected):
    found = triples(coded_events(analyzer, text, DAY))
    assert expected in found, found
    assert not any(t[0] == "ASSAULT" and t[2] == expected[1] for t in found), found


def test_a_weapon_from_a_party_is_no_attack_by_it(analyzer):
    text = "The deal would advance the country's acquisition of armed drones from Turkey."
    found = triples(coded_events(analyzer, text, DAY))
    assert not any(t[0] == "ASSAULT" and t[1] == "TUR" for t in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Saudi Arabia executed three men convicted of smuggling drugs from Jordan.", "ASSAULT"),
        ("Iranian forces seized a British tanker in the Strait of Hormuz.", "COERCE"),
    ],
)
def test_people_executed_and_ships_seized_keep_their_events(analyzer, text, expected):
    found = triples(coded_events(analyzer, text, DAY))
    assert any(t[0] == expected for t in found), found


def test_a_topic_is_not_shared_as_a_party(analyzer):
    found = triples(coded_events(analyzer, "Macron met and discussed Ukraine with Scholz.", DAY))
    assert not any(t[2] == "UKR" for t in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # h40talkof: who does the harm stays its doer
        ("Russia stepped up attacks on Kharkiv on Monday.", ("ASSAULT", "RUS", "UKR")),
        ("Iran launched a wave of drone attacks on Erbil.", ("ASSAULT", "IRN", "IRQ")),
        ("Israel carried out strikes on Gaza.", ("ASSAULT", "ISR", "PSE")),
        (
            "Before initiating its invasion of Georgia in August, Russia moved troops into South Ossetia.",
            ("ASSAULT", "RUS", "GEO"),
        ),
        # the harm as the means of the subject's act, the parser hanging "with" on the object
        (
            "Putin has made a grave mistake. He has forfeited that with this aggression against Georgia.",
            ("ASSAULT", "RUS", "GEO"),
        ),
        # h40shared
        ("Russia invaded and annexed Crimea in 2014.", ("ASSAULT", "RUS", "UKR")),
        ("Police in Kenya arrested and charged two Somali nationals.", ("COERCE", "KEN", "SOM")),
        # h40forces: forces strengthened stay a show of force
        ("Russia reinforced its troops on the border with Ukraine.", ("MOBILIZE", "RUS", "UKR")),
        ("India has strengthened its military presence along the border with China.", ("MOBILIZE", "IND", "CHN")),
        # h40received: arms and supplies received from a party are its aid, no visit received
        ("Armenia received attack drones from India last year.", ("AID", "IND", "ARM")),
        ("Ghana received vaccine doses from Norway on Monday.", ("AID", "NOR", "GHA")),
        # h40judgedby
        ("Moscow condemned the shelling of Luhansk by Ukrainian forces on Sunday.", ("ACCUSE", "RUS", "UKR")),
    ],
)
def test_the_act_is_found_with_its_sides(analyzer, text, expected):
    found = triples(coded_events(analyzer, text, DAY))
    assert expected in found, found


@pytest.mark.parametrize(
    "text, types",
    [
        # h40sense
        ("In response, the United States and South Korea executed combined air drills near North Korea.", ("ASSAULT",)),
        ("Japan and Australia executed a joint maritime exercise with India last week.", ("ASSAULT",)),
        (
            "We are supporting Turkey in every way we can. If a chance for peace talks comes, we will seize it.",
            ("COERCE", "THREATEN"),
        ),
        # h40forces
        ("Japan will help strengthen Vietnam's electoral process.", ("MOBILIZE",)),
        ("Canada remains dedicated to preserving and strengthening the nonproliferation regime with Brazil.", ("MOBILIZE",)),
    ],
)
def test_no_act_of_the_other_sense(analyzer, text, types):
    found = triples(coded_events(analyzer, text, DAY, url=ISSUER))
    assert not any(t[0] in types for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Even as President Assad's offensive goes on, we will stay focused on relief for the region.",
        "Finally, a word on India, and then we'll have a conversation with reporters.",
    ],
)
def test_a_subject_we_is_no_guessed_target(analyzer, text):
    events = coded_events(analyzer, text, DAY, url=ISSUER)
    assert not any(e.target is not None and e.target.country == "USA" for e in events), events


def test_the_guessed_side_marks_are_those_the_guessers_write():
    from attache.events import detect, fallback, rerank, sentence
    from attache.events.coder import GUESSED_SIDES

    assert {fallback.MARK, sentence.MARK, detect.MARK, rerank.MARK} == GUESSED_SIDES
