"""Compare the outlets of one story: what they agree on, what only some report, where they conflict, how they frame it.

Events align across articles by CAMEO code (three digits), dyad (unordered
for symmetric events, directed otherwise), whether the event happened or is
only planned, and dates no more than a few days apart. Quantities align by
kind, unit and the noun they measure: the same value agrees, another value
conflicts. Claims align by speaker and wording. Frames are the evaluative
phrases an outlet uses about the relationship (``data/frames.yaml``, and
adjectives in front of "relationship", "ties", "partnership", ...). Tone per
outlet is the mean target tone toward each country and the tone of the
sentences that name two of the story's main countries (the relationship).
Every item cites article id and offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..facts.tone import document_tone, lexicon

SYMMETRIC_TYPES = {"AGREE", "COOPERATE"}
DATE_SLACK_DAYS = 3
HAPPENED = {"asserted", "reported"}


@lru_cache(maxsize=1)
def frames_lexicon() -> dict:
    return yaml.safe_load(resources.files("attache.stories").joinpath("data/frames.yaml").read_text("utf-8"))


def _event_key(e: dict) -> tuple:
    code = (e.get("cameo_code") or "")[:3]
    src, tgt = e.get("source_country"), e.get("target_country")
    symmetric = e.get("is_symmetric") or e.get("plover_type") in SYMMETRIC_TYPES or code == "041"
    dyad = tuple(sorted(filter(None, (src, tgt)))) if symmetric else (src, tgt)
    status = "happened" if e.get("factuality") in HAPPENED else (e.get("factuality") or "unknown")
    return code, dyad, status


def _dates_fit(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    try:
        return abs((Date.fromisoformat(str(a)[:10]) - Date.fromisoformat(str(b)[:10])).days) <= DATE_SLACK_DAYS
    except ValueError:
        return True


def _cite(article: dict, start: int, end: int) -> dict:
    return {"article_id": article["id"], "outlet": article["outlet"], "start": start, "end": end}


def _group(items: list[tuple[tuple, dict, dict]]) -> list[dict]:
    """Items (key, record, article) -> groups of the same thing told by several articles."""
    groups: list[dict] = []
    for key, rec, art in items:
        for g in groups:
            if g["key"] == key and _dates_fit(g.get("date"), rec.get("event_date")):
                g["records"].append((rec, art))
                break
        else:
            groups.append({"key": key, "date": rec.get("event_date"), "records": [(rec, art)]})
    return groups


def _event_text(e: dict, art: dict) -> str:
    return art["text"][e["sentence_start"] : e["sentence_end"]].strip()


def _subject_head(subject: str | None) -> str:
    if not subject:
        return ""
    words = re.findall(r"[A-Za-z]+", subject.lower())
    for i, w in enumerate(words):
        if w in ("on", "of", "for", "in", "against", "to", "from", "with"):
            words = words[:i]
            break
    w = words[-1] if words else ""
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def frames_of(art: dict) -> list[dict]:
    """Evaluative phrases about the relationship in one article, with offsets."""
    lex = frames_lexicon()
    text = art["text"]
    low = text.lower()
    found: dict[str, dict] = {}
    for phrase in lex["phrases"]:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            found.setdefault(phrase, {"phrase": phrase, **_cite(art, m.start(), m.end())})
    nouns = "|".join(re.escape(n) for n in lex["relationship_nouns"])
    valence = lexicon()
    for m in re.finditer(rf"\b([a-z][a-z-]+)\s+(?:{nouns})\b", low):
        adj = m.group(1)
        if adj in lex["adjectives"] or abs(valence.get(adj, 0.0)) >= 1.0:
            phrase = m.group(0)
            found.setdefault(phrase, {"phrase": phrase, **_cite(art, m.start(), m.end())})
    return sorted(found.values(), key=lambda f: f["start"])


def _sentences_naming(art: dict, mentions: list, countries: set[str]) -> list[tuple[int, int]]:
    by_sentence: dict[tuple[int, int], set[str]] = defaultdict(set)
    for m in mentions:
        if m.article_id == art["id"] and m.country in countries:
            by_sentence[(m.sentence_start, m.sentence_end)].add(m.country)
    return sorted(span for span, cs in by_sentence.items() if len(cs) >= 2)


def compare(store, story_id: str) -> dict[str, Any] | None:
    story = store.get_story(story_id)
    if story is None:
        return None
    ids = story["articles"]
    arts = {}
    for a in ids:
        art = store.get_article(a)
        arts[a] = {"id": art.id, "outlet": art.outlet or art.id, "title": art.title, "text": art.text, "published": art.published}
    outlets = sorted({a["outlet"] for a in arts.values()})
    facts = store.facts_of(ids)
    mentions = store.mentions_of(ids)

    def split(groups: list[dict], describe) -> tuple[list, dict]:
        agree, unique = [], {o: [] for o in outlets}
        for g in groups:
            have = sorted({art["outlet"] for _, art in g["records"]})
            item = describe(g)
            item["outlets"] = have
            item["citations"] = [_cite(art, rec.get("sentence_start", 0), rec.get("sentence_end", 0)) for rec, art in g["records"]]
            if len(have) == len(outlets) and len(outlets) > 1:
                agree.append(item)
            else:
                for o in have:
                    unique[o].append(item)
        return agree, unique

    # events
    events = [e for e in store.events_of(ids) if e.get("factuality") not in ("negated", "hypothetical")]
    ev_groups = _group([(_event_key(e), e, arts[e["article_id"]]) for e in events if e.get("source_country") or e.get("target_country")])

    def describe_event(g: dict) -> dict:
        e, art = g["records"][0]
        return {"kind": "event", "cameo_code": e["cameo_code"], "plover_type": e["plover_type"], "source": e["source_country"],
                "target": e["target_country"], "factuality": e["factuality"], "date": str(e["event_date"]) if e.get("event_date") else None,
                "trigger": e["trigger_text"], "text": _event_text(e, art)}

    ev_agree, ev_unique = split(ev_groups, describe_event)
    # quantities
    quantities = store.quantities_of(ids)
    q_groups: dict[tuple, list] = defaultdict(list)
    for q in quantities:
        q_groups[(q["kind"], q["unit"], _subject_head(q["subject"]))].append((q, arts[q["article_id"]]))
    q_agree, q_unique, conflicts = [], {o: [] for o in outlets}, []
    for (kind, unit, head), recs in q_groups.items():
        values = sorted({q["value"] for q, _ in recs})
        have = sorted({art["outlet"] for _, art in recs})
        cites = [_cite(art, q["start_char"], q["end_char"]) for q, art in recs]
        item = {"kind": "quantity", "quantity_kind": kind, "unit": unit, "subject": recs[0][0]["subject"], "values": values,
                "text": recs[0][1]["text"][recs[0][0]["sentence_start"] : recs[0][0]["sentence_end"]].strip(), "outlets": have,
                "citations": cites}
        if len(values) > 1 and len(have) > 1:
            conflicts.append(item)
        elif len(have) == len(outlets) and len(outlets) > 1:
            q_agree.append(item)
        else:
            for o in have:
                q_unique[o].append(item)
    # claims: the same speaker saying much the same thing
    claims = store.claims_of(ids)
    c_unique = {o: [] for o in outlets}
    for c in claims:
        art = arts[c["article_id"]]
        c_unique[art["outlet"]].append({"kind": "claim", "speaker": c["speaker"], "actor_id": c["actor_id"], "verb": c["verb"],
                                        "text": c["text"], "direct": c["direct"], "stance": c["stance"], "outlets": [art["outlet"]],
                                        "citations": [_cite(art, c["start_char"], c["end_char"])]})
    # actors (people, organisations, groups) that only some outlets bring into the story
    a_unique = {o: [] for o in outlets}
    seen: dict[str, dict] = {}
    for m in mentions:
        if not m.actor_id or "." not in m.actor_id or m.actor_id.startswith("UNK") or m.kind == "country":
            continue
        art = arts[m.article_id]
        entry = seen.setdefault(m.actor_id, {"name": m.name or m.text, "by": {}})
        entry["by"].setdefault(art["outlet"], (art, m))
    for actor_id, entry in sorted(seen.items()):
        if len(entry["by"]) == len(outlets):
            continue
        for o, (art, m) in sorted(entry["by"].items()):
            a_unique[o].append({"kind": "actor", "actor_id": actor_id, "name": entry["name"], "outlets": sorted(entry["by"]),
                                "text": art["text"][m.sentence_start : m.sentence_end].strip(),
                                "citations": [_cite(art, m.sentence_start, m.sentence_end)]})
    main = story.get("actors") or []
    pair = set(main[:2])
    tone: dict[str, dict[str, float]] = {}
    frames: dict[str, list] = {}
    genre: dict[str, str | None] = {}
    for o in outlets:
        members = [a for a in arts.values() if a["outlet"] == o]
        per_country: dict[str, list[float]] = defaultdict(list)
        for a in members:
            for actor, score in (facts.get(a["id"], {}).get("actor_tone") or {}).items():
                country = actor.split(".")[0]
                if country in main:
                    per_country[country].append(score)
        tone[o] = {c: round(sum(v) / len(v), 3) for c, v in sorted(per_country.items())}
        spans = [(a, s) for a in members for s in _sentences_naming(a, mentions, pair)]
        if spans:
            tone[o]["relationship"] = document_tone(" ".join(a["text"][s:e] for a, (s, e) in spans))["tone"]
        frames[o] = [f for a in members for f in frames_of(a)]
        genre[o] = next((facts.get(a["id"], {}).get("genre") for a in members), None)
    unique = {o: ev_unique[o] + q_unique[o] + a_unique[o] + c_unique[o] for o in outlets}
    return {"story_id": story_id, "title": story.get("title"), "outlets": outlets, "agree": ev_agree + q_agree, "unique": unique,
            "conflicts": conflicts, "frames": frames, "tone": tone, "genre": genre, "main_actors": main[:4]}
