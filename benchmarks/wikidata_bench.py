"""Throughput and memory of ``hadath kb import-wikidata`` on a synthetic Wikidata dump.

Generates a dump of N entities in the standard format (one entity a line, ``.json.gz``): about 60 %
non-human items, 30 % humans without "position held", 10 % office holders (P39 with start/end
qualifiers, positions from the packaged table or unmapped, most with an Arabic label), each about
1-2 KB of JSON. Then runs the importer and prints entities/s and the peak resident memory.
The dump is generated in a child process so that the peak RSS printed is the importer's.

Usage: python benchmarks/wikidata_bench.py [--entities 1000000] [--dump PATH] [--keep]
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import random
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from hadath.knowledge.wikidata import import_wikidata, load_positions

LANGS = ("en", "fr", "de", "es", "it", "ru", "nl", "pt")
BATCH = 5_000


def _snak(prop: str, value: Any, kind: str) -> dict[str, Any]:
    return {"snaktype": "value", "property": prop, "datavalue": {"value": value, "type": kind},
            "datatype": "wikibase-item" if kind == "wikibase-entityid" else kind}


def _item(prop: str, qid: str) -> dict[str, Any]:
    return _snak(prop, {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}, "wikibase-entityid")


def _time(prop: str, year: int, month: int, day: int, precision: int = 11) -> dict[str, Any]:
    value = {"time": f"+{year:04d}-{month:02d}-{day:02d}T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
             "precision": precision, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}
    return _snak(prop, value, "time")


def _statement(qid: str, n: int, snak: dict[str, Any], qualifiers: dict[str, list[Any]] | None = None) -> dict:
    out: dict[str, Any] = {"mainsnak": snak, "type": "statement", "id": f"{qid}$stmt-{n}", "rank": "normal"}
    if qualifiers:
        out["qualifiers"] = qualifiers
        out["qualifiers-order"] = list(qualifiers)
    return out


def _labels(rng: random.Random, name: str, arabic: str | None) -> dict[str, Any]:
    labels = {lang: {"language": lang, "value": name} for lang in rng.sample(LANGS, 4)}
    if arabic:
        labels["ar"] = {"language": "ar", "value": arabic}
    return labels


def _entity(rng: random.Random, number: int, mapped: list[str]) -> dict[str, Any]:
    qid = f"Q{100_000_000 + number}"
    kind = rng.random()
    name = f"Entity {number} " + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=12))
    arabic = "شخص " + "".join(rng.choices("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", k=8)) if rng.random() < 0.7 else None
    claims: dict[str, list[Any]] = {}
    if kind < 0.6:  # a place, a work, a taxon...
        claims["P31"] = [_statement(qid, 0, _item("P31", f"Q{rng.randint(10, 999_999)}"))]
        claims["P17"] = [_statement(qid, 1, _item("P17", f"Q{rng.randint(10, 300)}"))]
        claims["P625"] = [_statement(qid, 2, _snak("P625", {"latitude": rng.uniform(-90, 90),
                                                            "longitude": rng.uniform(-180, 180),
                                                            "precision": 0.0001, "globe":
                                                            "http://www.wikidata.org/entity/Q2"},
                                                   "globecoordinate"))]
    else:
        claims["P31"] = [_statement(qid, 0, _item("P31", "Q5"))]
        claims["P21"] = [_statement(qid, 1, _item("P21", "Q6581097"))]
        claims["P569"] = [_statement(qid, 2, _time("P569", rng.randint(1900, 1990), 1, 1, 9))]
        claims["P27"] = [_statement(qid, 3, _item("P27", f"Q{rng.randint(10, 300)}"))]
    if kind >= 0.9:  # an office holder
        held = []
        for n in range(rng.randint(1, 3)):
            position = rng.choice(mapped) if rng.random() < 0.5 else f"Q{rng.randint(1_000_000, 9_999_999)}"
            start = rng.randint(1950, 2020)
            qualifiers = {"P580": [_time("P580", start, rng.randint(1, 12), rng.randint(1, 28))]}
            if rng.random() < 0.7:
                qualifiers["P582"] = [_time("P582", start + rng.randint(1, 6), 1, 1, 9)]
            held.append(_statement(qid, 10 + n, _item("P39", position), qualifiers))
        claims["P39"] = held
    return {"type": "item", "id": qid, "labels": _labels(rng, name, arabic),
            "descriptions": {lang: {"language": lang, "value": f"description of {name}"} for lang in LANGS[:3]},
            "aliases": {"ar": [{"language": "ar", "value": arabic + " ب"}]} if arabic else {},
            "claims": claims,
            "sitelinks": {f"{lang}wiki": {"site": f"{lang}wiki", "title": name, "badges": []}
                          for lang in LANGS[:rng.randint(0, 3)]},
            "lastrevid": 2_000_000_000 + number}


def generate(path: Path, entities: int, seed: int = 7) -> int:
    """Write a synthetic dump; return its uncompressed size in bytes."""
    rng = random.Random(seed)
    mapped = sorted(load_positions())
    size = 0
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(b"[\n")
        for first in range(0, entities, BATCH):
            lines = [json.dumps(_entity(rng, n, mapped), ensure_ascii=False, separators=(",", ":"))
                     for n in range(first, min(first + BATCH, entities))]
            chunk = (",\n".join(lines) + (",\n" if first + BATCH < entities else "\n")).encode("utf-8")
            size += len(chunk)
            out.write(chunk)
        out.write(b"]\n")
    return size


def _generate_child(path: str, entities: int, queue: Any) -> None:
    queue.put(generate(Path(path), entities))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--dump", type=Path, help="reuse (or create, with --keep) this .json.gz dump")
    parser.add_argument("--keep", action="store_true", help="keep the generated dump")
    parser.add_argument("--full-parse", action="store_true", help="parse every line (no P39 prefilter)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dump = args.dump or Path(tmp) / "dump.json.gz"
        if not dump.exists():
            began = time.perf_counter()
            ctx = multiprocessing.get_context("spawn")
            queue = ctx.Queue()
            child = ctx.Process(target=_generate_child, args=(str(dump), args.entities, queue))
            child.start()
            size = queue.get()
            child.join()
            print(f"generated {args.entities:,} entities: {size / 1e6:,.0f} MB JSON "
                  f"({size / max(args.entities, 1):,.0f} B/entity), {dump.stat().st_size / 1e6:,.0f} MB gzip, "
                  f"in {time.perf_counter() - began:.0f} s")
        summary = import_wikidata(dump, Path(tmp) / "out", full_parse=args.full_parse)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(summary.report(top=5))
        print(f"entities/s: {summary.entities_per_second:,.0f}; peak RSS: {peak:,.0f} MB; "
              f"output {summary.output.stat().st_size / 1e6:.1f} MB")
        if args.keep and args.dump is None:
            kept = Path.cwd() / "wikidata_bench.json.gz"
            dump.replace(kept)
            print(f"dump kept as {kept}")


if __name__ == "__main__":
    main()
