"""Actor resolution: every actor mention of a parsed article, resolved to an
actor, a country, a sector and a role valid on the article's date.

Reads the one spaCy pass (``nlp.Parsed``): tokens, sentences, entities and
noun chunks. Four ways to resolve, recorded in ``Mention.how``:

- ``kb``: the text names a knowledge-base actor (a full name, an alias, a
  country name, adjective or capital);
- ``role-pattern``: a title or a collective noun with a country tells who it
  is ("Pakistani Deputy Prime Minister ... Ishaq Dar", "Pakistani officials",
  "a U.S. delegation");
- ``context``: a surname or short form of someone named earlier in the article;
- ``ner-only``: the parser saw a name and nothing more is known.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Mention
from ..nlp import Parsed, Segment
from .kb import Actor, KnowledgeBase, person_id, slug

NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
JOINERS = {"and", "&", ",", "-", "of", "the", "'s", "’s", "former", "then", "acting", "first", "senior", "top", "new", "newly", "deputy"}
COMPLEMENT_WORDS = {"for", "and", "of", "the"}
CONF = {"kb-person": 0.95, "kb": 0.9, "role-pattern": 0.8, "context": 0.85, "ner-only": 0.4}


@dataclass
class _Hit:
    start: int  # token index in the segment doc
    end: int
    kind: str  # "kb" | "title" | "group"
    key: str  # surface or lower-case phrase


class Resolver:
    """Built once per process for a knowledge base; ``resolve`` per article."""

    def __init__(self, kb: KnowledgeBase, nlp) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self.roles = kb.roles
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        surfaces = sorted(kb.surfaces())
        for surface, doc in zip(surfaces, nlp.tokenizer.pipe(surfaces)):
            self.names.add(surface, [doc])
        for kind, table in (("title", self.roles.titles), ("group", self.roles.groups)):
            phrases = sorted(table)
            for phrase, doc in zip(phrases, nlp.tokenizer.pipe(phrases)):
                self.words.add(f"{kind}:{phrase}", [doc])
        self.vocab = nlp.vocab
        self.surname_index: dict[str, list[Actor]] = {}
        for actor in kb.actors.values():
            if actor.kind == "person":
                for alias in actor.aliases:
                    parts = alias.split()
                    if len(parts) > 1 and parts[-1][:1].isupper():
                        bucket = self.surname_index.setdefault(parts[-1], [])
                        if actor not in bucket:
                            bucket.append(actor)

    @staticmethod
    def _appositive(doc, end: int, titles_at, kb_at, country_of) -> tuple[list[str], str | None] | None:
        """", the acting Prime Minister of Iraq" right after a name."""
        j = end
        if j >= len(doc) or doc[j].text != ",":
            return None
        j += 1
        while j < len(doc) and doc[j].lower_ in ("the", "a", "an", "acting", "caretaker", "interim", "new", "former", "then"):
            j += 1
        if j not in titles_at:
            return None
        h = titles_at[j]
        title = doc[h.start : h.end].text
        k = h.end
        country = None
        if k < len(doc) and doc[k].lower_ == "of" and k + 1 in kb_at:
            country = country_of(kb_at[k + 1])
        return [title], country

    def _by_surname(self, surname: str, date: str | None) -> Actor | None:
        """A knowledge-base person by surname alone, when exactly one fits the date."""
        if surname.isupper() and len(surname) > 3:  # transcripts: "SECRETARY BLINKEN:"
            surname = surname.title()
        found = [a for a in self.surname_index.get(surname, []) if a.roles_on(date)[0]]
        return found[0] if len(found) == 1 else None

    # -- matching ---------------------------------------------------------------
    def _hits(self, doc) -> tuple[list[_Hit], list[_Hit]]:
        from spacy.util import filter_spans

        strings = self.vocab.strings
        kb_spans = filter_spans([doc[s:e] for _, s, e in self.names(doc)])
        kb_hits = [_Hit(s.start, s.end, "kb", s.text) for s in kb_spans]
        word_spans = []
        for match_id, s, e in self.words(doc):
            span = doc[s:e]
            span.label_ = strings[match_id]
            word_spans.append(span)
        word_hits = [_Hit(s.start, s.end, s.label_.split(":", 1)[0], s.label_.split(":", 1)[1]) for s in filter_spans(word_spans)]
        return kb_hits, word_hits

    def _best(self, candidates: list[tuple[Actor, str]], date: str | None) -> tuple[Actor, str] | None:
        if not candidates:
            return None

        def rank(item: tuple[Actor, str]) -> tuple:
            actor, how = item
            valid = bool(actor.roles_on(date)[0]) if actor.roles else True
            order = {"country": 0, "igo": 1, "group": 1, "institution": 2, "person": 3}.get(actor.kind, 4)
            return (not valid, how != "name", order, actor.id)

        return sorted(candidates, key=rank)[0]

    # -- resolution ------------------------------------------------------------
    def resolve(self, parsed: Parsed, date: str | None = None) -> list[Mention]:
        article = parsed.article
        date = date or article.published
        outlet = (article.outlet or "").casefold()
        mentions: list[Mention] = []
        surnames: dict[str, Mention] = {}
        for seg in parsed.segments:
            mentions.extend(self._segment(seg, article.id, date, outlet, surnames))
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _mention(self, seg: Segment, span_start: int, span_end: int, article_id: str, **kw) -> Mention:
        doc = seg.doc
        span = doc[span_start:span_end]
        sent = span.sent
        start, end = seg.start + span.start_char, seg.start + span.end_char
        return Mention(article_id=article_id, start=start, end=end, text=span.text,
                       sentence_start=seg.start + sent.start_char, sentence_end=seg.start + sent.end_char, **kw)

    def _segment(self, seg: Segment, article_id: str, date: str | None, outlet: str, surnames: dict[str, Mention]) -> list[Mention]:
        doc = seg.doc
        kb_hits, word_hits = self._hits(doc)
        kb_at = {}
        for h in kb_hits:
            for i in range(h.start, h.end):
                kb_at[i] = h
        titles_at = {i: h for h in word_hits if h.kind == "title" for i in range(h.start, h.end)}
        taken: set[int] = set()
        out: list[Mention] = []

        def free(a: int, b: int) -> bool:
            return not any(i in taken for i in range(a, b))

        def take(a: int, b: int) -> None:
            taken.update(range(a, b))

        best_of: dict[str, tuple[Actor, str] | None] = {}

        def best(key: str) -> tuple[Actor, str] | None:
            """The knowledge-base reading of a matched name (one lookup per name and paragraph)."""
            if key not in best_of:
                best_of[key] = self._best(self.kb.lookup(key), date)
            return best_of[key]

        def country_of(hit: _Hit) -> str | None:
            found = best(hit.key)
            if found and found[0].kind == "country":
                return found[0].country or found[0].id
            return None

        def past_joiners(j: int) -> int | None:
            """From a joiner ("and", "'s", "the", ...), the title or country it joins on the left."""
            k = j
            while k >= 0 and doc[k].lower_ in JOINERS:
                k -= 1
            return k if k >= 0 and (k in titles_at or (k in kb_at and country_of(kb_at[k]))) else None

        def past_complement(j: int) -> int | None:
            """From the end of "for South and Central Asian Affairs", the title it completes."""
            k = j
            while k >= 0 and j - k < 8 and k not in titles_at and (doc[k].is_title or doc[k].lower_ in COMPLEMENT_WORDS):
                k -= 1
            if k >= 0 and k in titles_at and any(doc[x].lower_ == "for" for x in range(k, j + 1)):
                return k
            return None

        def title_zone(first: int) -> tuple[int, list[str], str | None]:
            """Walk left from a name over titles, countries and joiners."""
            j = first - 1
            titles: list[str] = []
            country = None
            zone_start = first
            while j >= 0:
                tok = doc[j]
                if j in titles_at:
                    h = titles_at[j]
                    titles.insert(0, doc[h.start : h.end].text)
                    j = h.start - 1
                    zone_start = h.start
                elif j in kb_at and country_of(kb_at[j]):
                    h = kb_at[j]
                    country = country or country_of(h)
                    j = h.start - 1
                    zone_start = h.start
                else:
                    nxt = past_complement(j) if (tok.is_title or tok.lower_ in COMPLEMENT_WORDS) else None
                    if nxt is None and tok.lower_ in JOINERS:
                        nxt = past_joiners(j)
                    if nxt is None:
                        break
                    j = nxt
            return zone_start, titles, country

        # 1. people: KB names, and PERSON entities with titles or known surnames
        people: list[tuple[int, int, Actor | None]] = []
        for h in kb_hits:
            found = best(h.key)
            if found and found[0].kind == "person":
                people.append((h.start, h.end, found[0]))
        # a name the knowledge base knows as something other than a person is resolved in step 3
        covered = {i for h in kb_hits for i in range(h.start, h.end)}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not any(i in covered for i in range(ent.start, ent.end)):
                s, e = ent.start, ent.end
                while e > s and doc[e - 1].text in ("'s", "’s"):
                    e -= 1
                if e > s:
                    people.append((s, e, None))
        for s, e, actor in sorted(people, key=lambda t: t[0]):
            if not free(s, e):
                continue
            zone_start, titles, zone_country = title_zone(s)
            name = doc[s:e].text
            note = None
            if actor is None and len(name.split()) == 1 and name not in surnames:
                actor = self._by_surname(name, date)
            if actor is not None:
                roles, assumed = actor.roles_on(date)
                stated = [r for r in actor.roles if any(t.lower() in r.title.lower() for t in titles)]
                if titles and stated and (assumed or not roles):
                    # the text says which office: believe it over a guess
                    roles, assumed = [r for r in stated if r.valid_on(date)] or stated[:1], False
                role_text = " and ".join(dict.fromkeys(r.title for r in roles)) or None
                sector = roles[0].sector if roles else actor.sector
                country = (roles[0].country if roles and roles[0].country else actor.country)
                if assumed:
                    note = "no article date: role as last known"
                elif not roles and actor.roles:
                    note = f"no role known on {date}"
                m = self._mention(seg, s, e, article_id, actor_id=actor.id, name=actor.name, country=country, sector=sector,
                                  role=role_text, confidence=CONF["kb-person"], how="kb", kind="person", note=note)
            elif name.split()[-1] in surnames and len(name.split()) == 1:
                prior = surnames[name.split()[-1]]
                m = self._mention(seg, s, e, article_id, actor_id=prior.actor_id, name=prior.name, country=prior.country,
                                  sector=prior.sector, role=prior.role, confidence=CONF["context"], how="context", kind="person")
            elif not titles and (appositive := self._appositive(doc, e, titles_at, kb_at, country_of)):
                titles, zone_country = appositive
                sector = self.roles.titles.get(titles[0].lower())
                m = self._mention(seg, s, e, article_id, actor_id=person_id(name, zone_country, sector), name=name,
                                  country=zone_country, sector=sector, role=" and ".join(titles),
                                  confidence=CONF["role-pattern"], how="role-pattern", kind="person")
            elif titles:
                sector = self.roles.titles.get(titles[0].lower())
                role_text = " and ".join(titles)
                zone_country = zone_country or self.roles.title_country.get(titles[-1].lower())
                m = self._mention(seg, s, e, article_id, actor_id=person_id(name, zone_country, sector), name=name,
                                  country=zone_country, sector=sector, role=role_text, confidence=CONF["role-pattern"],
                                  how="role-pattern", kind="person")
            else:
                if name.casefold() == outlet:
                    continue
                m = self._mention(seg, s, e, article_id, actor_id=f"NER.{slug(name)}", name=name, country=None, sector=None,
                                  role=None, confidence=CONF["ner-only"], how="ner-only", kind="person")
            take(zone_start if titles or zone_country else s, e)
            out.append(m)
            if m.how != "ner-only" and len(name.split()) > 1:
                surnames.setdefault(name.split()[-1], m)

        # surnames of people named earlier, as plain proper-noun tokens ("Rubio and Dar's pledge")
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or tok.text not in surnames:
                continue
            prior = surnames[tok.text]
            take(tok.i, tok.i + 1)
            out.append(self._mention(seg, tok.i, tok.i + 1, article_id, actor_id=prior.actor_id, name=prior.name,
                                     country=prior.country, sector=prior.sector, role=prior.role,
                                     confidence=CONF["context"], how="context", kind="person"))

        person_at: dict[int, Mention] = {}
        for m in out:
            span = doc.char_span(m.start - seg.start, m.end - seg.start)
            if span is not None:
                for i in range(span.start, span.end):
                    person_at[i] = m

        # 2. collective role phrases: "Pakistani officials", "a U.S. delegation", "rights advocates"
        for h in word_hits:
            # a title not followed by a name is a common noun too: "the Arnorian cleric", "Gondor's ambassador"
            if h.kind == "title" and (h.end < len(doc) and (h.end in taken or doc[h.end].pos_ == "PROPN")):
                continue
            if not free(h.start, h.end):
                continue
            sector = (self.roles.groups if h.kind == "group" else self.roles.titles)[h.key]
            a = h.start
            country = None
            org_member: Actor | None = None
            j = h.start - 1
            if j >= 0 and j in person_at and person_at[j].country:
                # "the Biden administration": the group of a named person
                country = person_at[j].country
                a = j
                while a - 1 >= 0 and person_at.get(a - 1) is person_at[j]:
                    a -= 1
                j = -1
            while j >= 0 and j not in taken:
                tok = doc[j]
                if j in kb_at and country_of(kb_at[j]):
                    country = country or country_of(kb_at[j])
                    a = kb_at[j].start
                    j = a - 1
                elif j in kb_at:
                    org = best(kb_at[j].key)
                    if org and org[0].kind in ("group", "igo", "institution", "ngo") and org_member is None:
                        org_member = org[0]  # "an ISIS-K operative": a member of that group
                        a = kb_at[j].start
                    break
                elif tok.lower_ in self.roles.country_hint or tok.pos_ in ("ADJ", "PROPN") or tok.text in ("'s", "’s"):
                    country = country or self.roles.country_hint.get(tok.lower_)
                    a = j
                    j -= 1
                else:
                    break
            # keep only the adjectives that say whose group it is
            while a < h.start and a not in kb_at and a not in person_at and doc[a].lower_ not in self.roles.country_hint:
                a += 1
            if country is None:
                for i in range(a, h.end):
                    country = country or self.roles.country_hint.get(doc[i].lower_)
            end = h.end
            if country is None and org_member is None and end + 1 < len(doc) and doc[end].lower_ == "of":
                # "the Government of the United States of America", "the people of Afghanistan"
                k = end + 1
                if doc[k].lower_ == "the" and k + 1 < len(doc):
                    k += 1
                # a named department first: "the Ministry of Defence of Ukraine"
                j = k
                while j < min(len(doc), k + 3) and doc[j].is_title and j not in kb_at:
                    j += 1
                if j > k and j + 1 < len(doc) and doc[j].lower_ == "of":
                    k = j + 1 + (1 if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else 0)
                if k in kb_at and kb_at[k].start == k and country_of(kb_at[k]) and free(end, kb_at[k].end):
                    country = country_of(kb_at[k])
                    end = kb_at[k].end
            if country is None and h.key in self.roles.needs_country and org_member is None:
                continue
            take(a, end)
            if org_member is not None:
                out.append(self._mention(seg, a, h.end, article_id, actor_id=org_member.id, name=org_member.name,
                                         country=org_member.country, sector=org_member.sector, role=h.key,
                                         confidence=CONF["role-pattern"], how="role-pattern", kind=org_member.kind))
                continue
            out.append(self._mention(seg, a, end, article_id, actor_id=f"{country or 'UNK'}.{sector}", name=doc[a:end].text,
                                     country=country, sector=sector, role=h.key, confidence=CONF["role-pattern"],
                                     how="role-pattern", kind="collective"))

        # 2b. organisations whose name opens with a country: "United States National Hurricane Center"
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or not free(ent.start, ent.end):
                continue
            first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            hit = kb_at.get(first)
            if hit is None or hit.start != first or hit.end >= ent.end or not country_of(hit):
                continue
            sector = self.roles.institution_words.get(doc[ent.end - 1].lower_)
            if sector is None:
                continue
            country = country_of(hit)
            take(ent.start, ent.end)
            out.append(self._mention(seg, first, ent.end, article_id, actor_id=f"{country}.{sector}", name=doc[first : ent.end].text,
                                     country=country, sector=sector, role=doc[ent.end - 1].text, confidence=CONF["role-pattern"],
                                     how="role-pattern", kind="institution"))

        # 3. the remaining knowledge-base names: countries, capitals, organisations, groups;
        # names with a title in front first, so "Dagolath's Deputy Prime Minister Telemar" keeps its title
        with_title = [h for h in kb_hits if title_zone(h.start)[1]]
        for h in with_title + [h for h in kb_hits if h not in with_title]:
            if not free(h.start, h.end):
                continue
            found = best(h.key)
            if found is None or found[0].kind == "person":
                continue
            actor, how = found
            if actor.name.casefold() == outlet or h.key.casefold() == outlet:
                continue
            roles, assumed = actor.roles_on(date)
            sector = roles[0].sector if roles else actor.sector
            country = roles[0].country if roles and roles[0].country else actor.country
            role = roles[0].title if roles else ({"capital": "capital (for its government)", "adjective": "adjective"}.get(how))
            zone_start, titles, _ = title_zone(h.start)
            if titles and actor.kind == "country" and free(zone_start, h.start):
                # "Dagolath's Deputy Prime Minister Telemar": an office of that country
                sector = self.roles.titles.get(titles[0].lower())
                take(zone_start, h.end)
                out.append(self._mention(seg, h.start, h.end, article_id, actor_id=f"{country or actor.id}.{sector}",
                                         name=actor.name, country=country, sector=sector, role=" and ".join(titles),
                                         confidence=CONF["role-pattern"], how="role-pattern", kind="collective"))
                continue
            take(h.start, h.end)
            out.append(self._mention(seg, h.start, h.end, article_id, actor_id=actor.id, name=actor.name, country=country,
                                     sector=sector, role=role, confidence=CONF["kb"], how="kb", kind=actor.kind,
                                     note="no article date: role as last known" if assumed else None))

        # 4. names the parser found that nothing above explains
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS or ent.label_ == "PERSON" or not free(ent.start, ent.end):
                continue
            text = ent.text
            if text.casefold() == outlet or not any(ch.isupper() for ch in text) or len(text) < 2:
                continue
            known = self._by_surname(text, date) if len(ent) == 1 else None
            if known is not None:
                roles, _ = known.roles_on(date)
                take(ent.start, ent.end)
                out.append(self._mention(seg, ent.start, ent.end, article_id, actor_id=known.id, name=known.name,
                                         country=(roles[0].country if roles else known.country), sector=(roles[0].sector if roles else known.sector),
                                         role=" and ".join(dict.fromkeys(r.title for r in roles)) or None,
                                         confidence=CONF["context"], how="kb", kind="person"))
                continue
            take(ent.start, ent.end)
            out.append(self._mention(seg, ent.start, ent.end, article_id, actor_id=f"NER.{slug(text)}", name=text,
                                     country=None, sector=None, role=None, confidence=CONF["ner-only"], how="ner-only",
                                     kind=ent.label_.lower()))
        return out
