"""The event store: open (and migrate) a database, add coded documents, query events.

``Store.open("events.db")`` or ``Store.open("postgresql://user@host/db")``. Adding a document
stores it with its events; each event joins an event already stored when the merge rule says
they tell the same real-world event (see :mod:`hadath.store.merge`), else starts a new one.
Adding the same document again (same id and content hash) changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, create_engine, event, func, or_, select, text
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.pool import StaticPool

from hadath.doc import Document
from hadath.store import views
from hadath.store.merge import MergeKey, MergeRule, closeness, first_actors, same_event
from hadath.store.models import ActorRow, DocumentRow, EventRow, EvidenceRow, MentionRow, PlaceRow
from hadath.store.query import EventFilter, events_query, filtered

MIGRATIONS = Path(__file__).parent / "migrations"
_PRECISION_RANK = {"day": 0, "week": 1, "story": 2, "published": 3, "month": 4, "year": 5}
_PG_LOCK_KEY = 0x68616461  # "hada": serializes merging across processes on PostgreSQL
MAX_PAGE = 500


class StoreError(Exception):
    """A database that cannot be opened or used (bad URL, unreachable server, ...)."""


def database_url(spec: str) -> str:
    """A SQLAlchemy URL from ``--db``: a plain path is an SQLite file; postgresql:// uses psycopg 3."""
    spec = spec.strip()
    if not spec:
        raise StoreError("empty database URL")
    if spec.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + spec.split("://", 1)[1]
    if "://" in spec:
        return spec
    return "sqlite:///" + str(Path(spec).expanduser().resolve())


