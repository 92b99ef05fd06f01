"""The model's attribute ruler and rule lemmatizer, with the same output at a fraction of the cost.

In ``en_core_web_sm`` these two components take about a quarter of the pipeline's time (more than
the parser): the ruler runs a Matcher with ~180 patterns over every token, the lemmatizer works
token by token in Python. Nearly all ruler patterns look at one token only (its lower-case text,
tag, dependency label, whether it is space), so their outcome is worked out once per such key and
remembered. The few patterns over two tokens still go through a Matcher holding only those, run
only where such a pattern can start. Matches are applied in the ruler's own order (a later rule wins), with the
ruler's own attribute setter, so the tokens end up exactly as the stock components leave them;
lemmas are remembered per (text, POS, morphology), the stock lemmatizer's own cache key.
``tests/test_nlp_fast.py`` checks the equality token by token.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.language import Language

from . import proven_spacy

log = logging.getLogger(__name__)
FACTORY = "attache_fast_attributes"
LOCAL_KEYS = {"LOWER", "TAG", "IS_SPACE", "DEP"}
MEMO_LIMIT = 500_000  # remembered keys per table; past it the tables start again (a long-lived worker stays bounded)


def _value_ok(spec: Any, value: Any) -> bool:
    if isinstance(spec, dict):
        for op, arg in spec.items():
            if op == "IN" and value not in arg:
                return False
            if op == "NOT_IN" and value in arg:
                return False
            if op == "REGEX" and not re.search(arg, value if isinstance(value, str) else str(value)):
                return False
            if op not in ("IN", "NOT_IN", "REGEX"):
                raise ValueError(op)
        return True
    return spec == value


def _matches(pattern: dict, values: dict[str, Any]) -> bool:
    """Does a one-token pattern match a token with these attribute values?"""
    return all(_value_ok(spec, values[k]) for k, spec in pattern.items())


def _token_ok(pattern: dict) -> bool:
    """A token pattern this module can test itself."""
    return set(pattern) <= LOCAL_KEYS and all(
        not isinstance(v, dict) or set(v) <= {"IN", "NOT_IN", "REGEX"} for v in pattern.values()
    )


def _is_local(pattern: list[dict]) -> bool:
    return len(pattern) == 1 and _token_ok(pattern[0])


Filing = tuple[dict[str, list[int]], dict[str, list[int]], list[int]]


def _file(patterns: list[dict]) -> Filing:
    """Token patterns (by position) filed under the lower-case text they need, else the tag they need, else
    with the ones that need neither."""
    by_lower: dict[str, list[int]] = {}
    by_tag: dict[str, list[int]] = {}
    general: list[int] = []
    for n, pat in enumerate(patterns):
        for field, index in (("LOWER", by_lower), ("TAG", by_tag)):
            spec = pat.get(field)
            if isinstance(spec, str):
                index.setdefault(spec, []).append(n)
                break
            if isinstance(spec, dict) and set(spec) == {"IN"}:
                for value in spec["IN"]:
                    index.setdefault(value, []).append(n)
                break
        else:
            general.append(n)
    return by_lower, by_tag, general


def _candidates(filing: Filing, values: dict[str, Any]) -> set[int]:
    """The patterns that may match a token with these values: every other one needs another text or tag."""
    by_lower, by_tag, general = filing
    return {*by_lower.get(values["LOWER"], ()), *by_tag.get(values["TAG"], ()), *general}


def _quick_lemmatize(lemmatizer) -> Callable:
    """The rule lemmatizer's own ``rule_lemmatize``, on a copy whose word index holds sets: the stock index
    is a list per part of speech (57,528 nouns) that each new word is looked up in, one string at a time.
    Only membership is asked of it, so every answer is the same."""
    from spacy.lookups import Lookups

    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lookups"):
        return lemmatizer.lemmatize
    quick = copy.copy(lemmatizer)
    quick.cache = {}
    quick.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = quick.lookups.add_table(name)
            for key, words in lemmatizer.lookups.get_table(name).items():  # keys are string hashes already
                table[key] = frozenset(words) if isinstance(words, list) else words
        else:
            quick.lookups.set_table(name, table)
    return quick.rule_lemmatize


class FastAttributes:
    """Stands in for the ``attribute_ruler`` and ``lemmatizer`` components of a loaded pipeline."""

    COLUMNS = (TAG, POS, MORPH, LEMMA)  # the attributes set from arrays, in this order

    def __init__(self, ruler, lemmatizer) -> None:
        from spacy.matcher import Matcher

        if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs") or not hasattr(lemmatizer, "lemmatize"):
            raise ValueError("not a stock attribute ruler and rule lemmatizer")
        self.warned = False
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.local: list[tuple[int, dict]] = []  # (rule id, token pattern)
        self.context = Matcher(ruler.vocab)  # rules over several tokens
        self.context_starts: list[dict] = []  # the first token of each: the Matcher runs only where one stands
        self.context_len = 1
        for attr_id in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(attr_id))
            for pattern in patterns:
                if _is_local(pattern):
                    self.local.append((attr_id, pattern[0]))
                else:
                    if not _token_ok(pattern[0]) or any(t.get("OP") for t in pattern):
                        raise ValueError(f"pattern not handled: {pattern}")
                    self.context.add(str(attr_id), [pattern])
                    self.context_starts.append(pattern[0])
                    self.context_len = max(self.context_len, len(pattern))
        # each one-token rule (and each first token of a longer rule) filed under the lower-case text or tag it
        # needs, when it needs one: a new key is tested against the rules filed under its text and tag and the
        # few that need neither
        self._filed_local = _file([pat for _, pat in self.local])
        self._filed_starts = _file(self.context_starts)
        self._starts: dict[tuple, bool] = {}
        self._rules: dict[tuple, tuple[int, ...]] = {}
        self._final: dict[tuple, dict[int, int] | None] = {}
        self._plans: dict[tuple, tuple[bool, tuple[tuple[int, int], ...] | None]] = {}
        self._lemmas: dict[tuple, int] = {}
        self._lemmatize = _quick_lemmatize(lemmatizer)
        for attrs in ruler.attrs:  # the morphology strings the rules set are known to the vocab's morphology
            if MORPH in attrs:
                ruler.vocab.morphology.add(ruler.vocab.strings[attrs[MORPH]])

    def _values(self, key: tuple) -> dict[str, Any]:
        strings = self.ruler.vocab.strings
        return {
            "LOWER": strings[key[0]],
            "TAG": strings[key[1]] if key[1] else "",
            "IS_SPACE": bool(key[2]),
            "DEP": strings[key[3]] if key[3] else "",
        }

    def _local_rules(self, key: tuple) -> tuple[int, ...]:
        """The one-token rules that match a token with this (lower, tag, is_space, dep)."""
        rules = self._rules.get(key)
        if rules is None:
            values = self._values(key)
            candidates = _candidates(self._filed_local, values)
            rules = tuple(sorted({self.local[n][0] for n in candidates if _matches(self.local[n][1], values)}))
            self._rules[key] = rules
        return rules

    def _may_start(self, key: tuple) -> bool:
        found = self._starts.get(key)
        if found is None:
            values = self._values(key)
            starts = self.context_starts
            found = self._starts[key] = any(_matches(starts[n], values) for n in _candidates(self._filed_starts, values))
        return found

    def _folded(self, key: tuple) -> dict[int, int] | None:
        """The attributes the one-token rules leave on a token with this key (a later rule wins);
        None when a rule sets something other than tag, POS, morphology or lemma (done one by one)."""
        if key in self._final:
            return self._final[key]
        folded: dict[int, int] = {}
        for attr_id in self._local_rules(key):
            folded.update(self.ruler.attrs[attr_id])
        out = folded if set(folded) <= set(self.COLUMNS) else None
        self._final[key] = out
        return out

    def _plan(self, key: tuple) -> tuple[bool, tuple[tuple[int, int], ...] | None]:
        """What a token with this key needs, worked out once: may a rule over several tokens start at it,
        and the (column, value) pairs its one-token rules leave (None: applied one by one)."""
        plan = self._plans.get(key)
        if plan is None:
            folded = self._folded(key)
            columns = self.COLUMNS
            pairs = None if folded is None else tuple((columns.index(attr), value) for attr, value in folded.items())
            plan = self._plans[key] = (bool(self.context_starts) and self._may_start(key), pairs)
        return plan

    def __call__(self, doc):
        try:
            return self._fast(doc)
        except Exception as exc:  # noqa: BLE001 - a case not foreseen here: said once, then the stock components,
            # which give the same result the slow way (for this document; the next one tries the fast path again)
            if not self.warned:
                self.warned = True
                log.warning(
                    "%s: the fast path failed (%s: %s); the stock attribute_ruler and lemmatizer annotate "
                    "the documents it cannot (this warning is given once)",
                    FACTORY,
                    type(exc).__name__,
                    exc,
                )
            return self.lemmatizer(self.ruler(doc))

    def _fast(self, doc):
        import numpy as np

        if len(self._rules) > MEMO_LIMIT or len(self._lemmas) > MEMO_LIMIT or len(self._starts) > MEMO_LIMIT:
            for memo in (self._rules, self._final, self._starts, self._plans, self._lemmas):
                memo.clear()
        from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH

        n = len(doc)
        if n == 0:
            return doc
        ruler, vocab = self.ruler, doc.vocab
        keys = [tuple(row) for row in doc.to_array([LOWER, TAG, IS_SPACE, DEP]).tolist()]
        known, plan_of = self._plans, self._plan
        plans = [known.get(key) or plan_of(key) for key in keys]
        # tokens a rule over several tokens touches get every rule applied one by one, in order
        special: dict[int, dict[int, tuple[int, int]]] = {}  # token -> {rule id: the span of its match}
        if self.context_starts:
            for k, plan in enumerate(plans):
                if not plan[0]:
                    continue
                # the Matcher only over the few tokens a match starting here can cover
                for m_id, start, end in self.context(doc[k : k + self.context_len], allow_missing=True, as_spans=False):
                    if start != 0:
                        continue
                    attr_id = int(vocab.strings[m_id])
                    target = range(k + start, k + end)[ruler.indices[attr_id]]
                    special.setdefault(target, {})[attr_id] = (k + start, k + end)
        cols = list(self.COLUMNS)
        values = doc.to_array(cols)
        for i, (_, pairs) in enumerate(plans):
            if i in special:
                continue
            if pairs is None:
                special[i] = {}
                continue
            for col, value in pairs:
                values[i, col] = value
        doc.from_array(cols, values)
        # the ruler's own setter (its public set_annotations), rule by rule in the ruler's order (a later rule wins)
        matches = []
        for i, context_rules in special.items():
            spans = {**{attr_id: (i, i + 1) for attr_id in self._local_rules(keys[i])}, **context_rules}
            matches += [(attr_id, str(attr_id), *spans[attr_id]) for attr_id in sorted(spans)]
        ruler.set_annotations(doc, matches)
        # lemmas the rules did not set: the lemmatizer's answer, remembered per (text, POS, morphology)
        state = doc.to_array([ORTH, POS, MORPH, LEMMA])
        memo, lemmatize = self._lemmas, self._lemmatize
        lemmas = state[:, 3].copy()
        for i in np.flatnonzero(lemmas == 0).tolist():
            key = (int(state[i, 0]), int(state[i, 1]), int(state[i, 2]))
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = vocab.strings.add(lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory(
    FACTORY,
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma"],
    default_config={"ruler": "attribute_ruler", "lemmatizer": "lemmatizer"},
)
def make_fast_attributes(nlp: Language, name: str, ruler: str, lemmatizer: str) -> FastAttributes:
    """The remembering stand-in for the pipeline's components ``ruler`` and ``lemmatizer`` (which stay, disabled)."""
    return FastAttributes(nlp.get_pipe(ruler), nlp.get_pipe(lemmatizer))


def install(nlp) -> bool:
    """Run one FastAttributes in place of the stock attribute ruler and lemmatizer of ``nlp`` (kept, disabled).
    False, and the pipeline left as it was, when the two are not the stock kind."""
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", False):
        return False
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    if not proven_spacy(FACTORY):
        return False
    try:
        FastAttributes(nlp.get_pipe("attribute_ruler"), lemmatizer)
    except ValueError as exc:  # a pattern of a kind not understood here: keep the stock components
        log.warning("%s not used (%s): the stock attribute_ruler and lemmatizer run", FACTORY, exc)
        return False
    nlp.add_pipe(FACTORY, after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
