"""Terminal output that fits, JSON Lines for every list, progress on long runs (issue 17 item 7), and names anywhere a
code is taken with invalid filter values a usage error (issue 17 item 2), on a real DuckDB file: the seeds analysed."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.cells import cell_len

from attache.cli.common import Document, Inputs, grouped  # module level: a @grouped command's hints resolve here
from conftest import BUNDLED_SEEDS, EVAL

ELLIPSIS = "…"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> str:
    from attache.pipeline import process
    from attache.store import open_store

    location = str(tmp_path_factory.mktemp("cli_output") / "seeds.duckdb")
    with open_store(location) as store:
        done = process(store, [str(BUNDLED_SEEDS)])
        assert done.ingest.new == 2 and done.analysis.analyzed == 2 and done.stories["stories"] >= 1
    return location


def _csv(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def _lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip()]


# -- tables that fit ----------------------------------------------------------------------------


def test_table_fits_the_width_and_keeps_ids_whole(cli, seeds_db, monkeypatch):
    ids = [r["id"] for r in _csv(cli("events", "-f", "csv", "--all", db=seeds_db).out)]
    assert len(ids) >= 5
    monkeypatch.setenv("COLUMNS", "120")
    r = cli("events", "--all", db=seeds_db)
    assert r.code == 0
    lines = _lines(r.out)
    assert max(cell_len(line) for line in lines) <= 120
    assert ELLIPSIS in r.out  # something had to give
    for event_id in ids:  # every id whole, on one line
        assert sum(event_id in line for line in lines) == 1, event_id
    assert "CONSULT" in r.out  # short codes are not cut


def test_wide_and_piped_output_keep_every_character(cli, seeds_db, monkeypatch):
    rows = _csv(cli("events", "-f", "csv", "--all", db=seeds_db).out)
    longest = max((r["target_name"] for r in rows), key=len)
    assert len(longest) > 12
    monkeypatch.setenv("COLUMNS", "100")
    narrow = cli("events", "--all", db=seeds_db).out
    assert longest not in narrow
    wide = cli("events", "--all", "--wide", db=seeds_db).out
    assert longest in wide and ELLIPSIS not in wide
    monkeypatch.delenv("COLUMNS")  # output into a pipe or a file (as here) and no COLUMNS: no width limit
    piped = cli("events", "--all", db=seeds_db).out
    assert longest in piped and ELLIPSIS not in piped and piped == wide  # no fixed width (it was 160)


def test_a_too_narrow_terminal_cuts_text_not_ids(cli, seeds_db, monkeypatch):
    ids = [r["id"] for r in _csv(cli("articles", "-f", "csv", db=seeds_db).out)]
    monkeypatch.setenv("COLUMNS", "40")
    out = cli("articles", db=seeds_db).out
    for article_id in ids:
        assert article_id in out


def test_search_snippets_wrap_instead_of_losing_the_hits(cli, seeds_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    r = cli("search", "Rubio Dar", db=seeds_db)
    assert r.code == 0 and "[Rubio]" in r.out and "[Dar]" in r.out
    assert max(cell_len(line) for line in _lines(r.out)) <= 100


def test_fit_widths_gives_way_in_text_first():
    from attache.cli.output import GAP, fit_widths

    columns = ["id", "country", "title"]
    cells = [["0123456789abcdef", "PAK", "A long title about trade talks between two countries"]]
    natural = fit_widths(columns, cells, None)
    assert natural == [16, 7, 52]
    fitted = fit_widths(columns, cells, 50)
    assert sum(fitted) + GAP * 2 <= 50 and fitted[0] == 16 and fitted[1] >= 3  # id whole, the code whole
    assert fitted[2] < 52


# -- JSON Lines for every list ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["articles"],
        ["events", "--all"],
        ["stories"],
        ["threads"],
        ["search", "Rubio"],
        ["dyad", "USA", "PAK", "--min-confidence", "0"],
        ["alerts"],
        ["sql", "select id, outlet from articles"],
        ["actors", "list", "--country", "PAK"],
        ["actors", "search", "rubio"],
    ],
)
def test_every_list_speaks_json_lines(cli, seeds_db, args):
    r = cli(*args, "--format", "jsonl", db=seeds_db)
    assert r.code == 0, r.err
    objs = [json.loads(line) for line in r.out.splitlines()]
    assert all(isinstance(o, dict) for o in objs)
    if args[0] in ("alerts",):
        return  # two articles make no alert; the lines (none) still parse
    assert objs, args
    if args[0] in ("articles", "events", "stories", "threads", "sql", "actors"):
        whole = json.loads(cli(*args, "--format", "json", db=seeds_db).out)
        assert objs == whole  # the same objects as the JSON array, one a line


# -- names anywhere a code is taken ----------------------------------------------------------------


def _event_ids(cli, db, *args) -> list[str]:
    r = cli("events", "--all", "-f", "csv", *args, db=db)
    assert r.code == 0, r.err
    return [row["id"] for row in _csv(r.out)]


def test_events_take_names_aliases_and_codes(cli, seeds_db):
    by_code = _event_ids(cli, seeds_db, "--actor", "PAK")
    assert by_code
    assert _event_ids(cli, seeds_db, "--actor", "Pakistan") == by_code
    assert _event_ids(cli, seeds_db, "--actor", "pakistan") == by_code
    dyad = _event_ids(cli, seeds_db, "--dyad", "USA", "--dyad", "PAK")
    assert dyad and _event_ids(cli, seeds_db, "--dyad", "United States", "--dyad", "Pakistan") == dyad
    rubio = _event_ids(cli, seeds_db, "--actor", "USA.GOV.rubio-marco")
    assert rubio and _event_ids(cli, seeds_db, "--actor", "Marco Rubio") == rubio
    outlet = _event_ids(cli, seeds_db, "--outlet", "NewsVane")
    assert outlet and _event_ids(cli, seeds_db, "--outlet", "newsvane") == outlet


def test_dyad_and_brief_take_names(cli, seeds_db):
    by_code = json.loads(cli("dyad", "USA", "PAK", "-f", "json", db=seeds_db).out)
    by_name = json.loads(cli("dyad", "United States", "Pakistan", "-f", "json", db=seeds_db).out)
    assert by_code["periods"] and by_name["periods"] == by_code["periods"]
    brief = cli("brief", "Pakistan", "United States", "-f", "json", db=seeds_db)
    assert brief.code == 0 and json.loads(brief.out)["events"]
    stories = cli("stories", "--actor", "Pakistan", "-f", "json", db=seeds_db)
    assert stories.code == 0 and json.loads(stories.out)


def test_unknown_and_ambiguous_names_are_usage_errors_with_candidates(cli, seeds_db, tmp_path):
    r = cli("events", "--actor", "Pakistn", db=seeds_db)
    assert r.code == 2 and "Pakistn" in r.err and "PAK" in r.err
    r = cli("dyad", "Korea", "USA", db=seeds_db)
    assert r.code == 2 and "KOR" in r.err and "PRK" in r.err
    r = cli("events", "--outlet", "No Such Outlet Anywhere", db=seeds_db)
    assert r.code == 2 and "outlet" in r.err
    # two imported actors of one name: ambiguous, both listed
    db = str(tmp_path / "names.duckdb")
    (tmp_path / "mine.csv").write_text(
        "name,aliases,kind,country,sector,role,start,end\n"
        "Jana Roe,,person,SRB,GOV,Trade Minister,2020-01-01,\n"
        "Jana Roe,,person,HRV,GOV,Trade Minister,2020-01-01,\n",
        "utf-8",
    )
    assert cli("actors", "import", tmp_path / "mine.csv", db=db).code == 0
    r = cli("events", "--actor", "Jana Roe", db=db)
    assert r.code == 2 and "ambiguous" in r.err and "SRB" in r.err and "HRV" in r.err


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--domain", "foo"],
        ["events", "--type", "HUG"],
        ["events", "--factuality", "maybe"],
        ["events", "--since", "2025-13-01"],
        ["events", "--since", "2025-05-01", "--until", "2025-01-01"],
        ["stories", "--since", "April"],
        ["dyad", "USA", "PAK", "--interval", "fortnight"],
        ["dyad", "USA", "PAK", "--by", "mood"],
        ["brief", "USA", "PAK", "--interval", "fortnight"],
        ["alerts", "--interval", "fortnight"],
        ["events", "--format", "xml"],
    ],
)
def test_invalid_filter_values_are_usage_errors(cli, seeds_db, args):
    r = cli(*args, db=seeds_db)
    assert r.code == 2, (args, r.err)
    assert r.err.strip()


def test_filter_values_ignore_case(cli, seeds_db):
    assert _event_ids(cli, seeds_db, "--type", "consult") == _event_ids(cli, seeds_db, "--type", "CONSULT") != []
    assert _event_ids(cli, seeds_db, "--domain", "Security") == _event_ids(cli, seeds_db, "--domain", "security") != []


# -- progress on long runs ----------------------------------------------------------------------


def test_progress_only_when_asked_off_a_terminal(cli):
    quiet = cli("bench", "extract", "--data", BUNDLED_SEEDS)
    assert quiet.code == 0 and "bench extract" not in quiet.err
    shown = cli("bench", "extract", "--data", BUNDLED_SEEDS, "--repeat", "3", "--progress")
    assert shown.code == 0 and "bench extract: 6/6" in shown.err
    assert json.loads(shown.out.strip().splitlines()[-1])["docs"] == 6  # stdout's last line is still the JSON


@pytest.mark.skipif(not (EVAL / "events" / "plover_gsr_dev.jsonl").exists(), reason="no shared evaluation data")
def test_eval_progress_counts_the_rows(cli, tmp_path):
    rows = (EVAL / "events" / "plover_gsr_dev.jsonl").read_text("utf-8").splitlines()[:4]
    data = tmp_path / "four.jsonl"
    data.write_text("\n".join(rows) + "\n", "utf-8")
    r = cli("eval", "dyads", "--data", data, "--progress")
    assert r.code == 0, r.err
    counts = [line.split(": ")[1].split("/") for line in r.err.splitlines() if line.startswith("eval dyads: ")]
    assert counts and counts[0][0] == "0" and counts[-1][0] == counts[-1][1]  # from none to all of them
    assert "eval dyads" not in cli("eval", "dyads", "--data", data).err


# -- one pipeline ---------------------------------------------------------------------------------


def test_process_items_is_the_chain_the_api_calls(tmp_path):
    """Documents already read (as an upload or a feed gives them) go through ingest, analysis and stories in one
    call; the same documents again add nothing and analyse nothing."""
    from attache.pipeline import process_items
    from attache.sources import plan_inputs, read_inputs
    from attache.store import open_store

    with open_store(str(tmp_path / "api.duckdb")) as store:
        seen: list[tuple[int, int]] = []
        done = process_items(
            store,
            read_inputs(plan_inputs([str(BUNDLED_SEEDS)])),
            command="api ingest",
            progress=lambda n, total: seen.append((n, total)),
        )
        assert done.ingest.new == 2 and done.analysis.analyzed == 2 and done.stories["articles"] == 2
        assert sum(n for n, _ in seen) == 2 and {t for _, t in seen} == {2}
        assert set(done.seconds) == {"ingest", "analyze", "stories"}
        again = process_items(store, read_inputs(plan_inputs([str(BUNDLED_SEEDS)])), command="api ingest")
        assert again.ingest.new == 0 and again.ingest.duplicate == 2 and again.analysis.analyzed == 0
        stored_only = process_items(store, [], analyse_too=False)
        assert stored_only.analysis is None and stored_only.stories is None


def test_an_option_group_is_the_commands_own_options():
    """Issue 16 item 5: options several commands share are one dataclass; typer sees its fields as the command's
    options (flags, help, checks) and the command receives one value."""
    import typer
    from typer.testing import CliRunner

    app = typer.Typer()
    seen: list = []

    @app.command()
    @grouped
    def run(name: str, inputs: Inputs, document: Document, last: int = 0) -> None:
        seen.append((name, inputs, document, last))

    runner = CliRunner()
    done = runner.invoke(app, ["x", "--outlet", "Dawn", "--strict", "--max-mb", "2", "-f", "html", "--last", "3"])
    assert done.exit_code == 0, done.output
    name, inputs, document, last = seen[0]
    assert (name, last) == ("x", 3) and document.fmt.value == "html" and document.output is None
    assert inputs.overrides() == {"outlet": "Dawn"} and inputs.strict and inputs.max_bytes() == 2_000_000
    helped = runner.invoke(app, ["--help"]).output
    assert all(flag in helped for flag in ("--outlet", "--published", "--max-mb", "--format", "--output", "--last"))
    assert runner.invoke(app, ["x", "-f", "pdf"]).exit_code == 2  # the Enum's check, as on any option
