"""The store's tables (SQLAlchemy 2): documents, events, actors, places, mentions and evidence.

One row of ``events`` is one real-world event; each document that reports it adds a row of
``mentions`` (document, outlet, the event as coded there) with its ``evidence`` sentences.
The schema is created and upgraded by the Alembic migrations in ``migrations/``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(256), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    skipped: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(700), unique=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    sector: Mapped[str | None] = mapped_column(String(16))
    org: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str | None] = mapped_column(String(300))


class PlaceRow(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    cameo: Mapped[str | None] = mapped_column(String(8))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    actor_country: Mapped[str | None] = mapped_column(String(8), index=True)
    actor_sector: Mapped[str | None] = mapped_column(String(16))
    actor_org: Mapped[str | None] = mapped_column(String(200))
    recipient_country: Mapped[str | None] = mapped_column(String(8), index=True)
    recipient_sector: Mapped[str | None] = mapped_column(String(16))
    recipient_org: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(16))
    goldstein: Mapped[float | None] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    num_mentions: Mapped[int] = mapped_column(Integer, default=0)
    num_sources: Mapped[int] = mapped_column(Integer, default=0)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)

    actor: Mapped[ActorRow | None] = relationship(foreign_keys=[actor_id], lazy="joined")
    recipient: Mapped[ActorRow | None] = relationship(foreign_keys=[recipient_id], lazy="joined")
    place: Mapped[PlaceRow | None] = relationship(lazy="joined")
    mentions: Mapped[list[MentionRow]] = relationship(back_populates="event", order_by="MentionRow.id",
                                                      cascade="all, delete-orphan")


class MentionRow(Base):
    """One document's report of an event: the event as coded in that document."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(512))  # outlet, else URL host, else the document id
    outlet: Mapped[str | None] = mapped_column(String(256))
    url: Mapped[str | None] = mapped_column(Text)
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16))
    actor_text: Mapped[str | None] = mapped_column(Text)
    recipient_text: Mapped[str | None] = mapped_column(Text)
    location_text: Mapped[str | None] = mapped_column(Text)
    trigger: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    coded: Mapped[str] = mapped_column(Text)  # the event as coded in this document (FORMAT.md §2 JSON)

    event: Mapped[EventRow] = relationship(back_populates="mentions")
    evidence: Mapped[list[EvidenceRow]] = relationship(order_by="EvidenceRow.sentence", lazy="selectin",
                                                       cascade="all, delete-orphan")


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
