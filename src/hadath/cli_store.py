"""``hadath ingest``, ``hadath export`` and ``hadath serve``: parse arguments, call the store and server."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click

from hadath.cli_common import fail, parse_date_option
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import ReadOptions
from hadath.knowledge.loader import DataError
from hadath.pipeline import Settings

DEFAULT_DB = "hadath.db"






def _db_option(func: Any) -> Any:
    return click.option("--db", "db", default=lambda: os.environ.get("HADATH_DB", DEFAULT_DB),
                        show_default=f"$HADATH_DB or {DEFAULT_DB}",
                        help="The event database: a file path (SQLite) or a URL, e.g. --db events.db, "
                             "--db sqlite:///events.db or --db postgresql://user@localhost/hadath")(func)


def _open_store(db: str, day_window: int | None = None, published_window: int | None = None) -> Any:
    from hadath.store import MergeRule, Store, StoreError

    rule = MergeRule()
    if day_window is not None:
        rule.windows["day"] = day_window
    if published_window is not None:
        rule.windows["published"] = published_window
    try:
        return Store.open(db, rule)
    except StoreError as exc:
        fail(str(exc))


def _load_extractor(knowledge: tuple[Path, ...], boilerplate: bool = True) -> Any:
    from hadath.api import Extractor

    try:
        return Extractor.load(Settings(knowledge_dirs=knowledge, boilerplate=boilerplate))
    except DataError as exc:
        fail(f"knowledge data: {exc}")


_knowledge_option = click.option(
    "--knowledge", "knowledge", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of extra knowledge files added to the packaged ones; repeatable. E.g. --knowledge my-kb/")


@click.command(epilog="""\b
Examples:
  hadath ingest docs.jsonl --db events.db
  hadath ingest pages/ crawl.warc.gz --db postgresql://hadath@localhost/hadath
  hadath ingest article.txt --date 2024-03-14 --db events.db

Exit status: 0 when every input was stored; 1 when some input or record was rejected
(reported on stderr, one line each); 2 for a usage error.
""")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@_db_option
@click.option("--date", "date", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Publication date of documents that carry none, e.g. --date 2022-01-07")
@_knowledge_option
@click.option("--keep-boilerplate", is_flag=True, help="Do not drop page furniture, e.g. --keep-boilerplate")
@click.option("--day-window", type=click.IntRange(0, 60), default=None,
              help="Merge reports of one event whose day-precise dates differ by at most N days "
                   "(default 1), e.g. --day-window 2")
@click.option("--published-window", type=click.IntRange(0, 60), default=None,
              help="The same for events dated by publication date only (default 2), e.g. --published-window 3")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal), e.g. --no-progress")
def ingest(inputs: tuple[str, ...], db: str, date: dt.date | None, knowledge: tuple[Path, ...],
           keep_boilerplate: bool, day_window: int | None, published_window: int | None,
           progress: bool | None) -> None:
    """Code documents and store their events, one record per real-world event.

    INPUT is a .txt or .html file, a .jsonl/.csv/.tsv file of documents
    (FORMAT.md §1), a WARC file, a folder, a glob pattern, or - for stdin.
    The same event told by several articles and outlets becomes one event
    with its mentions; storing a document twice changes nothing.
    """
    from hadath.store.ingest import IngestSummary, ingest_inputs

    extractor = _load_extractor(knowledge, not keep_boilerplate)
    summary = IngestSummary()
    with _open_store(db, day_window, published_window) as store:
        options = ReadOptions(date=date, stdin=sys.stdin.buffer)
        for item in ingest_inputs(store, extractor, inputs, options, progress):
            summary.add(item)
            if isinstance(item, Rejection):
                click.echo(f"hadath: {item}", err=True)
    click.echo(f"hadath: {summary.report()}", err=True)
    if summary.rejected:
        sys.exit(1)


@click.command(epilog="""\b
Examples:
  hadath export --db events.db --format jsonl > events.jsonl
  hadath export --db events.db --format csv --schema gdelt --since 2024-03-01 -o march.csv
  hadath export --db events.db --format parquet --schema plover --country SYR --type ASSAULT -o syria.parquet
""")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="Output format, e.g. --format parquet (needs -o or a pipe)")
@click.option("--schema", type=click.Choice(["hadath", "plover", "gdelt"]), default="hadath", show_default=True,
              help="Column names: hadath (FORMAT.md §2 with ids and counts), plover (POLECAT-style), "
                   "gdelt (GDELT 2.0 event table), e.g. --schema gdelt")
@click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Events on or after this day, e.g. --since 2024-03-01")
@click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Events on or before this day, e.g. --until 2024-03-31")
@click.option("--country",
              help="Events whose actor, recipient or place is this ISO alpha-3 country, e.g. --country SYR")
@click.option("--type", "event_type", help="Events of this PLOVER type, e.g. --type PROTEST")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write to this file instead of stdout, e.g. -o events.parquet")
def export(db: str, fmt: str, schema: str, since: dt.date | None, until: dt.date | None, country: str | None,
           event_type: str | None, output: Path | None) -> None:
    """Write the stored events, one line or row per real-world event."""
    from hadath.store import EventFilter
    from hadath.store.export import write_csv, write_jsonl, write_parquet

    filters = EventFilter.of(since=since, until=until, country=country, event_type=event_type)
    with _open_store(db) as store:
        events = store.iter_events(filters)
        try:
            if fmt == "parquet":
                count = write_parquet(events, schema, str(output) if output else sys.stdout.buffer)
            else:
                with (output.open("w", encoding="utf-8", newline="") if output else _stdout()) as stream:
                    count = (write_jsonl if fmt == "jsonl" else write_csv)(events, schema, stream)
        except OSError as exc:
            fail(f"{output or 'stdout'}: cannot write: {exc.strerror or exc}")
    click.echo(f"hadath: {count} events exported", err=True)


class _stdout:
    """stdout as a context manager that is flushed, not closed."""

    def __enter__(self) -> Any:
        return sys.stdout

    def __exit__(self, *_exc: object) -> None:
        sys.stdout.flush()


@click.command(epilog="""\b
Examples:
  hadath serve --db events.db                  # then open http://127.0.0.1:8000/
  HADATH_API_KEYS=k1,k2 hadath serve --db postgresql://hadath@localhost/hadath --host 0.0.0.0

The web app is at /, the API's OpenAPI documentation at /docs. When HADATH_API_KEYS is set,
POST /documents needs the header "Authorization: Bearer KEY".
""")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on, e.g. --host 0.0.0.0")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port, e.g. --port 8080")
@_knowledge_option
def serve(db: str, host: str, port: int, knowledge: tuple[Path, ...]) -> None:
    """Start the REST API and the web app."""
    import uvicorn

    from hadath.server import ServerSettings, create_app

    extractor = _load_extractor(knowledge)
    store = _open_store(db)
    app = create_app(store, extractor, ServerSettings.from_env())
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        store.close()


def register(group: click.Group) -> None:
    """Add ``ingest``, ``export`` and ``serve`` to the ``hadath`` command group."""
    for command in (ingest, export, serve):
        group.add_command(command)
