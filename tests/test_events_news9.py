"""Acts of news at large the coder missed or read wrong (issue 14, eighth session, round 2, h14news9; the classes of
eval/events_gold6_misses.md R1, R4, R7, P1).

Sentences written for these tests (none taken from an evaluation file), positive and negative for each class:

- legal acts: a lawsuit or charges filed, lodged or unsealed against a party are an ACCUSE of that party by the
  filer; a party subpoenaed is investigated (ACCUSE INVESTIGATE); a report filed with a regulator is no accusation;
- a party found or pronounced guilty is convicted (SANCTION CONVICT) by the court; "not guilty" is no conviction;
- quotes: the speaker of a quote is the doer of the first-person acts inside it ('X said, "Our condolences go to
  Y"', '"I want to thank Y," X said'); a first-person act with no party acted upon is no event;
- a party said, in a quote or reported speech, to break or violate the law is accused by the speaker (ACCUSE
  DISAPPROVE, the clause's subject the target); with no speaker, no event;
- an honour (medal, order, prize) awarded or conferred is praise of the party honoured; a contract awarded is not;
- technology or a design licensed from another party is COOPERATE ECONOMIC with it; licensing companies is not;
- "at the request of X": X asks the doer of the act the phrase modifies (its passive agent or active subject);
- protests: the thing protested ("the results of the election in X", "the exit of X from Y") is a topic, not the
  target; a party named by a possessor or "against" still is.
"""

from __future__ import annotations

import pytest

from eventkit import coded_events
from eventkit import triples as _triples


def _events(analyzer, text, date="2024-03-04"):
    return coded_events(analyzer, text, date)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # legal acts: the filer accuses the party sued or charged
        ("Greenpeace filed a lawsuit against the government of Brazil over the new permits.", ("ACCUSE", None, "BRA")),
        ("Prosecutors in Ohio unsealed an indictment against the Russian businessman.", ("ACCUSE", "USA", "RUS")),
        ("The Justice Department subpoenaed the Chinese company Huawei.", ("ACCUSE", "USA", "CHN")),
        # a verdict of guilt: the court convicts the party found guilty
        ("A court in Moscow found the American journalist Evan Gershkovich guilty of espionage.", ("SANCTION", "RUS", "USA")),
        ("Two French police officers were found guilty by a court in Paris of fraud.", ("SANCTION", "FRA", "FRA")),
        # quotes: the speaker does the first-person act
        ('French President Emmanuel Macron said, "Our condolences go to the people of Turkey."', ("SUPPORT", "FRA", "TUR")),
        (
            '"I want to thank the people of Poland for their help," Ukrainian President Volodymyr Zelensky said.',
            ("SUPPORT", "UKR", "POL"),
        ),
        # a party said to break the law: the speaker accuses it
        ('Senator Elizabeth Warren said, "The Chinese government is breaking the law."', ("ACCUSE", None, "CHN")),
        ('"The Iranian government is violating the constitution," German Chancellor Olaf Scholz said.', ("ACCUSE", "DEU", "IRN")),
        # an honour awarded is praise of the party honoured
        ("President Gabriel Boric of Chile awarded the Order of Merit to the Argentine doctor.", ("SUPPORT", "CHL", "ARG")),
        # technology licensed from another party is economic cooperation with it
        ("Poland licensed South Korean tank technology in 2022.", ("COOPERATE", "POL", "KOR")),
        # "at the request of": the requester asks the doer of the act
        ("Parliament was dissolved by the king at the request of Prime Minister Keir Starmer.", ("REQUEST", "GBR", None)),
        ("The Sudanese army withdrew from the town at the request of the African Union.", ("REQUEST", None, "SDN")),
    ],
)
def test_news_acts_found(analyzer, text, triple):
    found = _triples(_events(analyzer, text))
    assert triple in found, found


def test_legal_act_sides(analyzer):
    """The filer is the source and the party sued the target, not the other way round."""
    evs = [
        e
        for e in _events(analyzer, "Mexico filed a lawsuit against the United States over the border wall.")
        if e.plover_type == "ACCUSE"
    ]
    assert evs, "no ACCUSE"
    assert {(e.source.country, e.target.country) for e in evs} == {("MEX", "USA")}


def test_request_names_requester(analyzer):
    """ "at the request of X": X is the source of the REQUEST, the doer of the act its target."""
    evs = [
        e
        for e in _events(analyzer, "Parliament was dissolved by King Charles at the request of Prime Minister Keir Starmer.")
        if e.plover_type == "REQUEST"
    ]
    assert evs and evs[0].source.name == "Keir Starmer" and evs[0].target is not None and "Charles" in evs[0].target.name


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a filing that is no lawsuit
        ("Kenya Airways filed its annual report with the regulator of Kenya.", "ACCUSE"),
        # a first-person act outside quotation marks, or with no party acted upon
        ('The Chilean coach said, "We broke the club record today."', "ASSAULT"),
        # a law broken with nobody saying so, a record broken, a contract awarded: no accusation, no praise
        ("Russia violated international law, the report found.", "ACCUSE"),
        ("The Ministry of Defence of India awarded a contract to the French firm Dassault.", "SUPPORT"),
        ("The city of Madrid licensed two new taxi companies.", "COOPERATE"),
        ("A jury in Texas found the Mexican national not guilty of murder.", "SANCTION"),
        # the thing protested is no target
        ("Supporters of the opposition protested the results of the Kenyan election.", "PROTEST"),
        ("Thousands of people marched in Rome, protesting the exit of Italy from the treaty.", "PROTEST"),
        ("Several thousand people rallied in Lima to protest the results of the Peruvian election.", "PROTEST"),
    ],
)
def test_no_false_news_acts(analyzer, text, bad):
    found = _triples(_events(analyzer, text))
    assert not any(t[0] == bad and t[2] is not None for t in found), found


def test_protest_against_party_keeps_target(analyzer):
    """A protest against a party, or a party's own policy named by its possessor, still aims at that party."""
    found = _triples(_events(analyzer, "Thousands of Armenians protested Azerbaijan's blockade of the corridor."))
    assert ("PROTEST", "ARM", "AZE") in found or any(t[0] == "PROTEST" and t[2] == "AZE" for t in found), found


def test_quote_speaker_needs_quotation_marks(analyzer):
    """Unquoted indirect speech: "we" is not read as the speaker (it may be anyone)."""
    found = _triples(_events(analyzer, "French President Emmanuel Macron said our condolences go to the people of Turkey."))
    assert ("SUPPORT", "FRA", "TUR") not in found, found
