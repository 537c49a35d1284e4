"""Near-duplicate detection on a generated corpus: speed, bounded memory, recall and precision.

    python benchmarks/dedup_bench.py [--docs 1000000] [--window 200000]

Generates ``--docs`` Arabic-like documents of ~2.5 K characters (words drawn with Zipf frequencies
from the words of our own example and golden articles plus generated letter strings), of which
~5% are exact copies and ~5% near copies (1-4 words changed, a line added and/or removed) of an
earlier original, mostly within the last 10,000 documents, some up to 500,000 back. Every document
is regenerated from its number, so the benchmark itself holds no texts. Prints documents per
second, the peak resident memory at checkpoints (it must flatten once the window is full) and the
recall and precision of the reported links against the planted ones (a link is right when it
names a document of the same planted story).
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np

from hadath.ingest.dedup import Deduplicator

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples" / "article.txt", *sorted((ROOT / "tests" / "golden" / "articles").glob("*.txt"))]
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءؤئ"
ORIGINAL, EXACT, NEAR = 0, 1, 2


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Corpus:
    """Documents regenerated on demand from their number and a planted-duplicate plan."""

    def __init__(self, count: int, seed: int = 11, vocabulary: int = 30_000) -> None:
        rng = np.random.default_rng(seed)
        own = sorted({w for p in SOURCES for w in re.findall(r"[\u0621-\u064a]+", p.read_text("utf-8"))})
        made = ["".join(rng.choice(list(LETTERS), size=rng.integers(2, 9))) for _ in range(vocabulary - len(own))]
        self.words = np.array(own + made, dtype=object)
        rng.shuffle(self.words)
        weights = 1.0 / np.arange(1, len(self.words) + 1) ** 1.05
        self.cumulative = np.cumsum(weights) / weights.sum()
        self.seed = seed
        self.kind, self.root = self._plan(count, rng)

    def _plan(self, count: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        kind = rng.choice([ORIGINAL, EXACT, NEAR], size=count, p=[0.90, 0.05, 0.05]).astype(np.int8)
        root = np.arange(count, dtype=np.int64)
        far = rng.random(count)
        distance = np.where(far < 0.90, rng.integers(1, 10_000, count),
                            np.where(far < 0.97, rng.integers(10_000, 100_000, count),
                                     rng.integers(100_000, 500_000, count)))
        for index in np.flatnonzero(kind):
            source = index - int(distance[index])
            while source >= 0 and kind[source] != ORIGINAL:
                source -= 1
            if source < 0:
                kind[index] = ORIGINAL
            else:
                root[index] = source
        return kind, root

    def original(self, index: int) -> list[list[str]]:
        rng = np.random.default_rng((self.seed, index))
        picks = self.words[np.searchsorted(self.cumulative, rng.random(420))]
        cuts = np.cumsum(rng.integers(22, 40, size=20))
        cuts = cuts[cuts < len(picks)]
        return [list(line) for line in np.split(picks, cuts)]

    def text(self, index: int) -> str:
        lines = self.original(int(self.root[index]))
        if self.kind[index] == NEAR:
            self._alter(lines, np.random.default_rng((self.seed, index, 1)))
        return "\n".join(" ".join(line) for line in lines)

    def _alter(self, lines: list[list[str]], rng: np.random.Generator) -> None:
        for _ in range(int(rng.integers(1, 5))):
            line = lines[int(rng.integers(len(lines)))]
            line[int(rng.integers(len(line)))] = str(self.words[int(rng.integers(len(self.words)))])
        if rng.random() < 0.3 and len(lines) > 2:
            del lines[int(rng.integers(len(lines)))]
        if rng.random() < 0.5:
            extra = self.words[np.searchsorted(self.cumulative, rng.random(int(rng.integers(15, 35))))]
            lines.insert(int(rng.integers(len(lines) + 1)), list(extra))


def score(corpus: Corpus, linked: np.ndarray, kinds: np.ndarray, window: int) -> None:
    planted = corpus.kind != ORIGINAL
    reported = linked >= 0
    right = reported & (corpus.root[np.maximum(linked, 0)] == corpus.root)
    in_window = planted & (np.arange(len(linked)) - corpus.root < window)
    print(f"planted duplicates: {int(planted.sum())} ({int((corpus.kind == EXACT).sum())} exact, "
          f"{int((corpus.kind == NEAR).sum())} near), {int(in_window.sum())} within the window")
    print(f"links reported: {int(reported.sum())}, right: {int(right.sum())}")
    print(f"precision: {right.sum() / max(1, reported.sum()):.4f}")
    print(f"recall, all planted: {right[planted].mean():.4f}; within the window: {right[in_window].mean():.4f}")
    for name, code in (("exact", EXACT), ("near", NEAR)):
        mask = in_window & (corpus.kind == code)
        print(f"  {name:5s} within window: recall {right[mask].mean():.4f}, "
              f"reported as exact {np.mean(kinds[mask] == EXACT):.4f}")
    beyond = planted & ~in_window
    if beyond.any():
        print(f"  beyond the window ({int(beyond.sum())}): linked {right[beyond].mean():.4f} "
              "(only through a copy still in the window)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--window", type=int, default=200_000)
    parser.add_argument("--num-perm", type=int, default=64)
    args = parser.parse_args(argv)

    corpus = Corpus(args.docs)
    linked = np.full(args.docs, -1, dtype=np.int64)
    kinds = np.zeros(args.docs, dtype=np.int8)
    dedup = Deduplicator(num_perm=args.num_perm, window=args.window)
    print(f"{args.docs} documents, window {args.window}, {dedup.bands} bands x {dedup.rows} rows; "
          f"arrays {dedup.footprint() / 2**20:.1f} MiB; peak RSS before adding {peak_mb():.0f} MB")
    checkpoints = {n for n in (100_000, 200_000, 500_000, 1_000_000) if n < args.docs} | {args.docs}
    began = last = time.perf_counter()
    spent_adding = 0.0
    for index in range(args.docs):
        text = corpus.text(index)
        start = time.perf_counter()
        result = dedup.add(f"d{index:07d}", text)
        spent_adding += time.perf_counter() - start
        if result.of is not None:
            linked[index] = int(result.of[1:])
            kinds[index] = EXACT if result.kind == "exact" else NEAR
        if index + 1 in checkpoints:
            now = time.perf_counter()
            print(f"{index + 1:>8} docs: peak RSS {peak_mb():6.0f} MB, remembered {dedup.remembered}, "
                  f"{(index + 1) / (now - began):6.0f} docs/s overall (with generation), "
                  f"{(index + 1) / spent_adding:6.0f} docs/s in add(); segment {now - last:.0f} s")
            sys.stdout.flush()
            last = now
    score(corpus, linked, kinds, args.window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
