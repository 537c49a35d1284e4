"""Check cleaning of real HTML pages against ``pages.jsonl`` (dates and text snippets).

Usage: python benchmarks/html_eval.py HTML_DIR   (the folder holding the pages and pages.jsonl)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hadath.ingest.boilerplate import BoilerplateFilter
from hadath.ingest.clean import clean_documents
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import ReadOptions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    pages = [json.loads(line) for line in (args.folder / "pages.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    filt = BoilerplateFilter()
    kept = kept_total = dropped = dropped_total = dates = dates_total = 0
    for page in pages:
        (record,) = clean_documents([str(args.folder / page["file"])], ReadOptions(), filt)
        if isinstance(record, Rejection):
            print(f"REJECTED {record}")
            continue
        text = record["text"]
        for snippet in page.get("must_contain", []):
            kept_total += 1
            kept += snippet in text
            if args.verbose and snippet not in text:
                print(f"MISSING {page['file']}: {snippet[:60]}")
        for snippet in page.get("must_not_contain", []):
            dropped_total += 1
            dropped += snippet not in text
            if args.verbose and snippet in text:
                print(f"NOT DROPPED {page['file']}: {snippet[:60]}")
        if page.get("date"):
            dates_total += 1
            dates += record["date"] == page["date"]
            if args.verbose and record["date"] != page["date"]:
                print(f"DATE {page['file']}: {record['date']} != {page['date']}")
    print(f"must_contain kept: {kept}/{kept_total}")
    print(f"must_not_contain dropped: {dropped}/{dropped_total}")
    print(f"dates right: {dates}/{dates_total}")


if __name__ == "__main__":
    main()
