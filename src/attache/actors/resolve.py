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

Each paragraph goes through named passes in a fixed order (``Resolver._segment``), each taking the
tokens it explains so that no later pass reads them again: firms introduced by their home country,
people, surnames of people named before, collective role phrases, organisations named after their
country, the remaining knowledge-base names, plural demonyms, and last the parser's leftover names.
The words of the name grammar (joiners, title complements, appositive skips) are in
``data/roles.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from ..extract.datewords import MONTHS, WEEKDAYS
from ..model import Mention
from ..nlp import Parsed, Segment
from ..nlp.repair import first_conjunct
from .addressed import addressed, leave_out_labels
from .based import place_based
from .context import CONTEXT_NOTE, issuer_country, only_country, publisher, story_is_in
from .domestic import members_of_bodies
from .kb import (
    Actor,
    KnowledgeBase,
    _fold,
    body_person_id,
    geonames_only_places,
    load_ambiguous,
    load_context_rules,
    load_demonyms,
    load_outlet_names,
    load_places,
    outlet_key,
    person_id,
    slug,
)
from .unplaced import place_unplaced

NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
#: words that make a country's name or adjective after them a region of several states ("Latin American", "Central
#: America", "North American"); a state named so whole ("South Korea", "North Macedonia") is its own surface and wins
REGION_QUALIFIERS = frozenset(
    {"Latin", "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
)
#: how many words a title's complement may span before the name ("for Oceans and International Environmental and
#: Scientific Affairs", "for Civilian Security, Democracy, and Human Rights"; was 8 before h37title)
COMPLEMENT_SPAN = 12
CONF = {"kb-person": 0.95, "kb": 0.9, "role-pattern": 0.8, "context": 0.85, "ner-only": 0.4}


def _identity(actor_id: str | None, who: Mention | Actor) -> dict[str, str | None]:
    """Who a prior mention or a knowledge-base actor is, as the fields of a new mention of them."""
    return {"actor_id": actor_id, "name": who.name, "country": who.country, "sector": who.sector}


@dataclass
class _Hit:
    start: int  # token index in the segment doc
    end: int
    kind: str  # "kb" | "title" | "group"
    key: str  # surface or lower-case phrase


def _near(text: str, m: Mention, p: Mention, window: int) -> bool:
    """Is ``p`` named within ``window`` characters before ``m``, or after it in a later sentence within the window?"""
    if p.end <= m.start:
        return m.start - p.end <= window
    gap = text[m.end : p.start]
    return p.start - m.end <= window and re.search(r"[.!?][\"'”’)]*\s", gap) is not None


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
            # a name is written with either apostrophe ("People's" / "People’s Republic of Korea"): both spellings
            # match, under the knowledge base's surface
            other = surface.replace("'", "\u2019") if "'" in surface else surface.replace("\u2019", "'")
            self.names.add(surface, [doc] if other == surface else [doc, nlp.tokenizer(other)])
        for kind, table in (("title", self.roles.titles), ("group", self.roles.groups)):
            phrases = sorted(table)
            for phrase, doc in zip(phrases, nlp.tokenizer.pipe(phrases)):
                self.words.add(f"{kind}:{phrase}", [doc])
        self.vocab = nlp.vocab
        self.demonyms = self._demonyms(kb)
        self.ethnic_kin = frozenset(str(w).lower() for w in load_demonyms().get("ethnic_kin") or ())  # h33stacked
        self.ambiguous, self.any_country = self._ambiguous(kb)
        self.rules = load_context_rules()
        self._title_words_cache: frozenset[str] | None = None  # _title_words(), built on first use
        self.generic_names = frozenset(self.rules.get("generic_names") or ())  # h22generic, read by ``_hits``
        self.not_actors = frozenset(  # h23things, ``_things``; named processes ("Brexit") too (h39process)
            n.casefold() for key in ("not_actors", "not_processes") for n in self.rules.get(key) or ()
        )
        self.water_words = frozenset(w.casefold() for w in self.rules.get("water_words") or ())  # h26seas, ``_things``
        self.equipment_nouns = frozenset(w.casefold() for w in self.rules.get("equipment_nouns") or ())  # h39product
        self.currency_words = frozenset(w.casefold() for w in self.rules.get("currency_words") or ())  # h31currency
        # names of storms ("Typhoon Haiyan", "Hurricane Maria"): no party, whatever they destroy (h38storm)
        self.not_actor_starts = tuple(f"{w.casefold()} " for w in self.rules.get("not_actor_starts") or ())
        if isinstance(self.rules.get("media_outlets"), dict):
            self.rules["media_outlets"]["skip"] = frozenset(self.rules["media_outlets"].get("skip") or ())
        self._spellings: dict[tuple[int, str], list[tuple[str, str]]] | None = None  # built on first use
        self._misspelt: dict[str, str | None] = {}
        self._text: str | None = None  # the article being resolved, and the countries it names (by ``_names_country``)
        self._named: dict[str, bool] = {}
        self.patronymic = re.compile((self.rules.get("patronymic") or {}).get("pattern") or r"(?!)")
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
    def _demonyms(kb: KnowledgeBase) -> dict[str, str]:
        """Plural demonym -> country: adjective + "s" for the countries of the knowledge base, and the irregular ones."""
        data = load_demonyms()
        skip = set(data.get("not_people") or [])
        endings = tuple(data.get("no_regular_plural") or ())
        surfaces = kb.surfaces()
        out: dict[str, str] = {}
        for a in kb.actors.values():
            if a.kind != "country":
                continue
            for adj in a.adjectives:
                if len(adj) > 3 and adj.isalpha() and adj[0].isupper() and not adj.endswith(endings):
                    plural = adj + "s"
                    if plural not in skip and plural not in surfaces:
                        out.setdefault(plural, a.country or a.id)
        for plural, iso in (data.get("irregular") or {}).items():
            if iso in kb.actors and plural not in surfaces:
                out[plural] = iso
        return out

    @staticmethod
    def _ambiguous(kb: KnowledgeBase) -> tuple[dict[str, dict], dict]:
        """Surface -> its entry of ``ambiguous.yaml`` (readings whose actors the knowledge base holds)."""
        data = load_ambiguous() or {}
        out: dict[str, dict] = {}
        for entry in data.get("names") or []:
            readings = [r for r in entry["readings"] if r.get("actor") is None or r["actor"] in kb.actors]
            if len(readings) < 2:
                continue
            for name in entry["names"]:
                out[name] = {**entry, "readings": readings}
        return out, data.get("any_country") or {}

    def _reading(self, r: dict) -> Actor | None:
        if r.get("actor"):
            return self.kb.actors.get(r["actor"])
        return Actor(
            id=r["id"],
            name=r.get("name") or r["id"],
            kind=r.get("kind") or "region",
            country=r.get("country"),
            sector=r.get("sector"),
            aliases=[],
            source="attache:ambiguous.yaml",
        )

    def misspelt(self, text: str) -> str | None:
        """The country name or adjective ``text`` misspells ("Afganistan", "Quatar"): one letter inserted, left out or
        changed, not in the last two letters, for exactly one country; else None (``context_rules.yaml``)."""
        if text in self._misspelt:
            return self._misspelt[text]
        rule = self.rules.get("misspelt_countries") or {}
        found: str | None = None
        if (
            len(text) >= int(rule.get("min_length", 6))
            and text.isalpha()
            and text[:1].isupper()
            and text not in set(rule.get("not") or [])
        ):
            if self._spellings is None:
                self._spellings = {}
                for a in self.kb.actors.values():
                    if a.kind == "country":
                        for s in a.aliases + a.adjectives:
                            if s.isalpha() and len(s) >= int(rule.get("min_length", 6)) - 1:
                                self._spellings.setdefault((len(s), s[0]), []).append((s, a.country or a.id))
            hits = {
                (s, iso)
                for n in (len(text) - 1, len(text), len(text) + 1)
                for s, iso in self._spellings.get((n, text[0]), [])
                if _one_edit(text, s)
            }
            if len({iso for _, iso in hits}) == 1:
                found = sorted(hits)[0][0]
        self._misspelt[text] = found
        return found

    def _country_surfaces(self, iso: str) -> list[str]:
        a = self.kb.actors.get(iso)
        if a is None or a.kind != "country":
            return []
        return [x for x in a.aliases + a.adjectives + a.capitals if len(x) > 2]

    def decide(self, text: str) -> dict[str, Actor]:
        """The reading of each ambiguous name the article uses ("Congo", "Georgia", "the Foreign Office"): the one
        whose cues, and with ``by_mentions`` whose country's names, the article holds most; ties go to the first."""
        decided: dict[str, Actor] = {}
        counted: dict[str, int] = {}

        def count(phrase: str) -> int:
            if phrase not in counted:
                counted[phrase] = len(re.findall(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text))
            return counted[phrase]

        for surface, entry in self.ambiguous.items():
            if surface not in text or count(surface) == 0:
                continue
            names = set(entry["names"])
            best_score, best_actor = None, None
            for r in entry["readings"]:
                actor = self._reading(r)
                if actor is None:
                    continue
                score = sum(count(c) for c in r.get("cues") or [])
                country = actor.country or (actor.id if actor.kind == "country" else None)
                if entry.get("by_mentions") and country:
                    score += sum(count(x) for x in self._country_surfaces(country) if x not in names)
                if best_score is None or score > best_score:
                    best_score, best_actor = score, actor
            if best_actor is not None and (best_score or 0) >= int(entry.get("min_score", 0)):
                decided[surface] = best_actor
        return decided

    def _dominant(self, mentions: list[Mention]) -> list[Mention]:
        """A state body named without its country ("the Foreign Ministry") takes the article's clearly dominant country."""
        names = {n.casefold() for n in self.any_country.get("names") or []}
        titles = {t.casefold() for t in self.any_country.get("person_titles") or []}
        loose = [
            i
            for i, m in enumerate(mentions)
            if m.country is None
            and (
                (m.kind == "collective" and m.text.casefold() in names)
                or (
                    m.kind == "person" and m.how == "role-pattern" and m.sector != "IGO" and _title_in(self, titles, m.role or "")
                )
            )
        ]
        if not loose:
            return mentions
        top = self._clear_country(mentions)
        if top is None:
            return mentions
        out = list(mentions)
        for i in loose:
            m = mentions[i]
            actor_id = person_id(m.name or m.text, top, m.sector) if m.kind == "person" else f"{top}.{m.sector or 'GOV'}"
            out[i] = replace(m, country=top, actor_id=actor_id, note=CONTEXT_NOTE)
        return out

    def _clear_country(self, mentions: list[Mention], leave_out: str | None = None) -> str | None:
        """The country the article's mentions name clearly most (at least ``min_mentions`` times and more than twice
        the next one), ``leave_out`` not counted; None when no country stands out."""
        ranked = Counter(m.country for m in mentions if m.country and m.country != leave_out).most_common(2)
        if not ranked:
            return None
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n < int(self.any_country.get("min_mentions", 2)) or n <= 2 * second:
            return None
        return top

    def _appositive(
        self, doc, end: int, titles_at, kb_at, country_of, owner_of=None, igo_of=None
    ) -> tuple[list[str], str | None, str | None, str | None] | None:
        """ ", the acting Prime Minister of Iraq" / ", the State Department official leading ..." right after a name:
        (titles, country, sector, body); the sector is "IGO" for an international organisation's officer (", the UN
        spokesman", ", the United Nations Emergency Relief Coordinator", ", the head of the IAEA", ", a spokesman for the
        United Nations"; h17igo), and the body is the knowledge-base key of that organisation's name (h46appbody)."""
        j = end
        if j >= len(doc) or doc[j].text != ",":
            return None
        j += 1
        while j < len(doc) and doc[j].lower_ in self.roles.appositive_skip:
            j += 1
        owner = None
        if j in kb_at and j not in titles_at and igo_of is not None and igo_of(kb_at[j]):
            # the organisation, then its office: a known title, or an office name in capitals ("Emergency Relief
            # Coordinator") right after it
            body = kb_at[j].key
            j = k = kb_at[j].end
            while k < j + 3 and k < len(doc) and k not in titles_at and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if k in titles_at:
                h = titles_at[k]
                return [doc[j : h.end].text], None, "IGO", body
            if k > j and (k >= len(doc) or doc[k].text in (",", ".", ";")):
                return [doc[j:k].text], None, "IGO", body
            return None
        if j in kb_at and j not in titles_at and owner_of is not None:
            # the institution or country the title belongs to, before the title
            owner = owner_of(kb_at[j])
            if owner is None:
                return None
            j = kb_at[j].end
            if j < len(doc) and doc[j].text in ("'s", "\u2019s"):
                j += 1  # ", Ghana's foreign minister": the country owns the title
            while j < len(doc) and doc[j].lower_ in self.roles.appositive_skip:
                j += 1
            k = j
            while (
                owner is not None
                and k < j + 2
                and k < len(doc)
                and k not in titles_at
                and k not in kb_at
                and (doc[k].is_title or doc[k].pos_ == "ADJ" or doc[k].lower_ in self.roles.title_modifiers)
            ):
                k += 1  # ", a United States District judge", ", a Pakistani federal minister": words that say which office
            if k in titles_at:
                j = k
        if j not in titles_at:
            return None
        h = titles_at[j]
        title = doc[h.start : h.end].text
        k = h.end
        country = owner[0] if owner else None
        if country is None and k < len(doc) and doc[k].lower_ in ("of", "for") and k + 1 in kb_at:
            if igo_of is not None and igo_of(kb_at[k + 1]):
                return [title], None, "IGO", kb_at[k + 1].key  # ", the head of the IAEA", ", a spokesman for the UN"
            country = country_of(kb_at[k + 1])  # ", the Prime Minister of Iraq", ", a spokesman for Pakistan's ..."
        return [title], country, None, None

    def _by_surname(self, surname: str, date: str | None, leaders: bool = True) -> Actor | None:
        """A knowledge-base person by surname alone, when exactly one fits the date."""
        if surname.isupper() and len(surname) > 3:  # transcripts: "SECRETARY BLINKEN:"
            surname = surname.title()
        found = [a for a in self.surname_index.get(surname, []) if a.roles_on(date)[0]]
        if leaders and not found and self.kb.listed is not None and surname[:1].isupper() and len(surname) > 2:
            # "Orban said", "apologised to Duterte": the one listed head of state or government of that surname in office
            name = self.kb.listed.leader_on(
                surname, date, tuple(self.any_country.get("leader_titles") or ()), self._national_title
            )
            found = self.kb.listed.find(name)[:1] if name else []
            if found and self._other_bearer(surname, found[0]):
                return None  # "Clara Orban ... Orban said": the article names someone else of that surname
        if len(found) != 1:
            return None
        if (
            found[0].country
            and self._text is not None
            and self._common_surname(surname)
            and not self._names_country(found[0].country)
        ):
            return None  # "Khan" alone in a London story is not Pakistan's prime minister: the article names no Pakistan
        return found[0]

    def _national_title(self, iso: str, title: str) -> bool:
        """Is a listed office title ("President", "Prime Minister of New Zealand") the country's own, not a province's
        or a chamber's ("Premier of Nova Scotia", "President of the Senate")?"""
        rest = title.split(" of ", 1)[1] if " of " in title else ""
        return not rest or rest.removeprefix("the ") in self._country_surfaces(iso)

    def _other_bearer(self, surname: str, actor: Actor) -> bool:
        """Does the article name, in full, someone of this surname other than ``actor`` (a capitalised word before the
        surname that is neither a word of the actor's name nor a title: "Toni Morrison", not "Prime Minister
        Morrison" or "Scott Morrison")?"""
        if self._text is None:
            return False
        own = {w for alias in [actor.name, *actor.aliases] for w in _fold(alias).split()}
        for found in re.finditer(rf"\b([A-Z][\w.'-]*)\s+{re.escape(surname)}\b", self._text):
            word = found.group(1)
            if word.endswith("'s"):
                continue  # "Venezuela's Maduro": an owner, no given name (h14possname16)
            if (
                _fold(word) in own
                or word.lower() in self.roles.titles
                or word.lower() in STOP_WORDS
                or word in self.roles.honorifics
            ):
                continue
            if any(t.endswith(" " + word.lower()) for t in self.roles.titles) or word in ("The", "President", "Premier"):
                continue
            return True
        return False

    def _common_surname(self, surname: str) -> bool:
        """Is this surname borne by several listed office holders (``context_rules.yaml``: ``common_surname``)?"""
        listed = self.kb.listed
        if listed is None:
            return False
        names = listed._parts()["last"].get(surname, set())
        rows = [r for n in names for r in listed.rows[n]]
        # borne only by people of one country (a family: "Trump", "Bush"), the surname names no other country's
        # office holder: the article need not name the country (eighth session, h14domestic9)
        return len({r[0] for r in rows}) >= int(self.rules.get("common_surname", 3)) and len({r[2] for r in rows}) > 1

    def _names_country(self, iso: str) -> bool:
        """Does the article being resolved name this country (a name, adjective or capital)?"""
        if iso not in self._named:
            text = self._text or ""
            self._named[iso] = any(s in text for s in self._country_surfaces(iso))
        return self._named[iso]

    # -- matching ---------------------------------------------------------------
    def _hits(self, doc) -> tuple[list[_Hit], list[_Hit]]:
        from spacy.util import filter_spans

        strings = self.vocab.strings
        kb_spans = []
        for match_id, s, e in self.names(doc):
            if strings[match_id] in self.generic_names and s > 0 and doc[s - 1].is_title and not doc[s - 1].is_sent_start:
                continue  # "Collective Security Council", "National Security Council": another body than the listed one
            if s > 0 and doc[s - 1].text in REGION_QUALIFIERS and self._country_word(strings[match_id]):
                continue  # "Latin American leaders", "Central American migrants": a region of several states (h27region)
            span = doc[s:e]
            span.label_ = strings[match_id]  # the surface of the knowledge base (the text may use the other apostrophe)
            kb_spans.append(span)
        kb_hits = [_Hit(s.start, s.end, "kb", s.label_) for s in filter_spans(kb_spans)]
        word_spans = []
        for match_id, s, e in self.words(doc):
            span = doc[s:e]
            span.label_ = strings[match_id]
            word_spans.append(span)
        word_hits = [_Hit(s.start, s.end, s.label_.split(":", 1)[0], s.label_.split(":", 1)[1]) for s in filter_spans(word_spans)]
        return kb_hits, word_hits

    def _country_word(self, surface: str) -> bool:
        """Is ``surface`` a country's name or adjective in the knowledge base?"""
        return any(a.kind == "country" for a, _how in self.kb.lookup(surface))

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
        decided = self.decide(article.text) if self.ambiguous else {}
        self._text, self._named = article.text, {}
        for seg in parsed.segments:
            mentions.extend(self._segment(seg, article.id, date, outlet, surnames, decided))
        mentions.sort(key=lambda m: (m.start, -m.end))
        mentions = _state_of(mentions, article.text)
        mentions = leave_out_labels(mentions, article.text, self.rules.get("addressed") or {})
        info = publisher(article)  # once an article: the three context passes below read it
        issuer = issuer_country(info)
        # a bare office named after its holder is that holder, before any guess from the article's dominant country (h18titleof)
        mentions = self._issuer_offices(self._dominant(self._office_antecedents(mentions, article.text, info)), article, info)
        mentions = self._context_groups(self._patronymics(mentions, article.text), article, issuer)
        mentions = _offices_stated_after(self, _defined_acronyms(mentions, article.text), article.text)
        before = mentions
        mentions = members_of_bodies(mentions, article.text, self.rules.get("member_of") or {}, CONF["role-pattern"])
        mentions = _same_person_later(before, mentions)
        mentions = place_based(parsed, _title_countries(self, _setting_country(self, mentions, article.text)))
        mentions = _issuer_travellers(parsed, mentions, info, self.any_country.get("issuer_travel_verbs") or [])
        mentions = _delegation_leaders(parsed, mentions, self.any_country.get("delegation_leaders") or {})
        rule = self.rules.get("unplaced") or {}
        starts = [seg.start + sent.start_char for seg in parsed.segments for sent in seg.doc.sents] if rule else []
        mentions = place_unplaced(self, mentions, article.text, issuer, rule, CONF["context"], starts, article.title)
        mentions = _gathering_people(mentions, parsed, self.rules.get("gathering_people") or ())
        return addressed(mentions, article.text, parsed, self.rules.get("addressed") or {})

    def _patronymics(self, mentions: list[Mention], text: str) -> list[Mention]:
        """A person named with an East Slavic patronymic ("Ivan Petrovich Sidorov") and no country of their own is of
        the country of that naming custom the article names most (``context_rules.yaml``, ``patronymic``)."""
        rule = self.rules.get("patronymic") or {}
        wanted = list(rule.get("countries") or [])
        loose = [m for m in mentions if m.kind == "person" and m.country is None and m.how in ("ner-only", "context")]
        if not loose or not wanted:
            return mentions
        fixed: dict[str, str] = {}
        counts = Counter(m.country for m in mentions if m.country is not None and m.country in wanted and m.kind != "person")
        if not counts:
            return mentions
        top: str = max(counts, key=lambda c: (counts[c], -wanted.index(c)))
        for m in loose:
            before = text[max(0, m.start - 30) : m.start].split()
            words = (before[-1:] if before else []) + m.text.split()
            if m.actor_id and self.patronymic.search(" ".join(words)):
                fixed[m.actor_id] = top
        if not fixed:
            return mentions
        out = []
        for m in mentions:
            if m.country is None and m.actor_id in fixed:
                country = fixed[m.actor_id]
                m = replace(
                    m,
                    country=country,
                    actor_id=person_id(m.name or m.text, country, m.sector),
                    confidence=min(m.confidence, CONF["role-pattern"]),
                    note="a patronymic name in an article about " + country,
                )
            out.append(m)
        return out

    def _named_body_before(
        self, mentions: list[Mention], loose: list[int], issuer: str | None
    ) -> tuple[list[Mention], list[int]]:
        """A bare "the government" just after a government named with its country ("the Government of Burkina Faso",
        "the Cuban Government") is that government, not the article's dominant country's: within ``body_window``
        characters (context_rules.yaml), when no other country (the issuer's own aside) is named between them nor
        just after the bare word ("urge the government ... in Sri Lanka"). Returns the mentions and the loose ones
        left."""
        window = int(self.rules.get("body_window") or 0)
        words = {w.casefold() for w in self.rules.get("body_words") or []}
        if not window or not words:
            return mentions, loose
        out, left = list(mentions), []
        for i in loose:
            m = mentions[i]
            word = m.text.casefold().strip()
            named = None
            if m.kind == "collective" and word in words:
                named = next(
                    (
                        p
                        for p in reversed(mentions[:i])  # in text order (``resolve`` sorts them)
                        if p.country
                        and p.kind == "collective"
                        and word in p.text.casefold().split()
                        and p.text.casefold() != word
                    ),
                    None,
                )
            if named is None or m.start - named.end > window:
                left.append(i)
                continue
            others = {
                p.country
                for p in mentions
                if p.country and named.end <= p.start < m.end + 200 and p.country not in (named.country, issuer)
            }
            if others:
                left.append(i)
                continue
            out[i] = replace(m, country=named.country, actor_id=named.actor_id, note="the government named just before")
        return out, left

    def _context_groups(self, mentions: list[Mention], article, issuer: str | None) -> list[Mention]:
        """A bare state body or group ("the government", "the authorities", "security forces", "the opposition")
        takes the article's clearly dominant country; in a government's own text (``issuer``, its country) its own
        country is not counted (it names its own bodies: "the Department", "the U.S. government")."""
        groups = {g.lower() for g in [*(self.rules.get("context_groups") or []), *(self.rules.get("context_people") or [])]}
        titles = {t.lower() for t in self.rules.get("context_titles") or []}
        loose = [
            i
            for i, m in enumerate(mentions)
            if m.country is None
            and (
                (m.kind == "collective" and (m.role or "").lower() in groups)
                # a domestic office holder with no country ("the city's mayor Jane Roe"): h14domestic9
                or (m.kind == "person" and m.how == "role-pattern" and _title_in(self, titles, (m.role or "").split(" and ")[-1]))
            )
        ]
        if not loose:
            return mentions
        mentions, loose = self._named_body_before(mentions, loose, issuer)
        if not loose:
            return mentions
        top = self._clear_country(mentions, issuer)
        # the one country an article names, even once, for the generic people of domestic news, its state bodies and
        # office holders ("police in Kerala arrested a man", "Bashir dissolved the government"); other groups keep
        # needing a clear country ("students in Moscow")
        only = only_country(mentions, issuer) if top is None else None
        domestic = {g.lower() for g in self.rules.get("context_people") or []}
        if top is None and only is None:
            return mentions
        out = list(mentions)
        for i in loose:
            m = mentions[i]
            if top is None and m.kind == "collective" and (m.role or "").lower() not in domestic and m.sector not in _STATE_BODY:
                continue  # "students in Moscow": a people's group is not placed by one place named once
            if top is None and m.kind == "person" and not story_is_in(mentions, only, article.text, country_as_place=False):
                # "Senator X said China is ...": the one country named is what the office holder speaks of; a place
                # inside it ("schools across Ohio", "police in Kerala") says the story is domestic there
                continue
            top_i = top or only
            if (
                m.kind == "collective"
                and m.sector not in _STATE_BODY
                and any(
                    x.sentence_start == m.sentence_start
                    and x.kind in ("country", "region")
                    and x.country not in (None, top_i)
                    and _PLACE_BEFORE.search(article.text[max(0, x.start - 16) : x.start])
                    for x in mentions
                )
            ):
                # "35 thousand students protesting in Belgium": a people's group in a sentence that places itself in
                # another country (h48groupplace)
                continue
            actor_id = person_id(m.name or m.text, top_i, m.sector) if m.kind == "person" else f"{top_i}.{m.sector or 'GOV'}"
            out[i] = replace(
                m,
                country=top_i,
                actor_id=actor_id,
                confidence=min(m.confidence, CONF["role-pattern"]),
                note=CONTEXT_NOTE,
            )
        return _same_person_later(mentions, out)

    def _office_antecedents(self, mentions: list[Mention], text: str, info=None) -> list[Mention]:
        """A bare office with no country of its own ("the Foreign Minister", "Prime Minister, ...") stands for the
        holder of that office named before it in the article ("Australian Foreign Minister Penny Wong", "Prime
        Minister of the Republic of Armenia"), when the holders of it named before are all of one country; with
        holders of several countries it is left as it is (a government's own text then reads it as its own). With
        no holder named before ("Mr Prime Minister, ..." opening a transcript), the first one named after."""
        rule = self.any_country.get("office_antecedents") or {}
        skip = {w.lower() for w in rule.get("not_after") or []}
        others = {w.lower() for w in rule.get("other_holder_cues") or []}
        # in a government's own text its own bare offices ("the President", "the Secretary") are its own officials,
        # never a foreign holder named before ("Tunisian President Saied ... the President is meeting ..."; h14issuertitle16)
        own = set()
        if info is not None and info.kind == "government" and info.country:
            offices = self.any_country.get("issuer_offices") or {}
            own = {w.lower() for w in (offices.get("all") or [])} | {w.lower() for w in (offices.get(info.country) or [])}
        out = list(mentions)
        for i, m in enumerate(mentions):
            office = " ".join(m.text.split()).lower().removeprefix("the ")
            if m.country is not None or m.kind != "collective" or office not in self.roles.titles:
                continue
            if text[m.end : m.end + 4] == " of ":
                continue  # "Prime Minister of ...": its own phrase says whose
            said_before = text[max(0, m.start - 20) : m.start].split()
            rank = said_before[-1].lower().strip("-") if said_before else ""
            # "the Deputy Secretary", "the Vice Foreign Minister": a lesser office, held by those named with it
            # ("Deputy Secretary Sherman"), not by a holder of the office it is named after (h41lesser)
            held = f"{rank} {office}" if rank in skip else office
            holders = [p for p in out[:i] if p.country and p.end <= m.start and _holds(text, p, held, skip)]
            if not holders:  # "Mr Prime Minister, ..." opening a transcript: the holder named further on
                # never one its own sentence names as its counterpart ("the National Security Advisor ... met his
                # counterpart, Israeli National Security Advisor X": the counterpart holds the office for another side;
                # h48counterpart)
                holders = [
                    p
                    for p in mentions[i + 1 :]
                    if p.country
                    and _holds(text, p, held, skip)
                    and not (
                        p.sentence_start == m.sentence_start
                        and others & set(re.findall(r"[a-z]+", text[max(m.end, p.start - 80) : p.start].lower()))
                    )
                ][:1]
            said = m.text.removeprefix("the ").removeprefix("The ")
            if (
                office in own
                and said[:1].isupper()
                and (m.text.lower().startswith("the ") or text[max(0, m.start - 4) : m.start].lower() == "the ")
            ):
                # "the President" as the government writes its own, not "Mr President" spoken to nor "the president" of another;
                # a foreign holder named just before ("... met with Prime Minister of Mongolia X. The Prime Minister
                # thanked ...") still stands for it
                # (or, with none before, one named in the next sentences: "The Prime Minister thanked ... Putin later
                # received Prime Minister of Mongolia X"; never one of the same sentence: "the President's meeting
                # with President Yoon" are two)
                window = int(rule.get("issuer_window", 400))
                holders = [p for p in holders if p.country == info.country or _near(text, m, p, window)]
            if not holders or len({p.country for p in holders}) > 1:
                continue
            p = holders[-1]
            out[i] = replace(
                m,
                country=p.country,
                actor_id=p.actor_id,
                name=p.name,
                sector=p.sector or m.sector,
                how="context",
                note=f"the {held} named before: {p.text}",
            )
        return out

    def _issuer_offices(self, mentions: list[Mention], article, info) -> list[Mention]:
        """In a text a government publishes (its outlet, ``info``, is of kind "government": state.gov, kremlin.ru), a
        bare office ("the Secretary", "the Department", "the President") is that government's."""
        offices = self.any_country.get("issuer_offices") or {}
        if not offices or info is None or info.kind != "government" or not info.country:
            return mentions
        words = set(offices.get("all") or []) | set(offices.get(info.country) or [])  # as written: capitalised
        loose = [
            i
            for i, m in enumerate(mentions)
            if m.country is None
            and m.kind in ("collective", "org")
            and m.text.removeprefix("the ").removeprefix("The ") in words
            and not article.text[m.end : m.end + 4].startswith(" of ")  # "President of the Republic of Turkey ..."
        ]
        loose += [i for i, m in enumerate(mentions) if i not in loose and self._issuer_our(m, article.text)]
        bodies = (self.any_country.get("issuer_bodies") or {}).get(info.country) or {}
        own = {i: self._issuer_body(m, bodies) for i, m in enumerate(mentions) if i not in loose and m.country is None}
        loose += [i for i, sector in own.items() if sector is not None]
        out = list(mentions)
        for i in loose:
            m = mentions[i]
            sector = (own[i] or None) if i in own else (m.sector or "GOV")
            actor_id = f"{info.country}.{sector}"
            if i in own:  # a body keeps its own name in its id: another actor than the publisher ("RUS.GOV.the-central-bank")
                actor_id = ".".join(p for p in (info.country, sector, (m.actor_id or "").removeprefix("NER.")) if p)
            note = f"{'a body' if i in own else 'an office'} of the publisher, {info.name}"
            out[i] = replace(m, country=info.country, sector=sector, actor_id=actor_id, note=note)
        return self._issuer_people(out, info)

    @staticmethod
    def _issuer_body(m: Mention, bodies: dict) -> str | None:
        """For an organisation the parser alone found with no country, named with a word of the publisher's
        ``issuer_bodies``: "GOV" for a state body, "" for another of the publisher's own; else None."""
        if m.how != "ner-only" or m.kind != "org" or not bodies:
            return None
        words = set(re.findall(r"[a-z']+", m.text.lower()))
        if not words & set(bodies.get("words") or ()) or words & set(bodies.get("not") or ()):
            return None
        return "GOV" if words & set(bodies.get("gov") or ()) else ""

    def _issuer_our(self, m: Mention, text: str) -> bool:
        """A side with no country written after "our" in a government's own text ("our Ambassador", "our own people",
        "our unjustly detained citizens"), not one of its partners ("our NATO Allies": ``issuer_our_not``), an
        organisation of states or a people ("our European allies")."""
        if m.country is not None or m.kind not in ("collective", "org", "person") or m.sector == "IGO":
            return False
        if m.text in self.demonyms or m.text.casefold() in self.demonyms:
            return False
        before = re.search(r"\b[Oo]ur(?:\s+[a-z]+){0,2}\s+$", text[max(0, m.start - 40) : m.start])
        if before is None:
            return False
        after = re.match(r"\s+[A-Za-z]+", text[m.end :])  # the word after the side: "our European allies"
        words = set(re.findall(r"[a-z]+", (before.group(0) + m.text + (after.group(0) if after else "")).lower()))
        return not words & set(self.any_country.get("issuer_our_not") or [])

    def _issuer_people(self, mentions: list[Mention], info) -> list[Mention]:
        """In a government's own text, a named person whose title is one of its envoys' or advisers' and who has no
        country of their own ("Senior Advisor Jane Roe") is that government's official (``issuer_titled_people``)."""
        titled = self.any_country.get("issuer_titled_people") or {}
        words = {w.lower() for w in (titled.get("all") or []) + (titled.get(info.country) or [])}
        out = list(mentions)
        for i, m in enumerate(mentions):
            if m.kind != "person" or m.country is not None or m.how != "role-pattern" or not m.role:
                continue
            parts = m.role.lower().split(" and ")
            # "Deputy and Secretary": a modifier read as a title of its own ("Deputy Secretary McKeon")
            if m.sector not in (None, "GOV") or (not _title_in(self, words, parts[-1]) and " ".join(parts) not in words):
                continue
            sector = m.sector or "GOV"
            out[i] = replace(
                m,
                country=info.country,
                sector=sector,
                actor_id=person_id(m.name or m.text, info.country, sector),
                note=f"an official of the publisher, {info.name}",
            )
        return _same_person_later(mentions, out)

    def _mention(self, seg: Segment, span_start: int, span_end: int, article_id: str, **kw) -> Mention:
        doc = seg.doc
        span = doc[span_start:span_end]
        sent = span.sent
        start, end = seg.start + span.start_char, seg.start + span.end_char
        return Mention(
            article_id=article_id,
            start=start,
            end=end,
            text=span.text,
            sentence_start=seg.start + sent.start_char,
            sentence_end=seg.start + sent.end_char,
            **kw,
        )

    def _title_words(self) -> frozenset[str]:
        """Words that are never a word of a person's name (``_titled_names``): every word of an office title, a head
        title ("director") or a group noun, and the institution words of ``not_name_words`` ("Office", "Republic")."""
        if self._title_words_cache is None:
            phrases = [*self.roles.titles, *self.roles.head_titles, *self.roles.brief_titles, *self.roles.groups]
            words = {w for p in phrases for w in p.lower().split()} | set(self.roles.title_modifiers)
            words |= {w.lower() for w in self.rules.get("not_name_words") or ()}
            self._title_words_cache = frozenset(words - {"of", "the", "and", "for", "at", "to", "in", "on"})
        return self._title_words_cache

    def _segment(
        self,
        seg: Segment,
        article_id: str,
        date: str | None,
        outlet: str,
        surnames: dict[str, Mention],
        decided: dict[str, Actor] | None = None,
    ) -> list[Mention]:
        """The mentions of one paragraph: the passes below in order, each taking the tokens it explains
        so that a later pass never reads them again."""
        _portfolio_names(seg.doc, self.roles.portfolio_nouns, self.roles.titles)
        _titled_names(seg.doc, self.roles.titles, self._title_words())
        p = _Paragraph.build(self, seg, article_id, date, outlet, surnames, decided)
        _things(p)
        _firms_by_home_country(p)
        _people(p)
        _earlier_surnames(p)
        _leader_surnames(p)
        p.index_people()
        _collective_roles(p)
        _organisations_named_by_country(p)
        _remaining_kb_names(p)
        _plural_demonyms(p)
        _peoples_in_names(p)
        _leftover_entities(p)
        _office_won(p)
        return p.out


@dataclass
class _Paragraph:
    """One paragraph being resolved: its matches, the tokens the passes have taken, the mentions found."""

    r: Resolver
    seg: Segment
    article_id: str
    date: str | None
    outlet: str
    surnames: dict[str, Mention]  # surname -> the mention of the person first named in full (whole article)
    decided: dict[str, Actor] | None  # ambiguous names, read by the article's context
    doc: Any
    kb_hits: list[_Hit]
    word_hits: list[_Hit]
    kb_at: dict[int, _Hit]  # token -> the knowledge-base name over it
    titles_at: dict[int, _Hit]  # token -> the title over it
    titleish_at: dict[int, _Hit]  # titles, and words that are titles as well as collective nouns ("official")
    taken: set[int] = field(default_factory=set)
    out: list[Mention] = field(default_factory=list)
    best_of: dict[str, tuple[Actor, str] | None] = field(default_factory=dict)
    zone_sector: dict[int, str] = field(default_factory=dict)  # name start -> the sector of its title's institution
    zone_body: dict[int, str] = field(default_factory=dict)  # name start -> the international body of its title (h45body)
    person_at: dict[int, Mention] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        r: Resolver,
        seg: Segment,
        article_id: str,
        date: str | None,
        outlet: str,
        surnames: dict[str, Mention],
        decided: dict[str, Actor] | None,
    ) -> _Paragraph:
        doc = seg.doc
        kb_hits, word_hits = r._hits(doc)
        kb_hits = sorted(kb_hits + _misspelt_countries(r, doc, kb_hits), key=lambda h: h.start)
        kb_at = {}
        for h in kb_hits:
            for i in range(h.start, h.end):
                kb_at[i] = h
        titles_at = {i: h for h in word_hits if h.kind == "title" for i in range(h.start, h.end)}
        titleish_at = {
            **{i: h for h in word_hits if h.kind == "group" and h.key in r.roles.titles for i in range(h.start, h.end)},
            **titles_at,
        }
        return cls(r, seg, article_id, date, outlet, surnames, decided, doc, kb_hits, word_hits, kb_at, titles_at, titleish_at)

    def free(self, a: int, b: int) -> bool:
        return self.taken.isdisjoint(range(a, b))

    def take(self, a: int, b: int) -> None:
        self.taken.update(range(a, b))

    def mention(self, span_start: int, span_end: int, **kw) -> Mention:
        """A mention of this paragraph; its confidence is that of how it was found unless given."""
        kw.setdefault("confidence", CONF[kw["how"]])
        return self.r._mention(self.seg, span_start, span_end, self.article_id, **kw)

    def as_before(self, span_start: int, span_end: int, prior: Mention) -> Mention:
        """A surname of someone named before in the article: that person again."""
        return self.mention(
            span_start, span_end, **_identity(prior.actor_id, prior), role=prior.role, how="context", kind=prior.kind or "person"
        )

    def unexplained(self, span_start: int, span_end: int, name: str, sector: str | None, kind: str) -> Mention:
        """A name the parser found and nothing explains: its own id, no country or role."""
        return self.mention(
            span_start,
            span_end,
            actor_id=f"NER.{slug(name)}",
            name=name,
            country=None,
            sector=sector,
            role=None,
            how="ner-only",
            kind=kind,
        )

    def add(self, span_start: int, span_end: int, **kw) -> Mention:
        m = self.mention(span_start, span_end, **kw)
        self.out.append(m)
        return m

    def best(self, key: str) -> tuple[Actor, str] | None:
        """The knowledge-base reading of a matched name (one lookup per name and paragraph)."""
        if key not in self.best_of:
            if self.decided and key in self.decided:  # an ambiguous name, read by the article's context
                self.best_of[key] = (self.decided[key], "name")
            else:
                self.best_of[key] = self.r._best(self.r.kb.lookup(key), self.date)
        return self.best_of[key]

    def country_of(self, hit: _Hit) -> str | None:
        found = self.best(hit.key)
        if found and found[0].kind in ("country", "region"):
            return found[0].country or found[0].id
        return None

    def owner_of(self, hit: _Hit) -> tuple[str, str | None] | None:
        """(country, sector) of a country or of a state institution named by a hit ("State Department": USA, GOV)."""
        found = self.best(hit.key)
        if found is None:
            return None
        actor = found[0]
        if actor.kind == "country":
            return (actor.country or actor.id), None
        if actor.kind == "institution" and actor.country:
            return actor.country, actor.sector
        return None

    def past_joiners(self, j: int) -> int | None:
        """From a joiner ("and", "'s", "the", ...), the title or country it joins on the left."""
        doc, k = self.doc, j
        while k >= 0 and doc[k].lower_ in self.r.roles.name_joiners:
            k -= 1
        return k if k >= 0 and (k in self.titles_at or (k in self.kb_at and self.country_of(self.kb_at[k]))) else None

    def past_complement(self, j: int) -> int | None:
        """From the end of "for South and Central Asian Affairs", the title it completes; a portfolio may list its
        parts with commas ("Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya"; h37title)."""
        doc, k = self.doc, j
        words = self.r.roles.complement_words
        while (
            k >= 0
            and j - k < COMPLEMENT_SPAN
            and k not in self.titleish_at
            and (doc[k].is_title or doc[k].lower_ in words or (doc[k].text == "," and k < j))
        ):
            k -= 1
        if k >= 0 and k in self.titleish_at and any(doc[x].lower_ == "for" for x in range(k, j + 1)):
            return k  # also a title that is a collective noun ("Senior Official for Public Diplomacy ..."; h42official)
        if (
            k >= 0
            and k in self.titles_at
            and self.titles_at[k].end < len(doc)
            and doc[self.titles_at[k].end].lower_ == "of"
            and (doc[j].lower_ in self.r.roles.body_words or doc[j].lower_ in self.r.roles.institution_words)
        ):
            return k  # "Counselor of the Department Jane Roe", "Speaker of Parliament ...": a title and its body
        return None
        return None

    def _title_of_place(self, start: int) -> bool:
        """Is the country that starts at token ``start`` the object of "of", "from" or "for" after a title ("a
        journalist from Yemen", "the President of the Republic of Turkey")?"""
        doc = self.doc
        j = start - 1 - (1 if start >= 2 and doc[start - 1].lower_ == "the" else 0)
        return j >= 1 and doc[j].lower_ in ("of", "from", "for") and (j - 1) in self.titleish_at

    def title_zone(self, first: int) -> tuple[int, list[str], str | None]:
        """Walk left from a name over titles, countries and joiners: (where the zone starts, its titles, its country)."""
        doc = self.doc
        j = first - 1
        titles: list[str] = []
        country = None
        portfolio = None  # "Special Envoy for Yemen": the country a title is about, not the holder's
        zone_start = first
        if j >= 2 and doc[j].text in self.r.roles.honorifics and doc[j - 1].text == ",":
            j -= 1  # "Qatar's emir, Sheikh Hamad ...": a form of address between the comma and the name
        if j >= 1 and doc[j].text == "," and j - 1 in self.titleish_at:
            j -= 1  # "a senior State Department official, Eric Lowe, ...": the title before the name, then a comma
        while j >= 0:
            tok = doc[j]
            if j in self.titleish_at:  # titles, and words that are titles as well as collective nouns ("official")
                h = self.titleish_at[j]
                start = h.start
                ranks = self.r.rules.get("title_ranks") or ()
                while (
                    start >= 1
                    and start - 1 not in self.titleish_at
                    and doc[start - 1].text[:1].isupper()
                    and doc[start - 1].lower_ in ranks
                ):
                    start -= 1  # "Assistant Secretary of the Treasury": the rank is the title's (h48titled)
                titles.insert(0, doc[start : h.end].text)
                j = start - 1
                zone_start = start
            elif j in self.kb_at and self.country_of(self.kb_at[j]):
                h = self.kb_at[j]
                if (
                    not titles
                    and any(doc[k].text == "," for k in range(h.end, first))
                    and (self.best(h.key) or (None, ""))[1] != "adjective"  # "An Australian, Brenton Tarrant": who he is
                    and not self._title_of_place(h.start)
                ):
                    # "the attack on Ukraine, Putin said": a country before a comma with no title between is the end of
                    # another phrase, not the name's (h47comma; "Russia's President, Vladimir Putin" has its title,
                    # "a journalist from Yemen, Nabil Hasan" a title before the country's phrase)
                    break
                before = h.start - 1 - (1 if h.start >= 2 and doc[h.start - 1].lower_ == "the" else 0)
                citizenship = bool(titles) and all(self.r.roles.titles.get(t.lower()) == "CVL" for t in titles)
                if (
                    before >= 0
                    and doc[before].lower_ in self.r.rules.get("place_before_title", ())
                    and j < first - 1
                    and not citizenship  # "access to U.S. citizen X": a citizenship always says whose
                    and (self.best(h.key) or (None, ""))[1] != "adjective"  # "shot at Danish filmmaker X": no place
                ):
                    break  # "In Warsaw, Counselor Chollet ...": where the sentence is, not whose the title is
                if j < first - 1 and self._listed_place(doc[h.start]):
                    break  # "In Paris, France, Assistant Secretary Lewis ...", "In Warsaw and Vilnius, ..." (h45placelist)
                if before >= 0 and doc[before].lower_ == "for" and not country:
                    portfolio = portfolio or self.country_of(h)
                else:
                    country = country or self.country_of(h)
                j = h.start - 1
                zone_start = h.start
            elif titles and j in self.kb_at and self._igo(self.kb_at[j]):
                # "UN Special Envoy for Yemen Martin Griffiths": an international organisation's officer
                h = self.kb_at[j]
                self.zone_sector.setdefault(first, "IGO")
                found = self.best(h.key)
                if found is not None:
                    self.zone_body.setdefault(first, found[0].id)
                zone_start = h.start
                return zone_start, titles, None
            elif titles and j in self.kb_at and (owner := self.owner_of(self.kb_at[j])) is not None:
                # "State Department spokesperson Tammy Bruce", "Pentagon press secretary ...": the institution's state
                h = self.kb_at[j]
                country = country or owner[0]
                if owner[1]:
                    self.zone_sector.setdefault(first, owner[1])
                j = h.start - 1
                zone_start = h.start
            elif titles and (body := self.body_before_title(j)) is not None:
                # "Dutch Ministry of Foreign Affairs Political Director ...": the ministry whose official the title is
                j = body.start - 1
                zone_start = body.start
            elif (head := self.head_title(j)) is not None:
                # "CIA Director Bill Burns", "Mossad chief ...": the head of the body named just before
                phrase = doc[head : j + 1].text
                if titles and f"{phrase} {titles[0]}".lower() in self.r.roles.head_titles:
                    titles[0] = f"{phrase} {titles[0]}"  # "Director General": one title, not a director and a general
                else:
                    titles.insert(0, phrase)
                j = head - 1
                zone_start = head
            elif titles and tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 5 and j not in self.kb_at:
                # "Italian MFA Secretary General ...": an unknown body's acronym between the country and the title
                j -= 1
            elif titles and tok.lower_ in self.r.roles.title_modifiers and j not in self.kb_at:
                # "U.S. District Judge X", "United States Federal District Judge X": words that say which office
                j -= 1
            elif (acronym := _bracketed_acronym(doc, j)) is not None and j == first - 1 and j - 1 not in self.kb_at:
                # "Senior Bureau Official (SBO) Harry Kamian", "Assistant Secretary for ... (INL) Todd Robinson":
                # the title's acronym in brackets between the title and the name
                j = acronym - 1
            else:
                nxt = self.past_complement(j) if (tok.is_title or tok.lower_ in self.r.roles.complement_words) else None
                if nxt is None and tok.lower_ in self.r.roles.name_joiners:
                    nxt = self.past_joiners(j)
                if nxt is None:
                    break
                j = nxt
        if portfolio and not country and titles and titles[-1].lower() in self.r.roles.brief_titles:
            portfolio = None  # "Special Representative for Afghanistan Thomas West": his brief, not his country (h20brief)
        return zone_start, titles, country or portfolio

    def body_before_title(self, j: int) -> _Hit | None:
        """The ministry ("Foreign Ministry", "Ministry of Foreign Affairs") whose collective phrase ends at token ``j``,
        when a country is named right before it (else the title is not placed by it)."""
        words = self.r.roles.body_words
        for h in self.word_hits:
            if h.kind == "group" and h.end == j + 1 and any(w in words for w in h.key.split()):
                before = h.start - 1 - (1 if h.start >= 2 and self.doc[h.start - 1].lower_ == "the" else 0)
                if before >= 0 and before in self.kb_at and self.country_of(self.kb_at[before]):
                    return h
        return None

    def head_title(self, j: int) -> int | None:
        """Where a head-of-body title ending at token ``j`` starts ("Director", "Director General", "chief"), when a
        state institution or an international organisation is named right before it; else None."""
        doc, heads = self.doc, self.r.roles.head_titles
        for width in (3, 2, 1):
            a = j - width + 1
            if a < 1:
                continue
            words = [doc[x].lower_ for x in range(a, j + 1)]
            if " ".join(words) not in heads and "".join(words) not in heads:
                continue
            body = self.kb_at.get(a - 1)
            if body is None or body.end != a:
                return None
            owner = self.owner_of(body)
            if self._igo(body) or (owner is not None and owner[1] is not None):
                return a
            return None
        return None

    def _listed_place(self, tok) -> bool:
        """Is ``tok`` a later place of a list that a place preposition opens ("In Paris, France", "in Warsaw and
        Vilnius"): a conjunct whose first item is the object of "in", "at", ... (``place_before_title``)?"""
        first = first_conjunct(tok)
        return (
            first.i != tok.i
            and first.dep_ == "pobj"
            and first.head.lower_ in self.r.rules.get("place_before_title", ())
            and (first.i in self.kb_at and self.country_of(self.kb_at[first.i]) is not None)
        )

    def _igo(self, hit: _Hit) -> bool:
        found = self.best(hit.key)
        return found is not None and found[0].kind == "igo"

    def index_people(self) -> None:
        """Token -> the person mention over it, for the passes that read a name before a group ("the Biden administration")."""
        for m in self.out:
            span = self.doc.char_span(m.start - self.seg.start, m.end - self.seg.start)
            if span is not None:
                for i in range(span.start, span.end):
                    self.person_at[i] = m


