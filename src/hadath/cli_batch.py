"""``hadath batch``: parse the arguments, call :func:`hadath.batch.run_batch`, report."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click

from hadath.cli_common import parse_date_option
from hadath.ingest.readers import ReadOptions
from hadath.pipeline import Settings

EPILOG_BATCH = """\b
Examples:
  hadath batch crawl/*.jsonl --out coded/
  hadath batch docs.jsonl --out coded/ --workers 4 --chunk-size 1000
  hadath batch /shared/crawl/ --out /shared/coded/ --scheduler tcp://10.0.0.5:8786
  hadath batch docs.jsonl --out coded/ --db events.sqlite

Writes Parquet datasets OUT/events, OUT/documents and OUT/rejections, one
file per chunk. Run the same command again after a crash: finished chunks are
skipped, nothing is lost or doubled. See docs/batch.md.

Exit status: 0 when every chunk was written (rejected records and documents
are in OUT/rejections); 1 when a chunk failed or OUT holds a run with other
arguments; 2 for a usage error.
"""




@click.command("batch", epilog=EPILOG_BATCH)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (shared storage on a multi-machine cluster), e.g. --out coded/")
@click.option("--workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes of the local cluster (one thread each), e.g. --workers 2")
@click.option("--scheduler", metavar="ADDRESS",
              help="Use a running Dask scheduler instead of a local cluster, e.g. --scheduler tcp://10.0.0.5:8786")
@click.option("--db", metavar="URL",
              help="Also add the coded documents to this store (SQLite path or database URL), e.g. --db events.sqlite")
@click.option("--chunk-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Documents per task and per Parquet file, e.g. --chunk-size 1000")
@click.option("--memory-limit", default="2GiB", show_default=True,
              help="Memory limit of each local worker (restarted beyond it), e.g. --memory-limit 3GiB")
@click.option("--date", "date", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Publication date of documents that carry none, e.g. --date 2022-01-07")
@click.option("--knowledge", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of extra knowledge files, repeatable (it must exist on every worker), "
                   "e.g. --knowledge my-kb/")
@click.option("--keep-boilerplate", is_flag=True, help="Do not drop page furniture, e.g. --keep-boilerplate")
@click.option("--dedup/--no-dedup", default=True, show_default=True,
              help="Mark near-duplicates in OUT/documents (duplicate_of), e.g. --no-dedup")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal), e.g. --no-progress")
def batch(inputs: tuple[str, ...], out: Path, workers: int, scheduler: str | None, db: str | None,
          chunk_size: int, memory_limit: str, date: dt.date | None, knowledge: tuple[Path, ...],
          keep_boilerplate: bool, dedup: bool, progress: bool | None) -> None:
    """Code many documents on Dask workers into Parquet datasets, resumably.

    INPUT is anything `hadath extract` reads: .txt/.html files, .jsonl/.csv/.tsv
    files of documents, WARC files, folders or glob patterns.
    """
    from hadath.batch import BatchConfig, BatchError, run_batch

    settings = Settings(knowledge_dirs=tuple(k.resolve() for k in knowledge), boilerplate=not keep_boilerplate)
    options = ReadOptions(date=date, stdin=sys.stdin.buffer)
    config = BatchConfig(inputs=inputs, out=out, options=options, settings=settings, chunk_size=chunk_size,
                         workers=workers, scheduler=scheduler, memory_limit=memory_limit, dedup=dedup, db=db)
    bar = _progress_bar(inputs, progress)
    try:
        summary = run_batch(config, _advance(bar) if bar is not None else None)
    except BatchError as exc:
        click.echo(f"hadath: {exc}", err=True)
        sys.exit(1)
    finally:
        if bar is not None:
            bar.close()
    click.echo(summary.report(), err=True)
    if summary.failed_chunks:
        sys.exit(1)


def _progress_bar(inputs: tuple[str, ...], progress: bool | None) -> Any:
    if not (sys.stderr.isatty() if progress is None else progress):
        return None
    from tqdm import tqdm

    from hadath.batch import estimate_items

    return tqdm(total=estimate_items(inputs), unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _advance(bar: Any) -> Any:
    def advance(items: int, skipped: bool) -> None:
        if not skipped:
            bar.update(items)
        elif bar.total is not None:
            bar.total = max(bar.total - items, bar.n)
            bar.refresh()

    return advance


def register(group: click.Group) -> None:
    """Add the ``batch`` command to the ``hadath`` command group."""
    group.add_command(batch)
