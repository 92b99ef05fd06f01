"""Repairs of one parse error of the small English model that every later stage would inherit.

"Secretary Blinken and Foreign Minister Kuleba met in Poland": ``en_core_web_sm`` often makes the title ("Minister")
the conjunct of the first name and hangs the second name ("Kuleba") on the first as its apposition, so the two people
read as one ("Blinken, Kuleba") and the meeting has no partner. ``title_conjuncts`` re-attaches such a name as the
conjunct and its title as the name's compound, when the name follows the title directly and both hang from the same
word; a change that would move a sentence boundary is undone. Eighteenth session (h18titles); written for attache.
"""

from __future__ import annotations

from typing import Any

# heads of titles written before a name ("Foreign Minister", "President", "Crown Prince", "Secretary-General")
TITLE_HEADS = frozenset(
    {
        "minister", "president", "secretary", "secretary-general", "chancellor", "premier", "king", "queen", "prince",
        "princess", "emir", "sheikh", "sultan", "ambassador", "envoy", "general", "governor", "senator", "chairman",
        "chairwoman", "chair", "commissioner", "mayor", "spokesman", "spokeswoman", "spokesperson", "leader", "director",
        "representative", "counselor", "adviser", "advisor", "coordinator", "commander", "admiral", "marshal", "judge",
        "chief", "deputy", "vice-president", "speaker", "pope", "patriarch", "cardinal", "archbishop", "ayatollah",
    }
)  # fmt: skip


def title_conjuncts(doc: Any) -> int:
    """Re-attach the names parsed as appositions of the first conjunct after a title conjunct ("A and Title B");
    returns how many were re-attached."""
    fixed = 0
    for title in doc:
        if title.dep_ != "conj" or title.pos_ != "PROPN" or title.lower_ not in TITLE_HEADS:
            continue
        first = title.head
        name = next(
            (
                t
                for t in first.children
                if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > title.i and t.left_edge.i == title.i + 1
            ),
            None,
        )
        if name is None:
            continue
        starts = [s.start for s in doc.sents]
        name.head, name.dep_ = first, "conj"
        title.head, title.dep_ = name, "compound"
        if [s.start for s in doc.sents] != starts:  # never move a sentence boundary: undo
            title.head, title.dep_ = first, "conj"
            name.head, name.dep_ = first, "appos"
            continue
        fixed += 1
    return fixed
