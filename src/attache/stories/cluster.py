"""Incremental story clustering.

Each article arrives once, in order, and either joins the best existing story
or starts a new one. Work per article is O(candidates), never O(stories):

* **blocking** — an inverted index from each story's salient terms, named
  entities and actors to the story, a MinHash LSH index for near-copies
  (syndicated and updated versions), and a time window on dates;
* **scoring** — cosine of TF-IDF vectors (document frequencies counted as
  articles arrive), overlap of named entities and actors, shared events
  (type + dyad + date) and shared quantities (kind + value), and a penalty
  when both sides name places and none is shared (two earthquakes);
* **repair** — ``refine()`` merges stories whose centres have come together
  and splits off members that no longer fit, as evidence accumulates.

The same input in the same order gives the same stories.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date

STOP = frozenset("""a about above after again against all almost also although always am among an and another any are
around as at be because been before being below between both but by can could did do does doing down during each either
else even ever every few for from further had has have having he her here hers herself him himself his how however i if in
into is it its itself just last least less let like made make many may me might more most much must my myself never new
no nor not now of off often on once one only or other our ours ourselves out over own per said same say says she should
since so some still such than that the their theirs them themselves then there these they this those though three through
to too two under until up upon us very was we were what when where whether which while who whom whose why will with within
without would yet you your yours yourself also told news image images photo photos video copyright reserved rights
click share read more getty reuters ap afp pic picture caption follow twitter facebook email subscribe advertisement""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]+|\d+[A-Za-z]+[A-Za-z0-9]*")
_ENTITY = re.compile(r"\b(?:[A-Z][a-zA-Z0-9'’.-]+|[A-Z]{2,}[0-9]*)(?:\s+(?:of|de|al|the|for|and)?\s*(?:[A-Z][a-zA-Z0-9'’.-]+|[A-Z]{2,}[0-9]*))*")
PLACE_HINTS = ("city", "province", "region", "county", "island", "state", "district", "prefecture")
N_HASH, BANDS = 32, 8


def _norm(w: str) -> str:
    w = w.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def terms_of(title: str | None, text: str) -> Counter:
    c: Counter = Counter()
    for w in _WORD.findall(text):
        n = _norm(w)
        if n not in STOP and len(n) > 2:
            c[n] += 1
    for w in _WORD.findall(title or ""):
        n = _norm(w)
        if n not in STOP and len(n) > 2:
            c[n] += 3  # the title says what the article is about
    return c


def entities_of(title: str | None, text: str, limit: int = 60000) -> Counter:
    c: Counter = Counter()
    for chunk in ((title or ""), text[:limit]):
        for m in _ENTITY.finditer(chunk):
            words = m.group(0).split()
            while words and words[0].lower() in STOP:
                words = words[1:]
            if not words:
                continue
            name = " ".join(words).strip(".").lower()
            if len(name) > 2 and name not in STOP:
                c[name] += 1
    return c


def minhash(text: str, n: int = N_HASH) -> tuple[int, ...]:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    shingles = {" ".join(words[i : i + 3]) for i in range(max(0, len(words) - 2))} or {""}
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in shingles]
    out = []
    for k in range(n):
        a, b = 0x9E3779B97F4A7C15 * (k + 1) | 1, 0xC2B2AE3D27D4EB4F * (k + 7)
        out.append(min(((h * a + b) & 0xFFFFFFFFFFFFFFFF) >> 11 for h in hashes))
    return tuple(out)


@dataclass
class StoryDoc:
    """What the clusterer knows of one article: plain data, built by ``make_doc``."""

    id: str
    date: str | None
    terms: Counter
    entities: Counter
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    quantities: frozenset[str] = frozenset()
    signature: tuple[int, ...] = ()
    title: str | None = None


def make_doc(doc_id: str, text: str, title: str | None = None, date: str | None = None, *, actors: Iterable[str] = (),
             places: Iterable[str] = (), events: Iterable[str] = (), quantities: Iterable[str] = ()) -> StoryDoc:
    return StoryDoc(doc_id, date, terms_of(title, text), entities_of(title, text), frozenset(actors),
                    frozenset(p.lower() for p in places), frozenset(events), frozenset(quantities), minhash(text), title)


@dataclass
class Story:
    id: str
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)  # sum of member vectors
    entities: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    events: set[str] = field(default_factory=set)
    quantities: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # blocking keys the story is indexed under
    bands: set[tuple] = field(default_factory=set)  # its MinHash LSH buckets

    def norm(self) -> float:
        return math.sqrt(sum(v * v for v in self.centroid.values())) or 1.0


