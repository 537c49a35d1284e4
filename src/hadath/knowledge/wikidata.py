"""Import dated office holders from a Wikidata JSON dump into a ``people_wikidata.yaml`` file.

The dump is the standard one (``latest-all.json[.gz|.bz2]``): a JSON array written one entity a
line, each line ending with ``,``, the first line ``[`` and the last ``]``. It is read as a stream,
line by line; only the records of the people kept are written, at once, to the output file, so
memory stays bounded whatever the size of the dump.

A person is kept when the entity is a human (P31 = Q5) with at least one "position held" (P39)
statement whose position item is in the positions table (``data/positions.tsv`` plus the user's
``--positions`` file) and when it has an Arabic label or alias. The start (P580) and end (P582)
qualifiers give the dates; a year or month precision gives the first day of the year or month.

The output follows the people.yaml format of docs/knowledge-format.md and is read by
``KnowledgeBase.load(extra_dirs=[out_dir])`` like any ``people*.yaml`` of a user folder.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import json
import os
import queue
import re
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from hadath.arabic.normalize import normalize_key
from hadath.knowledge.loader import ROLES, DataError, check_code, load_people, read_tsv, split_values

DATA_DIR = Path(__file__).parent / "data"
POSITIONS_FILE = DATA_DIR / "positions.tsv"
POSITION_COLUMNS = ("qid", "role", "country", "org", "label")
OUTPUT_NAME = "people_wikidata.yaml"
HUMAN = "Q5"
POSITION_HELD, START_TIME, END_TIME = "P39", "P580", "P582"
MAX_BAD_SAMPLES = 5
MAX_UNMAPPED_TRACKED = 100_000
PROGRESS_EVERY = 65_536
CHUNK_SIZE = 1 << 22

_QID = re.compile(r"^Q[1-9][0-9]*$")
_TIME = re.compile(r"^([+-])([0-9]{1,16})-([0-9]{2})-([0-9]{2})T")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
# Characters YAML does not allow unescaped (C1 controls, DEL, line separators, surrogates, non-characters).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


# ------------------------------------------------------------------------------------ positions
@dataclass(frozen=True, slots=True)
class PositionMapping:
    """What one Wikidata position item means for us: role ids and a country or an organisation."""

    qid: str
    roles: tuple[str, ...]
    country: str | None
    org: str | None
    label: str


def _read_positions(path: Path) -> Iterator[PositionMapping]:
    for line, row in read_tsv(path, POSITION_COLUMNS):
        if not _QID.match(row["qid"]):
            raise DataError(path, line, f"qid {row['qid']!r} is not a Wikidata item id like Q11696")
        roles = tuple(split_values(row["role"]))
        if not roles:
            raise DataError(path, line, "role is empty")
        for role in roles:
            if role not in ROLES:
                raise DataError(path, line, f"unknown role id {role!r}")
        country = check_code(path, line, row["country"], "country", allow_empty=True)
        org = row["org"] or None
        if (country is None) == (org is None):
            raise DataError(path, line, "give exactly one of country and org")
        yield PositionMapping(qid=row["qid"], roles=roles, country=country, org=org, label=row["label"])


def load_positions(extra: Iterable[Path] = (), packaged: bool = True) -> dict[str, PositionMapping]:
    """The position table: the packaged rows, then each extra file's rows (which override)."""
    paths = [POSITIONS_FILE] if packaged else []
    table: dict[str, PositionMapping] = {}
    for path in (*paths, *extra):
        table.update((m.qid, m) for m in _read_positions(Path(path)))
    return table


