"""attache eval ...: accuracy against labelled data."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from .common import ProgressOpt, UsageError, err, eval_app, fail, out, progress
from .output import print_rich


def _existing(*paths: Path) -> None:
    """Exit 1 naming the first of ``paths`` that does not exist."""
    for path in paths:
        if not path.exists():
            fail(f"{path} does not exist")


def _per_class(title: str, label: str, per: dict[str, dict]) -> None:
    """A table of precision, recall, F1 and support per class (``label`` names the class column)."""
    table = Table(title=title, header_style="bold")
    for c in (label, "precision", "recall", "f1", "support"):
        table.add_column(c, justify="right" if c != label else "left")
    for t, v in sorted(per.items()):
        table.add_row(t, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
    print_rich(table)


def _report(result: dict, *lines: str) -> None:
    """How every eval command ends: its lines for a reader, then the result as the last stdout line (JSON)."""
    for line in lines:
        out.print(line, markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("extraction")
def eval_extraction(
    data: Annotated[Path, typer.Option("--data", help="Folder with ground-truth.json and html/<id>.html.gz.")],
    worst: Annotated[int, typer.Option(help="How many lowest-scoring pages to list.")] = 10,
    show_progress: ProgressOpt = None,
) -> None:
    """Article-body extraction: shingle precision/recall/F1 and exact-match accuracy."""
    from ..evaluate.extraction import evaluate_extraction

    try:
        with progress("eval extraction", show_progress) as report:
            pages = [0]

            def page_done(key: str) -> None:
                pages[0] += 1
                report(pages[0], None)

            result = evaluate_extraction(data, progress=page_done)
    except FileNotFoundError as exc:
        fail(str(exc))
    docs = result.pop("documents")
    table = Table(title=f"extraction on {data} ({result['n']} pages)", header_style="bold")
    for c in ("precision", "recall", "f1", "accuracy"):
        table.add_column(c, justify="right")
    table.add_row(*[f"{result[c]:.4f}" for c in ("precision", "recall", "f1", "accuracy")])
    print_rich(table)
    low = sorted(docs, key=lambda d: min(d["precision"], d["recall"]))[:worst]
    if low:
        t2 = Table(title="lowest-scoring pages", header_style="bold")
        for c in ("id", "precision", "recall", "error"):
            t2.add_column(c)
        for d in low:
            t2.add_row(d["id"][:16], f"{d['precision']:.3f}", f"{d['recall']:.3f}", d["error"] or "")
        print_rich(t2)
    _report(result)


@eval_app.command("actors")
def eval_actors(
    data: Annotated[
        Path, typer.Option("--data", help="PETRARCH records (JSONL with expected codes) or a hand-checked mention set.")
    ],
    actors: Annotated[list[Path], typer.Option("--actors", help="PETRARCH actor and agent dictionaries (repeatable).")] = [],
    show: Annotated[int, typer.Option(help="How many misses to list.")] = 10,
    show_progress: ProgressOpt = None,
) -> None:
    """Actor resolution: code recall/precision on PETRARCH records, or accuracy on hand-checked mentions."""
    from ..evaluate.actors import evaluate_handchecked, evaluate_petrarch

    _existing(data, *actors)
    if actors:
        with progress("eval actors", show_progress):
            result = evaluate_petrarch(data, actors)
        details = result.pop("details")
        problems = result.pop("dictionary_problems")
        wrong = [d for d in details if set(d["expected"]) != set(d["found"])]
        out.print(
            f"actors on {data}: {result['n']} records, recall {result['recall']:.4f}, precision {result['precision']:.4f}, "
            f"F1 {result['f1']:.4f}; {len(problems)} dictionary lines skipped",
            markup=False,
        )
        for d in wrong[:show]:
            out.print(f"  {d['id']}: expected {d['expected']} found {d['found']}", markup=False)
    else:
        result = evaluate_handchecked(data)
        misses = result.pop("misses")
        out.print(f"hand-checked mentions in {data}: {result['n']}, accuracy {result['accuracy']:.4f}", markup=False)
        for m in misses[:show]:
            out.print(f"  miss: {m['mention']!r} expected {m['expected']} got {m['got']}", markup=False)
    _report(result)


@eval_app.command("genre")
def eval_genre(
    data: Annotated[Path, typer.Option("--data", help="Hand labels (eval/genre_guidelines.md).")] = Path(
        "eval/genre_labels.jsonl"
    ),
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder holding the labelled articles' files.")] = Path(
        "../shared/corpus"
    ),
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "dev",
) -> None:
    """Genre (news, opinion, analysis, press release) against hand labels: accuracy per class."""
    from ..evaluate.genre import evaluate_genre

    if split not in ("dev", "test", "all"):
        raise UsageError("--split must be dev, test or all")
    _existing(data, corpus)
    result = evaluate_genre(data, corpus, split)
    errors = result.pop("errors")
    _report(
        result,
        f"genre on {result['n']} {split} articles: accuracy {result['accuracy']:.4f} ("
        + ", ".join(f"{g} {v['accuracy']:.2f} of {v['n']}" for g, v in result["per_class"].items() if v["n"])
        + ")",
        *(f"  {e['label']} read as {e['got']}: {e['title']} ({'; '.join(e['cues'][:3])})" for e in errors[:10]),
    )


@eval_app.command("tone")
def eval_tone(
    data: Annotated[Path, typer.Option("--data", help="NewsMTSC-format rows: text, target_start, target_end, polarity.")],
    cv: Annotated[
        bool, typer.Option("--cv", help="Cross-validate by sentence even on rows the shipped model never saw.")
    ] = False,
    train: Annotated[Path | None, typer.Option("--train", help="Train on DATA and write the model JSON here.")] = None,
) -> None:
    """Tone toward a target: macro-F1 over negative/neutral/positive, beside sentence-level VADER."""
    from ..evaluate.tone import evaluate_tone, train_tone

    _existing(data)
    if train is not None:
        n = train_tone(data, train)
        out.print(f"trained on {n} rows; model written to {train}", markup=False)
        return
    result = evaluate_tone(data, "cv" if cv else "auto")
    per = result.pop("per_class")
    how = result.pop("how")
    vader = result.pop("vader_macro_f1")
    _per_class(f"tone toward targets ({how})", "polarity", per)
    _report(
        result,
        f"macro-F1 {result['macro_f1']:.4f}, accuracy {result['accuracy']:.4f}; sentence-level VADER on the same rows: "
        f"macro-F1 {vader:.4f}",
    )


@eval_app.command("clustering")
def eval_clustering(
    data: Annotated[Path, typer.Option("--data", help="Rows {id, label, text} (optional title, date, topic).")],
    baseline: Annotated[
        bool,
        typer.Option(
            "--baseline/--no-baseline",
            help="Also run the batch baseline: TF-IDF, average link at the threshold chosen on ECB+ dev.",
        ),
    ] = False,
    level: Annotated[str, typer.Option("--level", help="story (one happening) or thread (related stories).")] = "story",
) -> None:
    """Story clustering: B-cubed precision/recall/F1, ARI and cluster count (per half of the topics when rows have one)."""
    from ..evaluate.clustering import evaluate_clustering

    _existing(data)
    if level not in ("story", "thread"):
        raise UsageError(f"--level must be story or thread, got {level!r}")
    result = evaluate_clustering(data, baseline, level)
    base = result.get("baseline")
    halves = result.get("halves")
    unit = "stories" if level == "story" else "threads"
    lines = [
        f"clustering {result['n']} articles into {result['clusters']} {unit}: B-cubed P {result['bcubed_precision']:.4f} "
        f"R {result['bcubed_recall']:.4f} F1 {result['bcubed_f1']:.4f}, ARI {result['ari']:.4f}"
        + (f"; topic halves A (tuning) {halves['A']:.4f}, B (check) {halves['B']:.4f}" if halves else "")
    ]
    if base:
        lines.append(
            f"baseline, TF-IDF average link at {base['threshold']}: B-cubed P {base['bcubed_precision']:.4f} "
            f"R {base['bcubed_recall']:.4f} F1 {base['bcubed_f1']:.4f}"
            + (f" (halves A {base['halves']['A']:.4f}, B {base['halves']['B']:.4f})" if base.get("halves") else "")
            + f"; at its best threshold for these rows ({base['oracle_threshold']}): {base['oracle_bcubed_f1']:.4f}"
        )
    _report(result, *lines)


@eval_app.command("syndication")
def eval_syndication(
    demo: Annotated[Path, typer.Option("--demo", help="The demo corpus folder the labelled set is built from.")] = Path(
        "../shared/corpus/demo"
    ),
    seed: Annotated[
        int, typer.Option("--seed", help="Draws sources and copies (the default set chose the settings).")
    ] = 20261201,
) -> None:
    """Syndication pairs on a set built by rule from the demo corpus (evaluate/syndication.py says how)."""
    from ..evaluate.syndication import evaluate_syndication

    if not (demo / "state_department_2021_2022.jsonl").exists():
        fail(f"{demo} does not hold the demo corpus (state_department_2021_2022.jsonl ...)")
    result = evaluate_syndication(demo, seed=seed)
    _report(
        result,
        f"syndication on {result['n']} articles ({result['gold_pairs']} copy pairs): pair precision "
        f"{result['pair_precision']:.4f}, recall {result['pair_recall']:.4f}, F1 {result['pair_f1']:.4f}; "
        f"{result['with_origin']} articles name an origin",
    )


@eval_app.command("fivew1h")
def eval_fivew1h(
    data: Annotated[Path, typer.Option("--data", help="Giveme5W1H-format rows: title, description, text, gold.")],
    show: Annotated[int, typer.Option(help="How many answers to print.")] = 5,
    parse_only: Annotated[
        bool, typer.Option("--parse-only", help="The parse of the lead alone, without the events stage's main event.")
    ] = False,
) -> None:
    """Main-event 5W1H: token-F1 against the best-matching gold phrase, per question and overall."""
    from ..evaluate.fivew1h import evaluate_fivew1h

    _existing(data)
    result = evaluate_fivew1h(data, events=not parse_only)
    examples = result.pop("examples")
    questions = ("who", "what", "when", "where", "why", "how")
    _report(
        result,
        f"5W1H on {result['n']} articles: mean token-F1 {result['mean_f1']:.4f} ("
        + ", ".join(f"{q} {result[q]:.3f}" for q in questions)
        + ")",
        *(
            [f"  what the story pass uses (the analysis's stored answers): {result['stored']['mean_f1']:.4f}"]
            if "stored" in result
            else []
        ),
        *("  " + "; ".join(f"{q}: {e[q]}" for q in questions) for e in examples[:show]),
    )


@eval_app.command("dyads")
def eval_dyads(
    data: Annotated[
        Path, typer.Option("--data", help="Sentences with gold source, target and event_type (PLOVER GSR or span format).")
    ],
    baseline: Annotated[bool, typer.Option("--baseline", help="Also score the naive first-two-named-entities baseline.")] = False,
    half: Annotated[
        str | None, typer.Option("--half", help="Only the fixed random half 'a' or 'b' of the rows (by id hash).")
    ] = None,
    show: Annotated[int, typer.Option("--show", help="Print this many sentences whose gold rows were missed.")] = 0,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Count only attache's events at or above this confidence (0: every event; dyad, brief and alerts "
            "count from their default, printed in their output).",
        ),
    ] = 0.0,
    titles: Annotated[
        bool,
        typer.Option(
            "--titles/--no-titles",
            help="Read each row's article title and URL (as its annotator read them); --no-titles scores the "
            "sentence and its context only, as the sessions before the nineteenth did.",
        ),
    ] = True,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="Read each row in its whole article, found by URL in this corpus (a file or a folder), as the "
            "pipeline reads articles; rows whose article is not there are read with their context.",
        ),
    ] = None,
    show_progress: ProgressOpt = None,
) -> None:
    """Who did what to whom: dyad recall, triple recall, event precision (per type), as eval README section 7."""
    from ..evaluate.dyads import evaluate_dyads

    if not data.exists():
        fail(f"{data} does not exist")
    if half not in (None, "a", "b"):
        fail("--half must be 'a' or 'b'")
    if corpus is not None and not corpus.exists():
        fail(f"{corpus} does not exist")
    with progress("eval dyads", show_progress):
        result = evaluate_dyads(data, baseline, half, min_confidence, titles=titles, corpus=corpus)
    for p in result.pop("problems"):
        err.print(p, markup=False)
    details = result.pop("details")
    per = result.pop("per_type")
    table = Table(title=f"(source, target, type) on {data}", header_style="bold")
    for c in ("type", "gold", "dyad recall", "triple recall", "emitted", "precision"):
        table.add_column(c, justify="right" if c != "type" else "left")
    for t, v in per.items():
        table.add_row(
            t,
            str(v["n"]),
            f"{v['dyad'] / v['n']:.3f}" if v["n"] else "-",
            f"{v['triple'] / v['n']:.3f}" if v["n"] else "-",
            str(v["emitted"]),
            f"{v['correct'] / v['emitted']:.3f}" if v["emitted"] else "-",
        )
    print_rich(table)
    line = (
        f"dyads on {data}: {result['n']} gold events in {result['articles']} texts; dyad recall {result['dyad_recall']:.4f}, "
        f"triple recall {result['triple_recall']:.4f}, event precision {result['event_precision']:.4f} "
        f"({result['events']} events), dyad F1 {result['dyad_f1']:.4f}"
    )
    if min_confidence:
        line += f"; events at confidence >= {min_confidence:g} only"
    if "fully_right" in result:
        line += (
            f"; fully right {result['fully_right']:.4f} of {result['fully_right_n']}"
            f" ({result['fully_right_two_sided']:.4f} counting the rows with a target only)"
        )
        lost = result.get("fully_right_lost") or {}
        if any(lost.values()):
            parts = ", ".join(f"{k} {v}" for k, v in lost.items() if v)
            line += f"; rows found with the type but not fully right, by the part wrong: {parts}"
    out.print(line, markup=False)
    if result["one_sided_n"]:
        out.print(
            f"one-sided (gold rows with a source and no target, not in the figures above): {result['one_sided_n']} rows; "
            f"found by an event with that source and no target {result['one_sided_recall']:.4f}, with the type "
            f"{result['one_sided_triple_recall']:.4f}; {result['one_sided_with_target']} more have such an event with a target",
            markup=False,
        )
    if "baseline" in result:
        b = result["baseline"]
        out.print(
            f"baseline (first two named entities): dyad recall {b['dyad_recall']:.4f}, triple recall {b['triple_recall']:.4f}, "
            f"event precision {b['event_precision']:.4f}, dyad F1 {b['dyad_f1']:.4f}",
            markup=False,
        )
    for d in details[:0] if not show else [d for d in details if not d["ok"]][:show]:
        out.print(f"  {d['id']}: {d['text']}\n    gold  {d['gold']}\n    found {d['found']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("calibration")
def eval_calibration(
    data: Annotated[
        Path,
        typer.Option("--data", help="Gold events with sides (span format, e.g. eval/events_gold_test.jsonl, or PLOVER GSR)."),
    ],
    show_progress: ProgressOpt = None,
) -> None:
    """Does an event's confidence say how often it is right? ECE over ten bins, reliability, precision/recall per threshold."""
    from ..evaluate.calibration import evaluate_calibration

    if not data.exists():
        fail(f"{data} does not exist")
    with progress("eval calibration", show_progress):
        result = evaluate_calibration(data)
    table = Table(title=f"confidence against correctness on {data}", header_style="bold")
    for c in ("bin", "events", "mean confidence", "share right"):
        table.add_column(c, justify="right")
    for row in result["reliability"]:
        table.add_row(row["bin"], str(row["n"]), f"{row['mean_confidence']:.3f}", f"{row['share_right']:.3f}")
    print_rich(table)
    for row in result["by_threshold"]:
        out.print(
            f"--min-confidence {row['min_confidence']:.1f}: {row['events']} events, precision {row['precision']}, "
            f"triple recall {row['triple_recall']}",
            markup=False,
        )
    out.print(f"calibration on {data}: {result['n']} events with two sides, ECE {result['ece']:.4f}", markup=False)
    print(json.dumps({k: v for k, v in result.items() if k not in ("reliability", "by_threshold")}))


