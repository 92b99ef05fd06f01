"""PETRARCH / TABARI verb-pattern dictionaries, read and matched on the spaCy parse.

A user who already codes CAMEO with a PETRARCH verb dictionary (CAMEO.2.0.txt,
a project's own validation dictionary) can hand it to attache: verbs found in
it are coded as the dictionary says; everything else (actors, factuality,
dates, dedup) is attache's own. The file format, as attache reads it:

``&NAME`` then ``+ITEM`` lines
    a synonym set; items may hold several words ("AUSTRIAN FLORIN") and other sets.
``--- VERB [code] ---``
    opens a verb block; ``[---]`` means the verb alone codes nothing.
``VERB {FORM FORM}``
    the verbs of the block, with irregular forms in braces.
``- words * words [code]``
    a pattern: words before ``*`` come before the verb in its clause, words
    after it in the verb's phrase, in order; words joined by ``_`` must be
    adjacent. ``$`` marks where the source sits and ``+`` the target (a
    pattern with the target before the verb swaps the sides); ``^`` and ``%``
    are read as gaps. ``[032:033]`` codes a pair (source->target 032 and
    target->source 033); ``[:173]`` only the reverse.

The most specific matching pattern (most words) wins, then the block's own
code. Lines attache cannot read are reported by number, never fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

Alternatives = tuple[tuple[str, ...], ...]  # one slot: any of these word sequences
Element = tuple[Alternatives, ...]  # slots that must be adjacent


@dataclass(frozen=True)
class Pattern:
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: str | None
    reverse: str | None
    swap: bool
    size: int
    line: int
    glued_before: bool = False  # "IN_*": the last element before sits right before the verb
    glued_after: bool = False  # "*_TO_PROVIDE": the first element after sits right after it


@dataclass(eq=False)
class VerbBlock:
    name: str
    code: str | None
    reverse: str | None
    patterns: list[Pattern] = field(default_factory=list)
    particle: tuple[str, ...] = ()  # "OUT" of "LASH OUT"


@dataclass(frozen=True)
class VerbMatch:
    code: str | None
    reverse: str | None
    swap: bool
    words: frozenset[int]  # token indices the pattern used
    verb: str
    pattern_line: int | None


_CODE = re.compile(r"\[([^\]]*)\]")


def _codes(text: str) -> tuple[str | None, str | None]:
    raw = text.strip().replace("?", "")
    if raw in ("", "---"):
        return None, None
    if ":" in raw:
        a, b = raw.split(":", 1)
        return (a.strip() or None), (b.strip() or None)
    return raw, None


class VerbDictionary:
    def __init__(self) -> None:
        self.synsets: dict[str, list[str]] = {}
        self.by_form: dict[str, list[VerbBlock]] = {}
        self.by_base: dict[str, list[VerbBlock]] = {}
        self.problems: list[str] = []
        self.paths: list[str] = []

    # -- reading ------------------------------------------------------------------
    @classmethod
    def read(cls, paths: list[Path]) -> VerbDictionary:
        d = cls()
        for p in paths:
            d._read(Path(p))
        return d

    def _read(self, path: Path) -> None:
        self.paths.append(str(path))
        block: VerbBlock | None = None
        synset: str | None = None
        raw_patterns: list[tuple[VerbBlock, str, int]] = []
        for n, raw in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith("<!--"):
                if not line.strip():
                    synset = None
                continue
            s = line.strip()
            if s.startswith("&"):
                synset = s.split()[0].upper().rstrip("_")
                self.synsets.setdefault(synset, [])
                continue
            if s.startswith("+") and synset is not None:
                self.synsets[synset].append(s[1:].strip().upper())
                continue
            synset = None
            if s.startswith("---"):
                m = re.match(r"-{3}\s*([^\[]+?)\s*\[([^\]]*)\]", s)
                if not m:
                    self.problems.append(f"{path}:{n}: verb block header not understood: {s[:60]!r}")
                    block = None
                    continue
                code, reverse = _codes(m.group(2))
                block = VerbBlock(m.group(1).upper(), code, reverse)
                continue
            if block is None:
                self.problems.append(f"{path}:{n}: line outside a verb block: {s[:60]!r}")
                continue
            if s.startswith("-"):
                raw_patterns.append((block, s[1:], n))
                continue
            if s.startswith("+") or "+" in s or "_" in s.split("[")[0]:
                continue  # multi-word verbs ("+ANGERED_BY"): not read yet
            self._verb_line(block, s)
        for block, text, n in raw_patterns:  # after the file: synsets may be defined below their use
            pattern = self._pattern(text, n)
            if pattern is None:
                self.problems.append(f"{path}:{n}: pattern not understood: {text.strip()[:60]!r}")
            else:
                block.patterns.append(pattern)

    def _verb_line(self, block: VerbBlock, s: str) -> None:
        code_m = _CODE.search(s)
        own = VerbBlock(block.name, *_codes(code_m.group(1))) if code_m else None
        s = _CODE.sub("", s)
        forms = re.findall(r"\{([^}]*)\}", s)
        base = re.sub(r"\{[^}]*\}", "", s).split()
        if not base:
            return
        target = block
        if own is not None and (own.code, own.reverse) != (block.code, block.reverse):
            own.patterns = block.patterns  # a verb with its own default code shares the block's patterns
            target = own
        word = base[0].upper()
        if len(base) > 1:  # a phrasal verb ("LASH OUT"): coded only with its particle after it
            target = VerbBlock(target.name, target.code, target.reverse, target.patterns, tuple(w.upper() for w in base[1:]))
        for key, index in (
            (word, self.by_base),
            (word, self.by_form),
            *((f.upper(), self.by_form) for f in " ".join(forms).split()),
        ):
            blocks = index.setdefault(key, [])
            if target not in blocks:
                blocks.append(target)

    def _slot(self, word: str, depth: int = 0) -> Alternatives | None:
        if word.startswith("&"):
            items = self.synsets.get(word.upper().rstrip("_"))
            if items is None or depth > 3:
                return None
            alts: list[tuple[str, ...]] = []
            for item in items:
                parts = [w for w in re.split(r"[\s_]+", item) if w]
                if len(parts) == 1 and parts[0].startswith("&"):
                    inner = self._slot(parts[0], depth + 1)
                    alts.extend(inner or ())
                elif parts and not any(p.startswith("&") for p in parts):
                    alts.append(tuple(parts))
            return tuple(alts) if alts else None
        return ((word.upper(),),)

    def _element(self, text: str) -> Element | None:
        slots = []
        for w in (w for w in text.split("_") if w):
            slot = self._slot(w)
            if slot is None:
                return None
            slots.append(slot)
        return tuple(slots)

    def _pattern(self, text: str, line: int) -> Pattern | None:
        code_m = _CODE.search(text)
        if not code_m:
            return None
        code, reverse = _codes(code_m.group(1))
        body = text[: code_m.start()]
        if body.count("*") != 1:
            return None
        left, right = body.split("*")
        swap = "+" in left or "$" in right
        clean = re.compile(r"[()\{\}\$\+\^%]")
        left, right = clean.sub(" ", left), clean.sub(" ", right)
        glued_before = left.endswith("_")
        glued_after = right.startswith("_")
        before: list[Element] = []
        after: list[Element] = []
        for chunk, out in ((left, before), (right, after)):
            for part in chunk.split():
                el = self._element(part)
                if el is None:
                    return None
                if el:
                    out.append(el)
        size = sum(len(el) for el in before + after)
        return Pattern(tuple(before), tuple(after), code, reverse, swap, size, line, glued_before, glued_after)

    # -- matching -----------------------------------------------------------------
    def blocks_for(self, tok) -> list[VerbBlock]:
        return self.by_form.get(tok.text.upper()) or self.by_base.get(tok.lemma_.upper()) or []

    def match(self, tok) -> VerbMatch | None:
        """The dictionary's coding of the verb ``tok`` in its sentence, or None."""
        hits = [m for block in self.blocks_for(tok) if (m := self._match_block(block, tok)) is not None]
        return max(hits, key=lambda m: len(m.words)) if hits else None

    def _match_block(self, block: VerbBlock, tok) -> VerbMatch | None:
        sent = tok.sent
        top = tok
        while top.dep_ in ("xcomp", "aux") and top.head.i != top.i:
            top = top.head
        start = max(sent.start, min(top.left_edge.i, tok.left_edge.i))
        before = [t for t in sent.doc[start : tok.i]]
        after = [t for t in sent.doc[tok.i + 1 : sent.end] if t.i <= tok.right_edge.i or t.head.i == tok.i]
        particle: set[int] = set()
        if block.particle:
            near = after[: len(block.particle) + 2]
            found = _match_side((tuple(((w,),) for w in block.particle),), near, reverse=False, glued=False)
            if found is None:
                return None
            particle = found
        best: tuple[int, Pattern, frozenset[int]] | None = None
        for p in block.patterns:
            used = _match_side(p.before[::-1], before[::-1], reverse=True, glued=p.glued_before)
            if used is None:
                continue
            used_after = _match_side(p.after, after, reverse=False, glued=p.glued_after)
            if used_after is None:
                continue
            if best is None or p.size > best[0]:
                best = (p.size, p, frozenset(used | used_after | particle))
        if best is not None:
            p = best[1]
            if p.code is None and p.reverse is None:
                return None
            return VerbMatch(p.code, p.reverse, p.swap, best[2], block.name, p.line)
        if block.code is None and block.reverse is None:
            return None
        return VerbMatch(block.code, block.reverse, False, frozenset(particle), block.name, None)


