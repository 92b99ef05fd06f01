"""scripts/side_ceiling.py: is a gold side among the resolver's mentions (the ceiling of any side choice)?

Sentences and names below are written for this test (not taken from an evaluation file).
"""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from attache.model import Mention

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "side_ceiling.py"
_spec = importlib.util.spec_from_file_location("side_ceiling", SCRIPT)
side_ceiling = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(side_ceiling)


def mention(text, start, country=None, actor="x", name=None):
    return Mention(
        article_id="a",
        start=start,
        end=start + len(text),
        text=text,
        actor_id=actor,
        name=name or text,
        country=country,
        sector=None,
        role=None,
        confidence=1.0,
        how="kb",
    )


def sides(text, *ms):
    return [side_ceiling.mention_side(m, text) for m in ms]


def gold(src, tgt, symmetric=False):
    return {
        "source": [{"text": t, "code": c} for t, c in src],
        "target": [{"text": t, "code": c} for t, c in tgt],
        "symmetric": symmetric,
    }


TEXT = "The mayor of Lyon thanked the firefighters of Quebec."


def test_both_sides_need_two_different_mentions():
    lyon = mention("mayor of Lyon", 4, "FRA")
    g = gold([("the mayor", "FRA")], [("the firefighters", "CAN")])
    src, tgt = side_ceiling.gold_sides(g)
    # only the source side is a mention: one side present
    p = side_ceiling.presence(sides(TEXT, lyon), src, tgt)
    assert p == {"source": True, "target": False, "both": False}
    assert side_ceiling.classify(p, True) == "one"
    quebec = mention("firefighters of Quebec", TEXT.index("firefighters"), "CAN")
    p = side_ceiling.presence(sides(TEXT, lyon, quebec), src, tgt)
    assert side_ceiling.classify(p, True) == "both"
    # one mention matching both sides (same country on both) is not two sides
    g2 = gold([("the mayor", "FRA")], [("the city council", "FRA")])
    p = side_ceiling.presence(sides(TEXT, lyon), *side_ceiling.gold_sides(g2))
    assert p["source"] and p["target"] and not p["both"]


def test_strict_match_needs_shared_words_and_actor_filter():
    lyon = mention("mayor of Lyon", 4, "FRA")
    other = mention("Lyon", 13, "FRA", actor=None)
    g = gold([("the mayor", "FRA")], [("the city council", "FRA")])
    src, tgt = side_ceiling.gold_sides(g)
    # by country (the scorer's match) both sides are there; by words only the mayor is
    assert side_ceiling.presence(sides(TEXT, lyon, other), src, tgt)["both"]
    strict = side_ceiling.presence(sides(TEXT, lyon, other), src, tgt, strict=True)
    assert strict == {"source": True, "target": False, "both": False}
    # a mention without an actor id is no side the coder could keep
    assert not side_ceiling.presence(sides(TEXT, lyon, other), src, tgt, need_actor=True)["both"]


def test_symmetric_and_targetless_rows():
    g = gold([("Chile", "CHL"), ("Peru", "PER")], [], symmetric=True)
    assert side_ceiling.gold_sides(g) == (g["source"][:1], g["source"][1:])
    g1 = gold([("farmers", "FRA")], [])
    src, tgt = side_ceiling.gold_sides(g1)
    assert tgt == []
    p = side_ceiling.presence(sides(TEXT, mention("mayor of Lyon", 4, "FRA")), src, tgt)
    assert side_ceiling.classify(p, bool(tgt)) == "no_target"


def test_script_on_a_small_file(tmp_path):
    def row(n, text, etype, source, target, context=""):
        side = lambda pairs: [{"text": t, "code": c} for t, c in pairs]  # noqa: E731
        return {"id": n, "article_id": "art-" + n, "text": text, "context": context, "event_type": etype,
                "source": side(source), "target": side(target)}  # fmt: skip

    rows = [
        row("t1", "Norway's foreign minister met the Chilean ambassador in Oslo on Monday.", "CONSULT",
            [("Norway's foreign minister", "NOR")], [("the Chilean ambassador", "CHL")]),
        row("t2", "He thanked the people of Chile for their welcome.", "SUPPORT", [("He", "NOR")],
            [("the people of Chile", "CHL")], "Prime Minister Halvard Ostby of Norway arrived in Santiago on Sunday."),
        row("t3", "Thousands of farmers marched through Madrid on Saturday.", "PROTEST", [("Thousands of farmers", "ESP")], []),
    ]  # fmt: skip
    data = tmp_path / "gold.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(data), "--details"], capture_output=True, text=True, env=env, check=True
    ).stdout.splitlines()
    details = {r["id"]: r for r in map(json.loads, out[:-1])}
    summary = json.loads(out[-1])
    assert details["t1"]["class"] == "both"
    assert details["t2"]["class"] == "one" and details["t2"]["absent"] == ["source"]
    assert details["t2"]["absent_in_context"] == ["source"]  # Norway is named in the context only
    # "He" is no resolver mention; the coder's own coreference may still carry it (then the row is found)
    t2 = details["t2"]
    assert t2["cause"] == ("a_not_mention/anaphor" if t2["found"] == "missed" else "found")
    assert details["t3"]["class"] == "no_target" and details["t3"]["cause"] == "m_no_target"
    assert summary["rows"] == 3
    assert summary["all"]["both"] == 1 and summary["ceiling_dyad_recall"] == round(1 / 3, 4)


def test_actor_kind_names_what_the_resolver_lacks():
    lyon = mention("mayor of Lyon", 4, "FRA")
    s = sides(TEXT, lyon)
    assert side_ceiling.actor_kind(gold([("the mayor", "FRA")], [("They", "CAN")]), s) == "anaphor"
    assert side_ceiling.actor_kind(gold([("the mayor", "FRA")], [("both countries", "CAN")]), s) == "anaphor"
    assert side_ceiling.actor_kind(gold([("the mayor", "FRA")], [("the firefighters", "CAN")]), s) == "generic_noun"
    assert side_ceiling.actor_kind(gold([("the mayor", "FRA")], [("Quebec Fire Service", "CAN")]), s) == "named"
    assert side_ceiling.actor_kind(gold([("", "FRA")], [("the firefighters", "CAN")]), s) == "implicit_author"