# ------------------------------------------------------------------------------------ summary
@dataclass(slots=True)
class ImportSummary:
    """Counts of one import run."""

    dump: Path
    output: Path
    entities: int = 0
    people: int = 0
    positions: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    statements_skipped: Counter[str] = field(default_factory=Counter)
    unmapped_positions: Counter[str] = field(default_factory=Counter)
    bad_lines: int = 0
    bad_line_samples: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def entities_per_second(self) -> float:
        return self.entities / self.seconds if self.seconds > 0 else 0.0

    def bad_line(self, lineno: int, reason: str) -> None:
        self.bad_lines += 1
        if len(self.bad_line_samples) < MAX_BAD_SAMPLES:
            self.bad_line_samples.append((lineno, reason))

    def unmapped(self, qid: str) -> None:
        self.statements_skipped["unmapped_position"] += 1
        if qid in self.unmapped_positions or len(self.unmapped_positions) < MAX_UNMAPPED_TRACKED:
            self.unmapped_positions[qid] += 1

    def report(self, top: int = 10) -> str:
        """A short human-readable account (the CLI prints it on stderr)."""
        lines = [f"{self.entities:,} entities read in {self.seconds:.1f} s "
                 f"({self.entities_per_second:,.0f}/s); {self.people:,} people with "
                 f"{self.positions:,} positions written to {self.output}"]
        if self.skipped:
            lines.append("entities skipped: " + ", ".join(f"{k} {v:,}" for k, v in self.skipped.most_common()))
        if self.statements_skipped:
            lines.append("P39 statements skipped: "
                         + ", ".join(f"{k} {v:,}" for k, v in self.statements_skipped.most_common()))
        if self.unmapped_positions:
            lines.append("most frequent unmapped positions (add them with --positions): "
                         + ", ".join(f"{q} ({n:,})" for q, n in self.unmapped_positions.most_common(top)))
        if self.bad_lines:
            lines.append(f"{self.bad_lines:,} bad lines, e.g. "
                         + "; ".join(f"line {n}: {why}" for n, why in self.bad_line_samples))
        return "\n".join(lines)


# ------------------------------------------------------------------------------------ reading
def open_dump(path: Path) -> IO[bytes]:
    """The dump as a binary stream, decompressed when it is gzip or bzip2 (told by its first bytes)."""
    with path.open("rb") as probe:
        magic = probe.read(3)
    if magic[:2] == b"\x1f\x8b":
        return gzip.open(path, "rb")
    if magic == b"BZh":
        return bz2.open(path, "rb")
    return path.open("rb", buffering=1 << 20)


def read_chunks(handle: IO[bytes], chunk_size: int = CHUNK_SIZE, ahead: int = 4) -> Iterator[bytes]:
    """The stream's bytes in large chunks, read (and decompressed) by a helper thread.

    zlib and bz2 release the GIL while decompressing, so decompression overlaps the JSON work of the
    calling thread; at most ``ahead`` chunks wait in the queue, so memory stays bounded. An error of
    the reader is raised here; leaving the loop early stops the reader.
    """
    chunks: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def put(item: bytes | BaseException) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def reader() -> None:
        try:
            while (chunk := handle.read(chunk_size)) and put(chunk):
                pass
            put(b"")
        except Exception as exc:  # handed over to the consuming thread, which raises it
            put(exc)

    thread = threading.Thread(target=reader, name="wikidata-dump-reader", daemon=True)
    thread.start()
    try:
        while item := chunks.get():
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join()


def read_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a stream given as chunks of bytes."""
    rest = b""
    for chunk in chunks:
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        yield from lines
    if rest:
        yield rest


def dump_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """``(line number, entity JSON)`` for each entity line: trailing comma stripped, ``[``/``]`` left out."""
    for lineno, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line.endswith(b","):
            line = line[:-1].rstrip()
        if line and line not in (b"[", b"]"):
            yield lineno, line


# ------------------------------------------------------------------------------------ entities
def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _value(snak: Any) -> Any:
    snak = _dict(snak)
    if snak.get("snaktype") != "value":
        return None
    return _dict(snak.get("datavalue")).get("value")


def item_id(snak: Any) -> str | None:
    """The item id a snak points to (``"Q5"``), from ``id`` or the older ``numeric-id``."""
    value = _value(snak)
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("id"), str):
        return value["id"]
    numeric = value.get("numeric-id")
    return f"Q{numeric}" if isinstance(numeric, int) else None


def wikidata_date(value: Any) -> dt.date | None:
    """A Wikidata time value as a date: ``{"time": "+2014-08-29T00:00:00Z", "precision": 11}``.

    Day precision (11) gives the day, month (10) the month's first day, year (9) 1 January; coarser
    precisions, years before 1 and malformed values give None.
    """
    value = _dict(value)
    match = _TIME.match(str(value.get("time", "")))
    precision = value.get("precision", 11)
    if match is None or match[1] == "-" or not isinstance(precision, int) or precision < 9:
        return None
    year = int(match[2])
    month = max(1, int(match[3])) if precision >= 10 else 1
    day = max(1, int(match[4])) if precision >= 11 else 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def qualifier_date(statement: dict[str, Any], prop: str) -> dt.date | None:
    """The first well-formed date among a statement's ``prop`` qualifiers."""
    for snak in _list(_dict(statement.get("qualifiers")).get(prop)):
        day = wikidata_date(_value(snak))
        if day is not None:
            return day
    return None


def _is_human(claims: dict[str, Any]) -> bool:
    return any(item_id(_dict(s).get("mainsnak")) == HUMAN for s in _list(claims.get("P31")))