@eval_app.command("events")
def eval_events(
    data: Annotated[Path, typer.Option("--data", help="PLOVER rows (event_type) or PETRARCH records (expected).")],
    actors: Annotated[
        list[Path], typer.Option("--actors", help="PETRARCH actor/agent dictionaries or their folder, for PETRARCH records.")
    ] = [],
    verbs: Annotated[
        list[str],
        typer.Option(
            "--verbs",
            help="PETRARCH verb-pattern dictionaries (repeatable); default: the one beside "
            "the actor dictionaries, if any; 'none': attache's own trigger lexicon.",
        ),
    ] = [],
    cv: Annotated[
        bool, typer.Option("--cv", help="PLOVER: cross-validate by template even on rows the shipped model never saw.")
    ] = False,
    train: Annotated[Path | None, typer.Option("--train", help="PLOVER: train on DATA and write the model JSON here.")] = None,
    show_progress: ProgressOpt = None,
) -> None:
    """Event coding: PLOVER main-event type (macro-F1) or PETRARCH triples (F1)."""
    from ..evaluate.events import (
        evaluate_petrarch_events,
        evaluate_plover,
        train_plover,
    )

    if not data.exists():
        fail(f"{data} does not exist")
    first = data.read_text("utf-8", errors="replace").split("\n", 1)[0]
    if train is not None:
        n = train_plover(data, train)
        out.print(f"trained on {n} rows; model written to {train}", markup=False)
        return
    if '"expected"' in first:
        from ..evaluate.events import dictionary_set

        for d in [*actors, *(Path(v) for v in verbs if v != "none")]:
            if not d.exists():
                fail(f"{d} does not exist")
        verb_paths = None if not verbs else [Path(v) for v in verbs if v != "none"]
        actor_files, verb_files, notes = dictionary_set(actors, verb_paths)
        for note in notes:
            err.print(f"using the {note} (--verbs none: attache's own lexicon)", markup=False)
        with progress("eval events", show_progress):
            result = evaluate_petrarch_events(data, actor_files, verb_files)
        result["dictionaries"] = [str(p) for p in actor_files + verb_files]
        details = result.pop("details")
        out.print(
            f"events on {data}: {result['n']} records; triples P {result['triple_precision']:.4f} "
            f"R {result['triple_recall']:.4f} F1 {result['triple_f1']:.4f}; full codes F1 {result['code_f1']:.4f}",
            markup=False,
        )
        for d in [x for x in details if x["expected"] != x["found"]][:10]:
            out.print(f"  {d['id']}: expected {d['expected']} found {d['found']}", markup=False)
    else:
        result = evaluate_plover(data, "cv" if cv else "auto")
        per = result.pop("per_type")
        confusion = result.pop("confusion")
        _per_class(f"PLOVER main event type ({result['how']})", "type", per)
        top = sorted(confusion.items(), key=lambda kv: -kv[1])[:10]
        out.print("most frequent confusions (gold->predicted): " + ", ".join(f"{k} {n}" for k, n in top), markup=False)
        result.pop("how")
    sys.stdout.write(json.dumps(result) + "\n")
