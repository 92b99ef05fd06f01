"""Compare the sources of one story: what they agree on, what only one tells, where they conflict, how they frame it.

Definitions (each one tested on small hand-made stories in ``tests/test_compare.py``):

- A *source* is an independent voice: the copies and rewrites of one wire
  story or statement count once (``article.syndication_group``, else the
  outlet). Every item says how many sources and articles tell it.
- *Agree*: an event (same CAMEO code, same dyad, compatible factuality, dates
  within a day when both are read from the text) or a figure (same kind, unit,
  subject and value) or a claim (same speaker, much the same words) told by at
  least two sources.
- *Only in*: an item told by exactly one source; an item that any other source
  also tells is never "only in" (it is agreed).
- *Conflict*: two or more values for the same kind of figure about the same
  subject (same measured noun, compatible countries), told by at least two
  sources; each value is listed with its sources. Figures about different
  subjects (a tariff on Pakistan, one on India) are not a conflict.
- *Frames*: evaluative phrases about the relationship or the event
  (``data/frames.yaml``), in a paragraph that names one of the story's main
  countries, tells one of its events or holds a relationship noun; never words inside a name ("Company
  Limited", "Pragmatic Relations" as a title). Frames and tone are also
  grouped by the outlets' country (``extract/data/outlets.csv``).
- A story told by one source says so and compares nothing.

``compare(store, story_id)`` reads the story from the store; ``compare_records``
is the pure comparison over plain records. Every item cites article id and offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..events.ontology import SYMMETRIC_TYPES  # AGREE, CONSULT, COOPERATE: plover.yaml says why
from ..extract.outlets import country_label, outlet_info
from ..facts.tone import document_tone, lexicon
from .compare_speakers import resolve_all
from .compare_trust import default_threshold as trusted_threshold
from .compare_trust import told_as_happened, weakness, who_reports

DAY_SLACK = 1  # dates read from the text: within a day
VISITS = ("042", "043")  # CAMEO: make a visit, host a visit (directed: the visitor and the host)
DEFAULT_SLACK = 3  # a date that fell back to the publication date is looser: a report may come days after the event
HAPPENED = {"asserted", "reported"}
NOT_EVENTS = {"negated", "hypothetical", "question"}  # plover.yaml factuality.not_happened (a test holds them equal)
SAME_VALUE = 0.01  # relative difference under which two values are the same figure (rounding)
# kinds too generic to contradict each other: a bare count ("two nations"), people, shares, sums of money, meetings and
# terms are usually different things when two sources give different numbers
NO_CONFLICT_KINDS = {"count", "people", "share", "money", "meetings", "terms", "missions"}
CLAIM_OVERLAP = 0.5  # word overlap (Jaccard) of two claims by one speaker that say the same thing
BACKGROUND_DAYS = 30  # an event dated this long before its article's publication is background the article recalls
KIND_ORDER = {"event": 0, "quantity": 1, "claim": 2, "actor": 3}


@lru_cache(maxsize=1)
def frames_lexicon() -> dict:
    return yaml.safe_load(resources.files("attache.stories").joinpath("data/frames.yaml").read_text("utf-8"))


def source_of(article: Any) -> str:
    """The independent source an article speaks for: its syndication group, else its outlet (else itself)."""
    get: Callable[..., Any] = article.get if isinstance(article, dict) else lambda k, d=None: getattr(article, k, d)
    return get("syndication_group", None) or get("outlet", None) or get("id")


# -- events ---------------------------------------------------------------------------------------


def _status(factuality: str | None) -> str:
    return "happened" if factuality in HAPPENED else (factuality or "unknown")


def _event_key(e: dict) -> tuple:
    code = (e.get("cameo_code") or "")[:3]
    src, tgt = e.get("source_country"), e.get("target_country")
    # PLOVER: reciprocal only where there is no clear host or visitor; a visit (CAMEO 042 make, 043 host) has both
    symmetric = e.get("is_symmetric") or (e.get("plover_type") in SYMMETRIC_TYPES and code not in VISITS)
    dyad = tuple(sorted(filter(None, (src, tgt)))) if symmetric else (src, tgt)
    if symmetric and e.get("plover_type"):
        # one reciprocal happening told with a general and a specific code ("talks" 040, "the call" 041, "agreed to
        # negotiate" 046) on the same day between the same two is one happening, not two
        code = e["plover_type"]
    return code, dyad, _status(e.get("factuality"))


def _day(d: Any) -> Date | None:
    try:
        return Date.fromisoformat(str(d)[:10]) if d else None
    except ValueError:
        return None


def _from_text(e: dict) -> bool:
    return e.get("date_precision") == "day" and bool(e.get("date_text"))


def _dates_fit(a: dict, b: dict, undated: bool | Callable[[dict, dict], bool] = True) -> bool:
    """Both dates read from the text: within a day; otherwise within a few days; an undated side fits (within one
    story). Across a whole store, where an undated copy could be of any year, ``undated`` is a test of the two
    events (of one story, say) that must hold for an undated side to fit a dated one."""
    da, db = _day(a.get("event_date")), _day(b.get("event_date"))
    if da is None or db is None:
        return (da is None and db is None) or (undated(a, b) if callable(undated) else undated)
    slack = DAY_SLACK if _from_text(a) and _from_text(b) else DEFAULT_SLACK
    return abs((da - db).days) <= slack


def _group_events(
    records: list[tuple[dict, dict]], undated: bool | Callable[[dict, dict], bool] = True
) -> list[list[tuple[dict, dict]]]:
    """(event, article) pairs -> groups of one happening: same key, every date fitting the group's first
    (``undated``: see ``_dates_fit``)."""
    groups: list[list[tuple[dict, dict]]] = []
    keys: list[tuple] = []
    for e, art in records:
        key = _event_key(e)
        for k, g in zip(keys, groups):
            if k == key and _dates_fit(g[0][0], e, undated):
                g.append((e, art))
                break
        else:
            groups.append([(e, art)])
            keys.append(key)
    return groups


# -- figures --------------------------------------------------------------------------------------


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


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-9)


def _group_figures(records: list[tuple[dict, dict]]) -> list[list[tuple[dict, dict]]]:
    """Figures about the same subject: same kind, unit and measured noun, and countries that fit (one set within the
    other). The most specific figures found the groups; an unspecific one joins the only group it fits, or stands alone."""

    def countries(q: dict) -> frozenset:
        return frozenset(q.get("actors") or ())

    order = sorted(records, key=lambda r: (-len(countries(r[0])), r[1]["id"], r[0].get("start_char") or 0))
    groups: list[dict] = []
    for q, art in order:
        base = (q["kind"], q["unit"], _subject_head(q.get("subject")))
        cs = countries(q)
        fits = [g for g in groups if g["base"] == base and (cs <= g["countries"] or g["countries"] <= cs)]
        if len(fits) == 1 or (fits and not cs and len({frozenset(g["countries"]) for g in fits}) == 1):
            fits[0]["records"].append((q, art))
            fits[0]["countries"] |= cs
        else:
            groups.append({"base": base, "countries": set(cs), "records": [(q, art)]})
    return [g["records"] for g in groups]


# -- frames ---------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?:;\n\"“”(—–-]\s*$")


def _inside_name(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A capitalised match that does not open a sentence is part of a name or a title ("Company Limited")."""
    if any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans):
        return True
    if text[start : start + 1].isupper():
        before = text[max(0, start - 3) : start]
        return not (start == 0 or _SENTENCE_END.search(before))
    return False


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    right = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, (right if right >= 0 else len(text))


