"""Genre of an article: news report, opinion/editorial, analysis/explainer, press release/readout.

Each genre scores its cues (``data/genre_cues.yaml``): readout formulas and
official outlets for press releases; first-person plural, modal and hedged,
evaluative language and editorial markers for opinion; section headings,
explainer phrases and second person for analysis; attribution ("said",
"according to") and datelines for news. The best score wins; the cues that
decided are kept, so an analyst sees why.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..model import Article

GENRES = ("news", "opinion", "analysis", "press_release")


@lru_cache(maxsize=1)
def cues() -> dict:
    return yaml.safe_load(resources.files("attache.facts").joinpath("data/genre_cues.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, frozenset[str]]:
    """The cue word lists as sets, for counting each word of a text against them."""
    c = cues()
    keys = ("first_person_plural", "modals", "second_person", "attribution_words")
    return {k: frozenset(c[k]) for k in keys}


def _found(phrase: str, text: str) -> bool:
    """Does ``phrase`` stand in ``text`` as a whole word or words? (a plain substring test first: most don't)"""
    return phrase in text and re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def _outside_quotes(text: str) -> str:
    return re.sub(r"[\"“][^\"“”]{0,1500}[\"”]", " ", text)


_SPEAKER_LINE = re.compile(r"^\s*(?:\(\([^)]{1,40}\)\)\s*:?|(?:Q|A|QUESTION|ANSWER|MODERATOR|[A-Z][A-Z .'’-]{1,40})\s*:)", re.M)


def _interview(text: str) -> int:
    """Lines that open with a speaker's tag ("((WN)) :", "QUESTION:", "SECRETARY BLINKEN:"): a transcript or an interview."""
    return len(_SPEAKER_LINE.findall(text))


def classify(article: Article) -> tuple[str, list[str]]:
    """(genre, cues that decided it)."""
    c = cues()
    text = article.text
    title = article.title or ""
    low = text.lower()
    transcript = _interview(text) >= c.get("transcript_lines", 3)
    plain = _outside_quotes(text)
    if transcript:  # the words are the speakers', reported: first person and modals say nothing of the writer
        plain = "\n".join(line for line in plain.splitlines() if not _SPEAKER_LINE.match(line))
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", plain)
    n = max(len(words), 1)
    per_k = 1000.0 / n
    lw = [w.lower().replace("’", "'") for w in words]
    score = {g: 0.0 for g in GENRES}
    why: dict[str, list[str]] = {g: [] for g in GENRES}

    def add(genre: str, points: float, cue: str) -> None:
        if points > 0:
            score[genre] += points
            why[genre].append(cue)

    # press release / readout
    for pattern in c["readout_formulas"]:
        m = re.search(pattern, title + "\n" + text[:1500], flags=re.I | re.M)
        if m:
            add("press_release", 3.0, f"readout formula: {m.group(0).strip()[:60]!r}")
    outlet = (article.outlet or "").lower()
    if any(o in outlet for o in c["official_outlets"]):
        add("press_release", 2.0, f"official outlet: {article.outlet}")
    # opinion
    sets = _word_sets()
    we = sum(1 for w in lw if w in sets["first_person_plural"])
    add("opinion", min(3.0, we * per_k / 4), f"first-person plural x{we}")
    modal = sum(1 for w in lw if w in sets["modals"])
    add("opinion", min(3.0, modal * per_k / 3), f"modal verbs x{modal}")
    hedges = [h for h in c["hedges"] if _found(h, low)]
    add("opinion", min(2.0, 0.5 * len(hedges)), "hedged language: " + ", ".join(hedges[:5]))
    frames = [h for h in c["evaluative"] if _found(h, low)]
    add("opinion", min(3.0, 0.6 * len(frames)), "evaluative framing: " + ", ".join(frames[:6]))
    # (no cue from the density of strongly valenced words: in reports of deaths, attacks and trials they describe the
    # events, not the writer's judgement; on the labelled news they run from 4 to 87 per 1,000 words)
    ends = (low[:600] + " " + low[-600:]).lower()
    for marker in c["editorial_markers"]:
        if _found(marker, ends):
            add("opinion", 3.0, f"editorial marker: {marker!r}")
    head = [title.lower()] + [line.strip().lower() for line in text[:300].splitlines()[:2]]
    for label in c["editorial_labels"]:  # "Editorial", "Opinion | ...": a label, not the word in a sentence
        if any(re.match(rf"{re.escape(label)}\b\s*(?:[:|—–-]|$)", h) for h in head):
            add("opinion", 3.0, f"editorial label: {label!r}")
    # analysis / explainer
    if len(article.headings) >= 2:
        add("analysis", min(3.0, 0.75 * len(article.headings)), f"{len(article.headings)} section headings")
    titled = title.lower() + " " + low
    for phrase in c["explainer_phrases"]:
        if _found(phrase, titled):
            add("analysis", 1.5, f"explainer phrase: {phrase!r}")
    you = sum(1 for w in lw if w in sets["second_person"])
    add("analysis", min(1.5, you * per_k / 3), f"second person x{you}")
    if article.subtitle:
        add("analysis", 0.5, "a dek under the title")
    # news
    said = sum(1 for w in lw if w in sets["attribution_words"])
    add("news", min(4.0, said * per_k / 2.5), f"attribution x{said}")
    if re.search(c["dateline"], text[:200]):
        add("news", 2.0, "dateline")
    add("news", 1.0, "default")
    if transcript:
        add("news", 2.0, "interview or transcript: the speakers' words")
    if any(cue.startswith("official outlet") for cue in why["press_release"]):
        return "press_release", why["press_release"]  # a ministry's own page is its statement, however it is worded
    genre = max(GENRES, key=lambda g: (score[g], -GENRES.index(g)))
    return genre, why[genre]
