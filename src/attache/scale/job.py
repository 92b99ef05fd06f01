"""The Spark job: the single-machine extract and analyse steps, per partition, to Parquet.

Each input file becomes one record of ``binaryFiles`` (so any Hadoop-compatible URI works: file:,
hdfs:, s3a:, gs:, ...); each partition loads the model once (a module-level analyser that lives as
long as the Python worker, which Spark reuses) and runs exactly the functions ``attache ingest``
and ``attache analyze`` run. Rows go to one Parquet table per record type, partitioned by day.

Run it with ``attache spark run`` (local mode or any master), or hand this file to spark-submit:
``spark-submit --master yarn .../attache/scale/job.py --input 's3a://bucket/cc-news/*.warc.gz' --output s3a://bucket/out``.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from attache.scale.tables import TABLES, article_rows, columns, problem_row

_ANALYZER = None


def local_name(uri: str) -> str:
    """``file:/data/x.warc.gz`` -> ``/data/x.warc.gz`` (what a local ingest calls the same file); other URIs unchanged."""
    if uri.startswith("file://"):
        return uri[len("file://") :]
    if uri.startswith("file:"):
        return uri[len("file:") :]
    return uri


def is_local(uri: str) -> bool:
    """A path on this machine (plain or ``file:``), not another file system's URI."""
    return "://" not in uri or uri.startswith("file:")


def read_bytes(uri: str, data: bytes, max_bytes: int) -> Iterator[Any]:
    """The items of one file given as bytes, read by the same readers as a local file."""
    from attache.model import Problem
    from attache.sources import kind_of, read_path

    name = local_name(uri)
    if kind_of(Path(name)) is None:
        yield Problem(
            name, "source", "unsupported file type (read: .html, .txt, .jsonl, .json, .csv, .tsv, .warc, .arc, optionally .gz)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="attache-spark-") as tmp:
        copy = Path(tmp) / Path(name).name
        copy.write_bytes(data)
        yield from read_path(copy, max_bytes=max_bytes, uri=name)


def _analyzer():
    global _ANALYZER
    if _ANALYZER is None:
        from attache.actors.kb import load_kb
        from attache.analysis import Analyzer

        _ANALYZER = Analyzer(load_kb([]))
    return _ANALYZER


def process(files: Iterable[tuple[str, bytes]], max_bytes: int = 20_000_000) -> Iterator[tuple[str, tuple]]:
    """(table, row) for every item of the files: extraction, analysis, facts. Never raises for bad input."""
    from attache.analysis import BATCH
    from attache.model import Article, Problem, RawDocument
    from attache.pipeline import extract_one

    pending: list[Article] = []

    def flush() -> Iterator[tuple[str, tuple]]:
        analyzer = _analyzer()
        try:
            analyses = analyzer.analyze(pending)
        except Exception as exc:  # the articles are kept; their analysis is reported
            for art in pending:
                yield from _rows(art, None, [])
                yield "problems", problem_row(Problem(art.source_uri, "analyze", f"internal error: {type(exc).__name__}: {exc}"))
        else:
            for art, an in zip(pending, analyses):
                yield from _rows(art, an, analyzer.actors_of([an]))
        pending.clear()

    for uri, data in files:
        for item in read_bytes(uri, data, max_bytes):
            if isinstance(item, Problem):
                yield "problems", problem_row(item)
                continue
            if not isinstance(item, RawDocument):  # WARC records left aside on purpose
                yield "skipped", (item.uri, item.count, item.reason)
                continue
            outcome = extract_one(item)
            if isinstance(outcome, Problem):
                yield "problems", problem_row(outcome)
                continue
            pending.append(outcome)
            if len(pending) >= BATCH:  # as many per analysis call as analyze_stored takes
                yield from flush()
    if pending:
        yield from flush()


def _rows(article, analysis, actors) -> Iterator[tuple[str, tuple]]:
    for table, rows in article_rows(article, analysis, actors).items():
        for row in rows:
            yield table, row


def _of_table(table: str) -> Callable[[tuple[str, Any]], bool]:
    """A filter for the (table, row) pairs of one table."""
    return lambda kv: kv[0] == table


def spark_schema(table: str):
    from pyspark.sql.types import BooleanType, DoubleType, LongType, StringType, StructField, StructType

    types = {"string": StringType(), "json": StringType(), "long": LongType(), "double": DoubleType(), "boolean": BooleanType()}
    return StructType(
        [StructField(name, types[kind], True) for name, kind in columns(table)] + [StructField("day", StringType(), False)]
    )


def run(
    inputs: list[str],
    output: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
    max_bytes: int = 20_000_000,
    log=print,
) -> dict[str, Any]:
    """Extract and analyse ``inputs`` on Spark; write Parquet tables under ``output``; return the manifest."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    missing = [p for p in inputs if is_local(p) and not glob.glob(local_name(p))]
    if missing:
        raise FileNotFoundError(f"no such input: {', '.join(missing)}")
    if not overwrite and is_local(output):
        there = [t for t in TABLES if Path(local_name(output), t).exists()]
        if there:  # said before the job runs, not after it has analysed everything
            raise FileExistsError(
                f"{output} already holds tables ({', '.join(there)}): choose another --output or add --overwrite"
            )
    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter (attache and its model)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # local mode listens on loopback only
    builder = (
        SparkSession.builder.appName("attache")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.ui.enabled", "false")
    )
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        sc = spark.sparkContext
        wanted = partitions or sc.defaultParallelism
        files = sc.binaryFiles(",".join(inputs), minPartitions=wanted)
        n_files = files.count()
        if n_files == 0:
            raise FileNotFoundError(f"no input files match {', '.join(inputs)}")
        if files.getNumPartitions() < min(n_files, wanted):  # Spark packs small files together: spread them out
            files = files.repartition(min(n_files, wanted))
        log(f"spark: {n_files} file(s) in {files.getNumPartitions()} partition(s) on {sc.master}")
        rows = files.mapPartitions(lambda part: process(part, max_bytes)).persist(StorageLevel.MEMORY_AND_DISK)
        counts = dict(rows.map(lambda kv: kv[0]).countByValue())
        mode = "overwrite" if overwrite else "errorifexists"
        for table in TABLES:
            frame = spark.createDataFrame(rows.filter(_of_table(table)).map(lambda kv: kv[1]), spark_schema(table))
            frame.write.mode(mode).partitionBy("day").parquet(f"{output.rstrip('/')}/{table}")
            log(f"spark: {table}: {counts.get(table, 0)} rows")
        skipped = rows.filter(lambda kv: kv[0] == "skipped").map(lambda kv: kv[1]).collect()
        rows.unpersist()
    finally:
        spark.stop()
    manifest = {
        "attache": _version(),
        "inputs": inputs,
        "files": n_files,
        "master": master or "from spark-submit",
        "tables": {t: counts.get(t, 0) for t in TABLES},
        "skipped_records": sum(c for _, c, _ in skipped),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if is_local(output):
        Path(local_name(output), "_attache.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def _version() -> str:
    from attache import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    """Entry point for spark-submit (the master and resources come from spark-submit's options)."""
    ap = argparse.ArgumentParser(prog="attache-spark", description="attache extract + analyse on Spark, to Parquet")
    ap.add_argument("--input", action="append", required=True, help="file, folder or glob; local or any Hadoop URI (repeat)")
    ap.add_argument("--output", required=True)
    ap.add_argument("--partitions", type=int)
    ap.add_argument("--overwrite", action="store_true")
    args = ap.parse_args(argv)
    manifest = run(args.input, args.output, partitions=args.partitions, overwrite=args.overwrite)
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
