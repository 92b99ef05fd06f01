"""What the command line prints: lists (table, json, jsonl, csv), documents, progress.

Tables fit the terminal: free-text cells are cut with an ellipsis, ids and codes never; ``--wide`` keeps every
character. The width is ``$COLUMNS`` when set, else the terminal's; output into a pipe or a file has no width
limit (nothing is cut) unless ``$COLUMNS`` says one.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

ELLIPSIS = "…"
MIN_CELL = 6  # a cut column keeps at least this many cells
MIN_WRAP = 30  # a column whose text wraps (a snippet) keeps at least this many cells
MIN_TEXT = 10  # free text (values with spaces) is first cut down to this many cells, before short labels are touched
GAP = 2  # cells between two columns: one of padding, one of (blank) rule; no outer border
# columns whose values are never cut: ids, dates, ranks (by name), and columns of numbers or short codes (by value)
_WHOLE_NAMES = re.compile(r"^(id|.*_id|thread|story|rank|period|start|end|published|.*date)$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?(e-?\d+)?%?$")
SHORT_CODE = 4  # values at most this wide (ISO codes, small counts) are never cut


class ListFormat(str, Enum):
    """How a list is printed."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class DocFormat(str, Enum):
    """How a document (brief, story, comparison) is printed."""

    md = "md"
    html = "html"
    json = "json"


class ShowFormat(str, Enum):
    """How one record (an article, an actor) is printed."""

    md = "md"
    json = "json"


def terminal_width() -> int | None:
    """Columns available to a table: ``$COLUMNS`` if set, the terminal's width, or None (no limit: a pipe or a file)."""
    env = os.environ.get("COLUMNS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((100, 24)).columns
    return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) >= 1e-4 or value == 0 else str(value)
    return " ".join(str(value).split()) if isinstance(value, str) and ("\n" in value or "\t" in value) else str(value)


def _whole(name: str, values: Sequence[str]) -> bool:
    return bool(_WHOLE_NAMES.match(name)) or all(_NUMBER.match(v) or cell_len(v) <= SHORT_CODE for v in values)


