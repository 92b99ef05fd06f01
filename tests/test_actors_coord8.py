"""Seventh-session coordinator fix found reading the merged brief: a respelled name is one liberty at a time."""

from __future__ import annotations


def _resolved(text: str, date: str = "2021-07-13") -> dict[str, tuple[str | None, str | None]]:
    from attache.analysis import Analyzer
    from attache.model import Article, Paragraph
    from attache.nlp import parse

    analyzer = Analyzer()
    article = Article(id="a", text=text, paragraphs=[Paragraph(0, len(text))], published=date, language="en")
    parsed = next(iter(parse([article])))
    return {text[m.start : m.end]: (m.name, m.country) for m in analyzer.resolver.resolve(parsed, date)}


def test_a_respelled_name_with_a_middle_name_left_out_is_not_the_office_holder():
    # a listed minister "Muhammad Mehboob Sultan": another man's name, respelled and shorter, is not him
    found = _resolved("Reporters asked about Mohamed Soltan, a U.S. citizen once imprisoned abroad.")
    assert found.get("Mohamed Soltan", (None, None))[1] != "PAK"


def test_a_respelling_of_the_whole_name_still_finds_the_office_holder():
    found = _resolved("Alyaksandr Lukashenka spoke to reporters in Minsk.")
    assert found["Alyaksandr Lukashenka"] == ("Alexander Lukashenko", "BLR")