def _offices_stated_after(r: Resolver, mentions: list[Mention], text: str) -> list[Mention]:
    """A person with no country whose office the sentence states after the name ("X on his election as President of
    Y", "X on winning the presidential election in Y"): the office's country and sector (``context_rules.yaml``,
    ``office_stated_after``); their later mentions by surname alone follow."""
    rule = r.rules.get("office_stated_after") or {}
    if not rule or not any(m.kind == "person" and m.country is None for m in mentions):
        return mentions
    as_office = re.compile(rule["before_office"], re.I)
    won = re.compile(rule["election_won"], re.I)
    gap = int(rule.get("max_gap", 90))
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.country is not None:
            continue
        for n in mentions[i + 1 :]:
            if n.start < m.end:
                continue
            if n.sentence_start != m.sentence_start or n.start - m.end > gap or n.kind == "person":
                break
            between = text[m.end : n.start]
            office = n.kind == "collective" and n.country and n.role and n.role.lower() in r.roles.titles
            if office and n.role and as_office.match(between):
                country, sector, role = n.country, n.sector or _of_title(r, r.roles.titles, n.role), n.role
            elif n.kind in ("country", "region") and n.country and won.match(between):
                country, sector, role = n.country, "GOV", "elected in " + n.text
            elif n.kind in ("collective", "org", "institution", "group", "igo"):
                break  # another actor first: the office after it is not said of this person
            else:
                continue
            out[i] = replace(
                m,
                country=country,
                sector=sector,
                role=m.role or role,
                actor_id=person_id(m.name or m.text, country, sector),
                how="role-pattern" if m.how == "ner-only" else m.how,
                confidence=max(m.confidence, CONF["role-pattern"]) if m.how == "ner-only" else m.confidence,
                note=f"the office the sentence states: {n.text}",
            )
            break
    return _same_person_later(mentions, out)


