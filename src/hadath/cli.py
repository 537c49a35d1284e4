"""The ``hadath`` command line: each command parses its arguments and calls the library."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TextIO

import click

from hadath.api import Extractor
from hadath.cli_common import fail, parse_date_option
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import ReadOptions
from hadath.knowledge.loader import DataError
from hadath.output.formats import FORMATS, EventWriter
from hadath.pipeline import Settings

EPILOG_EXTRACT = """\b
Examples:
  hadath extract examples/article.txt --date 2024-03-14
  hadath extract page.html --format jsonl > events.jsonl
  hadath extract docs.jsonl --format csv --output events.csv
  cat article.txt | hadath extract - --date 2022-01-07 --format json

Exit status: 0 when every input was coded; 1 when some input or record was rejected
(reported on stderr, one line each) or was not Arabic; 2 for a usage error.
"""






@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hadath", help="Show the version and exit, e.g. hadath --version")
def main() -> None:
    """hadath: Arabic news in, PLOVER political events out.

    \b
    Every event says who did what to whom, when and where, with the
    sentences of the article that report it.

    \b
    Examples:
      hadath extract examples/article.txt --date 2024-03-14
      hadath clean crawl.warc.gz --format jsonl > docs.jsonl
      hadath kb lookup "وزير الخارجية التركي" --date 2022-01-07
    """


@main.command(epilog=EPILOG_EXTRACT)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--date", "date", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Publication date of documents that carry none, e.g. --date 2022-01-07; "
                   "relative dates («أمس», «الخميس») are resolved against it.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="jsonl: one event a line (FORMAT.md §2); json: one array; csv: flat columns; "
                   "table: a readable view. E.g. --format jsonl")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the events to this file instead of stdout, e.g. -o events.jsonl")
@click.option("--knowledge", "knowledge", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of extra knowledge files (countries.tsv, orgs.tsv, people*.yaml, ...) "
                   "that add to the packaged ones; repeatable. E.g. --knowledge my-kb/")
@click.option("--keep-boilerplate", is_flag=True,
              help="Do not drop page furniture (teasers, cookie notices, «اقرأ أيضا» lines), "
                   "e.g. --keep-boilerplate for text that is already clean.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal), "
                   "e.g. --no-progress in scripts.")
def extract(inputs: tuple[str, ...], date: dt.date | None, fmt: str, output: Path | None,
            knowledge: tuple[Path, ...], keep_boilerplate: bool, progress: bool | None) -> None:
    """Code Arabic news into PLOVER events.

    INPUT is a .txt or .html file, a .jsonl/.csv/.tsv file of documents
    (FORMAT.md §1), a WARC file, a folder, a glob pattern, or - for stdin.
    """
    settings = Settings(knowledge_dirs=knowledge, boilerplate=not keep_boilerplate)
    try:
        extractor = Extractor.load(settings)
    except DataError as exc:
        fail(f"knowledge data: {exc}")
    try:
        stream: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")
    writer = EventWriter(stream, fmt)
    problems = 0
    options = ReadOptions(date=date, stdin=sys.stdin.buffer)
    for item in extractor.code_inputs(inputs, options, progress):
        if isinstance(item, Rejection):
            problems += 1
            click.echo(f"hadath: {item}", err=True)
            continue
        if item.skipped:
            problems += 1
            where = item.metadata.get("input") or item.id
            click.echo(f"hadath: {where}: {item.skipped}; no events", err=True)
            continue
        writer.write_all(e.to_dict() for e in item.events)
    writer.close()
    if output:
        stream.close()
    if problems:
        sys.exit(1)


@main.command(epilog="""\b
Examples:
  hadath clean crawl.warc.gz > docs.jsonl
  hadath clean pages/ --date 2024-03-14 --no-dedup
  hadath clean dump.csv --text-field body --id-field article_id
