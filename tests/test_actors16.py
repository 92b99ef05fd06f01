"""A country's possessive before a leader's surname ("Venezuela's Maduro") is no other person of that surname
(actors/resolve.py ``_other_bearer``, h14possname16); a given name before it still is. A listed surname the parser
tagged as no name is the holder in office (h14surname16). A government's own bare office ("the President" in a
State Department text) is its own, not a foreign holder named before (h14issuertitle16). Sentences written for these
tests."""

from __future__ import annotations

from eventkit import mention, mentions


def test_a_possessive_country_before_a_surname_is_no_given_name(analyzer):
    ms = mentions(analyzer, "Venezuela's Maduro thanked Cuba for its support.", published="2022-05-20")
    assert mention(ms, "Maduro").country == "VEN"


def test_a_given_name_before_the_surname_is_another_bearer(analyzer):
    ms = mentions(analyzer, "Clara Orban wrote a novel. Orban said it was good.", published="2022-05-20")
    assert all(m.country != "HUN" for m in ms if m.text == "Orban")


def test_a_surname_the_parser_missed_is_the_one_holder_in_office(analyzer):
    # the small parser reads "Trump" at the start of a sentence as a common noun and tags no name (h14surname16)
    ms = mentions(analyzer, "Trump met Zelensky.", published="2025-04-08")
    assert mention(ms, "Trump").country == "USA"
    ms = mentions(analyzer, "He met Zelensky.", published="2019-09-25")  # "He" is no Liu He
    assert not any(m.text == "He" and m.country for m in ms)


def test_the_governments_own_bare_office_is_its_own(analyzer):
    # a State Department briefing that named Tunisia's president at its top, paragraphs before (h14issuertitle16);
    # a foreign holder named just before still stands for the office (test_events_sides.py, the Kremlin's Mongolian
    # Prime Minister)
    filler = "An independent judiciary is a core element of an effective and transparent democracy. " * 6
    text = (
        "The United States is deeply concerned by Tunisian President Saied's calls to dissolve the council. "
        + filler
        + "What I can say is that the President is meeting with Chancellor Scholz today."
    )
    ms = mentions(analyzer, text, published="2022-02-07", url="https://www.state.gov/briefings/department-press-briefing/")
    bare = [m for m in ms if m.text == "President"]
    assert bare and bare[0].country == "USA", ms
