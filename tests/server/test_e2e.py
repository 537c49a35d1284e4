"""End-to-end: the web app in Debian's headless Chromium (Playwright) against a live uvicorn server.

Screenshots of every page go to /tmp/hadath-screens/.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hadath.api import Extractor
from hadath.doc import Document
from hadath.server import ServerSettings, create_app
from hadath.store import Store
from hadath.store.ingest import ingest_document
from hadath.store.pgtemp import free_port

CHROMIUM = "/usr/bin/chromium"
SCREENS = Path("/tmp/hadath-screens")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTICLE = ("بحث وزير الخارجية المصري سامح شكري، الأربعاء، في اتصال هاتفي مع نظيره الأردني أيمن الصفدي "
           "التطورات في قطاع غزة.\nوتظاهر آلاف الطلاب أمس في الخرطوم ضد الحكومة السودانية.")
HOSTILE = ("تظاهر آلاف الطلاب أمس في الخرطوم <script>window.__pwned=1</script> ضد الحكومة السودانية "
           '<img src=x onerror="window.__pwned=1">.')

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed"),
              pytest.mark.skipif(shutil.which("true") is None, reason="no shell tools")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[str]:
    import uvicorn

    store = Store.open(str(tmp_path_factory.mktemp("e2e") / "events.db"))
    seeds = [("s1", "تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية.", "2024-05-02", "outlet-a"),
             ("s2", "تظاهر آلاف من الطلاب اليوم في مدينة الخرطوم ضد الحكومة السودانية.", "2024-05-02", "outlet-b"),
             ("s3", "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأردني أيمن الصفدي.",
              "2024-05-06", "outlet-a"),
             ("s4", "شنت طائرات إسرائيلية اليوم غارات على مدينة رفح في قطاع غزة.", "2024-05-04", "outlet-c")]
    for doc_id, text, date, outlet in seeds:
        ingest_document(store, extractor, Document(doc_id, text, date=_date(date), outlet=outlet))
    port = free_port()
    app = create_app(store, extractor, ServerSettings())
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)
    store.close()


def _date(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SCREENS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    # bypass_csp: the page must be safe by escaping alone, without the CSP header as a second wall
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(server + "/")
    yield tab
    context.close()
    assert errors == []


def analyze(page: Any, text: str) -> None:
    page.fill("#article", text)
    page.fill("#article-date", "2024-03-14")
    page.click("#analyze-btn")
    page.wait_for_function("document.querySelector('#analyze-status').textContent.length > 0 && "
                           "!document.querySelector('#analyze-status').textContent.includes('…')")


def test_paste_article_highlights_events(page: Any) -> None:
    assert page.get_attribute("html", "dir") == "rtl" and page.get_attribute("html", "lang") == "ar"
    analyze(page, ARTICLE)
    assert page.locator("[data-testid=event-card]").count() >= 2
    assert page.locator("#article-view .hl-actor").count() >= 1
    assert page.locator("#article-view .hl-evidence").count() >= 1
    assert "شكري" in page.locator("#article-view .hl-actor").all_text_contents()[0] + "".join(
        page.locator("#article-view .hl-actor").all_text_contents())
    assert page.inner_text("#article-view").replace("\n", "") == ARTICLE.replace("\n", "")
    page.locator("[data-testid=event-card]").first.click()
    assert page.locator("#article-view .hl-focus").count() >= 1
    page.screenshot(path=str(SCREENS / "analyze-ar.png"), full_page=True)
    page.click("#lang-toggle")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.inner_text("#analyze-btn") == "Analyze"
    page.screenshot(path=str(SCREENS / "analyze-en.png"), full_page=True)
    page.click("#lang-toggle")


def test_hostile_article_runs_nothing(page: Any, server: str) -> None:
    analyze(page, HOSTILE)
    page.click("#store-btn")
    page.wait_for_function("document.querySelector('#analyze-status').textContent.includes('(')")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned=1</script>" in page.inner_text("#article-view")
    assert page.locator("#article-view script, #article-view img").count() == 0
    page.screenshot(path=str(SCREENS / "hostile.png"), full_page=True)
    page.goto(server + "/#/events")
    page.wait_for_selector("[data-testid=event-row]")
    for row in range(page.locator("[data-testid=event-row]").count()):
        page.goto(server + "/#/events")
        page.locator("[data-testid=event-row]").nth(row).click()
        page.wait_for_selector("[data-testid=source]")
        assert page.evaluate("window.__pwned") is None
    assert page.locator("#event-detail script, #event-detail img").count() == 0


def test_browse_filter_and_event_page(page: Any, server: str) -> None:
    page.goto(server + "/#/events")
    page.wait_for_selector("[data-testid=event-row]")
    everything = page.locator("[data-testid=event-row]").count()
    page.select_option("#f-type", "PROTEST")
    page.click("#filter-btn")
    rows = page.locator("[data-testid=event-row]")
    deadline = time.monotonic() + 10
    while rows.count() in (0, everything) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert rows.count() >= 1
    assert all("PROTEST" in text for text in rows.all_inner_texts())
    page.screenshot(path=str(SCREENS / "events.png"), full_page=True)
    rows.first.click()
    page.wait_for_selector("[data-testid=source]")
    assert page.locator("[data-testid=source]").count() >= 2  # two outlets told this protest
    page.screenshot(path=str(SCREENS / "event.png"), full_page=True)


def test_timeline_network_map(page: Any, server: str) -> None:
    for view, selector in (("timeline", "timeline-bar"), ("network", "network-node"), ("map", "map-place")):
        page.goto(f"{server}/#/{view}")
        page.wait_for_selector(f"[data-testid={selector}]")
        assert page.locator(f"[data-testid={selector}]").count() >= 1
        page.screenshot(path=str(SCREENS / f"{view}.png"), full_page=True)
