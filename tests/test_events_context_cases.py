"""Sides the context names but the sentence does not: the same-shape cases of test_events_group8.py ("the two sides",
a hyphenated pair, a joint "we", "they" of a readout, a title's parties) and test_events_coref9.py ("our partnership",
"their meeting", "we discussed" after talks), read from tests/data/context_sides.yaml. Each case: one article (its
publisher and title as given), the country pairs of the two-sided events of a type told in (or merged with) one of its
sentences hold, or do not hold, a pair."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_events_arguments import _pairs

from attache.model import Article, Paragraph

PUBLISHERS = {
    "state": "https://www.state.gov/a-statement/",
    "kremlin": "http://en.kremlin.ru/events/president/news/1",
    "paper": "https://example-paper.com/a",
}


def _cases() -> list:
    with open(Path(__file__).parent / "data" / "context_sides.yaml", encoding="utf-8") as fh:
        groups = yaml.safe_load(fh)
    return [pytest.param(g["published"], case, id=f"{name}-{case['id']}") for name, g in groups.items() for case in g["cases"]]


@pytest.mark.parametrize(("published", "case"), _cases())
def test_the_sides_the_context_gives(analyzer, published, case):
    text = case["text"]
    url = PUBLISHERS[case["url"]] if "url" in case else None
    art = Article(
        id="t",
        text=text,
        paragraphs=[Paragraph(0, len(text))],
        language="en",
        published=published,
        url=url,
        title=case.get("title"),
    )
    events = analyzer.analyze([art])[0].events
    at = text.index(case["after"]) if "after" in case else 0
    told = [
        e
        for e in events
        if case.get("type") in (None, e.plover_type)
        and any(s >= at for s in [e.sentence_start, *(span[0] for span in e.evidence)])
    ]
    pairs = {frozenset((e.source.country, e.target.country)) for e in told if e.source is not None and e.target is not None}
    if "pair" in case:
        assert frozenset(case["pair"]) in pairs, _pairs(events)
    if "not_pair" in case:
        assert frozenset(case["not_pair"]) not in pairs, _pairs(events)
    if case.get("no_pair"):
        assert not pairs, _pairs(events)
