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

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the checkout")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (`make browser` installs it)")


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
