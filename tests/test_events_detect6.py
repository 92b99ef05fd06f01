"""Event detection, sixth session (issue 14): triggers out of context, and acts told by a light verb and a phrase.

Sentences written for these tests (none taken from an evaluation file), positive and negative for each class:

- a verb of naming with an object and its predicate ("called X a liar") is no phone call: blame is ACCUSE, praise
  SUPPORT, a neutral name nothing (``triggers_phrases.yaml`` ``senses.labelling``);
- "attacked X as ..." / "for doing ..." / "attacked the ruling": words, not force (``senses.verbal``);
- verbs whose object says they are no act of their type: a person fired, a report released, a speech delivered, an
  email sent, money mobilised, a person designated as an office holder (``senses.not_acts``);
- an event noun that only qualifies another noun ("aid worker", "protest leaders", "arrest warrant":
  ``modifier_heads``);
- acts told by a light verb and the phrase that names the act: custody, house arrest, hostages, a siege, charges,
  a trial, a sentence, "stood shoulder to shoulder with", "called out";
- a time phrase is no addressee: "called X on Tuesday" is a call, "called on X to" a request.
"""

from __future__ import annotations

import pytest
from test_events_detect5 import _events, _triples  # the same helpers

from attache.events.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # labelling: the predicate's tone decides
        ("The Kremlin called the Polish decision illegal and provocative.", ("ACCUSE", "RUS", "POL")),
        ("The Turkish president called the Greek prime minister a liar.", ("ACCUSE", "TUR", "GRC")),
        ("The Indian prime minister called the Japanese premier a great friend.", ("SUPPORT", "IND", "JPN")),
        # verbal attacks
        ("The Chinese foreign ministry attacked the Australian decision to ban the company.", ("ACCUSE", "CHN", "AUS")),
        ("The Hungarian premier attacked the Dutch prime minister for blocking the funds.", ("ACCUSE", "HUN", "NLD")),
        # light verb + the phrase that names the act
        ("Turkish police took the Syrian journalist into custody.", ("COERCE", "TUR", "SYR")),
        ("Egypt placed the Sudanese opposition leader under house arrest.", ("COERCE", "EGY", "SDN")),
        ("Gunmen from Mali took three Nigerian officials hostage.", ("ASSAULT", "MLI", "NGA")),
        ("Russian forces laid siege to the Ukrainian port of Mariupol.", ("ASSAULT", "RUS", "UKR")),
        ("Prosecutors in Spain brought charges against the Moroccan diplomat.", ("ACCUSE", "ESP", "MAR")),
        ("Thailand put the Cambodian activist on trial.", ("SANCTION", "THA", "KHM")),
        ("A court in Moscow handed down a ten-year sentence to the American journalist.", ("SANCTION", "RUS", "USA")),
        ("The Polish president stood shoulder to shoulder with Ukraine.", ("SUPPORT", "POL", "UKR")),
        ("The American ambassador called out China's behaviour in the South China Sea.", ("ACCUSE", "USA", "CHN")),
        # a time phrase is no addressee; the phone call stays a call
        ("Vladimir Putin called Emmanuel Macron on Tuesday.", ("CONSULT", "RUS", "FRA")),
    ],
)
def test_class_gives_the_event(analyzer, text, triple):
    assert triple in _triples(_events(analyzer, text))


