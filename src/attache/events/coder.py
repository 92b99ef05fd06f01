"""The event coder: triggers, arguments, coding, factuality, date, domain.

Reads the one spaCy pass (``nlp.Parsed``) and the actor mentions already
resolved for the article; never re-parses. For each sentence:

1. triggers: verbs and nouns from ``data/triggers.yaml`` by lemma, and verb +
   object pairs ("slapped a tariff", "held talks"), which decide over the
   words alone;
2. arguments from the syntax: subject, object, "with"/"on"/"against"/"to"
   phrases, possessives ("Pakistan's arrest of ..."), passive agents; a
   subject of two ("Rubio and Dar's pledge") makes a symmetric event between them;
3. coding through the ontology (CAMEO code, root, QuadClass, Goldstein);
4. factuality, date and domain;
5. one record per event: the same event told twice in an article is merged,
   keeping both sentences as evidence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..model import Event, Mention, Party
from ..nlp import Parsed
from .dates import event_date as own_date
from .dates import fill_dates
from .factuality import cues, factuality
from .lexicon import lexicon
from .ontology import coding, coding_for_cameo
from .verbdict import VerbDictionary, VerbMatch

ARG_PREPS = ("with", "to", "on", "against", "from", "for", "at", "into", "toward", "towards", "of")
VERB_PREPS = ("with", "to", "on", "against", "from", "for", "at", "into", "toward", "towards")
LIGHT_VERBS = {"hold", "have", "express", "voice", "convey", "extend", "make", "give", "conduct", "launch", "carry", "reach", "sign", "take", "announce", "offer"}
# verbs that mean an event only with the right complement (handled by verb_object rules or extra checks)
WEAK_VERBS = {"provide", "send", "deliver", "supply", "grant", "head", "travel", "back", "share", "return", "free",
              "step", "press", "seek", "cut", "halt", "fire", "station", "mass", "block", "pull", "receive", "support",
              "call", "speak", "commit", "accept", "approve", "sign", "ease", "lift", "mark", "strike", "beat"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
PATIENT_POSS = {"COERCE": True, "ASSAULT": True, "SANCTION": True, "RETREAT": True}
# nouns whose "of" phrase names the doer: "the visit of a U.S. delegation" (not "the arrest of X")
OF_AGENT_NOUNS = {"visit", "trip", "tour", "call", "pledge", "support", "withdrawal", "resignation", "praise", "protest",
                  "demand", "appeal", "request", "threat", "warning", "criticism", "attack", "offensive", "invasion"}
# verbs the small parser often tags as plural nouns at the head of a sentence ("A U.S. delegation heads to ...")
NOUN_VERBS = {"heads", "visits", "travels", "calls", "meets", "talks", "arrests", "warns", "plans"}
MAX_SENT_TOKENS = 300
MAX_SIDES = 4  # at most 4 x 4 events from one trigger with listed sides  # longer "sentences" (tables, lists) are cut: bounded time per sentence


class EventCoder:
    """Codes events from the lexicon; with ``verbs`` (a PETRARCH verb-pattern dictionary), verbs the
    dictionary knows are coded as it says, and a verb it knows but codes nothing for yields no event."""

    def __init__(self, verbs: VerbDictionary | None = None) -> None:
        self.verbs = verbs
        self.lex = lexicon()
        self.domain_words = {d: tuple(w.lower() for w in words) for d, words in cues()["domains"].items()}

    # -- public -------------------------------------------------------------------
    def code(self, parsed: Parsed, mentions: Sequence[Mention], date: str | None) -> list[Event]:
        article = parsed.article
        events: list[Event] = []
        previous: list[Mention] = []  # actors of the last sentences, for nominal events without an agent
        for seg in parsed.segments:
            by_token = self._mention_index(seg, mentions)
            for sent in seg.doc.sents:
                if len(sent) > MAX_SENT_TOKENS:
                    sent = sent.doc[sent.start : sent.start + MAX_SENT_TOKENS]
                events.extend(self._sentence(seg, sent, by_token, article.id, date, previous))
                here = [by_token[t.i] for t in sent if t.i in by_token]
                if here:
                    previous = (previous + [m for m in here if m.country])[-6:]
        return self._merge(fill_dates(events, date))

    # -- helpers ------------------------------------------------------------------
    @staticmethod
    def _mention_index(seg, mentions: Sequence[Mention]) -> dict[int, Mention]:
        index: dict[int, Mention] = {}
        doc = seg.doc
        end = seg.start + len(doc.text)
        for m in mentions:
            if m.start < seg.start or m.end > end:
                continue
            span = doc.char_span(m.start - seg.start, m.end - seg.start, alignment_mode="expand")
            if span is not None:
                for t in span:
                    index[t.i] = m
        return index

    def _trigger(self, tok) -> tuple[str, str | None, object | None] | None:
        """(type, mode, object token) when ``tok`` triggers an event."""
        lemma = tok.lemma_.lower()
        if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.lower_ in NOUN_VERBS and any(c.dep_ == "prep" for c in tok.children):
            lemma = tok.lower_[:-1]
            entry = self.lex.verbs.get(lemma)
            return (entry[0], entry[1], "root-noun") if entry else None
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass")]
            objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            prt = {c.lower_ for c in tok.children if c.dep_ == "prt"}
            for rule in self.lex.verb_object:
                if lemma in rule["verbs"]:
                    if rule.get("particle") and rule["particle"] in prt:
                        return rule["type"], rule.get("mode"), None
                    if rule.get("preps") and any(c.dep_ == "prep" and c.lower_ in rule["preps"] for c in tok.children):
                        return rule["type"], rule.get("mode"), "weak"
                    if rule.get("invert") and any(o.lemma_.lower() in rule["objects"] for o in objs):
                        return rule["type"], rule.get("mode"), "inverted"
                    for o in objs:
                        if o.lemma_.lower() in rule["objects"]:
                            mode = rule.get("mode")
                            if rule["type"] == "CONSULT" and any(c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone")
                                                                 for c in o.children):
                                mode = "PHONE"  # "had a telephone conversation"
                            return rule["type"], mode, o
            if lemma in self.lex.verbs:
                ptype, mode = self.lex.verbs[lemma]
                if lemma in WEAK_VERBS:
                    # these mean an event only with the right complement, and both sides named
                    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
                    if lemma in ("head", "travel") and "to" not in preps:
                        return None
                    if lemma == "call":
                        if preps & {"on", "for"}:
                            return "REQUEST", None, None
                        if not any(c.dep_ == "dobj" for c in tok.children):
                            return None
                    elif lemma == "speak" and not preps & {"with", "to"}:
                        return None
                    elif not preps and not any(c.dep_ == "dobj" for c in tok.children):
                        return None
                    return ptype, mode, "weak"
                return ptype, mode, None
            return None
        if tok.pos_ in ("NOUN", "PROPN") and lemma in self.lex.nouns:
            # a noun that is only the object of a verb trigger is coded with that verb
            if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() not in LIGHT_VERBS and tok.head.lemma_.lower() in self.lex.verbs:
                return None
            ptype, mode = self.lex.nouns[lemma]
            by_phone = any(c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone") for c in tok.children)
            if ptype == "CONSULT" and by_phone:
                mode = "PHONE"  # "a telephone conversation", "phone talks"
            elif lemma == "call" and not by_phone:
                mode = None  # "the call" alone may be any kind of call
            return ptype, mode, None
        return None

    @staticmethod
    def _actor_token(tok, by_token: dict[int, Mention]):
        """The token of the actor that ``tok``'s noun phrase names, or None."""
        if tok.i in by_token:
            return tok
        # the noun phrase's own words only, not clauses hanging from it
        for t in tok.subtree:
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp") or (t.dep_ == "prep" and t.head.i == tok.i and t.lower_ not in ("of",)):
                continue
            if t.i in by_token and t.head.i != tok.i or (t.i in by_token and t.dep_ in ("poss", "compound", "amod", "nmod", "pobj")):
                return t
        return None

    def _actor_at(self, tok, by_token: dict[int, Mention]) -> Mention | None:
        found = self._actor_token(tok, by_token)
        return by_token[found.i] if found is not None else None

    def _with_conjuncts(self, tok, by_token) -> list[Mention]:
        """The actors of a noun phrase and of those coordinated with it, also when the list sits
        deeper in the phrase ("the resumption of ties with Mordor, Rohan and Bree")."""
        found: list[Mention] = []
        for t in [tok] + [c for c in tok.conjuncts]:
            at = self._actor_token(t, by_token)
            if at is None:
                continue
            for u in [at] + ([c for c in at.conjuncts] if at.i != t.i else []):
                m = by_token.get(u.i) if u.i != at.i else by_token[at.i]
                if m is None:
                    m = self._actor_at(u, by_token)
                if m is not None and m not in found:
                    found.append(m)
        return found

    def _pobj_actors(self, prep, by_token) -> list[Mention]:
        """The actors of a preposition's object: "with Gondor", "on Pakistani exports"."""
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return self._with_conjuncts(pobj, by_token) if pobj is not None else []

    def _arguments(self, trig, obj, by_token) -> tuple[list[Mention], list[Mention]]:
        sources: list[Mention] = []
        targets: list[Mention] = []
        if obj == "root-noun":
            for c in trig.children:
                if c.dep_ in ("compound", "nsubj", "amod") :
                    sources += self._with_conjuncts(c, by_token)
                elif c.dep_ == "prep" and c.lower_ in ARG_PREPS:
                    targets += self._pobj_actors(c, by_token)
            return sources, targets
        if trig.pos_ in ("NOUN", "PROPN") and not (trig.tag_.startswith("VB")):
            for c in trig.children:
                if c.dep_ == "poss":
                    found = self._with_conjuncts(c, by_token)
                    has_of = any(x.dep_ == "prep" and x.lower_ == "of" for x in trig.children)
                    if PATIENT_POSS.get(self.lex.nouns.get(trig.lemma_.lower(), ("",))[0]) and not has_of and all(m.kind == "person" for m in found):
                        targets += found  # "Sharifullah's arrest": the person arrested
                    else:
                        sources += found
                elif c.dep_ in ("compound", "amod", "nmod") and c.i in by_token:
                    sources += self._with_conjuncts(c, by_token)
                elif c.dep_ == "prep":
                    found = self._pobj_actors(c, by_token)
                    if c.lower_ == "by" or (c.lower_ == "of" and trig.lemma_.lower() in OF_AGENT_NOUNS):
                        sources += found
                    elif c.lower_ in ARG_PREPS:
                        targets += found
            head = trig.head
            if not sources and trig.dep_ in ("dobj", "obj") and head.lemma_.lower() in LIGHT_VERBS:
                for c in head.children:
                    if c.dep_ in ("nsubj",):
                        sources += self._with_conjuncts(c, by_token)
                    elif c.dep_ == "prep" and not targets and c.lower_ in ARG_PREPS:
                        targets += self._pobj_actors(c, by_token)
            if not sources and trig.dep_ == "nsubj":
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                        sources += self._pobj_actors(c, by_token)
            if not sources and trig.dep_ == "pobj":
                # "gratitude for Pakistan's arrest" / "a call between Dar and Rubio"
                gov = trig.head.head
                if trig.head.lower_ == "between":
                    sources += self._with_conjuncts(trig, by_token)
                elif gov.i in by_token:
                    sources.append(by_token[gov.i])
            for c in trig.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    sources += self._pobj_actors(c, by_token)
            return sources, targets
        # verbs
        subj_tok = next((c for c in trig.children if c.dep_ in ("nsubj", "csubj")), None)
        verb = trig
        while subj_tok is None and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
            verb = verb.head
            subj_tok = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj_tok is None:  # the small parser sometimes hangs the subject as a compound: "A U.S. delegation heads to"
            subj_tok = next((c for c in trig.children if c.dep_ == "compound" and c.i < trig.i), None)
        if subj_tok is None and trig.dep_ in ("acl", "relcl") and trig.head.i in by_token:
            sources.append(by_token[trig.head.i])
        if subj_tok is not None:
            sources += self._with_conjuncts(subj_tok, by_token)
        for c in trig.children:
            if c.dep_ == "nsubjpass":
                targets += self._with_conjuncts(c, by_token)
            elif c.dep_ == "agent":
                givers = self._pobj_actors(c, by_token)
                if givers:
                    sources = givers + [s for s in sources if s not in targets]
            elif c.dep_ in ("dobj", "obj", "dative", "attr"):
                targets += self._with_conjuncts(c, by_token)
                for g in c.children:  # "arrested X of Y", "slapped a tariff on Pakistani exports"
                    if g.dep_ == "prep" and g.lower_ in ("on", "against", "to", "of", "for", "with"):
                        targets += self._pobj_actors(g, by_token)
            elif c.dep_ == "prep" and c.lower_ in VERB_PREPS:
                targets += self._pobj_actors(c, by_token)
        return sources, targets

    @staticmethod
    def _party(m: Mention | None) -> Party | None:
        if m is None:
            return None
        return Party(actor_id=m.actor_id, name=m.name, country=m.country, sector=m.sector, start=m.start, end=m.end)

    def _domain(self, ptype: str, sentence_text: str, parties: list[Mention]) -> str:
        text = f" {sentence_text.lower()} "
        scores = {}
        for domain, words in self.domain_words.items():
            scores[domain] = sum(text.count(f" {w}") for w in words)
        if any(p.sector == "IGO" for p in parties):
            scores["multilateral"] = scores.get("multilateral", 0) + 2
        if ptype in ("ASSAULT", "MOBILIZE"):
            scores["military"] = scores.get("military", 0) + 1
        if ptype in ("SANCTION",):
            scores["trade"] = scores.get("trade", 0) + 1
        best = max(scores.items(), key=lambda kv: (kv[1], kv[0] == "security"))
        if best[1] > 0:
            return best[0]
        return "diplomacy" if ptype in ("CONSULT", "SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "CONCEDE") else "other"

    def _sentence(self, seg, sent, by_token, article_id: str, date: str | None, previous: list[Mention]) -> list[Event]:
        out: list[Event] = []
        used_objects: set[int] = set()
        for tok in sent:
            if tok.i in used_objects:
                continue
            hit: VerbMatch | None = None
            if self.verbs is not None and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")) and self.verbs.blocks_for(tok):
                hit = self.verbs.match(tok)
                if hit is None:
                    continue  # the dictionary knows this verb and codes nothing here
                found = (coding_for_cameo(hit.code or hit.reverse or "").plover_type, None, "weak")
            else:
                found = self._trigger(tok)
            if found is None:
                continue
            ptype, mode, obj = found
            if obj is not None and not isinstance(obj, str):
                used_objects.add(obj.i)
            sources, targets = self._arguments(tok, obj if obj not in ("weak", "inverted") else None, by_token)
            if obj == "inverted":
                # "Eriador received money from Osgiliath": the giver is in the "from" phrase
                givers = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                          for m in self._pobj_actors(c, by_token)]
                sources, targets = givers, sources
            if hit is not None and hit.swap:
                sources, targets = targets, sources  # the dictionary's pattern puts the target before the verb
            if obj is not None and not isinstance(obj, str) and ptype == "CONSULT" and obj.i in by_token and not sources:
                # "plans to send a Pakistani delegation to Washington": the delegation is the visitor
                visitor = by_token[obj.i]
                sources = [visitor]
                targets = [t for t in targets if t is not visitor]
            sources = [s for s in sources if s.actor_id]
            targets = [t for t in targets if t.actor_id and t not in sources]
            nominal = tok.pos_ in ("NOUN", "PROPN") and obj != "root-noun"
            if nominal and previous and (sources or targets) and not (sources and targets) and len(sources) < 2:
                # a nominal event missing one side ("gratitude for Pakistan's arrest", "the visit of a U.S.
                # delegation"): the latest actor of the sentences before, of another country
                known = sources + targets
                cand = [m for m in reversed(previous) if m.country and all(m.country != k.country for k in known)]
                if cand:
                    (targets if sources else sources).append(cand[0])
            symmetric = False
            if len(sources) >= 2 and not targets and ptype in SYMMETRIC:
                sources, targets, symmetric = sources[:1], sources[1:2], True  # "Rubio and Dar's pledge"
            elif not (sources and targets):
                continue
            elif ptype in SYMMETRIC and len(sources) >= 2:
                symmetric = True
            label, cue, attributed = factuality(tok, sent, date)
            if hit is not None and label == "negated" and any(sent.doc[i].text == cue for i in hit.words):
                label, cue = "asserted", None  # the pattern itself holds the negation and codes for it
            if label in ("demanded",) and ptype == "REQUEST":
                label, cue = "asserted", None
            # a time expression of the trigger's own clause; none: fill_dates decides after the article
            date_text, event_date, precision = own_date(tok, sent, date, future=(label == "planned"),
                                                        obj=obj if obj is not None and not isinstance(obj, str) else None)
            precision = precision or "unknown"
            c = coding_for_cameo(hit.code or hit.reverse or "") if hit is not None else coding(ptype, mode)
            start, end = seg.start + tok.idx, seg.start + tok.idx + len(tok.text)
            if obj is not None and not isinstance(obj, str):
                end = max(end, seg.start + obj.idx + len(obj.text))
            location = next((e.text for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC") and not (e.start <= tok.i < e.end)
                             and not any(e.start <= t.i < e.end for t in sent if t.i in by_token and by_token[t.i].kind == "country")), None)
            # one event per pair of sides: "Arnor and Gondor welcomed ... with Osgiliath" is two events
            pairs = [(s_, t_) for s_ in sources[:MAX_SIDES] for t_ in targets[:MAX_SIDES]] if not symmetric else [(sources[0], targets[0])]
            codings = [(src, tgt, c) for src, tgt in pairs]
            if hit is not None and hit.code is None:
                codings = [(tgt, src, c) for src, tgt in pairs]  # "[:173]": only the reverse event
            elif hit is not None and hit.reverse:
                back = coding_for_cameo(hit.reverse)  # "[032:033]": one event each way
                codings += [(tgt, src, back) for src, tgt in pairs]
            for src, tgt, c in codings:
                if src.actor_id == tgt.actor_id:
                    continue
                confidence = 0.7 - (0.1 if nominal else 0.0) - (0.05 if len(pairs) > 1 else 0.0)
                eid = hashlib.sha256(f"{article_id}:{start}:{c.plover_type}:{src.start}:{tgt.start}".encode()).hexdigest()[:16]
                out.append(Event(
                    id=eid, article_id=article_id, sentence_start=seg.start + sent.start_char, sentence_end=seg.start + sent.end_char,
                    trigger_start=start, trigger_end=end, trigger=seg.doc.text[start - seg.start : end - seg.start],
                    plover_type=c.plover_type, plover_mode=c.plover_mode, cameo_code=c.cameo_code, cameo_root=c.cameo_root,
                    quad_class=c.quad_class, intensity=c.intensity, source=self._party(src), target=self._party(tgt),
                    date=event_date, date_text=date_text, date_precision=precision, location=location,
                    domain=self._domain(c.plover_type, sent.text, [src, tgt]), factuality=label, factuality_cue=cue,
                    attributed_to=attributed, confidence=round(confidence, 2), symmetric=symmetric,
                ))
        return out

    @staticmethod
    def _merge(events: list[Event]) -> list[Event]:
        """The same event told twice in an article is one record with several evidence spans."""
        merged: dict[tuple, Event] = {}
        out = []
        for e in events:
            pair = (e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            key = (e.plover_type, tuple(sorted(pair, key=str)) if e.symmetric else pair,
                   e.factuality, e.date if e.date_precision == "day" else e.date_text)
            if e.source is None or e.target is None:
                out.append(e)
                continue
            if key in merged:
                first = merged[key]
                span = [e.sentence_start, e.sentence_end]
                if span != [first.sentence_start, first.sentence_end] and span not in first.evidence:
                    first.evidence.append(span)
                first.confidence = round(min(0.95, first.confidence + 0.05), 2)
                continue
            merged[key] = e
            out.append(e)
        return out
