"""Incremental story clustering: one story per real-world happening.

Each article arrives once, in order, and either joins the best existing story
or starts a new one. Work per article is O(candidates), never O(stories):

* **blocking** — an inverted index from each story's salient terms, named
  entities (the analysis's, from spaCy: ``story_doc`` in build.py hands them
  over) and actors to the story, a datasketch MinHash LSH index of the articles
  for near-copies (syndicated and updated versions), and a time window on dates;
* **scoring** — the average similarity of the article to the story's members
  (average link: the dot product of its TF-IDF vector with the sum of theirs,
  over their number), the words of those names and the title's weighted up; document frequencies
  come from a fixed background table, so an article's vector never depends on
  what arrived before it; shared events (type + dyad + date) and quantities
  add, a place named on both sides and not shared subtracts;
* **when** — a dated article joins only a story whose dates lie within
  ``window_days`` of its own; an article without a date (from metadata or a
  dateline at the top of its text) joins a dated story, and a dated article an
  undated one, only on ``strong`` times the usual evidence; an undated article
  never changes a story's dates;
* **repair** — ``refine(only=...)`` re-scores the articles just added once
  the batch is in (the stories grew after they were placed).

The same input in the same order gives the same stories, and replaying stored
placements (``place``) rebuilds exactly the state that placed them.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date as Date
from typing import Any


def _stop_words() -> frozenset[str]:
    from importlib.resources import files

    text = files("attache.stories").joinpath("data/stop_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


STOP = _stop_words()
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]+|\d+[A-Za-z]+[A-Za-z0-9]*|\b(?:19|20)\d\d\b")  # words and years (when)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.I,
)
PLACE_HINTS = ("city", "province", "region", "county", "island", "state", "district", "prefecture")
N_HASH, BANDS = 32, 8  # MinHash permutations; LSH bands of 4 rows


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
    for w in _WORD.findall((title or "") + "\n" + text):
        n = _norm(w)
        if n not in STOP and len(n) > 2:
            c[n] += 1
    return c


def salient_of(title: str | None, terms: Counter, entities: Iterable[str] = ()) -> frozenset[str]:
    """Terms weighted up: the title's words (what the article is about) and the words of the names the analysis
    found (spaCy's entities kept by the actors stage: who and where), the capitalised ones ("Pakistani", not
    "delegation")."""
    names = {n for e in entities for w in _WORD.findall(e) if w[0].isupper() and (n := _norm(w)) in terms and not n.isdigit()}
    head = {_norm(w) for w in _WORD.findall(title or "")}
    return frozenset(names | {t for t in head if t in terms})


def dateline(text: str, lines: int = 4) -> str | None:
    """A full date written in one of the first lines of a text (a dateline), as YYYY-MM-DD."""
    from ..extract.dates import parse_date

    for line in text.split("\n", lines)[:lines]:
        if len(line) > 160:
            continue
        m = _DATELINE.search(line)
        if m and (d := parse_date(m.group(0))):
            return d
    return None


_BACKGROUND: tuple[int, dict[str, int]] | None = None


def background() -> tuple[int, dict[str, int]]:
    """(documents, document frequency per term) of the fixed background corpus (data/background_df.tsv)."""
    global _BACKGROUND
    if _BACKGROUND is None:
        from importlib.resources import files

        n, df = 1, {}
        for line in files("attache.stories").joinpath("data/background_df.tsv").read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            term, _, count = line.partition("\t")
            if term == "__documents__":
                n = int(count)
            else:
                df[term] = int(count)
        _BACKGROUND = (n, df)
    return _BACKGROUND


def entities_of(names: Iterable[str]) -> Counter:
    """How often each name occurs, lower case (the names: what the analysis found, one per mention)."""
    return Counter(n for n in (" ".join(x.split()).strip(" .").lower() for x in names) if len(n) > 2 and n not in STOP)


_PERMUTATIONS = None


def minhash(text: str, n: int = N_HASH):
    """datasketch MinHash of the word 3-grams (crc32 hashes and fixed permutations, so the same on every run and
    machine)."""
    global _PERMUTATIONS
    from datasketch import MinHash

    if _PERMUTATIONS is None:
        _PERMUTATIONS = MinHash(num_perm=n, seed=1).permutations
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    shingles = {" ".join(words[i : i + 3]) for i in range(max(0, len(words) - 2))} or {""}
    m = MinHash(num_perm=n, permutations=_PERMUTATIONS, hashfunc=zlib.crc32, scheme="affine32")
    m.update_batch(sorted(s.encode() for s in shingles))
    return m


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
    signature: Any = None  # a datasketch MinHash of the text (near-copies)
    title: str | None = None
    salient: frozenset[str] = frozenset()


def make_doc(
    doc_id: str,
    text: str,
    title: str | None = None,
    date: str | None = None,
    *,
    actors: Iterable[str] = (),
    places: Iterable[str] = (),
    events: Iterable[str] = (),
    quantities: Iterable[str] = (),
    entities: Iterable[str] = (),
) -> StoryDoc:
    """``date``: the publication date; without one, a dateline at the top of the text stands in. ``entities``: the
    names the analysis found in the article (one per mention: ``story_doc`` in build.py gives them)."""
    terms = terms_of(title, text)
    entities = list(entities)
    when = date or dateline(((title + "\n") if title else "") + text[:2000])
    return StoryDoc(
        doc_id,
        when,
        terms,
        entities_of(entities),
        frozenset(actors),
        frozenset(p.lower() for p in places),
        frozenset(events),
        frozenset(quantities),
        minhash(text),
        title,
        salient_of(title, terms, entities),
    )


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
    norm2: float = 0.0  # squared length of the centroid, kept as members come and go
    lead: str | None = None  # set when the story is retired: its most central member

    def norm(self) -> float:
        return math.sqrt(max(self.norm2, 0.0)) or 1.0

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
    threshold: float = 0.22  # average similarity to a story's members needed to join it (tuned on half of ECB+ dev)
    strong: float = 1.5  # times the threshold when only one side is dated (an undated article needs strong evidence)
    w_salient: float = 1.5  # weight of names and title words in an article vector
    window_days: int = 7  # a dated article joins only a story with a member dated within this many days
    max_span_days: int = 30  # a story (one event and its aftermath) spans at most this many days
    salient_terms: int = 25
    vector_terms: int = 400  # terms kept per article vector
    max_candidates: int = 60
    # stories whose last date is this far behind the newest date seen are retired (memory); None: never. Assumes
    # articles come roughly in date order, as the story pass feeds them (an evaluation file in another order: None)
    retain_days: int | None = 21
    max_undated: int = 2000  # undated stories kept active at most (the oldest are retired first)
    keep_terms: int = 200  # centre terms a retired story keeps (for its description and its thread)
    w_events: float = 0.10
    w_quantities: float = 0.05
    place_penalty: float = 0.10


class StoryClusterer:
    def __init__(self, settings: Settings | None = None) -> None:
        self.s = settings or Settings()
        self.stories: dict[str, Story] = {}
        self.story_of: dict[str, str] = {}
        self.docs: dict[str, StoryDoc] = {}
        self.vectors: dict[str, dict[str, float]] = {}
        self.n_docs = 0
        self.index: dict[str, set[str]] = {}
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(num_perm=N_HASH, params=(BANDS, N_HASH // BANDS))  # near-copies, keyed by article id
        self._in_lsh: set[str] = set()
        self._next = 0
        self._bg_n, self._bg_df = background()
        self.retired: dict[str, Story] = {}  # stories no article can join any more, with a trimmed centre
        self.latest: str | None = None  # the newest date seen
        self._undated: dict[str, None] = {}  # active stories without a date, oldest first

    # -- vectors ------------------------------------------------------------------
    def _idf(self, term: str) -> float:
        return math.log((self._bg_n + 1) / (self._bg_df.get(term, 0) + 1)) + 1.0

    def _vector(self, doc: StoryDoc) -> dict[str, float]:
        """Unit TF-IDF vector of the article's heaviest terms (a function of the article alone)."""
        w = self.s.w_salient
        v = {t: (1 + math.log(c)) * self._idf(t) * (w if t in doc.salient else 1.0) for t, c in doc.terms.items()}
        if len(v) > self.s.vector_terms:
            v = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[: self.s.vector_terms])
        n = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / n for t, x in v.items()}

    def _keys(self, doc: StoryDoc, vec: dict[str, float]) -> set[str]:
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: self.s.salient_terms]
        keys = {f"t:{t}" for t, _ in top}
        keys |= {f"e:{e}" for e, _ in sorted(doc.entities.items(), key=lambda kv: (-kv[1], kv[0]))[:10]}
        keys |= {f"a:{a}" for a in doc.actors}
        keys |= {f"v:{e}" for e in doc.events}
        return keys

    # -- scoring ------------------------------------------------------------------
    def similarity(self, vec: dict[str, float], story: Story, exclude: bool = False) -> float:
        """Average cosine of an article with the story's members (itself left out when ``exclude``)."""
        n = len(story.members) - (1 if exclude else 0)
        if n <= 0:
            return 0.0
        dot = sum(x * story.centroid.get(t, 0.0) for t, x in vec.items()) - (1.0 if exclude else 0.0)
        return dot / n

    def score(self, doc: StoryDoc, vec: dict[str, float], story: Story, exclude: bool = False) -> float:
        s = self.similarity(vec, story, exclude)
        if doc.events & story.events:
            s += self.s.w_events
        if doc.quantities & story.quantities:
            s += self.s.w_quantities
        if doc.places and story.places and not (doc.places & set(story.places)):
            s -= self.s.place_penalty
        return s

    def needed(self, doc: StoryDoc, story: Story, exclude: bool = False) -> float | None:
        """The score an article needs to join the story, or None when their dates rule it out."""
        dates = list(story.dates)
        if exclude and doc.date and doc.date in dates:
            dates.remove(doc.date)
        if doc.date and dates:
            if min(_days(doc.date, d) for d in dates) > self.s.window_days:
                return None
            if _days(min(min(dates), doc.date), max(max(dates), doc.date)) > self.s.max_span_days:
                return None  # would stretch it past one event's span
            return self.s.threshold
        if doc.date or dates:
            return self.s.threshold * self.s.strong  # one side has no date: only strong evidence joins them
        return self.s.threshold

    def _candidates(self, doc: StoryDoc, keys: set[str]) -> list[str]:
        hits: Counter = Counter()
        for k in keys:
            for sid in self.index.get(k, ()):
                hits[sid] += 1
        if doc.signature is not None:
            for other in sorted(self.lsh.query(doc.signature)):
                if (owner := self.story_of.get(other)) is not None:
                    hits[owner] += 5
        out = []
        for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])):
            st = self.stories.get(sid)
            if st is None:
                continue
            if doc.date and st.dates and _gap(doc.date, st.dates) > self.s.window_days:
                continue
            out.append(sid)
            if len(out) >= self.s.max_candidates:
                break
        return out

    def _best(self, doc: StoryDoc, vec: dict[str, float], keys: set[str], current: str | None = None) -> tuple[str | None, float]:
        """The candidate story the article clears the bar of by the widest margin (ties: the smaller id)."""
        best, margin = None, 0.0
        for sid in self._candidates(doc, keys):
            st = self.stories[sid]
            own = sid == current
            if own and len(st.members) == 1:
                continue
            need = self.needed(doc, st, exclude=own)
            if need is None:
                continue
            m = self.score(doc, vec, st, exclude=own) - need
            if m > margin:
                best, margin = sid, m
        return best, margin

    # -- adding -------------------------------------------------------------------
    def add(self, doc: StoryDoc) -> str:
        """Place one article; returns its story id."""
        if doc.id in self.story_of:
            return self.story_of[doc.id]
        self.n_docs += 1
        vec = self._vector(doc)
        doc = replace(doc, terms=Counter())  # from here on the vector speaks for the article (memory)
        keys = self._keys(doc, vec)
        best, _ = self._best(doc, vec, keys)
        if best is None:
            best = self._new_story()
        self.docs[doc.id] = doc
        self.vectors[doc.id] = vec
        self._attach(doc, best, keys)
        self._advance(doc)
        return best

    def _new_story(self) -> str:
        sid = f"s{self._next:06d}"
        self._next += 1
        self.stories[sid] = Story(sid)
        return sid

    def place(self, doc: StoryDoc, sid: str) -> None:
        """Put an article back in the story it was stored in (replaying a saved state: no scoring)."""
        if doc.id in self.story_of:
            return
        self.n_docs += 1
        if sid in self.retired:  # stored there although its story was retired by then (an out-of-order date)
            self.retired[sid].members.append(doc.id)
            self.story_of[doc.id] = sid
            return
        self.vectors[doc.id] = self._vector(doc)
        doc = replace(doc, terms=Counter())
        self.docs[doc.id] = doc
        if sid not in self.stories:
            self.stories[sid] = Story(sid)
            if re.fullmatch(r"s\d+", sid):
                self._next = max(self._next, int(sid[1:]) + 1)
        self._attach(doc, sid)
        self._advance(doc)

    # -- memory: a time window ---------------------------------------------------------
    def _advance(self, doc: StoryDoc) -> None:
        """After placing ``doc``: retire the stories it left behind (the same points on replay as on the first pass)."""
        sid = self.story_of[doc.id]
        st = self.stories[sid]
        if st.dates:
            self._undated.pop(sid, None)
        else:
            self._undated[sid] = None
        while len(self._undated) > self.s.max_undated:
            self.retire(next(iter(self._undated)))
        if doc.date and self.s.retain_days is not None and (self.latest is None or doc.date > self.latest):
            old = self.latest
            self.latest = doc.date
            if old is None or old[:10] != doc.date[:10]:
                from datetime import date as _D
                from datetime import timedelta

                try:
                    cutoff = (_D.fromisoformat(doc.date[:10]) - timedelta(days=self.s.retain_days)).isoformat()
                except ValueError:
                    return
                for other in [k for k, v in self.stories.items() if v.dates and max(v.dates) < cutoff]:
                    self.retire(other)

    def retire(self, sid: str) -> None:
        """Take a story out of the active state: no article can join it any more (its dates are too far behind),
        so its index entries, member vectors and documents go; it keeps its members, dates, lead and the
        heaviest terms of its centre (for its description and its thread)."""
        st = self.stories.pop(sid)
        self._undated.pop(sid, None)
        norm = st.norm()
        lead = min(st.members, key=lambda a: (-sum(x * st.centroid.get(t, 0.0) for t, x in self.vectors[a].items()) / norm, a))
        for k in st.keys:
            ids = self.index.get(k)
            if ids is not None:
                ids.discard(sid)
                if not ids:
                    del self.index[k]
        for m in st.members:
            if m in self._in_lsh:
                self.lsh.remove(m)
                self._in_lsh.discard(m)
            self.vectors.pop(m, None)
            self.docs.pop(m, None)
        centre = dict(sorted(st.centroid.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[: self.s.keep_terms])
        self.retired[sid] = Story(
            sid,
            members=st.members,
            centroid=centre,
            dates=st.dates,
            places=st.places,
            norm2=sum(x * x for x in centre.values()),
            lead=lead,
        )

    def story(self, sid: str) -> Story:
        """An active or retired story."""
        return self.stories.get(sid) or self.retired[sid]

    def all_stories(self) -> dict[str, Story]:
        return {**self.retired, **self.stories}

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
        if doc.signature is not None and doc.id not in self._in_lsh:
            self.lsh.insert(doc.id, doc.signature)
            self._in_lsh.add(doc.id)
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

    # -- repair -------------------------------------------------------------------
    def refine(self, only: Iterable[str] | None = None) -> dict[str, int]:
        """Re-score the articles ``only`` names (all when None), in arrival order, now that the stories
        grew after they were placed: each moves to the story it clears the bar of by the widest margin
        if that beats its own story's (itself left out). Articles not named never move, so a pass with
        nothing new changes nothing."""
        wanted = set(self.story_of) if only is None else set(only) & set(self.story_of)
        order = [d for d in self.docs if d in wanted]  # dicts keep arrival order; retired stories' members are gone
        moved = 0
        for doc_id in order:
            sid = self.story_of[doc_id]
            doc, vec = self.docs[doc_id], self.vectors[doc_id]
            st = self.stories[sid]
            own = -math.inf
            if len(st.members) > 1:
                need = self.needed(doc, st, exclude=True)
                own = -math.inf if need is None else self.score(doc, vec, st, exclude=True) - need
            best, margin = self._best(doc, vec, self._keys(doc, vec), current=sid)
            if best is not None and best != sid and margin > max(own, 0.0):
                self._move(doc_id, best)
                moved += 1
        return {"merged": 0, "split": 0, "moved": moved}

    def assignments(self) -> dict[str, str]:
        return dict(self.story_of)
