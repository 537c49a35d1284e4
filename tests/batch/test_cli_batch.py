"""The `hadath batch` command: arguments, refusal of a different run in the same folder, help."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from distributed import Client

from hadath.batch import BatchConfig, run_batch
from hadath.cli import main


def test_batch_refuses_a_folder_of_another_run(mixed_corpus: Path, tmp_path: Path, client: Client) -> None:
    summary = run_batch(BatchConfig(inputs=(str(mixed_corpus),), out=tmp_path / "out", chunk_size=4), client=client)
    assert "documents 13, events" in summary.report() and "duplicates 0" in summary.report()
    result = CliRunner().invoke(main, ["batch", str(mixed_corpus), "--out", str(tmp_path / "out"),
                                       "--chunk-size", "5", "--no-progress"])
    assert result.exit_code == 1
    assert "holds a batch run with other arguments" in result.output


def test_batch_help_and_usage() -> None:
    assert "--scheduler ADDRESS" in CliRunner().invoke(main, ["batch", "--help"]).output
    assert CliRunner().invoke(main, ["batch", "x.jsonl"]).exit_code == 2  # --out is required