def content_hash(doc: Document) -> str:
    """SHA-256 of what coding depends on: the text, publication date, outlet, URL and title."""
    parts = [doc.text, str(doc.date or ""), doc.outlet or "", doc.url or "", doc.title or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def source_of(doc: Document) -> str:
    """Who published a document: its outlet, else its URL's host, else the document itself."""
    if doc.outlet:
        return doc.outlet.strip().lower()
    host = urlsplit(doc.url).hostname if doc.url else None
    if host:
        return host.removeprefix("www.")
    return f"doc:{doc.id}"


@dataclass(slots=True)
class IngestResult:
    """What adding a document did: ``status`` is new, updated, unchanged or skipped."""

    document_id: str
    status: str
    event_ids: list[int] = field(default_factory=list)
    merged: int = 0  # events of this document that joined an event already stored


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               poolclass=StaticPool if memory else None)
        event.listen(engine, "connect", _sqlite_pragmas)
        if not memory:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    """An event database. Thread-safe; use one per process and :meth:`close` it at the end."""

    def __init__(self, engine: Engine, rule: MergeRule | None = None) -> None:
        self.engine = engine
        self.rule = rule or MergeRule()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = threading.Lock()

    @classmethod
    def open(cls, spec: str, rule: MergeRule | None = None) -> Store:
        """Open the database of ``spec`` (path or URL), applying migrations when needed."""
        url = database_url(spec)
        try:
            engine = make_engine(url)
            migrate(engine)
        except Exception as exc:  # the driver's many errors, named in one
            raise StoreError(f"cannot open database {views.redact(url)}: {exc}") from exc
        return cls(engine, rule)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------
    def is_stored(self, doc: Document) -> bool:
        """Whether this very document (same id, same content) is stored already."""
        with self._sessions() as session:
            row = session.get(DocumentRow, doc.id)
            return row is not None and row.content_hash == content_hash(doc)

    def add(self, doc: Document) -> IngestResult:
        """Store a coded document and its events, merging them with the events stored."""
        digest = content_hash(doc)
        with self._lock, self._sessions() as session, session.begin():
            self._serialize(session)
            existing = session.get(DocumentRow, doc.id)
            if existing is not None and existing.content_hash == digest:
                return IngestResult(doc.id, "unchanged", self._event_ids(session, doc.id))
            status = "new" if existing is None else "updated"
            if existing is not None:
                self._forget(session, existing)
            session.add(views.document_row(doc, digest))
            session.flush()
            result = IngestResult(doc.id, "skipped" if doc.skipped else status)
            for coded in doc.events:
                row, joined = self._place(session, doc, coded.to_dict())
                result.event_ids.append(row.id)
                result.merged += joined
            return result

    def _serialize(self, session: Session) -> None:
        if self.engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})

    def _event_ids(self, session: Session, doc_id: str) -> list[int]:
        query = select(MentionRow.event_id).where(MentionRow.document_id == doc_id).order_by(MentionRow.id)
        return list(session.scalars(query))

    def _forget(self, session: Session, doc: DocumentRow) -> None:
        mentions = session.scalars(select(MentionRow).where(MentionRow.document_id == doc.id)).all()
        touched = {m.event_id for m in mentions}
        for mention in mentions:
            session.delete(mention)
        session.flush()
        for event_id in touched:
            row = session.get(EventRow, event_id)
            if row is None:
                continue
            session.refresh(row, ["mentions"])
            if row.mentions:
                views.recount(row)
            else:
                session.delete(row)
        session.delete(doc)
        session.flush()

    def _place(self, session: Session, doc: Document, coded: dict[str, Any]) -> tuple[EventRow, bool]:
        key = MergeKey.from_dict(coded)
        row = self._match(session, key, doc.id)
        joined = row is not None
        swapped = False
        if row is None:
            row = views.new_event(coded, self._actor(session, coded.get("actor")),
                                  self._actor(session, coded.get("recipient")),
                                  self._place_row(session, coded.get("location")))
            session.add(row)
        else:
            swapped = views.event_key(row).actor != key.actor
            self._improve(session, row, coded, swapped)
        row.mentions.append(views.mention_row(doc, coded, source_of(doc), swapped))
        views.recount(row)
        session.flush()
        return row, joined

    def _match(self, session: Session, key: MergeKey, doc_id: str) -> EventRow | None:
        query = select(EventRow).where(EventRow.event_type == key.event_type)
        if key.date is None:
            query = query.where(EventRow.date.is_(None))
        else:
            span = dt.timedelta(days=self.rule.max_window())
            query = query.where(EventRow.date.between(key.date - span, key.date + span))
        query = query.where(or_(*(views.actor_clause(a) for a in first_actors(key))))
        query = query.options(selectinload(EventRow.mentions))
        candidates = [row for row in session.scalars(query).unique()
                      if same_event(views.event_key(row), key, self.rule)
                      and all(m.document_id != doc_id for m in row.mentions)]
        if not candidates:
            return None
        return min(candidates, key=lambda r: (closeness(views.event_key(r), key), -r.num_mentions, r.id))

    def _improve(self, session: Session, row: EventRow, coded: dict[str, Any], swapped: bool) -> None:
        """Fill what the stored event lacks from a new report of it (more precise date, names, place)."""
        precision = coded.get("date_precision") or "published"
        if coded.get("date") and _PRECISION_RANK.get(precision, 9) < _PRECISION_RANK.get(row.date_precision, 9):
            row.date, row.date_precision = dt.date.fromisoformat(coded["date"]), precision
        row.mode = row.mode or coded.get("mode")
        row.confidence = max(row.confidence, float(coded.get("confidence") or 0))
        if row.place_id is None and coded.get("location"):
            row.place = self._place_row(session, coded["location"])
        actor, recipient = ("recipient", "actor") if swapped else ("actor", "recipient")
        if (row.actor is None or not row.actor.name) and (coded.get(actor) or {}).get("name"):
            row.actor = self._actor(session, coded[actor])
        if (row.recipient is None or not row.recipient.name) and (coded.get(recipient) or {}).get("name"):
            row.recipient = self._actor(session, coded[recipient])

    def _actor(self, session: Session, actor: dict[str, Any] | None) -> ActorRow | None:
        if not actor:
            return None
        return _get_or_create(session, ActorRow, views.actor_identity(actor), country=actor.get("country"),
                              sector=actor.get("sector"), org=actor.get("org"), name=actor.get("name"))

    def _place_row(self, session: Session, location: dict[str, Any] | None) -> PlaceRow | None:
        if not location or not (location.get("country") or location.get("name")):
            return None
        key = f"{location.get('country') or ''}|{location.get('name') or ''}"[:400]
        return _get_or_create(session, PlaceRow, key, country=location.get("country"), name=location.get("name"),
                              lat=location.get("lat"), lon=location.get("lon"))

    # -- reading ----------------------------------------------------------------------------------
    def events(self, f: EventFilter | None = None, limit: int = 50,
               offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """One page of events (newest first) as FORMAT.md §2 dicts with ids and counts, and the total."""
        f = f or EventFilter()
        limit = max(0, min(limit, MAX_PAGE))
        with self._sessions() as session:
            total = session.scalar(filtered(select(func.count(EventRow.id)), f)) or 0
            query = (events_query(f).options(selectinload(EventRow.mentions))
                     .order_by(EventRow.date.desc(), EventRow.id.desc()).limit(limit).offset(max(0, offset)))
            return [views.event_dict(row) for row in session.scalars(query).unique()], total

    def iter_events(self, f: EventFilter | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every event ``f`` selects, by id, fetched in batches (for exports)."""
        last = 0
        while True:
            with self._sessions() as session:
                query = (events_query(f or EventFilter()).where(EventRow.id > last)
                         .options(selectinload(EventRow.mentions)).order_by(EventRow.id).limit(batch))
                rows = list(session.scalars(query).unique())
                items = [views.event_dict(row, sources=True) for row in rows]
            if not items:
                return
            yield from items
            last = rows[-1].id

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event with every source that reported it and their evidence, or ``None``."""
        with self._sessions() as session:
            row = session.get(EventRow, event_id, options=[selectinload(EventRow.mentions)])
            return None if row is None else views.event_dict(row, sources=True)

    def document_events(self, doc_id: str) -> list[dict[str, Any]]:
        items, _ = self.events(EventFilter(document_id=doc_id), limit=MAX_PAGE)
        return items

    def actors(self, q: str | None = None, country: str | None = None, limit: int = 50,
               offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Actors with how many events they take part in, most active first."""
        with self._sessions() as session:
            return views.actor_page(session, q, country, max(0, min(limit, MAX_PAGE)), max(0, offset))

    def stats(self, f: EventFilter | None = None, top: int = 50) -> dict[str, Any]:
        """Counts of events by day, type, dyad and place, and totals."""
        with self._sessions() as session:
            return views.stats(session, f or EventFilter(), top)

    def counts(self) -> dict[str, int]:
        with self._sessions() as session:
            return {name: session.scalar(select(func.count()).select_from(model)) or 0
                    for name, model in (("documents", DocumentRow), ("events", EventRow),
                                        ("mentions", MentionRow), ("evidence", EvidenceRow),
                                        ("actors", ActorRow), ("places", PlaceRow))}


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _get_or_create(session: Session, model: Any, key: str, **fields: Any) -> Any:
    """The row of ``model`` with ``key``, added (and flushed, for its id) when new."""
    row = session.scalars(select(model).where(model.key == key)).first()
    if row is None:
        row = model(key=key, **fields)
        session.add(row)
        session.flush()
    return row
