"""Timeline charts with matplotlib: stacked bars of event counts per domain (or type), the index as a line.

The chart tells the truth about time and scale: the x axis is a calendar (every interval between the first and the
last is drawn, empty ones too), the index's zero line is drawn solid and labelled, and the count axis leaves headroom
above the tallest bar. Colours come from the one palette file shared with the HTML briefs and the dashboard
(``attache/api/static/data/palette.json``), so a domain has the same colour everywhere.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from functools import lru_cache
from importlib import resources
from typing import Any

HEADROOM = 1.15  # the count axis ends this far above the tallest bar
INTERVAL_DAYS = {"day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.2}


@lru_cache(maxsize=1)
def palette() -> dict[str, Any]:
    """The shared palette (domains, fallback colours, index line, zero line, map scale)."""
    path = resources.files("attache").joinpath("api", "static", "data", "palette.json")
    return json.loads(path.read_text(encoding="utf-8"))


def colour(key: str) -> str:
    """The colour of a domain; any other key (an event type, a new domain) gets a fallback colour chosen by its
    name, the same in Python and in the dashboard (``colourOf`` in app.js), so it never changes between pages."""
    pal = palette()
    if key in pal["domains"]:
        return pal["domains"][key]
    fallback = pal["fallback"]
    return fallback[sum(ord(c) for c in key) % len(fallback)]


def _start(period: str) -> dt.date:
    return dt.date.fromisoformat(str(period)[:10])


def next_period(day: dt.date, interval: str) -> dt.date:
    """The first day of the interval after the one starting on ``day``."""
    if interval == "day":
        return day + dt.timedelta(days=1)
    if interval == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[interval]
    m = day.month - 1 + months
    return dt.date(day.year + m // 12, m % 12 + 1, 1)


def fill_periods(tl: dict[str, Any]) -> list[dict[str, Any]]:
    """Every interval from the first period to the last, the empty ones as zero events and no index."""
    have = {str(p["period"])[:10]: p for p in tl["periods"]}
    if not have:
        return []
    day, last, out = _start(min(have)), _start(max(have)), []
    while day <= last:
        key = day.isoformat()
        out.append(have.get(key) or {"period": key, "events": 0, "index": None, "by": {}, "empty": True})
        day = next_period(day, tl["interval"])
        if len(out) > 5000:  # a daily axis over decades: draw what there is instead
            return [have[k] for k in sorted(have)]
    return out


def chart_spec(tl: dict[str, Any]) -> dict[str, Any]:
    """The chart as plain data (what both renderers draw): periods, stacked series with colours, the index, the
    count axis's top with headroom, the index axis's range."""
    periods = fill_periods(tl)
    totals: dict[str, int] = {}
    for p in periods:
        for k, v in p["by"].items():
            totals[k] = totals.get(k, 0) + v.get("events", 0)
    keys = sorted(totals, key=lambda k: (-totals[k], k))
    tallest = max((p["events"] for p in periods), default=0)
    return {
        "interval": tl["interval"],
        "periods": [str(p["period"])[:10] for p in periods],
        "series": [
            {"key": k, "colour": colour(k), "values": [p["by"].get(k, {}).get("events", 0) for p in periods]} for k in keys
        ],
        "index": [p["index"] for p in periods],
        "count_max": max(1, int(tallest * HEADROOM + 0.999)),
        "index_range": [palette()["index_scale"]["min"], palette()["index_scale"]["max"]],
        "empty": sum(1 for p in periods if p.get("empty")),
    }


def timeline_figure(tl: dict[str, Any]):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    spec = chart_spec(tl)
    pal = palette()
    days = [_start(p) for p in spec["periods"]]
    width = INTERVAL_DAYS.get(spec["interval"], 30) * 0.8
    centre = [d + dt.timedelta(days=width / 0.8 / 2) for d in days]  # a bar stands over the interval it counts
    x = mdates.date2num(centre)  # matplotlib's day numbers (what it makes of dates itself)
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=110)
    ax.grid(axis="y", color=pal["grid"], linewidth=0.6, linestyle=":")
    ax.set_axisbelow(True)
    bottom = [0] * len(days)
    for s in spec["series"]:
        ax.bar(x, s["values"], bottom=bottom, color=s["colour"], label=s["key"], width=width)
        bottom = [b + v for b, v in zip(bottom, s["values"])]
    ax.set_ylim(0, spec["count_max"])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("events")
    if days:
        pad = dt.timedelta(days=INTERVAL_DAYS.get(spec["interval"], 30) * 0.6)
        ax.set_xlim(
            float(mdates.date2num(days[0] - pad * 0.2)),
            float(mdates.date2num(next_period(days[-1], spec["interval"]) + pad * 0.2)),
        )
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax2 = ax.twinx()
    ax2.axhline(0, color=pal["zero_line"], linewidth=1.2, linestyle="-", label="index 0 (neutral)", zorder=1)
    idx = [float("nan") if v is None else v for v in spec["index"]]
    ax2.plot(x, idx, color=pal["index_line"], marker="o", markersize=3.5, linewidth=1.6, label="index", zorder=3)
    ax2.set_ylim(*spec["index_range"])
    ax2.set_ylabel("cooperation (+) / conflict (−) index")
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=6, frameon=False)
    arrow = "→" if tl["directed"] else "–"
    note = f" ({spec['empty']} empty)" if spec["empty"] else ""
    ax.set_title(
        f"{tl['a']} {arrow} {tl['b']}: events per {tl['interval']} by {tl['by']}, {len(days)} {tl['interval']}s{note}",
        fontsize=10,
    )
    fig.tight_layout()
    return fig


def save_timeline(tl: dict[str, Any], path: str) -> None:
    import matplotlib.pyplot as plt

    fig = timeline_figure(tl)
    fig.savefig(path, format="svg" if str(path).endswith(".svg") else "png")
    plt.close(fig)


def timeline_png_base64(tl: dict[str, Any]) -> str:
    import matplotlib.pyplot as plt

    fig = timeline_figure(tl)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")
