"""An analysis the store refuses costs that article only: the rest of its batch is stored, the refused one is named
with the reason and stays unanalysed (rule 9: one bad item never aborts a run)."""

from __future__ import annotations

from dataclasses import replace

from attache.analysis import Analyzer, analyze_stored
from attache.model import Article, Paragraph
from attache.store import open_store


class _RepeatsAnEventId(Analyzer):
    """The real analyzer, except that one article's events all carry the same id (as a coder bug once made them)."""

    def analyze(self, articles):
        out = super().analyze(articles)
        for a in out:
            if a.article_id == "bad" and a.events:
                a.events = [replace(e, id=a.events[0].id) for e in a.events] * 2
        return out


def _article(id_: str, text: str) -> Article:
    return Article(id=id_, text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-04-08")


def test_refused_analysis_is_named_and_the_batch_is_stored(tmp_path):
    good = _article("good", "Russia attacked Ukraine on Monday. Germany condemned Russia.")
    bad = _article("bad", "Pakistan arrested a suspect wanted by the United States. India criticised Pakistan.")
    with open_store(str(tmp_path / "a.duckdb")) as store:
        store.add_articles([good, bad])
        summary = analyze_stored(store, ["good", "bad"], analyzer=_RepeatsAnEventId())
        assert [aid for aid, _ in summary.failed] == ["bad"]
        assert "analysis not stored" in summary.failed[0][1]
        assert summary.analyzed == 1
        assert store.analyzed_ids(["good", "bad"]) == {"good"}
        assert store.count("events") > 0
