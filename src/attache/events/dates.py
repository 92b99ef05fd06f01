"""Event dates: resolve a sentence's date phrase against the publication date.

"On April 7, 2025" -> 2025-04-07 (day); "Monday" -> the most recent Monday on
or before the publication date for a past event, the next one for a planned
event (day); "this week" -> the week's Monday (week); "last month" / "in
January" -> the month (month); "last year" / "in 2024" -> the year (year);
"April 8-10, 2025", "between April 8 and 10", "from 2019 to 2021" -> the
first day of the span (range). Without a publication date, relative phrases
keep their text and precision "unknown".

Which phrase dates an event: only a time expression of the event's own clause
(``event_date``): "in 2021" in a relative clause, or hanging from another
noun ("the withdrawal in 2021"), does not date the act of the main clause.
An event with no date of its own takes the date of the same event (same type,
same sides) told elsewhere in the article, else the publication date with
precision "publication" (``fill_dates``), so users can tell a resolved date
from a default.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..extract.dates import parse_date
from ..extract.datewords import MONTHS, WEEKDAYS  # the one date-word table (extract/data/datewords.yaml)

#: precisions that come from the text (anything else is a default or unknown)
OWN = ("day", "week", "month", "year", "range")
#: precisions an undated telling of the same event may take over
LENDABLE = ("day", "week", "month", "range")

_RANGE_SPLIT = re.compile(r"\s*(?:[-–—]|\bto\b|\band\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*")
_LEAD = re.compile(r"^(?:on|from|between|during|in|over|for|since|by|at)\s+")


def _pieces(text: str) -> tuple[int | None, int | None, int | None, int | None]:
    """(month, day, year, weekday) named in a piece of a date phrase."""
    words = re.findall(r"[a-z]+|\d+(?:st|nd|rd|th)?", text)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    year = next((int(w) for w in words if re.fullmatch(r"(1[89]|20|21)\d\d", w)), None)
    day = None
    for w in words:
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", w)
        if m and 1 <= int(m.group(1)) <= 31:
            day = int(m.group(1))
            break
    return month, day, year, weekday


def _year_for(month: int, ref: date | None, future: bool) -> int | None:
    """The year of a month named without one: the last such month up to publication for a past act, the next one
    from publication for a planned act ("will meet in February", published in December: next year's; h20year)."""
    if ref is None:
        return None
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _range(p: str, ref: date | None, future: bool) -> tuple[str | None, str] | None:
    """A span of days, months or years: its first day, precision "range"; None if ``p`` is no span."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None
    body = _LEAD.sub("", p)
    parts = _RANGE_SPLIT.split(body, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    lm, ld, ly, lw = _pieces(parts[0])
    rm, rd, ry, rw = _pieces(parts[1])
    if not any(x is not None for x in (lm, ld, ly, lw)) or not any(x is not None for x in (rm, rd, ry, rw)):
        return None
    if lw is not None and lm is None and ld is None:
        resolved, _ = resolve(parts[0], ref.isoformat() if ref else None, future)
        return (resolved, "range") if resolved else None
    if ld is None and lm is None and ly is not None:  # "2019-2021", "between 2019 and 2021"
        if ry is None or ry < ly or rm is not None:
            return None
        return f"{ly:04d}-01-01", "range"
    month = lm or rm
    year = ly or ry
    if month is None:
        return None
    if year is None:
        year = _year_for(month, ref, future)
        if year is None:
            return None, "unknown"
    day = ld
    if day is None:  # "between March and May 2025"
        return f"{year:04d}-{month:02d}-01", "range"
    if lm is None and rd is None:  # "8 to April" is no span we read
        return None
    try:
        return date(year, month, day).isoformat(), "range"
    except ValueError:
        return None


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "several": None,
    "few": None,
    "couple": 2,
}
#: count words a number before them multiplies ("two hundred years ago": 200; "a hundred years ago": 100; h38ago)
_MULTIPLIED = frozenset({"hundred", "dozen"})
_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}


def _ago(words: list[str], ref: date) -> tuple[str | None, str] | None:
    """ "three days ago", "a week ago", "two years ago": counted back from publication (None: no "ago" phrase;
    an uncounted "a few weeks ago" gives no date)."""
    if "ago" not in words:
        return None
    k = words.index("ago")
    if k >= 3 and words[k - 2] == "or" and words[k - 3] in _UNITS:
        # "a year or two ago", "a week or two ago": a span from the farther count to the nearer one
        far = _ago([*words[: k - 3], *words[k - 1 : k], words[k - 3], "ago"], ref)
        return (far[0], "range") if far and far[0] else far
    unit = _UNITS.get(words[k - 1]) if k >= 1 else None
    if unit is None:
        return None
    count_word = words[k - 2] if k >= 2 else "a"
    n = (
        int(count_word)
        if count_word.isdigit()
        else _NUMBER_WORDS.get(count_word, 1 if count_word in ("under", "over", "about", "just", "nearly", "almost") else None)
    )
    if n is None:
        return None, "unknown"
    if count_word in _MULTIPLIED and k >= 3:
        times = words[k - 3]
        n *= int(times) if times.isdigit() else (_NUMBER_WORDS.get(times) or 1)
    if unit == "day":
        return (ref - timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (ref - timedelta(days=7 * n)).isoformat(), "week"
    if unit == "month":
        y, m = ref.year, ref.month - n
        while m < 1:
            y, m = y - 1, m + 12
        return f"{y:04d}-{m:02d}-01", "month"
    return f"{ref.year - n:04d}-01-01", "year"


def _words_cfg() -> dict:
    from .factuality import cues

    return cues().get("dates") or {}


def _anaphoric(words: list[str]) -> bool:
    """ "the very next month", "the following week", "that year", "later that month": a unit or weekday counted
    from the time of the story told, not from publication (no month name or year of its own)."""
    cfg = _words_cfg()
    units = set(cfg.get("units", ()))
    if not any(w.rstrip("s") in units for w in words):
        return False
    for k, w in enumerate(words):
        after = [x for x in words[k + 1 : k + 4] if x not in ("very", "same")][:1]
        before_unit = bool(after) and after[0] in units
        if w in cfg.get("anaphoric", ()) and before_unit:
            return True
        if w in cfg.get("anaphoric_with_the", ()) and "the" in words[:k] and before_unit:
            return True
        if w in cfg.get("anaphoric_demonstratives", ()) and before_unit:
            return True
        if w.rstrip("s") in units and k + 1 < len(words) and words[k + 1] in cfg.get("relative_after", ()):
            return True  # "the day before", "the year after", "a week later", "two days earlier"
    return False


def resolve(phrase: str, published: str | None, future: bool = False) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, precision) for a date phrase."""
    p = phrase.lower().strip().rstrip(".,")
    words = re.findall(r"[a-z]+|\d+", p)
    if any(w in _words_cfg().get("day_before", ()) for w in words) and "of" in words:
        # "on the eve of May 9": the day before the date named
        rest = p.split(" of ", 1)[1]
        named, precision = resolve(rest, published, future)
        if named is not None and precision == "day":
            return (date.fromisoformat(named) - timedelta(days=1)).isoformat(), "day"
        return None, "unknown"
    if not any(w in MONTHS for w in words) and not re.search(r"\b\d{4}\b", p) and _anaphoric(words):
        return None, "unknown"
    ref = date.fromisoformat(published) if published else None
    span = _range(p, ref, future)
    if span is not None:
        return span
    years = {int(y) for y in re.findall(r"\b(\d{4})\b", p)}
    full = parse_date(phrase)
    if full and (not years or int(full[:4]) in years):  # never a year read out of "8-10"
        return full, "day"
    m = re.fullmatch(r"(?:on |in |since |by |from |during )?(\d{4})", p)
    if m:
        return f"{m.group(1)}-01-01", "year"
    month, day, year, weekday = _pieces(p.replace(",", " "))
    words = p.replace(",", " ").split()
    future = future or (bool(month) and "next" in words)  # "next February": the coming one (h20year)
    if month and year and not day:
        return f"{year:04d}-{month:02d}-01", "month"
    if month and year and day:
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None, "unknown"
    if ref is None:
        return None, "unknown"
    if month and day:
        y = year or _year_for(month, ref, future) or ref.year
        try:
            return date(y, month, day).isoformat(), "day"
        except ValueError:
            return None, "unknown"
    if month:
        y = year or _year_for(month, ref, future) or ref.year
        return f"{y:04d}-{month:02d}-01", "month"
    ago = _ago(words, ref)
    if ago is not None:
        return ago
    if "today" in words or "tonight" in words:
        return ref.isoformat(), "day"
    if "yesterday" in words or (words[:2] == ["last", "night"] and len(words) == 2):
        return (ref - timedelta(days=1)).isoformat(), "day"
    if "tomorrow" in words:
        return (ref + timedelta(days=1)).isoformat(), "day"
    if weekday is not None:
        if "next" in words or future:
            delta = (weekday - ref.weekday()) % 7 or (7 if "next" in words else 0)
        else:
            # the most recent such weekday on or before publication ("last Monday" too)
            delta = -((ref.weekday() - weekday) % 7)
            if "last" in words and delta == 0:
                delta = -7
        return (ref + timedelta(days=delta)).isoformat(), "day"
    if "weekend" in words:
        # "this weekend", "over the weekend", "last weekend": the weekend's Saturday (a two-day range); the coming one
        # for a future act or "next weekend", else the latest one begun on or before publication (h19weekend)
        back = (ref.weekday() - 5) % 7  # days since the latest Saturday
        saturday = ref - timedelta(days=back)
        if "next" in words:
            saturday += timedelta(days=7 if back <= 1 else 14)  # said on a weekday, "this weekend" is the coming one
        elif future and back > 1:
            saturday += timedelta(days=7)
        elif "last" in words and back <= 1:
            saturday -= timedelta(days=7)  # "last weekend" said on a weekend: the one before
        return saturday.isoformat(), "range"
    if words and words[0] in ("a", "an", "one", "another") and len(words) <= 3:
        return None, "unknown"  # "for a year", "another week": a stretch of time, not a date (h26duration)
    monday = ref - timedelta(days=ref.weekday())
    if "week" in words:
        shift = 7 if "next" in words else -7 if ("last" in words or "past" in words) else 0
        return (monday + timedelta(days=shift)).isoformat(), "week"
    if "month" in words:
        y, mth = ref.year, ref.month
        if "last" in words or "past" in words:
            y, mth = (y - 1, 12) if mth == 1 else (y, mth - 1)
        elif "next" in words:
            y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
        return f"{y:04d}-{mth:02d}-01", "month"
    if "year" in words:
        y = ref.year + (1 if "next" in words else -1 if "last" in words else 0)
        return f"{y:04d}-01-01", "year"
    return None, "unknown"


# -- which time expression belongs to an event -------------------------------------------
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"}
TIME_NOUNS = {
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "time",
    "period",
    "decade",
    "century",
    "quarter",
    "session",
    "hour",
    "date",
    "deadline",
    "anniversary",
}


def _is_clause_head(t) -> bool:
    if t.head.i == t.i:
        return True
    if t.dep_ in CLAUSE_DEPS and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
        return True
    return t.dep_ == "conj" and (t.pos_ in ("VERB", "AUX")) and t.head.pos_ in ("VERB", "AUX")


def clause_head(tok):
    """The head of the clause ``tok`` belongs to (its verb; xcomp stays in the clause of its governor)."""
    t = tok
    for _ in range(64):
        if _is_clause_head(t):
            return t
        t = t.head
    return t


#: a phrase opened by these gives the start of a state that lasts ("since 2002", "since then"), not the date
#: of one happening: never an event's own date (and never lent, ``fill_dates``)
SPAN_START = ("since",)
#: a noun event under these prepositions is a time anchor of its clause ("since the start of Russia's invasion",
#: "after the attack", "amid the war"): the clause's time phrase is not its date, only a phrase of its own is
ANCHOR_PREPS = {"since", "after", "before", "until", "till", "following", "prior", "amid", "amidst"}
#: subordinators of a clause that happens at the time of its main clause ("Last May, Biden affirmed ... when he
#: deployed a delegation"): with no time phrase of its own, it takes the main clause's
SAME_TIME_MARKS = {"when", "while", "as", "whilst"}
#: verbs of expecting whose time phrase is the time of what is expected ("By Saturday, we anticipate that we will
#: have shipped ...", "Next week, officials expect that talks will resume"): the expecting is no event itself
#: a TIME entity ("Monday night", "last night", "Tuesday morning") dates an event when it names a day: these
#: words (with the weekdays and months of the date-word table) tell it; "at 10 a.m." alone names none
DAY_WORDS_IN_TIME = {"yesterday", "tonight", "today", "tomorrow", "last"}
EXPECTING = {"anticipate", "expect", "hope", "foresee", "predict", "project", "estimate", "intend", "plan", "aim"}


#: a phrase under these sets a time limit ("by the end of the year", "until Friday"): the act it bounds is not told
#: as done then (h26deadline)
DEADLINE_PREPS = ("by", "until", "till")


def _deadline(ent) -> bool:
    """ "by the end of the year", "until Friday": the phrase hangs from a preposition of a time limit."""
    if ent.text.lower().split()[:1] in [[w] for w in DEADLINE_PREPS]:
        return True  # the preposition inside the entity ("by the end of the year" tagged whole)
    head = ent.root.head
    return head.i != ent.root.i and head.lower_ in DEADLINE_PREPS and head.dep_ == "prep" and not (ent.start <= head.i < ent.end)


def _starts_span(ent) -> bool:
    """ "since 2002", "since last year": the phrase, or the preposition it hangs from, opens a lasting state."""
    if ent.text.lower().startswith(SPAN_START):
        return True
    head = ent.root.head
    return head.i != ent.root.i and head.lower_ in SPAN_START and not (ent.start <= head.i < ent.end)


def _noun_path(trigger) -> tuple[set[int], bool]:
    """For a noun event: the nouns it hangs from inside its clause ("the start of [the invasion]") and whether
    the way up to the clause's verb passes a time-anchoring preposition ("since", "after", "amid")."""
    nouns: set[int] = set()
    anchored = False
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return nouns, anchored
    head = clause_head(trigger)
    t = trigger
    for _ in range(64):
        if t.i == head.i or t.head.i == t.i:
            break
        t = t.head
        if t.i == head.i:
            break
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in TIME_NOUNS:
            nouns.add(t.i)
        elif t.dep_ == "prep" or t.pos_ in ("ADP", "SCONJ"):
            anchored = anchored or t.lower_ in ANCHOR_PREPS
    return nouns, anchored


def _own_subject_clause(t) -> bool:
    """A clause with a subject of its own joined to the trigger's: a coordinated one ("X supports Y, and Z
    will meet W next week") or an adverbial one not told at the same time ("after Z attacked W in 2021")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
        return False
    if t.dep_ == "conj":
        return True
    if t.dep_ == "advcl":
        return not any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS for c in t.children)
    return False


def _fronted_complement(t, trigger) -> bool:
    """A complement clause standing before its verb ("In view of the anniversary ..., to be observed in April of this
    year, Putin invited ..."; '"We met on Monday," he said'): a complement follows the verb it completes, so the parser
    hung a clause of its own there, whose time is not the verb's (h46fronted)."""
    if t.dep_ not in ("ccomp", "xcomp") or t.i > trigger.i:
        return False
    # only a clause with no subject of its own (an infinitive, a participle): "minutes before the Committee voted, Trump
    # claimed ..." is a finite clause the parser hung there, whose date phrase is as often the main verb's
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def _participle_clause(t) -> bool:
    """A past participle joined to the clause without a subject or an auxiliary of its own ("ahead of the Day of
    Unity, marked on April 2", "congratulated him on the holiday, celebrated on June 12", "Arrested on Monday, the
    suspect was charged ..."): it tells what was done to something at its own time, not when the act was."""
    return (
        t.dep_ == "advcl"
        and t.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children)
    )


#: prepositions of a circumstance of the act ("in a previous post in 2014", "at the summit in May"): a date on
#: their noun is the act's; topical ones ("over the invasion in 2022", "in response to ...") are not listed
CIRCUMSTANCE_PREPS = {"in", "at", "during", "on"}


def _carries_act_time(noun, trigger, ent) -> bool:
    """A noun whose date phrase (after it) is the act's: the trigger's object ("held talks on Monday"), a noun
    reached from it only through "of"-type prepositional chains ("visited one of the games between the two
    teams in June 2018"), or the noun of a circumstance phrase of the trigger ("in a previous post in 2014")."""
    if ent.start <= noun.i:
        return False
    t = noun
    for _ in range(8):
        if t.dep_ in ("dobj", "obj") and t.head.i == trigger.i:
            return True
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return False
        prep = t.head
        if prep.head.i == trigger.i:
            return prep.lower_ in CIRCUMSTANCE_PREPS and t is noun
        t = prep.head
        if t.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            return False
    return False


def _belongs(ent, trigger, obj, governing: frozenset[int] = frozenset()) -> tuple[bool, bool]:
    """(the date phrase belongs to the trigger's clause, it hangs from the trigger itself or from a noun the
    noun trigger hangs from: "the start of the invasion in February")."""
    head = clause_head(trigger)
    t = ent.root
    direct = False
    for _ in range(64):
        if t.i == trigger.i or (obj is not None and t.i == obj.i) or t.i in governing:
            direct = True
            break
        if (
            not (ent.start <= t.i < ent.end)
            and t.pos_ == "NOUN"
            and t.lemma_.lower() not in TIME_NOUNS
            and not _carries_act_time(t, trigger, ent)
        ):
            # hangs from another noun: "the withdrawal in 2021", "talks since 2019"; after the trigger's object it
            # may be the act's ("held talks on Monday"), before it it says which one ("praised the 2015 deal")
            return False, False
        if t.i == head.i:
            break
        if _is_clause_head(t) and (
            t.head.i != trigger.i or _own_subject_clause(t) or _participle_clause(t) or _fronted_complement(t, trigger)
        ):
            return False, False  # a clause of its own ("which began in 2021", "..., and Y will meet Z next week")
        if t.head.i == t.i:
            return False, False
        t = t.head
    return True, direct


def _time_of_promise(ent, trigger) -> bool:
    """Does a time phrase hang from the past-tense verb that a planned act is the infinitive of ("Saudi Arabia pledged
    on Sunday to send tents", "offered on Monday to mediate")? It dates the pledge or the offer, told as done, not
    the act that lies ahead."""
    act = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger  # "to hold talks"
    verb = act
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if verb is act or verb.tag_ not in ("VBD", "VBN"):
        return False
    head = ent.root.head
    if head.dep_ == "prep" and head.i != head.head.i:
        head = head.head  # "on Sunday": the preposition's verb
    return head.i == verb.i


def _reporting() -> frozenset[str]:
    """Verbs of saying (the factuality cues): their time is the saying's, a clause under them tells of another."""
    from .factuality import cues

    return frozenset(cues()["factuality"]["reporting"])


def _finite(verb):
    """The finite clause a non-finite one belongs to ("affirmed" for "committed to strengthening ...")."""
    for _ in range(8):
        if (
            verb.dep_ in ("pcomp", "xcomp", "acl")
            and verb.tag_ in ("VBG", "VB", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.i != verb.i
        ):
            verb = clause_head(verb.head)
        else:
            break
    return verb


def _names_day(ent) -> bool:
    """A DATE entity, or a TIME entity naming a day ("Monday night", "last night", "on the night of June 3")."""
    if ent.label_ == "DATE":
        return True
    if ent.label_ != "TIME":
        return False
    words = re.findall(r"[a-z]+", ent.text.lower())
    return any(w in WEEKDAYS or w in MONTHS for w in words) or ("night" in words and any(w in DAY_WORDS_IN_TIME for w in words))


def _phrase(ent) -> str:
    """The entity's text, widened to a counted-back phrase the tagger split ("a [week] or [two ago]" ->
    "a week or two ago"): "ago" within three words after it, its count word just before it."""
    doc = ent.doc
    if any(t.lower_ == "ago" for t in ent):
        return ent.text
    end = next((i + 1 for i in range(ent.end, min(ent.end + 3, len(doc))) if doc[i].lower_ == "ago"), None)
    if end is None:
        return ent.text
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ in _NUMBER_WORDS else ent.start
    return doc[start:end].text


def _purpose_clause(clause) -> bool:
    """A subjectless non-finite adverbial clause of its governing verb: "will lead a delegation from May 2 to 4
    to consult with allies", "struck on Monday, killing ten": it happens within the governing act's time. One
    opened by a time-anchoring word ("before leaving", "after meeting") or a subordinator does not."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VB", "VBG"):
        return False
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj"):
            return False
        if c.dep_ == "mark" or (c.dep_ in ("prep", "advmod") and c.lower_ in ANCHOR_PREPS):
            return False
    return True


def _ahead(ent) -> bool:
    """A phrase of time still to come from publication ("next week", "tomorrow", "later this year", "the coming
    days", "the upcoming session"; not "the next month" of a story, which ``resolve`` leaves undated)."""
    words = [t.lower_ for t in ent]
    cfg = _words_cfg()
    if any(w in cfg.get("ahead", ()) for w in words):
        return True
    for k, w in enumerate(words):
        if w == "next" and not (k and words[k - 1] == "the"):
            return True
        if w in cfg.get("ahead_with_this", ()) and k + 1 < len(words) and words[k + 1] == "this":
            return True
    return False


#: words of a time phrase that place it before publication ("yesterday", "last night", "two days ago")
PAST_WORDS = {"yesterday", "last", "ago"}


def _present_simple(trigger) -> bool:
    """The trigger is a verb in the simple present with no auxiliary and an object ("condemns the strikes",
    "welcome the talks"): an act of now (a stance, a statement), which a phrase of past time does not date; it
    belongs to the object's act (guidelines section 5: a time expression counts only for what it belongs to)."""
    return (
        trigger.tag_ in ("VBZ", "VBP")
        and not any(ch.dep_ in ("aux", "auxpass") for ch in trigger.children)
        and any(ch.dep_ == "dobj" for ch in trigger.children)  # its object is what the past phrase may date
    )


def _performed(trigger) -> bool:
    """The trigger is a verb the speaker performs by saying it: "I would like to thank", "we want to congratulate",
    "I wish to note" (an infinitive under would like / wish / want with a first-person subject). The act is the
    utterance; a phrase of past or current time in its clause dates what it is about, not the act."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VB" or trigger.dep_ != "xcomp":
        return False
    head = trigger.head
    if head.lemma_.lower() not in ("like", "wish", "want", "love") or head.tag_ not in ("VB", "VBP"):
        return False  # "we wanted to thank X last year": a past wish, told, not performed
    if head.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)


def _told_done(trigger) -> bool:
    """The act is told as done: its verb (the trigger, else the nearest verb above the noun trigger) is in the
    simple past ("praised", "agreed to meet", "expressed his support") or the present perfect ("has signed"),
    with no modal; not an infinitive under it ("urged X to meet next week")."""
    verb = trigger
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)


def event_date(
    trigger, sentence, published: str | None, future: bool = False, obj=None
) -> tuple[str | None, str | None, str | None]:
    """(date phrase, YYYY-MM-DD, precision) from the time expressions of the trigger's own clause;
    (None, None, None) when the clause has none that resolves (``fill_dates`` decides then). A phrase of time
    still to come does not date an act told as done ("praised X for the elections later this year", "agreed to
    meet next week": the praise and the agreement are not later this year or next week; guidelines section 5)."""
    found = []
    governing, anchored = _noun_path(trigger)
    done = None
    present = _present_simple(trigger)
    performed = _performed(trigger)
    for ent in _time_spans(sentence):
        if not _names_day(ent) or _starts_span(ent) or _count_frame(ent):
            continue
        if (present or performed) and any(t.lower_ in PAST_WORDS for t in ent):
            continue  # "condemns the strikes last night": the present act is not last night's, the strikes are
        if performed and any(t.lower_ == "this" for t in ent):
            continue  # "I would like to thank X for its chairmanship this year": the thanks is given now (h18now)
        if not future and _deadline(ent):
            continue  # "ordered French troops to leave by the end of the year": a time limit, not when it was ordered
        if not future and _ahead(ent):
            done = _told_done(trigger) if done is None else done
            if done:
                continue
        if future and _time_of_promise(ent, trigger):
            continue  # "pledged on Sunday to send tents": Sunday is the pledge's, the sending lies ahead (h34offered)
        ok, direct = _belongs(ent, trigger, obj, frozenset(governing))
        if ok and (direct or not anchored):
            found.append((not direct, abs(ent.start - trigger.i), ent))
    for _, _, ent in sorted(found, key=lambda t: (t[0], t[1])):
        text = _phrase(ent)
        resolved, prec = resolve(text, published, future=future)
        if prec != "unknown" or not published:
            return text, resolved, prec
    verb = _phase_verb(trigger) or trigger  # "..., and began to stab people": the phase verb is the conjunct
    first = verb.head
    if (
        verb.dep_ == "conj"
        and first.i != verb.i
        and first.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "In 2018, Hungary licensed X ... then agreed with Y", "will travel to X from May 2 to 4 and meet Y": a
        # time phrase of the first of verbs that share their subject, told before the trigger, dates them all
        phrase, day, precision = event_date(first, sentence, published, future=future)
        if phrase is not None and any(e.text == phrase and e.end <= trigger.i for e in sentence.ents):
            return phrase, day, precision
    from .factuality import speaker_participle

    saying = speaker_participle(trigger)
    if saying is not None:
        # "On Saturday, officials acknowledged ..., blaming X": the speaker's own act, told when it was said
        return event_date(saying, sentence, published, future=future)
    clause = clause_head(trigger)
    main = clause.head
    if (
        clause.dep_ == "advcl"
        and main.i != clause.i
        and main.pos_ in ("VERB", "AUX")
        and main.lemma_.lower() not in _reporting()
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS for c in clause.children)
    ):
        # "Last May, Biden affirmed our commitment when he deployed a delegation": the main clause's time
        return event_date(_finite(main), sentence, published, future=future)
    if (
        _purpose_clause(clause)
        and main.i != clause.i
        and main.pos_ in ("VERB", "AUX")
        and main.lemma_.lower() not in _reporting()
    ):
        # "will lead a delegation to X from May 2 to 4 to consult with allies": the governing act's time
        return event_date(_finite(main), sentence, published, future=future)
    if clause.dep_ == "ccomp" and main.i != clause.i and main.lemma_.lower() in EXPECTING:
        # "By Saturday, we anticipate that we will have shipped ...": the expected act's time
        return event_date(main, sentence, published, future=future)
    if clause.dep_ == "ccomp" and main.i != clause.i and main.lemma_.lower() in _reporting():
        from .factuality import own_statement

        if own_statement(trigger) is not None:
            # "Putin said on Tuesday he supports the plan": the statement is the act, told when it was said (what
            # the speaker says someone else did keeps no date of the saying)
            return event_date(main, sentence, published, future=future)
    return None, None, None


def _phase_verb(trigger):
    """The verb of phase whose infinitive or gerund the trigger is ("began to stab", "started shelling", "continued
    to attack"; ``dates.phase_verbs``): the act is the phase's, told at its time; else None."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.i == trigger.i or head.lemma_.lower() not in _words_cfg().get("phase_verbs", ()):
        return None
    return head


def _count_frame(ent) -> bool:
    """ "our second videoconference this year", "the third visit this month": the current period frames a count
    (an ordinal on the noun it hangs from), it does not date the act, which is told as today's."""
    words = ent.text.lower().split()
    if len(words) != 2 or words[0] != "this":
        return False
    return frames_a_count(ent.root)


def frames_a_count(period) -> bool:
    """The period word ("year" of "this year") hangs from a noun with an ordinal ("second videoconference"), or
    from "be" whose attribute has one ("this is our second videoconference this year")."""
    head = period.head
    if head.i == period.i:
        return False
    nouns = [head] + ([ch for ch in head.children if ch.dep_ == "attr"] if head.lemma_ == "be" else [])
    return any(ch.ent_type_ == "ORDINAL" for n in nouns for ch in n.children)


def _ents_within(sentence) -> list:
    """``sentence.ents`` without rebuilding the document's entities on every call (spaCy does: a cost on every dated
    event): the document's entity bounds and labels are kept in its ``user_data`` once (plain values, so the document
    still serialises)."""
    from spacy.tokens import Span

    doc = sentence.doc
    data = doc.user_data if isinstance(doc.user_data, dict) else None
    ents = data.get("attache_ents") if data is not None else None
    if ents is None:
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        if data is not None:
            data["attache_ents"] = ents
    return [Span(doc, s, e, label=label) for s, e, label in ents if s >= sentence.start and e <= sentence.end]


def _time_spans(sentence) -> list:
    """The sentence's DATE and TIME entities, and a bare "today", "yesterday", "tomorrow", "tonight" the tagger
    left out ("Today, the Secretary announced ..."), as a one-word DATE span."""
    spans = _ents_within(sentence)
    bare = _words_cfg().get("bare_days", ())
    text = sentence.text.lower()
    if not any(b in text for b in bare):
        return spans
    extra = [t for t in sentence if t.lower_ in bare and not t.ent_type_]
    if extra:
        from spacy.tokens import Span

        spans += [Span(sentence.doc, t.i, t.i + 1, label="DATE") for t in extra]
    return spans


def _sides(e) -> frozenset:
    def key(p):
        return (p.country or p.actor_id) if p is not None else None

    return frozenset((key(e.source), key(e.target)))


def _two_sided(e) -> bool:
    """Both sides named: an event with an unnamed side ("Russia's attacks") cannot be told to be the same event as
    another telling, so it neither lends nor borrows a date."""
    return e.source is not None and e.target is not None


def _happened(label: str) -> str:
    return "happened" if label in ("asserted", "reported") else label


#: types of a dated plan whose time covers the meetings and talks the same actor is then said to plan: a trip, a
#: visit, a meeting (other plans told after a trip, "will continue to coordinate ...", are not bound to it)
TRIP_TYPES = ("CONSULT",)


def _same_actor(a, b) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    if a.country and b.country:
        return a.country == b.country and bool(a.name) and a.name == b.name
    return bool(a.name) and a.name == b.name


def _later_than(found: str, published: str, precision: str) -> bool:
    """Does a date of this precision lie after the publication date (compared at its own grain)?"""
    grain = {"year": 4, "month": 7}.get(precision, 10)
    return found[:grain] > published[:grain]


def _not_after_publication(e, published: str, parsed) -> None:
    """What happened cannot be dated after its telling. An act told as happened whose own date lies after publication
    is either a meeting, visit or trip still to come, named by a noun or told in the present ("the Secretary departs for
    Panama on Tuesday, April 19th", "my meeting with President Zelensky tomorrow", "Jessica Lewis travels to ... July
    16-22"): planned; or the date is another thing's ("I send my best wishes ... on your National Day on July 26",
    "support for UNSC Resolution 2254", "discussed ... in the lead up to the June 29-30 Summit"): the publication
    date, as for an act with no date of its own."""
    if e.factuality not in ("asserted", "reported") or e.date_precision not in OWN or not e.date:
        return
    if not _later_than(e.date, published, e.date_precision):
        return
    if e.plover_type in TRIP_TYPES and not _told_in_past(parsed, e):  # not "discussed ...", "held a meeting ..."
        e.factuality, e.factuality_cue = "planned", e.date_text
        return
    e.date, e.date_text, e.date_precision = published, None, "publication"


def _account_of(e, dated: list, parsed):
    """The dated meeting or call whose account an act with no date of its own continues: the nearest dated telling
    before it in the article is a meeting or call that happened between the same two sides, told by a verb in the
    past, and the act too is told in the simple past ("On Monday, Rubio spoke with Prime Minister Sharif. Rubio
    emphasised cooperation on ...": the call's Monday; guidelines section 5, "an act the text tells as part of that
    dated account"). Not: an act told in the present or the perfect ("We stand with ...", "the U.S. has slapped a
    tariff on ..." after the call: the speaker's own time, background), a meeting named by a noun ("thanked him for
    the visit on December 6") or dated by a month or year only, another dated act between, other sides."""
    if _happened(e.factuality) != "happened" or not _two_sided(e):
        return None
    before = [d for d in dated if d.sentence_start < e.sentence_start and d is not e]
    if not before:
        return None
    nearest = max(before, key=lambda d: d.sentence_start)
    if nearest.plover_type not in TRIP_TYPES or _happened(nearest.factuality) != "happened":
        return None
    if nearest.date_precision not in ("day", "range"):
        return None  # a meeting dated by a month or year only is background to the account, not its day
    if _sides(nearest) != _sides(e) or not (_told_in_past(parsed, nearest, verb_only=True) and _told_in_past(parsed, e)):
        return None
    return nearest


def _told_in_past(parsed, e, verb_only: bool = False) -> bool:
    """Is the event's trigger (or, for a noun trigger, unless ``verb_only``, the verb it is the object of) a verb in the
    simple past (VBD, without "has"/"have"/"had")? ``parsed``: the article's parsed segments."""
    span = parsed.span_at(e.trigger_start, e.trigger_end)[1]
    if span is None:
        return False
    tok = span[0]
    if tok.pos_ not in ("VERB", "AUX"):
        if verb_only or tok.dep_ not in ("dobj", "attr") or tok.head.pos_ != "VERB":
            return False
        tok = tok.head
    return tok.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def _trip_of(e, trips: list):
    """The nearest dated trip, visit or meeting planned by the same actor and told in an earlier sentence, for a
    planned meeting or talk with no date of its own ("Envoy X will travel to Y May 24-27. He will meet ... and discuss
    ..."); None when there is none or another dated plan of that actor lies between."""
    if e.factuality != "planned" or e.source is None or e.plover_type not in TRIP_TYPES:
        return None
    before = [d for d in trips if d.sentence_start < e.sentence_start and d is not e]
    if not before:
        return None
    nearest = max(before, key=lambda d: d.sentence_start)
    return nearest if _same_actor(nearest.source, e.source) else None


#: days before publication within which a telling placed after an undated one may still be its occasion: a news
#: lead's act is of the last days ("had a telephone conversation with ...": the call of the day, not "the visit on
#: December 6" or "in June, we held a videoconference" told further down, which are earlier occasions)
LATER_TELLING_DAYS = 7
#: days a lent date's precision may cover after its first day
_SPAN_DAYS = {"day": 0, "week": 6, "month": 30, "range": 31}


def _earlier_occasion(d, e, published: str | None) -> bool:
    """Is ``d``, a dated telling of the same type and sides told *after* the undated ``e``, another, earlier
    occasion: its date ends more than ``LATER_TELLING_DAYS`` before publication? (A telling before ``e`` may
    lend any date: an account continues its dated start; one after it is background more often than not when it
    lies weeks back.)"""
    if not published or d.sentence_start <= e.sentence_start:
        return False
    first, day = parse_date(d.date[:10]), parse_date(published[:10])
    if first is None or day is None:
        return False
    last = date.fromisoformat(first) + timedelta(days=_SPAN_DAYS.get(d.date_precision, 0))
    return (date.fromisoformat(day) - last).days > LATER_TELLING_DAYS


def fill_dates(events: list, published: str | None, parsed=None) -> list:
    """Events without a date of their own take the date of the same event (same type, same sides, same
    factuality class) told elsewhere in the article with a day, week, month or span, the nearest telling
    first (a telling after it that lies weeks before publication is an earlier occasion, ``_earlier_occasion``,
    and lends nothing); a planned meeting, the dated trip of the same traveller told before it (``_trip_of``); an act told in the
    past after a dated meeting of the same two sides, that meeting's day (``_account_of``); else the publication date,
    precision "publication"; with no publication date, none ("unknown"). First, with the article's ``parsed``
    segments, an act told as happened is never left dated after publication (``_not_after_publication``)."""
    if published and parsed is not None:
        for e in events:
            _not_after_publication(e, published, parsed)
    # a year alone or a "since ..." is background more often than the date of one happening: not lent
    dated = [
        e
        for e in events
        if e.date_precision in LENDABLE
        and _two_sided(e)
        and e.date
        and not (e.date_text or "").lower().lstrip().startswith(("since", "from", "until", "till"))
    ]
    # planned trips, visits and meetings dated in the text: what the same traveller will do later in the account
    # happens during them ("X will travel to Y May 24-27. He will also meet ..."), guidelines section 5
    dated_trips = [
        d
        for d in events
        if d.factuality == "planned"
        and d.plover_type in TRIP_TYPES
        and d.date_precision in ("day", "range")
        and d.date
        and d.source is not None
        and not (d.date_text or "").lower().lstrip().startswith(("since", "until", "till"))
    ]
    for e in events:
        if e.date_precision in OWN and (e.date or not published):
            continue
        if e.date_precision not in (None, "unknown") and e.date_precision not in OWN:
            continue  # already filled
        same = [
            d
            for d in dated
            if d is not e
            and _two_sided(e)
            and d.plover_type == e.plover_type
            and _sides(d) == _sides(e)
            and _happened(d.factuality) == _happened(e.factuality)
            and not _earlier_occasion(d, e, published)
        ]
        trip = None if same else _trip_of(e, dated_trips)
        account = None if same or trip is not None or parsed is None else _account_of(e, dated, parsed)
        if same:
            best = min(same, key=lambda d: (d.sentence_start > e.sentence_start, abs(d.sentence_start - e.sentence_start)))
            e.date, e.date_text, e.date_precision = best.date, best.date_text, best.date_precision
        elif trip is not None:
            e.date, e.date_text, e.date_precision = trip.date, trip.date_text, trip.date_precision
        elif account is not None:
            e.date, e.date_text, e.date_precision = account.date, account.date_text, account.date_precision
        elif published:
            e.date, e.date_text, e.date_precision = published, None, "publication"
        else:
            e.date, e.date_precision = None, "unknown"
    return events