def _word_ok(word: str, tok) -> bool:
    t = tok.text.upper()
    return t == word or tok.lemma_.upper() == word or t in (word + "S", word + "ES") or (word.endswith("S") and t + "S" == word)


def _seq_at(seq: tuple[str, ...], toks: list, i: int, reverse: bool) -> int | None:
    """Length in tokens when the word sequence ``seq`` sits at ``toks[i]`` (read backwards if ``reverse``)."""
    words = seq[::-1] if reverse else seq
    if i + len(words) > len(toks):
        return None
    return len(words) if all(_word_ok(w, toks[i + k]) for k, w in enumerate(words)) else None


def _element_at(el: Element, toks: list, i: int, reverse: bool) -> int | None:
    slots = el[::-1] if reverse else el
    pos = i
    for slot in slots:
        took = next((n for seq in slot if (n := _seq_at(seq, toks, pos, reverse)) is not None), None)
        if took is None:
            return None
        pos += took
    return pos - i


def _match_side(elements, toks: list, reverse: bool, glued: bool) -> set[int] | None:
    """Match elements in order over ``toks`` with gaps between elements; the token indices used."""
    used: set[int] = set()
    pos = 0
    for k, el in enumerate(elements):
        span = range(pos, len(toks)) if not (glued and k == 0) else range(1)
        for i in span:
            n = _element_at(el, toks, i, reverse)
            if n is not None:
                used.update(t.i for t in toks[i : i + n])
                pos = i + n
                break
        else:
            return None
    return used
