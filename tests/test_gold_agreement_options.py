"""scripts/gold_agreement.py's additive options (--first-articles, --spans, --list) on hand-made files.

The figures are worked out by hand in the comments; without the options the output keeps its keys.
"""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gold_agreement.py"


def ev(sid, art, etype, src, tgt, sym=False, fact="asserted", date="2022-01-01", prec="publication", mode=None, by=None):
    side = lambda items: [{"text": t, "code": c} for t, c in items]  # noqa: E731
    return {
        "sentence_id": sid,
        "article_id": art,
        "text": f"sentence {sid}",
        "event_type": etype,
        "mode": mode,
        "source": side(src),
        "target": side(tgt),
        "symmetric": sym,
        "factuality": fact,
        "attributed_to": by,
        "date": date,
        "date_precision": prec,
    }


def none(sid, art):
    return {"sentence_id": sid, "article_id": art, "text": f"sentence {sid}", "event_type": None, "source": [], "target": []}


def run(tmp_path, first, second, *opts):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in first), encoding="utf-8")
    b.write_text("".join(json.dumps(r) + "\n" for r in second), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), str(a), str(b), *opts], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stdout


FIRST = [
    ev("a1-s1", "a1", "CONSULT", [("Secretary Blinken", "USA")], [("Foreign Minister Qureshi", "PAK")], sym=True, mode="PHONE"),
    ev("a1-s2", "a1", "ACCUSE", [("The Secretary", "USA")], [("Russia", "RUS")], prec="day"),
    ev("a2-s1", "a2", "ASSAULT", [("Kyiv", "UKR")], [("Donetsk", "UKR")], fact="reported", by="Lavrov"),
    none("a3-s1", "a3"),
]
SECOND = [
    # same call, sides swapped, other spans for the same actors
    ev("a1-s1", "a1", "CONSULT", [("Qureshi", "PAK")], [("Secretary Blinken", "USA")], sym=True, mode="PHONE"),
    # same spans in another case, other date precision
    ev("a1-s2", "a1", "ACCUSE", [("the Secretary", "USA")], [("RUSSIA", "RUS")]),
    ev("a2-s1", "a2", "ASSAULT", [("Kyiv", "UKR")], [("Donetsk", "UKR")], fact="reported", by=" lavrov"),
    ev("a3-s1", "a3", "AID", [("the US", "USA")], [("Afghanistan", "AFG")]),
]


def test_plain_output_keeps_its_keys(tmp_path):
    res, _ = run(tmp_path, FIRST, SECOND)
    assert "source_span_exact" not in res and "first_articles" not in res
    assert res["matched_sentences"] == 4 and res["sides_exact"] == 1.0


def test_spans_figures(tmp_path):
    res, _ = run(tmp_path, FIRST, SECOND, "--spans")
    # three aligned pairs; a1-s1's source spans differ ({secretary blinken} vs {qureshi}), and swapped they
    # differ too ({foreign minister qureshi} vs {qureshi}); a1-s2 and a2-s1 match after normalisation
    assert res["aligned_event_pairs"] == 3
    assert abs(res["source_span_exact"] - 0.6667) < 1e-4
    assert abs(res["sides_span_exact"] - 0.6667) < 1e-4
    assert res["symmetric_agreement"] == 1.0
    assert res["mode_pairs"] == 1 and res["mode_agreement"] == 1.0
    assert abs(res["date_precision_agreement"] - 0.6667) < 1e-4
    assert res["reported_pairs"] == 1 and res["attributed_agreement"] == 1.0
    assert res["full_same_type"] == 1.0


def test_first_articles_and_list(tmp_path):
    res, out = run(tmp_path, FIRST, SECOND, "--first-articles", "2", "--list")
    # a3 (where only the second annotator has an event) is left out
    assert res["first_articles"] == 2 and res["matched_sentences"] == 3 and res["event_kappa"] == 1.0
    # a1-s2 differs only in the precision (not listed); nothing else differs in a1/a2
    assert "== " not in out
    res, out = run(tmp_path, FIRST, SECOND, "--list")
    assert "== a3-s1" in out and "2nd: AID | the US=USA | Afghanistan=AFG" in out
    assert "== a1-s1" not in out
