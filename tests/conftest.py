"""Shared fixtures: the extractor with the packaged knowledge is loaded once per test session;
stores on SQLite and on a throwaway PostgreSQL cluster (one per session) for the store and
server tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hadath.api import Extractor
from hadath.store import Store
from hadath.store.pgtemp import PostgresUnavailable, TemporaryPostgres


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true", default=False,
                     help="rewrite tests/golden/expected/*.jsonl from the current output (review the diff)")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


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
