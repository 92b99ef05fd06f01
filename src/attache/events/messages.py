"""The quoted body of a message as the sender's act (issue 14, h14detect8).

News and government readouts tell a message in two sentences: "Vladimir Putin sent a message of greetings to the
participants of the forum." then "The message reads, in part: '...'". The gold guidelines annotate the second one too
(a quoted message is one act: SUPPORT of the addressee by the sender, on the sentence that says it was sent and on its
first quoted sentence). The quoting sentence names neither side: they are those of the newest message told before in
the same article. Word lists: ``messages`` in data/arguments.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

BODY = "message-body"  # the object marker of the trigger (EventCoder._trigger -> _trigger_sides)


@lru_cache(maxsize=1)
def _rules() -> dict[str, frozenset[str]]:
    from .coder import argument_rules

    raw = argument_rules().get("messages") or {}
    return {k: frozenset(v) for k, v in raw.items()}


def body_trigger(tok) -> bool:
    """Is ``tok`` the verb of a sentence quoting a message ("The message reads, in part: ...")?"""
    r = _rules()
    if not r or tok.lemma_.lower() not in r["body_verbs"] or not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in r["body_subjects"] and subj.lower_ not in r["body_subjects"]:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in r["body_determiners"] for c in subj.children):
        return False  # "a message reads like a threat": no message of the article
    # a quote mark of its own, or glued to the words around it ('in part:"An outstanding ...': one token)
    return any(any(q in t.text for q in r["quotes"]) for t in tok.sent if t.i > tok.i)


def is_sending(tok, ptype: str, obj: Any) -> bool:
    """Does this trigger tell a message sent to a party (a SUPPORT such as "congratulated X", "sent greetings to X",
    or a message noun sent: "sent a message to X")?"""
    if ptype == "SUPPORT":
        return True
    r = _rules()
    return bool(r) and obj is not None and not isinstance(obj, str) and obj.lemma_.lower() in r["sent_objects"]
