"""Throughput, speed-up and memory of `hadath batch` with 1 and 2 Dask workers.

    python benchmarks/batch_bench.py [--docs 100000] [--workers 1 2] [--chunk-size 500]

Generates a corpus of ``--docs`` documents of about 3 KB (benchmarks/corpus.py) as JSON Lines,
then runs the batch on a local cluster (processes, one thread each) once per worker count into a
fresh output folder. Prints, per run: documents per second over the whole run (start-up of the
cluster and of the knowledge included) and in steady state (from the first finished chunk to the
last), events, duplicates, the peak resident memory of each worker process and of the driver;
then the speed-up of each run over the nearest run with fewer workers, and the 5-minute load
average (other processes on the machine make the figures vary). Runs may repeat and interleave
(``--workers 1 2 1 2``) to even out a machine shared with other jobs. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_jsonl

from hadath.batch import BatchConfig, run_batch


def run(corpus: Path, out: Path, workers: int, chunk_size: int) -> dict[str, float]:
    stamps: list[tuple[float, int]] = []

    def progress(items: int, skipped: bool) -> None:
        stamps.append((time.perf_counter(), items))

    config = BatchConfig(inputs=(str(corpus),), out=out, workers=workers, chunk_size=chunk_size)
    summary = run_batch(config, progress)
    steady = (sum(n for _, n in stamps[1:]) / (stamps[-1][0] - stamps[0][0])) if len(stamps) > 2 else 0.0
    peaks = sorted(summary.worker_peak_mb.values())
    print(f"{workers} worker(s): {summary.documents} documents in {summary.seconds:.1f} s = "
          f"{summary.docs_per_second:.1f} docs/s ({steady:.1f} docs/s steady); {summary.events} events, "
          f"{summary.duplicates} duplicates, {summary.rejections} rejections; peak memory per worker "
          f"{', '.join(f'{p:.0f}' for p in peaks)} MB, driver {summary.driver_peak_mb:.0f} MB; "
          f"knowledge loaded {sum(summary.knowledge_loads.values())} time(s); "
          f"load average {os.getloadavg()[1]:.1f} (5 min)", flush=True)
    return {"workers": workers, "docs_per_s": round(summary.docs_per_second, 1), "steady_docs_per_s": round(steady, 1),
            "seconds": round(summary.seconds, 1), "worker_peak_mb": round(max(peaks, default=0.0)),
            "driver_peak_mb": round(summary.driver_peak_mb), "load5": round(os.getloadavg()[1], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="worker counts, run in this order, e.g. --workers 2 1")
    parser.add_argument("--chunk-size", type=int, default=500)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the corpus and outputs")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="hadath-batch-", dir=args.tmp))
    try:
        began = time.perf_counter()
        corpus = write_jsonl(tmp / "corpus.jsonl", args.docs)
        print(f"corpus: {args.docs} documents, {corpus.stat().st_size / 1e6:.0f} MB, "
              f"generated in {time.perf_counter() - began:.0f} s", flush=True)
        results = [run(corpus, tmp / f"out{i}-{n}", n, args.chunk_size) for i, n in enumerate(args.workers)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for result in results:  # against the run with fewer workers just before or after it
        bases = [r for r in results if r["workers"] < result["workers"]]
        if not bases:
            continue
        base = min(bases, key=lambda r: abs(results.index(r) - results.index(result)))
        result["speedup"] = round(result["docs_per_s"] / base["docs_per_s"], 2)
        result["steady_speedup"] = round(result["steady_docs_per_s"] / base["steady_docs_per_s"], 2)
        print(f"speed-up {base['workers']} -> {result['workers']} workers: {result['speedup']:.2f}x "
              f"({result['steady_speedup']:.2f}x steady)")
    print(json.dumps({"docs": args.docs, "runs": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
