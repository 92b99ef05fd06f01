"""Bring your own actors: PETRARCH/TABARI dictionaries and attache's CSV/JSONL.

Every parser returns ``(actors, problems)``; a malformed line becomes a
Problem with the file and line number, and the rest of the file is read.

PETRARCH/TABARI actor dictionaries (see ``shared/reference/petrarch``)::

    ARNOR_  [ARN]                 # a name and its code; "_" joins words
    +ARNORIAN                     # a synonym of the entry above
    GOLLUM                        # a name whose codes follow on their own lines
        [HOB < 950601]            # a code valid before a date
        [HOBGOV 19950601 - 19990815]
        [HOBREB > 990816]         # ... after a date

Names without a trailing underscore are stems in TABARI ("ARGENTIN" also
matches "Argentina"); single-word stems are kept as such (``Actor.flags``
holds ``stem``). attache's own CSV has one row per role::

    name,aliases,kind,country,sector,role,start,end,id
    Jane Roe,Roe|J. Roe,person,GBR,GOV,Foreign Secretary,2026-01-05,,

and its JSONL has one actor per line in the shape ``attache actors show
--format json`` prints.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from ..model import Actor, Problem, Role
from .kb import person_id, slug

_CODE = re.compile(r"\[([^\[\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$")
_DATE_ONE = re.compile(r"^([<>])\s*(\d{6}|\d{8})$")


def _ymd(raw: str) -> str:
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("19" if yy > 30 else "20") + raw
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def _day_before(date: str) -> str:
    from datetime import date as d
    from datetime import timedelta

    return (d.fromisoformat(date) - timedelta(days=1)).isoformat()


def parse_code(body: str) -> tuple[str, str | None, str | None]:
    """``"HOBGOV 19950601 - 19990815"`` -> ("HOBGOV", "1995-06-01", "1999-08-15")."""
    parts = body.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code []")
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not re.fullmatch(r"[A-Za-z0-9~+\-]{3,}(/[A-Za-z0-9~+\-]{3,})*|---|\+\+\+", code):
        raise ValueError(f"malformed code {code!r}")
    if not rest:
        return code.upper(), None, None
    m = _DATE_RANGE.match(rest)
    if m:
        return code.upper(), _ymd(m.group(1)), _ymd(m.group(2))
    m = _DATE_ONE.match(rest)
    if m:
        day = _ymd(m.group(2))
        return (code.upper(), None, _day_before(day)) if m.group(1) == "<" else (code.upper(), day, None)
    raise ValueError(f"unreadable date restriction {rest!r}")


def _surface(name: str) -> list[str]:
    """Forms a dictionary name takes in running text."""
    words = name.replace("_", " ").split()
    if not words:
        return []
    raw = " ".join(words)
    forms = []
    if raw.isupper() or raw.islower():
        if len(words) == 1 and len(raw) <= 4 and raw.isupper():
            forms += [raw, raw.capitalize()]  # "IMF", or a short name such as "ENT"
        else:
            forms.append(
                " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words)
            )
            if raw.isupper() and len(raw) <= 6:
                forms.append(raw)
    else:
        forms.append(raw)
    forms += ["the" + f[3:] for f in forms if f.startswith("The ")]  # "the Shire" mid-sentence
    return list(dict.fromkeys(forms))


def _actor_from_codes(
    name: str, synonyms: list[str], codes: list[tuple[str, str | None, str | None]], source: str, stem: bool
) -> Actor:
    plain = [c for c, a, b in codes if a is None and b is None]
    base = (plain or [codes[0][0]])[0]
    country = base[:3] if re.fullmatch(r"[A-Z]{3}", base[:3] or "") else None
    sector = base[3:6] if len(base) >= 6 else None
    roles = [
        Role(
            title=f"code {c}",
            sector=(c[3:6] if len(c) >= 6 else None),
            country=(c[:3] if len(c) >= 3 else None),
            start=a,
            end=b,
            code=c,
        )
        for c, a, b in codes
        if a or b
    ]
    aliases: list[str] = []
    for n in [name] + synonyms:
        aliases.extend(_surface(n))
    flags = ["stem"] if stem else []
    # a bare three-letter code is a country-level actor in PETRARCH's scheme
    kind = "country" if re.fullmatch(r"[A-Z]{3}", base) else "imported"
    return Actor(
        id=f"PET.{slug(name.replace('_', ' '))}",
        name=" ".join(name.replace("_", " ").split()).title(),
        kind=kind,
        country=country,
        sector=sector,
        aliases=list(dict.fromkeys(aliases)),
        roles=roles,
        code=base,
        source=source,
        flags=flags,
    )


def parse_petrarch(text: str, path: str, source: str | None = None) -> tuple[list[Actor], list[Problem]]:
    """A PETRARCH/TABARI actor dictionary."""
    source = source or f"import:{Path(path).name}"
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    actors: dict[str, Actor] = {}
    problems: list[Problem] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is None:
            return
        if not current["codes"]:
            problems.append(Problem(f"{path}:{current['line']}", "import", f"entry {current['name']!r} has no [CODE]; skipped"))
        else:
            stem = (
                not current["name"].endswith("_")
                and " " not in current["name"].strip("_")
                and "_" not in current["name"].strip("_")
            )
            actor = _actor_from_codes(current["name"], current["synonyms"], current["codes"], source, stem)
            if actor.id in actors:
                actors[actor.id].aliases = list(dict.fromkeys(actors[actor.id].aliases + actor.aliases))
                actors[actor.id].roles += actor.roles
            else:
                actors[actor.id] = actor
        current = None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        try:
            stripped = line.strip()
            if stripped.startswith("+"):
                if current is None:
                    raise ValueError("synonym (+NAME) before any entry")
                current["synonyms"].append(stripped[1:].strip())
                continue
            codes_here = [parse_code(m.group(1)) for m in _CODE.finditer(stripped)]
            if stripped.count("[") != stripped.count("]"):
                raise ValueError("unbalanced brackets")
            if raw[:1] in (" ", "\t") and stripped.startswith("["):
                if current is None:
                    raise ValueError("code line before any entry")
                current["codes"].extend(codes_here)
                continue
            name = _CODE.sub("", stripped).strip()
            name = re.sub(r"\{[^}]*\}", "", name).strip()
            if not name:
                raise ValueError("code without a name")
            if not re.search(r"[A-Za-z]", name):
                raise ValueError(f"not a name: {name!r}")
            close()
            current = {"name": name, "synonyms": [], "codes": codes_here, "line": number}
        except ValueError as exc:
            problems.append(Problem(f"{path}:{number}", "import", f"{exc}; line skipped: {raw.strip()[:80]!r}"))
    close()
    return list(actors.values()), problems


def parse_petrarch_agents(text: str, path: str) -> tuple[dict[str, str], list[Problem]]:
    """A PETRARCH agents dictionary: phrase (lower case) -> agent code (``~GOV`` -> ``GOV``)."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    macros: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            problems.append(Problem(f"{path}:{number}", "import", f"agent without [CODE]; line skipped: {line[:80]!r}"))
            continue
        code = codes[0].strip().replace("~", "")
        phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip()
        forms = [phrase]
        for macro, words in macros.items():
            if f"!{macro}!" in phrase:
                forms = [phrase.replace(f"!{macro}!", w) for w in words]
        for form in forms:
            form = form.replace("_", " ").strip().lower()
            if form:
                agents[form] = code
                if not form.endswith("s"):
                    agents.setdefault(form + "s", code)
    return agents, problems


