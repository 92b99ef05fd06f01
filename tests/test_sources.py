"""Inputs: files, folders, globs, stdin; text, HTML, JSON, JSONL, CSV; metadata."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from attache.model import Problem, RawDocument
from attache.sources import plan_inputs, read_inputs
from conftest import SEED_NEWSVANE

PAGE = """<!doctype html><html><head><title>Ministers agree on grain corridor | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-07-22T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers agree on grain corridor</h1>
<p>The foreign ministers of Turkey, Ukraine and Russia agreed on Friday to open a corridor for grain ships from the Black Sea ports, officials said after talks in Istanbul.</p>
<p>The agreement, brokered by the United Nations, allows cargo ships to leave three ports under a joint inspection regime, and is expected to ease food prices worldwide.</p>
<p>Diplomats cautioned that the deal could collapse if either side resumed attacks on the ports, and the UN said monitors would be in place within days.</p>
</article><footer>Copyright 2022 Example Times. Subscribe now.</footer></body></html>"""


def _docs(*inputs: str) -> list[RawDocument | Problem]:
    return list(read_inputs(plan_inputs(list(inputs))))


def test_directory_walk_is_recursive_and_skips_other_types(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Title one\n\nThe first article says the talks went well.", "utf-8")
    (tmp_path / "a" / "b" / "two.htm").write_text(PAGE, "utf-8")
    (tmp_path / "a" / "b" / "image.png").write_bytes(b"\x89PNG....")
    (tmp_path / "a" / ".hidden.txt").write_text("secret", "utf-8")
    plan = plan_inputs([str(tmp_path)])
    assert sorted(p.name for p in plan.files) == ["one.txt", "two.htm"]
    assert plan.skipped == 1


def test_glob_and_missing_glob(tmp_path: Path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text("Some text about talks between envoys in Geneva.", "utf-8")
    plan = plan_inputs([str(tmp_path / "x*.txt"), str(tmp_path / "z*.txt")])
    assert sorted(p.name for p in plan.files) == ["x1.txt", "x2.txt"]
    assert [p.reason for p in plan.problems] == ["glob pattern matched no files"]


def test_html_gz_page_metadata(cli, db, tmp_path: Path):
    with gzip.open(tmp_path / "page.html.gz", "wt", encoding="utf-8") as f:
        f.write(PAGE)
    r = cli("ingest", tmp_path / "page.html.gz", "--url", "https://example.com/world/grain", db=db)
    assert r.code == 0 and "1 new" in r.out
    rows = json.loads(cli("sql", "select * from articles", "-f", "json", db=db).out)
    a = rows[0]
    assert a["outlet"] == "Example Times"
    assert a["author"] == "Jane Roe"
    assert str(a["published"]) == "2022-07-22"
    assert a["url"] == "https://example.com/world/grain"
    assert a["text"].startswith("The foreign ministers of Turkey")
    assert "Home" not in a["text"] and "Subscribe" not in a["text"]
    assert len(json.loads(a["paragraphs"])) == 3


def test_jsonl_records_keep_extras_and_line_numbers(tmp_path: Path):
    recs = [
        {
            "url": "https://state.gov/x",
            "title": "Call with Pakistani Foreign Minister",
            "date": "Wed, 03 Aug 2022 19:49:23 +0000",
            "author": "Office of the Spokesperson",
            "text": "Office of the Spokesperson The Secretary spoke today with the Foreign Minister about flood relief.",
            "region": "South Asia",
        },
        {
            "link": "https://kremlin.ru/y",
            "headline": "Telephone conversation",
            "pubDate": "2022-02-24",
            "body": "Vladimir Putin had a telephone conversation with the Prime Minister.",
        },
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs), "utf-8")
    docs = _docs(str(path))
    assert [d.line for d in docs] == [1, 2]
    assert docs[0].uri.endswith("r.jsonl:1")
    assert docs[0].meta["published"] == "Wed, 03 Aug 2022 19:49:23 +0000"
    assert docs[0].extra == {"region": "South Asia"}
    assert docs[1].meta["title"] == "Telephone conversation" and docs[1].meta["url"] == "https://kremlin.ru/y"
    assert len(docs[0].sha256) == 64 and docs[0].size > 0


def test_csv_aliases_rfc822_and_outlet_option(cli, db, tmp_path: Path):
    path = tmp_path / "feed.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body", "Link", "pubDate", "Location"])
        w.writerow(
            [
                "Leaders meet",
                "The two leaders met in Moscow on Tuesday and discussed energy supplies.",
                "https://a.example/1",
                "Tue, 15 Feb 2022 12:00:00 GMT",
                "Moscow",
            ]
        )
        w.writerow(
            [
                "Aid arrives",
                "A shipment of humanitarian aid arrived in the capital on Thursday, officials said.",
                "https://a.example/2",
                "2022-02-17",
                "Kyiv",
            ]
        )
    r = cli("ingest", path, "--outlet", "Wire Service", db=db)
    assert r.code == 0 and "2 new, 0 duplicate, 0 failed" in r.out
    rows = json.loads(
        cli("sql", "select title, outlet, cast(published as varchar) p, meta from articles order by p", "-f", "json", db=db).out
    )
    assert [(x["title"], x["outlet"], x["p"]) for x in rows] == [
        ("Leaders meet", "Wire Service", "2022-02-15"),
        ("Aid arrives", "Wire Service", "2022-02-17"),
    ]
    assert json.loads(rows[0]["meta"])["Location"] == "Moscow"


def test_stdin_text_and_jsonl(cli, db, seeds_dir):
    r = cli("ingest", "-", "--outlet", "NewsVane", db=db, stdin=(seeds_dir / SEED_NEWSVANE).read_bytes())
    assert r.code == 0 and "1 new" in r.out
    lines = b'{"title": "A", "text": "The envoy arrived in Kabul on Monday for talks."}\n{"title": "B", "text": "The council voted on Friday to extend the mission."}\n'
    r = cli("ingest", "-", db=db, stdin=lines)
    assert "2 new" in r.out
    rows = json.loads(cli("sql", "select source_uri from articles order by 1", "-f", "json", db=db).out)
    assert [x["source_uri"] for x in rows] == ["<stdin>", "<stdin>:1", "<stdin>:2"]


def test_command_line_metadata_beats_the_page(cli, db, seeds_dir):
    r = cli(
        "ingest",
        seeds_dir / SEED_NEWSVANE,
        "--outlet",
        "Other Outlet",
        "--published",
        "2025-04-08",
        "--url",
        "https://newsvane.example/us-pakistan",
        db=db,
    )
    assert r.code == 0
    row = json.loads(cli("sql", "select outlet, cast(published as varchar) p, url from articles", "-f", "json", db=db).out)[0]
    assert row == {"outlet": "Other Outlet", "p": "2025-04-08", "url": "https://newsvane.example/us-pakistan"}


def test_outlet_from_url_when_unnamed(cli, db, tmp_path):
    (tmp_path / "r.jsonl").write_text(
        json.dumps({"url": "https://www.state.gov/a", "title": "T", "text": "The Secretary met the minister on Monday."}) + "\n",
        "utf-8",
    )
    cli("ingest", tmp_path / "r.jsonl", db=db)
    row = json.loads(cli("sql", "select outlet from articles", "-f", "json", db=db).out)[0]
    assert row["outlet"] == "U.S. Department of State"


def test_named_file_of_unknown_type_is_sniffed(tmp_path: Path):
    (tmp_path / "page").write_text(PAGE, "utf-8")
    (tmp_path / "notes.md").write_text("Envoys meet\n\nThe envoys met in Doha on Sunday.", "utf-8")
    docs = _docs(str(tmp_path / "page"), str(tmp_path / "notes.md"))
    assert [d.content_type for d in docs] == ["html", "text"]
    plan = plan_inputs([str(tmp_path)])  # inside a walked folder, unknown types are skipped
    assert plan.files == [] and plan.skipped == 2
