"""The Spark pipeline: the CLI's analysis, shard by shard.

    docs (index, id, text)
      ├─ map: wirelens.shingles → (hash, doc, pos, context)
      │    shuffle by hash → wirelens.seeds per partition (same common-n-gram cap)
      │    shuffle by document pair → join both texts → wirelens.verify
      │    = passages (aligned, kinds, stock phrases dropped: all per pair)
      ├─ copy passages → shuffle by document → wirelens.original_share
      ├─ map: wirelens.credits (documents.credits); passages joined with both
      │    documents' credits → shuffle by agency → wirelens.carry = carried
      └─ quotes: wirelens.attribute_quotes over the whole corpus in ONE task
         (canonical speakers, utterance groups; see below)

Every reuse step is exact by construction: an n-gram's seeds depend only on
that n-gram's postings, a pair's passages only on the pair's seeds and texts
(the stock-phrase filter weighs only the pair's own passages), and an
article's original share only on the copies it holds. The engine's own test
(`shard::tests`) checks the four steps against `find_passages`.

Quote attribution is not split: the engine gathers names over the whole
corpus before it reads any article's mentions, merges speakers corpus-wide
(a bare surname joins the one full name it matches anywhere) and groups
utterances by shared words across all articles, so no key partitions it
exactly. It runs as one Spark task on an executor (the texts never reach
the driver); its memory is one executor's, and it is the one step whose
time does not fall with more cores.
"""

from __future__ import annotations

import os
from typing import Iterable

import wirelens

from pyspark.sql import types as T


def _verify(row) -> Iterable[tuple]:
    # (b, ((a, a_text, seeds), b_text))
    b_doc, ((a_doc, a_text, seeds), b_text) = row
    for rank, p in enumerate(wirelens.verify(a_doc, a_text, b_doc, b_text, seeds)):
        yield p + (rank,)


def _copies(p) -> Iterable[tuple]:
    if p[7] == "copy" and p[0] != p[3]:
        yield (p[0], (p[1], p[2]))
        yield (p[3], (p[4], p[5]))


def _by_agency(row) -> Iterable[tuple]:
    # (b_index, ((passage, a_credits), b_credits)): one row per agency either
    # document credits, with only that agency's credits (entries never join
    # across agencies, so each agency is carried on its own).
    _, ((p, a_credits), b_credits) = row
    a_credits, b_credits = a_credits or [], b_credits or []
    if p[9] == "boilerplate" or p[0] == p[4]:
        return
    order = (p[0], p[4], p[2], p[6], p[3], p[7], p[10])
    passage = (p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[9])
    for agency in {c[0] for c in a_credits + b_credits}:
        yield (agency, (order, passage,
                        [c for c in a_credits if c[0] == agency],
                        [c for c in b_credits if c[0] == agency]))


def _carry(group) -> Iterable[tuple]:
    rows = sorted(group[1], key=lambda r: r[0])
    yield from wirelens.carry([r[1:] for r in rows])


def _attribute(group) -> Iterable[tuple]:
    docs = sorted(group[1])
    result = wirelens.attribute_quotes([d[1] for d in docs], [d[2] for d in docs])
    for q in result["quotes"]:
        mention = q["mention"]
        yield ("quote", (q["id"], q["doc"], q["start"], q["end"], q["text"], q["speaker"],
                         None if mention is None else (mention["start"], mention["end"]),
                         q["cue"], q["channel"], q["utterance"]))
    for position, s in enumerate(result["speakers"]):
        yield ("speaker", (position, s["name"], s["aliases"], s["role"], s["quotes"], s["kind"]))
    for u in result["utterances"]:
        yield ("utterance", (u["id"], u["quotes"], u["speakers"], u["conflict"], u["conflict_kind"]))


SPAN = T.StructType([T.StructField("start", T.LongType()), T.StructField("end", T.LongType())])
DOC_SPAN = T.StructType([
    T.StructField("doc", T.StringType(), False),
    T.StructField("start", T.LongType(), False),
    T.StructField("end", T.LongType(), False),
])
CREDIT = T.StructType([
    T.StructField("agency", T.StringType(), False),
    T.StructField("start", T.LongType(), False),
    T.StructField("end", T.LongType(), False),
    T.StructField("scope", T.StringType(), False),
    T.StructField("scope_start", T.LongType(), False),
    T.StructField("scope_end", T.LongType(), False),
])