def parse_csv(text: str, path: str, source: str | None = None) -> tuple[list[Actor], list[Problem]]:
    source = source or f"import:{Path(path).name}"
    reader = csv.DictReader(io.StringIO(text))
    actors: dict[str, Actor] = {}
    problems: list[Problem] = []
    if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
        return [], [Problem(path, "import", "CSV needs a header with at least a 'name' column")]
    for row in reader:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        where = f"{path}:{reader.line_num}"
        name = row.get("name", "")
        if not name:
            problems.append(Problem(where, "import", "row without a name; skipped"))
            continue
        kind = row.get("kind") or "person"
        country = (row.get("country") or "").upper() or None
        sector = (row.get("sector") or "").upper() or None
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            problems.append(Problem(where, "import", f"country {country!r} is not an ISO 3166 alpha-3 code; row skipped"))
            continue
        try:
            start = _iso(row.get("start"))
            end = _iso(row.get("end"))
        except ValueError as exc:
            problems.append(Problem(where, "import", f"{exc}; row skipped"))
            continue
        actor_id = row.get("id") or (
            person_id(name, country, sector) if kind == "person" else f"{country or 'XXX'}.{sector or 'UNK'}.{slug(name)}"
        )
        actor = actors.get(actor_id)
        if actor is None:
            aliases = [name] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            actor = actors[actor_id] = Actor(
                id=actor_id,
                name=name,
                kind=kind,
                country=country,
                sector=sector,
                aliases=list(dict.fromkeys(aliases)),
                source=source,
            )
        if row.get("role"):
            actor.roles.append(Role(title=row["role"], sector=sector, country=country, start=start, end=end))
    return list(actors.values()), problems


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"date {value!r} is not YYYY-MM-DD")
    return value


def parse_jsonl(text: str, path: str, source: str | None = None) -> tuple[list[Actor], list[Problem]]:
    source = source or f"import:{Path(path).name}"
    actors, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if not isinstance(d, dict) or not d.get("name"):
                raise ValueError("needs an object with a 'name'")
            d.setdefault("id", person_id(d["name"], d.get("country"), d.get("sector")))
            d.setdefault("kind", "person")
            d.setdefault("aliases", [d["name"]])
            d["source"] = source
            actors.append(Actor.from_dict(d))
        except (ValueError, TypeError) as exc:
            problems.append(Problem(f"{path}:{number}", "import", f"{exc}; line skipped"))
    return actors, problems


def detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    return "petrarch"


def import_file(path: Path, fmt: str = "auto", source: str | None = None) -> tuple[list[Actor], list[Problem]]:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError as exc:
        return [], [Problem(str(path), "import", f"cannot read: {exc.strerror or exc}")]
    fmt = detect_format(path, text) if fmt == "auto" else fmt
    parser = {"petrarch": parse_petrarch, "csv": parse_csv, "jsonl": parse_jsonl}.get(fmt)
    if parser is None:
        return [], [Problem(str(path), "import", f"unknown format {fmt!r}: use petrarch, csv or jsonl")]
    return parser(text, str(path), source)
