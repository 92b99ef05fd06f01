"""One-shot analysis and the demo: the brief and its stable JSON keys."""

from __future__ import annotations

import json
import re

import pytest

from conftest import DEMO, SEED_NEWSVANE, needs_shared, run_exe

ARTICLE_KEYS = {"id", "url", "outlet", "title", "author", "published", "language", "genre", "text", "paragraphs"}


def test_analyze_json_is_the_public_shape(cli, seeds_dir, tmp_path):
    r = cli("analyze", seeds_dir, "--format", "json", "--no-store")
    assert r.code == 0
    doc = json.loads(r.out)
    assert isinstance(doc["articles"], list) and len(doc["articles"]) == 2
    for a in doc["articles"]:
        assert ARTICLE_KEYS <= set(a)
        assert a["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"])
        assert a["genre"] in ("news", "opinion", "analysis", "press_release") and a["genre_cues"]
        for p in a["paragraphs"]:
            assert {"start", "end", "kind"} <= set(p)
            assert a["text"][p["start"] : p["end"]].strip()
    by_outlet = {a["outlet"]: a for a in doc["articles"]}
    assert by_outlet["NewsVane"]["published"] == "2025-04-07"
    assert by_outlet["Nawaiwaqt"]["published"] is None
    assert doc["ingest"]["new"] == 2 and doc["ingest"]["failed"] == 0
    assert {"quantities", "claims", "stories", "comparisons"} <= set(doc)
    assert {"id", "title", "articles", "start", "end", "fivew1h", "summary"} <= set(doc["stories"][0])
    assert {"story_id", "agree", "unique", "conflicts", "frames", "tone"} <= set(doc["comparisons"][0])
    assert not (tmp_path / "attache.duckdb").exists()  # analyze keeps nothing unless --db


def test_analyze_md_html_and_output_file(cli, seeds_dir, tmp_path):
    md = cli("analyze", seeds_dir, "--no-store").out
    assert "# attache brief" in md and "| NewsVane | 1 |" in md and "## Pragmatic Relations" in md
    target = tmp_path / "brief.html"
    r = cli("analyze", seeds_dir, "--format", "html", "-o", target, "--no-store")
    assert r.code == 0 and f"wrote {target}" in r.err
    page = target.read_text()
    assert page.startswith("<!doctype html>") and "Pragmatic Relations" in page and "Close |" not in page
    assert cli("analyze", seeds_dir, "--format", "pdf", "--no-store").code == 2


def test_analyze_keeps_results_with_db(cli, seeds_dir, db):
    cli("analyze", seeds_dir / SEED_NEWSVANE, "--db", db)
    r = cli("sql", "select outlet from articles", "-f", "csv", db=db)
    assert r.out.splitlines() == ["outlet", "NewsVane"]


def test_builtin_demo_runs_anywhere(tmp_path):
    proc = run_exe("demo", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "US and Pakistan Discuss Security, Trade, and UN Role" in out and "Pragmatic Relations" in out
    assert "2 new, 0 duplicate, 0 failed" in proc.stderr.decode()


@needs_shared
@pytest.mark.slow
def test_demo_corpus(cli, db):
    """Issue acceptance: the demo corpus (about 3,100 items) ingests with counts per outlet and month."""
    r = cli("demo", "--corpus", DEMO, "--format", "json", "--show", "3", "--analyze-limit", "30", db=db)
    assert r.code == 0
    brief = json.loads(r.out)
    counts = brief["counts"]
    assert 3000 <= counts["articles"] <= 3200
    assert counts["by_outlet"]["U.S. Department of State"] > 1900
    assert counts["by_outlet"]["Kremlin.ru (President of Russia)"] > 800
    assert counts["by_outlet"]["Wikinews"] > 280
    assert counts["by_month"]["2022-02"] > 50
    assert brief["ingest"]["duplicate"] >= 1  # the State Department feed repeats an item
    assert brief["ingest"]["failed"] <= 5
    assert [a["title"] for a in brief["articles"][:2]] == [
        "US and Pakistan Discuss Security, Trade, and UN Role",
        "Pragmatic Relations",
    ]
    assert counts["by_language"]["en"] >= counts["articles"] - 5


def test_builtin_demo_shows_actors_and_events(cli):
    r = cli("demo", "--format", "json", "--show", "2")
    brief = json.loads(r.out)
    assert brief["analysis"]["articles"] == 2
    assert any(e["plover_type"] == "CONSULT" and e["source"]["country"] == "USA" for e in brief["events"])
    assert any(m["actor_id"] == "USA.GOV.rubio-marco" for m in brief["mentions"])
    md = cli("demo", "--show", "2").out
    assert "**Events**" in md and "**Actors**" in md and "Most mentioned actors" in md


def test_demo_takes_its_subjects_in_turn(tmp_path):
    """The demo's choice: for each focus word the densest articles first, the words taken in turn, no repeats."""
    from attache.cli.ingest import demo_choice
    from attache.model import Article
    from attache.store import DuckDBStore

    texts = {
        "a1": "Iran. Iran talks. Iran said.",  # densest about Iran
        "a2": "Talks with Iran were held this week in a long and winding text about many things.",
        "p1": "Pakistan and Pakistan.",  # densest about Pakistan
        "p2": "Pakistan met Iran for a long meeting about trade and water and borders.",
        "x": "Nothing about either country here.",
    }
    with DuckDBStore(str(tmp_path / "c.duckdb")) as store:
        store.add_articles([Article(id=k, text=v, paragraphs=[]) for k, v in texts.items()])
        chosen = demo_choice(store, ["Pakistan", "Iran"], exclude=["a2"])
    assert chosen[:2] == ["p1", "a1"]  # the first of each word, in the words' order
    assert "x" not in chosen and "a2" not in chosen
    assert sorted(chosen) == ["a1", "p1", "p2"]  # p2 (about both) once only
