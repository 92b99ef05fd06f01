"""Speaker turns of transcripts: in a government's transcript ("Vladimir Putin: ...", "President of Iran Ebrahim
Raisi (retranslated): ...", "QUESTION: ...", "MR PRICE: ...") the first-person pronouns of a turn belong to that
turn's speaker, not to the issuing government. Cue patterns live in data/speaker_cues.yaml."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..model import Mention

ISSUER, SPEAKER, PRESS, UNKNOWN = "issuer", "speaker", "press", "unknown"


@dataclass(frozen=True)
class Turn:
    """A turn of a transcript from ``start`` (the character after its cue): who speaks it (``role``) and, for
    another country's speaker, the mention that names them."""

    start: int
    cue: str
    role: str  # ISSUER (the issuer's own official, or no person named), SPEAKER (another country's or an
    # international organisation's), PRESS, UNKNOWN (a person the resolver does not know, in a mixed-case cue)
    speaker: Mention | None = None


@lru_cache(maxsize=1)
def _cue_file() -> dict:
    """data/speaker_cues.yaml, read once for the cue pattern and the title speaker's words."""
    return yaml.safe_load(resources.files("attache.events").joinpath("data/speaker_cues.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _cue_data() -> tuple[re.Pattern, frozenset[str]]:
    raw = _cue_file()
    cue = raw["cue"]
    word, n = cue["word"], int(cue["max_words"])
    notes = "|".join(re.escape(x) for x in cue.get("notes") or ())
    after = re.escape(cue["after"])
    pattern = re.compile(
        rf"(?:^|(?<=[{after}])[ \t]+|\n\s*)(?P<cue>{word}(?:[ \t]+{word}){{0,{n - 1}}})"
        rf"[ \t]?(?:\((?:{notes})\))?:(?:[ \t\n]|(?=…|\.\.\.))"  # a resumed turn may open with "…"
    )
    return pattern, frozenset(p.lower() for p in raw.get("press") or ())


@lru_cache(maxsize=1)
def _capitals() -> tuple[re.Pattern, frozenset[str]]:
    """The all-capital cue that may follow a transcript's dateline with no punctuation before it, and the words (a
    press label or a title) one of which it must hold (``capitals`` in speaker_cues.yaml, h24dateline)."""
    raw = _cue_file()
    rule = raw["capitals"]
    word, n = rule["word"], int(rule["max_words"])
    pattern = re.compile(rf"(?<=[\w)])[ \t]+(?P<cue>{word}(?:[ \t]+{word}){{0,{n - 1}}})[ \t]?:(?:[ \t\n])")
    words = frozenset(w.lower() for w in rule["titles"]) | frozenset(p.lower() for p in raw.get("press") or ())
    return pattern, words


def _cues(text: str) -> list[re.Match]:
    """The turn cues of ``text`` in order: after the end of a sentence (``cue`` in speaker_cues.yaml), and all-capital
    ones after a dateline that overlap none of those (``capitals``)."""
    pattern, press = _cue_data()
    found = list(pattern.finditer(text))
    caps, words = _capitals()
    spans = [(m.start("cue"), m.end("cue")) for m in found]
    for m in caps.finditer(text):
        s, e = m.start("cue"), m.end("cue")
        label = m.group("cue").lower().split()
        if any(a < e and s < b for a, b in spans) or not any(w.strip(".") in words for w in label):
            continue
        if len(label) == 1 and label[0] not in press:
            continue  # one capital word after a word is an acronym ("... and the UK: ..."), unless a press label
        found.append(m)
    return sorted(found, key=lambda m: m.start("cue"))


@lru_cache(maxsize=1)
def _surname_first() -> frozenset[str]:
    """Countries whose people write the family name first ("Wang Yi", "Chung Eui-yong"; context_rules.yaml)."""
    from ..actors.kb import load_context_rules

    return frozenset(load_context_rules().get("surname_first") or ())


@lru_cache(maxsize=1)
def _title_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(cue titles, title words, party ends) of speaker_cues.yaml ``title_speaker`` (h23title)."""
    rules = _cue_file().get("title_speaker") or {}
    return tuple(frozenset(str(w).lower() for w in rules.get(k) or ()) for k in ("cue_titles", "title_words", "party_ends"))  # type: ignore[return-value]


def _title_named(label: str, title: str | None, start: int, end: int, article_id: str) -> Mention | None:
    """The speaker a transcript's title introduces with a country ("Secretary Antony J. Blinken And Danish Foreign
    Minister Jeppe Kofod Before Their Meeting": "FOREIGN MINISTER KOFOD:" is Denmark's foreign minister), when the
    text itself never names them in full: the title's party that ends in the cue's last word, whose words before the
    name hold a country's name or adjective (``coref.country_names``). The speaker is a person of that country's
    government, with the id the resolver gives such a person (h23title)."""
    if not title:
        return None
    from ..actors.kb import person_id
    from .coref import country_names

    cue_titles, title_words, party_ends = _title_rules()
    words = label.split()
    if len(words) < 2 or not any(w in cue_titles for w in words[:-1]):
        return None  # a government's head or minister, by the cue's own title ("FOREIGN MINISTER KOFOD:")
    surname = _fold(words[-1])
    tw = re.findall(r"[\w.'’-]+|[,;&]", title)
    j = next((i for i, w in enumerate(tw) if _fold(w) == surname), None)
    if j is None:
        return None
    k = j
    while k > 0 and tw[k - 1].lower() not in party_ends and j - k < 10:
        k -= 1
    names = country_names()
    iso = None
    for i in range(k, j):
        for n in (5, 4, 3, 2, 1):  # the longest name first: "Democratic Republic of Congo", not "Republic of Congo"
            if i + n <= j and (found := names.get(" ".join(tw[i : i + n]))) is not None:
                iso = found
                break
        if iso is not None:
            break
    if iso is None:
        return None
    m = j
    while m > k and tw[m - 1][:1].isupper() and tw[m - 1].lower().strip(".") not in title_words and names.get(tw[m - 1]) is None:
        m -= 1
    name = " ".join(tw[m : j + 1])
    return Mention(
        article_id=article_id, start=start, end=end, text=label, actor_id=person_id(name, iso, "GOV"), name=name,
        country=iso, sector="GOV", role=None, confidence=0.8, how="role-pattern", kind="person",
    )  # fmt: skip


def press_labels() -> frozenset[str]:
    """The turn labels of the press in transcripts ("question", "reporter"), lower-case (speaker_cues.yaml ``press``)."""
    return _cue_data()[1]


def _fold(word: str) -> str:
    """A word without its accents and case ("Nausėda" -> "nauseda")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold().strip("'’.,")


def _cue_start(cue: tuple[int, int]) -> int:
    return cue[0]


class SpeakerTurns:
    """The turns of one article's text; ``at(offset)`` tells whose voice the text at ``offset`` is in."""

    def __init__(self, text: str, mentions: Sequence[Mention], issuer_country: str, title: str | None = None) -> None:
        press = _cue_data()[1]
        self.turns: list[Turn] = []
        self.cues: list[tuple[int, int]] = []  # the cues' own spans ("President of Russia Vladimir Putin:")
        by_start = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in by_start]
        for match in _cues(text):
            cue_start, cue_end = match.start("cue"), match.end("cue")
            self.cues.append((cue_start, match.end()))
            label = " ".join(match.group("cue").lower().split())
            if label in press:
                self.turns.append(Turn(match.end(), label, PRESS))
                continue
            inside = by_start[bisect.bisect_left(starts, cue_start) : bisect.bisect_left(starts, cue_end)]
            named = [m for m in inside if m.end <= cue_end]
            speaker = self._speaker(named)
            if speaker is not None and speaker.how != "kb":
                # a country guessed for the cue's bare surname ("FOREIGN MINISTER AL ZAYANI:" read as the article's
                # dominant country) gives way to the person the knowledge base knows by it in the article (h24cue)
                speaker = self._surname_named(label, [m for m in by_start if m.how == "kb"]) or speaker
            speaker = speaker or self._named_before(label) or self._surname_named(label, by_start)
            if title and (speaker is None or speaker.how != "kb"):
                # the title's "Danish Foreign Minister Jeppe Kofod" over a country guessed for the bare "KOFOD" of the
                # cue (the article's dominant country), not over a person the knowledge base knows (h23title)
                article_id = by_start[0].article_id if by_start else ""
                speaker = _title_named(label, title, cue_start, cue_end, article_id) or speaker
            if speaker is not None and speaker.country and speaker.country != issuer_country:
                self.turns.append(Turn(match.end(), label, SPEAKER, speaker))
            elif speaker is not None and not speaker.country and speaker.sector == "IGO":
                # an international organisation's official ("CSTO Secretary General ...:") speaks for it, not the issuer
                self.turns.append(Turn(match.end(), label, SPEAKER, speaker))
            elif speaker is None and self._stranger(named, match.group("cue")):
                self.turns.append(Turn(match.end(), label, UNKNOWN))
            else:
                self.turns.append(Turn(match.end(), label, ISSUER, speaker))
        self._starts = [t.start for t in self.turns]

    def in_cue(self, offset: int) -> bool:
        """Is ``offset`` inside a turn's cue? The name there says who speaks; it is no party of what is said."""
        k = bisect.bisect_right(self.cues, offset, key=_cue_start) - 1  # the last cue starting at or before it
        return k >= 0 and offset < self.cues[k][1]

    def cue_end_within(self, start: int, end: int) -> int | None:
        """The end of the first cue that lies wholly within ``[start, end)`` (a sentence that carries its turn's cue),
        else None. The cues are in text order and never overlap."""
        k = bisect.bisect_left(self.cues, start, key=_cue_start)
        return self.cues[k][1] if k < len(self.cues) and self.cues[k][1] <= end else None

    def _named_before(self, label: str) -> Mention | None:
        """The speaker of an earlier cue that had this one's words ("Serdar Berdimuhamedov:" after "President of
        Turkmenistan Serdar Berdimuhamedov:"), when the cue itself names no known actor."""
        words = f" {label} "
        for turn in reversed(self.turns):
            if turn.speaker is not None and words in f" {turn.cue} ":
                return turn.speaker
        return None

    @staticmethod
    def _surname_named(label: str, mentions: Sequence[Mention]) -> Mention | None:
        """The person of the article whose surname ends the cue ("PRESIDENT NAUSEDA:" after "Lithuanian President
        Gitanas Nausėda" in the heading; "FOREIGN MINISTER PARK:" after "Park Jin", whose family name comes first),
        when the cue itself names no known actor: one person with a country, or several of one country (h18turns)."""
        words = label.split()
        if not words:
            return None
        last = _fold(words[-1])
        first_family = _surname_first()

        def family(m: Mention) -> set[str]:
            names = [(m.text or "").split(), (m.name or m.text or "").split()]
            out = {_fold(n[-1]) for n in names if n}
            if m.country in first_family:  # "FOREIGN MINISTER CHUNG:" for Chung Eui-yong, "PARK:" for Park Jin (h23family)
                out |= {_fold(n[0]) for n in names if n}
            return out

        found = [
            m for m in mentions if m.kind == "person" and m.country and len((m.text or "").split()) > 1 and last in family(m)
        ]
        return found[0] if found and len({m.country for m in found}) == 1 else None

    @staticmethod
    def _stranger(inside: list[Mention], cue: str) -> bool:
        """A cue naming a person the resolver does not know (no country, not an organisation's official), written
        in mixed case as a name is ("Ivan Petrovsky:", not the all-capital labels "MR PRICE:", "MODERATOR:" of the
        issuer's own staff): whose "we" it is is not known, and it is not the issuing government's."""
        if cue.upper() == cue:
            return False
        persons = [m for m in inside if m.kind == "person"]
        return bool(persons) and all(not m.country and m.sector != "IGO" for m in persons)

    @staticmethod
    def _speaker(inside: list[Mention]) -> Mention | None:
        """The person the cue names, else an office of one country ("President of Iran"); a cue naming only a
        country or a thing ("Russia VESSEL GROSS TONNAGE") names no speaker."""
        for kinds in (("person",), ("collective",)):
            for m in inside:
                if m.kind in kinds and m.actor_id and (m.country or m.sector == "IGO"):
                    return m
        return None

    def at(self, offset: int) -> Turn | None:
        """The turn the text at ``offset`` belongs to (None before the first cue, or when there are no turns)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.turns[i] if i >= 0 else None
