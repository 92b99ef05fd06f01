"""Named actors still left without a country (issue 14, audit 2026-12-01b, class "country missed for a named
actor"), by class: an official named after a country's ministry and a title; a family name with particles that the
parser cuts in two; a title completed by "of" and its body; a bare title the parser takes for a person; a known
organisation glued to its bracketed acronym; a government's own bare offices. Sentences written for these tests.
The one-sentence, one-mention cases of this file are in tests/data/mentions.yaml (test_actors_third5), run by
tests/test_actors_mentions.py."""

from __future__ import annotations

from functools import partial

from eventkit import mention as _one
from eventkit import mentions

_mentions = partial(mentions, published="2023-03-14", article_id="t5")

STATE = {"outlet": "U.S. Department of State", "url": "https://www.state.gov/readout-t5/"}


def test_a_ministry_without_a_country_gives_none(analyzer):
    ms = _mentions(analyzer, "The reporter asked Ministry of Finance spokesman Arno Kessel about the budget.")
    people = [m for m in ms if "Kessel" in m.text]
    assert people and all(m.country is None for m in people)


def test_bare_counselor_and_delegation_in_a_governments_own_text(analyzer):
    ms = _mentions(
        analyzer,
        "Counselor Maria Olsen will travel to Vienna.",
        "Finally, the Counselor will stop in Korea, and the delegation will meet senior Kazakh officials.",
        **STATE,
    )
    bare = [m for m in ms if m.text == "Counselor"]
    assert bare and bare[0].country == "USA"
    assert _one(ms, "delegation").country == "USA"
    assert _one(ms, "Kazakh officials").country == "KAZ"


def test_unknown_name_glued_to_an_acronym_stays_unknown(analyzer):
    ms = _mentions(analyzer, "Kenya and the Eastern Trade Council(ETC) signed a memorandum.")
    glued = [m for m in ms if "Trade Council" in m.text]
    assert glued and all(m.country is None and m.kind != "igo" for m in glued)


def test_a_body_after_a_title_is_no_name(analyzer):
    ms = _mentions(analyzer, "Guards sealed the Kenyan Interior Minister Press Office after the protest.")
    assert not [m for m in ms if m.kind == "person" and "Office" in m.text]