def frames_of(
    art: dict, mentions: list | None = None, countries: set[str] | None = None, event_sentences: Sequence[tuple[int, int]] = ()
) -> list[dict]:
    """Evaluative phrases about the relationship or the event in one article, with offsets.

    With ``countries`` (the story's main countries), a phrase from the list counts only in a paragraph that names one of
    them, tells one of the story's events (``event_sentences``) or holds a relationship noun; an adjective in front of a relationship noun always counts. Words inside names never."""
    lex = frames_lexicon()
    text = art["text"]
    low = text.lower()
    nouns = "|".join(re.escape(n) for n in lex["relationship_nouns"])
    names = [(m.start, m.end) for m in mentions or () if m.article_id == art["id"] and m.kind not in ("country",)]
    named_sentences: set[tuple[int, int]] | None = None
    if countries is not None:
        named_sentences = {
            (m.sentence_start, m.sentence_end) for m in mentions or () if m.article_id == art["id"] and m.country in countries
        } | set(event_sentences)
    found: dict[str, dict] = {}

    def about_relationship(start: int, end: int) -> bool:
        if named_sentences is None:
            return True
        ps, pe = _paragraph_bounds(text, start, end)
        if any(s < pe and ps < e for s, e in named_sentences):
            return True
        return re.search(rf"\b(?:{nouns})\b", low[ps:pe]) is not None

    for phrase in lex["phrases"]:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            if phrase in found or _inside_name(text, m.start(), m.end(), names) or not about_relationship(m.start(), m.end()):
                continue
            found[phrase] = {"phrase": phrase, **_cite(art, m.start(), m.end())}
    valence = lexicon()
    for m in re.finditer(rf"\b([a-z][a-z-]+)\s+(?:{nouns})\b", low):
        adj = m.group(1)
        if (adj in lex["adjectives"] or abs(valence.get(adj, 0.0)) >= 1.0) and not _inside_name(text, m.start(), m.end(), names):
            found.setdefault(m.group(0), {"phrase": m.group(0), **_cite(art, m.start(), m.end())})
    return sorted(found.values(), key=lambda f: f["start"])


