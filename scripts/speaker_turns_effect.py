"""How many events of the demo transcripts change source when speaker turns are read (events/speakers.py).

    PYTHONPATH=src python scripts/speaker_turns_effect.py kremlin [N]   # Kremlin.ru texts with a colon
    PYTHONPATH=src python scripts/speaker_turns_effect.py state [N]     # State Department texts with "QUESTION:"

Each article is parsed and resolved once and coded twice, with and without the turns; prints the count of events
whose source country changes (or that appear / disappear), by (before, after), and 12 changed events at random.
"""

from __future__ import annotations

import collections
import csv
import json
import random
import sys

from attache.analysis import Analyzer
from attache.events import coder as coder_module
from attache.events import speakers
from attache.model import Article, Paragraph
from attache.nlp import parse

CORPUS = "/work/shared/corpus/demo"


class _NoTurns:
    def __init__(self, *args) -> None:
        pass

    def at(self, offset: int) -> None:
        return None


def _articles(which: str, n: int) -> list[Article]:
    if which == "kremlin":
        csv.field_size_limit(10**9)
        with open(f"{CORPUS}/kremlin_2021_2022.csv", encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if ":" in r["body"]][:n]
        return [
            Article(str(i), r["body"], [Paragraph(0, len(r["body"]))], published=r["date"][:10], language="en", url=r["link"])
            for i, r in enumerate(rows)
        ]
    with open(f"{CORPUS}/state_department_2021_2022.jsonl", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if "QUESTION:" in r["text"]][:n]
    return [Article(str(i), r["text"], [Paragraph(0, len(r["text"]))], language="en", url=r["url"]) for i, r in enumerate(rows)]


def main() -> None:
    which, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10**6
    arts = _articles(which, n)
    analyzer = Analyzer()
    changed, total = [], 0
    for parsed in parse(arts):
        mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
        runs = {}
        for name, turns in (("after", speakers.SpeakerTurns), ("before", _NoTurns)):
            coder_module.SpeakerTurns = turns  # type: ignore[misc,assignment]
            runs[name] = {
                (e.plover_type, e.sentence_start, e.trigger): e
                for e in analyzer.coder.code(parsed, mentions, parsed.article.published)
            }
        coder_module.SpeakerTurns = speakers.SpeakerTurns  # type: ignore[misc]
        total += len(runs["before"])
        for key in runs["before"].keys() | runs["after"].keys():
            before, after = runs["before"].get(key), runs["after"].get(key)
            side = [("absent" if e is None else (e.source.country if e.source else None)) for e in (before, after)]
            if side[0] != side[1]:
                e = before or after
                text = parsed.article.text[e.sentence_start : e.sentence_end][:160]
                changed.append((parsed.article.id, key[0], str(side[0]), str(side[1]), text))
    print(f"articles {len(arts)}, events without turns {total}, source changed {len(changed)}")
    print(collections.Counter((c[2], c[3]) for c in changed).most_common())
    random.seed(1)
    for c in random.sample(changed, min(12, len(changed))):
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
