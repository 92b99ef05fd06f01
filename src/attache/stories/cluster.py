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

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
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


_MASK = (1 << 61) - 1  # a Mersenne prime: (a*h + b) mod p permutes 32-bit shingle hashes
_A = [((0x9E3779B97F4A7C15 * (k + 1)) % _MASK) | 1 for k in range(N_HASH)]
_B = [(0xC2B2AE3D27D4EB4F * (k + 7)) % _MASK for k in range(N_HASH)]


def minhash(text: str, n: int = N_HASH) -> tuple[int, ...]:
    """MinHash signature of the word 3-grams (crc32 hashes, so the same on every run and machine)."""
    import numpy as np

    words = [w.lower() for w in _WORD.findall(text[:20000])]
    shingles = {" ".join(words[i : i + 3]) for i in range(max(0, len(words) - 2))} or {""}
    h = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    a = np.array(_A[:n], dtype=np.uint64)[:, None] & np.uint64(0xFFFFFFFF)
    b = np.array(_B[:n], dtype=np.uint64)[:, None] & np.uint64(0xFFFFFFFF)
    # products of two 32-bit numbers fit in 64 bits; wrap-around is part of the hash family
    return tuple(int(v) for v in ((a * h[None, :] + b) & np.uint64(0xFFFFFFFFFFFF)).min(axis=1))


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


def _top(counter: Counter, n: int) -> set[str]:
    """The n most frequent keys, ties broken by the key (not by insertion order, which can follow a set's)."""
    return {k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]}


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
    norm2: float = 0.0  # squared length of the centroid, kept as members come and go

    _tops: tuple[int, set[str], set[str]] | None = None  # (members when computed, top names, top actors)

    def norm(self) -> float:
        return math.sqrt(max(self.norm2, 0.0)) or 1.0

    def tops(self) -> tuple[set[str], set[str]]:
        """The story's most frequent names and actors, recomputed as it grows by a fifth."""
        n = len(self.members)
        if self._tops is None or n > self._tops[0] * 1.2 or n < self._tops[0]:
            self._tops = (n, _top(self.entities, 25), _top(self.actors, 25))
        return self._tops[1], self._tops[2]

    def add_vector(self, vec: dict[str, float], sign: float = 1.0) -> None:
        c = self.centroid
        for t, x in vec.items():
            old = c.get(t, 0.0)
            new = old + sign * x
            self.norm2 += new * new - old * old
            if abs(new) < 1e-12:
                c.pop(t, None)
            else:
                c[t] = new


