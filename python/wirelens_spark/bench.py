"""Scale benchmark: the CLI against the Spark job in local mode (not a test).

    python -m wirelens_spark.bench CLI_BINARY CORPUS WORKDIR [MASTER]

Runs `CLI_BINARY analyze CORPUS --json` and the Spark job over CORPUS, each
watched by sampling /proc every 0.1 s: wall time, peak resident memory of
the whole process tree (for Spark: the driver JVM, which is also the
executor in local mode, plus its Python workers, and the driver's Python),
the JVM's own peak and the Spark job's shuffle bytes written (from Spark's
event log). Prints one Markdown row per run.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import time


def _children() -> dict:
    tree = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            pid = int(stat.split("/")[2])
            tree.setdefault(int(fields[1]), []).append(pid)
        except (OSError, IndexError, ValueError):
            continue
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def watch(argv, stdout=subprocess.DEVNULL):
    """(wall seconds, peak total RSS MB, peak JVM RSS MB) of a command and its descendants."""
    started = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout)
    peak_total = peak_jvm = 0
    while process.poll() is None:
        tree, pids, stack = _children(), [], [process.pid]
        while stack:
            pid = stack.pop()
            pids.append(pid)
            stack.extend(tree.get(pid, []))
        sizes = {pid: _rss_kb(pid) for pid in pids}
        peak_total = max(peak_total, sum(sizes.values()))
        jvm = sum(size for pid, size in sizes.items() if "java" in _cmdline(pid).split(" ")[0])
        peak_jvm = max(peak_jvm, jvm)
        time.sleep(0.1)
    if process.returncode != 0:
        raise SystemExit(f"{argv[0]} failed ({process.returncode})")
    return time.monotonic() - started, peak_total / 1024, peak_jvm / 1024


def shuffle_bytes(event_dir: str) -> int:
    total = 0
    # Spark 4 writes a folder of rolling event files per application.
    for path in glob.glob(os.path.join(event_dir, "**", "*"), recursive=True):
        if os.path.isdir(path):
            continue
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if '"SparkListenerTaskEnd"' not in line:
                    continue
                metrics = json.loads(line).get("Task Metrics") or {}
                total += (metrics.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
    return total


def main(argv) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cli, corpus, work = argv[:3]
    master = argv[3] if len(argv) > 3 else "local[2]"
    os.makedirs(work, exist_ok=True)
    articles = len([n for n in os.listdir(corpus) if not n.startswith(".")])
    with open(os.path.join(work, "cli.json"), "wb") as out:
        cli_time, cli_peak, _ = watch([cli, "analyze", corpus, "--json"], stdout=out)
    events = os.path.join(work, "events")
    tables = os.path.join(work, "tables")
    shutil.rmtree(events, ignore_errors=True)
    os.makedirs(events, exist_ok=True)
    spark_time, spark_peak, jvm_peak = watch([
        sys.executable, "-m", "wirelens_spark", "--master", master, "--quiet",
        "--event-log", events, corpus, tables,
    ])
    shuffled = shuffle_bytes(events)
    print("| articles | CLI time | CLI peak memory | Spark time | Spark peak memory (all processes) "
          "| of which JVM | shuffle written |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {articles:,} | {cli_time:.1f} s | {cli_peak:.0f} MB | {spark_time:.1f} s "
          f"| {spark_peak:.0f} MB | {jvm_peak:.0f} MB | {shuffled / 2**20:.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
