"""The REST API on SQLite and PostgreSQL (FastAPI TestClient)."""

from __future__ import annotations

from typing import Any

PROTEST = "تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية."
PROTEST_B = "تظاهر آلاف من الطلاب اليوم في مدينة الخرطوم ضد الحكومة السودانية."
MEETING = "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأردني أيمن الصفدي."


def post(client: Any, doc_id: str, text: str, date: str, outlet: str, **headers: str) -> Any:
    body = {"id": doc_id, "text": text, "date": date, "outlet": outlet}
    return client.post("/documents", json=body, headers=headers)


def test_post_documents_codes_stores_and_merges(make_client: Any) -> None:
    client = make_client()
    first = post(client, "a", PROTEST, "2024-05-02", "outlet-a")
    assert first.status_code == 200
    body = first.json()
    assert body["status"] == "new" and body["events"][0]["event_type"] == "PROTEST"
    second = post(client, "b", PROTEST_B, "2024-05-02", "outlet-b").json()
    assert second["events"][0]["id"] == body["events"][0]["id"]
    assert second["events"][0]["num_sources"] == 2
    again = post(client, "b", PROTEST_B, "2024-05-02", "outlet-b").json()
    assert again["status"] == "unchanged"
    page = client.get("/events").json()
    assert page["total"] == 1 and page["items"][0]["num_articles"] == 2


def test_events_filters_pagination_and_detail(make_client: Any) -> None:
    client = make_client()
    post(client, "a", PROTEST, "2024-05-02", "outlet-a")
    post(client, "m", MEETING, "2024-05-06", "outlet-m")
    assert client.get("/events", params={"type": "PROTEST"}).json()["total"] == 1
    assert client.get("/events", params={"actor_country": "EGY"}).json()["total"] >= 1
    assert client.get("/events", params={"since": "2024-05-05"}).json()["total"] >= 1
    assert client.get("/events", params={"until": "2024-05-01"}).json()["total"] == 0
    assert client.get("/events", params={"q": "الخرطوم"}).json()["total"] == 1
    assert client.get("/events", params={"place": "SDN"}).json()["total"] == 1
    page = client.get("/events", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["total"] >= 2
    event = page["items"][0]
    assert {"id", "event_type", "actor", "recipient", "date", "evidence"} <= set(event)
    detail = client.get(f"/events/{event['id']}").json()
    assert detail["sources"][0]["evidence"][0]["text"]
    missing = client.get("/events/999999")
    assert missing.status_code == 404 and missing.json()["reason"]


def test_actors_and_stats(make_client: Any) -> None:
    client = make_client()
    post(client, "a", PROTEST, "2024-05-02", "outlet-a")
    post(client, "m", MEETING, "2024-05-06", "outlet-m")
    actors = client.get("/actors").json()
    assert actors["total"] >= 2 and actors["items"][0]["events"] >= 1
    stats = client.get("/stats").json()
    assert stats["total"] >= 2
    assert [d["date"] for d in stats["by_day"]] == sorted(d["date"] for d in stats["by_day"])
    assert {t["event_type"] for t in stats["by_type"]} >= {"PROTEST", "CONSULT"}
    assert stats["by_dyad"] and stats["by_place"]


def test_extract_does_not_store(make_client: Any) -> None:
    client = make_client()
    result = client.post("/extract", json={"text": MEETING, "date": "2024-05-06"}).json()
    assert result["events"][0]["event_type"] == "CONSULT"
    actor = result["events"][0]["actor"]
    assert result["document"]["text"][actor["start"]:actor["end"]] == actor["text"]
    assert result["mentions"]
    assert client.get("/events").json()["total"] == 0


def test_api_keys_guard_writes(make_client: Any) -> None:
    client = make_client(frozenset({"secret"}))
    refused = post(client, "a", PROTEST, "2024-05-02", "o")
    assert refused.status_code == 401 and "API key" in refused.json()["reason"]
    wrong = post(client, "a", PROTEST, "2024-05-02", "o", Authorization="Bearer nope")
    assert wrong.status_code == 401
    assert post(client, "a", PROTEST, "2024-05-02", "o", Authorization="Bearer secret").status_code == 200
    assert client.get("/events").status_code == 200


def test_errors_are_json_with_a_reason(make_client: Any) -> None:
    client = make_client(max_body=10_000)
    too_big = client.post("/extract", json={"text": "ا" * 20_000})
    assert too_big.status_code == 413 and "too large" in too_big.json()["reason"]
    empty = client.post("/extract", json={"text": "  "})
    assert empty.status_code == 422 and "text" in empty.json()["reason"]
    bad_date = client.post("/extract", json={"text": PROTEST, "date": "yesterday"})
    assert bad_date.status_code == 422
    bad_query = client.get("/events", params={"since": "soon"})
    assert bad_query.status_code == 422 and bad_query.json()["reason"].startswith("invalid request")
    not_json = client.post("/documents", content=b"{oops", headers={"content-type": "application/json"})
    assert not_json.status_code == 422


def test_web_app_and_offline_docs(make_client: Any) -> None:
    client = make_client()
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.replace("http://www.w3.org", "")  # nothing from outside
    assert client.get("/static/app.js").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/events"]
    countries = client.get("/countries").json()
    assert any(c["code"] == "EGY" for c in countries)
