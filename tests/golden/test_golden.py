"""Golden tests: whole articles we wrote, coded end to end.

Each case's hand-written `expect`/`forbid` assertions must hold; the full output must equal
expected/<id>.jsonl (regenerate with --regen-golden and review the diff).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from hadath.api import Extractor

HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))


def summary(event: dict[str, Any]) -> dict[str, Any]:
    """The fields a golden file keeps (stable, reviewable)."""
    def actor(a: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if a is None else {k: a.get(k) for k in ("country", "sector", "org", "name")}

    return {"event_type": event["event_type"], "mode": event["mode"], "actor": actor(event["actor"]),
            "recipient": actor(event["recipient"]), "date": event["date"],
            "location": (event.get("location") or {}).get("country"),
            "evidence": [e["sentence"] for e in event["evidence"]]}


def code(extractor: Extractor, case: dict[str, Any]) -> list[dict[str, Any]]:
    text = (HERE / "articles" / f"{case['id']}.txt").read_text(encoding="utf-8")
    date = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    return [e.to_dict() for e in extractor.extract(text, date, case["id"])]


def fits(event: dict[str, Any], want: dict[str, Any]) -> bool:
    checks = {
        "type": event["event_type"], "mode": event["mode"], "date": event["date"],
        "actor": (event["actor"] or {}).get("country"), "recipient": (event["recipient"] or {}).get("country"),
        "actor_name": (event["actor"] or {}).get("name"),
    }
    return all(str(checks[k]) == str(v) for k, v in want.items())


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_expected_events(extractor: Extractor, case: dict[str, Any]) -> None:
    events = code(extractor, case)
    for want in case.get("expect", []):
        assert any(fits(e, want) for e in events), f"missing {want} in {[summary(e) for e in events]}"
    if "count" in case:
        assert len(events) == case["count"], [summary(e) for e in events]
    for snippet in case.get("forbid", []):
        for event in events:
            assert all(snippet not in ev["text"] for ev in event["evidence"]), (snippet, summary(event))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_output(extractor: Extractor, case: dict[str, Any], regen_golden: bool) -> None:
    got = [summary(e) for e in code(extractor, case)]
    path = HERE / "expected" / f"{case['id']}.jsonl"
    if regen_golden:
        path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in got), encoding="utf-8")
    want = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert got == want


def test_evidence_offsets_point_into_the_text(extractor: Extractor) -> None:
    case = CASES[0]
    text = (HERE / "articles" / f"{case['id']}.txt").read_text(encoding="utf-8")
    for event in code(extractor, case):
        for ev in event["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