def _text_values(entries: Any) -> list[str]:
    if isinstance(entries, dict):
        entries = [entries]
    out = []
    for entry in _list(entries):
        text = _dict(entry).get("value")
        if isinstance(text, str) and text.strip() and not _SURROGATE.search(text):
            out.append(" ".join(text.split()))
    return out


def arabic_names(entity: dict[str, Any]) -> list[str]:
    """The Arabic label, then the Arabic aliases; only strings with Arabic letters, duplicates dropped."""
    names = _text_values(_dict(entity.get("labels")).get("ar"))
    names += _text_values(_dict(entity.get("aliases")).get("ar"))
    out: list[str] = []
    for name in names:
        if _ARABIC_LETTER.search(name) and "|" not in name and name not in out:
            out.append(name)
    return out


def english_name(entity: dict[str, Any]) -> str:
    """The English label, else the multilingual ("mul") one, else the first label, else the id."""
    labels = _dict(entity.get("labels"))
    for lang in ("en", "mul", *labels):
        values = _text_values(labels.get(lang))
        if values:
            return values[0]
    return str(entity.get("id"))


def person_id(name: str, qid: str) -> str:
    """An ASCII slug of the name with the Q-id appended, unique as the Q-id is: ``barack-obama-q76``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_JUNK.sub("-", ascii_name.lower()).strip("-")[:60].rstrip("-")
    return f"{slug}-{qid.lower()}" if slug else qid.lower()


def _position_rows(mapping: PositionMapping, start: dt.date | None, end: dt.date | None) -> list[dict[str, Any]]:
    rows = []
    for role in mapping.roles:
        row: dict[str, Any] = {"role": role}
        if mapping.org:
            row.update(org=mapping.org, sector="IGO")
        else:
            row.update(country=mapping.country, sector="GOV")
        if start:
            row["start"] = start
        if end:
            row["end"] = end
        rows.append(row)
    return rows


def positions_held(claims: dict[str, Any], table: dict[str, PositionMapping],
                   summary: ImportSummary) -> list[dict[str, Any]]:
    """The people.yaml position rows of an entity's mapped P39 statements, sorted by start."""
    rows: list[dict[str, Any]] = []
    for statement in map(_dict, _list(claims.get(POSITION_HELD))):
        position = item_id(statement.get("mainsnak"))
        if position is None:
            summary.statements_skipped["no_value"] += 1
            continue
        if statement.get("rank") == "deprecated":
            summary.statements_skipped["deprecated"] += 1
            continue
        mapping = table.get(position)
        if mapping is None:
            summary.unmapped(position)
            continue
        start, end = qualifier_date(statement, START_TIME), qualifier_date(statement, END_TIME)
        if start and end and end < start:
            summary.statements_skipped["end_before_start"] += 1
            continue
        rows.extend(r for r in _position_rows(mapping, start, end) if r not in rows)
    rows.sort(key=lambda r: r.get("start") or dt.date.min)
    return rows


def _main_country(rows: list[dict[str, Any]]) -> str | None:
    dated = [r for r in rows if r.get("country")]
    return max(dated, key=lambda r: r.get("start") or dt.date.min)["country"] if dated else None


@dataclass(frozen=True, slots=True)
class KnownPeople:
    """People already in the knowledge base: their Q-ids and normalized Arabic names."""

    qids: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()

    def knows(self, qid: str, names: Iterable[str]) -> bool:
        return qid in self.qids or any(normalize_key(n) in self.names for n in names)


def known_people(folders: Iterable[Path] = (DATA_DIR,)) -> KnownPeople:
    """The people of the ``people*.yaml`` files of some knowledge folders (the packaged one by default)."""
    qids: set[str] = set()
    names: set[str] = set()
    for folder in folders:
        for path in sorted(Path(folder).glob("people*.yaml")):
            if path.name == OUTPUT_NAME:
                continue
            for person in load_people(path):
                if person.wikidata:
                    qids.add(str(person.wikidata))
                names.update(normalize_key(n) for n in person.names_ar)
    return KnownPeople(frozenset(qids), frozenset(names))


