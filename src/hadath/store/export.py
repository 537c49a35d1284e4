"""Export stored events: ``jsonl``, ``csv`` or ``parquet``, in the ``hadath``, ``plover`` or ``gdelt`` schema.

``gdelt`` uses the GDELT 2.0 event table's column names (actor country codes stay ISO 3166-1
alpha-3 as CAMEO uses them; ``ActionGeo_CountryCode`` is ISO alpha-3 too, not FIPS).
``plover`` uses the POLECAT-style snake-case names. ``hadath`` is FORMAT.md §2 with ids and counts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from hadath.knowledge.kb import ORG_CODES
from hadath.output.formats import flatten

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
SCHEMAS = ("hadath", "plover", "gdelt")
GDELT_COLUMNS = (
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
)
PLOVER_COLUMNS = (
    "event_id", "event_date", "event_type", "event_mode", "event_cameo", "quad_code", "goldstein",
    "source_actor", "source_country", "source_sector", "source_org", "source_text",
    "target_actor", "target_country", "target_sector", "target_org", "target_text",
    "place_name", "place_country", "latitude", "longitude", "date_precision",
    "num_mentions", "num_sources", "num_articles", "story_ids", "source_urls", "publishers", "evidence",
)
HADATH_COLUMNS = ("id", "doc_id", "event_type", "mode", "cameo", "date", "date_precision",
                  "actor_country", "actor_sector", "actor_org", "actor_name", "actor_text",
                  "recipient_country", "recipient_sector", "recipient_org", "recipient_name", "recipient_text",
                  "location_country", "location_name", "location_text", "location_lat", "location_lon",
                  "goldstein", "confidence", "trigger", "evidence_sentences", "evidence_text",
                  "num_mentions", "num_sources", "num_articles")


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def _actor_code(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return "".join(part for part in (actor.get("country"), actor.get("sector")) if part) or None


def _actor_name(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("name") or actor.get("org") or actor.get("country")


def _urls(event: dict[str, Any]) -> list[str]:
    return [s["url"] for s in event.get("sources") or [] if s.get("url")]


def _gdelt_actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}Code": _actor_code(actor), f"{prefix}Name": _actor_name(actor),
            f"{prefix}CountryCode": actor.get("country") if actor.get("country") not in ORG_CODES else None,
            f"{prefix}KnownGroupCode": actor.get("org"), f"{prefix}Type1Code": actor.get("sector")}


def gdelt_row(event: dict[str, Any]) -> dict[str, Any]:
    date, cameo, loc = event.get("date") or "", event.get("cameo") or "", event.get("location") or {}
    day = date.replace("-", "")
    row: dict[str, Any] = {
        "GlobalEventID": event["id"], "SQLDATE": int(day) if day else None,
        "MonthYear": int(day[:6]) if day else None, "Year": int(day[:4]) if day else None,
        "FractionDate": round(int(day[:4]) + (int(day[4:6]) - 1) / 12 + int(day[6:8]) / 365, 4) if day else None,
        **_gdelt_actor("Actor1", event.get("actor")), **_gdelt_actor("Actor2", event.get("recipient")),
        "IsRootEvent": 1, "EventCode": cameo or None, "EventBaseCode": cameo[:3] or None,
        "EventRootCode": cameo[:2] or None, "QuadClass": quad_class(cameo), "GoldsteinScale": event.get("goldstein"),
        "NumMentions": event.get("num_mentions"), "NumSources": event.get("num_sources"),
        "NumArticles": event.get("num_articles"), "AvgTone": None,
        "ActionGeo_Type": (4 if loc.get("name") else 1) if loc else None, "ActionGeo_FullName": loc.get("name"),
        "ActionGeo_CountryCode": loc.get("country"), "ActionGeo_Lat": loc.get("lat"), "ActionGeo_Long": loc.get("lon"),
        "DATEADDED": None, "SOURCEURL": (_urls(event) or [None])[0],
    }
    return row


def _plover_actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}_actor": _actor_name(actor), f"{prefix}_country": actor.get("country"),
            f"{prefix}_sector": actor.get("sector"), f"{prefix}_org": actor.get("org"),
            f"{prefix}_text": actor.get("text")}


def plover_row(event: dict[str, Any]) -> dict[str, Any]:
    loc, sources = event.get("location") or {}, event.get("sources") or []
    return {
        "event_id": event["id"], "event_date": event.get("date"), "event_type": event["event_type"],
        "event_mode": event.get("mode"), "event_cameo": event.get("cameo"),
        "quad_code": quad_class(event.get("cameo")), "goldstein": event.get("goldstein"),
        **_plover_actor("source", event.get("actor")), **_plover_actor("target", event.get("recipient")),
        "place_name": loc.get("name"), "place_country": loc.get("country"),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"), "date_precision": event.get("date_precision"),
        "num_mentions": event.get("num_mentions"), "num_sources": event.get("num_sources"),
        "num_articles": event.get("num_articles"),
        "story_ids": ";".join(s["document_id"] for s in sources), "source_urls": ";".join(_urls(event)),
        "publishers": ";".join(sorted({s["source"] for s in sources})),
        "evidence": " | ".join(e["text"] for e in event.get("evidence") or []),
    }


def hadath_row(event: dict[str, Any]) -> dict[str, Any]:
    row = flatten(event)
    row.update(id=event["id"], num_mentions=event.get("num_mentions"), num_sources=event.get("num_sources"),
               num_articles=event.get("num_articles"))
    return {k: row.get(k) for k in HADATH_COLUMNS}


ROWS = {"gdelt": (gdelt_row, GDELT_COLUMNS), "plover": (plover_row, PLOVER_COLUMNS),
        "hadath": (hadath_row, HADATH_COLUMNS)}


def rows(events: Iterable[dict[str, Any]], schema: str) -> Iterator[dict[str, Any]]:
    if schema not in ROWS:
        raise ValueError(f"unknown schema {schema!r}; choose one of {', '.join(SCHEMAS)}")
    convert = ROWS[schema][0]
    return (convert(e) for e in events)


def write_jsonl(events: Iterable[dict[str, Any]], schema: str, stream: TextIO) -> int:
    """One object a line; the ``hadath`` schema keeps the nested FORMAT.md §2 shape with its sources."""
    count = 0
    items = events if schema == "hadath" else rows(events, schema)
    for count, item in enumerate(items, 1):  # noqa: B007 - the count is the result
        stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    return count


def write_csv(events: Iterable[dict[str, Any]], schema: str, stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(ROWS[schema][1]) if schema in ROWS else [])
    writer.writeheader()
    count = 0
    for count, row in enumerate(rows(events, schema), 1):  # noqa: B007
        writer.writerow(row)
    return count


INT_COLUMNS = frozenset({"GlobalEventID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
                         "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type", "event_id", "quad_code",
                         "num_mentions", "num_sources", "num_articles", "id"})
FLOAT_COLUMNS = frozenset({"FractionDate", "GoldsteinScale", "AvgTone", "ActionGeo_Lat", "ActionGeo_Long",
                           "goldstein", "latitude", "longitude", "location_lat", "location_lon", "confidence"})


def arrow_schema(schema: str) -> Any:
    import pyarrow as pa

    def kind(name: str) -> Any:
        return pa.int64() if name in INT_COLUMNS else pa.float64() if name in FLOAT_COLUMNS else pa.string()

    return pa.schema([(name, kind(name)) for name in ROWS[schema][1]])


def write_parquet(events: Iterable[dict[str, Any]], schema: str, target: str | Path | BinaryIO,
                  batch: int = 10_000) -> int:
    """Parquet with fixed column names and types, written in row groups of ``batch`` events."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = arrow_schema(schema)
    count = 0
    chunk: list[dict[str, Any]] = []
    with pq.ParquetWriter(target, types) as writer:
        for row in rows(events, schema):
            chunk.append({k: (str(v) if v is not None and types.field(k).type == pa.string() else v)
                          for k, v in row.items()})
            count += 1
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=types))
                chunk = []
        writer.write_table(pa.Table.from_pylist(chunk, schema=types))
    return count
