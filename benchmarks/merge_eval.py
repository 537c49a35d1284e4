"""Precision and recall of cross-outlet merging on a generated corpus (texts we wrote).

Each real-world event is written by several "outlets" with paraphrases and publication dates on
the day or the day after («أمس»); distractors are the same actors on other dates. Pairs of
documents are scored: a pair is merged when the two documents share a stored event.

    .venv/bin/python benchmarks/merge_eval.py
"""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from pathlib import Path

from hadath.api import Extractor
from hadath.doc import Document
from hadath.store import MergeRule, Store
from hadath.store.ingest import ingest_document

# (same-day wording, next-day wording) paraphrases of one kind of event
KINDS = {
    "meeting": [("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأردني أيمن الصفدي.",
                 "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير الخارجية الأردني أيمن الصفدي."),
                ("بحث وزير الخارجية الأردني أيمن الصفدي مع الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم الأوضاع.",
                 "بحث وزير الخارجية الأردني أيمن الصفدي مع الرئيس المصري عبد الفتاح السيسي في القاهرة أمس الأوضاع.")],
    "protest": [("تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية.",
                 "تظاهر آلاف الطلاب أمس في الخرطوم ضد الحكومة السودانية."),
                ("خرج آلاف من الطلاب اليوم في مظاهرة بالخرطوم ضد الحكومة السودانية.",
                 "خرج آلاف من الطلاب أمس في مظاهرة بالخرطوم ضد الحكومة السودانية.")],
    "strike": [("شنت طائرات إسرائيلية اليوم غارات على مدينة رفح في قطاع غزة.",
                "شنت طائرات إسرائيلية أمس غارات على مدينة رفح في قطاع غزة."),
               ("قصفت الطائرات الإسرائيلية اليوم مدينة رفح جنوبي قطاع غزة.",
                "قصفت الطائرات الإسرائيلية أمس مدينة رفح جنوبي قطاع غزة.")],
    "accuse": [("اتهمت وزارة الخارجية الإيرانية اليوم الولايات المتحدة بزعزعة استقرار المنطقة.",
                "اتهمت وزارة الخارجية الإيرانية أمس الولايات المتحدة بزعزعة استقرار المنطقة."),
               ("وجهت إيران اليوم اتهاما للولايات المتحدة بزعزعة استقرار المنطقة.",
                "وجهت إيران أمس اتهاما للولايات المتحدة بزعزعة استقرار المنطقة.")],
}
OUTLETS = ("outlet-a", "outlet-b", "outlet-c")
START = dt.date(2024, 5, 1)


def corpus() -> list[tuple[Document, str]]:
    """Documents with their gold event cluster: each kind happens on 3 dates 9 days apart."""
    docs: list[tuple[Document, str]] = []
    for kind, variants in KINDS.items():
        for occurrence in range(3):
            day = START + dt.timedelta(days=9 * occurrence)
            for n, outlet in enumerate(OUTLETS):
                same_day, next_day = variants[n % len(variants)]
                late = n == 2  # the third outlet publishes the next day, saying «أمس»
                text, published = (next_day, day + dt.timedelta(days=1)) if late else (same_day, day)
                doc = Document(f"{kind}-{occurrence}-{outlet}", text, date=published, outlet=outlet)
                docs.append((doc, f"{kind}-{occurrence}"))
    return docs


def score(rule: MergeRule, extractor: Extractor) -> tuple[float, float, int, int]:
    docs = corpus()
    with tempfile.TemporaryDirectory() as folder, Store.open(str(Path(folder) / "m.db"), rule) as store:
        events = {doc.id: set(ingest_document(store, extractor, doc).event_ids) for doc, _ in docs}
        stored = store.counts()["events"]
    tp = fp = fn = 0
    for (a, ga), (b, gb) in itertools.combinations(docs, 2):
        merged = bool(events[a.id] & events[b.id])
        tp += merged and ga == gb
        fp += merged and ga != gb
        fn += (not merged) and ga == gb
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(docs), stored


def main() -> None:
    extractor = Extractor.load()
    clusters = len(KINDS) * 3
    for name, rule in (("default", MergeRule()), ("strict recipient", MergeRule(partial_recipient=False)),
                       ("day window 0", MergeRule(windows={"day": 0, "published": 0}))):
        precision, recall, docs, stored = score(rule, extractor)
        print(f"{name:17} documents {docs}  gold events {clusters}  stored events {stored}  "
              f"pairwise precision {precision:.3f}  recall {recall:.3f}")


if __name__ == "__main__":
    main()
