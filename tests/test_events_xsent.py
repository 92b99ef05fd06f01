"""Sides named only in earlier sentences (issue 14, fifth session, h14xsent): "he", "they", "the two leaders",
"the Deputy Secretary" resolved through the article's sentences before (events/coref.py, data/coref.yaml), and
left empty when the sentences before give no single antecedent. Short articles written for the test, coded
through ``Analyzer.analyze`` as the pipeline codes a stored article (whole article, sentence by sentence)."""

from __future__ import annotations

import pytest

from attache.events import coref
from attache.model import Article
from eventkit import article


def _articles(*texts: str) -> list[Article]:
    return [article(t, "2022-03-15", f"x{i}") for i, t in enumerate(texts)]


def _analyze(analyzer, *texts: str):
    return [a.events for a in analyzer.analyze(_articles(*texts))]


def _in(events, text: str, sentence: str):
    """The events told in ``sentence`` of ``text`` (also when merged with the same event told before)."""
    start = text.index(sentence)
    end = start + len(sentence)
    return [e for e in events if e.sentence_start <= start < e.sentence_end or any(start <= a < end for a, _ in e.evidence)]


def _told(analyzer, text: str, sentence: str, ptype: str | None = None):
    """(the events of ``ptype``, or of any type, told in ``sentence`` of the one article ``text``; all its events)"""
    (events,) = _analyze(analyzer, text)
    return [e for e in _in(events, text, sentence) if ptype is None or e.plover_type == ptype], events


def _side(e, which: str):
    party, span = (e.source, e.source_span) if which == "source" else (e.target, e.target_span)
    return (party.country if party else None), (span or {})


# -- resolved, by class ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentence", "ptype", "country", "antecedent", "written"),
    [
        pytest.param(
            "Secretary of State Antony Blinken met Australian Foreign Minister Penny Wong in Canberra on Monday. "
            "He thanked Australia for its help to the Pacific islands.",
            "He thanked",
            "SUPPORT",
            "USA",
            "Blinken",
            "He",
            id="he_is_the_person_the_sentence_before_was_about",
        ),
        pytest.param(
            "The below is attributable to Spokesperson Ned Price: Secretary Antony Blinken spoke with Mexican Foreign "
            "Secretary Marcelo Ebrard today. He thanked Mexico for its cooperation on migration.",
            "He thanked",
            "SUPPORT",
            None,
            "Blinken",
            None,
            id="a_preface_before_a_colon_is_not_what_the_sentence_is_about",
        ),
        pytest.param(
            "Pakistan's Interior Minister Mohsin Naqvi was in Kabul on Monday. "  # no event of its own (arriving is a visit)
            "The minister met Afghan officials to discuss border security.",
            "The minister met",
            "CONSULT",
            "PAK",
            "Naqvi",
            None,
            id="a_bare_title_is_the_person_named_with_it_before",
        ),
    ],
)
def test_the_source_is_resolved_from_the_sentence_before(analyzer, text, sentence, ptype, country, antecedent, written):
    """The first ``ptype`` event told in ``sentence``: its source resolved from a mention holding ``antecedent``, with
    that country and written as ``written`` in the sentence (None: not checked)."""
    told, events = _told(analyzer, text, sentence, ptype)
    assert told, events
    got, span = _side(told[0], "source")
    assert antecedent in span["resolved_from"]["text"]
    if country:
        assert got == country
    if written:
        assert span["text"] == written


def test_they_are_the_two_sides_of_the_meeting_not_of_a_one_way_act(analyzer):
    text = (
        "Deputy Secretary of State Wendy Sherman spoke today with French Foreign Minister Jean-Yves Le Drian. "
        "Sherman welcomed France's support for Ukraine. "
        "They condemned the missile strikes by Russia."
    )
    condemned, events = _told(analyzer, text, "They condemned")
    resolved = {
        (s["resolved_from"]["text"], party.country)
        for e in condemned
        for s, party in ((e.source_span, e.source), (e.target_span, e.target))
        if s and s.get("resolved_from") and party
    }
    assert {c for _, c in resolved} == {"USA", "FRA"}, resolved  # Sherman and Le Drian, not Ukraine


def test_the_two_leaders_are_two_persons(analyzer):
    text = (
        "Secretary of State Antony Blinken spoke with Polish Foreign Minister Zbigniew Rau to discuss Russia's "
        "attack on Ukraine. Blinken condemned Russia's invasion of Ukraine. "
        "The two leaders pledged to coordinate their humanitarian aid."
    )
    (events,) = _analyze(analyzer, text)
    resolved = [
        s["resolved_from"]["text"]
        for e in _in(events, text, "The two leaders")
        for s in (e.source_span, e.target_span)
        if s and s.get("resolved_from")
    ]
    assert resolved, events
    assert all("Russia" not in t and "Ukraine" not in t for t in resolved), resolved
    assert any("Rau" in t or "Polish" in t for t in resolved), resolved