# -- the comparison -------------------------------------------------------------------------------


def _cite(article: dict, start: int, end: int) -> dict:
    """A citation: the article, its outlet, the span, and the original address when the article has one."""
    cite = {"article_id": article["id"], "outlet": article["outlet"], "start": start, "end": end}
    if article.get("url"):
        cite["url"] = article["url"]
    return cite


def _sentences_naming(art: dict, mentions: list, countries: set[str]) -> list[tuple[int, int]]:
    by_sentence: dict[tuple[int, int], set[str]] = defaultdict(set)
    for m in mentions:
        if m.article_id == art["id"] and m.country in countries:
            by_sentence[(m.sentence_start, m.sentence_end)].add(m.country)
    return sorted(span for span, cs in by_sentence.items() if len(cs) >= 2)


def _tell(item: dict, arts: list[dict]) -> dict:
    """Who tells an item: outlets, independent sources, articles."""
    item["outlets"] = sorted({a["outlet"] for a in arts})
    item["sources"] = len({a["source"] for a in arts})
    item["articles"] = len({a["id"] for a in arts})
    return item


def compare(store, story_id: str) -> dict[str, Any] | None:
    story = store.get_story(story_id)
    if story is None:
        return None
    ids = story["articles"]
    arts = {}
    for a in ids:
        art = store.get_article(a)
        if art is None:
            continue
        arts[a] = {
            "id": art.id,
            "outlet": art.outlet or art.id,
            "title": art.title,
            "text": art.text,
            "published": art.published,
            "url": art.url,
            "source": source_of(art),
            "origin": getattr(art, "origin", None),
            "syndication_group": getattr(art, "syndication_group", None),
        }
    ids = list(arts)
    return compare_records(
        story,
        arts,
        events=store.events_of(ids),
        quantities=store.quantities_of(ids),
        claims=store.claims_of(ids),
        mentions=store.mentions_of(ids),
        facts=store.facts_of(ids),
    )


def compare_records(
    story: dict,
    arts: dict[str, dict],
    *,
    events: list[dict],
    quantities: list[dict],
    claims: list[dict],
    mentions: list,
    facts: dict[str, dict],
) -> dict[str, Any]:
    """The comparison of one story from plain records (article dicts need id, outlet, text; ``source`` defaults to
    ``source_of``)."""
    for a in arts.values():
        a.setdefault("source", source_of(a))
        info = outlet_info(a["outlet"], a.get("url"))
        a["country"], a["kind"] = info.country, info.kind
    outlets = sorted({a["outlet"] for a in arts.values()})
    groups_out = _source_groups(arts)
    main = story.get("actors") or []
    result: dict[str, Any] = {
        "story_id": story.get("id"),
        "title": story.get("title"),
        "outlets": outlets,
        "sources": len(groups_out),
        "articles": len(arts),
        "source_groups": groups_out,
        "single_source": len(groups_out) < 2,
        "main_actors": main[:4],
        "agree": [],
        "unique": {g["label"]: [] for g in groups_out},
        "conflicts": [],
    }
    board = _Board(result, {g["source"]: g["label"] for g in groups_out})
    told = _told_events(events, arts)
    _compare_events(board, told)
    _compare_figures(board, [(q, arts[q["article_id"]]) for q in quantities if q["article_id"] in arts])
    _compare_claims(board, resolve_all(claims, arts, mentions), arts)
    _actors_only_in(board, mentions, arts)
    result["agree"].sort(key=lambda i: (bool(i.get("background")), -i["sources"], -i["articles"], KIND_ORDER.get(i["kind"], 9)))
    for items in result["unique"].values():  # what the story is about first; the history its articles recall last
        items.sort(key=lambda i: (bool(i.get("background")), KIND_ORDER.get(i["kind"], 9)))
    result["conflicts"].sort(key=lambda i: (-i["sources"], i["quantity_kind"]))
    result.update(_framing(arts, outlets, main, told, mentions, facts))
    result["by_country"] = _by_country(arts, result["frames"], result["tone"])
    if result["single_source"]:
        result["agree"], result["conflicts"] = [], []
        result["unique"] = {g["label"]: [] for g in groups_out}
    return result


