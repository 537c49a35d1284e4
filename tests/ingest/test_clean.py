from __future__ import annotations

from pathlib import Path

from hadath.ingest import BoilerplateFilter, Deduplicator, ReadOptions, Rejection, clean_documents


def test_clean_records(fixtures: Path) -> None:
    inputs = [str(fixtures / "article.txt"), str(fixtures / "records.jsonl"), str(fixtures / "page.html")]
    items = list(clean_documents(inputs, ReadOptions(), BoilerplateFilter(), Deduplicator()))
    records = {i["id"]: i for i in items if isinstance(i, dict)}
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(rejections) == 2
    article = records["article"]
    assert article["text"].split("\n")[0] == "وزير الخارجية يبحث مع نظيره الأردني تطورات المنطقة"
    assert "ملفات تعريف الارتباط" not in article["text"] and "اقرأ أيضا" not in article["text"]
    assert (article["date"], article["date_source"]) == ("2023-03-12", "text")
    assert article["outlet"] == "وكالة الأنباء المحلية"
    assert records["r1"]["text"].count("\n") == 0  # the «اقرأ أيضا» line is gone
    assert records["r5"]["duplicate_of"] == "r1"  # same text once the link line is dropped
    assert records["r2"]["language"] == "en" and records["r2"]["duplicate_of"] is None
    page = records["page"]
    assert page["date_source"] == "metadata" and page["url"].startswith("https://www.example.org")
    assert set(page) == {"id", "text", "date", "date_source", "date_confidence", "url", "outlet", "title",
                         "language", "duplicate_of"}


def test_clean_without_dedup(fixtures: Path) -> None:
    (record,) = clean_documents([str(fixtures / "article.txt")], ReadOptions(), BoilerplateFilter(), None)
    assert isinstance(record, dict) and record["duplicate_of"] is None


def test_repeated_id_is_rejected(fixtures: Path, tmp_path: Path) -> None:
    text = "قال الوزير إن الحكومة ستعلن قرارها قريبا بعد التشاور."
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    items = list(clean_documents([str(fixtures / "article.txt"), str(tmp_path / "article.txt")],
                                 ReadOptions(), BoilerplateFilter(), Deduplicator()))
    assert isinstance(items[0], dict)
    assert isinstance(items[1], Rejection) and "repeats" in items[1].reason
    assert items[1].source.endswith("article.txt")
