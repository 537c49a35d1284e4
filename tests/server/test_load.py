"""The load test script, run briefly (the 60-second run is benchmarks/load_test.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "load_test.py"


@pytest.mark.load
def test_short_load_run_has_no_errors(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("load_test", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.main(clients=10, duration=3.0)
    assert results["errors"] == []
    assert results["events"] and results["extract"]
    assert "req/s" in capsys.readouterr().out
