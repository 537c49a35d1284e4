"""One event per real-world event: merging the events of one document.

Two events of a document are the same real-world event when they have the same type, the same
actor and recipient (either way round for the symmetric types CONSULT, AGREE and COOPERATE;
a missing recipient fits any), compatible dates (equal, or one of them not told by the text) and
compatible places. The merged event keeps every evidence sentence, the most specific date and
place, and the first mode found. Merging is repeated until nothing changes, since an event that
absorbed another (its date, its place, a name) may then fit one it did not fit before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hadath.doc import Actor, Document, Event

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _key(actor: Actor | None) -> tuple[str | None, str | None, str | None] | None:
    if actor is None:
        return None
    return (actor.country, actor.org, actor.name)


def _actor_fits(a: Actor | None, b: Actor | None, missing_fits: bool) -> bool:
    if a is None or b is None:
        return missing_fits or (a is None and b is None)
    if a.country != b.country or (a.org != b.org and a.org is not None and b.org is not None):
        return False  # «قوات التحالف» (no organisation named) may be «التحالف العربي»
    if a.name is None or b.name is None or a.name == b.name:
        return True
    return a.name == a.org or b.name == b.org  # the organisation itself and one of its people


def _roles_fit(a: Event, b: Event) -> bool:
    if _actor_fits(a.actor, b.actor, False) and _actor_fits(a.recipient, b.recipient, True):
        return True
    return a.event_type in SYMMETRIC and _actor_fits(a.actor, b.recipient, False) and _actor_fits(
        a.recipient, b.actor, False)


_INFERRED = frozenset({"published", "story"})  # dates the text does not tell of the event itself
_SPAN = {"day": 0, "week": 6, "month": 30, "year": 365}


def _dates_fit(a: Event, b: Event) -> bool:
    """Equal dates, or one not told by the text, or one within the other's span («الأسبوع
    الماضي» holds «الخميس»)."""
    if a.date is None or b.date is None or a.date == b.date:
        return True
    if a.date_precision in _INFERRED or b.date_precision in _INFERRED:
        return True
    span = max(_SPAN.get(a.date_precision, 0), _SPAN.get(b.date_precision, 0))
    return abs((a.date - b.date).days) <= span


def _places_fit(a: Event, b: Event) -> bool:
    """Same country, and the same named place when both name one («الفاشر» and «الأبيض» are two
    battles of one war; «البصرة» and «العراق» may be one protest among many)."""
    if a.location is None or b.location is None:
        return True
    if a.location.country != b.location.country:
        return False
    x, y = a.location, b.location
    if x.name is None or y.name is None or x.name == y.name:
        return True
    retold = a.event_type != "PROTEST" and (_unnamed(a) or _unnamed(b))
    if (x.whole_country or y.whole_country) and (_same_person(a, b) or retold):
        return True  # «قتل الصماد … في اليمن» and «مقتله … على محافظة الحديدة»: one man, one death;
        # «بغارة على صعدة» with no doer of its own may retell the raid told «في اليمن» (but protests
        # in the country and in one of its cities are often several)
    if x.lat is None or x.lon is None or y.lat is None or y.lon is None:
        return False
    return _km(x.lat, x.lon, y.lat, y.lon) < _NEAR_KM  # «البصرة» and «محافظة البصرة» are one place


_NEAR_KM = 100.0


def _same_person(a: Event, b: Event) -> bool:
    """Both events name the same person as actor, or as recipient."""
    return any(x is not None and y is not None and x.name is not None and x.name == y.name
               for x, y in ((a.actor, b.actor), (a.recipient, b.recipient)))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _one_sentence(a: Event, b: Event) -> bool:
    return bool({e.start for e in a.evidence} & {e.start for e in b.evidence})


def _unnamed(event: Event) -> bool:
    return event.actor is None or event.default_actor


def _vague(actor: Actor | None) -> bool:
    """A target with no words of its own (the civilians or the state a strike's place suggests),
    not one the text names."""
    return actor is not None and actor.name is None and actor.text is None


# Types whose modes name different acts (an arrest is not a ban, a phone call is not a visit);
# the modes of a strike or a protest are facets of one act («غارة» and «قصف» of one raid).
_MODES_APART = frozenset({"COERCE", "SANCTION", "CONSULT", "RETREAT", "AID", "REQUEST", "THREATEN"})


def same_event(a: Event, b: Event) -> bool:
    if a.event_type == b.event_type == "ASSAULT" and a.outcome != b.outcome and _one_sentence(a, b):
        return True  # «قتل قيادي في القاعدة … في غارة أمريكية»: the death is what the strike did
    if a.event_type != b.event_type or not _places_fit(a, b):
        return False
    if a.event_type in _MODES_APART and a.mode and b.mode and a.mode != b.mode:
        return False  # «منع الأمن وقفة …» and «تم توقيف عدد من المحتجين»: two acts
    if a.event_type == "ASSAULT" and _one_sentence(a, b) and _unnamed(a) and _unnamed(b):
        return True  # «في هجوم بعبوة ناسفة استهدف دوريتهم»: the attack and its weapon, doer untold
    if _one_sentence(a, b) and (_unnamed(a) or _unnamed(b)) and (
            _actor_fits(a.recipient, b.recipient, True) or _vague(a.recipient) or _vague(b.recipient)):
        return True  # «أعلنوا الاثنين مقتل قائد في غارة للتحالف الخميس»: the death and the strike are one event
    if not _dates_fit(a, b):
        return False
    if _roles_fit(a, b):
        return True
    # «الغارات أسفرت عن…»: a definite noun with no actor of its own retells the event before;
    # «خلال الهدنة التي تبدأ الأحد … وأعلن التحالف هدنة»: or the one the text goes on to tell
    if any(x.anaphoric and (x.actor is None or x.default_actor) for x in (a, b)) and _actor_fits(
            a.recipient, b.recipient, True):
        return True
    # «وألقوا زجاجات حارقة» with its doer out of reach retells the firebombing told before
    return _unnamed(b) and b.recipient is None and a.mode is not None and a.mode == b.mode


def _absorb(into: Event, other: Event) -> None:
    seen = {e.start for e in into.evidence}
    into.evidence += [e for e in other.evidence if e.start not in seen]
    into.evidence.sort(key=lambda e: e.start)
    into.mode = into.mode or other.mode
    if into.location is None or (into.location.whole_country and other.location is not None):
        into.location = other.location  # «الحديدة» says more than «اليمن»
    if (into.default_actor or into.actor is None) and not other.default_actor and other.actor is not None:
        into.actor, into.default_actor = other.actor, False
        into.date, into.date_precision = other.date, other.date_precision  # the named act's own date
    elif into.outcome and not other.outcome and not other.default_actor and other.actor is not None:
        into.actor = other.actor  # the strike names who killed; the death's subject was the victim's side
    into.outcome = into.outcome and other.outcome
    if into.date_precision in _INFERRED and other.date_precision not in _INFERRED:
        into.date, into.date_precision = other.date, other.date_precision
    for mine, theirs in ((into.actor, other.actor), (into.recipient, other.recipient)):
        if (mine is not None and theirs is not None and mine.name is None and theirs.name
                and mine.country == theirs.country):
            mine.name, mine.sector = theirs.name, mine.sector or theirs.sector
    if into.recipient is None and other.recipient is not None:
        into.recipient = other.recipient
    into.confidence = min(0.95, max(into.confidence, other.confidence) + 0.05)


def _settled(events: list[Event]) -> list[Event]:
    """Merge again until nothing changes: an event that grew (a date, a place, an actor from the
    sentences it absorbed) may now fit one it did not fit before."""
    changed = True
    while changed:
        changed = False
        for i, kept in enumerate(events):
            j = next((j for j in range(i + 1, len(events)) if same_event(kept, events[j])), None)
            if j is not None:
                _absorb(kept, events.pop(j))
                changed = True
                break
    return events


@dataclass(slots=True)
class EventMerger:
    """Pipeline stage: merge the events of :attr:`Document.events` that tell one event."""

    def __call__(self, doc: Document) -> Document:
        """Body events merge in reading order; a title's event survives only as the evidence of a
        body event it matches (a headline restates, and alone it is too terse to code)."""
        merged: list[Event] = []
        for event in (e for e in doc.events if not e.headline):
            for kept in reversed(merged):  # the latest compatible event: stories go on
                if same_event(kept, event):
                    _absorb(kept, event)
                    break
            else:
                merged.append(event)
        merged = _settled(merged)
        for title in (e for e in doc.events if e.headline):
            for kept in merged:
                if same_event(kept, title) or same_event(title, kept):
                    _absorb(kept, title)
                    break
        doc.events = merged
        return doc
