"""Small corpora for the batch tests, made from our own example and golden articles."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "examples" / "article.txt", *sorted((ROOT / "tests" / "golden" / "articles").glob("*.txt"))]


def write_corpus(path: Path, count: int, seed: int = 3) -> Path:
    """``count`` JSON Lines documents of 2-4 lines of our articles, with dates and ids."""
    lines = [line.strip() for source in SOURCES for line in source.read_text(encoding="utf-8").splitlines()
             if len(line.strip()) > 40]
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            text = "\n".join(rng.choice(lines) for _ in range(rng.randint(2, 4)))
            day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(400))
            handle.write(json.dumps({"id": f"d{n:04d}", "text": text, "date": day.isoformat()}, ensure_ascii=False))
            handle.write("\n")
    return path


@pytest.fixture()
def mixed_corpus(tmp_path: Path) -> Path:
    """Twelve documents, a malformed JSON line, a record without text, an English document."""
    path = write_corpus(tmp_path / "docs.jsonl", 12)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "text": \n')
        handle.write('{"id": "empty", "text": ""}\n')
        handle.write(json.dumps({"id": "english", "text": "The minister met his counterpart in Paris on Monday "
                                 "to discuss trade and the situation in the region.", "date": "2024-01-02"}) + "\n")
    return path


@pytest.fixture(scope="session")
def client() -> Iterator[Client]:
    """Two single-threaded workers in this process, shared by the tests (knowledge loaded once)."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": ":0"}) as cluster, Client(cluster) as connected:
        yield connected


@pytest.fixture()
def corpus(tmp_path: Path) -> Callable[[int], Path]:
    """Write a corpus of N documents into the test's folder."""
    return lambda count: write_corpus(tmp_path / "docs.jsonl", count)
