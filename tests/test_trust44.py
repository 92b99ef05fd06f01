"""Forty-third session: courts, lawsuits and greetings in domestic news (Wikinews, the weakest corpus of the gold sets).

- h43greeting: a greeting with no verb and no owner, heading its own sentence ("Congratulations to X on ...", in a
  quote or in a government's own text), is the SUPPORT of who says it; it had no source, so no event.
- h43court: a conviction told in the passive with no court named ("were sentenced to five years in Iran", "was found
  guilty of fraud") is a court's act, of the country the "in" phrase names, else of the one country of those
  convicted (the gold guidelines code a conviction's source as the court's country); the act a party is convicted
  or found guilty of is done by that party ("were found guilty of killing X": they killed X).
- h43overturn: a verdict overturned, quashed or commuted is eased for the party it was passed on (CONCEDE), not the
  rejection of a proposal that "overturn" and "annul" tell alone.
- h43plea: a plea in court ("pleaded guilty to fraud") is no request; "pleaded with X for Y" stays one.
- h43judged: a lawsuit, a protest or a condemnation of a thing a party did, told by a clause on the thing ("filed a
  lawsuit against the policy the administration announced"), is aimed at that party, as the guidelines code an act
  condemned by its doer.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from eventkit import analysed

SD = {"url": "https://www.state.gov/statement-on-x/", "outlet": "U.S. Department of State"}


def _events(analyzer, paragraphs: list[str], published: str = "2021-05-12", **source):
    """The text and analysis of an article of these paragraphs (``source``: its ``url`` and ``outlet``)."""
    return analysed(analyzer, paragraphs, published, **source)


def _typed(result, ptype: str):
    return [e for e in result.events if e.plover_type == ptype]


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("Congratulations to President Emmanuel Macron on his re-election.", "FRA"),
        ("And congratulations to the people of Peru on their independence day.", "PER"),
    ],
)
def test_a_greeting_without_a_verb_is_the_authors_support(analyzer, sentence, country):
    text, result = _events(analyzer, [sentence], **SD)
    support = _typed(result, "SUPPORT")
    assert support, result.events
    assert support[0].source is not None and support[0].source.country == "USA"
    assert support[0].target is not None and support[0].target.country == country
    assert support[0].factuality == "asserted"


def test_a_quoted_greeting_is_the_speakers_support(analyzer):
    text, result = _events(
        analyzer, ['Chancellor Olaf Scholz wrote, "Congratulations to President Emmanuel Macron on a hard-fought race."']
    )
    support = _typed(result, "SUPPORT")
    assert support and support[0].source is not None and support[0].source.name == "Olaf Scholz", result.events
    assert support[0].target is not None and support[0].target.country == "FRA"


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations to President Emmanuel Macron on his re-election.",  # nobody's words: a news text, no quote
        "Thanks to American aid, Ukraine held the line.",  # "thanks to" is "because of", inside a clause
    ],
)
def test_no_greeting_without_a_speaker(analyzer, sentence):
    text, result = _events(analyzer, [sentence])
    assert not _typed(result, "SUPPORT"), result.events


@pytest.mark.parametrize(
    "sentence, court, convicted",
    [
        ("Two French journalists were sentenced to five years in Iran.", "IRN", "FRA"),
        ("The Russian opposition leader was found guilty of fraud on Tuesday.", "RUS", "RUS"),
        ("A Turkish journalist was convicted of espionage last week.", "TUR", "TUR"),
    ],
)
def test_a_conviction_with_no_court_named_is_a_court_of_its_country(analyzer, sentence, court, convicted):
    text, result = _events(analyzer, [sentence])
    sanctions = _typed(result, "SANCTION")
    assert sanctions, result.events
    e = sanctions[0]
    assert e.source is not None and e.source.country == court and e.source.sector == "JUD"
    assert e.target is not None and e.target.country == convicted


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russian opposition leader was not convicted.",  # negated: no conviction
        "The Russian opposition leader was sentenced by a court in Moscow.",  # the court is named: its own side
    ],
)
def test_no_unnamed_court_when_negated_or_named(analyzer, sentence):
    text, result = _events(analyzer, [sentence])
    implicit = [e for e in result.events if e.plover_type == "SANCTION" and (e.source_span or {}).get("text") == ""]
    assert not implicit, result.events


def test_the_act_found_guilty_of_is_done_by_the_convicted(analyzer):
    text, result = _events(analyzer, ["Two Russian soldiers were found guilty on Monday of killing a Ukrainian civilian."])
    assaults = _typed(result, "ASSAULT")
    assert any(
        e.source is not None and e.source.country == "RUS" and e.target is not None and e.target.country == "UKR"
        for e in assaults
    ), result.events
    assert _typed(result, "SANCTION"), result.events


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The Supreme Court of India overturned the conviction of the Pakistani activist.", "PAK"),
        ("A Russian court quashed the sentence of the American teacher.", "USA"),
    ],
)
def test_a_verdict_overturned_is_a_concession(analyzer, sentence, target):
    text, result = _events(analyzer, [sentence])
    conceded = _typed(result, "CONCEDE")
    assert conceded and conceded[0].target is not None and conceded[0].target.country == target, result.events
    assert not _typed(result, "REJECT"), result.events


def test_a_veto_overturned_is_no_concession(analyzer):
    text, result = _events(analyzer, ["The Russian parliament overturned the presidential veto."])
    assert not _typed(result, "CONCEDE"), result.events


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("California filed a lawsuit against the policy the Trump administration announced.", "USA"),
        ("Mexico protested over the wall that President Donald Trump ordered.", "USA"),
        ("Students protested against the reform announced by the government of Chile.", "CHL"),
    ],
)
def test_what_is_sued_or_protested_against_names_its_doer(analyzer, sentence, target):
    text, result = _events(analyzer, [sentence], "2019-06-01")  # while Donald Trump was in office
    aimed = [e for e in result.events if e.plover_type in ("ACCUSE", "PROTEST") and e.target is not None]
    assert aimed and aimed[0].target.country == target, result.events


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ukrainian official pleaded guilty to fraud charges brought by Russian prosecutors.",
        "The Chinese businessman pled not guilty before a Russian judge.",
    ],
)
def test_a_plea_in_court_is_no_request(analyzer, sentence):
    text, result = _events(analyzer, [sentence])
    assert not _typed(result, "REQUEST"), result.events


def test_pleading_with_a_party_stays_a_request(analyzer):
    text, result = _events(analyzer, ["Ukraine pleaded with Germany for more tanks."])
    asked = _typed(result, "REQUEST")
    assert asked and asked[0].target is not None and asked[0].target.country == "DEU", result.events