def person_record(entity: dict[str, Any], table: dict[str, PositionMapping], known: KnownPeople,
                  summary: ImportSummary) -> dict[str, Any] | None:
    """The people.yaml record of an entity, or None (the reason counted in ``summary.skipped``)."""
    claims = _dict(entity.get("claims"))
    qid = entity.get("id")
    if not isinstance(qid, str) or not _QID.match(qid) or not _is_human(claims):
        summary.skipped["not_human"] += 1
        return None
    rows = positions_held(claims, table, summary)
    if not rows:
        summary.skipped["no_mapped_position"] += 1
        return None
    names = arabic_names(entity)
    if not names:
        summary.skipped["no_arabic_name"] += 1
        return None
    if known.knows(qid, names):
        summary.skipped["already_known"] += 1
        return None
    name = english_name(entity)
    record: dict[str, Any] = {"id": person_id(name, qid), "name": name, "wikidata": qid}
    country = _main_country(rows)
    if country:
        record["country"] = country
    record.update(names_ar=names, positions=rows)
    return record


# ------------------------------------------------------------------------------------ import
def _quoted(text: str) -> str:
    """A YAML double-quoted scalar: JSON's quoting, plus escapes for what YAML may not hold raw."""
    return _YAML_UNSAFE.sub(_escape, json.dumps(text, ensure_ascii=False))


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return "\\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"  # a lone surrogate is not text


def _scalar(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else _quoted(str(value))


def record_yaml(record: dict[str, Any]) -> str:
    """One person as a people.yaml list item (written by hand: ten times faster than ``yaml.dump``)."""
    out = []
    for key, value in record.items():
        if key == "positions":
            out.append("  positions:")
            out += ["    - {" + ", ".join(f"{k}: {_scalar(v)}" for k, v in row.items()) + "}" for row in value]
        elif isinstance(value, list):
            out.append(f"  {key}: [" + ", ".join(_quoted(v) for v in value) + "]")
        else:
            out.append(f"  {key}: {_scalar(value)}")
    out[0] = "-" + out[0][1:]
    return "\n".join(out) + "\n"


def _scan(handle: Iterable[bytes], out: IO[str], table: dict[str, PositionMapping], known: KnownPeople,
          summary: ImportSummary, full_parse: bool, progress: Callable[[int], None] | None) -> None:
    marker = f'"{POSITION_HELD}"'.encode()
    seen: set[str] = set()
    for lineno, line in dump_lines(handle):
        summary.entities += 1
        if progress is not None and summary.entities % PROGRESS_EVERY == 0:
            progress(summary.entities)
        if not full_parse and marker not in line:
            summary.skipped["no_position_held"] += 1
            continue
        try:
            entity = json.loads(line)
        except ValueError as exc:
            summary.bad_line(lineno, f"invalid JSON: {exc}")
            continue
        if not isinstance(entity, dict):
            summary.bad_line(lineno, f"a JSON {type(entity).__name__}, not an entity object")
            continue
        if POSITION_HELD not in _dict(entity.get("claims")):
            summary.skipped["no_position_held"] += 1
            continue
        record = person_record(entity, table, known, summary)
        if record is None:
            continue
        if record["wikidata"] in seen:
            summary.skipped["duplicate"] += 1
            continue
        seen.add(record["wikidata"])
        out.write(record_yaml(record))
        summary.people += 1
        summary.positions += len(record["positions"])


def import_wikidata(dump: Path, out_dir: Path, *, positions: Path | None = None, skip_known: bool = True,
                    full_parse: bool = False, progress: Callable[[int], None] | None = None) -> ImportSummary:
    """Write the office holders of a Wikidata dump to ``out_dir/people_wikidata.yaml``.

    ``positions``: a TSV (columns ``qid role country org label``) adding to or overriding the packaged
    position table. ``skip_known``: leave out people already in the packaged knowledge (same Q-id or
    same Arabic name), so that they are not listed twice. ``full_parse``: parse every line, so that
    every malformed line is counted (by default lines without a P39 claim are counted unparsed).
    ``progress`` is called with the number of entities read every 65,536 entities.
    The output is written to a temporary file and renamed at the end; bad lines are counted, never fatal.
    """
    began = time.perf_counter()
    dump, out_dir = Path(dump), Path(out_dir)
    table = load_positions([positions] if positions else [])
    known = known_people() if skip_known else KnownPeople()
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = ImportSummary(dump=dump, output=out_dir / OUTPUT_NAME)
    partial = out_dir / f".{OUTPUT_NAME}.part"
    try:
        with open_dump(dump) as handle, closing(read_chunks(handle)) as chunks, \
                partial.open("w", encoding="utf-8") as out:
            out.write(f"# Office holders imported from the Wikidata dump {' '.join(dump.name.split())} (CC0) by "
                      f"`hadath kb import-wikidata`.\n# Format: docs/knowledge-format.md (people.yaml).\n")
            _scan(read_lines(chunks), out, table, known, summary, full_parse, progress)
        os.replace(partial, summary.output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    summary.seconds = time.perf_counter() - began
    return summary