def _source_groups(arts: dict[str, dict]) -> list[dict[str, Any]]:
    """One entry per independent source, labelled by its outlet or the first of the outlets that carry copies of it."""
    members: dict[str, list[dict]] = defaultdict(list)
    for a in sorted(arts.values(), key=lambda a: (a.get("published") or "9999", a["outlet"], a["id"])):
        members[a["source"]].append(a)
    return [
        {
            "source": src,
            "label": arts_[0]["outlet"],
            "outlets": sorted({a["outlet"] for a in arts_}),
            "articles": [a["id"] for a in arts_],
            "origin": next((a["origin"] for a in arts_ if a.get("origin")), None),
            "syndicated": any(a.get("syndication_group") for a in arts_) and len(arts_) > 1,
        }
        for src, arts_ in sorted(members.items(), key=lambda kv: kv[1][0]["outlet"])
    ]


class _Board:
    """Where the compared items go: agreed by two sources or more, else only in the one source that tells it."""

    def __init__(self, result: dict[str, Any], label: dict[str, str]) -> None:
        self.result = result
        self.label = label  # source -> its label

    def place(self, item: dict, recs: list[dict]) -> None:
        _tell(item, recs)
        if item["sources"] >= 2:
            self.result["agree"].append(item)
        else:
            self.only_in(recs[0]["source"], item)

    def only_in(self, source: str, item: dict) -> None:
        self.result["unique"][self.label[source]].append(item)


def _told_events(events: list[dict], arts: dict[str, dict]) -> list[tuple[dict, dict]]:
    """(event, article) of the story's events that count: an event (not negated, hypothetical or any other
    not-happened value of plover.yaml), from a sentence that does not ask, with a country on a side."""
    out = []
    for e in events:
        art = arts.get(e["article_id"])
        if art is None or e.get("factuality") in NOT_EVENTS or not (e.get("source_country") or e.get("target_country")):
            continue
        if told_as_happened(e, art["text"][e["sentence_start"] : e["sentence_end"]]):
            out.append((e, art))
    return out


def _compare_events(board: _Board, told: list[tuple[dict, dict]]) -> None:
    """Events: one happening told by several sources."""
    threshold = trusted_threshold()
    for g in _group_events(told):
        # the group speaks through its best copy: one not weak (back-off, low confidence) if there is one
        weak = [weakness(x, threshold) for x, _ in g]
        e, art = next(((x, a) for (x, a), w in zip(g, weak) if w is None), g[0])
        dated = sorted({str(x["event_date"])[:10] for x, _ in g if x.get("event_date")})
        published = _day(art.get("published"))
        happened = _day(dated[0]) if dated else None
        item = {
            "kind": "event",
            "cameo_code": e["cameo_code"],
            "plover_type": e["plover_type"],
            "source": e["source_country"],
            "background": bool(published and happened and (published - happened).days > BACKGROUND_DAYS),
            "target": e["target_country"],
            "source_name": e.get("source_name"),
            "target_name": e.get("target_name"),
            "factuality": e["factuality"],
            "reported": who_reports(e),
            "weak": None if any(w is None for w in weak) else weak[0],
            "date": dated[0] if dated else None,
            # the day is only the article's publication date when no copy of that day read it from the text
            "date_is_publication": bool(dated)
            and all(x.get("date_precision") == "publication" for x, _ in g if str(x.get("event_date") or "")[:10] == dated[0]),
            "trigger": e["trigger_text"],
            "text": art["text"][e["sentence_start"] : e["sentence_end"]].strip(),
            "confidence": max(float(x.get("confidence") or 0.0) for x, _ in g),
            "citations": [_cite(a, x["sentence_start"], x["sentence_end"]) for x, a in g],
        }
        board.place(item, [a for _, a in g])


