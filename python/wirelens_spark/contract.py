"""The Parquet tables of a run, read back (pyarrow) into the JSON contract.

`to_contract(folder)` gives the dict that `json.loads` of `wirelens analyze
--json` gives for the same corpus, in the same order: documents by corpus
index, passages by (a, b, offsets), quotes and utterances by id, speakers in
the engine's order, carried by first credited span. The equality test
compares them with `==` (floats too).
"""

from __future__ import annotations

import os

import pyarrow.parquet as pq


def _rows(folder: str, name: str):
    return pq.read_table(os.path.join(folder, name)).to_pylist()


def to_contract(folder: str) -> dict:
    documents = sorted(_rows(folder, "documents"), key=lambda d: d["index"])
    passages = sorted(
        _rows(folder, "passages"),
        key=lambda p: (p["a_index"], p["b_index"], p["a_start"], p["b_start"],
                       p["a_end"], p["b_end"], p["rank_in_pair"]),
    )
    quotes = sorted(_rows(folder, "quotes"), key=lambda q: q["id"])
    speakers = sorted(_rows(folder, "speakers"), key=lambda s: s["position"])
    utterances = sorted(_rows(folder, "utterances"), key=lambda u: u["id"])
    # The engine's order: first credited span (document number, start, end), agency.
    number = {d["id"]: d["index"] for d in documents}
    carried = sorted(
        _rows(folder, "carried"),
        key=lambda c: (number[c["credited"][0]["doc"]], c["credited"][0]["start"],
                       c["credited"][0]["end"], c["agency"]),
    )
    return {
        "documents": [
            {"id": d["id"], "title": d["title"], "bytes": d["bytes"],
             "original_share": d["original_share"], "credits": d["credits"]}
            for d in documents
        ],
        "passages": [
            {"a": {"doc": p["a_doc"], "start": p["a_start"], "end": p["a_end"]},
             "b": {"doc": p["b_doc"], "start": p["b_start"], "end": p["b_end"]},
             "similarity": p["similarity"], "kind": p["kind"]}
            for p in passages
        ],
        "quotes": [
            {"id": q["id"], "doc": q["doc"], "start": q["start"], "end": q["end"],
             "text": q["text"], "speaker": q["speaker"], "mention": q["mention"],
             "cue": q["cue"], "channel": q["channel"], "utterance": q["utterance"]}
            for q in quotes
        ],
        "speakers": [
            {"name": s["name"], "aliases": s["aliases"], "role": s["role"],
             "quotes": s["quotes"], "kind": s["kind"]}
            for s in speakers
        ],
        "utterances": [
            {"id": u["id"], "quotes": u["quotes"], "speakers": u["speakers"],
             "conflict": u["conflict"], "conflict_kind": u["conflict_kind"]}
            for u in utterances
        ],
        "carried": carried,
    }
