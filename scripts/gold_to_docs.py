"""Turn a gold file (FORMAT.md §3) into a documents file (FORMAT.md §1) for `hadath extract`.

    python scripts/gold_to_docs.py ../shared/eval/gold/dev.jsonl --base ../shared > dev-docs.jsonl

The texts stay where they are (in the shared folder); this only writes the JSON Lines that
point hadath at them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--base", type=Path, help="folder that text_path is relative to (default: the "
                        "folder two levels above the gold file)")
    args = parser.parse_args(argv)
    base = args.base or args.gold.resolve().parent.parent.parent
    with args.gold.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            gold = json.loads(line)
            text = (base / gold["text_path"]).read_text(encoding="utf-8")
            meta = gold.get("metadata") or {}
            record = {"id": gold["doc_id"], "text": text, "date": gold.get("date"),
                      "url": meta.get("url"), "outlet": meta.get("outlet")}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
