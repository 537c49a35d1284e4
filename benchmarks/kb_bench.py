"""Knowledge base: load time, memory, and lookups per second.

    python benchmarks/kb_bench.py [--lookups 20000]

Prints the time to load the packaged knowledge (countries, organisations, places, roles, people)
and compile its tries, the memory it holds, and the rate of `hadath kb lookup`-style lookups
(names, partial names, spelling variants, role phrases at a date, organisations, places).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import sys
import time
import tracemalloc

QUERIES = [
    "مولود تشاووش أوغلو", "أوغلو", "جيهون بيراموف", "وزير الخارجية التركي", "الرئيس الأمريكي",
    "حلف شمال الأطلسي", "الأمم المتحدة", "حزب الله", "الحوثيين", "كازاخستان", "الأتراك", "موسكو",
    "ألماتي", "ريف إدلب", "الخرطوم", "رئيس الوزراء الإسرائيلي", "المتظاهرين", "قوات الأمن العراقية",
    "سيرجي لافروف", "بلينكن",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lookups", type=int, default=20000)
    args = parser.parse_args(argv)

    from hadath.knowledge.kb import KnowledgeBase
    from hadath.knowledge.lookup import Lookup

    began = time.perf_counter()
    kb = KnowledgeBase.load()
    loaded = time.perf_counter() - began
    gc.collect()
    tracemalloc.start()  # a second load, traced, to measure what the knowledge holds
    traced = KnowledgeBase.load()
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del traced
    print(f"load: {loaded:.2f} s; {len(kb.countries)} countries, {len(kb.orgs)} organisations, "
          f"{len(kb.places)} places, {len(kb.roles)} roles, {len(kb.people)} people, {kb.gazetteer.size} phrases")
    print(f"memory held by the knowledge base: {held / 2**20:.0f} MB; "
          f"process peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    lookup = Lookup.load(kb)
    day = dt.date(2022, 1, 7)
    for query in QUERIES:
        lookup(query, day)  # warm the tokenizer cache once
    start = time.perf_counter()
    for n in range(args.lookups):
        lookup(QUERIES[n % len(QUERIES)], day)
    took = time.perf_counter() - start
    print(f"lookups: {args.lookups} in {took:.2f} s = {args.lookups / took:.0f} per second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
