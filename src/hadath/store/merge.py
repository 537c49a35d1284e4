"""Cross-outlet merging: when do two coded events tell the same real-world event?

Two events are one when they have the same PLOVER type; the same actor and the same recipient,
compared on (country, org) — swapped is allowed for the symmetric types CONSULT, AGREE and
COOPERATE; dates within a window that depends on how precisely each was dated; and compatible
places (either unknown, or the same country and, when both are named, the same place).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
ActorKey = tuple[str | None, str | None]


def _default_windows() -> dict[str, int]:
    return {"day": 1, "story": 2, "published": 2, "week": 4, "month": 16, "year": 183}


@dataclass(frozen=True, slots=True)
class MergeRule:
    """The merge rule's settings: the date window (in days) for each date precision.

    Two events match when their dates differ by at most the larger window of their two
    precisions (so a day-precise date and a publication date use the publication window).
    """

    windows: dict[str, int] = field(default_factory=_default_windows)
    default_window: int = 1
    partial_recipient: bool = True  # a report without recipient may join one with a recipient

    def window(self, precision: str | None) -> int:
        return self.windows.get(precision or "", self.default_window)

    def max_window(self) -> int:
        return max([self.default_window, *self.windows.values()])


@dataclass(frozen=True, slots=True)
class MergeKey:
    """What the rule compares, taken from an event (dict in FORMAT.md §2 or stored row)."""

    event_type: str
    actor: ActorKey
    recipient: ActorKey
    date: dt.date | None
    precision: str
    place_country: str | None = None
    place_name: str | None = None

    @classmethod
    def from_dict(cls, event: dict[str, Any]) -> MergeKey:
        location = event.get("location") or {}
        date = event.get("date")
        return cls(event_type=event["event_type"], actor=actor_key(event.get("actor")),
                   recipient=actor_key(event.get("recipient")),
                   date=dt.date.fromisoformat(date) if isinstance(date, str) else date,
                   precision=event.get("date_precision") or "published",
                   place_country=location.get("country"), place_name=location.get("name"))

    def dyads(self) -> list[tuple[ActorKey, ActorKey]]:
        """The (actor, recipient) pairs a matching event may have."""
        pairs = [(self.actor, self.recipient)]
        if self.event_type in SYMMETRIC_TYPES and self.actor != self.recipient:
            pairs.append((self.recipient, self.actor))
        return pairs


def actor_key(actor: dict[str, Any] | None) -> ActorKey:
    if not actor:
        return (None, None)
    return (actor.get("country"), actor.get("org"))


def same_actors(a: MergeKey, b: MergeKey, partial_recipient: bool = True) -> bool:
    """Same actor and recipient (swap allowed for symmetric types); with ``partial_recipient``, a
    missing recipient on one side is compatible with any recipient on the other, same actor."""
    if (b.actor, b.recipient) in a.dyads():
        return True
    no_recipient = a.recipient == (None, None) or b.recipient == (None, None)
    return partial_recipient and no_recipient and a.actor == b.actor and a.actor != (None, None)


def dates_match(a: MergeKey, b: MergeKey, rule: MergeRule) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    window = max(rule.window(a.precision), rule.window(b.precision))
    return abs((a.date - b.date).days) <= window


def places_compatible(a: MergeKey, b: MergeKey) -> bool:
    if a.place_country is None or b.place_country is None:
        return True
    if a.place_country != b.place_country:
        return False
    return a.place_name is None or b.place_name is None or a.place_name == b.place_name


def same_event(a: MergeKey, b: MergeKey, rule: MergeRule) -> bool:
    """Whether two coded events tell the same real-world event under ``rule``."""
    return (a.event_type == b.event_type and same_actors(a, b, rule.partial_recipient)
            and dates_match(a, b, rule)
            and places_compatible(a, b))


def closeness(a: MergeKey, b: MergeKey) -> int:
    """How far apart two matching events are (days); the closest candidate wins."""
    if a.date is None or b.date is None:
        return 0
    return abs((a.date - b.date).days)


def first_actors(key: MergeKey) -> list[ActorKey]:
    """The actors a stored event matching ``key`` may have (for the database lookup)."""
    return list(dict.fromkeys(actor for actor, _ in key.dyads()))