def _shrink(widths: list[int], floors: Sequence[int], over: int) -> int:
    """Take ``over`` cells from the widest columns first, none below its floor; returns what is still over."""
    while over > 0:
        give = [i for i in range(len(widths)) if widths[i] > floors[i]]
        if not give:
            break
        top = max(widths[i] for i in give)
        widest = [i for i in give if widths[i] == top]
        below = max([widths[i] for i in give if widths[i] < top] + [0])
        for i in widest:  # the widest down to the next width (or their floor), evenly
            step = min(max(top - max(below, floors[i]), 1), -(-over // len(widest)), widths[i] - floors[i], over)
            widths[i] -= step
            over -= step
            if over <= 0:
                break
    return over


def fit_widths(columns: Sequence[str], cells: Sequence[Sequence[str]], width: int | None, wrap: Sequence[bool] = ()) -> list[int]:
    """Column widths for a table of ``cells`` in ``width`` terminal cells (None: every column at its natural width).

    Cells are given up in rounds, the widest columns first in each: columns marked in ``wrap`` (a search snippet,
    whose text wraps inside its cell instead of being cut) down to ``MIN_WRAP``; headers wider than their values;
    free text (values with spaces) down to ``MIN_TEXT``; then any other label down to ``MIN_CELL``. Ids, dates,
    numbers and short codes are never cut: a table that cannot fit even then stays wider than the terminal (its
    lines wrap there, an id stays whole)."""
    values = [[cell_len(r[i]) for r in cells] for i in range(len(columns))]
    natural = [max([cell_len(c)] + v) for c, v in zip(columns, values)]
    if width is None:
        return natural
    widths = list(natural)
    over = sum(widths) + GAP * max(len(columns) - 1, 0) - width
    longest = [max(v + [0]) for v in values]
    whole = [_whole(c, [r[i] for r in cells]) for i, c in enumerate(columns)]
    text = [any(" " in r[i] for r in cells) for i in range(len(columns))]
    wrap = list(wrap) or [False] * len(columns)
    headers = [min(n, MIN_WRAP) if f else min(n, max(lv, MIN_CELL)) for n, lv, f in zip(natural, longest, wrap)]
    rounds = [
        [min(n, MIN_WRAP) if w else n for n, w in zip(natural, wrap)],
        [min(h, MIN_WRAP) if f else h for h, f in zip(headers, wrap)],
        [min(h, MIN_TEXT) if t and not w and not f else h for h, t, w, f in zip(headers, text, whole, wrap)],
        [h if w or f else min(h, MIN_CELL) for h, w, f in zip(headers, whole, wrap)],
    ]
    for floors in rounds:
        over = _shrink(widths, floors, over)
        if over <= 0:
            break
    return widths


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, an ellipsis marking a cut."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    return set_cell_size(text, width - 1).rstrip() + ELLIPSIS


def _records(rows: Sequence[Mapping[str, Any] | Sequence[Any]], columns: Sequence[str]) -> list[list[Any]]:
    return [[r.get(c) for c in columns] if isinstance(r, Mapping) else list(r) for r in rows]


def emit(
    rows: Sequence[Mapping[str, Any] | Sequence[Any]],
    fmt: ListFormat | str,
    columns: Sequence[str] | None = None,
    *,
    wide: bool = False,
    records: Sequence[Any] | None = None,
    labels: Mapping[str, str] | None = None,
    wrap: Sequence[str] = (),
) -> None:
    """Print a list: ``rows`` (dicts, or sequences in the order of ``columns``) as a table fitted to the terminal,
    CSV, a JSON array or JSON Lines. ``records`` replaces the rows in JSON and JSON Lines (richer objects than the
    table's columns); ``labels`` gives a table's headers shorter names than the columns CSV and JSON carry; the
    columns in ``wrap`` wrap in a table instead of being cut."""
    fmt = ListFormat(fmt)
    if columns is None:
        columns = list(rows[0].keys()) if rows and isinstance(rows[0], Mapping) else []
    values = _records(rows, columns)
    if fmt in (ListFormat.json, ListFormat.jsonl):
        objs = list(records) if records is not None else [dict(zip(columns, r)) for r in values]
        if fmt == ListFormat.json:
            sys.stdout.write(json.dumps(objs, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            sys.stdout.write("".join(json.dumps(o, ensure_ascii=False, default=str) + "\n" for o in objs))
    elif fmt == ListFormat.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows([["" if v is None else v for v in r] for r in values])
        sys.stdout.write(buf.getvalue())
    else:
        print_table(
            [(labels or {}).get(c, c) for c in columns],
            [[_cell(v) for v in r] for r in values],
            wide=wide,
            wrap=[(labels or {}).get(c, c) for c in wrap],
        )
    sys.stdout.flush()


def print_table(
    columns: Sequence[str],
    cells: Sequence[Sequence[str]],
    *,
    wide: bool = False,
    title: str | None = None,
    right: Sequence[str] = (),
    wrap: Sequence[str] = (),
) -> None:
    """A table of text cells, fitted to the terminal unless ``wide``; cells are text, never markup. The columns named
    in ``wrap`` wrap their text (at word boundaries) instead of cutting it."""
    from rich import box

    wraps = [c in wrap for c in columns]
    widths = fit_widths(columns, cells, None if wide else terminal_width(), wraps)
    table = Table(
        show_lines=False,
        header_style="bold",
        title=title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
    )
    for c, w, folds in zip(columns, widths, wraps):
        table.add_column(
            Text(cut(c, w)),
            width=w,
            no_wrap=not folds,
            overflow="fold" if folds else "ellipsis",
            justify="right" if c in right else "left",
        )
    for r in cells:
        table.add_row(*[Text(v if folds else cut(v, w)) for v, w, folds in zip(r, widths, wraps)])
    # a console exactly as wide as the fitted table (the shared one is capped at the terminal's width, or 80)
    Console(highlight=False, width=sum(widths) + GAP * max(len(columns) - 1, 0), force_terminal=out.is_terminal).print(
        table, crop=False
    )


def print_rich(renderable: Any) -> None:
    """A rich renderable (the small result tables of ``eval`` and ``bench``) at the terminal's width, or at its own
    natural width into a pipe or a file (never squeezed to 80 columns)."""
    width = terminal_width()
    if width is None:
        width = max(Console(width=10_000).measure(renderable).maximum, 20)
    Console(highlight=False, width=width, force_terminal=out.is_terminal).print(renderable, crop=False)


def emit_document(text: str, output: Path | None, fail: Callable[[str], Any]) -> None:
    """A rendered document to ``output`` (a line on stderr says so) or stdout."""
    if output:
        try:
            output.write_text(text, "utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()


def show_progress(flag: bool | None) -> bool:
    """Progress is shown when asked (``--progress``), or by default when stderr is a terminal."""
    return err.is_terminal if flag is None else flag


@contextmanager
def progress_bar(label: str, enabled: bool) -> Iterator[Callable[..., None]]:
    """A progress reporter ``report(done, total, stage=None)`` on stderr: a bar on a terminal, one line per tenth
    of the total elsewhere (``--progress`` into a file or a pipe); nothing when not ``enabled``."""
    if not enabled:
        yield lambda done, total, stage=None: None
        return
    if err.is_terminal:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
        )
        with bar:
            task = bar.add_task(label, total=None)

            def report(done: int, total: int | None, stage: str | None = None) -> None:
                bar.update(task, completed=done, total=total, description=f"{label} {stage}" if stage else label)

            yield report
        return
    last: dict[str | None, int] = {}

    def report_lines(done: int, total: int | None, stage: str | None = None) -> None:
        step = 10 * done // total if total else done // 100  # tenths of a known total, else hundreds of items
        if step > last.get(stage, -1):
            last[stage] = step
            name = f"{label} {stage}" if stage else label
            err.print(f"{name}: {done}/{total}" if total else f"{name}: {done}", markup=False)

    yield report_lines
