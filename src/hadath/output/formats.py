"""Event writers: ``jsonl`` (FORMAT.md §2, one event a line), ``json``, ``csv`` and ``table``."""

from __future__ import annotations

import csv
import json
import shutil
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

FORMATS = ("jsonl", "json", "csv", "table")
CSV_COLUMNS = (
    "doc_id", "event_type", "mode", "cameo", "date", "date_precision",
    "actor_country", "actor_sector", "actor_org", "actor_name", "actor_text",
    "recipient_country", "recipient_sector", "recipient_org", "recipient_name", "recipient_text",
    "location_country", "location_name", "location_text", "location_lat", "location_lon",
    "goldstein", "confidence", "trigger", "evidence_sentences", "evidence_text",
)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """One flat row of an event dict (for CSV, Parquet and DataFrames)."""
    row: dict[str, Any] = {k: event.get(k) for k in ("doc_id", "event_type", "mode", "cameo", "date",
                                                      "date_precision", "goldstein", "confidence", "trigger")}
    for role in ("actor", "recipient"):
        part = event.get(role) or {}
        for key in ("country", "sector", "org", "name", "text"):
            row[f"{role}_{key}"] = part.get(key)
    loc = event.get("location") or {}
    for key in ("country", "name", "text", "lat", "lon"):
        row[f"location_{key}"] = loc.get(key)
    evidence = event.get("evidence") or []
    row["evidence_sentences"] = " ".join(str(e["sentence"]) for e in evidence)
    row["evidence_text"] = " | ".join(e["text"] for e in evidence)
    return row


class EventWriter:
    """Writes event dicts to a stream in one of :data:`FORMATS`; call :meth:`close` at the end."""

    def __init__(self, stream: TextIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.stream, self.fmt = stream, fmt
        self._rows: list[dict[str, Any]] = []
        self._csv: csv.DictWriter | None = None
        self.count = 0

    def write(self, event: dict[str, Any]) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(event, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow(flatten(event))
        else:
            self._rows.append(event)

    def write_all(self, events: Iterable[dict[str, Any]]) -> None:
        for event in events:
            self.write(event)

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self._rows, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
        elif self.fmt == "table":
            self.stream.write(render_table(self._rows))
        elif self.fmt == "csv" and self._csv is None:
            csv.DictWriter(self.stream, fieldnames=CSV_COLUMNS).writeheader()
        self.stream.flush()


def _actor_cell(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "—"
    code = " ".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    who = actor.get("name") or actor.get("org") or ""
    return f"{code} {who}".strip() or "—"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _cut(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if _width(text) <= size else text[: max(1, size - 1)] + "…"


def render_table(events: list[dict[str, Any]], width: int | None = None) -> str:
    """A readable terminal view: one block of aligned columns, the evidence on the next line."""
    if not events:
        return "(no events)\n"
    width = width or max(80, min(shutil.get_terminal_size((120, 20)).columns, 160))
    header = ("#", "type", "mode", "actor", "recipient", "date", "place")
    rows = []
    for n, e in enumerate(events, start=1):
        loc = e.get("location") or {}
        rows.append((str(n), e["event_type"], e.get("mode") or "", _actor_cell(e.get("actor")),
                     _actor_cell(e.get("recipient")), e.get("date") or "",
                     loc.get("name") or loc.get("country") or ""))
    sizes = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(s) for h, s in zip(header, sizes, strict=True)),
             "  ".join("-" * s for s in sizes)]
    for row, e in zip(rows, events, strict=True):
        lines.append("  ".join(c + " " * (s - _width(c)) for c, s in zip(row, sizes, strict=True)).rstrip())
        lines.append("     " + _cut(f"{e.get('doc_id')} «{e.get('trigger', '')}»: "
                                    + " / ".join(ev["text"] for ev in e.get("evidence") or []), width - 5))
    return "\n".join(lines) + f"\n{len(events)} event(s)\n"
