"""Equality test: Spark tables and `wirelens.analyze()` against the CLI's JSON.

    python -m wirelens_spark.check CLI_JSON TABLES INPUT...

CLI_JSON is what `wirelens analyze INPUT... --json` printed, TABLES the
output folder of the Spark job over the same INPUT. Fails (exit 1) on the
first difference, naming the table and the first differing entry: equality is
exact, values and order, floats included.
"""

from __future__ import annotations

import json
import os
import sys

import wirelens

from .contract import to_contract
from .inputs import list_files, file_stem, unique_ids


def first_difference(expected: dict, actual: dict):
    for table in ["documents", "passages", "quotes", "speakers", "utterances", "carried"]:
        want, got = expected.get(table, []), actual.get(table, [])
        for i, (w, g) in enumerate(zip(want, got)):
            if w != g:
                return f"{table}[{i}]: CLI {json.dumps(w)[:400]} != {json.dumps(g)[:400]}"
        if len(want) != len(got):
            return f"{table}: CLI has {len(want)} entries, the other {len(got)}"
    if set(expected) != set(actual):
        return f"tables differ: {sorted(expected)} != {sorted(actual)}"
    return None


def read_like_the_cli(paths):
    skipped = []
    docs, stems = [], []
    for path in list_files(paths, skipped):
        with open(path, "rb") as handle:
            data = handle.read()
        try:
            docs.append(wirelens.decode(os.path.basename(path), data))
            stems.append(file_stem(path))
        except wirelens.WirelensError:
            pass
    return list(zip(unique_ids(stems), docs))


def main(argv) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cli_json, tables, inputs = argv[0], argv[1], argv[2:]
    with open(cli_json, encoding="utf-8") as handle:
        cli_text = handle.read()
    expected = json.loads(cli_text)
    counts = {k: len(v) for k, v in expected.items()}
    failures = 0
    difference = first_difference(expected, to_contract(tables))
    if difference:
        print(f"Spark tables differ from the CLI: {difference}", file=sys.stderr)
        failures += 1
    docs = read_like_the_cli(inputs)
    difference = first_difference(expected, wirelens.analyze(docs))
    if difference:
        print(f"wirelens.analyze() differs from the CLI: {difference}", file=sys.stderr)
        failures += 1
    if wirelens.analyze_json(docs) != cli_text:
        print("wirelens.analyze_json() is not byte-identical to the CLI's output", file=sys.stderr)
        failures += 1
    if failures:
        return 1
    print(f"equal to the CLI ({', '.join(f'{v} {k}' for k, v in counts.items())}): "
          "Spark tables, analyze(), analyze_json()")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
