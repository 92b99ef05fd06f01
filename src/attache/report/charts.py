"""Timeline charts with matplotlib: stacked bars of event counts per domain (or type), the index as a line."""

from __future__ import annotations

import base64
import io
from typing import Any

PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"]


def timeline_figure(tl: dict[str, Any]):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = [p["period"] for p in tl["periods"]]
    keys = sorted({k for p in tl["periods"] for k in p["by"]}, key=lambda k: -sum(p["by"].get(k, {}).get("events", 0) for p in tl["periods"]))
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=110)
    bottom = [0] * len(periods)
    for i, k in enumerate(keys):
        values = [p["by"].get(k, {}).get("events", 0) for p in tl["periods"]]
        ax.bar(range(len(periods)), values, bottom=bottom, color=PALETTE[i % len(PALETTE)], label=k, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("events")
    ax.set_xticks(range(len(periods)))
    ax.set_xticklabels([p[:7] if tl["interval"] in ("month", "quarter", "year") else p for p in periods], rotation=45, ha="right", fontsize=8)
    ax2 = ax.twinx()
    idx = [p["index"] for p in tl["periods"]]
    ax2.plot(range(len(periods)), idx, color="#222", marker="o", linewidth=1.8, label="index")
    ax2.axhline(0, color="#999", linewidth=0.8, linestyle="--")
    ax2.set_ylim(-10, 10)
    ax2.set_ylabel("cooperation (+) / conflict (-) index")
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, fontsize=7, loc="upper left", ncol=3, frameon=False)
    arrow = "→" if tl["directed"] else "–"
    ax.set_title(f"{tl['a']} {arrow} {tl['b']}: events per {tl['interval']} by {tl['by']}", fontsize=10)
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
