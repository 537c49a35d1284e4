"""Speed and memory of `hadath extract` over a JSON Lines batch, on one core.

    python benchmarks/speed.py [--docs 2000]

Prints: start-up time (loading knowledge and lexicons), documents per second over a batch of
generated ~3 KB documents (start-up excluded), events per document, and the peak resident memory
of the process. Also times the installed command line end to end on the same batch.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents, write_jsonl


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args(argv)

    began = time.perf_counter()
    from hadath.api import Extractor, as_document

    imported = time.perf_counter()
    extractor = Extractor.load()
    ready = time.perf_counter()
    print(f"start-up: import {imported - began:.2f} s + load {ready - imported:.2f} s = {ready - began:.2f} s")

    docs = list(documents(args.docs))
    size = sum(len(d["text"].encode()) for d in docs) / len(docs)
    extractor.run(as_document(docs[0]))  # warm caches once
    start = time.perf_counter()
    events = sum(len(extractor.run(as_document(d)).events) for d in docs)
    took = time.perf_counter() - start
    print(f"library: {len(docs)} documents of {size:.0f} bytes in {took:.2f} s = {len(docs) / took:.0f} docs/s "
          f"({events / len(docs):.1f} events/doc)")
    print(f"peak memory (this process): {peak_mb():.0f} MB")

    hadath = shutil.which("hadath") or str(Path(sys.executable).with_name("hadath"))
    with tempfile.TemporaryDirectory() as tmp:
        batch = write_jsonl(Path(tmp) / "batch.jsonl", args.docs)
        t0 = time.perf_counter()
        subprocess.run([hadath, "extract", str(Path(tmp) / "empty.jsonl"), "--format", "jsonl", "--no-progress"],
                       check=False, capture_output=True)
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", hadath, "extract", str(batch), "--format", "jsonl",
                               "--no-progress"], check=True, capture_output=True, text=True)
        total = time.perf_counter() - t0
        lines = done.stdout.count("\n")
        rss = int(done.stderr.strip().splitlines()[-1]) / 1024
        print(f"cli: start-up {startup:.2f} s; {args.docs} documents in {total:.2f} s, "
              f"{args.docs / (total - startup):.0f} docs/s without start-up; {lines} events; peak {rss:.0f} MB")
    print(json.dumps({"docs_per_s": round(len(docs) / took), "startup_s": round(ready - began, 2),
                      "peak_mb": round(peak_mb())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
