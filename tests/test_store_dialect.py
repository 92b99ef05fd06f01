"""One SQL source, two dialects: the store's DuckDB statements as PostgreSQL gets them, the migrations' per-backend
statements, and the one transaction block of the store. (tests/test_postgres.py runs them all on a real server.)"""

from __future__ import annotations

import pytest

from attache.model import Actor
from attache.store import open_store
from attache.store.dialect import POSTGRES, percent_marks
from attache.store.migrations import dialect_statements, migrations


def test_the_named_rules_rewrite_what_postgres_lacks():
    sql = POSTGRES.translate(
        "SELECT coalesce(any_value(a.name), any_value(m.name)) AS name, mode(m.sector) AS sector "
        "FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id WHERE list_contains(?, m.article_id) GROUP BY m.actor_id"
    )
    assert "m.article_id = ANY(%s)" in sql  # not sqlglot's CASE around it: PostgreSQL keeps using the index
    assert "MODE() WITHIN GROUP (ORDER BY m.sector)" in sql
    assert "ANY_VALUE" not in sql.upper() and "MIN(a.name)" in sql
    assert "?" not in sql


def test_percent_signs_and_marks_reach_psycopg_right():
    sql = POSTGRES.translate("SELECT id FROM articles WHERE title LIKE '50%' AND outlet = ? AND text LIKE ?")
    assert "'50%%'" in sql and sql.count("%s") == 2
    # a statement sqlglot cannot read as DuckDB's (a user's own PostgreSQL) keeps its text; only marks change
    own = "SELECT x FROM t WHERE y = ? AND z LIKE 'a%' FOR UPDATE SKIP LOCKED NOWAIT ???"
    assert POSTGRES.translate(own) == percent_marks(own)


def test_each_statement_is_translated_once():
    from attache.store.dialect import _to_postgres

    sql = "SELECT count(*) FROM events e WHERE e.dyad = ? AND e.event_date >= CAST(? AS DATE)"
    POSTGRES.translate(sql)
    before = _to_postgres.cache_info().hits
    assert POSTGRES.translate(sql) == POSTGRES.translate(sql)
    assert _to_postgres.cache_info().hits == before + 2


def test_migrations_serve_both_backends_from_one_file():
    found = migrations()
    assert len({m.version for m in found}) == len(found)
    for dialect in ("duckdb", "postgres"):
        for mig in found:
            for stmt in dialect_statements(mig.sql, dialect):
                assert stmt.sql.strip() and not stmt.sql.lstrip().startswith("--")
                if dialect == "postgres" and not stmt.native:
                    assert "?" not in POSTGRES.translate(stmt.sql)
    by_version = {m.version: m for m in found}
    duck = [s.sql for s in dialect_statements(by_version[6].sql, "duckdb")]
    pg = [s for s in dialect_statements(by_version[6].sql, "postgres")]
    assert any("json_each" in s for s in duck) and not any("jsonb_each" in s for s in duck)
    assert any("jsonb_each" in s.sql and s.native for s in pg) and not any("json_each(" in s.sql for s in pg)
    assert dialect_statements(by_version[8].sql, "duckdb") == []  # the indexes are PostgreSQL's
    assert len(dialect_statements(by_version[8].sql, "postgres")) >= 10


def test_a_failed_transaction_leaves_nothing(tmp_path):
    with open_store(str(tmp_path / "t.duckdb")) as store:
        store.save_actors([Actor(id="XXX.GOV", name="Government of X", kind="government", country="XXX", source="import:test")])
        with pytest.raises(RuntimeError, match="half-way"):
            with store.transaction():
                store._upsert_actors(
                    [Actor(id="YYY.GOV", name="Government of Y", kind="government", country="YYY", source="import:test")]
                )
                raise RuntimeError("stopped half-way")
        assert [a.id for a in store.load_actors()] == ["XXX.GOV"]
        assert store.remove_actors("import:test") == 1
        assert store.load_actors() == []
        with store.transaction():  # the store takes new transactions after a rolled-back one
            store._upsert_actors(
                [Actor(id="ZZZ.GOV", name="Government of Z", kind="government", country="ZZZ", source="import:test")]
            )
        assert [a.id for a in store.load_actors()] == ["ZZZ.GOV"]


