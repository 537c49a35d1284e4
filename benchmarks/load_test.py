"""Load test: N concurrent clients (asyncio + httpx) on GET /events and POST /extract for D seconds.

Starts its own server (uvicorn, 127.0.0.1 only, a free port, a temporary SQLite store seeded with
a few documents), runs, stops by itself and prints errors, p50/p95 latency and requests/s.

    .venv/bin/python benchmarks/load_test.py --clients 50 --duration 60
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from hadath.api import Extractor
from hadath.doc import Document
from hadath.server import ServerSettings, create_app
from hadath.store import Store
from hadath.store.ingest import ingest_document
from hadath.store.pgtemp import free_port

TEXTS = ["تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية.",
         "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأردني أيمن الصفدي.",
         "شنت طائرات إسرائيلية اليوم غارات على مدينة رفح في قطاع غزة.",
         "اتهمت وزارة الخارجية الإيرانية الولايات المتحدة بزعزعة استقرار المنطقة."]


def start_server(store: Store, extractor: Extractor) -> tuple[uvicorn.Server, threading.Thread, str]:
    port = free_port()
    config = uvicorn.Config(create_app(store, extractor, ServerSettings()), host="127.0.0.1", port=port,
                            log_level="warning", backlog=2048)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


async def client(base: str, number: int, stop: float, results: dict[str, list[Any]]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        i = 0
        while time.monotonic() < stop:
            i += 1
            kind = "extract" if (number + i) % 2 else "events"
            began = time.perf_counter()
            try:
                if kind == "extract":
                    response = await http.post("/extract", json={"text": TEXTS[i % len(TEXTS)], "date": "2024-05-02"})
                else:
                    response = await http.get("/events", params={"limit": 20, "offset": (i * 7) % 40})
                if response.status_code != 200:
                    results["errors"].append(f"{kind}: status {response.status_code}")
            except httpx.HTTPError as exc:
                results["errors"].append(f"{kind}: {type(exc).__name__}")
            results[kind].append(time.perf_counter() - began)


async def run(base: str, clients: int, duration: float) -> dict[str, list[Any]]:
    results: dict[str, list[Any]] = {"events": [], "extract": [], "errors": []}
    stop = time.monotonic() + duration
    await asyncio.gather(*(client(base, n, stop, results) for n in range(clients)))
    return results


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(results: dict[str, list[Any]], duration: float) -> str:
    lines = []
    for kind in ("events", "extract"):
        times = results[kind]
        lines.append(f"{kind:8} {len(times):6} requests  {len(times) / duration:7.1f} req/s  "
                     f"p50 {1000 * statistics.median(times) if times else 0:7.1f} ms  "
                     f"p95 {1000 * percentile(times, 0.95):7.1f} ms")
    total = len(results["events"]) + len(results["extract"])
    lines.append(f"total    {total:6} requests  {total / duration:7.1f} req/s  errors {len(results['errors'])}")
    lines.extend(sorted(set(results["errors"]))[:10])
    return "\n".join(lines)


def main(clients: int = 50, duration: float = 60.0) -> dict[str, list[Any]]:
    extractor = Extractor.load()
    with tempfile.TemporaryDirectory() as folder, Store.open(str(Path(folder) / "load.db")) as store:
        for n in range(40):
            day = dt.date(2024, 5, 1) + dt.timedelta(days=n % 20)
            ingest_document(store, extractor, Document(f"d{n}", TEXTS[n % len(TEXTS)], date=day, outlet=f"o{n % 5}"))
        server, thread, base = start_server(store, extractor)
        try:
            results = asyncio.run(run(base, clients, duration))
        finally:
            server.should_exit = True
            thread.join(15)
    print(f"{clients} clients, {duration:g} s, 127.0.0.1")
    print(report(results, duration))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    args = parser.parse_args()
    main(args.clients, args.duration)
