"""Line-level precision/recall/F1 of the boilerplate filter against gold ``body_lines``.

Usage: python benchmarks/boilerplate_eval.py SHARED_DIR GOLD.jsonl [GOLD.jsonl ...] [--verbose]
(``text_path`` in the gold is relative to SHARED_DIR; only non-empty lines are counted.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hadath.doc import Document
from hadath.ingest.boilerplate import BoilerplateFilter


def evaluate(shared: Path, gold_files: list[Path], verbose: bool) -> tuple[int, int, int]:
    tp = fp = fn = 0
    filt = BoilerplateFilter()
    for gold_file in gold_files:
        for raw in gold_file.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            gold = json.loads(raw)
            text = (shared / gold["text_path"]).read_text(encoding="utf-8")
            doc = filt(Document(gold["doc_id"], text))
            lines = text.split("\n")
            nonempty = {i for i, line in enumerate(lines, 1) if line.strip()}
            kept = {doc.line_of(span.start) for span in doc.body} & nonempty
            wanted = set(gold["body_lines"]) & nonempty
            tp += len(kept & wanted)
            fp += len(kept - wanted)
            fn += len(wanted - kept)
            if verbose:
                for i in sorted(kept ^ wanted):
                    label = "FP" if i in kept else "FN"
                    print(f"{label} {gold['doc_id']}:{i} {lines[i - 1][:80]}")
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", type=Path)
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    tp, fp, fn = evaluate(args.shared, args.gold, args.verbose)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"lines: kept-correct {tp}, kept-wrong {fp}, missed {fn}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