def _setting_country(r: Resolver, mentions: list[Mention], text: str) -> list[Mention]:
    """A sentence opening with its setting, "In <country>, ...": its titled people and collective nouns with no country
    are of that country (``context_rules.yaml``, ``setting_country``), except the sectors and nouns "in X" does not
    place and the publisher's own envoys' titles."""
    rule = r.rules.get("setting_country") or {}
    if not rule:
        return mentions
    opening = re.compile(rule["opening"])
    before_comma = re.compile(rule.get("before_comma") or "")  # a time phrase between the setting and its comma
    person_sectors = set(rule.get("person_sectors") or ())
    place = r.rules.get("place_after_group") or {}
    not_sectors = set(place.get("not_in_sectors") or ())
    not_groups = {g.lower() for g in place.get("not_in_groups") or ()}
    titled = r.any_country.get("issuer_titled_people") or {}
    issuer_titles = {w.lower() for ws in titled.values() for w in ws}
    out = list(mentions)
    setting: dict[int, str] = {}  # sentence start -> its country
    for m in mentions:
        if m.sentence_start in setting or m.kind != "country" or not m.country or "capital" in (m.role or ""):
            continue
        after = before_comma.match(text[m.end : m.end + 60])
        if (
            after is not None
            and text[m.end + after.end() : m.end + after.end() + 1] == ","
            and opening.match(text[m.sentence_start : m.start])
        ):
            setting[m.sentence_start] = m.country
    if not setting:
        return mentions
    for i, m in enumerate(mentions):
        country = setting.get(m.sentence_start)
        if country is None or m.country is not None or m.start < m.sentence_start:
            continue
        role = (m.role or "").lower()
        if m.kind == "person":
            ok = (
                m.how == "role-pattern"
                and m.sector in person_sectors
                and not _title_in(r, issuer_titles, role.split(" and ")[-1])
            )
        elif m.kind == "collective":
            ok = (
                m.sector not in not_sectors and role not in not_groups and " ".join(m.text.lower().split()[-2:]) not in not_groups
            )
        else:
            ok = False
        if not ok:
            continue
        sector = m.sector or "GOV"
        out[i] = replace(
            m,
            country=country,
            actor_id=person_id(m.name or m.text, country, sector) if m.kind == "person" else f"{country}.{sector}",
            confidence=min(m.confidence, CONF["role-pattern"]),
            note=f"the sentence's setting, {country}",
        )
    return _same_person_later(mentions, out)