@pytest.mark.parametrize(
    ("text", "word_type"),
    [
        # a name given with no tone, or a name given to "it", is no call and no accusation
        ('The Spanish minister called Macron a "neighbour" at the summit.', "CONSULT"),
        ("The Iraqi prime minister condemned the strike, calling it an aggression on Iraq.", "CONSULT"),
        # "called X on Tuesday" is no call on X to act
        ("Vladimir Putin called Emmanuel Macron on Tuesday.", "REQUEST"),
        # a person fired is dismissed, not shot
        ("The Brazilian president fired the French coach of the national team.", "ASSAULT"),
        ("The network fired Lockhart after the interview with Iranian officials.", "ASSAULT"),
        # a document released is no prisoner released
        ("The White House released a summary of the call between Biden and the Ukrainian president.", "RETREAT"),
        ("The Russian ministry released a statement on the Finnish border.", "RETREAT"),
        # a speech delivered and an email sent are no aid
        ("The Kenyan president delivered a speech to the Ugandan parliament.", "AID"),
        ("The Mexican company sent an email to the Canadian regulator.", "AID"),
        # money mobilised is no mobilisation of forces
        ("The British envoy mobilized humanitarian assistance for Yemen.", "MOBILIZE"),
        # an appointment is no sanction
        ("The Indonesian president designated the former Malaysian envoy as his security minister.", "SANCTION"),
        # an event noun that only qualifies another noun
        ("The British aid worker met Iranian officials in Tehran.", "AID"),
        ("Belarusian protest leaders met the Lithuanian president in Vilnius.", "ACCUSE"),
        ("A Russian sanctions expert advised the German government.", "SANCTION"),
        # a disease or a problem fought is no assault; a thing received is no visit; an attitude shared is no intelligence
        ("The United States gave vaccines to Laos to fight COVID-19.", "ASSAULT"),
        ("Canada and the United States share a border.", "COOPERATE"),
        ("The Indian minister will receive an honorary doctorate from the Australian university.", "CONSULT"),
        # a thing that supports a goal is no party's support
        ("The Japanese minister's trip supports Philippine efforts against piracy.", "SUPPORT"),
        ("Two new centres in Ghana will support Togolese farmers.", "SUPPORT"),
    ],
)
def test_out_of_context_gives_no_event_of_that_type(analyzer, text, word_type):
    assert not any(e.plover_type == word_type for e in _events(analyzer, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the usual senses stay: a phone call, a physical attack, shooting at a party, a prisoner released, weapons
        # delivered, troops mobilised, a sanctions designation, an aid package
        ("The Egyptian president called the Israeli prime minister to discuss the truce.", ("CONSULT", "EGY", "ISR")),
        ("Syrian rebels attacked the Iraqi convoy for the second time.", ("ASSAULT", "SYR", "IRQ")),
        ("Russian forces attacked Ukrainian positions as part of the offensive.", ("ASSAULT", "RUS", "UKR")),
        ("Israeli soldiers fired on Palestinian protesters.", ("ASSAULT", "ISR", "PSE")),
        ("Cuba released five American prisoners.", ("RETREAT", "CUB", "USA")),
        ("The United States delivered 20 howitzers to Ukraine.", ("AID", "USA", "UKR")),
        ("The State Department designated the Iranian group as a terrorist organization.", ("SANCTION", "USA", "IRN")),
        ("Germany sent an aid package to Ukraine.", ("AID", "DEU", "UKR")),
        ("Ukrainian troops fought against Russian forces near Kharkiv.", ("ASSAULT", "UKR", "RUS")),
        ("Vladimir Putin received the French president in the Kremlin.", ("CONSULT", "RUS", "FRA")),
        ("The Sudanese foreign minister received a call from his Egyptian counterpart.", ("CONSULT", "SDN", "EGY")),
        ("Norway agreed to share intelligence with Ukraine.", ("AGREE", "NOR", "UKR")),
    ],
)
def test_the_usual_sense_stays(analyzer, text, triple):
    assert triple in _triples(_events(analyzer, text))


@pytest.mark.parametrize(
    "text",
    ["We have been calling Russia to de-escalate.", "The Cuban president called the Party faithful to resist the protests."],
)
def test_calling_a_party_to_act_is_not_a_label(analyzer, text):
    """ "called X to do ..." (an infinitive) is not a name given: the labelling rule leaves it to the verb's own entry."""
    assert not any(e.plover_type in ("ACCUSE", "SUPPORT") for e in _events(analyzer, text))


def test_senses_are_data():
    """The senses and the modifier heads are read from triggers_phrases.yaml, as sets."""
    lex = lexicon()
    assert "call" in lex.senses["labelling"]["verbs"] and "attack" in lex.senses["verbal"]["verbs"]
    assert any("fire" in rule["verbs"] and rule.get("person_object") for rule in lex.senses["not_acts"])
    assert {"call", "attack", "fire", "release", "mobilize"} <= lex.senses["verbs"]
    assert {"worker", "warrant"} <= lex.modifier_heads and "package" not in lex.modifier_heads