def _days(a: str, b: str) -> int:
    try:
        return abs((Date.fromisoformat(a[:10]) - Date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


@dataclass
class Settings:
    threshold: float = 0.18  # score needed to join a story (tuned on WikiRef220, docs/benchmarks.md)
    merge: float = 0.40  # centroid cosine at which two stories merge
    split: float = 0.05  # a member less similar than this to the rest of its story leaves it
    window_days: int = 10  # dated articles further apart than this are not one story
    salient_terms: int = 25
    max_candidates: int = 60
    w_entities: float = 0.25
    w_actors: float = 0.10
    w_events: float = 0.15
    w_quantities: float = 0.10
    place_penalty: float = 0.15


class StoryClusterer:
    def __init__(self, settings: Settings | None = None) -> None:
        self.s = settings or Settings()
        self.stories: dict[str, Story] = {}
        self.story_of: dict[str, str] = {}
        self.docs: dict[str, StoryDoc] = {}
        self.vectors: dict[str, dict[str, float]] = {}
        self.df: Counter = Counter()
        self.n_docs = 0
        self.index: dict[str, set[str]] = {}
        self.lsh: dict[tuple, set[str]] = {}
        self._next = 0

    # -- vectors ------------------------------------------------------------------
    def _idf(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df[term] + 1)) + 1.0

    def _vector(self, doc: StoryDoc) -> dict[str, float]:
        v = {t: (1 + math.log(c)) * self._idf(t) for t, c in doc.terms.items()}
        n = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / n for t, x in v.items()}

    def _keys(self, doc: StoryDoc, vec: dict[str, float]) -> set[str]:
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: self.s.salient_terms]
        keys = {f"t:{t}" for t, _ in top}
        keys |= {f"e:{e}" for e, _ in doc.entities.most_common(10)}
        keys |= {f"a:{a}" for a in doc.actors}
        keys |= {f"v:{e}" for e in doc.events}
        return keys

    # -- scoring ------------------------------------------------------------------
    @staticmethod
    def _overlap(a: Counter | frozenset, b: Counter) -> float:
        if not a or not b:
            return 0.0
        keys = set(a) if not isinstance(a, Counter) else {k for k, _ in a.most_common(15)}
        top = {k for k, _ in b.most_common(25)}
        return len(keys & top) / max(1, min(len(keys), 15))

    def score(self, doc: StoryDoc, vec: dict[str, float], story: Story) -> float:
        cos = sum(x * story.centroid.get(t, 0.0) for t, x in vec.items()) / story.norm()
        s = cos + self.s.w_entities * self._overlap(doc.entities, story.entities)
        s += self.s.w_actors * self._overlap(doc.actors, story.actors)
        if doc.events & story.events:
            s += self.s.w_events
        if doc.quantities & story.quantities:
            s += self.s.w_quantities
        if doc.places and story.places and not (doc.places & set(story.places)):
            s -= self.s.place_penalty
        return s

    def _candidates(self, doc: StoryDoc, keys: set[str]) -> list[str]:
        hits: Counter = Counter()
        for k in keys:
            for sid in self.index.get(k, ()):
                hits[sid] += 1
        for band in self._bands(doc.signature):
            for sid in self.lsh.get(band, ()):
                hits[sid] += 5
        out = []
        for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])):
            st = self.stories.get(sid)
            if st is None:
                continue
            if doc.date and st.dates and min(_days(doc.date, d) for d in st.dates) > self.s.window_days:
                continue
            out.append(sid)
            if len(out) >= self.s.max_candidates:
                break
        return out

    @staticmethod
    def _bands(sig: tuple[int, ...]) -> list[tuple]:
        if not sig:
            return []
        r = len(sig) // BANDS
        return [(b, *sig[b * r : (b + 1) * r]) for b in range(BANDS)]

    # -- adding -------------------------------------------------------------------
    def add(self, doc: StoryDoc) -> str:
        """Place one article; returns its story id."""
        if doc.id in self.story_of:
            return self.story_of[doc.id]
        self.n_docs += 1
        self.df.update(doc.terms.keys())
        vec = self._vector(doc)
        keys = self._keys(doc, vec)
        best, best_score = None, self.s.threshold
        for sid in self._candidates(doc, keys):
            sc = self.score(doc, vec, self.stories[sid])
            if sc > best_score:
                best, best_score = sid, sc
        if best is None:
            best = f"s{self._next:06d}"
            self._next += 1
            self.stories[best] = Story(best)
        self.docs[doc.id] = doc
        self.vectors[doc.id] = vec
        self._attach(doc, best, keys)
        return best

    def place(self, doc: StoryDoc, sid: str) -> None:
        """Put an article back in the story it was stored in (replaying a saved state: no scoring)."""
        if doc.id in self.story_of:
            return
        self.n_docs += 1
        self.df.update(doc.terms.keys())
        self.vectors[doc.id] = self._vector(doc)
        self.docs[doc.id] = doc
        if sid not in self.stories:
            self.stories[sid] = Story(sid)
            if re.fullmatch(r"s\d+", sid):
                self._next = max(self._next, int(sid[1:]) + 1)
        self._attach(doc, sid)

    def _attach(self, doc: StoryDoc, sid: str, keys: set[str] | None = None) -> None:
        st = self.stories[sid]
        vec = self.vectors[doc.id]
        st.members.append(doc.id)
        for t, x in vec.items():
            st.centroid[t] = st.centroid.get(t, 0.0) + x
        st.entities.update(dict(doc.entities.most_common(20)))
        st.actors.update(doc.actors)
        st.places.update(doc.places)
        st.events |= doc.events
        st.quantities |= doc.quantities
        if doc.date:
            st.dates.append(doc.date)
        for k in keys if keys is not None else self._keys(doc, vec):
            self.index.setdefault(k, set()).add(sid)
            st.keys.add(k)
        for band in self._bands(doc.signature):
            self.lsh.setdefault(band, set()).add(sid)
            st.bands.add(band)
        self.story_of[doc.id] = sid

    def _rebuild(self, sid: str, members: list[str]) -> None:
        old = self.stories.pop(sid)
        for k in old.keys:
            self.index.get(k, set()).discard(sid)
        for band in old.bands:
            self.lsh.get(band, set()).discard(sid)
        self.stories[sid] = Story(sid)
        for m in members:
            self._attach(self.docs[m], sid)

    # -- repair -------------------------------------------------------------------
    def refine(self) -> dict[str, int]:
        """Merge stories whose centres met; split off members that no longer fit; move members whose
        best story is now another one (the stories grew after they were placed). Deterministic."""
        merged = split = moved = 0
        for doc_id in sorted(self.story_of):
            sid = self.story_of[doc_id]
            st = self.stories[sid]
            doc, vec = self.docs[doc_id], self.vectors[doc_id]
            if len(st.members) < 2:
                # a story of one: placed when the others were small; join the best story now if it clears the bar
                scored = [(self.score(doc, vec, self.stories[o]), o) for o in self._candidates(doc, self._keys(doc, vec)) if o != sid]
                top = max(scored, default=None)
                if top is not None and top[0] > self.s.threshold:
                    self._rebuild(sid, [])
                    self.stories.pop(sid)
                    self.story_of.pop(doc_id)
                    self._rebuild(top[1], self.stories[top[1]].members + [doc_id])
                    moved += 1
                continue
            own_c = {t: st.centroid.get(t, 0.0) - x for t, x in vec.items()}
            own_norm = math.sqrt(max(0.0, st.norm() ** 2 - sum(st.centroid.get(t, 0.0) ** 2 - own_c[t] ** 2 for t in vec))) or 1.0
            own = sum(x * own_c[t] for t, x in vec.items()) / own_norm
            best, best_cos = None, own + 0.05
            for other in self._candidates(doc, self._keys(doc, vec)):
                if other == sid:
                    continue
                ot = self.stories[other]
                cos = sum(x * ot.centroid.get(t, 0.0) for t, x in vec.items()) / ot.norm()
                if cos > best_cos:
                    best, best_cos = other, cos
            if best is not None:
                self._rebuild(sid, [m for m in st.members if m != doc_id])
                self.story_of.pop(doc_id)
                self._rebuild(best, self.stories[best].members + [doc_id])
                moved += 1
                if not self.stories[sid].members:
                    self.stories.pop(sid)
        for sid in sorted(self.stories):
            st = self.stories.get(sid)
            if st is None or len(st.members) < 3:
                continue
            keep, out = [], []
            for m in st.members:
                vec = self.vectors[m]
                rest = {t: st.centroid.get(t, 0.0) - vec.get(t, 0.0) for t in vec}
                norm = math.sqrt(sum(v * v for v in st.centroid.values())) or 1.0
                sim = sum(x * rest[t] for t, x in vec.items()) / norm
                (keep if sim >= self.s.split else out).append(m)
            if out and keep:
                self._rebuild(sid, keep)
                for m in out:
                    nid = f"s{self._next:06d}"
                    self._next += 1
                    self.stories[nid] = Story(nid)
                    self._attach(self.docs[m], nid)
                    split += 1
        for sid in sorted(self.stories):
            st = self.stories.get(sid)
            if st is None:
                continue
            for other in sorted({o for k in st.keys for o in self.index.get(k, ()) if o > sid}):
                ot = self.stories.get(other)
                if ot is None:
                    continue
                cos = sum(x * ot.centroid.get(t, 0.0) for t, x in st.centroid.items()) / (st.norm() * ot.norm())
                close = not (st.dates and ot.dates) or min(_days(a, b) for a in st.dates for b in ot.dates) <= self.s.window_days
                if cos >= self.s.merge and close:
                    members = st.members + ot.members
                    self._rebuild(other, [])
                    self.stories.pop(other)
                    self._rebuild(sid, members)
                    st = self.stories[sid]
                    merged += 1
        return {"merged": merged, "split": split, "moved": moved}

    def assignments(self) -> dict[str, str]:
        return dict(self.story_of)
