"""Server fixtures: TestClients over the stores of tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hadath.store import Store


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
