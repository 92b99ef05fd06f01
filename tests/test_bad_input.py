"""Bad input never crashes anything: one line per bad item, the batch goes on."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import SEED_NEWSVANE, run_exe

GOOD = "Envoys meet in Geneva\n\nThe foreign ministers of two neighbouring countries met in Geneva on Tuesday to discuss the border dispute, officials said.\n"


def _failures(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("failed: ")]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder with one good document and every kind of bad one."""
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, "utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.html").write_bytes(bytes(range(256)) * 40)
    (d / "undecodable.txt").write_bytes(
        b"Border talks\n\nThe minister\x81s office said the border talks would resume in March.\n"
    )  # a few bad bytes: kept, warned
    (d / "garbage.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 40 + b" text")  # mostly bad bytes: refused
    (d / "cp1252.txt").write_bytes(
        "Caf\u00e9 talks \u2013 \u201cprogress\u201d\n\nThe ministers said the caf\u00e9 meeting in Z\u00fcrich made \u201creal progress\u201d on trade.\n".encode(
            "cp1252"
        )
    )
    (d / "utf16.txt").write_bytes(
        "Sanctions review\n\nThe council agreed on Monday to review the sanctions regime within six months.\n".encode("utf-16")
    )
    (d / "malformed.html").write_text(
        "<html><body><div><p>The summit <b>ended <i>without</b> a joint statement, diplomats said on Friday, "
        "after two days of talks on trade and security.<p>Delegates left early <div></span></body>",
        "utf-8",
    )
    with gzip.open(d / "truncated.html.gz", "wb") as f:
        f.write(("<html><body><p>" + "The talks went on. " * 500 + "</p></body></html>").encode())
    data = (d / "truncated.html.gz").read_bytes()
    (d / "truncated.html.gz").write_bytes(data[: len(data) // 2])
    lines = [
        json.dumps(
            {
                "title": "Trade deal signed",
                "text": "The two governments signed a trade deal on Monday, ministers said.",
                "url": "https://example.org/a",
            }
        ),
        "{not json at all",
        json.dumps({"title": "No body here"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps(
            {
                "headline": "Aid pledged",
                "body": "Donors pledged new aid for flood victims at a conference on Thursday.",
                "link": "https://example.org/b",
            }
        ),
    ]
    (d / "records.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    with open(d / "huge.txt", "wb") as f:  # 50 MB
        f.write((b"The delegation met the minister again. " * 1000 + b"\n") * 1300)
    return d


def test_every_bad_item_gets_one_line_and_the_rest_is_stored(cli, db, batch: Path):
    r = cli("ingest", batch, db=db)
    assert r.code == 0, r.out + r.err
    failures = _failures(r.out)
    reasons = {line.split(": ", 1)[1].split(":", 1)[0].rsplit("/", 1)[-1]: line for line in failures}
    assert "empty file" in reasons["empty.txt"]
    assert "undecodable bytes" in reasons["garbage.txt"]
    assert "binary" in reasons["binary.html"]
    assert "truncated gzip" in reasons["truncated.html.gz"]
    assert "too large" in reasons["huge.txt"] and "50" in reasons["huge.txt"]
    assert any("records.jsonl:2" in f and "invalid JSON" in f for f in failures)
    assert any("records.jsonl:3" in f and "no text or html field" in f for f in failures)
    assert any("records.jsonl:4" in f and "expected a JSON object" in f for f in failures)
    assert len(failures) == 8, failures
    assert all("\n" not in f and "Traceback" not in f for f in failures)
    # stored: good.txt, cp1252, utf16, undecodable (with a warning), malformed html, 2 records
    assert "7 new, 0 duplicate, 8 failed" in r.out
    assert "undecodable byte(s) replaced" in r.out
    titles = cli("sql", "select title, text from articles order by title", "--format", "json", db=db)
    rows = json.loads(titles.out)
    by_title = {row["title"]: row["text"] for row in rows}
    assert "The ministers said the café meeting in Zürich made “real progress” on trade." in by_title["Café talks – “progress”"]
    assert by_title["Sanctions review"].startswith("The council agreed on Monday")
    assert "Aid pledged" in by_title and "Trade deal signed" in by_title
    assert any("joint statement" in t for t in by_title.values())
    # the problems are kept in the store too
    probs = cli("sql", "select count(*) as n from problems", "--format", "json", db=db)
    assert json.loads(probs.out)[0]["n"] == 8


def test_larger_limit_admits_the_big_file(cli, db, batch: Path):
    r = cli("ingest", batch / "huge.txt", "--max-mb", "60", db=db)
    assert r.code == 0 and "1 new" in r.out


def test_missing_path_is_reported_and_batch_goes_on(cli, db, seeds_dir, tmp_path):
    r = cli("ingest", tmp_path / "nope", seeds_dir / SEED_NEWSVANE, db=db)
    assert r.code == 0
    assert "1 new, 0 duplicate, 1 failed" in r.out
    assert any("nope" in f and "does not exist" in f for f in _failures(r.out))


def test_exit_codes(cli, db, tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert cli("ingest", tmp_path / "empty.txt", db=db).code == 1  # nothing succeeded
    assert cli("ingest", tmp_path / "missing", db=db).code == 1
    mixed = [tmp_path / "empty.txt", seeds_dir / SEED_NEWSVANE]
    assert cli("ingest", *mixed, db=db).code == 0  # partial success
    assert cli("ingest", *mixed, "--strict", db=db).code == 1
    assert cli("ingest", "--no-such-option", seeds_dir, db=db).code == 2
    assert cli("ingest", db=db).code == 2  # no path given
    assert cli("ingest", seeds_dir, "--url", "https://x.org/a", db=db).code == 2  # --url for many files


def test_unreadable_directory_as_a_real_user(tmp_path, seeds_dir):
    """A folder the user may not read: reported, the rest stored.

    Root reads everything, so as root the command runs in a new user namespace
    (``unshare -U``), where it keeps its identity but loses root's override.
    """
    base = tmp_path / "perm"
    base.mkdir()
    locked = base / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD, "utf-8")
    shutil.copy(seeds_dir / SEED_NEWSVANE, base / SEED_NEWSVANE)
    locked.chmod(0)
    prefix = None
    if os.geteuid() == 0:
        if not shutil.which("unshare"):
            pytest.skip("running as root without unshare: cannot make a folder unreadable")
        prefix = ["unshare", "-U"]
    try:
        proc = run_exe("--db", base / "x.duckdb", "ingest", base, cwd=base, prefix=prefix)
    finally:
        locked.chmod(0o755)
    out = proc.stdout.decode()
    assert proc.returncode == 0, out + proc.stderr.decode()
    assert "1 new, 0 duplicate, 1 failed" in out
    assert any("locked" in f and "permission denied" in f for f in _failures(out))
    assert "Traceback" not in proc.stderr.decode()


def test_no_traceback_on_bad_database(tmp_path):
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_bytes(b"this is not a database file at all" * 100)
    proc = run_exe("--db", bad, "articles")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert err.startswith("error:") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