def _title_countries(r: Resolver, mentions: list[Mention]) -> list[Mention]:
    """A bare office that only one state has ("Deputy Secretary of State", "Under Secretary": ``roles.yaml``
    ``title_country``), still without a country after the article's context was read, is of that state, as a person
    with that title is. Seventh session (h14actors8)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.country is not None or m.kind != "collective":
            continue
        country = _of_title(r, r.roles.title_country, m.role or "")
        if country is None:
            continue
        sector = m.sector or "GOV"
        out[i] = replace(
            m,
            country=country,
            actor_id=f"{country}.{sector}",
            confidence=min(m.confidence, CONF["role-pattern"]),
            note=f"an office only {country} has",
        )
    return out


_ACRONYM_AFTER = re.compile(r"\s*\((?:the\s+)?([A-Z][A-Za-z]?[A-Z][A-Z]{0,6})\)")


def _portfolio_names(doc, nouns: frozenset[str], titles: dict[str, str]) -> None:
    """A name the parser ran together with the portfolio of the title before it ("Assistant Secretary of State for
    [Consular Affairs Rena Bitter]", "Deputy Secretary of State [for Management and Resources Brian P. McKeon]", one
    organisation each) is split where the portfolio ends (its last word one of ``portfolio_nouns``, after the "for" of
    a title): the words after it are the person's name, the portfolio no name at all ("travel to New York for the
    Nuclear Non-Proliferation Review Conference" has no title before its "for"). Changes ``doc.ents`` in place
    (h42portfolio)."""
    if not nouns:
        return
    ents, changed = [], False
    for ent in doc.ents:
        cut = None
        if ent.label_ in ("ORG", "PERSON", "FAC", "WORK_OF_ART") and len(ent) >= 3:
            cut = next((i + 1 for i in range(ent.end - 3, ent.start - 1, -1) if doc[i].text in nouns), None)
        if cut is not None and _portfolio_name(doc[cut : ent.end], nouns) and _titled_for(doc, ent.start, cut, titles):
            ents.append(Span(doc, cut, ent.end, label="PERSON"))
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents


def _titled_names(doc, titles: dict[str, str], title_words: frozenset[str] = frozenset()) -> None:
    """A name right after an office title that the parser did not tag as a person, tagged without its given name or
    run together with the end of the title ("Assistant Secretary of Defense [Jane Roe]", "Deputy Prime Minister of
    Ukraine Olha [Stefanishyna]", "Secretary of the [Treasury Jane Roe]", "Prime Minister of [Ukraine Jane Roe]" as
    one organisation) is tagged as a person: two or three capitalised proper nouns after a title (or a title's "of"
    phrase), before a word that is not capitalised. An entity over the run's start that began in the title's "of"
    phrase keeps that part, with its own label; a run holding another entity that goes on after it, a word of
    ``title_words`` (a title's, a group noun's, an institution's) or an acronym is left alone. Changes ``doc.ents`` in
    place (h48titled)."""
    ents = list(doc.ents)
    changed = False
    i = 0
    while i < len(doc):
        if not _name_word(doc[i], titles, title_words) or not _title_ends(doc, i, titles):
            i += 1
            continue
        k = i
        while k < len(doc) and k - i < 4 and _name_word(doc[k], titles, title_words):
            k += 1
        over = [e for e in ents if e.start < k and e.end > i]
        if not (
            2 <= k - i <= 3
            and (k == len(doc) or not doc[k].text[:1].isupper())
            and all(e.label_ == "PERSON" and e.end <= k or e.label_ != "PERSON" and e.start < i and e.end == k for e in over)
            and not any(e.label_ == "PERSON" and e.start == i and e.end == k for e in over)
        ):
            i = k
            continue
        kept = [e for e in ents if not (e.start < k and e.end > i)]
        for e in over:
            if e.start < i and e.label_ != "PERSON":
                kept.append(Span(doc, e.start, i, label=e.label_))  # "[Ukraine] Olena Parchuk": the "of" phrase's own
        ents = sorted([*kept, Span(doc, i, k, label="PERSON")], key=lambda e: e.start)
        changed = True
        i = k
    if changed:
        doc.ents = ents


def _name_word(tok, titles: dict[str, str], title_words: frozenset[str] = frozenset()) -> bool:
    """A capitalised word that may be part of a person's name: a proper noun (or an initial), not one of
    ``title_words`` ("Director", "Deputy", "Office"), not an acronym."""
    text = tok.text
    initial = len(text) == 2 and text[1] == "." and text[0].isupper()
    return text.lower() not in title_words and (
        (initial or (tok.pos_ == "PROPN" and text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()))
        and not (text.isupper() and len(text) > 1 and not initial)
        and text.lower() not in titles
    )


def _title_ends(doc, i: int, titles: dict[str, str]) -> bool:
    """Does an office title end right before token ``i`` ("Assistant Secretary", "Secretary of Defense"), or a title's
    "of" phrase ("Deputy Prime Minister of Ukraine", "Minister of Foreign Affairs of Hungary")? Not a title that is
    the appositive of a name before it ("Antony J. Blinken, Secretary of State Mute Egede, Greenlandic Premier ...":
    the list's next name follows)."""
    start = _title_start(doc, i, titles)
    if start is None:
        return False
    return not (start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON")


def _title_start(doc, i: int, titles: dict[str, str]) -> int | None:
    """Where the title that ends right before token ``i`` starts (with its "of" phrase), else None."""
    lo = max(0, i - 8)
    words = [t.lower_ for t in doc[lo:i]]
    n = len(words)
    k = next((k for k in range(n) if " ".join(words[k:]) in titles), None)
    if k is not None:
        return lo + k
    for o in range(n - 2, max(-1, n - 5), -1):  # "... of Ukraine", "... of the Republic of Korea": a short name
        if words[o] != "of":
            continue
        tail = doc[i - n + o + 1 : i]
        if not all(t.ent_type_ or t.lower_ == "the" for t in tail) or all(t.lower_ == "the" for t in tail):
            break  # "of Ukraine", "of the United States": a name; not "Minister of Foreign [Affairs]", a title unknown
        k = next((k for k in range(o) if " ".join(words[k:o]) in titles), None)
        return lo + k if k is not None else None
    return None


def _portfolio_name(name, nouns: frozenset[str]) -> bool:
    """Two to four capitalised words or initials ("Brian P. McKeon"), none a portfolio word or an acronym ("USAID")."""
    return (
        2 <= len(name) <= 4
        and name[-1].is_alpha
        and all(t.text[:1].isupper() and (t.is_alpha or (len(t.text) == 2 and t.text[1] == ".")) for t in name)
        and not any(t.text in nouns or (t.is_upper and t.is_alpha and len(t) > 1) for t in name)
    )


def _titled_for(doc, start: int, cut: int, titles: dict[str, str]) -> bool:
    """Is there a "for" from just before ``start`` up to ``cut`` that follows an office title ("Secretary of State for",
    "Coordinator for")?"""
    fors = [t.i for t in doc[max(0, start - 1) : cut] if t.lower_ == "for"]
    if not fors:
        return False
    before = [t.lower_ for t in doc[max(0, fors[0] - 5) : fors[0]]]
    return any(" ".join(before[k:]) in titles for k in range(len(before)))


# a place preposition right before a name ("in Belgium", "across the Netherlands"): the name is where something is
_PLACE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|inside|near)\s+(?:the\s+)?$", re.IGNORECASE)

# "the state of Texas", "the Province of Ontario", "the Commonwealth of Virginia": the polity as a party (h42stateof)
_STATE_OF = re.compile(r"\b(?:[Tt]he\s+)?(?:[Ss]tate|[Pp]rovince|[Cc]ommonwealth)\s+of\s+$")


#: the note of the people of a gathering (h45guests): the event coder takes them as the ones a greeting or praise is
#: addressed to, never as a doer nor as the target of another act
GATHERED = "the people of a gathering: addressed by greetings, never a doer"


def _gathering_people(mentions: list[Mention], parsed: Parsed, words) -> list[Mention]:
    """The people of a gathering ("participants", "guests", "organisers"; ``gathering_people`` in context_rules.yaml)
    named with their gathering ("of"/"in"/"at" phrase): they take the country that phrase names, when it names one
    country ("greetings to the participants, organisers and guests of the All-Russian Patriotic Forum": RUS; "the
    participants and guests of the first Rachmaninoff International Competition": none), and are marked GATHERED.
    Named without their gathering ("the participants", "our participants") they are no mention (h45guests)."""
    words = frozenset(w.lower() for w in words)
    loose = [i for i, m in enumerate(mentions) if m.kind == "collective" and m.text.split()[-1].lower() in words]
    if not loose:
        return mentions
    out: list[Mention | None] = list(mentions)
    for i in loose:
        m = mentions[i]
        seg, span = parsed.span_at(m.start, m.end)
        if seg is None or span is None:
            continue
        tok = span[-1]  # the group's noun: "Brazilian participants"
        nouns = [tok, *tok.conjuncts]  # "participants, organisers and guests of X": the phrase hangs on the last
        spans = [
            (seg.start + g.left_edge.idx, seg.start + g.right_edge.idx + len(g.right_edge.text))
            for n in nouns
            for c in n.children
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "at")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not spans:
            out[i] = None  # "I welcome our participants", "the participants held a discussion": no gathering named
            continue
        found = {
            o.country for o in mentions for a, b in spans if o.country and a <= o.start and o.end <= b and o.kind != "person"
        }
        if m.country is None and len(found) == 1:  # "the U.S. and Brazilian participants of ...": their own first
            country = next(iter(found))
            m = replace(m, country=country, actor_id=f"{country}.{m.sector or 'CVL'}")
        out[i] = replace(m, note=GATHERED)
    return [m for m in out if m is not None]


def _state_of(mentions: list[Mention], text: str) -> list[Mention]:
    """A region named as "the state of X" (a state, a province) is the polity acting when it sues, signs or is sued:
    the mention takes the words "[the] state of" so that the parse's head of that phrase ("state") is inside it and the
    coder can take it as a side. Where the phrase is a place ("in the state of Texas") it stays one: the coder reads a
    place by its preposition, not by the mention's words (h42stateof)."""
    out = []
    for m in mentions:
        if m.kind == "region":
            hit = _STATE_OF.search(text, max(0, m.start - 30), m.start)
            if hit and not any(o.start < m.start and o.end > hit.start() for o in mentions if o is not m):
                head = hit.start() + (4 if text[hit.start() : hit.start() + 4].lower() == "the " else 0)
                m = replace(m, start=head, text=text[head : m.end])
        out.append(m)
    return out


def _defined_acronyms(mentions: list[Mention], text: str) -> list[Mention]:
    """An acronym the article defines in brackets after a name it resolved ("the Haitian National Police (HNP)",
    "the National Crime Agency (NCA)") is that actor wherever the article uses it and nothing else gave it a country
    ("donated 60 vehicles to the HNP"). An acronym defined for actors of two countries is left alone."""
    defined: dict[str, Mention | None] = {}
    for m in mentions:
        if m.country is None or m.kind in ("country", "region", "person"):
            continue
        found = _ACRONYM_AFTER.match(text, m.end)
        acronym = found.group(1) if found is not None else ""
        words = m.text.split()
        if len(words) > 1 and words[0].endswith(("'s", "’s")):
            words = words[1:]  # "the UK's National Crime Agency (NCA)": the body's initials, not its country's
        initials = [w[0] for w in words if w[:1].isupper() and w not in ("The", "the")]
        if not acronym or not initials or initials[0] != acronym[0]:
            continue  # "the University of Southern California (USC)": the acronym is of a longer name than the mention
        prior = defined.get(acronym, m)
        defined[acronym] = m if prior is None or prior.country == m.country else None
    defined = {k: v for k, v in defined.items() if v is not None}
    if not defined:
        return mentions
    out = []
    for m in mentions:
        bare = m.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
        d = defined.get(bare)
        if m.country is None and d is not None and m.kind not in ("person", "country"):
            m = replace(
                m,
                actor_id=d.actor_id,
                name=d.name or d.text,
                country=d.country,
                sector=d.sector,
                role=d.role,
                kind=d.kind,
                how="context",
                confidence=min(m.confidence, d.confidence, CONF["role-pattern"]),
                note=f"the acronym the article gives {d.text}",
            )
        out.append(m)
    return out


def _bracketed_acronym(doc, j: int) -> int | None:
    """Where "( ACRONYM )" ending at token ``j`` starts (its opening bracket), else None."""
    if j < 2 or doc[j].text != ")" or doc[j - 2].text != "(":
        return None
    word = doc[j - 1].text
    if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6):
        return None
    return j - 2


# -- the passes, in the order _segment runs them ---------------------------------------------------


def _delegation_leaders(parsed, mentions: list[Mention], rule: dict) -> list[Mention]:
    """A person named with no country of their own who leads or heads a country's delegation, team or mission ("James
    A. Walsh will lead the U.S. delegation") is of that country (h47lead); a delegation of an international body
    places no one."""
    verbs, groups = frozenset(rule.get("verbs") or ()), frozenset(rule.get("groups") or ())
    if not verbs or not any(m.kind == "person" and m.country is None for m in mentions):
        return mentions
    at = {m.start: i for i, m in enumerate(mentions)}
    out = list(mentions)
    for seg in parsed.segments:
        for tok in seg.doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            led = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in groups), None)
            if subj is None or led is None:
                continue
            i = at.get(seg.start + subj.idx)
            if i is None:
                i = at.get(seg.start + subj.left_edge.idx)  # "James A. Walsh": the mention starts at the first word
            own = [m for m in out if m.start <= seg.start + led.idx < m.end or m.start == seg.start + led.left_edge.idx]
            country = next((m.country for m in own if m.country and m.sector != "IGO" and m.kind != "igo"), None)
            if i is None or country is None:
                continue
            m = out[i]
            if m.kind != "person" or m.country is not None or m.sector == "IGO":
                continue
            sector = m.sector or "GOV"
            out[i] = replace(
                m,
                country=country,
                sector=sector,
                actor_id=person_id(m.name or m.text, country, sector),
                note=f"leads the {country} delegation",
            )
    return out


