"""The FastAPI app: the REST API over a :class:`~hadath.store.Store` and the web app at ``/``.

The extractor is loaded once per process (by :func:`create_app`'s caller, or here on first call)
and shared by every request; coding runs in the thread pool.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as FastPath
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from hadath.api import Extractor
from hadath.doc import Document
from hadath.ingest.errors import InputError
from hadath.ingest.htmlpage import page_to_document
from hadath.ingest.readers import ReadOptions, finish
from hadath.server import schemas
from hadath.server.limits import BodyLimit
from hadath.store import EventFilter, Store
from hadath.store.ingest import ingest_document

STATIC = Path(__file__).parent / "static"
MB = 1024 * 1024
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": schemas.ErrorOut} for code in (400, 401, 413, 422)}


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """``api_keys``: when not empty, POST /documents needs ``Authorization: Bearer KEY``."""

    api_keys: frozenset[str] = frozenset()
    max_body: int = 5 * MB

    @classmethod
    def from_env(cls) -> ServerSettings:
        keys = os.environ.get("HADATH_API_KEYS", "")
        return cls(api_keys=frozenset(k.strip() for k in keys.split(",") if k.strip()))


def _error(status: int, reason: str, errors: list[dict[str, Any]] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "reason": reason}
    if errors is not None:
        body["errors"] = errors
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = jsonable_encoder(exc.errors(), custom_encoder={bytes: lambda b: b.decode("utf-8", "replace")})
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(422, f"invalid request: {where}: {first.get('msg', '')}".strip(), errors)


def to_document(body: schemas.DocumentIn) -> Document:
    """A Document from a request body (FORMAT.md §1); raise HTTP 422 when it has no text."""
    content = body.text if body.text and body.text.strip() else None
    page = body.html if not content and body.html and body.html.strip() else None
    if content is None and page is None:
        raise HTTPException(422, "the document needs a non-empty 'text' or 'html'")
    doc_id = body.id or "api:" + hashlib.sha256((content or page or "").encode("utf-8")).hexdigest()[:16]
    try:
        doc = Document(doc_id, content) if content else page_to_document(page.encode("utf-8"), "request", doc_id)
    except InputError as exc:  # a page without an article: nothing to code, said in "skipped"
        doc = Document(doc_id, "", skipped=exc.reason)
    doc.date = body.date or doc.date
    for attr in ("url", "outlet", "title"):
        value = getattr(body, attr)
        if value and value.strip():
            setattr(doc, attr, value.strip())
    return doc if doc.skipped else finish(doc, ReadOptions())


def _actor_spans(actor: Any) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {**actor.to_dict(), "start": actor.start, "end": actor.end}


def extraction(doc: Document) -> dict[str, Any]:
    """A coded document for display: its text, its events with actor and trigger offsets, its mentions."""
    events = [{**e.to_dict(), "actor": _actor_spans(e.actor), "recipient": _actor_spans(e.recipient),
               "trigger_start": e.trigger_start, "trigger_end": e.trigger_end} for e in doc.events]

    def mention(m: Any) -> dict[str, Any]:
        entity = m.entity
        return {"start": m.start, "end": m.end, "kind": entity.kind, "name": entity.name,
                "country": entity.country, "sector": entity.sector, "org": entity.org}

    return {"document": {"id": doc.id, "text": doc.text, "date": doc.date.isoformat() if doc.date else None,
                         "url": doc.url, "outlet": doc.outlet, "title": doc.title, "language": doc.language,
                         "skipped": doc.skipped},
            "events": events, "mentions": [mention(m) for m in doc.mentions],
            "places": [mention(m) for m in doc.places]}


def event_filter(
    actor_country: Annotated[str | None, Query(max_length=8, description="Actor's country, e.g. SYR")] = None,
    actor_sector: Annotated[str | None, Query(max_length=16, description="Actor's sector, e.g. GOV")] = None,
    recipient_country: Annotated[str | None, Query(max_length=8)] = None,
    recipient_sector: Annotated[str | None, Query(max_length=16)] = None,
    country: Annotated[str | None, Query(max_length=8, description="Actor, recipient or place country")] = None,
    type: Annotated[str | None, Query(max_length=16, description="PLOVER type, e.g. PROTEST")] = None,
    mode: Annotated[str | None, Query(max_length=32)] = None,
    since: Annotated[dt.date | None, Query(description="On or after this day")] = None,
    until: Annotated[dt.date | None, Query(description="On or before this day")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Place country code or part of its name")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text of an evidence sentence")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of an actor's name")] = None,
) -> EventFilter:
    return EventFilter.of(actor_country=actor_country, actor_sector=actor_sector,
                          recipient_country=recipient_country, recipient_sector=recipient_sector,
                          country=country, event_type=type, mode=mode, since=since, until=until,
                          place=place, text=q, actor=actor)


Filters = Annotated[EventFilter, Depends(event_filter)]


def create_app(store: Store, extractor: Extractor | None = None, settings: ServerSettings | None = None) -> FastAPI:
    """The app over ``store``; ``extractor`` is loaded here when not given (once per process)."""
    settings = settings or ServerSettings.from_env()
    coder = extractor or Extractor.load()
    app = FastAPI(title="hadath", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Arabic news in, PLOVER political events out: store, browse and export events.")
    app.state.store, app.state.extractor, app.state.settings = store, coder, settings
    _install_errors(app)
    _install_security(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body)
    _routes_write(app, store, coder, settings)
    _routes_read(app, store, coder)
    _routes_web(app)
    return app


def _install_security(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith(("/docs", "/openapi")):
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response


def _auth(settings: ServerSettings) -> Any:
    bearer = HTTPBearer(auto_error=False, description="Needed when the server sets HADATH_API_KEYS")

    def check(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:  # noqa: B008
        if not settings.api_keys:
            return
        given = credentials.credentials if credentials else ""
        if not any(hmac.compare_digest(given.encode(), key.encode()) for key in settings.api_keys):
            raise HTTPException(401, "a valid API key is needed: Authorization: Bearer KEY")

    return check


def _routes_write(app: FastAPI, store: Store, coder: Extractor, settings: ServerSettings) -> None:
    @app.post("/documents", response_model=schemas.StoredDocument, responses=ERRORS, tags=["documents"],
              dependencies=[Depends(_auth(settings))])
    def post_document(body: schemas.DocumentIn) -> dict[str, Any]:
        """Code a document (FORMAT.md §1) and store it; answer its stored events (with ids and counts).

        Posting the same document again (same id and content) changes nothing.
        """
        doc = to_document(body)
        result = ingest_document(store, coder, doc)
        return {"document_id": result.document_id, "status": result.status, "skipped": doc.skipped,
                "events": store.document_events(doc.id)}

    @app.post("/extract", response_model=schemas.Extraction, responses=ERRORS, tags=["documents"])
    def post_extract(body: schemas.DocumentIn) -> dict[str, Any]:
        """Code a document without storing it: its text, events (FORMAT.md §2) and actor mentions."""
        doc = to_document(body)
        return extraction(doc if doc.skipped else coder.run(doc))


def _routes_read(app: FastAPI, store: Store, coder: Extractor) -> None:
    @app.get("/events", response_model=schemas.EventPage, responses=ERRORS, tags=["events"])
    def get_events(filters: Filters, limit: Annotated[int, Query(ge=0, le=500)] = 50,
                   offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
        """Events (newest first) that match every filter given, one page at a time."""
        items, total = store.events(filters, limit, offset)
        return {"items": items, "total": total}

    @app.get("/events/{event_id}", response_model=schemas.EventOut, tags=["events"],
             responses={404: {"model": schemas.ErrorOut}, 422: {"model": schemas.ErrorOut}})
    def get_event(event_id: Annotated[int, FastPath(ge=1, le=2**31 - 1)]) -> dict[str, Any]:
        """One event with every source that reported it and the evidence sentences of each."""
        found = store.event(event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id}")
        return found

    @app.get("/actors", response_model=schemas.ActorPage, responses=ERRORS, tags=["events"])
    def get_actors(q: Annotated[str | None, Query(max_length=200)] = None,
                   country: Annotated[str | None, Query(max_length=8)] = None,
                   limit: Annotated[int, Query(ge=0, le=500)] = 50,
                   offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
        """Actors of stored events with their number of events, most active first."""
        items, total = store.actors(q, country, limit, offset)
        return {"items": items, "total": total}

    @app.get("/stats", response_model=schemas.Stats, responses=ERRORS, tags=["events"])
    def get_stats(filters: Filters) -> dict[str, Any]:
        """Counts of the matching events by day, by type, by dyad (actor → recipient) and by place."""
        return store.stats(filters)

    countries = [{"code": c.code, "name": c.name_en, "lat": c.lat, "lon": c.lon}
                 for c in coder.resources.kb.countries.values() if c.lat is not None]

    @app.get("/countries", response_model=list[schemas.CountryOut], tags=["web"])
    def get_countries() -> list[dict[str, Any]]:
        """Countries with the position of their capital (for the map)."""
        return countries

    @app.get("/health", tags=["web"])
    def health() -> dict[str, Any]:
        return {"status": "ok", **store.counts()}


def _routes_web(app: FastAPI) -> None:
    import swagger_ui_bundle

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="hadath API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")
