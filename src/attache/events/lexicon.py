"""Trigger words for events (data files ``data/triggers.yaml``, ``data/triggers_phrases.yaml`` and
``data/triggers_general.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]
    verb_object: tuple[dict, ...]
    headline_only: dict[str, tuple[str, str | None]]
    particle_adverbs: frozenset[str] = frozenset()  # adverbs read as a verb's particle ("sent back", triggers_phrases.yaml)
    silence_verbs: frozenset[str] = frozenset()  # "declined to comment": no event (triggers_phrases.yaml ``silence``)
    silence_complements: frozenset[str] = frozenset()
    # trigger verbs read in their other sense (triggers_phrases.yaml ``senses``: labelling, verbal, not_acts)
    senses: dict = field(default_factory=dict)
    # nouns an event noun only qualifies as a modifier ("aid worker", "attack helicopter"): no event (``modifier_heads``)
    modifier_heads: frozenset[str] = frozenset()
    # an event noun with one of these compound modifiers names a document or a medium ("press release"): no event
    # (``document_modifiers``: noun -> modifiers)
    document_modifiers: dict[str, frozenset[str]] = field(default_factory=dict)
    # words inside an object that name what it is ("a state of emergency": the "of" phrase of "state"; "martial law":
    # the adjective of "law"), read by the verb + object rules (``object_inner``: head noun -> "amod" or prepositions)
    object_inner: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def rule_verbs(self) -> frozenset[str]:
        """Every verb of the verb + object rules (a verb outside them needs no rule walk)."""
        words = self.__dict__.get("_rule_verbs")
        if words is None:
            words = frozenset(v for rule in self.verb_object for v in rule["verbs"])
            object.__setattr__(self, "_rule_verbs", words)
        return words

    def rules_for(self, verb: str) -> tuple[dict, ...]:
        """The verb + object rules naming ``verb``, in the lexicon's order (the order decides which rule wins)."""
        index = self.__dict__.get("_rules_by_verb")
        if index is None:
            built: dict[str, list[dict]] = {}
            for rule in self.verb_object:
                for v in dict.fromkeys(rule["verbs"]):
                    built.setdefault(v, []).append(rule)
            index = {v: tuple(rules) for v, rules in built.items()}
            object.__setattr__(self, "_rules_by_verb", index)
        return index.get(verb, ())


@dataclass(frozen=True)
class GeneralLexicon:
    """The broad fallback lexicon: words the main lexicon does not hold, read by the event coder only (the
    PLOVER classifier's trigger votes stay those of ``triggers.yaml``)."""

    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]  # keys of two words ("hunger strike"): modifier + head noun
    adjectives: dict[str, tuple[str, str | None]]  # with a preposition naming the party ("critical of X")


def _entries(raw: dict | None) -> dict[str, tuple[str, str | None]]:
    return {str(k): (v[0], v[1]) for k, v in (raw or {}).items()}


def _read(name: str) -> dict:
    return yaml.safe_load(resources.files("attache.events").joinpath(f"data/{name}").read_text("utf-8")) or {}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = _read("triggers.yaml")
    phrases = _read("triggers_phrases.yaml")
    return Lexicon(
        verbs=_entries(raw["verbs"]),
        nouns=_entries(raw["nouns"]),
        # the multi-word rules of triggers_phrases.yaml after triggers.yaml's own (the first rule that holds decides)
        verb_object=tuple(raw["verb_object"]) + tuple(phrases.get("verb_object") or ()),
        headline_only=_entries(raw.get("headline_only")),
        particle_adverbs=frozenset(phrases.get("particle_adverbs") or ()),
        silence_verbs=frozenset((phrases.get("silence") or {}).get("verbs") or ()),
        silence_complements=frozenset((phrases.get("silence") or {}).get("complements") or ()),
        senses=_senses(phrases.get("senses")),
        modifier_heads=frozenset(phrases.get("modifier_heads") or ()),
        document_modifiers={k: frozenset(v) for k, v in (phrases.get("document_modifiers") or {}).items()},
        object_inner={str(k): frozenset(v) for k, v in (phrases.get("object_inner") or {}).items()},
    )


def _senses(raw: dict | None) -> dict:
    """The ``senses`` section with its word lists as sets (``not_acts`` rules keep their keys)."""
    raw = dict(raw or {})
    out: dict = {}
    for key in ("labelling", "verbal"):
        if raw.get(key):
            rule = dict(raw[key])
            for k in ("verbs", "objects", "as_not", "gerund_preps"):
                rule[k] = frozenset(rule.get(k) or ())
            out[key] = rule
    rules = []
    for r in raw.get("not_acts") or ():
        rules.append({k: (frozenset(v) if isinstance(v, list) else v) for k, v in r.items()})
    out["not_acts"] = tuple(rules)
    out["verbs"] = frozenset(v for r in (out.get("labelling"), out.get("verbal"), *rules) if r for v in r.get("verbs", ()))
    return out


@lru_cache(maxsize=1)
def general_lexicon() -> GeneralLexicon:
    raw = _read("triggers_general.yaml")
    main = lexicon()
    return GeneralLexicon(
        verbs={k: v for k, v in _entries(raw.get("verbs")).items() if k not in main.verbs},
        nouns={k: v for k, v in _entries(raw.get("nouns")).items() if k not in main.nouns},
        adjectives=_entries(raw.get("adjectives")),
    )