def _figure_text(records: list[tuple[dict, dict]]) -> str:
    """The sentence of the first (figure, article) record."""
    q, a = records[0]
    return a["text"][q["sentence_start"] : q["sentence_end"]].strip()


def _figure_citations(records: list[tuple[dict, dict]]) -> list[dict]:
    return [_cite(a, q["start_char"], q["end_char"]) for q, a in records]


def _by_value(g: list[tuple[dict, dict]]) -> list[dict[str, Any]]:
    """The group's figures by value ({value, records}), the value most sources give first."""
    values: list[dict[str, Any]] = []
    for q, a in g:
        slot = next((v for v in values if _same_value(v["value"], q["value"])), None)
        if slot is None:
            slot = {"value": q["value"], "records": []}
            values.append(slot)
        slot["records"].append((q, a))
    values.sort(key=lambda v: (-len({a["source"] for _, a in v["records"]}), v["value"]))
    return values


def _contradict(values: list[dict[str, Any]]) -> bool:
    """A source that itself gives several values for the subject is speaking of several things: only sources with one
    value each can contradict each other."""
    per_source: dict[str, set] = defaultdict(set)
    for v in values:
        for _, a in v["records"]:
            per_source[a["source"]].add(v["value"])
    single = {src: next(iter(vs)) for src, vs in per_source.items() if len(vs) == 1}
    return len(set(single.values())) > 1 and len(single) >= 2


def _compare_figures(board: _Board, figs: list[tuple[dict, dict]]) -> None:
    """Figures: the same subject with one value (agree or only in) or several (a conflict)."""
    for g in _group_figures(figs):
        q0, _ = g[0]
        values = _by_value(g)
        item = {
            "kind": "quantity",
            "quantity_kind": q0["kind"],
            "unit": q0["unit"],
            "subject": q0.get("subject"),
            "countries": sorted({c for q, _ in g for c in q.get("actors") or ()}),
            "values": sorted(v["value"] for v in values),
            "text": _figure_text(g),
            "citations": _figure_citations(g),
        }
        _tell(item, [a for _, a in g])
        if _contradict(values) and q0["kind"] not in NO_CONFLICT_KINDS:
            item["by_value"] = [
                _tell(
                    {"value": v["value"], "citations": _figure_citations(v["records"]), "text": _figure_text(v["records"])},
                    [a for _, a in v["records"]],
                )
                for v in values
            ]
            board.result["conflicts"].append(item)
        elif len(values) > 1 and item["sources"] >= 2:  # bare counts that differ: each value on its own
            for v in values:
                recs = v["records"]
                sub = dict(item, values=[v["value"]], citations=_figure_citations(recs), text=_figure_text(recs))
                board.place(sub, [a for _, a in recs])
        else:
            board.place(item, [a for _, a in g])


def _compare_claims(board: _Board, claims: list[dict], arts: dict[str, dict]) -> None:
    """Claims: the same speaker saying much the same thing (pronoun speakers resolved before, ``compare_speakers``:
    an unnamed speaker agrees with no one)."""
    c_groups: list[list[tuple[dict, dict, set]]] = []
    for c in claims:
        if c["article_id"] not in arts:
            continue
        art = arts[c["article_id"]]
        words = set(re.findall(r"[a-z]{3,}", (c.get("text") or "").lower()))
        who = c.get("actor_id") or (c.get("speaker") or "").lower()
        for g in c_groups:
            c0, _, w0 = g[0]
            if (
                (c0.get("actor_id") or (c0.get("speaker") or "").lower()) == who
                and who
                and len(words & w0) / max(1, len(words | w0)) >= CLAIM_OVERLAP
            ):
                g.append((c, art, words))
                break
        else:
            c_groups.append([(c, art, words)])
    for g in c_groups:
        c, art, _ = g[0]
        item = {
            "kind": "claim",
            "speaker": c["speaker"],
            "speaker_word": c.get("speaker_word"),
            "actor_id": c["actor_id"],
            "verb": c["verb"],
            "text": c["text"],
            "direct": c["direct"],
            "stance": c["stance"],
            "citations": [_cite(a, x["start_char"], x["end_char"]) for x, a, _ in g],
        }
        board.place(item, [a for _, a, _ in g])


