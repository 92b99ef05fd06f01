"""Gold events of a TUNING set that the coder never detects: no event of any type near the gold trigger.

    PYTHONPATH=src python scripts/undetected_triggers.py eval/events_gold_dev.jsonl [--half a] [--json]

Scores the rows as ``attache eval dyads`` does (``evaluate/dyads.py``: one article per row, the row's context
before it). For every gold row with a type, "detected" means an event of any type and any number of sides (one-sided
included) whose trigger lies near the gold trigger: within ``NEAR`` characters of a piece of the row's ``(EVT: ...)``
markup where the file has it (the PLOVER GSR), else anywhere in the scored sentence. Each undetected row is printed
with its gold type, the gold trigger pieces (GSR) or the sentence's root and verbs, and whether the coder reads a trigger
there at all: ``dropped``
(a word of the sentence, of the gold trigger's where the markup gives it, is a trigger for ``EventCoder._trigger``
and the event was dropped after it: sides, sense or factuality rules) or ``gap`` (no word of it is read as a trigger). The last line
is a JSON count by gold type and by head lemma, to group the misses into classes of words.

For the tuning sets only: never run it on a held-out file.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from attache.analysis import Analyzer
from attache.evaluate import dyads, json_rows
from attache.nlp import parse

NEAR = 12  # characters between an event's trigger and a gold trigger piece
EVT = re.compile(r"\(EVT: ([^()]*)\)")


def trigger_pieces(raw: dict) -> list[str]:
    """The gold trigger's words: the ``(EVT: ...)`` pieces of the markup, else none (the sentence stands for it)."""
    return [p.strip() for p in EVT.findall(raw.get("markup") or "") if p.strip()]


def piece_spans(text: str, pieces: list[str], at: int) -> list[tuple[int, int]]:
    """Article offsets of each piece's first occurrence in the sentence (a piece not found is left out)."""
    out = []
    for p in pieces:
        i = text.find(p)
        if i >= 0:
            out.append((at + i, at + i + len(p)))
    return out


def near(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b + NEAR and a - NEAR < end for a, b in spans)


def sentence_tokens(parsed, at: int) -> list:
    """The scored sentence's tokens (the segments at or after the sentence's offset)."""
    return [t for seg in parsed.segments if seg.start >= at for t in seg.doc]


def head_of(tokens: list, spans: list[tuple[int, int]], seg_at: int) -> list[str]:
    """The lemmas of the tokens inside the gold trigger pieces (verbs and nouns first)."""
    inside = [t for t in tokens if any(a <= seg_at + t.idx < b for a, b in spans)]
    inside.sort(key=lambda t: t.pos_ not in ("VERB", "NOUN"))
    return [t.lemma_.lower() for t in inside if t.is_alpha]


def trigger_tokens(coder, tokens: list, spans: list[tuple[int, int]], seg_at: int) -> list[str]:
    """The words of the sentence (of the gold pieces, where the file has them) that the coder reads as a trigger
    (``EventCoder._trigger``): "word/TYPE". Any: the word is known and the event was dropped after (sides, sense,
    factuality); none: a gap of the lexicon."""
    out = []
    for t in tokens:
        if spans and not near(seg_at + t.idx, seg_at + t.idx + len(t), spans):
            continue
        try:
            found = coder._trigger(t)
        except Exception:  # the coder's per-article state is gone: count the word as not read
            found = None
        if found:
            out.append(f"{t.text}/{found[0]}")
    return out


def watch_sides(coder) -> dict:
    """Record, per trigger token the coder tries (``EventCoder._fill_sides``: after the trigger's own sides and the
    order fallback), what it had: ``{(id(doc), i): (sources with an actor, targets with an actor, sides settled)}``."""
    seen: dict = {}
    fill = coder._fill_sides

    def watched(tok, sent, toks, trig, found, by_token, settled):
        out = fill(tok, sent, toks, trig, found, by_token, settled)
        sources, targets, _parts = found
        n_src = sum(1 for a in sources if a.m.actor_id)
        n_tgt = sum(1 for a in targets if a.m.actor_id)
        seen[(id(tok.doc), tok.i)] = (n_src, n_tgt, out[0] is not None)
        return out

    coder._fill_sides = watched
    return seen


