"""Sides told by a pronoun or a pair phrase the context resolves (issue 14, ninth session, h14pron10): the last pair
named ("both countries", "they" after a sentence about one of the two parties) and "he"/"she"/"they" as the subject
of a clause other than the main one. Each test is one class of construction with a case where the side is resolved
and one where it must stay empty; sentences written for the test (not taken from an evaluation file)."""

from __future__ import annotations

from attache.events import antecedents
from eventkit import coded_events

DATE = "2024-03-12"


def _by_word(events, word: str, ptype: str | None = None) -> list:
    """The events whose source was told by ``word`` (the pronoun's or the phrase's own span)."""
    return [
        e for e in events if e.source_span and e.source_span.get("text") == word and (ptype is None or e.plover_type == ptype)
    ]


def test_rules_load_from_the_package_data():
    s = antecedents.settings()
    assert s["window"] >= 3
    assert {"both", "two"} <= s["determiners"]
    assert "they" in s["clause_plural"] and {"he", "she"} <= s["clause_pronouns"]
    assert "they" not in s["pronouns"]  # a main clause's "they" does not take the last pair (test_events_xsent)


def test_both_countries_is_the_last_pair_named(analyzer):
    text = (
        "The talks were chaired by U.S. Deputy Secretary of State Wendy Sherman and Japanese Vice Foreign Minister "
        "Mori Takeo. Representatives of several ministries also took part. Both countries agreed to expand "
        "cooperation on energy."
    )
    found = _by_word(coded_events(analyzer, text, DATE), "countries", "AGREE")
    assert found, "no AGREE told by 'Both countries'"
    assert {found[0].source.country, found[0].target.country} == {"USA", "JPN"}
    assert found[0].source_span["how"] == "antecedent_pair"
    assert found[0].source_span["resolved_from"]["text"] in ("Wendy Sherman", "Mori Takeo")


def test_a_third_country_where_the_pair_is_named_leaves_both_countries_empty(analyzer):
    text = (
        "The talks were chaired by U.S. Deputy Secretary of State Wendy Sherman, Japanese Vice Foreign Minister "
        "Mori Takeo and Australian Foreign Minister Penny Wong. Representatives of several ministries also took part. "
        "Both countries agreed to expand cooperation on energy."
    )
    found = [e for e in _by_word(coded_events(analyzer, text, DATE), "countries") if e.target is not None]
    assert not found, [(e.source.country, e.target.country) for e in found]


def test_he_in_a_later_clause_is_the_person_the_article_is_about(analyzer):
    text = (
        "German Chancellor Olaf Scholz returned to Berlin on Friday. The trip came days after he held talks with "
        "Indian Prime Minister Narendra Modi in New Delhi."
    )
    found = _by_word(coded_events(analyzer, text, DATE), "he", "CONSULT")
    assert found and (found[0].source.country, found[0].target.country) == ("DEU", "IND")
    assert found[0].source_span["how"] == "antecedent_clause"


def test_he_after_a_subject_is_that_subject_not_the_object(analyzer):
    text = "Sergei Lavrov sent a letter to Antony Blinken, in which he accused Washington of escalating the conflict."
    found = _by_word(coded_events(analyzer, text, DATE), "he", "ACCUSE")
    assert found and found[0].source.country == "RUS", [(e.source.name, e.plover_type) for e in found]


def test_he_after_persons_named_only_as_objects_stays_empty(analyzer):
    text = "The ministry handed a note to Ambassador Anatoly Antonov, after which he criticised Ukraine."
    assert not _by_word(coded_events(analyzer, text, DATE), "he")


def test_they_in_a_later_clause_is_a_conjoined_subject(analyzer):
    text = "Vladimir Putin and Recep Tayyip Erdogan met in Sochi on Monday, where they signed an agreement on gas supplies."
    found = [e for e in _by_word(coded_events(analyzer, text, DATE), "they") if e.target is not None]
    assert found and {found[0].source.country, found[0].target.country} == {"RUS", "TUR"}
    assert found[0].source_span["how"] == "antecedent_clause"


def test_they_after_one_person_as_subject_stays_empty(analyzer):
    text = "Secretary Blinken said on Monday that they would impose new sanctions on Russia."
    assert not _by_word(coded_events(analyzer, text, DATE), "they")


def test_between_the_two_sides_is_the_pair_met_before(analyzer):
    text = (
        "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday. Blinken thanked "
        "China for hosting. Talks between the two sides will continue next month."
    )
    found = [e for e in _by_word(coded_events(analyzer, text, DATE), "sides") if e.target is not None]
    assert found and {found[0].source.country, found[0].target.country} == {"USA", "CHN"}
    # no pair named before: the phrase stays empty
    alone = "Talks between the two sides will continue next month."
    assert not [e for e in _by_word(coded_events(analyzer, alone, DATE), "sides") if e.target is not None]