def _actors_only_in(board: _Board, mentions: list, arts: dict[str, dict]) -> None:
    """Actors (people, organisations, groups) that only one source brings into the story."""
    seen: dict[str, dict] = {}
    for m in mentions:
        if (
            m.article_id not in arts
            or not m.actor_id
            or "." not in m.actor_id
            or m.actor_id.startswith("UNK")
            or m.kind == "country"
        ):
            continue
        art = arts[m.article_id]
        entry = seen.setdefault(m.actor_id, {"name": m.name or m.text, "by": {}})
        entry["by"].setdefault(art["source"], (art, m))
    for actor_id, entry in sorted(seen.items()):
        if len(entry["by"]) != 1:
            continue
        ((src, (art, m)),) = entry["by"].items()
        board.only_in(
            src,
            _tell(
                {
                    "kind": "actor",
                    "actor_id": actor_id,
                    "name": entry["name"],
                    "text": art["text"][m.sentence_start : m.sentence_end].strip(),
                    "citations": [_cite(art, m.sentence_start, m.sentence_end)],
                },
                [art],
            ),
        )


def _framing(
    arts: dict[str, dict],
    outlets: list[str],
    main: list[str],
    told: list[tuple[dict, dict]],
    mentions: list,
    facts: dict[str, dict],
) -> dict[str, Any]:
    """Frames, tone and genre per outlet."""
    pair = set(main[:2])
    event_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e, a in told:
        event_spans[a["id"]].append((e["sentence_start"], e["sentence_end"]))
    tone: dict[str, dict[str, float]] = {}
    frames: dict[str, list] = {}
    genre: dict[str, str | None] = {}
    for o in outlets:
        mine = [a for a in arts.values() if a["outlet"] == o]
        per_country: dict[str, list[float]] = defaultdict(list)
        for a in mine:
            for actor, score in ((facts.get(a["id"]) or {}).get("actor_tone") or {}).items():
                country = actor.split(".")[0]
                if country in main:
                    per_country[country].append(score)
        tone[o] = {c: round(sum(v) / len(v), 3) for c, v in sorted(per_country.items())}
        spans = [(a, s) for a in mine for s in _sentences_naming(a, mentions, pair)]
        if spans:
            tone[o]["relationship"] = document_tone(" ".join(a["text"][s:e] for a, (s, e) in spans))["tone"]
        frames[o] = [f for a in mine for f in frames_of(a, mentions, set(main[:4]) or None, event_spans.get(a["id"], []))]
        genre[o] = next(((facts.get(a["id"]) or {}).get("genre") for a in mine), None)
    return {"frames": frames, "tone": tone, "genre": genre}


def _by_country(arts: dict[str, dict], frames: dict[str, list], tone: dict[str, dict]) -> list[dict]:
    """Frames and tone of the outlets of each country: "Pakistani outlets (2 sources): 'transactional' (1) ..."."""
    countries: dict[str | None, dict] = {}
    for a in arts.values():
        c = countries.setdefault(a["country"], {"outlets": set(), "sources": set()})
        c["outlets"].add(a["outlet"])
        c["sources"].add(a["source"])
    out = []
    for country, c in sorted(countries.items(), key=lambda kv: (kv[0] is None, -len(kv[1]["sources"]), kv[0] or "")):
        phrase_outlets: dict[str, set[str]] = defaultdict(set)
        for o in sorted(c["outlets"]):
            for f in frames.get(o, []):
                phrase_outlets[f["phrase"]].add(o)
        rel = [tone[o]["relationship"] for o in c["outlets"] if "relationship" in tone.get(o, {})]
        out.append(
            {
                "country": country,
                "label": country_label(country),
                "outlets": sorted(c["outlets"]),
                "sources": len(c["sources"]),
                "frames": [
                    {"phrase": p, "outlets": sorted(os_)} for p, os_ in sorted(phrase_outlets.items(), key=lambda kv: -len(kv[1]))
                ],
                "relationship_tone": round(sum(rel) / len(rel), 3) if rel else None,
            }
        )
    return out