""")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one document a line as in FORMAT.md §1, e.g. --format jsonl")
@click.option("--date", "date", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Publication date of documents whose metadata and text give none, e.g. --date 2024-03-14")
@click.option("--dedup/--no-dedup", default=True, show_default=True,
              help="Link near-duplicates (MinHash-LSH) through a duplicate_of field; "
                   "e.g. --no-dedup to skip it.")
@click.option("--drop-duplicates", is_flag=True,
              help="Leave duplicates out instead of linking them, e.g. --drop-duplicates")
@click.option("--id-field", default="id", show_default=True,
              help="Id field of JSONL/CSV records, e.g. --id-field uid")
@click.option("--text-field", default="text", show_default=True,
              help="Text field of JSONL/CSV records, e.g. --text-field body")
@click.option("--html-field", default="html", show_default=True,
              help="HTML field of JSONL/CSV records, e.g. --html-field page")
@click.option("--date-field", default="date", show_default=True,
              help="Date field of JSONL/CSV records, e.g. --date-field published")
@click.option("--url-field", default="url", show_default=True,
              help="URL field of JSONL/CSV records, e.g. --url-field link")
def clean(inputs: tuple[str, ...], fmt: str, date: dt.date | None, dedup: bool, drop_duplicates: bool,
          id_field: str, text_field: str, html_field: str, date_field: str, url_field: str) -> None:
    """Clean article text and metadata out of pages, WARC files and dumps.

    INPUT is a .txt, .html, .jsonl, .csv/.tsv or WARC file, a folder, a glob
    pattern, or - for stdin. Page furniture (teasers, cookie notices, «اقرأ
    أيضا» links, share and copyright lines) is dropped line by line.
    """
    from hadath.ingest import BoilerplateFilter, Deduplicator, clean_documents

    options = ReadOptions(date=date, stdin=sys.stdin.buffer, id_field=id_field, text_field=text_field,
                          html_field=html_field, date_field=date_field, url_field=url_field)
    problems = 0
    for item in clean_documents(inputs, options, BoilerplateFilter(), Deduplicator() if dedup else None):
        if isinstance(item, Rejection):
            problems += 1
            click.echo(f"hadath: {item}", err=True)
        elif not (drop_duplicates and item.get("duplicate_of")):
            click.echo(json.dumps(item, ensure_ascii=False))
    if problems:
        sys.exit(1)


@main.group()
def kb() -> None:
    """Query and check the knowledge base (countries, organisations, places, roles, people).

    \b
    Examples:
      hadath kb lookup "وزير الخارجية التركي" --date 2022-01-07
      hadath kb check my-kb/
    """


@kb.command("lookup")
@click.argument("text")
@click.option("--date", "date", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="The day the text speaks of: role phrases resolve to who held the office then, "
                   "e.g. --date 2022-01-07")
@click.option("--context", help="Text said before TEXT, for counterparts, e.g. "
                                "--context \"وزير الخارجية التركي\" \"نظيره الروسي\"")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True,
              help="json: {\"matches\": [...]}; table: one match a line. E.g. --format table")
@click.option("--limit", default=10, show_default=True, help="At most this many matches, e.g. --limit 3")
def kb_lookup(text: str, date: dt.date | None, context: str | None, fmt: str, limit: int) -> None:
    """Look TEXT up in the knowledge base: names, partial names, variants, roles, places.

    \b
    Examples:
      hadath kb lookup "وزير الخارجية التركي" --date 2022-01-07
      hadath kb lookup "أوغلو" --date 2022-01-07 --format table
      hadath kb lookup "نظيره الروسي" --context "وزير الخارجية التركي" --date 2022-01-07
    """
    from hadath.knowledge.kb import KnowledgeBase
    from hadath.knowledge.lookup import Lookup

    try:
        finder = Lookup.load(KnowledgeBase.load())
    except DataError as exc:
        fail(str(exc))
    matches = finder(text, date, context)[:limit]
    if fmt == "json":
        click.echo(json.dumps({"matches": matches}, ensure_ascii=False, indent=2))
        return
    for m in matches:
        click.echo(f"{m['score']:.2f}  {m['kind']:<12} {m['country'] or '-':<4} {m['sector'] or '-':<4} "
                   f"{m['name'] or '-'}  ({m['how']}: {m['text']})")


@kb.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the user knowledge base to write people_wikidata.yaml into, e.g. --out my-kb/")
@click.option("--positions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra TSV (qid, role, country, org, label) mapping position items to our roles, "
                   "e.g. --positions my-positions.tsv")
@click.option("--keep-known", is_flag=True,
              help="Also write people the packaged knowledge already has, e.g. --keep-known")
@click.option("--full-parse", is_flag=True,
              help="Parse every line (slower) so that every malformed line is counted, e.g. --full-parse")
def kb_import_wikidata(dump: Path, out_dir: Path, positions: Path | None, keep_known: bool,
                       full_parse: bool) -> None:
    """Add people with dated offices from a Wikidata JSON dump to a user knowledge base.

    DUMP is a Wikidata JSON dump (.json, .json.gz or .json.bz2), read as a
    stream. People with position-held statements (P39, with start and end
    dates) that map to our roles, and their Arabic labels and aliases, are
    written to OUT/people_wikidata.yaml; use them with --knowledge OUT.

    \b
    Example:
      hadath kb import-wikidata latest-all.json.gz --out my-kb/
      hadath extract article.txt --knowledge my-kb/
    """
    from hadath.knowledge.wikidata import import_wikidata

    try:
        summary = import_wikidata(dump, out_dir, positions=positions, skip_known=not keep_known,
                                  full_parse=full_parse)
    except (DataError, OSError, EOFError) as exc:
        fail(f"{dump}: {exc}")
    click.echo(summary.report(), err=True)


@kb.command("check")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
def kb_check(folders: tuple[Path, ...]) -> None:
    """Load and validate the packaged knowledge and FOLDERS; print counts.

    \b
    Example:
      hadath kb check my-kb/
    """
    from hadath.knowledge.kb import KnowledgeBase

    try:
        base = KnowledgeBase.load(extra_dirs=folders)
    except DataError as exc:
        fail(str(exc))
    counts = {"countries": len(base.countries), "organisations": len(base.orgs), "places": len(base.places),
              "roles": len(base.roles), "people": len(base.people), "phrases": base.gazetteer.size}
    click.echo(json.dumps(counts, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()


from hadath.cli_store import register as _register_store  # noqa: E402

_register_store(main)

from hadath.cli_batch import register as _register_batch  # noqa: E402

_register_batch(main)
