"""scripts/gold_agreement.py on a tiny hand-made pair of annotation files.

Expected figures are worked out by hand in the comments, so the test fails if the
alignment or the kappa arithmetic changes.
"""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gold_agreement.py"


def ev(sid, etype, src, tgt, sym=False, fact="asserted", date="2022-01-01"):
    side = lambda codes: [{"text": c.lower(), "code": c} for c in codes]  # noqa: E731
    return {
        "sentence_id": sid,
        "text": f"sentence {sid}",
        "event_type": etype,
        "source": side(src),
        "target": side(tgt),
        "symmetric": sym,
        "factuality": fact,
        "date": date,
    }


def none(sid):
    return {
        "sentence_id": sid,
        "text": f"sentence {sid}",
        "event_type": None,
        "source": [],
        "target": [],
        "symmetric": False,
        "factuality": None,
        "date": None,
    }


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def run(tmp_path, first, second):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write(a, first)
    write(b, second)
    out = subprocess.run([sys.executable, str(SCRIPT), str(a), str(b)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stderr


def test_hand_computed_pair(tmp_path):
    first = [
        ev("s1", "CONSULT", ["USA"], ["PAK"], sym=True),
        ev("s2", "ACCUSE", ["USA"], ["RUS"]),
        ev("s2", "ASSAULT", ["RUS"], ["UKR"]),
        none("s3"),
        ev("s4", "SUPPORT", ["RUS"], ["KGZ"], fact="planned"),
    ]
    second = [
        ev("s1", "CONSULT", ["PAK"], ["USA"], sym=True),  # same call, sides swapped
        ev("s2", "ACCUSE", ["USA"], ["RUS"]),  # the ASSAULT is missed
        none("s3"),
        ev("s4", "AGREE", ["RUS"], ["KGZ"], date="2022-01-02"),
        ev("s5", "AID", ["USA"], ["AFG"]),  # sentence only in the second file
    ]
    res, _ = run(tmp_path, first, second)
    assert res["matched_sentences"] == 4 and res["only_second"] == 1
    # aligned items: CONSULT/CONSULT, ACCUSE/ACCUSE, ASSAULT/NONE, NONE/NONE, SUPPORT/AGREE
    # po = 3/5; pe = (1*1 + 1*1 + 1*2)/25 = 0.16; kappa = 0.44/0.84
    assert res["aligned_items"] == 5
    assert res["type_agreement"] == 0.6
    assert abs(res["type_kappa"] - round(0.44 / 0.84, 4)) < 1e-9
    # every matched sentence has events in both files or in neither
    assert res["event_kappa"] == 1.0
    # pairs with events on both sides: s1, s2, s4; s1's source differs unless swapped
    assert res["aligned_event_pairs"] == 3
    assert abs(res["source_exact"] - 0.6667) < 1e-4
    assert res["sides_exact"] == 1.0
    assert abs(res["factuality_agreement"] - 0.6667) < 1e-4
    assert abs(res["date_agreement"] - 0.6667) < 1e-4
    assert "ASSAULT/NONE:1" in res["top_type_disagreements"]


def test_swap_needs_symmetry_and_bad_lines_are_skipped(tmp_path):
    first = [ev("s1", "ACCUSE", ["USA"], ["RUS"])]
    second = [ev("s1", "ACCUSE", ["RUS"], ["USA"])]
    res, _ = run(tmp_path, first, second)
    assert res["sides_exact"] == 0.0 and res["type_kappa"] == 1.0
    a = tmp_path / "bad.jsonl"
    a.write_text('{"sentence_id": "s1", "event_type": "ACCUSE"\nnot json\n', encoding="utf-8")
    b = tmp_path / "ok.jsonl"
    write(b, second)
    out = subprocess.run([sys.executable, str(SCRIPT), str(a), str(b)], capture_output=True, text=True, check=True)
    assert "skipped, not JSON" in out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["matched_sentences"] == 0
