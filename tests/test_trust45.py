"""Forty-fourth session: praise of a relation, joint roles written with "co-", the speaker's own "our", and the people
of a story told in one country.

- h44co: "co-hosted", "co-chairing" are one token (spaCy split them into "co", "-", "hosted", and the small model then
  read three words of no use); their lemma is the verb's ("co-host"), so the rules written for "co-host" and
  "co-chair" apply.
- h44under: "On behalf of X, Under Secretary Y will ...": the title's "Under" read as a preposition hung on the name
  before the comma; the name is the clause's subject (h21under did this only when "Under" hung on the verb).
- h44value: a relation valued or cherished ("values its friendship with X") is praise of the partner (SUPPORT).
- h44ours: the speaker's own "our" is no party its act is aimed at ("is grateful to our allies": no SUPPORT of the
  United States by the United States, and no other pair guessed).
- h44solidarity: solidarity shown, reaffirmed or underscored is support for the one stood with.
- h44home: in a story told in one country (no government's own text), a one-word name only the parser found
  ("Pierluisi" tagged an organisation) takes that country, as people named in full did (h19title); group words were
  tried and left out.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventkit import analysed, paragraphs_article

SD = {"url": "https://www.state.gov/statement-on-x/", "outlet": "U.S. Department of State"}


def _events(analyzer, paragraphs: list[str], published: str = "2022-05-12", **source):
    return analysed(analyzer, paragraphs, published, **source)[1]


def _pairs(result, ptype: str) -> set[tuple]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in result.events
        if e.plover_type == ptype
    }


def _doc(text: str):
    """The repaired parse of a one-paragraph article of ``text``."""
    from attache.model import Article, Paragraph
    from attache.nlp import parse

    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-05-12")
    return next(parse([art])).segments[0].doc


@pytest.mark.parametrize("word, lemma", [("co-hosted", "co-host"), ("co-chaired", "co-chair"), ("co-hosting", "co-host")])
def test_a_joint_role_verb_is_one_token_with_its_lemma(word, lemma):
    doc = _doc(f"Japan and Kenya {word} the meeting on ocean health.")
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma
    assert not any(t.text == "co" for t in doc)


def test_cease_fire_is_still_one_token():
    assert any(t.text == "cease-fire" for t in _doc("The two sides declared a cease-fire on Monday."))


def test_under_secretary_after_a_phrase_on_behalf_of_someone_is_the_subject():
    doc = _doc(
        "On behalf of Secretary Blinken, Under Secretary Nuland will join Foreign Minister Marise Payne of Australia "
        "in co-hosting the Pacific ministerial on May 3 to discuss the enduring defeat of piracy."
    )
    name = next(t for t in doc if t.text == "Nuland")
    assert name.dep_ == "nsubj" and name.head.lemma_ == "join"
    assert next(t for t in doc if t.text == "Under").dep_ == "compound"


def test_under_as_a_preposition_stays_one():
    doc = _doc("The talks, held under the auspices of the United Nations, ended on Friday.")
    assert next(t for t in doc if t.lower_ == "under").dep_ == "prep"


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("The United States values its friendship with Ghana.", ("USA", "GHA")),
        ("Russia cherishes its partnership with India.", ("RUS", "IND")),
        ("The United States deeply values our relationship with Seychelles.", ("USA", "SYC")),
    ],
)
def test_a_relation_valued_is_praise_of_the_partner(analyzer, sentence, pair):
    assert pair in _pairs(_events(analyzer, [sentence], **SD), "SUPPORT")


def test_a_value_held_is_no_praise(analyzer):
    result = _events(analyzer, ["The United States values transparency in public procurement."], **SD)
    assert not [e for e in result.events if e.plover_type == "SUPPORT" and e.target is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States is grateful to our allies for their support.",
        "The United States deeply values our partnership with Switzerland and our shared dedication to peace.",
    ],
)
def test_the_speakers_own_our_is_no_target(analyzer, sentence):
    result = _events(analyzer, [sentence], **SD)
    assert ("USA", "USA") not in _pairs(result, "SUPPORT"), result.events


def test_a_party_thanked_beside_our_own_stays(analyzer):
    result = _events(analyzer, ["We are grateful to Qatar for its support."], **SD)
    assert ("USA", "QAT") in _pairs(result, "SUPPORT")


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The Secretary reaffirmed U.S. solidarity with the people of Moldova.", "MDA"),
        ("The leaders demonstrated their solidarity with Lithuania in the face of economic coercion.", "LTU"),
    ],
)
def test_solidarity_shown_is_support(analyzer, sentence, target):
    assert any(t == target for _s, t in _pairs(_events(analyzer, [sentence], **SD), "SUPPORT"))


def test_solidarity_among_ones_own_is_no_support(analyzer):
    result = _events(analyzer, ["Russians have shown solidarity and responsibility."], **SD)
    assert not [e for e in result.events if e.plover_type == "SUPPORT" and e.target is not None]


def _titled(analyzer, title: str, sentence: str):
    art = replace(paragraphs_article([sentence], "2019-08-04"), title=title)
    return analyzer.analyze([art])[0]


def test_a_one_word_name_in_a_story_told_in_one_country_takes_that_country(analyzer):
    result = _titled(
        analyzer,
        "Puerto Rico Senate sues Governor Pierluisi",
        "Senate President Thomas Rivera Schatz filed the lawsuit against Pierluisi late Sunday night.",
    )
    accuse = [e for e in result.events if e.plover_type == "ACCUSE" and e.target is not None]
    assert accuse and accuse[0].target.country is not None, result.mentions


@pytest.mark.parametrize(
    "title, sentence",
    [
        # group words were tried in h44home and left out (a delegation met in a country is no local)
        ("Knife attack in a shopping street in Wales, United Kingdom", "Police said the man attacked people with a knife."),
        ("Talks between Kenya and Uganda on the border", "Police said people gathered at the crossing."),
    ],
)
def test_a_group_word_is_not_placed_by_the_story(analyzer, title, sentence):
    people = [m for m in _titled(analyzer, title, sentence).mentions if m.text == "people"]
    assert people and people[0].country is None, people


def test_the_first_word_of_a_company_is_not_placed_as_a_person(analyzer):
    result = _titled(
        analyzer,
        "US Department of Justice investigates carmaker",
        "On Friday Ford Motor Company said the Department of Justice was investigating Ford over emissions tests.",
    )
    ford = [m for m in result.mentions if m.text == "Ford"]
    assert not ford or not (ford[0].note or "").startswith("a person named")
