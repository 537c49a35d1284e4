"""The merge rule on its own: type, actors (swap for symmetric types), date windows, places."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hadath.store.merge import MergeKey, MergeRule, same_event


def key(kind: str = "CONSULT", actor: str | None = "EGY", recipient: str | None = "JOR", date: str = "2024-05-02",
        precision: str = "day", place: tuple[str | None, str | None] = (None, None)) -> MergeKey:
    return MergeKey(kind, (actor, None), (recipient, None), dt.date.fromisoformat(date), precision, *place)


def test_same_everything_is_one_event() -> None:
    assert same_event(key(), key(), MergeRule())


def test_swap_only_for_symmetric_types() -> None:
    assert same_event(key(), key(actor="JOR", recipient="EGY"), MergeRule())
    assert not same_event(key("ACCUSE"), key("ACCUSE", actor="JOR", recipient="EGY"), MergeRule())


def test_date_window_depends_on_precision() -> None:
    rule = MergeRule()
    assert same_event(key(), key(date="2024-05-03"), rule)
    assert not same_event(key(), key(date="2024-05-04"), rule)
    assert same_event(key(), key(date="2024-05-04", precision="published"), rule)
    assert not same_event(key(), key(date="2024-05-20"), rule)


def test_window_is_configurable() -> None:
    rule = MergeRule(windows={"day": 3})
    assert same_event(key(), key(date="2024-05-05"), rule)


def test_other_type_or_actor_is_another_event() -> None:
    assert not same_event(key(), key("AGREE"), MergeRule())
    assert not same_event(key(), key(actor="SYR"), MergeRule())


def test_places_must_be_compatible() -> None:
    cairo, amman = ("EGY", "Cairo"), ("JOR", "Amman")
    assert same_event(key(place=cairo), key(), MergeRule())
    assert same_event(key(place=cairo), key(place=("EGY", None)), MergeRule())
    assert not same_event(key(place=cairo), key(place=amman), MergeRule())
    assert not same_event(key(place=cairo), key(place=("EGY", "Alexandria")), MergeRule())


def test_missing_recipient_joins_when_allowed() -> None:
    assert same_event(key("PROTEST", "SDN", "SDN"), key("PROTEST", "SDN", None), MergeRule())
    strict = MergeRule(partial_recipient=False)
    assert not same_event(key("PROTEST", "SDN", "SDN"), key("PROTEST", "SDN", None), strict)


def test_from_dict_reads_format_events() -> None:
    event: dict[str, Any] = {"event_type": "AID", "actor": {"country": "IGO", "org": "UN"}, "recipient": None,
                             "date": "2024-01-02", "date_precision": "published",
                             "location": {"country": "YEM", "name": "Aden"}}
    parsed = MergeKey.from_dict(event)
    assert parsed.actor == ("IGO", "UN") and parsed.recipient == (None, None)
    assert parsed.place_name == "Aden" and parsed.date == dt.date(2024, 1, 2)
