"""How often the coder gives an event with both sides where a sentence names parties of two countries, on text no rule
was tuned on: the first two sentences of the synthetic PLOVER stories (``../shared/eval/events/plover_dev.jsonl``).

    PYTHONPATH=src python scripts/story_coverage.py [--stories 1200] [--offset 1300] [--seed 11] [--show]

Stories are shuffled with the seed and ``--stories`` of them, from ``--offset``, are read (the twentieth session used
1,200 from 1,300). Of each, the first two sentences longer than 40 characters are coded as articles of their own
(publication date 2023-05-10). A sentence counts when its mentions name at least two countries; the last line is a JSON
count: ``two`` (an event with both sides), ``trigger`` (none such, but a trigger word was read: its sides were lost) and
``no_trigger``. ``--show`` prints each counted sentence without a two-sided event, with the triggers read there and the
sides the coder's syntax found for them, to read for kinds of prose the coder loses (the stories' labels are pseudo
labels of a prompted template: read them as text, not as gold).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from attache.analysis import Analyzer
from attache.evaluate import dyads
from attache.events import coder as coder_module
from attache.nlp import parse

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "events" / "plover_dev.jsonl"
SENTENCE = re.compile(r".+?[.!?](?=\s+[A-Z\"“]|$)")


def sentences(rows: list[dict], stories: int, offset: int) -> list[dict]:
    """The first two sentences (over 40 characters) of each story read, as rows ``attache eval dyads`` can code."""
    out = []
    for r in rows[offset : offset + stories]:
        text = re.sub(r"\s+", " ", r["text"].strip())
        for k, s in enumerate(SENTENCE.findall(text)[:2]):
            if len(s) > 40:
                out.append({"id": f"{r['id']}#{k}", "text": s.strip(), "pub_date": "2023-05-10", "label": r["event_type"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--stories", type=int, default=1200)
    ap.add_argument("--offset", type=int, default=1300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("kind") == "synthetic_story"]
    random.Random(args.seed).shuffle(rows)
    items = sentences(rows, args.stories, args.offset)

    read: list[tuple] = []  # (trigger word, sources, targets) of the sentence being coded
    plain = coder_module.EventCoder._trigger_sides

    def recorded(self, tok, *rest, **kw):
        found = plain(self, tok, *rest, **kw)
        read.append((tok.text, [f"{a.m.text}/{a.m.country}" for a in found[0]], [f"{a.m.text}/{a.m.country}" for a in found[1]]))
        return found

    coder_module.EventCoder._trigger_sides = recorded  # read only: the sides are returned as found
    analyzer = Analyzer()
    counts: Counter = Counter()
    for item, parsed in zip(items, parse(dyads._articles_for([{**i, "context": ""} for i in items]))):
        mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
        if len({m.country for m in mentions if m.country}) < 2:
            continue
        read.clear()
        events = analyzer.coder.code(parsed, mentions, parsed.article.published)
        if any(e.source is not None and e.target is not None for e in events):
            counts["two"] += 1
            continue
        counts["trigger" if read else "no_trigger"] += 1
        if args.show:
            print(f"{item['label']} | {item['text'][:240]}\n    triggers: {read[:4]}")
    print(json.dumps({"sentences": sum(counts.values()), **counts}))


if __name__ == "__main__":
    main()
