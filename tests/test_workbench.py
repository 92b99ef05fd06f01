"""The analyst's workbench (issue 17 items 1, 3, 8, 9): a tour that chains, ranked search, the Python
API and a database people can open (views, data dictionary), on DuckDB and PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED_SEEDS, ROOT, run_exe

SYNTHETIC = [
    {
        "url": "https://example.org/a",
        "outlet": "Example Times",
        "published": "2025-03-02",
        "title": "Sanctions on Iran tightened",
        "text": "Officials in Washington said new measures would follow. The package was announced on Sunday after a long meeting.",
    },
    {
        "url": "https://example.org/b",
        "outlet": "Example Post",
        "published": "2025-03-03",
        "title": "Officials meet in Geneva",
        "text": "Officials in Washington said new sanctions would follow. The package was announced on Sunday after a long meeting.",
    },
    {
        "url": "https://example.org/c",
        "outlet": "Example Post",
        "published": "2025-04-10",
        "title": "Trade talks resume",
        "text": "Negotiators resumed trade talks on Tuesday. Tariffs on steel were the first item; talks on tariffs for textiles "
        "follow next week, the ministry said. The tariff talks are expected to last a month.",
    },
    {
        "url": "https://example.org/d",
        "outlet": "Example Times",
        "published": "2025-04-11",
        "title": "Harvest report",
        "text": "Farmers expect a good harvest this year after a wet spring. Prices of wheat fell slightly at the market.",
    },
]


def _write_synthetic(folder: Path) -> Path:
    path = folder / "synthetic.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in SYNTHETIC), encoding="utf-8")
    return path


def _build(location: str, inputs: list[str]) -> None:
    from attache.analysis import analyze_stored
    from attache.pipeline import ingest
    from attache.store import open_store
    from attache.stories.build import update_stories

    with open_store(location) as store:
        summary = ingest(store, inputs)
        assert not summary.problems
        analyze_stored(store, summary.article_ids)
        update_stories(store)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[str, list[str]]:
    folder = tmp_path_factory.mktemp("wb")
    inputs = [str(BUNDLED_SEEDS), str(_write_synthetic(folder))]
    location = str(folder / "wb.duckdb")
    _build(location, inputs)
    return location, inputs


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ATTACHE_DB"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src")] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["COLUMNS"] = "160"
    return env


def _fresh_clone_folder(tmp: Path) -> Path:
    """A folder laid out like a clone's root as far as the documented examples need: the bundled seeds."""
    shutil.copytree(BUNDLED_SEEDS, tmp / "src" / "attache" / "demo" / "seeds")
    return tmp


# -- item 1: the README tour chains -------------------------------------------------------------


def test_readme_tour_runs_top_to_bottom_on_a_fresh_folder(tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## A short tour") :]
    tour = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    assert "attache analyze" in tour and "attache story " in tour and "s000000" not in tour
    folder = _fresh_clone_folder(tmp_path)
    (folder / "tour.sh").write_text(tour, "utf-8")
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "tour.sh"], cwd=folder, env=_env(folder), capture_output=True, text=True, timeout=1200
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for hint in ("no analysed articles", "no articles in", "no events", "no stories", "wrote 0 rows", "error:"):
        assert hint not in done.stderr, (hint, done.stderr[-3000:])
    assert (folder / "attache.duckdb").exists()
    for name in ("seeds.md", "cmp.html", "usa-pak.png", "brief.html", "articles.parquet"):
        assert (folder / name).stat().st_size > 0, name
    assert len((folder / "events.tsv").read_text("utf-8").splitlines()) >= 1
    assert "CONSULT" in done.stdout  # the events of the dyad were listed
    assert "[Rubio]" in done.stdout and "[Dar]" in done.stdout  # the search shows its hits in snippets


def test_empty_reads_say_why_and_exit_0(tmp_path, cli):
    db = str(tmp_path / "e.duckdb")
    r = cli("ingest", str(BUNDLED_SEEDS), db=db)
    assert r.code == 0
    for args in (["events"], ["stories"], ["dyad", "USA", "PAK"], ["alerts"], ["search", "Rubio"], ["brief", "USA", "PAK"]):
        r = cli(*args, db=db)
        assert r.code == 0, (args, r.err)
        if args[0] != "search":  # search reads the articles themselves: it finds the seeds before any analysis
            assert f"no analysed articles in {db}: run `attache analyze FILES`" in r.err, (args, r.err)
    empty = str(tmp_path / "none.duckdb")
    r = cli("events", db=empty)
    assert r.code == 1 and "attache analyze FILES" in r.err


