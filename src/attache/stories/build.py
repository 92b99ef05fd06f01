"""Stories over the store: place newly analysed articles, then describe every story.

Articles already placed are replayed into their stored stories (no scoring,
no parsing), new ones are scored against the candidates blocking finds, and
``refine`` re-scores the new ones once the batch is in. Placed articles never
move again and article vectors depend on the article alone, so a pass with
nothing new changes nothing, and a crash (the pass writes in one transaction)
followed by a re-run gives what a clean run gives. Stories are then grouped in
threads, and copies of one wire story or statement are found (syndication). Each story then gets a
title, its span of dates, outlets, main actors, the 5W1H of its main event
and a short extractive summary, every line cited (article id and offsets).

Nothing is parsed here: the pass reads what the analysis stored (the spaCy entities kept as actor mentions,
the events of each lead, figures, places) and the texts; the 5W1H comes from the events stage's records and
the lead's text: the answers the analysis stored from its parse (``analysis.lead_fivew1h``), else, for articles
analysed before those were kept, the records and the text alone (``fivew1h.record_answers``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..events.ontology import NOT_HAPPENED  # negated, hypothetical, question (events/data/plover.yaml)
from ..model import Mention
from ..store.interface import Store
from .cluster import Settings, StoryClusterer, make_doc
from .fivew1h import QUESTIONS, Spot, lead_records, record_answers, with_story_event
from .syndication import Syndication
from .threads import thread_assignments

SUMMARY_SENTENCES = 4
LOAD_CHUNK = 500  # articles read per query when rebuilding the clusterer
DESCRIBE_CHUNK = 64  # stories described at a time (their members' texts are read per chunk)
LEAD_CHARS = 1500  # of the lead article: where its 5W1H is read
SUMMARY_CHARS = 6000  # of each member: where summary sentences are taken from


@dataclass(frozen=True)
class Member:
    """What the pass keeps of an article between placing it and describing its story (no text: the
    texts of a chunk's members are read again when the chunk is described)."""

    id: str
    title: str | None
    published: str | None
    outlet: str | None
    countries: tuple[str, ...]  # one per actor mention with a country
    main: tuple = ()  # the events of the article's lead from the events stage (fivew1h.lead_records), for the story's 5W1H
    lead_mentions: tuple = ()  # where the actor mentions of its lead stand (fivew1h.Spot: who and where when no event answers)
    answers: dict | None = None  # the lead's 5W1H the analysis stored (analysis.lead_fivew1h); None: analysed before it was


def _analysed_ids(store) -> list[str]:
    return store.analysed_article_ids()


def story_doc(art, events: list[dict], mentions, quantities: list[dict], answers: dict | None = None):
    countries = tuple(m.country for m in mentions if m.country)
    actors = set(countries)
    places = {e["location"] for e in events if e.get("location")}
    sigs = {
        f"{e['plover_type']}:{'-'.join(sorted(filter(None, (e['source_country'], e['target_country']))))}:{e['event_date']}"
        for e in events
        if e.get("event_date") and e.get("date_precision") == "day" and e.get("factuality") not in NOT_HAPPENED
    }
    qty = {f"{q['kind']}:{q['value']:g}" for q in quantities if q["unit"] == "percent" or q["unit"].isupper()}
    member = Member(
        art.id,
        art.title,
        art.published,
        art.outlet,
        countries,
        tuple(lead_records(events, mentions, art.text)),
        tuple(Spot(m.start, m.end, m.kind, m.actor_id) for m in mentions if m.start < LEAD_CHARS),
        answers,
    )
    names = [m.text for m in mentions]  # spaCy's entities as the actors stage kept them, as written
    return member, make_doc(
        art.id, art.text, art.title, art.published, actors=actors, places=places, events=sigs, quantities=qty, entities=names
    )


def update_stories(
    store: Store, settings: Settings | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Place every analysed article in a story and rewrite the story table. Returns counts.

    Articles are read in chunks (one query per table per chunk) and only what clustering and the
    descriptions need is kept of each; a story whose members did not change keeps its stored
    description (title, 5W1H, summary) instead of being described again."""
    ids = _analysed_ids(store)
    placed = store.story_members()
    known = {a for a, _ in placed}
    clusterer = StoryClusterer(settings)
    analysed = set(ids)
    stored_in = {a: s for a, s in placed if a in analysed}  # an article analysed again since stays where it was
    new = [i for i in ids if i not in known]
    wanted = [a for a, _ in placed if a in analysed] + new
    syndication = Syndication()
    arts = _place(store, wanted, stored_in, clusterer, syndication, progress)
    repaired = clusterer.refine(only=new)  # placed articles stay where they are: re-running changes nothing
    members: dict[str, list[str]] = {}
    order = [a for a, _ in placed if a in clusterer.story_of] + new
    for a in order:
        members.setdefault(clusterer.story_of[a], []).append(a)
    stories = _described(store, members, {s for _, s in placed}, arts, clusterer)
    syn = syndication.results(wanted)
    source_of = {a: g or (arts[a].outlet if a in arts else None) or a for a, g, _ in syn}
    for st in stories:  # independent sources: copies of one origin count once (issue 15 item 3)
        st["sources"] = len({source_of.get(a, a) for a in members[st["id"]]})
    thread_rows = _threads(stories, thread_assignments(clusterer))
    store.save_stories([(a, clusterer.story_of[a]) for a in order], stories, thread_rows, syn)
    return {
        "articles": len(order),
        "new": len(new),
        "stories": len(stories),
        "threads": len(thread_rows),
        "syndicated": sum(1 for _, g, _ in syn if g),
        **repaired,
    }


def _place(
    store: Store,
    wanted: list[str],
    stored_in: dict[str, str],
    clusterer: StoryClusterer,
    syndication: Syndication,
    progress: Callable[[int], None] | None,
) -> dict[str, Member]:
    """Place the articles chunk by chunk (only the clusterer's window stays in memory): an article placed before goes
    back to its story, a new one is clustered. Returns what the descriptions need of each article."""
    arts: dict[str, Member] = {}
    n_new = 0
    for i in range(0, len(wanted), LOAD_CHUNK):
        chunk = wanted[i : i + LOAD_CHUNK]
        events: dict[str, list[dict[str, Any]]] = {}
        mentions: dict[str, list[Mention]] = {}
        quantities: dict[str, list[dict[str, Any]]] = {}
        for e in store.events_of(chunk):
            events.setdefault(e["article_id"], []).append(e)
        for m in store.mentions_of(chunk):
            mentions.setdefault(m.article_id, []).append(m)
        for q in store.quantities_of(chunk):
            quantities.setdefault(q["article_id"], []).append(q)
        stored = store.get_articles(chunk)
        answers = store.fivew1h_of(chunk)
        for article_id in chunk:
            art = stored[article_id]
            syndication.add(article_id, art.text, art.title, art.published)
            arts[article_id], doc = story_doc(
                art,
                events.get(article_id, []),
                mentions.get(article_id, []),
                quantities.get(article_id, []),
                answers.get(article_id),
            )
            if article_id in stored_in:
                clusterer.place(doc, stored_in[article_id])
            else:
                clusterer.add(doc)
                n_new += 1
                if progress and n_new % 50 == 0:
                    progress(50)
    return arts


def _described(
    store: Store, members: dict[str, list[str]], placed: set[str], arts: dict[str, Member], clusterer: StoryClusterer
) -> list[dict[str, Any]]:
    """Each story's row: the stored one where its members did not change, else described again (texts let go chunk by
    chunk)."""
    before = {sid: store.get_story(sid) for sid in placed}
    kept: dict[str, dict[str, Any]] = {}
    for sid, ids_ in members.items():
        row = before.get(sid)
        if row is not None and row["articles"] == ids_:
            kept[sid] = row
    fresh = [sid for sid in members if sid not in kept]  # new or changed: described again
    described: dict[str, dict] = {}
    for i in range(0, len(fresh), DESCRIBE_CHUNK):
        part = fresh[i : i + DESCRIBE_CHUNK]
        texts = {a: art.text[:SUMMARY_CHARS] for a, art in store.get_articles([a for sid in part for a in members[sid]]).items()}
        for sid in part:
            described[sid] = describe(sid, members[sid], arts, texts, clusterer)
    return [kept[sid] if sid in kept else described[sid] for sid in members]


def _threads(stories: list[dict[str, Any]], thread_of: dict[str, str]) -> list[dict[str, Any]]:
    """The thread rows; each story gets its thread's id. The largest story names the thread (ties: the first)."""
    threads: dict[str, dict] = {}
    for st in stories:
        st["thread"] = thread_of.get(st["id"])
        t = threads.setdefault(
            st["thread"], {"id": st["thread"], "stories": [], "articles": 0, "dates": [], "title": None, "best": -1}
        )
        t["stories"].append(st["id"])
        t["articles"] += len(st["articles"])
        t["dates"] += [d for d in (st.get("start"), st.get("end")) if d]
        if len(st["articles"]) > t["best"]:
            t["title"], t["best"] = st["title"], len(st["articles"])
    return [
        {
            "id": t["id"],
            "title": t["title"],
            "stories": t["stories"],
            "articles": t["articles"],
            "start": min(t["dates"]) if t["dates"] else None,
            "end": max(t["dates"]) if t["dates"] else None,
        }
        for t in threads.values()
    ]


def lead_of(story_id: str, member_ids: list[str], arts: dict[str, Member], clusterer: StoryClusterer) -> Member:
    """The most central member, which speaks for the story."""
    st = clusterer.story(story_id)
    if st.lead is not None:  # a retired story: its lead was chosen when it was retired
        return arts[st.lead]
    norm = st.norm()

    def centrality(a: str) -> float:
        vec = clusterer.vectors[a]
        return sum(x * st.centroid.get(t, 0.0) for t, x in vec.items()) / norm

    return arts[min(member_ids, key=lambda a: (-centrality(a), a))]


def describe(
    story_id: str, member_ids: list[str], arts: dict[str, Member], texts: dict[str, str], clusterer: StoryClusterer
) -> dict[str, Any]:
    """Title, dates, outlets, actors, 5W1H and summary of one story (``texts``: the start of each member's text).
    The 5W1H is read from the lead's stored events and mentions and its text, then from the story's main event."""
    st = clusterer.story(story_id)
    lead = lead_of(story_id, member_ids, arts, clusterer)
    head = texts[lead.id][:LEAD_CHARS]
    dates = sorted(d for d in (arts[a].published for a in member_ids) if d)
    outlets = sorted({o for o in (arts[a].outlet for a in member_ids) if o})
    actors = Counter(c for a in member_ids for c in arts[a].countries)
    fivew = lead_fivew1h(lead, head)
    fivew = with_story_event(fivew, {a: arts[a] for a in member_ids}, lead.id, texts)  # the events stage's main event
    return {
        "id": story_id,
        "title": lead.title or head[:80],
        "articles": member_ids,
        "start": dates[0] if dates else None,
        "end": dates[-1] if dates else None,
        "outlets": outlets,
        "actors": [c for c, _ in actors.most_common(8)],
        "fivew1h": {q: fivew.get(q) or (_when(dates) if q == "when" else None) for q in QUESTIONS},
        "summary": summary(member_ids, texts, st),
    }


def lead_fivew1h(lead: Member, head: str) -> dict[str, Any]:
    """The 5W1H of the lead article, cited: what its analysis stored (the parse and the events stage's main event,
    ``analysis.lead_fivew1h``), else, for an article analysed before that was kept, the records and the text alone."""
    fivew: dict[str, Any] = {}
    if lead.answers is not None:
        for q in QUESTIONS:
            ans = lead.answers.get(q)
            if ans is None:
                fivew[q] = None
            elif ans.get("start") is None:  # the publication date standing in for a time phrase
                fivew[q] = {"text": ans["text"], "article_id": lead.id, "start": None, "end": None, "in": "publication date"}
            else:
                fivew[q] = {"text": ans["text"], "article_id": lead.id, "start": ans["start"], "end": ans["end"]}
        return fivew
    answers, _ = record_answers(head, list(lead.main), list(lead.lead_mentions), published=lead.published)
    for q, a in answers.items():
        if a is None:
            fivew[q] = None
        elif a.start < 0:  # the publication date standing in for a time phrase
            fivew[q] = {"text": a.text, "article_id": lead.id, "start": None, "end": None, "in": "publication date"}
        else:
            fivew[q] = {"text": a.text, "article_id": lead.id, "start": a.start, "end": a.end}
    return fivew


def _when(dates: list[str]) -> dict | None:
    """Without a time phrase in the lead, the story's dates say when."""
    if not dates:
        return None
    return {
        "text": dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}",
        "article_id": None,
        "start": None,
        "end": None,
        "in": "publication dates",
    }


# a sentence: 40-400 characters up to a full stop that is not an initial ("U.S.", "J. Smith")
_SENT = re.compile(r"(?:[^.!?\n]|(?<=\b[A-Z])\.|\.(?=[A-Za-z]\.)|\.(?=\d)){40,400}[.!?]+[\"”’]?(?=\s|$)")


def summary(member_ids: list[str], texts: dict[str, str], st, n: int = SUMMARY_SENTENCES) -> list[dict]:
    """The sentences closest to the story's centre, at most one idea twice, each cited; in story order."""
    norm = st.norm()
    scored = []
    for a in member_ids:
        for k, m in enumerate(_SENT.finditer(texts[a][:SUMMARY_CHARS])):
            words = Counter(w for w in re.findall(r"[a-z][a-z'-]+", m.group(0).lower()))
            if len(words) < 6:
                continue
            score = sum((1 + math.log(c)) * st.centroid.get(w, 0.0) for w, c in words.items()) / (norm * math.sqrt(len(words)))
            score *= 1.0 + 0.3 / (1 + k)  # leads say more
            lead_space = len(m.group(0)) - len(m.group(0).lstrip())
            scored.append((score, a, m.start() + lead_space, m.end(), m.group(0).strip(), set(words)))
    chosen: list[tuple] = []
    for item in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        if any(len(item[5] & c[5]) / max(1, len(item[5] | c[5])) > 0.5 for c in chosen):
            continue
        chosen.append(item)
        if len(chosen) == n:
            break
    order = {a: i for i, a in enumerate(member_ids)}
    chosen.sort(key=lambda x: (order[x[1]], x[2]))
    return [{"text": c[4], "article_id": c[1], "start": c[2], "end": c[3]} for c in chosen]
