"""Input limits: each one declared once (default, environment variable, unit) and documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from attache.limits import MB, LimitError, Limits, env_name

DOCS = Path(__file__).resolve().parents[1] / "docs" / "limits.md"


def test_every_limit_has_a_variable_that_the_docs_name() -> None:
    names = [env_name(f.name) for f in fields(Limits)]
    assert len(set(names)) == len(names)
    text = DOCS.read_text("utf-8")
    for name in names:
        assert name.startswith("ATTACHE_") and f"`{name}`" in text, name


def test_variables_are_read_in_their_units() -> None:
    got = Limits.from_env(
        {"ATTACHE_MAX_MB": "2.5", "ATTACHE_MAX_HEADER_KB": "3", "ATTACHE_EXTRACT_SECONDS": "1.5", "ATTACHE_MAX_JSON_DEPTH": "7"}
    )
    assert got.document_bytes == 2_500_000
    assert got.header_bytes == 3_000
    assert got.extract_seconds == 1.5
    assert got.json_depth == 7
    assert got.file_bytes == 100 * MB  # untouched: the default


def test_blank_variables_keep_the_default_and_arguments_win() -> None:
    assert Limits.from_env({"ATTACHE_MAX_MB": ""}) == Limits()
    assert Limits.from_env({"ATTACHE_MAX_MB": "5"}, document_bytes=7).document_bytes == 7
    assert Limits.from_env({"ATTACHE_MAX_MB": "5"}, document_bytes=None).document_bytes == 5 * MB


@pytest.mark.parametrize("raw", ["x", "-1", "nan"])
def test_a_bad_value_names_its_variable(raw: str) -> None:
    with pytest.raises(LimitError, match="ATTACHE_MAX_PROBLEMS"):
        Limits.from_env({"ATTACHE_MAX_PROBLEMS": raw})


def test_an_unknown_limit_has_no_variable() -> None:
    with pytest.raises(KeyError):
        env_name("no_such_limit")
