"""Per-type precision and recall of coded events against a gold file, with the scorer's matching.

    python scripts/per_type.py ../shared/eval/gold/dev.jsonl events.jsonl

Precision of a type: its output events that match a gold event (core or extra) / its output events.
Recall of a type: its core gold events matched / its core gold events.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path


def find_scorer(gold: Path) -> Path:
    """The shared scorer: next to the gold's folder (../shared/eval), else ../shared/eval from the
    repository (for gold files of our own, such as eval/own/gold.jsonl)."""
    near = gold.resolve().parent.parent / "score.py"
    return near if near.exists() else Path(__file__).resolve().parent.parent.parent / "shared/eval/score.py"


def load_scorer(gold: Path):
    path = find_scorer(gold)
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main(argv: list[str] | None = None) -> int:
    args = argv or sys.argv[1:]
    gold_path, events_path = Path(args[0]), Path(args[1])
    scorer = load_scorer(gold_path)
    base = gold_path.resolve().parent.parent.parent
    gold = scorer.read_jsonl(gold_path)
    by_doc = defaultdict(list)
    for event in scorer.read_jsonl(events_path):
        by_doc[str(event["doc_id"])].append(event)
    out, right, core, found = Counter(), Counter(), Counter(), Counter()
    for doc in gold:
        events, lines, used = by_doc.get(str(doc["doc_id"]), []), scorer.load_lines(doc, base), set()
        for g in sorted(doc["events"], key=lambda g: g.get("status", "core") != "core"):
            core[g["type"]] += g.get("status", "core") == "core"
            for i, e in enumerate(events):
                wanted = [lines[n - 1] for n in g.get("evidence_lines", []) if 0 < n <= len(lines)]
                if i in used or e["event_type"] != g["type"] or (wanted and not scorer.evidence_overlaps(e, wanted)):
                    continue
                if scorer.roles_match(g, e):
                    used.add(i)
                    found[g["type"]] += g.get("status", "core") == "core"
                    break
        for i, e in enumerate(events):
            out[e["event_type"]] += 1
            right[e["event_type"]] += i in used
    print(f"{'type':<10} {'output':>6} {'precision':>9} {'core':>5} {'recall':>7}")
    for kind in sorted(set(out) | set(core)):
        p = right[kind] / out[kind] if out[kind] else 0.0
        r = found[kind] / core[kind] if core[kind] else 0.0
        print(f"{kind:<10} {out[kind]:>6} {p:>9.2f} {core[kind]:>5} {r:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
