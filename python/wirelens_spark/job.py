"""The Spark pipeline: the CLI's analysis, shard by shard.

    docs (index, id, text)
      ├─ map: wirelens.shingles → (hash, doc, pos, context)
      │    shuffle by hash → wirelens.seeds per partition (same common-n-gram cap)
      │    shuffle by document pair → join both texts → wirelens.verify
      │    = passages (aligned, kinds, stock phrases dropped: all per pair)
      ├─ copy passages → shuffle by document → wirelens.original_share
      ├─ map: wirelens.credits (documents.credits); passages joined with both
      │    documents' credits → shuffle by agency → wirelens.carry = carried
      └─ quotes (see `_quotes`):
           map: wirelens.names per partition → treeReduce(merge_names) → broadcast
           map: QuoteContext.evidence per partition → treeReduce(merge_evidence)
                → broadcast; each worker builds the speaker registry from it
           map: QuoteContext.quotes per partition (kept quotes with their speaker
                entity; entity evidence → treeReduce → broadcast)
           sort by (doc, start) → quote ids
           map: wirelens.quote_stems → shuffle by stem → pairs of quotes with the
                number of stems they share → join both quotes → QuoteContext.linked
           + continuation links → connected components by minimum-label
                propagation → utterance ids by first quote
           shuffle by utterance → settled speakers, utterance rows
           shuffle by speaker → speaker rows, sorted by (name, first quote)

Every reuse step is exact by construction: an n-gram's seeds depend only on
that n-gram's postings, a pair's passages only on the pair's seeds and texts
(the stock-phrase filter weighs only the pair's own passages), and an
article's original share only on the copies it holds. The engine's own test
(`shard::tests`) checks the four steps against `find_passages`.

The quote steps are exact too (`shard::tests` checks them against
`quotes::attribute`): the name table and both evidence tables keep, for
everything "first" or "last" the engine's one pass keeps, where it was seen,
so their merges give the one-pass tables in any order; the article's own
organisation names, the only per-article part of the name table, are
gathered again with the article. What reaches the driver is the merged name
table and the two evidence tables: one entry per distinct name or speaker,
never a text. The speaker registry itself is built from the evidence on each
worker (its person merging links names through shared first and last words,
its acronyms look at every organisation name: a graph over distinct names,
small next to the corpus, that every article may need whole).
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


# One QuoteContext per worker process, for the broadcast tables it was built from.
_CONTEXT = {}


def _context(names, evidence=None, entities=None) -> "wirelens.QuoteContext":
    # The tables' hashes name them (a str caches its hash: computed once).
    key = tuple(None if b is None else hash(b.value) for b in (names, evidence, entities))
    context = _CONTEXT.get(key)
    if context is None:
        context = wirelens.QuoteContext(names.value)
        if evidence is not None:
            context.set_registry(evidence.value)
        if entities is not None:
            context.set_entity_facts(entities.value)
        _CONTEXT.clear()
        _CONTEXT[key] = context
    return context


def _articles(part):
    return [(d[0], d[2]) for d in part]


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


def _quotes(sc, docs, partitions: int):
    """Quotes, utterance ids, settled speakers; speaker and utterance rows."""
    merge_depth = 3
    names = sc.broadcast(
        docs.mapPartitions(lambda part: [wirelens.names(_articles(part))])
        .treeReduce(wirelens.merge_names, merge_depth))
    evidence = sc.broadcast(
        docs.mapPartitions(lambda part: [_context(names).evidence(_articles(part))])
        .treeReduce(wirelens.merge_evidence, merge_depth))

    def kept(part):
        rows, facts = _context(names, evidence).quotes(_articles(part))
        yield ("facts", facts)
        for r in rows:
            yield ("quote", r)

    found = docs.mapPartitions(kept).cache()
    entities = sc.broadcast(
        found.filter(lambda t: t[0] == "facts").map(lambda t: t[1])
        .treeReduce(wirelens.merge_entity_evidence, merge_depth))
    # Quote ids: by article, then offset.
    quotes = (
        found.filter(lambda t: t[0] == "quote").map(lambda t: t[1])
        .sortBy(lambda r: (r[0], r[1]), numPartitions=partitions)
        .zipWithIndex().map(lambda ri: (ri[1], ri[0]))
        .cache()
    )
    stems = quotes.mapValues(lambda r: wirelens.quote_stems(r[3])).cache()
    # What linking reads of each quote: (stem count, lower-case stems, speaker).
    sides = stems.join(quotes, partitions).mapValues(lambda sr: (len(sr[0][0]), sr[0][1], sr[1][4]))
    limit = wirelens.COMMON_WORD_LIMIT

    def pairs(kv):
        ids = sorted(kv[1])
        if len(ids) > limit:
            return
        for x, a in enumerate(ids):
            for b in ids[x + 1:]:
                yield ((a, b), 1)

    shared = (
        stems.flatMap(lambda kv: [(s, kv[0]) for s in kv[1][0]])
        .groupByKey(partitions).flatMap(pairs)
        .reduceByKey(lambda x, y: x + y, partitions)
    )

    def link(row):
        # (b, ((a, k, a_side), b_side))
        b, ((a, k, a_side), b_side) = row
        if _context(names, evidence, entities).linked(k, a_side, b_side):
            yield (a, b)

    linked = (
        shared.map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))).join(sides, partitions)
        .map(lambda r: (r[1][0][0], (r[0], r[1][0][1], r[1][1]))).join(sides, partitions)
        .flatMap(link)
    )
    continued = quotes.filter(lambda kv: kv[1][8]).map(lambda kv: (kv[0] - 1, kv[0]))
    edges = linked.union(continued).flatMap(lambda e: [e, (e[1], e[0])]).cache()

    # Connected components: every quote takes the smallest label among its
    # neighbours' until none changes; the label is the component's first quote.
    labels = edges.map(lambda e: (e[0], e[0])).reduceByKey(min, partitions).cache()
    while True:
        spread = (
            edges.join(labels, partitions).map(lambda r: (r[1][0], r[1][1]))
            .union(labels).reduceByKey(min, partitions).cache()
        )
        changed = spread.join(labels, partitions).filter(lambda r: r[1][0] != r[1][1]).count()
        labels.unpersist()
        labels = spread
        if changed == 0:
            break
    first = quotes.map(lambda kv: (kv[0], kv[0])).leftOuterJoin(labels, partitions).map(
        lambda r: (r[0], r[1][1] if r[1][1] is not None else r[0]))
    # Utterance ids in the order of their first quotes.
    numbers = first.map(lambda kv: kv[1]).distinct(partitions).sortBy(lambda x: x).zipWithIndex()
    utterance_of = (
        first.map(lambda kv: (kv[1], kv[0])).join(numbers, partitions)
        .map(lambda r: (r[1][0], r[1][1]))
    )
    grouped = (
        quotes.join(utterance_of, partitions)
        .map(lambda r: (r[1][1], (r[0], r[1][0][4], r[1][0][7])))
        .groupByKey(partitions)
    )

    def settle(kv):
        members = sorted(kv[1])
        context = _context(names, evidence, entities)
        settled = context.settle([m[1] for m in members])
        speakers, conflict, kind = context.utterance(
            [(e, m[2]) for e, m in zip(settled, members)])
        yield ("utterance", (kv[0], [m[0] for m in members], speakers, conflict, kind))
        for e, m in zip(settled, members):
            yield ("quote", (m[0], kv[0], e))

    utterances = grouped.flatMap(settle).cache()
    settled = utterances.filter(lambda t: t[0] == "quote").map(lambda t: (t[1][0], (t[1][1], t[1][2])))

    def quote_row(r):
        # (id, ((doc, start, end, text, _, mention, cue, channel, _), (utterance, entity)))
        q, ((doc, start, end, text, _, mention, cue, channel, _), (utterance, e)) = r
        speaker = None if e is None else _context(names, evidence, entities).name(e)
        return (doc, (q, start, end, text, speaker, mention, cue, channel, utterance))

    quote_rows = quotes.join(settled, partitions).map(quote_row)

    def speaker_row(kv):
        e, ids = kv
        name, aliases, role, kind = _context(names, evidence, entities).speaker(e)
        return (name, aliases, role, sorted(ids), kind)

    speakers = (
        settled.filter(lambda kv: kv[1][1] is not None).map(lambda kv: (kv[1][1], kv[0]))
        .groupByKey(partitions).map(speaker_row)
        .sortBy(lambda s: (s[0], s[3][0]), numPartitions=partitions)
        .zipWithIndex().map(lambda si: (si[1],) + si[0])
    )
    return (quote_rows, speakers,
            utterances.filter(lambda t: t[0] == "utterance").map(lambda t: t[1]))


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

    # Quotes: corpus-wide steps over compact tables (module doc).
    quote_rows, speakers, utterances = _quotes(spark.sparkContext, docs, partitions)
    quotes = quote_rows.join(ids, partitions).map(
        lambda r: (r[1][0][0], r[1][1]) + r[1][0][1:])

    def table(name, rows):
        return spark.createDataFrame(rows, SCHEMAS[name])

    # No global sort: the tables carry the columns that order them
    # (documents.index, passages.a_index/b_index/offsets/rank_in_pair,
    # quotes.id, speakers.position, utterances.id); `contract` sorts by them.
    return {
        "documents": table("documents", documents),
        "passages": table("passages", named),
        "quotes": table("quotes", quotes),
        "speakers": table("speakers", speakers),
        "utterances": table("utterances", utterances),
        "carried": table("carried", carried),
    }


def write(tables, output: str) -> None:
    for name, frame in tables.items():
        frame.write.mode("overwrite").parquet(os.path.join(output, name))
