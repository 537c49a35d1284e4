"""``hadath ingest`` and ``hadath export`` (jsonl, csv, parquet; hadath, plover, gdelt schemas)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from hadath.cli import main

DOCS = [
    {"id": "a", "text": "تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية.", "date": "2024-05-02",
     "outlet": "outlet-a", "url": "https://a.example/1"},
    {"id": "b", "text": "تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية وسط انتشار أمني.",
     "date": "2024-05-02", "outlet": "outlet-b"},
    {"id": "c", "text": "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأردني أيمن الصفدي.",
     "date": "2024-05-06", "outlet": "outlet-a"},
]


def ingest(tmp_path: Path, db: str) -> None:
    source = tmp_path / "docs.jsonl"
    lines = [json.dumps(d, ensure_ascii=False) for d in DOCS] + ["{broken"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", db, "--no-progress"])
    assert result.exit_code == 1  # the broken line is rejected, the rest stored
    assert "docs.jsonl:4: malformed JSON" in result.stderr
    again = CliRunner().invoke(main, ["ingest", str(source), "--db", db, "--no-progress"])
    assert "3 unchanged" in again.stderr


def test_ingest_then_export_gdelt_csv(tmp_path: Path, store_url: str) -> None:
    ingest(tmp_path, store_url)
    result = CliRunner().invoke(main, ["export", "--db", store_url, "--format", "csv", "--schema", "gdelt",
                                       "--type", "PROTEST"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    row = rows[0]
    assert row["SQLDATE"] == "20240502" and row["Actor1CountryCode"] == "SDN"
    assert row["EventRootCode"] == "14" and row["QuadClass"] == "3"
    assert (row["NumArticles"], row["NumSources"]) == ("2", "2")
    assert row["SOURCEURL"] == "https://a.example/1"


def test_export_plover_jsonl_with_filters(tmp_path: Path, store_url: str) -> None:
    ingest(tmp_path, store_url)
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", store_url, "--schema", "plover", "--since", "2024-05-05",
                                       "--country", "EGY", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["event_date"] >= "2024-05-05" for r in rows)
    assert rows[0]["event_type"] == "CONSULT" and "EGY" in (rows[0]["source_country"], rows[0]["target_country"])
    assert {"event_id", "event_mode", "source_actor", "target_sector", "num_sources"} <= set(rows[0])


def test_export_parquet_hadath(tmp_path: Path, store_url: str) -> None:
    ingest(tmp_path, store_url)
    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(main, ["export", "--db", store_url, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows >= 2
    assert {"id", "event_type", "num_articles", "evidence_text"} <= set(table.column_names)


def test_bad_database_url_fails_cleanly(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", "postgresql://nobody@127.0.0.1:1/x"])
    assert result.exit_code == 1 and "cannot open database" in result.stderr