def test_analyze_stores_in_the_default_database_unless_no_store(tmp_path):
    folder = tmp_path
    done = run_exe("analyze", str(BUNDLED_SEEDS), "--no-store", "-o", "brief.md", cwd=folder, env=_env(folder))
    assert done.returncode == 0, done.stderr
    assert not (folder / "attache.duckdb").exists()
    env = {**_env(folder)}
    env["ATTACHE_DB"] = str(folder / "chosen.duckdb")
    done = subprocess.run(
        [str(Path(sys.executable).parent / "attache"), "analyze", str(BUNDLED_SEEDS), "-o", "brief.md"],
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert not (folder / "attache.duckdb").exists()
    from attache.store import open_store

    with open_store(str(folder / "chosen.duckdb"), read_only=True) as store:
        assert store.count("analyses") == 2 and store.count("events") > 0


# -- item 3: search that ranks ------------------------------------------------------------------


def test_search_ranks_snippets_and_facets(built):
    from attache.model import ListFilter
    from attache.store import open_store

    location, _ = built
    with open_store(location, read_only=True) as store:
        found = store.search("tariffs talks")

        # plurals match singulars; the article holding both words comes first
        assert found["results"][0]["title"] == "Trade talks resume" and found["results"][0]["matched"] == 2
        texts = store.get_articles([r["id"] for r in found["results"]])
        for r in found["results"]:
            text = texts[r["id"]].text
            assert text[r["snippet_start"] : r["snippet_end"]] == r["snippet"]
            assert r["highlights"], r
            for s, e in r["highlights"]:
                assert r["snippet_start"] <= s < e <= r["snippet_end"]
                assert text[s:e].lower().rstrip("s") in ("tariff", "talk")
        # a title hit outranks the same word once in a text of the same length
        sanctions = store.search("sanctions")
        order = [r["title"] for r in sanctions["results"]]
        assert order.index("Sanctions on Iran tightened") < order.index("Officials meet in Geneva")
        assert "Harvest report" not in order
        # facets count the whole result; filters and paging
        assert sum(f["count"] for f in sanctions["facets"]["outlet"]) == sanctions["total"]
        only_post = store.search("sanctions", ListFilter(outlet="example post"))
        assert [r["title"] for r in only_post["results"]] == ["Officials meet in Geneva"]
        assert store.search("sanctions", ListFilter(since="2025-03-03", until="2025-03-31"))["total"] == 1
        page2 = store.search("sanctions", limit=1, offset=1)
        assert page2["total"] == sanctions["total"] and page2["results"][0]["id"] == sanctions["results"][1]["id"]
        # the country facet comes from the analysed mentions; the filter narrows to articles naming it
        rubio = store.search("Rubio Dar")
        assert {"PAK", "USA"} <= {f["value"] for f in rubio["facets"]["country"]}
        assert store.search("Rubio", ListFilter(country="PAK"))["total"] == rubio["total"]
        assert store.search("Rubio", ListFilter(country="BRA"))["total"] == 0
        assert store.search("the of and")["terms"] == []
        assert store.search("zzzqqq")["total"] == 0 and found["unindexed"] == 0


def test_search_index_is_built_for_articles_stored_before_it(tmp_path):
    """A database whose articles predate the index (migration 0014) is indexed when opened for writing."""
    from attache.pipeline import ingest
    from attache.store import open_store

    location = str(tmp_path / "old.duckdb")
    with open_store(location) as store:
        ingest(store, [str(BUNDLED_SEEDS)])
        store.con.execute("DELETE FROM search_terms")
        store.con.execute("DELETE FROM search_docs")
        assert store.unindexed_count() == 2 and store.search("Rubio")["total"] == 0
        assert store.index_missing() == 2
        assert store.search("Rubio")["total"] == 2 and store.unindexed_count() == 0


def test_cli_search_json_and_table(built, cli):
    location, _ = built
    r = cli("search", "trade talks", "--format", "json", db=location)
    assert r.code == 0
    found = json.loads(r.out)
    assert found["results"][0]["title"] == "Trade talks resume" and found["facets"]["month"]
    r = cli("search", "harvest", db=location)
    assert r.code == 0 and "Harvest report" in r.out and "1 shown of 1 matching" in r.err
    r = cli("search", "harvest", "--since", "May 2025", db=location)
    assert r.code == 2


# -- item 8: the Python API ---------------------------------------------------------------------


def test_import_attache_is_cheap():
    code = (
        "import sys, attache; heavy = [m for m in ('duckdb', 'spacy', 'typer', 'attache.client', 'attache.store') "
        "if m in sys.modules]; print(heavy); print(callable(attache.connect), callable(attache.analyze_text))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(ROOT), timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["[]", "True True"]


def test_python_docs_examples_run(tmp_path, monkeypatch):
    """Every ```python block of docs/python.md, in order, in one namespace, from a fresh folder."""
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "python.md").read_text("utf-8"), re.S)
    assert len(blocks) >= 4
    folder = _fresh_clone_folder(tmp_path)
    monkeypatch.chdir(folder)
    monkeypatch.delenv("ATTACHE_DB", raising=False)
    ns: dict = {}
    for i, block in enumerate(blocks):
        exec(compile(block, f"docs/python.md block {i + 1}", "exec"), ns)
    assert ns["report"]["analyzed"] == 2 and ns["report"]["ingest"]["new"] == 2
    events = ns["events"]
    assert events and all(e["source_country"] in ("USA", "PAK") and e["target_country"] in ("USA", "PAK") for e in events)
    import attache

    with attache.connect("news.duckdb", read_only=True) as db:
        for e in events:
            text = db.article(e["article_id"])["text"]
            assert e["sentence"] == text[e["sentence_start"] : e["sentence_end"]]
        assert db.story(ns["stories"][0]["id"])["articles"]
    assert ns["timeline"][0]["events"] > 0 and "trend" in ns["timeline"].meta
    assert isinstance(ns["brief"], dict) and ns["brief"]["events"] and ns["markdown"].startswith("#")
    assert ns["hits"].meta["total"] == 2 and ns["per_outlet"][0]["n"] > 0
    try:
        import pandas
    except ImportError:
        assert ns["frame"] is None
    else:
        assert isinstance(ns["frame"], pandas.DataFrame) and len(ns["frame"]) >= len(events)
        assert {"sentence", "plover_type", "url"} <= set(ns["frame"].columns)
    assert any(e["plover_type"] == "AGREE" for e in ns["result"]["events"])


