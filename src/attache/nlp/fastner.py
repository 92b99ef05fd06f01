"""The model's entity recognizer, decoded in numpy with the same weights and the same decisions.

Profiling (``docs/benchmarks.md``) showed the stock ``ner`` component spending most of its time in
the loop that walks each document token by token: at every step it asks all 74 moves whether they
are valid, one C call at a time, and in the compiled spaCy here each of those calls pays for
exception checks that take the interpreter lock. The network itself is small.

The entity recognizer is a greedy BILUO tagger: every move consumes exactly one token, and the
state it reads is three tokens (spaCy's ``StateC.set_context_tokens`` for NER): the current one, and
while an entity is open its first token and the token before the current one (else padding rows).
So with no entity open, a token's move depends on the token alone: this module works it out for all
tokens of a batch at once, then for every token where that move opens an entity (B) it follows the
entity to its end, all such entities together, one step per token of the longest; a short walk
then chains the two (a token inside an entity is not met with no entity open). It keeps spaCy's
own parts for the heavy lifting (the recognizer's tok2vec and its precomputed feature layer,
``model.layers[0]`` and ``[1]``) and repeats, exactly:

- the features summed in spaCy's order (feature 0, 1, 2, then the bias), maxout over the pieces,
  the output layer with BLIS's ``sgemm`` (the kernel spaCy calls) and its bias;
- the validity rules of ``spacy/pipeline/_parser_internals/ner.pyx`` for documents without preset
  entities (B needs no open entity, a next token in the same sentence, no whitespace token; I and L
  need the open entity's label, I also a next token in the same sentence; U no open entity and no
  whitespace; O no open entity; ``U-`` without a label and missing values never), and the first
  best valid move, as ``arg_max_if_valid`` picks it.

A batch in which any token already carries entity annotation (an entity ruler before the
recognizer, say) goes to the stock component, whose preset-entity rules are not repeated here.
``tests/test_nlp_fast.py`` compares every token's entity with the stock pipeline.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from spacy.language import Language

from . import proven_spacy

log = logging.getLogger(__name__)
FACTORY = "attache_fast_ner"
MOVES = ("B", "I", "L", "U", "O")


class FastNER:
    """Stands in for the ``ner`` component of a loaded pipeline (the stock one stays, disabled)."""

    def __init__(self, ner) -> None:
        model = ner.model
        if ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper") or len(model.layers) != 3:
            raise ValueError("not a greedy transition-based recognizer with an output layer")
        self.stock = ner
        self.tok2vec, self.lower, self.upper = model.layers
        if self.lower.get_dim("nF") != 3:
            raise ValueError("not the three-feature NER state")
        self.n_hidden, self.n_pieces = self.lower.get_dim("nO"), self.lower.get_dim("nP")
        self.bias = np.ascontiguousarray(self.lower.get_param("b"), dtype="f").reshape(-1)
        self.W = np.ascontiguousarray(self.upper.get_param("W"), dtype="f")
        self.b = np.ascontiguousarray(self.upper.get_param("b"), dtype="f")
        moves = ner.moves
        n = moves.n_moves
        kinds, labels = [], []
        for i in range(n):
            name = moves.get_class_name(i)
            kind, _, label = name.partition("-")
            if kind not in MOVES:
                raise ValueError(f"unknown move {name!r}")
            kinds.append(kind)
            labels.append(label)
        names = sorted({lab for lab in labels if lab})
        index = {lab: k for k, lab in enumerate(names)}
        self.label_ids = [ner.vocab.strings.add(lab) for lab in names]
        self.kind = np.array([MOVES.index(k) for k in kinds], dtype=np.int8)
        self.label = np.array([index.get(lab, -1) for lab in labels], dtype=np.int32)  # -1: no label
        if model.attrs.get("unseen_classes"):  # their scores depend on the batch: left to the stock decoder
            raise ValueError("unseen classes")
        labelled = self.label >= 0
        self.b_moves = np.flatnonzero((self.kind == 0) & labelled)
        self.u_moves = np.flatnonzero((self.kind == 3) & labelled)
        self.o_moves = np.flatnonzero(self.kind == 4)
        self.i_of = np.full(len(names), -1, dtype=np.int64)
        self.l_of = np.full(len(names), -1, dtype=np.int64)
        for c in range(n):
            if self.kind[c] == 1 and self.label[c] >= 0:
                self.i_of[self.label[c]] = c
            if self.kind[c] == 2 and self.label[c] >= 0:
                self.l_of[self.label[c]] = c
        if (self.i_of < 0).any() or (self.l_of < 0).any():
            raise ValueError("a label without its I or L move")

    # --- spaCy component interface ---

    def __call__(self, doc):
        self._annotate([doc])
        return doc

    def pipe(self, docs, batch_size: int = 256, **_: Any):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    # --- decoding ---

    def _annotate(self, docs: list) -> list:
        from spacy.attrs import ENT_IOB
        from spacy.tokens import Span

        if any(len(doc) and doc.to_array(ENT_IOB).any() for doc in docs):  # preset entities: the stock rules apply
            return list(self.stock.pipe(docs, batch_size=len(docs)))

        for doc, ents in zip(docs, self.predict(docs)):
            doc.set_ents([Span(doc, s, e, label=self.label_ids[lab]) for s, e, lab in ents], default="outside")
        return docs

    def predict(self, docs: list) -> list[list[tuple[int, int, int]]]:
        """Per document, its entities as (start token, end token, label index)."""
        from spacy.attrs import IS_SPACE, SENT_START

        lengths = [len(d) for d in docs]
        if not any(lengths):
            return [[] for _ in docs]
        feats = self.lower.predict(self.tok2vec.predict(docs))  # (tokens + 1, 3, hidden, pieces); row 0 pads
        width = self.n_hidden * self.n_pieces
        f0, f1, f2 = (np.ascontiguousarray(feats[:, f]).reshape(-1, width) for f in range(3))
        cols = np.concatenate([d.to_array([SENT_START, IS_SPACE]) for d in docs if len(d)]).astype(np.int64)
        n = len(cols)  # tokens in the batch
        space = cols[:, 1].astype(bool)
        last = np.zeros(n, dtype=bool)  # the last token of its document
        last[np.cumsum([x for x in lengths if x]) - 1] = True
        next_start = np.zeros(n, dtype=bool)
        next_start[:-1] = cols[1:, 0] == 1
        joins_next = ~last & ~next_start  # the next token is in the same document and sentence

        # With no entity open, a step's features are the token and two padding rows: every token's
        # move in that state is worked out at once. Which tokens are met in that state is the walk's.
        closed = self._scores(f0[1:] + f1[0], f2[0])
        valid = np.zeros_like(closed, dtype=bool)
        valid[:, self.b_moves] = (joins_next & ~space)[:, None]
        valid[:, self.u_moves] = (~space)[:, None]
        valid[:, self.o_moves] = True
        guess = np.where(valid, closed, -np.inf).argmax(axis=1)
        kinds, labels = self.kind[guess], self.label[guess]
        begins = np.flatnonzero(kinds == 0)
        ends = self._extents(begins, labels[begins], f0, f1, f2, joins_next)
        end_of = dict(zip(begins.tolist(), ends.tolist()))

        # The walk: from each position, the next token whose closed-state move is B or U.
        marks = np.flatnonzero((kinds == 0) | (kinds == 3)).tolist()
        doc_end = np.cumsum([x for x in lengths if x]).tolist()
        found: list[list[tuple[int, int, int]]] = []
        m = 0
        first = 0
        for stop in doc_end:
            ents: list[tuple[int, int, int]] = []
            while m < len(marks) and marks[m] < stop:
                g = marks[m]
                label = int(labels[g])
                if kinds[g] == 3:
                    ents.append((g - first, g - first + 1, label))
                    m += 1
                else:
                    e = end_of[g]
                    ents.append((g - first, e - first, label))
                    while m < len(marks) and marks[m] < e:  # tokens inside the entity are not closed-state steps
                        m += 1
            found.append(ents)
            first = stop
        it = iter(found)
        return [next(it) if length else [] for length in lengths]

    def _scores(self, partial, third):
        """Output scores from summed features, in spaCy's order: feature 0 + 1 (``partial``, added to in
        place), + 2, + bias; maxout; sgemm; + bias."""
        from blis.py import gemm

        unmaxed = partial
        unmaxed += third
        unmaxed += self.bias
        hidden = np.ascontiguousarray(unmaxed.reshape(len(unmaxed), self.n_hidden, self.n_pieces).max(axis=2))
        scores = gemm(hidden, self.W, trans2=True, beta=0.0)
        scores += self.b
        return scores

    def _extents(self, begins, labels, f0, f1, f2, joins_next):
        """End token (exclusive) of the entity opened at each of ``begins`` with ``labels``: step by step, all
        of them together, I (go on) or L (end here) for the entity's label, the first best valid one."""
        ends = begins + 1
        if not len(begins):
            return ends
        i_moves, l_moves = self.i_of[labels], self.l_of[labels]
        alive = np.arange(len(begins))
        pos = begins + 1
        while len(alive):
            p = pos[alive]
            s = begins[alive]
            scores = self._scores(f0[p + 1] + f1[s + 1], f2[p])
            rows = np.arange(len(alive))
            si, sl = scores[rows, i_moves[alive]], scores[rows, l_moves[alive]]
            go_on = joins_next[p] & ((si > sl) | ((si == sl) & (i_moves[alive] < l_moves[alive])))
            done = alive[~go_on]
            ends[done] = pos[done] + 1
            alive = alive[go_on]
            pos[alive] += 1
        return ends


@Language.factory(FACTORY, assigns=["doc.ents", "token.ent_iob", "token.ent_type"], default_config={"stock": "ner"})
def make_fast_ner(nlp: Language, name: str, stock: str) -> FastNER:
    """The batch decoder of the pipeline's own recognizer ``stock`` (which stays, disabled)."""
    return FastNER(nlp.get_pipe(stock))


def install(nlp) -> bool:
    """Run one FastNER in place of the stock ``ner`` of ``nlp`` (kept, disabled). False, and the pipeline
    left as it was, when the recognizer is not the kind decoded here."""
    if "ner" not in nlp.pipe_names or not proven_spacy(FACTORY):
        return False
    try:
        FastNER(nlp.get_pipe("ner"))
    except (ValueError, KeyError, AttributeError) as exc:
        log.warning("%s not used (%s): the stock ner runs", FACTORY, exc)
        return False
    nlp.add_pipe(FACTORY, after="ner")
    nlp.disable_pipe("ner")
    return True