def dropped_why(tokens: list, spans: list[tuple[int, int]], seg_at: int, seen: dict) -> str:
    """Why a trigger word of the row gave no event: ``skipped`` (the coder never tried its sides: a governed complement,
    the object of another trigger, a frame), ``no_source`` / ``no_target`` (no actor found for that side, the verb
    event needs both), ``filtered`` (sides settled, the event removed after: same actor on both sides, re-ranking,
    a party's own stance, merging)."""
    found = [seen[(id(t.doc), t.i)] for t in tokens if (id(t.doc), t.i) in seen]
    if spans:
        found = [
            seen[(id(t.doc), t.i)]
            for t in tokens
            if (id(t.doc), t.i) in seen and near(seg_at + t.idx, seg_at + t.idx + len(t), spans)
        ]
    if not found:
        return "skipped"
    if any(settled for _s, _t, settled in found):
        return "filtered"
    if any(n_src for n_src, _t, _ in found):
        return "no_target"
    return "no_source"


def undetected(path: Path, half: str | None = None, analyzer=None) -> tuple[list[dict], dict]:
    """The undetected gold rows of a tuning file (one dict each) and the summary counts."""
    if dyads.held_out(path, half):
        raise SystemExit("held-out data: not listed (tuning sets only)")
    raw_by_id = {str(r.get("id")): r for r in json_rows(path)}
    articles, _problems = dyads.load_half(path, half)
    analyzer = analyzer or Analyzer()
    counts: dict[str, Counter] = {k: Counter() for k in ("kinds", "why", "gold_sides", "by_type", "by_head")}
    rows: list[dict] = []
    n_gold = 0
    fill = analyzer.coder.__dict__.get("_fill_sides")
    seen = watch_sides(analyzer.coder)
    try:
        for art, parsed in zip(articles, parse(dyads._articles_for(articles))):
            if not any(g["type"] for g in art["gold"]):
                continue
            date = parsed.article.published
            at = dyads._offset(art)
            mentions = analyzer.resolver.resolve(parsed, date)
            seen.clear()
            events = [e for e in analyzer.coder.code(parsed, mentions, date) if dyads._in_sentence(e, at)]
            tokens = sentence_tokens(parsed, at)
            seg_at = next((seg.start for seg in parsed.segments if seg.start >= at), at)
            for g in art["gold"]:
                if not g["type"]:
                    continue
                n_gold += 1
                pieces = trigger_pieces(raw_by_id.get(g["id"], {}))
                spans = piece_spans(art["text"], pieces, at)
                if any(near(e.trigger_start, e.trigger_end, spans) for e in events) if spans else events:
                    continue
                if spans:
                    heads = head_of(tokens, spans, seg_at)
                else:
                    root = [t.lemma_.lower() for t in tokens if t.dep_ == "ROOT"]
                    heads = root + [t.lemma_.lower() for t in tokens if t.pos_ == "VERB" and t.dep_ != "ROOT"]
                fired = trigger_tokens(analyzer.coder, tokens, spans, seg_at)
                row = {
                    "id": g["id"],
                    "type": g["type"],
                    "kind": "dropped" if fired else "gap",
                    "why": dropped_why(tokens, spans, seg_at, seen) if fired else "no_trigger",
                    "gold_target": bool(g["target"]),
                    "heads": heads,
                    "pieces": pieces,
                    "triggers_found": fired,
                    "events_in_sentence": [f"{e.trigger}/{e.plover_type}" for e in events],
                    "text": art["text"],
                }
                rows.append(row)
                counts["kinds"][row["kind"]] += 1
                counts["why"][row["why"]] += 1
                counts["by_type"][g["type"]] += 1
                counts["gold_sides"]["two" if g["target"] else "one"] += 1
                counts["by_head"][f"{g['type']}:{heads[0] if heads else '?'}"] += 1
    finally:  # the coder is the caller's: give its own method back
        if fill is None:
            analyzer.coder.__dict__.pop("_fill_sides", None)
        else:
            analyzer.coder._fill_sides = fill
    summary = {"gold_rows": n_gold, "undetected": len(rows)} | {k: dict(c.most_common()) for k, c in counts.items()}
    return rows, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--json", action="store_true", help="one JSON line per undetected row instead of text")
    args = ap.parse_args()
    rows, summary = undetected(args.data, args.half)
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(
                f"{row['id']} {row['type']} [{row['kind']}: {row['why']}] heads={row['heads']} triggers={row['triggers_found']}"
            )
            print(f"    events: {row['events_in_sentence']}")
            print(f"    {row['text']}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
