"""Command line of the Spark job: `python -m wirelens_spark [options] INPUT... OUTPUT`."""

from __future__ import annotations

import argparse
import os
import sys
import time


def _walk(paths):
    for path in paths:
        if os.path.isdir(path):
            for _, _, names in os.walk(path):
                yield from names
        else:
            yield path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="wirelens_spark",
        description="The wirelens analysis on Spark: articles in, Parquet tables of the JSON contract out.",
    )
    parser.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT")
    parser.add_argument("--format", choices=["files", "jsonl", "parquet"], default="files",
                        help="files: folders/files as the CLI reads them (default); "
                             "jsonl/parquet: a table with `id` and `text` columns")
    parser.add_argument("--master", default=None,
                        help="Spark master when not set by spark-submit (e.g. local[2])")
    parser.add_argument("--partitions", type=int, default=0,
                        help="shuffle partitions (default: 2 x default parallelism, at least one per 500 files)")
    parser.add_argument("--event-log", default=None,
                        help="write Spark's event log into this folder (for the benchmark)")
    parser.add_argument("--quiet", action="store_true", help="no messages about skipped files")
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT folder")
    inputs, output = args.paths[:-1], args.paths[-1]

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from wirelens_spark import inputs as reading
    from wirelens_spark.job import analyze, write

    builder = SparkSession.builder.appName("wirelens").config("spark.ui.enabled", "false").config(
        "spark.ui.showConsoleProgress", "false")
    if args.event_log:
        builder = builder.config("spark.eventLog.enabled", "true").config(
            "spark.eventLog.compress", "false").config("spark.eventLog.rolling.enabled", "false").config(
            "spark.eventLog.dir", "file://" + os.path.abspath(args.event_log))
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    started = time.monotonic()
    try:
        partitions = args.partitions or 2 * spark.sparkContext.defaultParallelism
        if args.format == "files" and not args.partitions:
            # About 500 articles a partition (a few hundred thousand postings).
            partitions = max(partitions, sum(1 for _ in _walk(inputs)) // 500)
        if args.format == "files":
            docs, count = reading.read_files(spark, inputs, partitions, args.quiet)
        else:
            if len(inputs) != 1:
                parser.error("a table input is one path")
            docs, count = reading.read_table(spark, inputs[0], args.format)
        if count == 0:
            print("wirelens: no article could be analysed", file=sys.stderr)
            return 1
        write(analyze(spark, docs, partitions), output)
    finally:
        spark.stop()
    print(f"wirelens_spark: {count} articles analysed into {output} in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