def _issuer_travellers(parsed, mentions: list[Mention], info, verbs: list[str]) -> list[Mention]:
    """In a government's own text, a person named by name alone with no country of their own (no title, not in the
    knowledge base) who "will travel to" a place of another country is that government's own traveller: its travel
    announcements name their officials by name alone ("Harry Kamian will travel to Tallinn, Estonia, and Riga,
    Latvia"); a trip to the government's own country is a visitor's and places no one (h41traveller)."""
    if info is None or info.kind != "government" or not info.country or not verbs:
        return mentions
    if not any(m.kind == "person" and m.country is None and m.how == "ner-only" for m in mentions):
        return mentions  # no one to place: the parse is not walked
    at = {m.start: i for i, m in enumerate(mentions)}
    found: set[int] = set()
    for seg in parsed.segments:
        for tok in seg.doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            i = at.get(seg.start + subj.idx) if subj is not None else None
            if i is None:  # the mention starts at the subject's first word, not at its head: "Harry Kamian"
                first = subj.left_edge if subj is not None else None
                i = at.get(seg.start + first.idx) if first is not None else None
            if i is None:
                continue
            m = mentions[i]
            if m.kind != "person" or m.country is not None or m.sector == "IGO" or m.how != "ner-only":
                continue  # a title the knowledge base does not place ("Foreign Minister X") is more often a foreigner's
            to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
            dest = [d for p in to for d in p.children if d.dep_ == "pobj"]
            places = [mentions[j] for d in dest if (j := at.get(seg.start + d.idx)) is not None]
            places += [mentions[j] for d in dest for c in d.conjuncts if (j := at.get(seg.start + c.idx)) is not None]
            countries = {p.country for p in places if p.country}
            if countries and info.country not in countries:
                found.add(i)
    if not found:
        return mentions
    out = list(mentions)
    for i in found:
        m = mentions[i]
        out[i] = replace(
            m,
            country=info.country,
            sector=m.sector or "GOV",
            actor_id=person_id(m.name or m.text, info.country, m.sector or "GOV"),
            note=f"a traveller of the publisher, {info.name}",
        )
    return _same_person_later(mentions, out)


def _same_person_later(before: list[Mention], after: list[Mention]) -> list[Mention]:
    """A person given a country by a pass over the whole article: their later mentions by surname alone (``how``
    "context", made as copies of the first before it had a country) get it too."""
    moved = {b.actor_id: a for b, a in zip(before, after) if b.kind == "person" and b.country is None and a.country}
    if not moved:
        return after
    out = []
    for a in after:
        if a.country is None and a.how in ("context", "ner-only") and a.actor_id in moved:
            m = moved[a.actor_id]
            a = replace(a, country=m.country, sector=m.sector, actor_id=m.actor_id, note=m.note)
        out.append(a)
    return out


def _misspelt_countries(r: Resolver, doc, kb_hits: list[_Hit]) -> list[_Hit]:
    """Knowledge-base hits for country names misspelt in the text ("Afganistan"), keyed by the right spelling."""
    labels = set((r.rules.get("misspelt_countries") or {}).get("labels") or [])
    covered = {i for h in kb_hits for i in range(h.start, h.end)}
    out = []
    for ent in doc.ents:
        if ent.label_ in labels and len(ent) == 1 and ent.start not in covered and (right := r.misspelt(ent.text)):
            out.append(_Hit(ent.start, ent.end, "kb", right))
    return out


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one letter apart (a letter doubled, inserted or left out; a changed letter is too often a
    different name), the difference not in b's last two letters?"""
    if len(a) == len(b) or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if i >= len(b) - 2:
        return False
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _office_forms(office: str) -> list[str]:
    """An office and its long forms: "foreign minister" is also "minister of foreign affairs", "interior minister"
    "minister of the interior" (h18titleof)."""
    words = office.split()
    if len(words) < 2:
        return [office]
    head, mods = words[-1], " ".join(words[:-1])
    return [office, f"{head} of {mods} affairs", f"{head} of {mods}", f"{head} of the {mods}"]


def _holds(text: str, p: Mention, office: str, skip: set[str]) -> bool:
    """Does mention ``p`` name a holder of ``office`` (or of its long form, ``_office_forms``)?"""
    return any(_holds_form(text, p, form, skip) for form in _office_forms(office))


def _holds_form(text: str, p: Mention, office: str, skip: set[str]) -> bool:
    """Does mention ``p`` name a holder of ``office``: the office written in it ("Prime Minister of the Republic of
    Armenia"), just before it ("Foreign Minister Penny Wong") or in the person's role as resolved ("Prime Minister"
    for "Prime Minister of Mongolia L. Oyun-Erdene"), not as part of a lesser office ("Deputy Prime Minister")?"""
    pattern = r"(?<![\w-])" + re.escape(office) + r"(?![\w-])"
    if p.kind == "person" and p.role:
        for f in re.finditer(pattern, p.role.lower()):
            words = p.role[: f.start()].lower().split()
            if words[-2:-1] and words[-1] == "and" and words[-2] in ("deputy", "vice", "acting", "former"):
                continue  # "Deputy and Foreign Minister": a title zone's modifier read as a title of its own
            if not (words and words[-1].strip("-") in skip):
                return True
    inside = [(p.start + f.start(), p.start + f.end()) for f in re.finditer(pattern, p.text.lower())]
    before = text[max(0, p.start - len(office) - 4) : p.start].lower()
    lead = re.search(pattern + r"\s*$", before)
    spans = inside + ([(p.start - len(before) + lead.start(), p.start)] if lead else [])
    for a, _b in spans:
        words = text[max(0, a - 20) : a].lower().split()
        if not (words and words[-1].strip("-") in skip):
            return True
    return False


def _things(p: _Paragraph) -> None:
    """0. Names that are things, not sides (a disease: "provided COVID-19 assistance to each other"; a sea named after a
    country): taken first, so that no pass reads them as a person, a body or a place (``not_actors``, ``water_words``
    of context_rules.yaml; h23things, h26seas)."""
    water = p.r.water_words
    for ent in p.doc.ents:
        words = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
        name = words.text.casefold()
        if name in p.r.not_actors or name.startswith(p.r.not_actor_starts):
            p.take(ent.start, ent.end)  # a disease; a storm by its name ("Typhoon Haiyan, which killed ...": h38storm)
        elif ent.label_ == "LOC" and len(words) > 1 and any(t.lower_ in water for t in words):
            p.take(ent.start, ent.end)  # "the South China Sea", "the Taiwan Strait": a place, not the country (h26seas)
        elif (
            ent.label_ not in ("GPE", "NORP", "LOC")
            and ent.end < len(p.doc)
            and p.doc[ent.end].lower_ in p.r.equipment_nouns
            and not any(i in p.kb_at for i in range(ent.start, ent.end))
        ):
            p.take(ent.start, ent.end)  # "Black Hawk helicopters", "Leopard tanks": a model, no party (h39product)
    # "20 million Australian dollars", "Hong Kong dollars": a country's currency is money, not that country (h31currency)
    money = p.r.currency_words
    for tok in p.doc:
        if (
            tok.i + 1 < len(p.doc)
            and p.doc[tok.i + 1].lower_ in money
            and (tok.is_title or tok.is_upper)  # "US dollars", "U.S. dollars" too (h38currency)
            and tok.pos_ in ("ADJ", "PROPN")
        ):
            start = tok.i
            while start > 0 and p.doc[start - 1].is_title and p.doc[start - 1].pos_ == "PROPN":
                start -= 1  # "Hong Kong", "New Zealand"
            if p.free(start, tok.i + 1):
                p.take(start, tok.i + 1)


FIRM_LABELS = ("ORG", "PERSON", "FAC", "PRODUCT", "NORP", "GPE", "WORK_OF_ART")


def _firms_by_home_country(p: _Paragraph) -> None:
    """0. Companies introduced by their home country: "Canadian miner Barrick", "the Chinese firm Huawei"."""
    doc, company_words = p.doc, p.r.roles.company_words
    covered_kb = {i for h in p.kb_hits for i in range(h.start, h.end)}
    firms: list[tuple[int, int, Actor | None]] = [
        (ent.start, ent.end, None)
        for ent in doc.ents
        # the parser often labels a firm's name as a place, product or nationality ("Mahan Air" as FAC): the company
        # word before it says what it is
        if ent.label_ in FIRM_LABELS and not any(i in covered_kb for i in range(ent.start, ent.end))
    ]
    firms += [(h.start, h.end, b[0]) for h in p.kb_hits if (b := p.best(h.key)) is not None and b[0].kind == "business"]
    firms += _names_after_company_words(p, covered_kb)
    for f_start, f_end, known in sorted(firms, key=lambda t: t[0]):
        if not p.free(f_start, f_end):
            continue
        ent = doc[f_start:f_end]
        j = ent.start - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        if known is None and _country_possessive_org(p, ent):
            continue
        k = j
        while (
            k >= 0
            and k not in p.kb_at
            and k >= j - 2
            and (doc[k].lower_ in company_words or (k < j and doc[k].pos_ in ("ADJ", "NOUN") and k not in p.titles_at))
        ):
            k -= 1
        if k == j or not any(doc[x].lower_ in company_words for x in range(k + 1, j + 1)):
            continue
        while k >= 0 and doc[k].text in ("'s", "’s"):
            k -= 1
        if k < 0 or k not in p.kb_at or not p.country_of(p.kb_at[k]):
            continue
        country = p.country_of(p.kb_at[k])
        p.take(p.kb_at[k].start, ent.end)
        if known is not None:
            p.add(
                p.kb_at[k].start,
                ent.end,
                actor_id=known.id,
                name=known.name,
                country=known.country or country,
                sector=known.sector or "BUS",
                role=doc[j].text,
                how="kb",
                kind="business",
            )
            continue
        firm = p.add(
            p.kb_at[k].start,
            ent.end,
            actor_id=f"{country}.BUS.{slug(ent.text)}",
            name=ent.text,
            country=country,
            sector="BUS",
            role=doc[j].text if j >= 0 else None,
            how="role-pattern",
            kind="business",
        )
        _short_firm_name(p, ent, firm)


def _names_after_company_words(p: _Paragraph, covered_kb: set[int]) -> list[tuple[int, int, Actor | None]]:
    """Proper nouns right after a company word that the parser left without a label ("the Chinese tech company
    Tencent"): the firm's name, for the pass above to read with its country."""
    doc, words = p.doc, p.r.roles.company_words
    in_ent = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    out: list[tuple[int, int, Actor | None]] = []
    after_word = False  # the token before is a company word
    for tok in doc:
        i, prev_word, after_word = tok.i, after_word, tok.lower_ in words
        if not prev_word or tok.pos_ != "PROPN" or i in in_ent or i in covered_kb:
            continue
        e = i
        while e < len(doc) and doc[e].pos_ == "PROPN" and e not in in_ent and e not in covered_kb:
            e += 1
        out.append((i, e, None))
    return out


def _country_possessive_org(p: _Paragraph, ent) -> bool:
    """ "Japan's SoftBank Group", "Kenya's Safaricom": an organisation the knowledge base does not know, named right
    after a country's possessive, is of that country; its sector is that of its last word when that word says one
    ("Group": business). Names holding a role word ("China's Foreign Ministry") are left to the role passes."""
    doc = p.doc
    s = ent.start
    if s < 2 or doc[s - 1].text not in ("'s", "’s") or (s - 2) not in p.kb_at:
        return False
    if not any(e.label_ == "ORG" and (e.start, e.end) == (ent.start, ent.end) for e in doc.ents):
        return False
    hit = p.kb_at[s - 2]
    country = p.country_of(hit)
    if country is None or hit.end != s - 1:
        return False
    worded = {i for h in p.word_hits for i in range(h.start, h.end)}
    if any(i in worded for i in range(ent.start, ent.end)):
        return False
    sector = _institution_sector(p.r, doc, ent.end)
    kind = "business" if sector == "BUS" else "org"
    p.take(hit.start, ent.end)
    p.add(hit.start, ent.end, actor_id=f"{country}.{sector or 'UNK'}.{slug(ent.text)}", name=ent.text, country=country,
          sector=sector, role=None, how="role-pattern", kind=kind)  # fmt: skip
    return True


def _short_firm_name(p: _Paragraph, ent, firm: Mention) -> None:
    """A firm named in full with its country ("Iranian airline Mahan Air") is often named later in the article by
    its first word alone ("Mahan's permit"): that word, when it is a proper noun that names nothing else the
    knowledge base or the role words know, is the same firm (kept with the article's surnames)."""
    if len(ent) < 2:
        return
    first = ent[0]
    word, roles = first.text, p.r.roles
    low = word.lower()
    if (
        first.pos_ != "PROPN"
        or len(word) < 3
        or not word[:1].isupper()
        or low in roles.company_words
        or low in roles.titles
        or low in roles.groups
        or low in roles.institution_words
        or word in p.r.demonyms
        or p.r.kb.lookup(word)
    ):
        return
    p.surnames.setdefault(word, firm)


def _people_candidates(p: _Paragraph) -> list[tuple[int, int, Actor | None]]:
    """Knowledge-base person names, and the parser's PERSON names the knowledge base does not hold as something
    else (those are resolved by ``_remaining_kb_names``), each with its listed office holder if there is one."""
    doc = p.doc
    people: list[tuple[int, int, Actor | None]] = []
    for h in p.kb_hits:
        found = p.best(h.key)
        if found and found[0].kind == "person":
            people.append((h.start, h.end, found[0]))
    covered = {i for h in p.kb_hits for i in range(h.start, h.end)}
    listed = p.r.kb.listed
    particles = p.r.roles.name_particles
    joined_to = 0  # the end of the last name joined over its particles ("Thea van" + "der Linden")
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start >= joined_to and _surname_like_place(p, ent, covered):
            covered -= set(range(ent.start, ent.end))  # "Nikki Holland", "Sudesh Amman": a person, not the place
        if ent.label_ == "PERSON" and ent.start >= joined_to and not any(i in covered for i in range(ent.start, ent.end)):
            if ent.text in p.r.demonyms or _media_outlet(p, ent) is not None:
                continue  # "Shia Hazaras", "Xinhua" taken for a person: a people, a news outlet (read further on)
            if len(ent) == 1 and _listed_place(p, ent) is not None:
                continue  # "shelled Kharkiv, Mariupol and Kherson": a listed place where only a place can stand (h19places)
            if any(ch.isdigit() for ch in ent.text):
                continue  # "EXPO-2030", "COVID-19" taken for a person: no one's name has a digit (h38digits)
            s, e = ent.start, ent.end
            if e - s > 1 and doc[s].text in p.r.roles.honorifics:
                s += 1  # "Ms Ardern": the name without its form of address
            k = e - (1 if doc[e - 1].lower_ in particles and doc[e - 1].is_lower else 0)
            while k < len(doc) and k - e < 3 and doc[k].is_lower and doc[k].lower_ in particles:
                k += 1
            if k > e - 1 and k < len(doc) and doc[k - 1].lower_ in particles and doc[k].is_title and doc[k].is_alpha:
                while k < len(doc) and doc[k].is_title and doc[k].is_alpha and k not in covered:
                    k += 1
                e = joined_to = k
            while e > s and doc[e - 1].text in ("'s", "’s"):
                e -= 1
            while s in p.titles_at and p.titles_at[s].start == s and p.titles_at[s].end < e:
                s = p.titles_at[s].end  # "Counselor Derek Chollet" as one PERSON: the title is read as a title
            if s in p.titles_at and p.titles_at[s].start == s and p.titles_at[s].end == e:
                continue  # "the Counselor" as a PERSON: a title alone, read with the collective roles
            if e > s:
                # a listed office holder (open dataset), by full name; found through the parser's PERSON names
                holders = listed.find_variant(doc[s:e].text) if listed is not None else None
                found = p.r._best([(a, "name") for a in holders], p.date) if holders else None
                people.append((s, e, found[0] if found else None))
    people += _untagged_names_after_titles(p, covered, people)
    people += _untagged_surnames(p, covered, people)
    return sorted(people, key=lambda t: t[0])


