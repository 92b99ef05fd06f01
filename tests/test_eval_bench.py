"""attache eval and attache bench: the scorer, the figures and the JSON last line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from attache.evaluate.extraction import aggregate, match
from conftest import EVAL, needs_shared


def test_shingle_scorer_basics():
    text = "one two three four five six seven"
    assert match(text, text) == (1.0, 0.0, 0.0)
    assert match(text, "alpha beta gamma delta") == (0.0, 0.2, 0.8)  # 1 wrong shingle, 4 missed
    tp, fp, fn = match(text, "one two three four five")  # 2 of 4 shingles found, none extra
    assert (tp, fp, fn) == (0.5, 0.0, 0.5)
    m = aggregate([match(text, text), match(text, "one two three four five")])
    assert m["precision"] == 1.0 and m["recall"] == 0.75 and m["accuracy"] == 0.5
    assert abs(m["f1"] - 2 * 0.75 / 1.75) < 1e-12


def test_shingle_counts_are_a_multiset():
    # a repeated paragraph counts twice: extra copies are false positives
    tp, fp, fn = match("a b c d", "a b c d a b c d")
    assert fp > 0 and fn == 0


def _mini_benchmark(tmp_path: Path) -> Path:
    d = tmp_path / "bench"
    (d / "html").mkdir(parents=True)
    body = (
        "The minister said the talks in Geneva would continue next week after a first round ended without agreement. "
        "Negotiators from both countries described the atmosphere as constructive and businesslike."
    )
    page = f"<html><head><title>Talks</title></head><body><nav>Home News Sport</nav><article><p>{body}</p><p>{body[::-1]}</p></article><footer>Contact us</footer></body></html>"
    for key in ("p1", "p2"):
        (d / "html" / f"{key}.html.gz").write_bytes(gzip.compress(page.encode()))
    (d / "ground-truth.json").write_text(
        json.dumps({k: {"articleBody": body + "\n" + body[::-1], "url": f"https://x.org/{k}"} for k in ("p1", "p2")})
    )
    return d


def test_eval_extraction_cli_on_small_benchmark(cli, tmp_path):
    d = _mini_benchmark(tmp_path)
    r = cli("eval", "extraction", "--data", d)
    assert r.code == 0
    result = r.last_json
    assert set(result) == {"task", "n", "precision", "recall", "f1", "accuracy"}
    assert result["task"] == "extraction" and result["n"] == 2
    assert result["f1"] > 0.9
    assert "lowest-scoring pages" in r.out


def test_eval_extraction_missing_data(cli, tmp_path):
    r = cli("eval", "extraction", "--data", tmp_path)
    assert r.code == 1 and "ground-truth.json" in r.err


@needs_shared
def test_eval_extraction_meets_the_bar(cli):
    """Issue acceptance: body F1 >= 0.96 on the development pages."""
    r = cli("eval", "extraction", "--data", EVAL / "extraction")
    result = r.last_json
    assert result["n"] == 91
    assert result["f1"] >= 0.96, result
    assert result["precision"] > 0.9 and result["recall"] > 0.9


def test_bench_extract(cli, tmp_path, seeds_dir):
    r = cli("bench", "extract", "--data", seeds_dir, "--repeat", "3")
    assert r.code == 0
    result = r.last_json
    assert result["stage"] == "extract" and result["docs"] == 6 and result["failed"] == 0
    assert result["docs_per_s"] > 0 and result["peak_rss_mb"] > 10
    r = cli("bench", "extract", "--data", _mini_benchmark(tmp_path))
    assert r.last_json["docs"] == 2
    assert cli("bench", "extract", "--data", tmp_path / "nothing").code == 1
