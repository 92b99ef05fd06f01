"""Actor resolution scored on PETRARCH's validation records and on a
hand-checked set of real mentions.

PETRARCH records: the knowledge base is exactly the dictionaries given
(``--actors``: actor files, and agent files whose codes look like ``[~GOV]``);
each sentence is parsed and resolved, each mention gets a code (the actor's
code valid on the record date, or country code + agent code for titles and
collective nouns), and the expected source/target codes of the record are
compared with the set of codes resolved in the sentence (micro-averaged).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..actors.imports import parse_petrarch, parse_petrarch_agents
from ..actors.kb import KnowledgeBase, load_kb, load_roles
from ..actors.resolve import Resolver
from ..model import Article, Paragraph
from ..nlp import load, parse
from ..progress import counted


def _article(text: str, date: str | None, key: str) -> Article:
    return Article(id=key, text=text, paragraphs=[Paragraph(0, len(text))], published=date, language="en")


def load_petrarch_kb(dicts: list[Path]) -> tuple[KnowledgeBase, dict[str, str], list[str]]:
    actors, agents, problems = [], {}, []
    for path in dicts:
        text = path.read_text("utf-8", errors="replace")
        if "[~" in text or "~]" in text:
            found, probs = parse_petrarch_agents(text, str(path))
            agents.update(found)
        else:
            found_actors, probs = parse_petrarch(text, str(path))
            actors += found_actors
        problems += [p.line() for p in probs]
    kb = KnowledgeBase(actors)
    base = load_roles()
    # agents are the dictionary's own role words; they win over ours
    titles = {**base.titles, **{k: v for k, v in agents.items()}}
    groups = {k: v for k, v in base.groups.items() if k not in agents}
    kb.roles = replace(base, titles=titles, groups=groups)
    return kb, agents, problems


def mention_codes(m, kb: KnowledgeBase, date: str | None) -> list[str]:
    if m.how == "ner-only" or not m.actor_id:
        return []
    actor = kb.actors.get(m.actor_id)
    if actor is not None and actor.kind != "country" or (actor is not None and m.how == "kb"):
        code = next((r.code for r in actor.roles if r.code and r.valid_on(date)), None) or actor.code
        return [c for c in (code or "").split("/") if c and c not in ("---", "+++")]
    if m.country:
        return [m.country + (m.sector or "")]
    return []


def evaluate_petrarch(data: Path, dicts: list[Path]) -> dict[str, Any]:
    kb, _, problems = load_petrarch_kb(dicts)
    resolver = Resolver(kb, load())
    rows = [json.loads(line) for line in data.read_text("utf-8").splitlines() if line.strip()]
    scored = [r for r in rows if r.get("expected") and not r.get("expected_error")]
    articles = []
    for r in scored:
        d = r.get("date") or ""
        date = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None
        articles.append(_article(r["text"], date, r["id"]))
    tp = fp = fn = 0
    details = []
    for r, parsed in counted(zip(scored, parse(articles)), len(scored)):
        date = parsed.article.published
        found = set()
        for m in resolver.resolve(parsed):
            found.update(mention_codes(m, kb, date))
        expected = {e[k] for e in r["expected"] for k in ("source", "target") if e.get(k)}
        expected = {c.strip('"') for c in expected}
        hit = expected & found
        tp += len(hit)
        fn += len(expected - found)
        fp += len(found - expected)
        details.append({"id": r["id"], "expected": sorted(expected), "found": sorted(found)})
    recall = tp / (tp + fn) if tp + fn else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "task": "actors",
        "n": len(scored),
        "recall": round(recall, 4),
        "precision": round(precision, 4),
        "f1": round(f1, 4),
        "dictionary_problems": problems,
        "details": details,
    }


def evaluate_handchecked(data: Path) -> dict[str, Any]:
    """Rows: {text, published, mention, start?, country, sector}; a hit needs the mention found with both right."""
    rows = [json.loads(line) for line in data.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    kb = load_kb()
    resolver = Resolver(kb, load())
    by_text: dict[tuple[str, str | None], list[dict]] = {}
    for r in rows:
        by_text.setdefault((r["text"], r.get("published")), []).append(r)
    keys = list(by_text)
    articles = [_article(t, d, f"h{i}") for i, (t, d) in enumerate(keys)]
    correct = 0
    misses = []
    for key, parsed in zip(keys, parse(articles)):
        mentions = resolver.resolve(parsed)
        for r in by_text[key]:
            start = r["text"].find(r["mention"]) if r.get("start") is None else r["start"]
            end = start + len(r["mention"])
            got = [m for m in mentions if m.start <= start and end <= m.end] or [
                m for m in mentions if m.start < end and start < m.end
            ]
            ok = (
                bool(got) and got[0].country == (r.get("country") or None) and ("sector" not in r or got[0].sector == r["sector"])
            )
            correct += ok
            if not ok:
                misses.append(
                    {
                        "mention": r["mention"],
                        "expected": [r.get("country"), r.get("sector")],
                        "got": [got[0].country, got[0].sector, got[0].how] if got else None,
                    }
                )
    return {
        "task": "actors-handchecked",
        "n": len(rows),
        "accuracy": round(correct / len(rows), 4) if rows else 0.0,
        "misses": misses,
    }