_NAME_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative")


def _untagged_surnames(p: _Paragraph, covered: set[int], people: list) -> list[tuple[int, int, Actor]]:
    """A capitalised word the parser tagged as no name, in a party's place in the clause (subject, object, owner), that
    is the surname of the one listed person in office on the date ("Trump met Zelensky", the small parser reading
    "Trump" as a common noun): that person (h14surname16)."""
    doc = p.doc
    in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    taken = covered | in_ents | {i for s, e, _ in people for i in range(s, e)} | set(p.titleish_at)
    out = []
    for tok in doc:
        if tok.i in taken or not tok.is_title or not tok.is_alpha or tok.dep_ not in _NAME_DEPS:
            continue
        if tok.is_stop or tok.pos_ in ("PRON", "DET", "ADP") or tok.lower_ in STOP_WORDS:
            continue  # "He said ..." is no Liu He
        if tok.text not in p.r.surname_index or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            continue  # not a listed surname, or part of a longer name the parser did not tag
        actor = p.r._by_surname(tok.text, p.date)
        if actor is not None:
            out.append((tok.i, tok.i + 1, actor))
    return out


def _surname_like_place(p: _Paragraph, ent, covered: set[int]) -> bool:
    """A parser's PERSON name whose last word only is a knowledge-base place ("Nikki Holland", "Sudesh Amman"), after
    capitalised given names that are neither titles nor names of anything: a person named like a place, not the
    place. Eighth session (h14domestic9)."""
    doc = p.doc
    last = ent.end - 1
    if ent.end - ent.start < 2 or last not in covered or not doc[last].is_title:
        return False
    hit = p.kb_at.get(last)
    if hit is None or hit.start != last or hit.end != ent.end:
        return False
    found = p.best(hit.key)
    if found is None or found[0].kind not in ("country", "region", "place"):
        return False
    if found[0].kind == "country" and hit.key not in found[0].capitals:
        return False  # "Evil Mordor", "good Gondor": a state's own name with an epithet, not a person
    given = doc[ent.start : last]
    return all(
        t.i not in covered
        and t.is_title
        and t.is_alpha
        and t.lower_ not in p.r.roles.titles
        and t.text not in p.r.roles.honorifics
        and t.text not in p.r.demonyms
        for t in given
    )


def _untagged_names_after_titles(p: _Paragraph, covered: set[int], people: list) -> list[tuple[int, int, None]]:
    """A name of two or three capitalised words right after a title, which the parser tagged as nothing
    ("... Minister of Defence Joost Hendriks met ..."): a person, when a country or a body stands before the title."""
    doc = p.doc
    in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    taken = covered | in_ents | {i for s, e, _ in people for i in range(s, e)} | set(p.titleish_at)
    out = []
    ends = sorted({h.end for h in p.word_hits if h.kind == "title"})
    for a in ends:
        b = a
        while b < len(doc) and b - a < 4 and doc[b].is_title and doc[b].is_alpha and not doc[b].is_stop and b not in taken:
            b += 1
        if not 2 <= b - a <= 3 or (b < len(doc) and (doc[b].is_title or doc[b].text in ("'s", "’s"))):
            continue
        if any(doc[x].lower_ in p.r.roles.institution_words for x in range(a, b)):
            continue  # "... Minister Office": a body, not a name
        if a - 1 in p.titles_at and p.title_zone(a)[2] is not None:
            out.append((a, b, None))
    return out


def _people(p: _Paragraph) -> None:
    """1. People: knowledge-base names, and PERSON entities with titles or known surnames."""
    for s, e, actor in _people_candidates(p):
        if p.free(s, e):
            _person(p, s, e, actor)


#: the key prefix under which ``_Paragraph.surnames`` keeps the first person named in full with each surname (the
#: plain surname key holds the person a bare surname stands for)
_FULL = "\x00full:"


def _person(p: _Paragraph, s: int, e: int, actor: Actor | None) -> None:
    """One person name: a known actor (its role on the date, or the office the text states), the surname of
    someone named before, a name with an appositive or a title in front, else a bare name."""
    r, doc, date = p.r, p.doc, p.date
    zone_start, titles, zone_country = p.title_zone(s)
    name = doc[s:e].text
    if actor is None and len(name.split()) == 1 and name not in p.surnames and _FULL + name not in p.surnames:
        # a leader's surname only bare or after a leader's title ("General Abbas" is no President Abbas)
        leaders = tuple(r.any_country.get("leader_titles") or ())
        actor = r._by_surname(name, date, leaders=all(t.lower() in leaders for t in titles))
        if actor is None and titles and r.kb.listed is not None and _of_title(r, r.roles.titles, titles[-1]) == "GOV":
            # "President Lasso": the one listed office holder of that surname who held that office
            found = r._best([(a, "name") for a in r.kb.listed.find_titled(name, titles[-1])], date)
            if not found and date:
                # "Foreign Minister Lapid" ("Minister of Foreign Affairs"), "President Lukashenka": held on the date
                # "Foreign Minister Wang": a family name written first ("Wang Yi"; context_rules.yaml surname_first)
                respelt = titles[-1].lower() in leaders
                first = tuple(r.rules.get("surname_first") or ())
                listed = r.kb.listed.find_titled(
                    name, titles[-1], _title_forms(r, titles[-1]), date, respelt=respelt, surname_first=first
                )
                found = r._best([(a, "name") for a in listed], date)
            actor = found[0] if found else None
    elif (
        actor is None
        and len(name.split()) > 1
        and titles
        and r.kb.listed is not None
        and _title_sector(r, titles) in ("GOV", "MIL")
    ):
        # "Foreign Minister Le Drian": the end of one listed office holder's full name, after an office title
        found = r._best([(a, "name") for a in r.kb.listed.find_suffix(name)], date)
        actor = found[0] if found else None
        if actor is None and date:
            # "Defense Minister Benjamin Gantz" for "Benny Gantz": the one listed person of that surname and initial
            # who held that office on the date (h14country12)
            actor = _titled_on_date(r, name, titles, date)
    reading: tuple[str | None, str | None, str] | None = None  # a role pattern's country, sector and role
    if actor is not None:
        m = _known_person(p, s, e, actor, titles)
    elif (
        name.split()[-1] in p.surnames
        and len(name.split()) == 1
        and not _other_given_name(p, doc[s], p.surnames[name.split()[-1]])
    ):
        m = p.as_before(s, e, p.surnames[name.split()[-1]])
    elif (prior := _named_before(p, name)) is not None and not _other_given_name(p, doc[s], prior):
        m = p.as_before(s, e, prior)  # "Osman Kavala" again after "Turkish businessman Osman Kavala" (h46again)
    elif not titles and (appositive := r._appositive(doc, e, p.titleish_at, p.kb_at, p.country_of, p.owner_of, p._igo)):
        titles, zone_country, own_sector, body = appositive
        found = p.best(body) if body else None
        if found is not None and found[0].kind == "igo":
            p.zone_body.setdefault(s, found[0].id)  # ", the UN spokesman": the body's officer (h46appbody, as h45body)
        reading = zone_country, own_sector or _title_sector(r, titles), " and ".join(titles)
    elif titles:
        sector = _title_sector(r, titles)
        if p.zone_sector.get(s) and sector in (None, "GOV"):
            sector = p.zone_sector[s]
        zone_country = zone_country or _of_title(r, r.roles.title_country, titles[-1]) or _place_after_name(p, e)
        reading = zone_country, sector, " and ".join(titles)
    elif (leader := _leader_named_for_group(p, s, e)) is not None:
        # "the Bush administration", "the Sharif government": a head of government's surname names that government
        reading = leader, "GOV", "head of state or government"
    else:
        if name.casefold() == p.outlet:
            return
        m = p.unexplained(s, e, name, None, "person")
    if reading is not None:
        country, sector, role = reading
        m = p.mention(
            s,
            e,
            actor_id=body_person_id(name, p.zone_body[s])
            if sector == "IGO" and s in p.zone_body
            else person_id(name, country, sector),
            name=name,
            country=country,
            sector=sector,
            role=role,
            how="role-pattern",
            kind="person",
        )
    p.take(zone_start if titles or zone_country else s, e)
    p.out.append(m)
    if len(name.split()) > 1:
        last = name.split()[-1]
        earliest = p.surnames.setdefault(_FULL + last, m)  # the first person of that surname named in full, however read
        if (m.how != "ner-only" or e - 1 in p.kb_at) and (earliest is m or earliest.name == m.name):
            # a person named like a place ("Sudesh Amman"): the surname alone later is the person too (h14domestic9);
            # not when another person of that surname was named first ("Usman Khan ... Mayor of London Sadiq Khan (no
            # relation) ... Khan was convicted": the bare surname is the first one's, or no one's; h48titled)
            p.surnames.setdefault(last, m)


def _title_forms(r: Resolver, title: str) -> tuple[str, ...]:
    """The office-holder list's ways of writing a title ("Minister of Foreign Affairs" for "Foreign Minister";
    context_rules.yaml ``listed_title_forms``)."""
    return tuple((r.rules.get("listed_title_forms") or {}).get(title.lower()) or ())


def _titled_on_date(r: Resolver, name: str, titles: list[str], date: str) -> Actor | None:
    """A full name after office titles that is no listed name as written: the one listed person whose surname and
    first initial are the name's and who held one of the titles (or a listed form of it) on the date."""
    words = name.split()
    if r.kb.listed is None or len(words) < 2:
        return None
    found: dict[str, Actor] = {}
    for title in titles:
        for a in r.kb.listed.find_titled(words[-1], title, _title_forms(r, title), date):
            if _fold(a.name)[:1].lower() == _fold(words[0])[:1].lower():
                found[a.id] = a
    return next(iter(found.values())) if len(found) == 1 else None


def _place_after_name(p: _Paragraph, e: int) -> str | None:
    """ "Senator Jane Roe of Vermont", "Patriarch Kirill of Moscow": a titled name followed by "of" and a country, its
    capital or a region the knowledge base places in one is of that country."""
    doc = p.doc
    if e + 1 < len(doc) and doc[e].lower_ == "of" and e + 1 in p.kb_at and p.kb_at[e + 1].start == e + 1:
        return p.country_of(p.kb_at[e + 1])
    return None


def _leader_named_for_group(p: _Paragraph, s: int, e: int) -> str | None:
    """The country of a surname right before "administration", "government", "regime" or "cabinet", when the listed
    heads of state and government of that surname all held office in one country."""
    doc, listed = p.doc, p.r.kb.listed
    words = p.r.any_country.get("leader_groups") or []
    if listed is None or e - s != 1 or e >= len(doc) or doc[e].lower_ not in words:
        return None
    return listed.leader_country(doc[s].text, tuple(p.r.any_country.get("leader_titles") or ()))


def _title_key(r: Resolver, table, title: str) -> str:
    """``title`` as ``table`` (a dict or a set of lower-case titles) holds it: without the ranks written before it
    when the ranked title is not there ("Assistant Secretary of Defense": as "Secretary of Defense"; h48titled)."""
    key = " ".join(title.split()).lower()
    ranks = r.rules.get("title_ranks") or ()
    while key not in table and " " in key and key.split(" ", 1)[0] in ranks:
        key = key.split(" ", 1)[1]
    return key


def _of_title(r: Resolver, table: dict[str, str], title: str) -> str | None:
    """What ``table`` (a title's sector or country) says of ``title`` (read as ``_title_key`` reads it)."""
    return table.get(_title_key(r, table, title))


def _title_in(r: Resolver, titles, title: str) -> bool:
    """Is ``title`` one of ``titles`` (read as ``_title_key`` reads it)?"""
    return _title_key(r, titles, title) in titles


def _title_sector(r: Resolver, titles: list[str]) -> str | None:
    """The sector of a person's titles: the first title that is not only a modifier of the next ("Deputy" in
    "Deputy Foreign Minister" is not a parliamentary deputy)."""
    joiners = r.roles.name_joiners
    heads = [t for t in titles if t.lower() not in joiners] or titles
    return _of_title(r, r.roles.titles, heads[0])


def _known_person(p: _Paragraph, s: int, e: int, actor: Actor, titles: list[str]) -> Mention:
    """A knowledge-base person with the role valid on the date; an office the text states wins over a guess."""
    date = p.date
    roles, assumed = actor.roles_on(date)
    stated = [r for r in actor.roles if any(t.lower() in r.title.lower() for t in titles)]
    if titles and stated and (assumed or not roles):
        # the text says which office: believe it over a guess
        roles, assumed = [r for r in stated if r.valid_on(date)] or stated[:1], False
    roles = _one_realm(p.r, actor, roles)
    role_text = " and ".join(dict.fromkeys(r.title for r in roles)) or None
    sector = roles[0].sector if roles else actor.sector
    country = roles[0].country if roles and roles[0].country else actor.country
    note = None
    if assumed:
        note = "no article date: role as last known"
    elif not roles and actor.roles:
        note = f"no role known on {date}"
    return p.mention(
        s,
        e,
        actor_id=actor.id,
        name=actor.name,
        country=country,
        sector=sector,
        role=role_text,
        confidence=CONF["kb-person"],
        how="kb",
        kind="person",
        note=note,
    )


def _institution_sector(r: Resolver, doc, end: int) -> str | None:
    """The sector the last words of a body's name say: two words first ("News Agency" MED), then the last one
    ("Crime Agency" GOV). Eighth session (h14domestic9)."""
    words = r.roles.institution_words
    if end >= 2 and (two := f"{doc[end - 2].lower_} {doc[end - 1].lower_}") in words:
        return words[two]
    return words.get(doc[end - 1].lower_)


_STATE_BODY = ("GOV", "LEG", "JUD", "COP")  # sectors of the state's own bodies ("the government", "the court")


def _one_realm(r: Resolver, actor: Actor, roles: list) -> list:
    """A person holding the same office in several states on the date (a monarch of several realms): the one state
    the article names, else the person's own country, not the first realm listed (eighth session, h14domestic9)."""
    if len({x.country for x in roles if x.country}) < 2:
        return roles
    named = [x for x in roles if x.country and r._names_country(x.country)]
    if len({x.country for x in named}) == 1:
        return named
    return [x for x in roles if x.country == actor.country] or roles


def _named_before(p: _Paragraph, name: str) -> Mention | None:
    """The person named earlier in the article whose name ends with ``name``: a full name told again ("Osman Kavala"
    after "Turkish businessman Osman Kavala"), or a surname the parser reads as several tokens or as an organisation
    ("al-Quaety" after "journalist Nabil Hasan al-Quaety"). None when the words are not the end of that name."""
    words = name.split()
    prior = p.surnames.get(words[-1]) if words else None
    if prior is None or (prior.kind or "person") != "person":
        return None
    return prior if any(n.split()[-len(words) :] == words for n in (prior.text, prior.name) if n) else None


def _office_won(p: _Paragraph) -> None:
    """A person the knowledge base does not know, congratulated "on his election as President of X" or "on her
    appointment as Prime Minister of X": the office won, named in that phrase, gives the person its country and sector
    (context_rules.yaml ``office_won``; h46office). Only the nearest person named before the possessive, only an
    office of a state the phrase names."""
    nouns = frozenset(p.r.rules.get("office_won") or ())
    if not nouns:
        return
    doc, base = p.doc, p.seg.start
    offices = [m for m in p.out if m.country and m.sector == "GOV" and m.actor_id == f"{m.country}.GOV"]
    for k, m in enumerate(p.out):
        if m.how != "ner-only" or m.kind not in ("person", "org") or m.country:
            continue  # (a name the parser took for an organisation is a person when "his"/"her" office follows)
        span = doc.char_span(m.start - base, m.end - base, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        owners = ("his", "her", "their") if m.kind == "person" else ("his", "her")
        won = next((t for t in sent if t.i >= span.end and t.lemma_.lower() in nouns and _own_won(t, owners)), None)
        if won is None or any(
            o.kind == "person" and o is not m and span.end_char + base <= o.start < base + won.idx for o in p.out
        ):
            continue
        lo, hi = base + doc[won.left_edge.i].idx, base + doc[won.right_edge.i].idx + len(doc[won.right_edge.i])
        office = next((o for o in offices if lo <= o.start and o.end <= hi and o.start > base + won.idx), None)
        if office is None:
            continue
        p.out[k] = replace(
            m,
            actor_id=person_id(m.name or m.text, office.country, "GOV"),
            country=office.country,
            sector="GOV",
            role=office.role or office.text,
            how="role-pattern",
            kind="person",
        )
        words = (m.name or "").split()
        if len(words) > 1:
            p.surnames.setdefault(words[-1], p.out[k])


def _own_won(tok, owners: tuple[str, ...]) -> bool:
    """The noun of an office won told as someone's own: "his election", "her re-election", "the occasion of his victory"."""
    return any(c.dep_ == "poss" and c.lower_ in owners for c in tok.children)


def _earlier_surnames(p: _Paragraph) -> None:
    """Surnames of people named earlier, as plain proper-noun tokens ("Rubio and Dar's pledge")."""
    for tok in p.doc:
        if tok.i in p.taken or tok.pos_ != "PROPN" or tok.text not in p.surnames:
            continue
        if _other_given_name(p, tok, p.surnames[tok.text]):
            continue  # "Mehmet Kavala" after "Osman Kavala": another bearer of the surname (h46again)
        p.take(tok.i, tok.i + 1)
        p.out.append(p.as_before(tok.i, tok.i + 1, p.surnames[tok.text]))


_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS])


