"""Property-based checks of every operation against the OpenAPI schema (schemathesis, bounded)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from hadath.api import Extractor
from hadath.server import ServerSettings, create_app
from hadath.store import Store


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[object]:
    path = Path(tmp_path_factory.mktemp("schema")) / "events.db"
    with Store.open(str(path)) as store:
        application = create_app(store, extractor, ServerSettings(api_keys=frozenset({"test-key"})))
        yield application


def test_api_conforms_to_its_schema(app: object) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(headers={"Authorization": "Bearer test-key"})

        check()
        checked.append(operation.label)
    assert len(checked) >= 7