def _gap(day: str, dates: list[str]) -> int:
    """Days from ``day`` to the span of ``dates`` (0 inside it)."""
    first, last = min(dates), max(dates)
    if first <= day <= last:
        return 0
    return _days(day, first if day < first else last)


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
    max_span_days: int = 30  # a story (one event and its aftermath) spans at most this many days
    salient_terms: int = 25
    vector_terms: int = 400  # terms kept per article vector
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
        """Unit TF-IDF vector of the article's heaviest terms (the long tail adds memory, not accuracy)."""
        v = {t: (1 + math.log(c)) * self._idf(t) for t, c in doc.terms.items()}
        if len(v) > self.s.vector_terms:
            v = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[: self.s.vector_terms])
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
    def _overlap(keys: set[str], top: set[str]) -> float:
        if not keys or not top:
            return 0.0
        return len(keys & top) / max(1, min(len(keys), 15))

    def score(self, doc: StoryDoc, vec: dict[str, float], story: Story) -> float:
        cos = sum(x * story.centroid.get(t, 0.0) for t, x in vec.items()) / story.norm()
        top_entities, top_actors = story.tops()
        s = cos + self.s.w_entities * self._overlap({k for k, _ in doc.entities.most_common(15)}, top_entities)
        s += self.s.w_actors * self._overlap(set(doc.actors), top_actors)
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
            if doc.date and st.dates and (_gap(doc.date, st.dates) > self.s.window_days
                                          or _days(min(min(st.dates), doc.date), max(max(st.dates), doc.date)) > self.s.max_span_days):
                continue  # too far from the story's dates, or would stretch it past one event's span
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
        doc = replace(doc, terms=Counter())  # from here on the vector speaks for the article (memory)
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
        doc = replace(doc, terms=Counter())
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
        st.add_vector(vec)
        st.entities.update(dict(doc.entities.most_common(20)))
        st.actors.update(sorted(doc.actors))  # sets iterate in an order that changes from run to run
        st.places.update(sorted(doc.places))
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

    def _detach(self, doc_id: str) -> str:
        """Take an article out of its story (the story goes when it empties); returns the story id.
        Blocking keys stay: they only propose candidates, and every candidate is scored."""
        sid = self.story_of.pop(doc_id)
        st = self.stories[sid]
        doc = self.docs[doc_id]
        st.members.remove(doc_id)
        if not st.members:
            for k in st.keys:
                self.index.get(k, set()).discard(sid)
            for band in st.bands:
                self.lsh.get(band, set()).discard(sid)
            del self.stories[sid]
            return sid
        st.add_vector(self.vectors[doc_id], -1.0)
        st.entities.subtract(dict(doc.entities.most_common(20)))
        st.actors.subtract(doc.actors)
        st.places.subtract(doc.places)
        for counter in (st.entities, st.actors, st.places):
            for k in [k for k, v in counter.items() if v <= 0]:
                del counter[k]
        st.events = set().union(*(self.docs[m].events for m in st.members))
        st.quantities = set().union(*(self.docs[m].quantities for m in st.members))
        if doc.date and doc.date in st.dates:
            st.dates.remove(doc.date)
        return sid

    def _move(self, doc_id: str, sid: str) -> None:
        self._detach(doc_id)
        self._attach(self.docs[doc_id], sid)

    def _own_similarity(self, doc_id: str) -> float:
        """Cosine of an article with its story's centre without it."""
        st = self.stories[self.story_of[doc_id]]
        vec = self.vectors[doc_id]
        dot = norm2 = 0.0
        for t, x in vec.items():
            c = st.centroid.get(t, 0.0)
            dot += x * (c - x)
            norm2 += (c - x) ** 2 - c * c
        return dot / (math.sqrt(max(st.norm2 + norm2, 0.0)) or 1.0)

    # -- repair -------------------------------------------------------------------
    def refine(self) -> dict[str, int]:
        """Repair what the order of arrival got wrong, deterministically:

        * an article alone in its story, or only loosely tied to it, joins the best story now if that
          clears the bar (the stories grew after it was placed);
        * a member that no longer resembles the rest of its story leaves it;
        * two stories whose centres have come together (and whose dates fit) merge.
        Only loose members are re-scored, so the work stays O(n x candidates) for a few n."""
        merged = split = moved = 0
        for doc_id in sorted(self.story_of):
            sid = self.story_of[doc_id]
            st = self.stories[sid]
            own = self._own_similarity(doc_id) if len(st.members) > 1 else 0.0
            if len(st.members) > 1 and own >= 2 * self.s.threshold:
                continue  # firmly in its story
            doc, vec = self.docs[doc_id], self.vectors[doc_id]
            if len(st.members) > 2 and own < self.s.split:
                nid = f"s{self._next:06d}"
                self._next += 1
                self._detach(doc_id)
                self.stories[nid] = Story(nid)
                self._attach(doc, nid)
                split += 1
                sid, own = nid, 0.0
            best, best_score = None, max(self.s.threshold, own + 0.05)
            for other in self._candidates(doc, self._keys(doc, vec)):
                if other == sid:
                    continue
                sc = self.score(doc, vec, self.stories[other])
                if sc > best_score:
                    best, best_score = other, sc
            if best is not None:
                self._move(doc_id, best)
                moved += 1
        for sid in sorted(self.stories):
            st = self.stories.get(sid)
            if st is None:
                continue
            top = sorted(st.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[: self.s.salient_terms]
            near: Counter = Counter(o for t, _ in top for o in self.index.get(f"t:{t}", ()) if o > sid)
            for other, _ in sorted(near.items(), key=lambda kv: (-kv[1], kv[0]))[: self.s.max_candidates]:
                ot = self.stories.get(other)
                if ot is None:
                    continue
                small, big = (st, ot) if len(st.centroid) < len(ot.centroid) else (ot, st)
                cos = sum(x * big.centroid.get(t, 0.0) for t, x in small.centroid.items()) / (st.norm() * ot.norm())
                close = not (st.dates and ot.dates) or (
                    min(_gap(min(ot.dates), st.dates), _gap(max(ot.dates), st.dates)) <= self.s.window_days
                    and _days(min(st.dates + ot.dates), max(st.dates + ot.dates)) <= self.s.max_span_days)
                if cos >= self.s.merge and close:
                    for m in list(ot.members):
                        self._move(m, sid)
                    merged += 1
        return {"merged": merged, "split": split, "moved": moved}

    def assignments(self) -> dict[str, str]:
        return dict(self.story_of)
