"""Scale on one machine: a pool of analysis processes gives the same results as one process."""

from __future__ import annotations

import json


def test_workers_give_the_same_results(cli, seeds_dir, tmp_path):
    one = json.loads(cli("analyze", seeds_dir, "--format", "json", "--no-store").out)
    two = json.loads(cli("analyze", seeds_dir, "--format", "json", "--workers", "2", "--no-store").out)
    key = lambda d: sorted(
        (
            e["article_id"],
            e["cameo_code"],
            e["trigger"]["start"],
            (e["source"] or {}).get("actor_id"),
            (e["target"] or {}).get("actor_id"),
            e["factuality"],
        )
        for e in d["events"]
    )
    assert key(one) == key(two) and len(one["events"]) > 10
    assert [m["actor_id"] for m in one["mentions"]] == [m["actor_id"] for m in two["mentions"]]
    assert [(q["start"], q["value"]) for q in one["quantities"]] == [(q["start"], q["value"]) for q in two["quantities"]]
