"""A generated corpus of Arabic news-like documents of about 3 KB, made from our own texts.

The sentences come from the example article and the golden test articles we wrote; documents are
random recombinations of them, so that the pipeline sees realistic text without any third-party
material.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples" / "article.txt", *sorted((ROOT / "tests" / "golden" / "articles").glob("*.txt"))]


def sentence_bank() -> list[str]:
    lines: list[str] = []
    for path in SOURCES:
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 40]
    return lines


def documents(count: int, size: int = 3000, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` documents of about ``size`` bytes each, as FORMAT.md §1 records."""
    rng = random.Random(seed)
    bank = sentence_bank()
    start = dt.date(2020, 1, 1)
    for n in range(count):
        lines: list[str] = []
        while sum(len(x.encode()) + 1 for x in lines) < size:
            lines.append(rng.choice(bank))
        day = start + dt.timedelta(days=rng.randrange(1500))
        yield {"id": f"gen{n:07d}", "text": "\n".join(lines), "date": day.isoformat()}


def write_jsonl(path: Path, count: int, size: int = 3000) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for doc in documents(count, size):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path
