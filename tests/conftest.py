from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attache.cli import main
from chromium import CHROMIUM

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ATTACHE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
DEMO = SHARED / "corpus" / "demo"
EVAL = SHARED / "eval"
BUNDLED_SEEDS = ROOT / "src" / "attache" / "demo" / "seeds"
SEED_NEWSVANE = "000_15d0668ea4d297be.txt"
SEED_NAWAIWAQT = "001_43f429328e16a831.txt"

# pytest-xdist's workers (`make test` runs two) are started with COLUMNS=80 in their environment; a plain
# `pytest` has none. The CLI sizes its tables by COLUMNS, so a worker drops it: every test sees the same
# environment on a worker as in one process (a test that wants a width sets COLUMNS itself).
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.pop("COLUMNS", None)

# `make test` runs two pytest-xdist workers, one test file whole on one worker (`--dist loadfile`). xdist hands out
# files by their number of tests, most first, so a file of a few long tests (kill -9 and run again, Spark) came
# last and kept one worker busy while the other had finished. The files below take longest (`--durations`,
# 2026-12-02: together about half the suite's time), heaviest first: they start first, and the many short files
# fill both workers at the end. Only the order of whole files changes; every file keeps its tests' own order.
HEAVY_FILES_FIRST = (
    "test_crash.py",
    "test_spark.py",
    "test_stories.py",
    "test_relations.py",
    "test_postgres.py",
    "test_stories_repro.py",
    "test_api_load.py",
    "test_warc.py",
    "test_workbench.py",
    "test_scale.py",
    "test_events.py",
    "test_fuzz_inputs.py",
    "test_api_hardening.py",
    "test_analyze_demo.py",
)


def pytest_configure(config) -> None:
    if hasattr(config.option, "loadscopereorder"):  # xdist: keep the collection's order of files (set below)
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items) -> None:
    rank = {name: i for i, name in enumerate(HEAVY_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order


needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the checkout")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (`make browser` installs it)")


def built_once(tmp_path_factory, name: str, build) -> str:
    """A database file that ``build(path)`` writes, built once per test run: the first pytest-xdist worker to ask
    builds it (the other waits on a lock, then finds it built) and every worker gets its own copy, as it had its
    own build before (a DuckDB file is opened by one process at a time, and a test may write to its copy)."""
    import fcntl
    import shutil

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's folder, above the workers'
    done = shared / f"{name}.duckdb"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if the build fails
        if not done.exists():
            work = shared / f"{name}.build"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            build(work / done.name)
            wal = work / (done.name + ".wal")  # DuckDB checkpoints on close; a log left behind travels with the file
            if wal.exists():
                wal.rename(shared / wal.name)
            (work / done.name).rename(done)  # complete or absent: a failed build is tried again by the next worker
    mine = tmp_path_factory.mktemp(name) / done.name
    shutil.copyfile(done, mine)
    if (shared / (done.name + ".wal")).exists():
        shutil.copyfile(shared / (done.name + ".wal"), mine.parent / (done.name + ".wal"))
    return str(mine)


@pytest.fixture
def seeds_dir() -> Path:
    """The two founding documents (shared copy when present, else the bundled one)."""
    return SEEDS if SEEDS.exists() else BUNDLED_SEEDS


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.duckdb")


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def last_json(self) -> dict:
        return json.loads(self.out.strip().splitlines()[-1])


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run the CLI in-process: cli('ingest', path, db=...) -> Result."""
    monkeypatch.delenv("ATTACHE_DB", raising=False)

    def run(*args: str, db: str | None = None, stdin: bytes | None = None) -> Result:
        argv = (["--db", db] if db else []) + [str(a) for a in args]
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def attache_exe() -> str:
    exe = Path(sys.executable).parent / "attache"
    return str(exe)


def run_exe(
    *args: str, cwd: Path | None = None, input: bytes | None = None, env: dict | None = None, prefix: list[str] | None = None
):
    """Run the installed console script as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("ATTACHE_DB", None)
    return subprocess.run(
        [*(prefix or []), attache_exe(), *map(str, args)],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=full_env,
        timeout=600,
    )


def read_until(sock, marker: bytes) -> bytes:
    """What ``sock`` sends until ``marker`` has come (or the peer closes first: then without it)."""
    data = b""
    while marker not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


@pytest.fixture(scope="session")
def analyzer():
    """One Analyzer (model, knowledge base, coder) for the whole test session."""
    from attache.analysis import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def nlp(analyzer):
    """The Analyzer's spaCy pipeline (loaded once with it)."""
    return analyzer.nlp


@pytest.fixture(scope="session")
def seed_analyses(analyzer):
    """{seed file name: (Article, Analysis)} for the two founding documents."""
    from attache.extract import extract
    from attache.sources import plan_inputs, read_inputs

    folder = SEEDS if SEEDS.exists() else BUNDLED_SEEDS
    out = {}
    for raw in read_inputs(plan_inputs([str(folder)])):
        article = extract(raw)
        (analysis,) = analyzer.analyze([article])
        out[raw.uri.rsplit("/", 1)[-1]] = (article, analysis)
    return out


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server on 127.0.0.1 for this test session (Debian's binaries, temporary data)."""
    from pgserver import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()
