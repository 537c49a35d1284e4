"""Store fixtures: every store test runs on SQLite and on a throwaway PostgreSQL cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hadath.store import Store
from hadath.store.pgtemp import PostgresUnavailable, TemporaryPostgres

_PG = pytest.StashKey[object]()


def shared_postgres(config: pytest.Config) -> TemporaryPostgres:
    """One cluster per test session, started on first use; skip (with the reason) when impossible."""
    found = config.stash.get(_PG, None)
    if found is None:
        try:
            found = TemporaryPostgres().start()
            config.add_cleanup(found.stop)
        except PostgresUnavailable as exc:
            found = str(exc)
        config.stash[_PG] = found
    if isinstance(found, str):
        pytest.skip(f"PostgreSQL tests skipped: {found}")
    return found  # type: ignore[return-value]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return shared_postgres(request.config).new_database()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture
def make_client(store: Store, extractor: object) -> Iterator[object]:
    """A factory of TestClients over the store, with optional API keys."""
    from fastapi.testclient import TestClient

    from hadath.server import ServerSettings, create_app

    clients: list[TestClient] = []

    def build(keys: frozenset[str] = frozenset(), max_body: int = 5 * 1024 * 1024) -> TestClient:
        app = create_app(store, extractor, ServerSettings(api_keys=keys, max_body=max_body))  # type: ignore[arg-type]
        client = TestClient(app)
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()
