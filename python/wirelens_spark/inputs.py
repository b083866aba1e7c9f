"""Reading a corpus for the Spark job, in the order and with the ids the CLI uses.

Files and folders are listed as `wirelens analyze` lists them (folders
recursively, entries sorted by name, hidden ones skipped, only article
extensions inside folders; a file named explicitly is always read). Each file
is read and decoded on the executors (`wirelens.decode`, the CLI's decoding);
only file names and error messages come back to the driver, which numbers the
articles and makes their ids unique as the CLI does (`a`, `a-2`, `a-3`, …).

Tables (JSON lines or Parquet with `id` and `text` columns) are numbered in
the order of their ids, by a distributed sort.
"""

from __future__ import annotations

import os
import sys
from typing import List, Tuple

ARTICLE_EXTENSIONS = {"txt", "text", "md", "markdown", "html", "htm"}


def _describe_os_error(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return f"cannot be read ({error})"


def list_files(paths: List[str], skipped: List[Tuple[str, str]]) -> List[str]:
    """Every article file under `paths`, in the CLI's order."""
    files: List[str] = []

    def collect(path: str, explicit: bool) -> None:
        try:
            is_dir = os.path.isdir(path)
            if not is_dir and not os.path.exists(path):
                raise FileNotFoundError(path)
        except OSError as error:
            skipped.append((path, _describe_os_error(error)))
            return
        if is_dir:
            try:
                children = sorted(os.listdir(path))
            except OSError as error:
                skipped.append((path, _describe_os_error(error)))
                return
            for name in children:
                if not name.startswith("."):
                    collect(os.path.join(path, name), False)
        elif explicit or _has_article_extension(path):
            files.append(path)

    for path in paths:
        collect(path, True)
    return files


def _has_article_extension(path: str) -> bool:
    name = os.path.basename(path)
    stem, dot, ext = name.rpartition(".")
    return bool(dot) and bool(stem) and ext.lower() in ARTICLE_EXTENSIONS


def file_stem(path: str) -> str:
    """Rust's `Path::file_stem`: the name without its last extension."""
    name = os.path.basename(path.rstrip("/"))
    if name == "..":
        return name
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def unique_ids(stems: List[str]) -> List[str]:
    """The CLI's ids: a stem, made unique with `-2`, `-3`, … in reading order."""
    used = set()
    ids = []
    for stem in stems:
        stem = stem or "article"
        candidate, n = stem, 2
        while candidate in used:
            candidate = f"{stem}-{n}"
            n += 1
        used.add(candidate)
        ids.append(candidate)
    return ids


def _read_and_decode(path: str):
    import wirelens

    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return (path, None, _describe_os_error(error))
    try:
        # decode() prefixes its message with the name; the CLI names the path.
        return (path, wirelens.decode(os.path.basename(path), data), None)
    except wirelens.WirelensError as error:
        message = str(error)
        prefix = os.path.basename(path) + ": "
        return (path, None, message[len(prefix):] if message.startswith(prefix) else message)


def read_files(spark, paths: List[str], partitions: int, quiet: bool = False):
    """RDD of `(index, id, text)` in the CLI's order; skipped files reported on stderr."""
    skipped: List[Tuple[str, str]] = []
    files = list_files(paths, skipped)
    sc = spark.sparkContext
    numbered = sc.parallelize(list(enumerate(files)), max(1, min(partitions, len(files) or 1)))
    decoded = numbered.map(lambda item: (item[0],) + _read_and_decode(item[1])).cache()
    # Only names and messages reach the driver, never texts.
    outcomes = sorted(decoded.map(lambda r: (r[0], r[1], r[2] is not None, r[3])).collect())
    readable = [(i, path) for i, path, ok, _ in outcomes if ok]
    skipped += [(path, reason) for _, path, ok, reason in outcomes if not ok]
    if not quiet:
        for path, reason in skipped:
            print(f"wirelens: skipping {path}: {reason}", file=sys.stderr)
    ids = unique_ids([file_stem(path) for _, path in readable])
    numbering = {file_index: (doc, ids[doc]) for doc, (file_index, _) in enumerate(readable)}
    numbering_b = sc.broadcast(numbering)
    docs = decoded.filter(lambda r: r[2] is not None).map(
        lambda r: (numbering_b.value[r[0]][0], numbering_b.value[r[0]][1], r[2])
    )
    return docs, len(readable)


def read_table(spark, path: str, fmt: str):
    """RDD of `(index, id, text)` from a JSON-lines or Parquet table, numbered by id."""
    reader = spark.read.json if fmt == "jsonl" else spark.read.parquet
    frame = reader(path).select("id", "text").orderBy("id")
    docs = frame.rdd.zipWithIndex().map(lambda row_index: (row_index[1], row_index[0][0], row_index[0][1]))
    return docs, frame.count()