def _other_given_name(p: _Paragraph, tok, prior: Mention) -> bool:
    """Is the surname ``tok`` preceded by a capitalised name word that is neither a word of ``prior``'s name nor a title
    ("Mehmet Kavala" after "Osman Kavala")?"""
    if tok.i == 0:
        return False
    before = p.doc[tok.i - 1]
    if before.pos_ != "PROPN" or not before.is_title or before.is_sent_start and before.lower_ in p.r.roles.titles:
        return False
    if before.ent_type_ not in ("", "PERSON") or before.lower_ in _DATE_WORDS:
        return False  # "Later on Tuesday Mitsotakis met ...", "In Ankara Erdogan said ...": no given name
    words = {w for n in (prior.text, prior.name) if n for w in n.split()}
    return before.text not in words and before.lower_ not in p.r.roles.titles


def _leader_surnames(p: _Paragraph) -> None:
    """A head of state's or government's surname the parser tagged as nothing ("Katigbak apologised to Duterte"):
    the one listed leader of that surname in office on the date (``Resolver._by_surname``)."""
    in_ents = {i for ent in p.doc.ents for i in range(ent.start, ent.end)}
    for tok in p.doc:
        if tok.i in p.taken or tok.i in in_ents or tok.pos_ != "PROPN" or not tok.is_title or len(tok.text) < 3:
            continue
        if tok.i + 1 < len(p.doc) and p.doc[tok.i + 1].is_title and p.doc[tok.i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        if tok.i > 0 and p.doc[tok.i - 1].is_title and p.doc[tok.i - 1].pos_ == "PROPN" and not p.doc[tok.i - 1].is_sent_start:
            continue
        actor = p.r._by_surname(tok.text, p.date)
        if actor is None or actor.kind != "person":
            continue
        p.take(tok.i, tok.i + 1)
        p.out.append(_known_person(p, tok.i, tok.i + 1, actor, []))


def _collective_roles(p: _Paragraph) -> None:
    """2. Collective role phrases: "Pakistani officials", "a U.S. delegation", "rights advocates"."""
    doc, roles = p.doc, p.r.roles
    for h in p.word_hits:
        # a title not followed by a name is a common noun too: "the Arnorian cleric", "Gondor's ambassador"
        if h.kind == "title" and (h.end < len(doc) and (h.end in p.taken or doc[h.end].pos_ == "PROPN")):
            continue
        if not p.free(h.start, h.end):
            continue
        if any(k.start <= h.start and h.end <= k.end and k.end - k.start > h.end - h.start for k in p.kb_hits):
            continue  # a word of a longer name the knowledge base holds: "the People's Republic of China"
        if _adjective_of_thing(p, h):
            continue  # "a special military operation", "military assistance": no group is named
        sector = (roles.groups if h.kind == "group" else roles.titles)[h.key]
        a, country, org_member = _group_owner(p, h)
        end = h.end
        if country is None and org_member is None:
            country, end = _country_after_of(p, h.end, persons=h.kind == "group")
        if country is None and org_member is None:
            country = _country_after_place(p, h, sector)
        if country is None and org_member is None:
            country = _country_of_where(p, h, sector)
        if country is None and org_member is None and h.start in p.kb_at:
            kbh = p.kb_at[h.start]
            owner = p.owner_of(kbh) if kbh.start <= h.start and kbh.end >= h.end else None
            if owner is not None and owner[1] is not None:
                continue  # resolved as the institution by _remaining_kb_names
        if _inside_kb_name(p, h):
            continue  # "Saudi Arabia's Public Investment Fund", "the French Ministry of Armed Forces": the named body
        if country is None and h.key in roles.needs_country and org_member is None:
            continue
        p.take(a, end)
        if org_member is not None:
            p.add(a, h.end, **_identity(org_member.id, org_member), role=h.key, how="role-pattern", kind=org_member.kind)
            continue
        p.add(
            a,
            end,
            actor_id=f"{country or 'UNK'}.{sector}",
            name=doc[a:end].text,
            country=country,
            sector=sector,
            role=h.key,
            how="role-pattern",
            kind="collective",
        )


def _adjective_of_thing(p: _Paragraph, h: _Hit) -> bool:
    """Is a one-word group noun used as an adjective of a noun that names no group or office ("military" in "a special
    military operation", "military infrastructure", "military assistance"; not in "military officials")?"""
    tok = p.doc[h.start]
    if h.end - h.start != 1 or tok.pos_ != "ADJ" or tok.dep_ != "amod" or tok.head.i < h.end:
        return False
    return not any(x.start <= tok.head.i < x.end for x in p.word_hits)


def _inside_kb_name(p: _Paragraph, h: _Hit) -> bool:
    """Is a role word part of a longer knowledge-base name of a body (not a country or a person)?"""
    kbh = next((p.kb_at[i] for i in range(h.start, h.end) if i in p.kb_at), None)
    if kbh is None or kbh.start > h.start or kbh.end < h.end or kbh.end - kbh.start <= h.end - h.start:
        return False
    found = p.best(kbh.key)
    return found is not None and found[0].kind not in ("country", "region", "person")


def _group_owner(p: _Paragraph, h: _Hit) -> tuple[int, str | None, Actor | None]:
    """Whose group a collective noun is, read leftwards: (where the phrase starts, its country, the organisation
    it is a member of): a named person's ("the Biden administration"), a country's, an organisation's
    ("an ISIS-K operative"), or a country-hinting adjective's ("congressional")."""
    doc, hint = p.doc, p.r.roles.country_hint
    a = h.start
    country = None
    org_member: Actor | None = None
    j = h.start - 1
    if j >= 0 and j in p.person_at and p.person_at[j].country:
        # "the Biden administration": the group of a named person
        country = p.person_at[j].country
        a = j
        while a - 1 >= 0 and p.person_at.get(a - 1) is p.person_at[j]:
            a -= 1
        j = -1
    stacked: list[tuple[str, str]] = []  # (country, words) of the country words read leftwards
    placed: set[int] = set()  # where a city's name starts (h39city)
    while j >= 0 and j not in p.taken:
        tok = doc[j]
        if j in p.kb_at and p.country_of(p.kb_at[j]):
            country = country or p.country_of(p.kb_at[j])
            a = p.kb_at[j].start
            stacked.append((p.country_of(p.kb_at[j]) or "", doc[a : p.kb_at[j].end].text.lower()))
            j = a - 1
        elif j in p.kb_at:
            org = p.best(p.kb_at[j].key)
            if org and org[0].kind in ("group", "igo", "institution", "ngo") and org_member is None:
                org_member = org[0]  # "an ISIS-K operative": a member of that group
                a = p.kb_at[j].start
            break
        elif (city := _listed_city_at(p, j)) is not None and country is None:
            # "Karachi police", "Lahore police": a city of one country the parser tags as a body or a people (h39city)
            country, a = city[0], city[1]
            placed.add(a)
            j = a - 1
        elif tok.lower_ in hint or tok.pos_ in ("ADJ", "PROPN") or tok.text in ("'s", "’s"):
            country = country or hint.get(tok.lower_)
            a = j
            j -= 1
        elif tok.pos_ == "NOUN" and tok.dep_ == "compound" and j < tok.head.i < h.end:
            j -= 1  # "Italian aid workers", "Pakistani army officers": a noun of the kind of group, then its country (h27aid)
        else:
            break
    if len(stacked) >= 2:
        country = _residence(p, stacked[0], stacked[1]) or country  # "Bosnian Serb forces": of Bosnia (h33stacked)
    # keep only the adjectives that say whose group it is
    while a < h.start and a not in p.kb_at and a not in p.person_at and a not in placed and doc[a].lower_ not in hint:
        a += 1
    if country is None:
        for i in range(a, h.end):
            country = country or hint.get(doc[i].lower_)
    return a, country, org_member


def _listed_city_at(p: _Paragraph, j: int) -> tuple[str, int] | None:
    """(country, start) of a name ending at token ``j`` that the parser tags as an organisation or a people and that
    ``data/places.csv`` lists for one country ("Karachi" in "Karachi police", "Lahore" in "Lahore police"); None for
    GeoNames-only towns and the cities where international bodies meet (h39city)."""
    ent = next((e for e in p.doc.ents if e.end - 1 == j and e.label_ in ("ORG", "NORP")), None)
    if ent is None or any(i in p.taken for i in range(ent.start, ent.end)):
        return None
    text = ent.text.removeprefix("the ").removeprefix("The ")
    if text.casefold() in geonames_only_places():
        return None
    iso = _place_iso(p, text)
    return (iso, ent.start) if iso else None


def _residence(p: _Paragraph, near: tuple[str, str], far: tuple[str, str]) -> str | None:
    """The country of a people named by two country words in a row, (country, words) the nearer to the noun first:
    the farther word's country when the nearer is a word of a people living in another state (``ethnic_kin``:
    "Bosnian Serb", "Kosovo Albanian") and the farther is not ("Turkish Cypriot" keeps Cyprus); else None
    (h33stacked)."""
    kin = p.r.ethnic_kin
    if near[1] in kin and far[1] not in kin and far[0] and far[0] != near[0]:
        return far[0]
    return None


def _country_after_of(p: _Paragraph, end: int, persons: bool = False) -> tuple[str | None, int]:
    """ "the Government of the United States of America", "the people of Afghanistan", "the Ministry of Defence
    of Ukraine": the country after "of" (and a named department) and the new end of the phrase."""
    doc, kb_at = p.doc, p.kb_at
    if not (end + 1 < len(doc) and doc[end].lower_ == "of"):
        return None, end
    k = end + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    # a named department first: "the Ministry of Defence of Ukraine"
    j = k
    while j < min(len(doc), k + 3) and doc[j].is_title and j not in kb_at:
        j += 1
    if j > k and j + 1 < len(doc) and doc[j].lower_ == "of":
        k = j + 1 + (1 if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else 0)
    if k in kb_at and kb_at[k].start == k and p.country_of(kb_at[k]) and p.free(end, kb_at[k].end):
        return p.country_of(kb_at[k]), kb_at[k].end
    # ``persons``: a group noun's "supporters of ousted President Mohamed Morsi": a named person of a known country,
    # after words of his title (h34supporters); the person stays a mention of his own (a title's "of" phrase is its
    # office: "President of the Republic of Turkey Recep Tayyip Erdogan" is the person's own)
    if not persons:
        return None, end
    j = k
    while j < min(len(doc), k + 4) and j not in p.person_at and doc[j].pos_ in ("ADJ", "PROPN", "NOUN", "VERB"):
        j += 1
    person = p.person_at.get(j)
    if person is not None and person.country and (j == k or doc[j - 1].is_title or doc[j - 1].pos_ == "PROPN"):
        return person.country, end
    return None, end


def _country_after_place(p: _Paragraph, h: _Hit, sector: str) -> str | None:
    """ "rebels in the Ivory Coast", "students throughout Indonesia", "workers from Bangladesh": the country (or
    capital) right after "from", or after "in" for the groups a place says whose they are (not a foreign army,
    visitors or refugees; ``context_rules.yaml``). The place stays a mention of its own."""
    rule = p.r.rules.get("place_after_group") or {}
    doc, k = p.doc, h.end
    if k < len(doc) and doc[k].lower_ in (rule.get("participles") or ()):
        k += 1
    for bridge in rule.get("bridges") or ():
        words = bridge.split()
        if [t.lower_ for t in doc[k : k + len(words)]] == words:
            k += len(words)  # "parties to the conflict in Iraq": the conflict's place is where the parties are
            break
    if k >= len(doc):
        return None
    word = doc[k].lower_
    if word not in (rule.get("from") or ()):
        if word not in (rule.get("in") or ()) or h.kind != "group":
            return None
        if sector in (rule.get("not_in_sectors") or ()) or h.key in (rule.get("not_in_groups") or ()):
            return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    hit = p.kb_at.get(k)
    if hit is None or hit.start != k:
        return None
    if word not in (rule.get("from") or ()) and (found := p.best(hit.key)) and "disputed" in found[0].flags:
        return None  # "civilians in Donbass": whose people they are is what the parties dispute
    return p.country_of(hit)


def _country_of_where(p: _Paragraph, h: _Hit, sector: str) -> str | None:
    """ "will travel to Windhoek, Namibia, where she will meet with government officials", "will begin her trip in
    Islamabad, where she will meet senior officials": a group with no country in a "where" clause is of the place named
    just before "where" as the object of in/to/at (the parser hangs the clause on the trip or the date as often as on
    the place), for the sectors a place says whose they are (``where_sectors``: government, people, legislators,
    judges, opposition; not visitors or negotiating parties); None otherwise (h21where, blind audit 2026-12-04d n41,
    n42, n47)."""
    rule = p.r.rules.get("place_after_group") or {}
    if h.kind != "group" or sector not in (rule.get("where_sectors") or ()) or h.key in (rule.get("not_in_groups") or ()):
        return None
    doc = p.doc
    tok = doc[h.end - 1]
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    where = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None) if clause else None
    if where is None:
        return None
    # the place the clause is about: the nearest one named just before "where" ("in Islamabad where", "to Windhoek,
    # Namibia on July 21, where"), in the same sentence
    for i in range(where.i - 1, max(where.sent.start, where.i - 12) - 1, -1):
        hit = p.kb_at.get(i)
        if hit is not None and p.country_of(hit) and _place_phrase(doc[i]):
            return p.country_of(hit)
    return None


def _place_phrase(tok) -> bool:
    """Is the name a place the text goes to or is in ("to Windhoek, Namibia", "in Islamabad", "Riyadh, Bahrain and
    Kuwait"), not a party named as subject ("the Netherlands are hosting the Ministerial where ...")?"""
    t = tok
    for _ in range(4):
        if t.dep_ == "pobj":
            return t.head.lower_ in ("in", "to", "at", "into", "inside")
        if t.dep_ not in ("appos", "conj", "compound") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _organisations_named_by_country(p: _Paragraph) -> None:
    """2b. Organisations whose name opens with a country: "United States National Hurricane Center"."""
    doc = p.doc
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or not p.free(ent.start, ent.end):
            continue
        first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        hit = p.kb_at.get(first)
        if hit is None or hit.start != first or hit.end >= ent.end or not p.country_of(hit):
            continue
        sector = _institution_sector(p.r, doc, ent.end)
        if sector is None:
            continue
        country = p.country_of(hit)
        p.take(ent.start, ent.end)
        p.add(
            first,
            ent.end,
            actor_id=f"{country}.{sector}",
            name=doc[first : ent.end].text,
            country=country,
            sector=sector,
            role=doc[ent.end - 1].text,
            how="role-pattern",
            kind="institution",
        )


