"""Request and response bodies of the API (they make the OpenAPI schema at /openapi.json)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class DocumentIn(BaseModel):
    """A document as in FORMAT.md §1: ``text`` (or ``html``, a whole page) and optional metadata."""

    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}}},
        {"required": ["html"], "properties": {"html": {"type": "string"}}}], "examples": [
        {"id": "a1", "text": "تظاهر آلاف الطلاب أمس في الخرطوم ضد الحكومة السودانية.", "date": "2024-05-02",
         "outlet": "example-news"}]})

    id: str | None = Field(None, max_length=512, description="Document id; default: derived from the content")
    text: str | None = Field(None, pattern=r"\S", description="The article text (not blank)")
    html: str | None = Field(None, pattern=r"\S", description="A whole HTML page, instead of text")
    date: dt.date | None = Field(None, description="Publication date, ISO 8601 (only the day counts)")
    url: str | None = None
    outlet: str | None = Field(None, max_length=256)
    title: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _day_only(cls, value: object) -> object:
        return value.strip()[:10] if isinstance(value, str) else value

    @field_validator("id", "text", "html", "url", "outlet", "title")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        """JSON may carry unpaired surrogates (\\ud800); they become U+FFFD so the text is valid UTF-8."""
        if value is None:
            return None
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


class Strict(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorOut(Strict):
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    name: str | None = None
    text: str | None = None


class EvidenceOut(Strict):
    sentence: int
    start: int
    end: int
    text: str


class LocationOut(Strict):
    country: str | None = None
    name: str | None = None
    text: str | None = None
    lat: float | None = None
    lon: float | None = None


class CodedEvent(Strict):
    """An event as in FORMAT.md §2."""

    doc_id: str | None
    event_type: str
    mode: str | None = None
    cameo: str | None = None
    actor: ActorOut | None = None
    recipient: ActorOut | None = None
    date: str | None = None
    date_precision: str | None = None
    location: LocationOut | None = None
    evidence: list[EvidenceOut] = []
    trigger: str | None = None
    goldstein: float | None = None
    confidence: float | None = None


class SourceOut(Strict):
    document_id: str
    source: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    date: str | None = None
    date_precision: str | None = None


class EventOut(CodedEvent):
    """A stored event: FORMAT.md §2 (told by its first report), its id, GDELT-style counts, its sources."""

    id: int
    num_mentions: int
    num_sources: int
    num_articles: int
    sources: list[SourceOut] = []


class EventPage(BaseModel):
    items: list[EventOut]
    total: int


class StoredDocument(BaseModel):
    document_id: str
    status: str = Field(description="new, updated, unchanged (stored before, nothing changed) or skipped")
    skipped: str | None = Field(None, description="Why no event was coded (e.g. not Arabic)")
    events: list[EventOut]


class DocumentOut(Strict):
    id: str
    text: str
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    skipped: str | None = None


class MentionOut(Strict):
    start: int
    end: int
    kind: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    org: str | None = None


class Extraction(BaseModel):
    document: DocumentOut
    events: list[CodedEvent]
    mentions: list[MentionOut]
    places: list[MentionOut]


class ActorItem(Strict):
    id: int
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    name: str | None = None
    events: int


class ActorPage(BaseModel):
    items: list[ActorItem]
    total: int


class Stats(BaseModel):
    total: int
    by_day: list[dict[str, Any]]
    by_type: list[dict[str, Any]]
    by_dyad: list[dict[str, Any]]
    by_place: list[dict[str, Any]]


class CountryOut(BaseModel):
    code: str
    name: str
    lat: float | None = None
    lon: float | None = None


class ErrorOut(BaseModel):
    status: int
    reason: str
    errors: list[dict[str, Any]] | None = None
