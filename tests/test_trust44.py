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
- h43cohost: "X will join Y in co-hosting the Ministerial" is a meeting of X and Y (the event hosted is no side).
- h43jointby: a thing done "jointly" by two parties named in the passive's "by" phrase is their cooperation, as "X and Y
  jointly did it" was (h38jointly).
- h43discuss: "He will also discuss X", after a sentence that told his meeting with parties, is talked with them (the
  guidelines: "discussed X" is a consultation when the context makes clear who was met); never for a pair talking
  together, nor for "meet with X to discuss" (the sentence's own partner).
- h43verbal: an attack by a party or a legislator, or on a thing of politics ("attacked the impeachment inquiry"), is
  criticism (ACCUSE), not violence; h43parties: "Democrats", "House Republicans" are the US parties, "the Social
  Democrats" another party.
- h43despite: what "despite" names is given ("Despite releasing the journalist, Iran still refuses to ..."): the
  refusal's negation does not reach into it.
- h43restated: a talk restated after a call ("The dialogue on ... was continued") keeps a partner named by office
  ("President of Finland"): the side resolved back was read by the talk noun it stands at, as a gathering, and dropped.
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


def test_joining_a_party_in_co_hosting_is_a_meeting_with_it(analyzer):
    text, result = _events(
        analyzer,
        ["Secretary Blinken will join Japanese Foreign Minister Hayashi in co-hosting the Ministerial on May 11."],
        "2022-05-07",
        **SD,
    )
    met = _typed(result, "CONSULT")
    assert met and met[0].source is not None and met[0].source.country == "USA", result.events
    assert met[0].target is not None and met[0].target.country == "JPN"
    assert met[0].factuality == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund was jointly established by Japan and India in 2019.",
        "The program is jointly run by the U.S. and German governments.",
    ],
)
def test_a_thing_done_jointly_by_two_parties_is_their_cooperation(analyzer, sentence):
    text, result = _events(analyzer, [sentence], "2022-05-07")
    together = _typed(result, "COOPERATE")
    assert together, result.events
    assert {together[0].source.country, together[0].target.country} in ({"JPN", "IND"}, {"USA", "DEU"})


def test_a_thing_done_by_one_party_is_no_joint_act(analyzer):
    text, result = _events(analyzer, ["The fund was jointly established by Japan in 2019."], "2022-05-07")
    assert not _typed(result, "COOPERATE"), result.events


def test_a_talk_with_no_partner_after_a_meeting_is_with_those_met(analyzer):
    first = "Special Envoy John Smith will travel to Lithuania and Poland May 24-27 to meet with government officials."
    second = "He will also discuss efforts to promote European energy security."
    text, result = _events(analyzer, [first, second], "2022-05-20", **SD)
    at = text.index(second)
    told = [
        e for e in result.events if e.plover_type == "CONSULT" and (e.sentence_start == at or any(s == at for s, _ in e.evidence))
    ]
    assert {e.target.country for e in told if e.target is not None} == {"LTU", "POL"}, result.events
    assert all(e.source is not None and e.source.country == "USA" for e in told)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The Japanese minister will discuss energy security."],  # no meeting told before
        ["Secretary Blinken met French Foreign Minister Le Drian in Paris.", "Blinken and Le Drian discussed Iran."],
    ],
)
def test_no_partner_borrowed_without_a_meeting_or_for_a_pair(analyzer, paragraphs):
    text, result = _events(analyzer, paragraphs, "2022-05-20", **SD)
    last = text.index(paragraphs[-1])
    told = [e for e in result.events if e.plover_type == "CONSULT" and e.sentence_start == last]
    assert all(e.target is None or e.target.country in ("FRA", "USA") for e in told), result.events
    if len(paragraphs) == 1:
        assert not [e for e in told if e.target is not None], result.events


@pytest.mark.parametrize(
    "sentence, published",
    [
        ("Democrats continued to attack Trump on his taxes.", "2019-10-10"),
        ("The senator attacked the president's handling of the pandemic.", "2020-05-07"),
    ],
)
def test_a_politicians_attack_is_criticism(analyzer, sentence, published):
    text, result = _events(analyzer, [sentence], published)
    assert _typed(result, "ACCUSE") and not _typed(result, "ASSAULT"), result.events


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops attacked Ukrainian positions near Bakhmut.",
        "Militants attacked the campaign office of the Afghan president.",
    ],
)
def test_an_armed_attack_stays_violence(analyzer, sentence):
    text, result = _events(analyzer, [sentence], "2022-05-07")
    assert _typed(result, "ASSAULT") and not _typed(result, "ACCUSE"), result.events


def test_the_us_parties_have_their_country_and_longer_names_are_other_parties(analyzer):
    text, result = _events(
        analyzer,
        ["House Republicans criticized President Biden over the border.", "The Social Democrats formed a government in Berlin."],
        "2022-05-07",
    )
    parties = {m.text: m.country for m in result.mentions if m.kind == "party"}
    assert parties.get("House Republicans") == "USA", result.mentions
    assert not any(m.country == "USA" and "Democrats" in m.text for m in result.mentions), result.mentions


@pytest.mark.parametrize(
    "sentence, ptype",
    [
        ("Despite releasing the British journalist, the Iranian government still refuses to let him leave Iran.", "RETREAT"),
        ("Despite commuting the sentence of the British journalist, the Iranian government refuses to let him leave.", "CONCEDE"),
    ],
)
def test_what_despite_names_is_given_under_a_refusal(analyzer, sentence, ptype):
    text, result = _events(analyzer, [sentence], "2022-05-20")
    done = _typed(result, ptype)
    assert done and all(e.factuality == "asserted" for e in done), result.events


def test_a_refused_act_stays_negated(analyzer):
    text, result = _events(analyzer, ["The Iranian government refused to release the British journalist."], "2022-05-20")
    assert not any(e.plover_type == "RETREAT" and e.factuality == "asserted" for e in result.events), result.events


def test_a_restated_talk_keeps_a_partner_named_by_office(analyzer):
    call = "Vladimir Putin had a telephone conversation with President of Finland Sauli Niinisto."
    again = "The substantive dialogue on European security was continued."
    text, result = _events(
        analyzer, [call, again], "2022-02-03", url="http://en.kremlin.ru/events/president/news/1", outlet="Kremlin"
    )
    at = text.index(again)
    told = [
        e for e in result.events if e.plover_type == "CONSULT" and (e.sentence_start == at or any(s == at for s, _ in e.evidence))
    ]
    assert told and all(e.target is not None and e.target.country == "FIN" for e in told), result.events