def _remaining_kb_names(p: _Paragraph) -> None:
    """3. The remaining knowledge-base names: countries, capitals, organisations, groups; names with a title in
    front first, so "Dagolath's Deputy Prime Minister Telemar" keeps its title."""
    with_title = [h for h in p.kb_hits if p.title_zone(h.start)[1]]
    for h in with_title + [h for h in p.kb_hits if h not in with_title]:
        if not p.free(h.start, h.end):
            continue
        found = p.best(h.key)
        if found is None or found[0].kind == "person":
            continue
        actor, how = found
        if actor.kind == "party" and h.end - h.start == 1 and h.start > 0:
            before = p.doc[h.start - 1]
            if before.is_title and not before.is_sent_start and before.dep_ in ("compound", "amod") and before.head.i == h.start:
                continue  # "the Social Democrats", "the Liberal Democrats": a longer name, another party (h43parties)
        if (actor.name.casefold() == p.outlet or h.key.casefold() == p.outlet) and not (
            actor.country and actor.kind == "institution"
        ):
            continue  # the outlet naming itself is no party, unless it is a state's body ("the State Department" on state.gov)
        roles, assumed = actor.roles_on(p.date)
        sector = roles[0].sector if roles else actor.sector
        country = roles[0].country if roles and roles[0].country else actor.country
        role = roles[0].title if roles else ({"capital": "capital (for its government)", "adjective": "adjective"}.get(how))
        zone_start, titles, _ = p.title_zone(h.start)
        if titles and actor.kind == "country" and p.free(zone_start, h.start):
            # "Dagolath's Deputy Prime Minister Telemar": an office of that country
            sector = _of_title(p.r, p.r.roles.titles, titles[0])
            p.take(zone_start, h.end)
            p.add(
                h.start,
                h.end,
                actor_id=f"{country or actor.id}.{sector}",
                name=actor.name,
                country=country,
                sector=sector,
                role=" and ".join(titles),
                how="role-pattern",
                kind="collective",
            )
            continue
        p.take(h.start, h.end)
        p.add(
            h.start,
            h.end,
            actor_id=actor.id,
            name=actor.name,
            country=country,
            sector=sector,
            role=role,
            how="kb",
            kind=actor.kind,
            note="no article date: role as last known" if assumed else None,
        )


def _plural_demonyms(p: _Paragraph) -> None:
    """3b. Plural demonyms: the people of a country ("Americans", "Pakistanis", "Afghans")."""
    doc, demonyms = p.doc, p.r.demonyms
    for tok in doc:
        if tok.i in p.taken or not tok.text[:1].isupper():
            continue
        two = f"{tok.text} {doc[tok.i + 1].text}" if tok.i + 1 < len(doc) else None
        width, iso = (2, demonyms[two]) if two in demonyms and p.free(tok.i, tok.i + 2) else (1, demonyms.get(tok.text))
        if iso is None and p.decided and tok.text in p.decided and p.decided[tok.text].kind == "country":
            iso = p.decided[tok.text].id  # "Georgians" in an article about Tbilisi (ambiguous.yaml; h26georgians)
        if iso is None:
            continue
        iso = _ethnic_host(p, tok.i, tok.i + width, iso) or iso
        before = p.kb_at.get(tok.i - 1) if tok.i > 0 else None
        if before is not None and before.end == tok.i and p.country_of(before):
            # "Kosovo Albanians", "Bosnian Serbs": the people of the state they live in (h33stacked)
            words = doc[before.start : before.end].text.lower()
            iso = _residence(p, (iso, tok.lower_), (p.country_of(before) or "", words)) or iso
        country = p.r.kb.actors.get(iso)
        p.take(tok.i, tok.i + width)
        p.add(
            tok.i,
            tok.i + width,
            actor_id=f"{iso}.CVL",
            name=f"people of {country.name if country else iso}",
            country=iso,
            sector="CVL",
            role="people",
            how="role-pattern",
            kind="collective",
        )


def _ethnic_host(p: _Paragraph, start: int, end: int, descent: str | None = None) -> str | None:
    """ "ethnic Russians in Ukraine", "ethnic Albanians in Macedonia": people of one descent living in another
    country are that country's people (a people inside a country takes its code; blind audit 2026-12-04c n33); the
    country of residence named right after "in", else (h28ethnic) the one other country that an "in" phrase of the
    same sentence names as where it happens ("killed three ethnic Albanians in a gunbattle in southern Serbia"), else
    None."""
    doc = p.doc
    if start == 0 or doc[start - 1].lower_ != "ethnic":
        return None
    if end + 1 < len(doc) and doc[end].lower_ in ("in", "inside"):
        at = end + 1 + (doc[end + 1].lower_ == "the")
        hit = p.kb_at.get(at)
        if hit is not None and hit.start == at:
            return p.country_of(hit)
    sent = doc[start].sent
    hosts = set()
    for t in sent:
        if t.lower_ not in ("in", "inside") or t.i + 1 >= sent.end:
            continue
        at = t.i + 1
        while at < sent.end - 1 and doc[at].pos_ in ("DET", "ADJ") and at - t.i <= 3:
            at += 1  # "in the south of", "in southern Serbia"
        hit = p.kb_at.get(at)
        if hit is None or hit.start != at or doc[hit.end - 1].dep_ != "pobj":
            continue  # "killed in Russia's assault on Mariupol": a possessor, no place of residence
        country = p.country_of(hit)
        if country and country != descent:
            hosts.add(country)
    return hosts.pop() if len(hosts) == 1 else None


def _leftover_entities(p: _Paragraph) -> None:
    """4. Names the parser found that nothing above explains: a known person by surname or as a listed office
    holder, a company by its suffix, else the bare name."""
    r, date = p.r, p.date
    for ent in p.doc.ents:
        if ent.label_ not in NAME_LABELS or not p.free(ent.start, ent.end):
            continue
        if ent.label_ == "PERSON" and _media_outlet(p, ent) is None and not (len(ent) == 1 and _listed_place(p, ent)):
            continue  # people are read by _people; a news outlet or a place the parser took for a person is read here
        if (
            ent.label_ in ("ORG", "GPE", "NORP")
            and len(ent) <= 3
            and all(t.is_title and t.is_alpha for t in ent)
            and r._appositive(p.doc, ent.end, p.titleish_at, p.kb_at, p.country_of, p.owner_of, p._igo) is not None
        ):
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": a person the parser took for a place
            # or a body (its given name left out), named with the office an appositive gives (h17appos)
            start = ent.start
            before = p.doc[start - 1] if start > 0 else None
            if (
                before is not None
                and not before.ent_type_
                and before.is_title
                and before.is_alpha
                and not before.is_stop
                and before.lower_ not in r.roles.titles
                and p.free(start - 1, start)
            ):
                start -= 1
            _person(p, start, ent.end, None)
            continue
        last = ent[-1].text
        if len(ent) > 1 and last in p.surnames and all(t.text.isupper() or t.lower_ in r.roles.titles for t in ent[:-1]):
            # "SBO Reyes" tagged as one organisation: a title's acronym and the surname of someone named before
            p.take(ent.start, ent.end)
            p.out.append(p.as_before(ent.end - 1, ent.end, p.surnames[last]))
            continue
        text = ent.text
        if text.casefold() == p.outlet or not any(ch.isupper() for ch in text) or len(text) < 2:
            continue
        if (
            (ent.label_ in ("ORG", "PERSON", "NORP") or len(text.split()) > 1)
            and (prior := _named_before(p, text)) is not None
            and not _other_given_name(p, ent[0], prior)
        ):
            # a person named before, told again as a name the parser took for a body ("al-Quaety" ORG) (h46again)
            p.take(ent.start, ent.end)
            p.out.append(p.as_before(ent.start, ent.end, prior))
            continue
        known = r._by_surname(text, date, leaders=ent.label_ not in ("GPE", "LOC", "FAC")) if len(ent) == 1 else None
        if known is None and len(ent) > 1 and r.kb.listed is not None and ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
            # a listed office holder the parser took for an organisation ("Kassym-Jomart Tokayev")
            holders = r.kb.listed.find(text)
            if not holders and len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent):
                holders = r.kb.listed.find_variant(text)  # "Naftali Bennet": another spelling of a listed name
            found = r._best([(a, "name") for a in holders], date)
            known = found[0] if found else None
        p.take(ent.start, ent.end)
        if known is None and (glued := _glued_acronym(p, text)) is not None:
            # "the Eurasian Economic Union(EAEU)": a known name glued to its bracketed acronym, one token to the parser
            actor = glued
            p.add(
                ent.start,
                ent.end,
                actor_id=actor.id,
                name=actor.name,
                country=actor.country,
                sector=actor.sector,
                role=None,
                how="kb",
                kind=actor.kind,
            )
            continue
        if known is not None:
            roles, _ = known.roles_on(date)
            p.add(
                ent.start,
                ent.end,
                actor_id=known.id,
                name=known.name,
                country=(roles[0].country if roles else known.country),
                sector=(roles[0].sector if roles else known.sector),
                role=" and ".join(dict.fromkeys(x.title for x in roles)) or None,
                confidence=CONF["context"],
                how="kb",
                kind="person",
            )
        elif (outlet := _media_outlet(p, ent)) is not None:
            # "according to The Times", "told Xinhua": a news outlet of the registry, media of its country
            p.add(
                ent.start,
                ent.end,
                actor_id=f"{outlet[1]}.MED.{slug(outlet[0])}",
                name=outlet[0],
                country=outlet[1],
                sector="MED",
                role="news outlet",
                how="role-pattern",
                kind="org",
            )
        elif ent.label_ == "ORG" and len(ent) > 1 and p.doc[ent.end - 1].text in r.roles.company_suffixes:
            # "... Holdings", "... Ltd": a company, home country unknown
            p.out.append(p.unexplained(ent.start, ent.end, text, "BUS", "business"))
        elif (place := _listed_place(p, ent)) is not None:
            # "shelled Kharkiv", "talks in Karachi": a place of one country (data/places.csv) stands for that country
            iso, country = place
            p.add(
                ent.start,
                ent.end,
                actor_id=f"{iso}.place.{slug(text)}",
                name=text,
                country=iso,
                sector=None,
                role=f"place in {country.name if country else iso}",
                how="kb",
                kind="region",
            )
        elif ent.label_ == "ORG" and text in (r.rules.get("bare_chambers") or ()):
            # "the House subpoenaed ...": a legislature's chamber named alone, of the article's country (_context_groups)
            p.add(ent.start, ent.end, actor_id="UNK.LEG", name=text, country=None, sector="LEG", role=text.lower(),
                  how="role-pattern", kind="collective")  # fmt: skip
        elif _party_modifier(p, ent):
            continue  # "the city's Democratic mayor X", "Democratic leadership": the side is the noun it modifies
        elif (home := _people_of_country(p, ent)) is not None:
            state = r.kb.actors.get(home)
            p.add(ent.start, ent.end, actor_id=f"{home}.CVL.{slug(text)}",
                  name=f"{text} of {state.name if state else home}", country=home, sector="CVL", role="people",
                  how="role-pattern", kind="collective")  # fmt: skip
        else:
            p.out.append(p.unexplained(ent.start, ent.end, text, None, ent.label_.lower()))


def _people_of_country(p: _Paragraph, ent) -> str | None:
    """ "Iraqi Kurds", "Lebanese Christians", "Afghan Shiites": a people the parser names (NORP) that no country
    explains, qualified by the country word right before it, are that country's people (a people inside a country
    takes its code, as "ethnic Russians in Ukraine"; the PLOVER records code "Iraqi Kurds" IRQ); the country's code,
    else None. Only a plural head: "Iraqi Kurdish leaders" is read by the noun it modifies (h27people)."""
    if ent.label_ != "NORP" or ent.start == 0:
        return None
    return _qualifying_country(p, ent.start, ent.end)


def _qualifying_country(p: _Paragraph, start: int, end: int) -> str | None:
    """The country of the word right before tokens ``start:end`` (a plural proper noun, their head) when that word is
    a country's name or adjective modifying them; else None."""
    last = p.doc[end - 1]
    if not last.text.endswith("s") or last.tag_ not in ("NNPS", "NNS") or not last.text[:1].isupper():
        return None
    hit = p.kb_at.get(start - 1)
    if hit is None or hit.end != start or hit.kind != "kb":
        return None
    word = p.doc[start - 1]
    if word.head.i < start or word.head.i >= end or word.dep_ not in ("amod", "compound", "nmod"):
        return None
    best = p.best(hit.key)
    return best[0].id if best is not None and best[0].kind == "country" else None


def _peoples_in_names(p: _Paragraph) -> None:
    """ "Syrian Kurds" tagged as one name: the parser's name starts with the country word the knowledge base took, so
    the people's word is left over; it is that country's people (``_people_of_country``; h27people)."""
    for ent in p.doc.ents:
        if ent.label_ != "NORP" or len(ent) != 2 or not p.free(ent.start + 1, ent.end):
            continue
        home = _qualifying_country(p, ent.start + 1, ent.end)
        if home is None:
            continue
        state = p.r.kb.actors.get(home)
        text = ent[1:].text
        p.take(ent.start + 1, ent.end)
        p.add(ent.start + 1, ent.end, actor_id=f"{home}.CVL.{slug(text)}",
              name=f"{text} of {state.name if state else home}", country=home, sector="CVL", role="people",
              how="role-pattern", kind="collective")  # fmt: skip


def _party_modifier(p: _Paragraph, ent) -> bool:
    """An unexplained one-word NORP adjective ("Democratic", "Republican") modifying a title, a collective noun or a
    person's name: a description of that side, not a side of its own. Eighth session (h14domestic9)."""
    if ent.label_ != "NORP" or len(ent) != 1 or ent.root.dep_ not in ("amod", "compound"):
        return False
    head = ent.root.head
    if head.i == ent.root.i:
        return False
    worded = any(h.start <= head.i < h.end for h in p.word_hits)
    return worded or head.ent_type_ == "PERSON"


def _listed_place(p: _Paragraph, ent) -> tuple[str, Actor | None] | None:
    """The country of a place the parser tags as one (GPE, LOC, FAC) that ``data/places.csv`` lists for one country
    (``context_rules.yaml``, ``listed_places``); None for the cities where international bodies meet."""
    rule = p.r.rules.get("listed_places") or {}
    tagged = ent.label_ in (rule.get("labels") or ())
    positioned = _named_as_place(p, ent, rule)
    if not tagged and not positioned:
        return None
    text = ent.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
    iso = _place_iso(p, text)
    if iso is None:
        return None
    if text.casefold() in geonames_only_places():
        if not positioned and not p.r._names_country(iso):
            return None  # a town of GeoNames alone, tagged a place in an article that never names its country ("in
            # Cornwall last month", the G7 summit: not the Canadian town): the tag is not enough (h19places)
        after = p.doc[ent.end : ent.end + 2]
        if ent.root.dep_ == "ROOT" or (len(after) == 2 and after[0].text == "-" and after[1].is_title):
            return None  # "Aloha." as a sentence, "Mariano-Florentino Cuéllar": a word or a name, no town
    return iso, p.r.kb.actors.get(iso)


def _place_iso(p: _Paragraph, text: str) -> str | None:
    """The one country ``data/places.csv`` lists a place name for; None for names it does not hold and for the cities
    where international bodies meet (``listed_places.not``), which stand for no host country."""
    if text in ((p.r.rules.get("listed_places") or {}).get("not") or ()):
        return None
    return load_places().get(text.casefold())


def _named_as_place(p: _Paragraph, ent, rule: dict) -> bool:
    """A name the parser tags as something else, introduced as a place ("near the town of Samarra", "the city of
    Basra"): ``listed_places``'s ``introduced_by`` nouns, then "of"."""
    doc, k = p.doc, ent.start
    if k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in (rule.get("introduced_by") or ()):
        return True
    if ent.label_ not in (rule.get("place_labels") or ()):
        return False
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "shelled Kharkiv, Mariupol and Kherson"
        if root.head.ent_type_ in ("GPE", "LOC"):
            return True
        root = root.head
    if root.dep_ == "dobj":  # "shelled Kharkiv", "visited Mariupol"
        return root.head.lemma_.lower() in (rule.get("place_object_verbs") or ())
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in (rule.get("place_preps") or ()):
        return True  # "fighting in Mariupol" (h19places)
    return prep.lower_ in ("of", "on") and prep.head.lower_ in (rule.get("place_of_heads") or ())


def _media_outlet(p: _Paragraph, ent):
    """The outlet registry's entry for a named news outlet (``context_rules.yaml``, ``media_outlets``), else None."""
    rule = p.r.rules.get("media_outlets") or {}
    if not rule or ent.label_ not in rule.get("labels", ()):
        return None
    key = outlet_key(ent.text.removesuffix("'s").removesuffix("’s"))
    found = load_outlet_names().get(key)
    if found is None or len(key) < 3 or key in rule.get("skip", ()):
        return None
    if found is None or not found[1] or found[2] == "government" or key == outlet_key(p.outlet or ""):
        return None
    if outlet_key(found[0]) == outlet_key(p.outlet or ""):
        return None  # the article's own outlet is never a party to what it reports
    return found


def _glued_acronym(p: _Paragraph, text: str) -> Actor | None:
    """An organisation, institution or country whose name and bracketed acronym are written without a space between
    them ("Eurasian Economic Union(EAEU", "African Union(AU)"): the knowledge-base reading of either part, when both
    parts that are known read the same."""
    if "(" not in text:
        return None
    found = []
    for part in text.replace(")", "").split("("):
        part = part.strip()
        for lead in ("the ", "The "):
            part = part.removeprefix(lead)
        if len(part) >= 2 and (best := p.best(part)) is not None and best[0].kind in ("igo", "org", "institution", "country"):
            found.append(best[0])
    return found[0] if found and all(a.id == found[0].id for a in found) else None
