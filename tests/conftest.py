"""Shared fixtures: the extractor with the packaged knowledge is loaded once per test session."""

from __future__ import annotations

import pytest

from hadath.api import Extractor


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true", default=False,
                     help="rewrite tests/golden/expected/*.jsonl from the current output (review the diff)")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))