SCHEMAS = {
    "documents": T.StructType([
        T.StructField("index", T.LongType(), False),
        T.StructField("id", T.StringType(), False),
        T.StructField("title", T.StringType(), False),
        T.StructField("bytes", T.LongType(), False),
        T.StructField("original_share", T.DoubleType(), False),
        T.StructField("credits", T.ArrayType(CREDIT, False), False),
    ]),
    "passages": T.StructType([
        T.StructField("a_index", T.LongType(), False),
        T.StructField("a_doc", T.StringType(), False),
        T.StructField("a_start", T.LongType(), False),
        T.StructField("a_end", T.LongType(), False),
        T.StructField("b_index", T.LongType(), False),
        T.StructField("b_doc", T.StringType(), False),
        T.StructField("b_start", T.LongType(), False),
        T.StructField("b_end", T.LongType(), False),
        T.StructField("similarity", T.DoubleType(), False),
        T.StructField("kind", T.StringType(), False),
        T.StructField("rank_in_pair", T.LongType(), False),
    ]),
    "quotes": T.StructType([
        T.StructField("id", T.LongType(), False),
        T.StructField("doc", T.StringType(), False),
        T.StructField("start", T.LongType(), False),
        T.StructField("end", T.LongType(), False),
        T.StructField("text", T.StringType(), False),
        T.StructField("speaker", T.StringType(), True),
        T.StructField("mention", SPAN, True),
        T.StructField("cue", T.StringType(), True),
        T.StructField("channel", T.StringType(), True),
        T.StructField("utterance", T.LongType(), False),
    ]),
    "speakers": T.StructType([
        T.StructField("position", T.LongType(), False),
        T.StructField("name", T.StringType(), False),
        T.StructField("aliases", T.ArrayType(T.StringType(), False), False),
        T.StructField("role", T.StringType(), True),
        T.StructField("quotes", T.ArrayType(T.LongType(), False), False),
        T.StructField("kind", T.StringType(), False),
    ]),
    "utterances": T.StructType([
        T.StructField("id", T.LongType(), False),
        T.StructField("quotes", T.ArrayType(T.LongType(), False), False),
        T.StructField("speakers", T.ArrayType(T.StringType(), False), False),
        T.StructField("conflict", T.BooleanType(), False),
        T.StructField("conflict_kind", T.StringType(), True),
    ]),
    "carried": T.StructType([
        T.StructField("agency", T.StringType(), False),
        T.StructField("kind", T.StringType(), False),
        T.StructField("credited", T.ArrayType(DOC_SPAN, False), False),
        T.StructField("uncredited", T.ArrayType(DOC_SPAN, False), False),
    ]),
}


def analyze(spark, docs, partitions: int):
    """The six tables (DataFrames) for an RDD of `(index, id, text)`."""
    docs = docs.cache()
    texts = docs.map(lambda d: (d[0], d[2]))
    ids = docs.map(lambda d: (d[0], d[1]))

    # Map, then shuffle by n-gram hash: the seeds of every n-gram.
    # A partition holds whole hash groups, so one call pairs all of them (the
    # engine's index pairs each hash's postings on their own).
    postings = docs.flatMap(lambda d: wirelens.shingles(d[0], d[2]))
    seeds = (
        postings.map(lambda p: (p[0], p))
        .partitionBy(partitions)
        .mapPartitions(lambda part: wirelens.seeds([kv[1] for kv in part]))
    )

    # Shuffle by document pair; a pair whose only seed is isolated cannot
    # hold a passage (the engine skips it too). Join both texts, verify.
    pairs = (
        seeds.map(lambda s: ((s[0], s[1]), s))
        .groupByKey(partitions)
        .mapValues(list)
        .filter(lambda kv: not (len(kv[1]) == 1 and kv[1][0][4]))
    )
    with_a = pairs.map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))).join(texts, partitions)
    with_b = with_a.map(lambda r: (r[1][0][0], (r[0], r[1][1], r[1][0][1]))).join(texts, partitions)
    passages = with_b.flatMap(_verify).cache()

    # Shuffle copies by document: original shares. Each article's credits
    # are its own (a map).
    copies = passages.flatMap(_copies).groupByKey(partitions).mapValues(list)
    documents = (
        docs.map(lambda d: (d[0], d))
        .leftOuterJoin(copies, partitions)
        .map(lambda kv: (
            kv[0], kv[1][0][1], wirelens.title(kv[1][0][2]), len(kv[1][0][2].encode("utf-8")),
            wirelens.original_share(kv[1][0][2], kv[1][1]) if kv[1][1] else 1.0,
            wirelens.credits(kv[1][0][2]),
        ))
        .cache()
    )

    # Passages with their documents' ids (two joins on the index).
    named = (
        passages.map(lambda p: (p[0], p)).join(ids, partitions)
        .map(lambda r: (r[1][0][3], (r[1][0], r[1][1]))).join(ids, partitions)
        .map(lambda r: (r[1][0][0][0], r[1][0][1], r[1][0][0][1], r[1][0][0][2],
                        r[1][0][0][3], r[1][1], r[1][0][0][4], r[1][0][0][5],
                        r[1][0][0][6], r[1][0][0][7], r[1][0][0][8]))
    )

    # Provenance: passages with both documents' credits, shuffled by agency;
    # each agency's passages in the contract's order through wirelens.carry.
    credited = documents.filter(lambda d: d[5]).map(lambda d: (d[0], d[5]))
    carried = (
        named.map(lambda p: (p[0], p)).leftOuterJoin(credited, partitions)
        .map(lambda r: (r[1][0][4], (r[1][0], r[1][1]))).leftOuterJoin(credited, partitions)
        .flatMap(_by_agency)
        .groupByKey(partitions)
        .flatMap(_carry)
    )

    # Quotes: the whole corpus in one task on an executor (module doc).
    quoted = docs.map(lambda d: (0, d)).groupByKey(1).flatMap(_attribute).cache()

    def table(name, rows):
        return spark.createDataFrame(rows, SCHEMAS[name])

    # No global sort: the tables carry the columns that order them
    # (documents.index, passages.a_index/b_index/offsets/rank_in_pair,
    # quotes.id, speakers.position, utterances.id); `contract` sorts by them.
    def tagged(tag):
        return quoted.filter(lambda t: t[0] == tag).map(lambda t: t[1])

    return {
        "documents": table("documents", documents),
        "passages": table("passages", named),
        "quotes": table("quotes", tagged("quote")),
        "speakers": table("speakers", tagged("speaker")),
        "utterances": table("utterances", tagged("utterance")),
        "carried": table("carried", carried),
    }


def write(tables, output: str) -> None:
    for name, frame in tables.items():
        frame.write.mode("overwrite").parquet(os.path.join(output, name))