def test_a_title_with_its_rank_word(analyzer):
    text = (
        "Deputy Secretary of State Wendy Sherman was in Luanda on Tuesday. "  # no event of its own
        "The Deputy Secretary met Angolan Foreign Minister Tete Antonio to discuss trade."
    )
    (events,) = _analyze(analyzer, text)
    met = [e for e in _in(events, text, "The Deputy Secretary") if e.plover_type == "CONSULT" and e.source]
    assert met and met[0].source.country == "USA", events
    # the title stands for the holder named before with it: through the coder's antecedents, or already through the
    # resolver's holder of that office ("deputy secretary", h41lesser)
    said = (met[0].source_span.get("resolved_from") or {}).get("text", "")
    assert "Sherman" in said or "Sherman" in (met[0].source.name or ""), (said, met[0].source)


def test_the_delegations_are_the_parties_of_the_articles_meeting(analyzer):
    text = (
        "Secretary of State Antony Blinken hosted Armenian Foreign Minister Ararat Mirzoyan in Washington. "
        "The meeting marked thirty years of diplomatic relations. "
        "The dialogue coincided with the anniversary of the embassy. "
        "The delegations discussed judicial reform and energy security."
    )
    (events,) = _analyze(analyzer, text)
    discussed = [e for e in _in(events, text, "The delegations") if e.source and e.target]
    sides = {frozenset((e.source.country, e.target.country)) for e in discussed}
    assert frozenset(("USA", "ARM")) in sides, [(e.source, e.target) for e in discussed]


# -- left empty ------------------------------------------------------------------------------------------------


def test_a_title_two_persons_held_is_left_empty(analyzer):
    text = (
        "Foreign Minister Sergei Lavrov met Foreign Minister Wang Yi in Beijing on Monday. "
        "The minister praised the partnership with India."
    )
    praised, events = _told(analyzer, text, "The minister praised")
    assert not any(e.source and e.source.country in ("RUS", "CHN") for e in praised), [(e.source, e.target) for e in praised]


def test_they_after_another_group_is_left_empty(analyzer):
    text = (
        "During talks with Prime Minister Viktor Orban, Vladimir Putin called his colleagues in the Government. "
        "They promised support for the new projects."
    )
    promised, events = _told(analyzer, text, "They promised")
    assert not any((e.source_span or {}).get("resolved_from") for e in promised), [(e.source, e.source_span) for e in promised]


def test_they_after_a_one_way_act_is_left_empty(analyzer):
    text = "Secretary of State Antony Blinken condemned Russia's attack on Ukraine. They agreed to hold talks in Geneva."
    agreed, events = _told(analyzer, text, "They agreed")
    assert not any((e.source_span or {}).get("resolved_from") for e in agreed), [(e.source, e.target) for e in agreed]


def test_nothing_is_resolved_across_articles(analyzer):
    first = "Vladimir Putin met President of Turkey Recep Tayyip Erdogan in Sochi on Friday."
    second = "They agreed to expand trade. He thanked Turkey for its hospitality."
    events_first, events_second = _analyze(analyzer, first, second)
    assert any(e.plover_type == "CONSULT" for e in events_first)  # the meeting itself is coded
    assert not any((s or {}).get("resolved_from") for e in events_second for s in (e.source_span, e.target_span)), [
        (e.source, e.target) for e in events_second
    ]
    assert not any(e.source and e.source.country in ("RUS", "TUR") for e in events_second)


def test_back_title_needs_the_same_head_and_rank():
    from attache.model import Mention

    def person(name: str, country: str) -> Mention:
        return Mention("t", 0, len(name), name, f"{country}.GOV.{name}", name, country, "GOV", None, 0.9, "kb", "person")

    sherman, blinken, naqvi = person("Sherman", "USA"), person("Blinken", "USA"), person("Naqvi", "PAK")
    seen = [("deputy secretary of state", sherman), ("secretary of state", blinken), ("interior minister", naqvi)]
    assert coref.back_title("deputy secretary", seen) is sherman
    assert coref.back_title("secretary", seen) is blinken  # not the Deputy Secretary
    assert coref.back_title("minister", seen) is naqvi
    assert coref.back_title("foreign minister", seen) is None  # a portfolio word the title does not have
    assert coref.back_title("minister", seen + [("foreign minister", blinken)]) is None  # two ministers: ambiguous