# -- item 9: a database people can open ---------------------------------------------------------


def _view_checks(store) -> dict:
    """What the views say, checked against the tables and article texts; returns comparable figures."""
    figures = {}
    for view, table in (
        ("events_view", "events"),
        ("mentions_view", "mentions"),
        ("quantities_view", "quantities"),
        ("claims_view", "claims"),
        ("story_members_view", "story_members"),
    ):
        assert store.count(view) == store.count(table), view
        figures[view] = store.count(view)
    texts = {a: store.get_article(a).text for a in [r[0] for r in store.query("SELECT id FROM articles")[1]]}
    for view in ("events_view", "mentions_view", "quantities_view", "claims_view"):
        cols, rows = store.query(f"SELECT article_id, sentence_start, sentence_end, sentence_text, url FROM {view}")
        assert rows, view
        for article_id, s, e, sentence, _url in rows:
            assert sentence == texts[article_id][s:e], (view, article_id, s, e)
    cols, rows = store.query("SELECT actor_id, mentions, articles, source, imported FROM seen_actors ORDER BY actor_id")
    assert rows and all(r[1] >= r[2] >= 1 for r in rows)
    figures["seen_actors"] = [list(r) for r in rows]
    return figures


def test_views_join_the_sentence_and_the_article(built, tmp_path, cli):
    from attache.store import open_store

    location, _ = built
    with open_store(location, read_only=True) as store:
        _view_checks(store)
        _, rows = store.query("SELECT url, outlet, published FROM events_view WHERE outlet LIKE 'Example%'")
        assert all(r[0].startswith("https://example.org/") for r in rows)
        assert store.count("imported_actors") == 0
    # an imported dictionary shows in imported_actors, not in seen_actors until an article names it
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "name,aliases,kind,country,sector,role,start,end,id\nZorblat Quux,,person,PAK,GOV,minister,2020-01-01,,PAK.GOV.quux\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "imp.duckdb")
    shutil.copy(location, db)
    assert cli("actors", "import", str(csv), db=db).code == 0
    with open_store(db, read_only=True) as store:
        _, rows = store.query("SELECT id, source FROM imported_actors")
        assert [r[0] for r in rows] == ["PAK.GOV.quux"] and rows[0][1].startswith("import:")
        assert store.query("SELECT count(*) FROM seen_actors WHERE actor_id = 'PAK.GOV.quux'")[1][0][0] == 0
        assert store.query("SELECT count(*) FROM seen_actors WHERE imported")[1][0][0] == 0


def test_data_dictionary_describes_every_table_view_and_column():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import data_dictionary
    finally:
        sys.path.pop(0)
    text = (ROOT / "docs" / "data.md").read_text("utf-8")
    lacking = data_dictionary.missing(text)
    assert not lacking, f"describe these in docs/data.md (python scripts/data_dictionary.py --update adds rows): {lacking}"
    assert {
        "events_view",
        "mentions_view",
        "quantities_view",
        "claims_view",
        "story_members_view",
        "imported_actors",
        "seen_actors",
    } <= set(data_dictionary.schema())


# -- PostgreSQL: the same views and the same ranking ------------------------------------------


def test_postgres_views_and_search_match_duckdb(built, pg_server):
    from attache.store import open_store

    location, inputs = built
    pg = pg_server.new_database("workbench")
    _build(pg, inputs)
    with open_store(location, read_only=True) as duck, open_store(pg, read_only=True) as post:
        assert _view_checks(duck) == _view_checks(post)
        for query in ("tariffs talks", "sanctions", "Rubio Dar", "Pakistan United States"):
            a, b = duck.search(query), post.search(query)
            assert a["total"] == b["total"] and a["total"] > 0
            assert [(r["id"], r["score"], r["snippet"], r["highlights"]) for r in a["results"]] == [
                (r["id"], r["score"], r["snippet"], r["highlights"]) for r in b["results"]
            ]
            assert a["facets"] == b["facets"]
