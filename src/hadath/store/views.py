"""Rows from coded events, and dicts (FORMAT.md §2 with ids and counts) from rows."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from hadath.doc import Document
from hadath.knowledge.kb import ORG_CODES
from hadath.store.merge import ActorKey, MergeKey
from hadath.store.models import ActorRow, DocumentRow, EventRow, EvidenceRow, MentionRow, PlaceRow
from hadath.store.query import EventFilter, filtered


def redact(url: str) -> str:
    """A database URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def document_row(doc: Document, digest: str) -> DocumentRow:
    return DocumentRow(id=doc.id, content_hash=digest, text=doc.text, date=doc.date, url=doc.url,
                       outlet=doc.outlet, title=doc.title, language=doc.language, skipped=doc.skipped,
                       ingested_at=now())


def actor_identity(actor: dict[str, Any]) -> str:
    parts = (actor.get(k) or "" for k in ("country", "sector", "org", "name"))
    return "|".join(parts)[:700]


def _iso(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def new_event(coded: dict[str, Any], actor: ActorRow | None, recipient: ActorRow | None,
              place: PlaceRow | None) -> EventRow:
    a, r = coded.get("actor") or {}, coded.get("recipient") or {}
    return EventRow(event_type=coded["event_type"], mode=coded.get("mode"), cameo=coded.get("cameo"),
                    actor=actor, recipient=recipient, place=place,
                    actor_country=a.get("country"), actor_sector=a.get("sector"), actor_org=a.get("org"),
                    recipient_country=r.get("country"), recipient_sector=r.get("sector"),
                    recipient_org=r.get("org"), date=_iso(coded.get("date")),
                    date_precision=coded.get("date_precision") or "published",
                    goldstein=coded.get("goldstein"), confidence=float(coded.get("confidence") or 0),
                    num_mentions=0, num_sources=0, num_articles=0, added_at=now(), mentions=[])


def mention_row(doc: Document, coded: dict[str, Any], source: str, swapped: bool) -> MentionRow:
    a, r = (coded.get("recipient"), coded.get("actor")) if swapped else (coded.get("actor"), coded.get("recipient"))
    return MentionRow(
        document_id=doc.id, source=source[:512], outlet=doc.outlet, url=doc.url, doc_date=doc.date,
        date=_iso(coded.get("date")), date_precision=coded.get("date_precision") or "published",
        actor_text=(a or {}).get("text"), recipient_text=(r or {}).get("text"),
        location_text=(coded.get("location") or {}).get("text"), trigger=coded.get("trigger"),
        confidence=float(coded.get("confidence") or 0), coded=json.dumps(coded, ensure_ascii=False),
        evidence=[EvidenceRow(sentence=e["sentence"], start=e["start"], end=e["end"], text=e["text"])
                  for e in coded.get("evidence") or []])


def recount(row: EventRow) -> None:
    """GDELT's counts: mentions (evidence sentences), articles (documents) and sources (outlets)."""
    row.num_articles = len({m.document_id for m in row.mentions})
    row.num_sources = len({m.source for m in row.mentions})
    row.num_mentions = sum(max(1, len(m.evidence)) for m in row.mentions)


def event_key(row: EventRow) -> MergeKey:
    place = row.place
    return MergeKey(event_type=row.event_type, actor=(row.actor_country, row.actor_org),
                    recipient=(row.recipient_country, row.recipient_org), date=row.date,
                    precision=row.date_precision, place_country=place.country if place else None,
                    place_name=place.name if place else None)


def _eq(column: Any, value: str | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def actor_clause(actor: ActorKey) -> ColumnElement[bool]:
    return and_(_eq(EventRow.actor_country, actor[0]), _eq(EventRow.actor_org, actor[1]))


def _actor(row: ActorRow | None, country: str | None, sector: str | None, org: str | None,
           text: str | None) -> dict[str, Any] | None:
    if row is None and country is None and org is None:
        return None
    return {"country": country, "sector": row.sector if row else sector, "org": org,
            "name": row.name if row else None, "text": text, "id": row.id if row else None}


def _location(row: EventRow, text: str | None) -> dict[str, Any] | None:
    if row.place is None:
        return None
    return {"country": row.place.country, "name": row.place.name, "text": text,
            "lat": row.place.lat, "lon": row.place.lon}


def _evidence(mention: MentionRow) -> list[dict[str, Any]]:
    return [{"sentence": e.sentence, "start": e.start, "end": e.end, "text": e.text} for e in mention.evidence]


def _source(mention: MentionRow, evidence: bool) -> dict[str, Any]:
    item: dict[str, Any] = {"document_id": mention.document_id, "source": mention.source,
                            "outlet": mention.outlet, "url": mention.url,
                            "published": mention.doc_date.isoformat() if mention.doc_date else None,
                            "date": mention.date.isoformat() if mention.date else None,
                            "date_precision": mention.date_precision}
    if evidence:
        item.update(trigger=mention.trigger, actor_text=mention.actor_text,
                    recipient_text=mention.recipient_text, evidence=_evidence(mention))
    return item


def event_dict(row: EventRow, sources: bool = False) -> dict[str, Any]:
    """The event as in FORMAT.md §2 (told by its first report) with ``id``, counts and sources."""
    first = row.mentions[0] if row.mentions else None
    return {
        "id": row.id, "doc_id": first.document_id if first else None,
        "event_type": row.event_type, "mode": row.mode, "cameo": row.cameo,
        "actor": _actor(row.actor, row.actor_country, row.actor_sector, row.actor_org,
                        first.actor_text if first else None),
        "recipient": _actor(row.recipient, row.recipient_country, row.recipient_sector, row.recipient_org,
                            first.recipient_text if first else None),
        "date": row.date.isoformat() if row.date else None, "date_precision": row.date_precision,
        "location": _location(row, first.location_text if first else None),
        "evidence": _evidence(first) if first else [],
        "trigger": first.trigger if first else None, "goldstein": row.goldstein,
        "confidence": round(row.confidence, 3),
        "num_mentions": row.num_mentions, "num_sources": row.num_sources, "num_articles": row.num_articles,
        "sources": [_source(m, sources) for m in row.mentions],
    }


# -- actors and statistics ---------------------------------------------------------------------------
def actor_page(session: Session, q: str | None, country: str | None, limit: int,
               offset: int) -> tuple[list[dict[str, Any]], int]:
    uses = func.count(EventRow.id)
    query: Select[Any] = (select(ActorRow, uses.label("events"))
                          .join(EventRow, or_(EventRow.actor_id == ActorRow.id, EventRow.recipient_id == ActorRow.id))
                          .group_by(ActorRow.id))
    if q:
        query = query.where(or_(ActorRow.name.icontains(q.strip(), autoescape=True),
                                ActorRow.org.icontains(q.strip(), autoescape=True)))
    if country:
        query = query.where(ActorRow.country == country.strip().upper())
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(query.order_by(uses.desc(), ActorRow.id).limit(limit).offset(offset)).all()
    return [{"id": a.id, "country": a.country, "sector": a.sector, "org": a.org, "name": a.name,
             "events": n} for a, n in rows], total


def _label(country: str | None, org: str | None) -> str | None:
    return org if country in ORG_CODES and org else country


def stats(session: Session, f: EventFilter, top: int) -> dict[str, Any]:
    n = func.count(EventRow.id).label("n")

    def grouped(*columns: Any) -> Select[Any]:
        return filtered(select(*columns, n), f).group_by(*columns)

    days = session.execute(grouped(EventRow.date).order_by(EventRow.date)).all()
    types = session.execute(grouped(EventRow.event_type).order_by(n.desc())).all()
    dyad_cols = (EventRow.actor_country, EventRow.actor_org, EventRow.recipient_country, EventRow.recipient_org)
    dyads = session.execute(grouped(*dyad_cols).order_by(n.desc()).limit(top)).all()
    place_cols = (PlaceRow.id, PlaceRow.country, PlaceRow.name, PlaceRow.lat, PlaceRow.lon)
    places = session.execute(grouped(*place_cols).join(PlaceRow, PlaceRow.id == EventRow.place_id)
                             .order_by(n.desc()).limit(top * 4)).all()
    total = session.scalar(filtered(select(func.count(EventRow.id)), f)) or 0
    return {
        "total": total,
        "by_day": [{"date": d.isoformat() if d else None, "count": c} for d, c in days],
        "by_type": [{"event_type": t, "count": c} for t, c in types],
        "by_dyad": [{"actor": _label(ac, ao), "recipient": _label(rc, ro), "count": c}
                    for ac, ao, rc, ro, c in dyads],
        "by_place": [{"country": pc, "name": pn, "lat": la, "lon": lo, "count": c}
                     for _, pc, pn, la, lo, c in places],
    }
