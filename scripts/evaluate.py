"""Code the gold documents with hadath and score them with the shared scorer.

    python scripts/evaluate.py ../shared/eval/gold/seed.jsonl ../shared/eval/gold/dev.jsonl

Prints the score of each gold file (and per-document lines with --by-doc); writes the events
to --out (default: a temporary folder) so that errors can be read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from hadath.api import Extractor, as_document
from hadath.pipeline import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="folder for the events files")
    parser.add_argument("--by-doc", action="store_true")
    parser.add_argument("--report-filter", action="store_true", help="turn on the learned report/mention filter")
    parser.add_argument("--report-threshold", type=float, help="its threshold (default: the shipped one)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="hadath-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    extractor = Extractor.load(Settings(report_filter=args.report_filter, report_threshold=args.report_threshold))
    for gold_path in args.gold:
        base = gold_path.resolve().parent.parent.parent
        scorer = gold_path.resolve().parent.parent / "score.py"
        if not scorer.exists():  # a gold file of our own (eval/own/gold.jsonl): the shared scorer
            scorer = Path(__file__).resolve().parent.parent.parent / "shared/eval/score.py"
        events_path = out / f"{gold_path.stem}-events.jsonl"
        with gold_path.open(encoding="utf-8") as handle, events_path.open("w", encoding="utf-8") as sink:
            for line in handle:
                if not line.strip():
                    continue
                gold = json.loads(line)
                text = (base / gold["text_path"]).read_text(encoding="utf-8")
                doc = extractor.run(as_document({"id": gold["doc_id"], "text": text, "date": gold.get("date")}))
                for event in doc.events:
                    sink.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        print(f"== {gold_path} (events: {events_path})", flush=True)
        command = [sys.executable, str(scorer), str(gold_path), str(events_path)]
        subprocess.run(command + (["--by-doc"] if args.by_doc else []), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
