"""The ceiling of any side choice: are a gold row's source and target among the resolver's mentions at all?

    PYTHONPATH=src python scripts/side_ceiling.py FILE [--half a|b] [--details]

Every side the coder (or a learned ranker, or the sentence back-off) can give an event is a resolver Mention
of the sentence. This script reads each gold file as ``attache eval dyads`` does (``evaluate/dyads.py``: one
article per sentence, the row's ``context`` as the paragraphs before it, the same Analyzer), takes the
resolver's mentions that lie in the scored sentence, and asks for every gold row whether its source and its
target match one of them the way the scorer matches an emitted side (``dyads._match``: the same country
code, or shared content words of the mention's text or resolved name).

Per file it counts the gold rows with both sides present (two different mentions, one for each side), one
side present, none; the same among the rows the coder misses (no emitted event finds the pair); and the
stricter count where the matching mentions also carry an ``actor_id`` (the coder's ``_settle_sides`` keeps
only those). A gold row with no target (one-sided, not symmetric) is counted apart: the scorer cannot find
it. A missing side that a mention of the row's context matches is counted as ``in_context`` (a pronoun or
an anaphor that coreference would have to carry).

"both present" is the recall no side choice over the resolver's mentions can exceed (rule or learned); the
rows with a side absent need the resolver (or coreference), not a better choice.

The last line is JSON; ``--details`` prints one JSON line per gold row first (class, sides, the coder's
events of the sentence including one-sided ones). Tuning files only: never run it on a held-out set.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from attache.evaluate import dyads


def mention_side(m, text: str) -> dict[str, Any]:
    """A mention as the scorer sees an emitted side: its country and the content words of its text and name."""
    return {"country": m.country, "words": dyads._words(text[m.start : m.end]) | dyads._words(m.name), "m": m}


def gold_sides(g: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """The gold row's two sides as lists of gold actors; a symmetric row with no target has both in its source
    (first actor one side, the others the other side). A one-sided row: (source, [])."""
    if g["target"]:
        return g["source"], g["target"]
    if g["symmetric"] and len(g["source"]) >= 2:
        return g["source"][:1], g["source"][1:]
    return g["source"], []


def words_match(side: dict[str, Any], gold: list[dict]) -> bool:
    """The strict match: the mention shares content words with a gold actor's text (no match by country alone,
    which in domestic news lets any mention of the same country stand for a person the resolver never saw)."""
    return any(dyads._words(g["text"]) & side["words"] for g in gold)


def presence(
    sides: list[dict[str, Any]], src: list[dict], tgt: list[dict], need_actor: bool = False, strict: bool = False
) -> dict[str, Any]:
    """Which gold sides some mention matches; ``both``: two different mentions match the two sides."""
    pool = [s for s in sides if s["m"].actor_id] if need_actor else sides
    match = words_match if strict else dyads._match
    s_hits = [s for s in pool if match(s, src)]
    t_hits = [s for s in pool if match(s, tgt)] if tgt else []
    both = any(a["m"] is not b["m"] for a in s_hits for b in t_hits)
    return {"source": bool(s_hits), "target": bool(t_hits), "both": both}


def classify(p: dict[str, Any], has_target: bool) -> str:
    """One class per row: both / one / none present, or ``no_target`` (the gold row has no target)."""
    if not has_target:
        return "no_target"
    if p["both"]:
        return "both"
    if p["source"] or p["target"]:
        return "one"
    return "none"


# a gold side told by a pronoun or a plural anaphor ("they", "both countries", "the two leaders", "his counterpart")
ANAPHOR = re.compile(
    r"^(he|she|they|we|i|you|him|her|them|us|it|his|our|their|its|your|my|me|the first|the second|both sides|"
    r"both countries|the two \w+|(the )?leaders|participants|those present|\w+ members|our countries|the countries|"
    r"his counterpart|(their|his|her) counterparts?)$",
    re.I,
)


def actor_kind(g: dict[str, Any], sides: list[dict[str, Any]]) -> str:
    """What kind of gold side the resolver lacks (the first of the row's sides no mention shares words with):
    ``anaphor`` (a pronoun or "both countries", for coreference), ``implicit_author`` (the gold side has no
    text: the publishing government's own voice), ``generic_noun`` (a common noun: "a man", "rioters"),
    ``named`` (a name or a titled phrase the resolver does not give)."""
    src, tgt = gold_sides(g)
    texts = [a["text"].strip() for side in (src, tgt) if side and not any(words_match(m, side) for m in sides) for a in side]
    if not texts:  # every side shares words with a mention, but one mention stands for both ("the leaders")
        texts = [a["text"].strip() for a in src + tgt]
    if any(not t for t in texts):
        return "implicit_author"
    if any(ANAPHOR.match(t) for t in texts):
        return "anaphor"
    if all(not re.search(r"\b[A-Z]", re.sub(r"^(The|A|An|All|Several|Two|Three)\b", "", t)) for t in texts):
        return "generic_noun"
    return "named"


def cause(g: dict[str, Any], cls: str, cls_words: str, every: list[dict[str, Any]]) -> str:
    """The first blocking cause of a gold row (``found`` when the triple is found):

    - ``d_type``: the pair is found, with another PLOVER type only;
    - ``m_no_target``: the gold row has no target (the scorer cannot find it);
    - ``a_not_mention``: a gold side matches no mention of the sentence (resolver or coreference);
    - ``a_country_only``: both sides match mentions, one of them only through the country code of another
      mention (the gold actor itself is no mention: "he/GBR" by "London");
    - ``b_no_event``: the sides are mentions, the coder finds no event at all in the sentence;
    - ``c_side_choice``: an event of the gold type is found (two-sided with other sides, or one-sided);
    - ``b_other_event``: only events of other types, with other sides (the gold event's trigger is missed or
      read as another event).

    The caller adds to an ``a_`` cause the kind of side missing (``actor_kind``).
    """
    if g["found"] == "triple":
        return "found"
    if g["found"] == "dyad":
        return "d_type"
    if cls == "no_target":
        return "m_no_target"
    if cls != "both":
        return "a_not_mention"
    if cls_words != "both":
        return "a_country_only"
    if not every:
        return "b_no_event"
    if any(e["type"] == g["type"] for e in every):
        return "c_side_choice"
    return "b_other_event"


def run(path: Path, half: str | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from attache.analysis import Analyzer
    from attache.nlp import parse

    articles, _problems = dyads.load_gold(path)
    if half in ("a", "b"):
        articles = [a for a in articles if dyads.half_of(a["id"]) == half]
    analyzer = Analyzer()
    emitted: list[list[dict[str, Any]]] = []
    every: list[list[dict[str, Any]]] = []  # also one-sided events (the scorer drops them)
    sides_of: list[tuple[list, list]] = []
    for art, parsed in zip(articles, parse(dyads._articles_for(articles))):
        date = parsed.article.published
        text = parsed.article.text
        at = dyads._offset(art)
        mentions = analyzer.resolver.resolve(parsed, date)
        sides_of.append(
            ([mention_side(m, text) for m in mentions if m.start >= at], [mention_side(m, text) for m in mentions if m.end <= at])
        )
        two, allv = [], []
        for e in analyzer.coder.code(parsed, mentions, date):
            if not dyads._in_sentence(e, at) or e.source is None:
                continue
            rec = dyads.event_record(e, text)
            rec["text"] = (
                f"{e.source.name}/{e.source.country} -{e.plover_type}-> "
                f"{e.target.name if e.target else None}/{e.target.country if e.target else None}"
            )
            allv.append(rec)
            if rec["target"] is not None:
                two.append(rec)
        emitted.append(two)
        every.append(allv)
    dyads.score(articles, emitted)  # sets each gold row's "found"
    counts: dict[str, Counter] = {
        k: Counter()
        for k in (
            "all",
            "missed",
            "all_actor",
            "missed_actor",
            "all_words",
            "missed_words",
            "missed_in_context",
            "found_in_context",
            "cause",
            "events",
        )
    }
    rows = []
    for art, events, allv, (sides, ctx) in zip(articles, emitted, every, sides_of):
        for g in art["gold"]:
            src, tgt = gold_sides(g)
            p = presence(sides, src, tgt)
            pa = presence(sides, src, tgt, need_actor=True)
            pw = presence(sides, src, tgt, strict=True)
            cls, cls_a, cls_w = classify(p, bool(tgt)), classify(pa, bool(tgt)), classify(pw, bool(tgt))
            missed = g["found"] == "missed"
            counts["all"][cls] += 1
            counts["all_actor"][cls_a] += 1
            counts["all_words"][cls_w] += 1
            if missed:
                counts["missed"][cls] += 1
                counts["missed_actor"][cls_a] += 1
                counts["missed_words"][cls_w] += 1
            why = cause(g, cls, cls_w, allv)
            if why.startswith("a_"):
                why += "/" + actor_kind(g, sides)
            counts["cause"][why] += 1
            absent = [r for r, side in (("source", src), ("target", tgt)) if side and not p[r]]
            in_ctx = [
                r for r, side in (("source", src), ("target", tgt)) if r in absent and any(dyads._match(c, side) for c in ctx)
            ]
            if in_ctx:
                counts["missed_in_context" if missed else "found_in_context"]["rows"] += 1
            rows.append(
                {
                    "id": g["id"],
                    "article": art["id"],
                    "class": cls,
                    "class_actor": cls_a,
                    "class_words": cls_w,
                    "found": g["found"],
                    "cause": why,
                    "absent": absent,
                    "absent_in_context": in_ctx,
                    "text": art["text"],
                    "gold": f"{[s['text'] + '/' + str(s['code']) for s in src]} -{g['type']}-> "
                    f"{[t['text'] + '/' + str(t['code']) for t in tgt]}",
                    "mentions": [
                        f"{text_of(s)}/{s['m'].country}/{s['m'].how}{'' if s['m'].actor_id else '/no-id'}" for s in sides
                    ],
                    "events": [
                        e["text"] + ("" if e["target"] is None or e in events and e.get("matched") else " (wrong)") for e in allv
                    ],
                }
            )
        counts["events"]["all"] += len(events)
        counts["events"]["wrong"] += sum(not e.get("matched") for e in events)
        if not art["gold"] and events:  # a sentence without a gold event: what is found there is wrong
            rows.append(
                {
                    "id": art["id"],
                    "article": art["id"],
                    "class": "no_gold_event",
                    "found": None,
                    "text": art["text"],
                    "mentions": [f"{text_of(s)}/{s['m'].country}/{s['m'].how}" for s in sides],
                    "events": [e["text"] + " (wrong)" for e in events],
                }
            )
    n = sum(counts["all"].values())
    nm = sum(counts["missed"].values())
    summary = {
        "data": str(path) + (f" half {half}" if half else ""),
        "rows": n,
        "missed": nm,
        "all": dict(counts["all"]),
        "missed_rows": dict(counts["missed"]),
        "all_with_actor_id": dict(counts["all_actor"]),
        "missed_with_actor_id": dict(counts["missed_actor"]),
        "all_words_only": dict(counts["all_words"]),
        "missed_words_only": dict(counts["missed_words"]),
        "missed_side_in_context": counts["missed_in_context"]["rows"],
        "cause": dict(counts["cause"].most_common()),
        "events": counts["events"]["all"],
        "wrong_events": counts["events"]["wrong"],
        "ceiling_dyad_recall": round(counts["all"]["both"] / n, 4) if n else 0.0,
        "ceiling_with_actor_id": round(counts["all_actor"]["both"] / n, 4) if n else 0.0,
        "ceiling_words_only": round(counts["all_words"]["both"] / n, 4) if n else 0.0,
    }
    return summary, rows


def text_of(side: dict[str, Any]) -> str:
    m = side["m"]
    return m.text if m.text == (m.name or m.text) else f"{m.text}={m.name}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--half", choices=["a", "b"], help="one fixed half of the rows (GSR: a is the tuning half)")
    ap.add_argument("--details", action="store_true", help="one JSON line per gold row before the summary")
    args = ap.parse_args()
    summary, rows = run(args.data, args.half)
    if args.details:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
