"""Filters over stored events, shared by the API, the exports and the statistics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, and_, exists, or_, select
from sqlalchemy.orm import aliased

from hadath.store.models import ActorRow, EventRow, EvidenceRow, MentionRow, PlaceRow


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: every field left ``None`` does not filter.

    ``country`` matches the actor, the recipient or the place; ``place`` a place's country code or
    part of its name; ``text`` part of an evidence sentence; ``actor`` part of an actor's name.
    """

    actor_country: str | None = None
    actor_sector: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None
    country: str | None = None
    event_type: str | None = None
    mode: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    text: str | None = None
    actor: str | None = None
    document_id: str | None = None

    @classmethod
    def of(cls, **values: Any) -> EventFilter:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names and v not in (None, "")})


def _upper(value: str | None) -> str | None:
    return value.strip().upper() if value else value


def _where_codes(query: Select[Any], f: EventFilter) -> Select[Any]:
    pairs = ((EventRow.actor_country, f.actor_country), (EventRow.actor_sector, f.actor_sector),
             (EventRow.recipient_country, f.recipient_country),
             (EventRow.recipient_sector, f.recipient_sector), (EventRow.event_type, f.event_type))
    for column, value in pairs:
        if value:
            query = query.where(column == _upper(value))
    if f.mode:
        query = query.where(EventRow.mode == f.mode.strip().lower())
    if f.since:
        query = query.where(EventRow.date >= f.since)
    if f.until:
        query = query.where(EventRow.date <= f.until)
    return query


def _where_text(query: Select[Any], f: EventFilter) -> Select[Any]:
    if f.country:
        code = _upper(f.country)
        spot = aliased(PlaceRow)  # aliased: the stats query joins PlaceRow itself
        in_place = exists().where(spot.id == EventRow.place_id, spot.country == code)
        query = query.where(or_(EventRow.actor_country == code, EventRow.recipient_country == code, in_place))
    if f.place:
        spot = aliased(PlaceRow)
        query = query.where(exists().where(spot.id == EventRow.place_id, or_(
            spot.country == _upper(f.place), spot.name.icontains(f.place.strip(), autoescape=True))))
    if f.text:
        query = query.where(exists().where(
            MentionRow.event_id == EventRow.id, EvidenceRow.mention_id == MentionRow.id,
            EvidenceRow.text.contains(f.text.strip(), autoescape=True)))
    if f.actor:
        named = aliased(ActorRow)
        query = query.where(exists().where(
            or_(named.id == EventRow.actor_id, named.id == EventRow.recipient_id),
            named.name.icontains(f.actor.strip(), autoescape=True)))
    if f.document_id:
        query = query.where(exists().where(and_(MentionRow.event_id == EventRow.id,
                                                MentionRow.document_id == f.document_id)))
    return query


def filtered(query: Select[Any], f: EventFilter) -> Select[Any]:
    """``query`` (over ``EventRow``) restricted to the events ``f`` selects."""
    return _where_text(_where_codes(query, f), f)


def events_query(f: EventFilter) -> Select[Any]:
    return filtered(select(EventRow), f)
