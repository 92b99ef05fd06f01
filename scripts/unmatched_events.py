"""The false events of a TUNING set: every two-sided event ``attache eval dyads`` counts against precision.

    PYTHONPATH=src python scripts/unmatched_events.py eval/events_gold_dev.jsonl [--half a] [--one-sided]

Scores the rows as ``attache eval dyads`` does (``evaluate/dyads.py``: one article per row, the row's context
before it) and prints, per event that matches no gold row of its sentence: the row id, whether the row has a gold
event at all, the trigger word, the type, the sides, the confidence and the sentence. ``--one-sided`` also lists the
one-sided events of rows without a gold event (eval does not count them; the demo output shows them). The last line
is a JSON count by trigger lemma, to group the false events into classes.

For the tuning sets only (gold dev, gold3 dev, GSR half a): never run it on a held-out file.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from attache.analysis import Analyzer
from attache.evaluate import dyads
from attache.nlp import parse


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--one-sided", action="store_true")
    args = ap.parse_args()
    if dyads.held_out(args.data, args.half):
        raise SystemExit("held-out data: not listed (tuning sets only)")
    articles, _problems = dyads.load_half(args.data, args.half)
    analyzer = Analyzer()
    by_trigger: Counter = Counter()
    n = 0
    for art, parsed in zip(articles, parse(dyads._articles_for(articles))):
        date = parsed.article.published
        text = parsed.article.text
        at = dyads._offset(art)
        mentions = analyzer.resolver.resolve(parsed, date)
        for e in analyzer.coder.code(parsed, mentions, date):
            if not dyads._in_sentence(e, at):
                continue
            one_sided = e.source is None or e.target is None
            if one_sided and not (args.one_sided and not art["gold"]):
                continue
            if not one_sided:
                rec = dyads.event_record(e, text)
                if any(dyads.pair_found(rec, g) for g in art["gold"]):
                    continue
            n += 1
            by_trigger[e.trigger.lower()] += 1
            src = e.source.name if e.source else None
            tgt = e.target.name if e.target else None
            gold = "gold:none" if not art["gold"] else f"gold:{len(art['gold'])}"
            print(
                f"{art['id']} [{gold}] trigger={e.trigger!r} {src} -{e.plover_type}/{e.plover_mode}-> {tgt} conf={e.confidence:.2f} {e.factuality}"
            )
            print(f"    {art['text']}")
    print(json.dumps({"unmatched": n, "by_trigger": dict(by_trigger.most_common())}))


if __name__ == "__main__":
    main()
