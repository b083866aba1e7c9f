"""wirelens on Spark: the CLI's analysis of a corpus as Parquet tables.

`python -m wirelens_spark INPUT... OUTPUT` (or `spark-submit` of
`wirelens_spark/__main__.py`) reads a folder of articles, or a JSON-lines or
Parquet table of `(id, text)`, and writes `documents`, `passages`, `quotes`,
`speakers`, `utterances` and `carried` under OUTPUT: the columns of the JSON contract,
with exactly the values `wirelens analyze --json` gives (see `job` for how
each step is split, and `contract` to turn the tables back into the JSON).
"""

from .job import analyze, write  # noqa: F401