def test_reads_come_back_as_records_and_as_the_json_they_always_were(tmp_path):
    from attache.model import EventRow, Story

    with open_store(str(tmp_path / "r.duckdb")) as store:
        store.save_stories(
            [("a1", "s1"), ("a2", "s1")],
            [
                {
                    "id": "s1",
                    "title": "One story",
                    "start": "2025-04-01",
                    "end": "2025-04-02",
                    "articles": ["a1", "a2"],
                    "outlets": ["A", "B"],
                    "actors": ["USA", "PAK"],
                    "fivew1h": {"who": None},
                    "summary": [],
                    "thread": None,
                    "sources": 2,
                }
            ],
        )
        (st,) = store.stories()
        assert isinstance(st, Story) and st.articles is None and st.start == "2025-04-01" and st.outlets == ["A", "B"]
        one = store.story("s1")
        assert one is not None and one.articles == ["a1", "a2"]
        assert list(store.get_story("s1")) == [
            "id",
            "title",
            "size",
            "outlets",
            "actors",
            "fivew1h",
            "summary",
            "updated_at",
            "thread_id",
            "sources",
            "start",
            "end",
            "articles",
        ]
        assert "articles" not in store.stories()[0].to_dict()
        row = EventRow.from_dict({"id": "e1", "article_id": "a1", "event_date": "2025-04-01", "added_later": 1})
        assert row.to_dict()["added_later"] == 1 and row.to_dict()["event_date"] == "2025-04-01"


def test_named_reads_for_briefs_and_the_demo(tmp_path):
    from attache.model import Article, Paragraph

    def art(i: str, text: str, outlet: str, published: str | None) -> Article:
        return Article(
            id=i,
            text=text,
            paragraphs=[Paragraph(0, len(text))],
            outlet=outlet,
            published=published,
            language="en",
            title=f"title {i}",
        )

    with open_store(str(tmp_path / "n.duckdb")) as store:
        store.add_articles(
            [
                art("a1", "Pakistan " + "x" * 200, "Dawn", "2025-04-02"),  # one mention in a long text
                art("a2", "Pakistan and pakistan again " + "y" * 20, "Dawn", "2025-05-01"),  # two in a short one
                art("a3", "Nothing of the kind here.", "Reuters", None),
            ]
        )
        assert store.articles_about("PAKISTAN") == ["a2", "a1"]
        assert store.articles_about("pakistan", limit=1) == ["a2"]
        assert store.article_counts("outlet") == [("Dawn", 2), ("Reuters", 1)]
        assert store.article_counts("month", ["a1", "a2", "a3"]) == [("(unknown)", 1), ("2025-04", 1), ("2025-05", 1)]
        with pytest.raises(ValueError):
            store.article_counts("title; DROP TABLE articles")
        assert store.analysis_counts() == (0, 0) and store.analysed_article_ids() == []
        store.save_stories(
            [("a1", "s1"), ("a2", "s2"), ("a3", "s2")],
            [
                {
                    "id": s,
                    "title": s,
                    "start": None,
                    "end": None,
                    "articles": m,
                    "outlets": [],
                    "actors": [],
                    "fivew1h": None,
                    "summary": None,
                }
                for s, m in (("s1", ["a1"]), ("s2", ["a2", "a3"]))
            ],
        )
        assert store.stories_of_articles(["a3", "a1", "a2"], order="placed") == ["s1", "s2"]
        assert store.stories_of_articles(["a3", "a1", "a2"], order="most") == ["s2", "s1"]
        assert store.stories_of_articles([]) == []
