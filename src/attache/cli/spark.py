"""attache spark run."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from .common import err, fail, out, spark_app


@spark_app.command("run")
def spark_run(
    inputs: Annotated[
        list[str],
        typer.Option("--input", "-i", help="File, folder or glob: local or any Hadoop URI (s3a://, hdfs://); repeatable."),
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="Folder (or URI) for the Parquet tables.")],
    master: Annotated[str, typer.Option(help="Spark master: local[N], spark://host:7077, yarn, k8s://... .")] = "local[*]",
    partitions: Annotated[int | None, typer.Option(help="Minimum number of partitions (default: Spark's parallelism).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace tables already in the output folder.")] = False,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Largest single document, in MB.")] = 20.0,
) -> None:
    """Extract and analyse on Spark (one model per executor); write Parquet tables partitioned by day."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        fail("Spark needs PySpark: pip install 'attache[spark]' (and a Java 17+ runtime)")
    from ..scale.job import run as run_job

    try:
        manifest = run_job(
            inputs,
            output,
            master=master,
            partitions=partitions,
            overwrite=overwrite,
            max_bytes=int(max_mb * 1_000_000),
            log=lambda m: err.print(m, markup=False),
        )
    except (FileNotFoundError, FileExistsError) as exc:
        fail(str(exc))
    except Exception as exc:  # Spark's own errors are long Java traces: their first line says it
        first = next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        if "already exists" in str(exc):
            first = f"{output} already holds tables: choose another --output or add --overwrite"
        fail(f"spark run failed: {first}")
    t = manifest["tables"]
    out.print(
        f"{t['articles']} articles, {t['events']} events, {t['problems']} problems in {manifest['seconds']} s; "
        f"load them with: attache load {output}",
        markup=False,
    )
    out.print(json.dumps(manifest), markup=False)
