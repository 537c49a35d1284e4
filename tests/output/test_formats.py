import csv
import io
import json

import pytest

from hadath.output.formats import CSV_COLUMNS, EventWriter, flatten, render_table

EVENT = {
    "doc_id": "d1", "event_type": "PROTEST", "mode": "demo", "cameo": "141",
    "actor": {"country": "SDN", "sector": "CVL", "org": None, "name": None, "text": "المتظاهرون"},
    "recipient": None, "date": "2024-05-01", "date_precision": "day",
    "location": {"country": "SDN", "name": "Khartoum", "text": "الخرطوم", "lat": 15.5, "lon": 32.5},
    "evidence": [{"sentence": 1, "start": 0, "end": 20, "text": "تظاهر المئات في الخرطوم"}],
    "trigger": "تظاهر", "goldstein": -4.0, "confidence": 0.7,
}


def test_flatten_has_every_csv_column() -> None:
    row = flatten(EVENT)
    assert set(CSV_COLUMNS) <= set(row)
    assert row["actor_country"] == "SDN" and row["recipient_country"] is None
    assert row["evidence_sentences"] == "1"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_writers(fmt: str) -> None:
    out = io.StringIO()
    writer = EventWriter(out, fmt)
    writer.write(EVENT)
    writer.close()
    text = out.getvalue()
    if fmt == "jsonl":
        assert json.loads(text.splitlines()[0]) == EVENT
    elif fmt == "json":
        assert json.loads(text) == [EVENT]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows[0]["event_type"] == "PROTEST" and rows[0]["location_name"] == "Khartoum"
    else:
        assert "PROTEST" in text and "SDN CVL" in text and "1 event(s)" in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        EventWriter(io.StringIO(), "xml")


def test_empty_table_and_empty_csv() -> None:
    assert render_table([]) == "(no events)\n"
    out = io.StringIO()
    writer = EventWriter(out, "csv")
    writer.close()
    assert out.getvalue().startswith("doc_id,event_type")
