"""No lost work: a worker killed mid-run, and the whole run killed and started again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from distributed import Client

from hadath.batch import DATASETS, BatchConfig, connect, read_dataset, run_batch


def datasets(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {name: read_dataset(out, name).to_pylist() for name in DATASETS}


def test_killing_a_worker_loses_nothing(tmp_path: Path, client: Client, corpus: Callable[[int], Path]) -> None:
    docs = corpus(60)
    run_batch(BatchConfig(inputs=(str(docs),), out=tmp_path / "reference", chunk_size=3), client=client)
    config = BatchConfig(inputs=(str(docs),), out=tmp_path / "out", chunk_size=3, workers=2)
    killed: list[int] = []
    with connect(config) as processes:
        pids: dict[str, int] = processes.run(os.getpid)

        def kill_a_busy_worker(items: int, skipped: bool) -> None:
            if not killed:
                busy = [address for address, keys in processes.processing().items() if keys]
                killed.append(pids[busy[0] if busy else next(iter(pids))])
                os.kill(killed[0], signal.SIGKILL)  # Dask moves its tasks to the other worker

        summary = run_batch(config, kill_a_busy_worker, client=processes)
    assert killed and not summary.failed_chunks and summary.chunks_new == 20
    assert datasets(tmp_path / "out") == datasets(tmp_path / "reference")


def test_killing_the_run_and_rerunning_loses_nothing(tmp_path: Path, client: Client,
                                                     corpus: Callable[[int], Path]) -> None:
    docs = corpus(150)
    config = BatchConfig(inputs=(str(docs),), out=tmp_path / "out", chunk_size=3)
    run_batch(BatchConfig(inputs=(str(docs),), out=tmp_path / "reference", chunk_size=3), client=client)
    hadath = str(Path(sys.executable).with_name("hadath"))
    run = subprocess.Popen([hadath, "batch", str(docs), "--out", str(config.out), "--workers", "2",
                            "--chunk-size", "3", "--no-progress"], start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while len(list((config.out / "_done").glob("*.json"))) < 3 and time.monotonic() < deadline:
            assert run.poll() is None, "the batch command stopped by itself"
            time.sleep(0.02)
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the command, its scheduler and its workers at once
        run.wait()
    finished = len(list((config.out / "_done").glob("*.json")))
    assert 3 <= finished < 50  # killed in the middle
    summary = run_batch(config, client=client)
    assert (summary.chunks_skipped, summary.chunks_new) == (finished, 50 - finished)
    assert datasets(config.out) == datasets(tmp_path / "reference")
    assert not list(config.out.glob("*/.part-*"))
