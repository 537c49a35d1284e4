"""End-to-end tests of the ``hadath`` command line, on fixture texts written for these tests."""

from __future__ import annotations

import csv
import inspect
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from hadath.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
PROTEST = FIXTURES / "protest.txt"
VISIT_HTML = FIXTURES / "visit.html"
BATCH = FIXTURES / "batch.jsonl"
BAD_BATCH = FIXTURES / "batch_bad_line.jsonl"
ENGLISH = FIXTURES / "english.txt"
BOILERPLATE = FIXTURES / "boilerplate.txt"
DATE = "2024-05-02"
EVENT_FIELDS = {"doc_id", "event_type", "mode", "actor", "recipient", "date", "evidence"}
ACTOR_FIELDS = {"country", "sector", "org", "name", "text"}
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CLEAN_FIELDS = {"id", "text", "date", "url", "outlet", "title", "language"}


def make_runner() -> CliRunner:
    """A runner that keeps stderr apart from stdout (click < 8.2 needs ``mix_stderr=False``)."""
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    return CliRunner()


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return make_runner().invoke(main, list(args), input=stdin, prog_name="hadath")


def assert_clean_exit(result: Result, code: int = 0) -> None:
    """Exited with ``code`` by itself: no exception escaped, no traceback printed."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"unexpected exception: {result.exception!r}\n{result.output}")
    assert "Traceback" not in result.output
    assert result.exit_code == code, result.output


def assert_one_line_failure(result: Result, source: str, reason: str) -> None:
    """Non-zero exit, no traceback, and exactly one stderr line naming ``source`` and ``reason``."""
    assert_clean_exit(result, 1)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert source in lines[0]
    assert reason in lines[0].lower()


def jsonl_events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def check_event(event: dict, text: str | None) -> None:
    """FORMAT §2 fields present; evidence offsets point into ``text`` when it is given."""
    assert set(event) >= EVENT_FIELDS
    assert event["event_type"] in PLOVER_TYPES
    for role in ("actor", "recipient"):
        assert event[role] is None or set(event[role]) >= ACTOR_FIELDS
    assert event["evidence"], event
    for evidence in event["evidence"]:
        assert evidence["sentence"] >= 1
        assert evidence["start"] < evidence["end"]
        if text is not None:
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]


# -- extract: formats --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def protest_events() -> list[dict]:
    result = run("extract", str(PROTEST), "--date", DATE, "--format", "jsonl")
    assert_clean_exit(result)
    return jsonl_events(result.stdout)


def test_extract_jsonl_fields_and_offsets(protest_events: list[dict]) -> None:
    text = PROTEST.read_text(encoding="utf-8")
    types = {e["event_type"] for e in protest_events}
    assert {"PROTEST", "CONSULT"} <= types
    for event in protest_events:
        check_event(event, text)
        assert event["doc_id"] == "protest"
    protest = next(e for e in protest_events if e["event_type"] == "PROTEST")
    assert protest["actor"]["country"] == "SDN"
    assert protest["date"] == "2024-05-01"  # «أمس» against the given date


def test_extract_json_is_an_array(protest_events: list[dict]) -> None:
    result = run("extract", str(PROTEST), "--date", DATE, "--format", "json")
    assert_clean_exit(result)
    events = json.loads(result.stdout)
    assert isinstance(events, list)
    assert events == protest_events


def test_extract_csv_has_header_and_one_row_per_event(protest_events: list[dict]) -> None:
    result = run("extract", str(PROTEST), "--date", DATE, "--format", "csv")
    assert_clean_exit(result)
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames is not None and "event_type" in reader.fieldnames
    rows = list(reader)
    assert [r["event_type"] for r in rows] == [e["event_type"] for e in protest_events]
    assert {r["actor_country"] for r in rows} >= {"SDN", "EGY"}


def test_extract_table_is_readable(protest_events: list[dict]) -> None:
    result = run("extract", str(PROTEST), "--date", DATE, "--format", "table")
    assert_clean_exit(result)
    out = result.stdout
    header = out.splitlines()[0].split()
    assert header[:3] == ["#", "type", "mode"]
    assert f"{len(protest_events)} event(s)" in out
    assert "PROTEST" in out and "تظاهر" in out  # the type and the trigger/evidence words


def test_extract_default_format_is_table() -> None:
    result = run("extract", str(PROTEST), "--date", DATE)
    assert_clean_exit(result)
    assert "event(s)" in result.stdout


def test_extract_output_file(tmp_path: Path, protest_events: list[dict]) -> None:
    target = tmp_path / "events.jsonl"
    result = run("extract", str(PROTEST), "--date", DATE, "--format", "jsonl", "--output", str(target))
    assert_clean_exit(result)
    assert result.stdout == ""
    assert jsonl_events(target.read_text(encoding="utf-8")) == protest_events


def test_extract_output_to_missing_folder_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "events.jsonl"
    result = run("extract", str(PROTEST), "--date", DATE, "-o", str(target))
    assert_one_line_failure(result, str(target), "cannot write")


def test_extract_stdin() -> None:
    text = PROTEST.read_text(encoding="utf-8")
    result = run("extract", "-", "--date", DATE, "--format", "jsonl", stdin=text.encode("utf-8"))
    assert_clean_exit(result)
    events = jsonl_events(result.stdout)
    assert "PROTEST" in {e["event_type"] for e in events}
    for event in events:
        check_event(event, text)
        assert event["doc_id"] == "stdin"


def test_extract_html_page() -> None:
    result = run("extract", str(VISIT_HTML), "--date", DATE, "--format", "jsonl")
    assert_clean_exit(result)
    events = jsonl_events(result.stdout)
    assert "CONSULT" in {e["event_type"] for e in events}
    page = VISIT_HTML.read_text(encoding="utf-8")
    for event in events:
        check_event(event, None)
        assert event["doc_id"] == "visit"
        for evidence in event["evidence"]:
            assert evidence["text"].strip() in page  # evidence comes from the article paragraphs
    assert not any("الحقوق" in ev["text"] for e in events for ev in e["evidence"])


def test_extract_jsonl_batch_of_three() -> None:
    result = run("extract", str(BATCH), "--format", "jsonl")
    assert_clean_exit(result)
    events = jsonl_events(result.stdout)
    texts = {r["id"]: r["text"] for r in map(json.loads, BATCH.read_text(encoding="utf-8").splitlines())}
    assert {e["doc_id"] for e in events} == {"sdn", "irq", "mli"}
    for event in events:
        check_event(event, texts[event["doc_id"]])
    by_doc = {e["doc_id"]: e for e in events}
    assert by_doc["sdn"]["event_type"] == "PROTEST"
    assert by_doc["sdn"]["date"] == "2024-05-01"  # the record's own date anchors «أمس»
    assert by_doc["mli"]["event_type"] == "ASSAULT"


def test_extract_bad_date_is_a_usage_error() -> None:
    result = run("extract", str(PROTEST), "--date", "2024-13-01")
    assert_clean_exit(result, 2)
    assert "--date" in result.stderr and "YYYY-MM-DD" in result.stderr


# -- extract: bad input ------------------------------------------------------------------------
def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_one_line_failure(run("extract", str(path), "--date", DATE), str(path), "empty")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    chunk = bytes(range(256))  # every byte value, NULs included
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + chunk * 40)
    assert_one_line_failure(run("extract", str(path), "--date", DATE), str(path), "binary")


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_legacy_and_utf16_arabic_are_decoded(tmp_path: Path, protest_events: list[dict], encoding: str) -> None:
    """cp1256 and UTF-16 (with BOM) Arabic are decoded and coded like the UTF-8 original."""
    text = PROTEST.read_text(encoding="utf-8")
    path = tmp_path / "protest.txt"
    data = text.encode(encoding)
    if encoding == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    path.write_bytes(data)
    result = run("extract", str(path), "--date", DATE, "--format", "jsonl")
    assert_clean_exit(result)
    assert result.stderr == ""
    events = jsonl_events(result.stdout)
    assert events == protest_events  # same doc id (file stem), same events, same offsets
    for event in events:
        check_event(event, text)


def test_english_article_is_not_coded() -> None:
    result = run("extract", str(ENGLISH), "--date", DATE, "--format", "jsonl")
    assert_one_line_failure(result, str(ENGLISH), "not arabic")
    assert result.stdout == ""


def test_fifty_megabyte_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = PROTEST.read_bytes()
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    result = run("extract", str(path), "--date", DATE, "--format", "jsonl")
    assert_one_line_failure(result, str(path), "too large")
    assert result.stdout == ""


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    assert_one_line_failure(run("extract", str(path), "--date", DATE), str(path), "no such file")


def test_batch_with_malformed_line_goes_on() -> None:
    result = run("extract", str(BAD_BATCH), "--format", "jsonl")
    assert_one_line_failure(result, f"{BAD_BATCH}:2", "malformed json")
    events = jsonl_events(result.stdout)
    assert {e["doc_id"] for e in events} == {"sdn", "mli"}


def test_good_and_bad_inputs_together(tmp_path: Path) -> None:
    """A bad input among good ones: reported, exit 1, and the good ones are still coded."""
    missing = tmp_path / "absent.txt"
    result = run("extract", str(PROTEST), str(missing), str(BATCH), "--date", DATE, "--format", "jsonl")
    assert_one_line_failure(result, str(missing), "no such file")
    assert {e["doc_id"] for e in jsonl_events(result.stdout)} == {"protest", "sdn", "irq", "mli"}


# -- help --------------------------------------------------------------------------------------
def walk(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


def examples_section(command: click.Command) -> str:
    """The text after an ``Example(s):`` heading in the command's help or epilog."""
    text = f"{command.help or ''}\n{command.epilog or ''}"
    for heading in ("Examples:", "Example:"):
        if heading in text:
            return text.split(heading, 1)[1]
    return ""


def test_every_option_has_help_with_an_example() -> None:
    commands = dict(walk(main))
    assert {("extract",), ("clean",), ("kb",), ("kb", "lookup"), ("kb", "check")} <= set(commands)
    missing = []
    for path, command in commands.items():
        examples = examples_section(command)
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            help_text = (param.help or "").strip()
            shown = "e.g." in help_text.lower() or any(opt in examples for opt in param.opts + param.secondary_opts)
            if not help_text or not shown:
                missing.append(f"hadath {' '.join(path)} {'/'.join(param.opts)}")
    assert not missing, f"options without help or example: {missing}"


def test_every_command_has_examples() -> None:
    for path, command in walk(main):
        if path and not isinstance(command, click.Group):
            assert examples_section(command).strip(), f"hadath {' '.join(path)} has no Examples section"


@pytest.mark.parametrize("args", [[], ["extract"], ["clean"], ["kb"], ["kb", "lookup"], ["kb", "check"]])
def test_help_lists_every_option(args: list[str]) -> None:
    result = run(*args, "--help")
    assert_clean_exit(result)
    command: click.Command = main
    for name in args:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    assert result.stdout.startswith("Usage: hadath")
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.opts[0] in result.stdout
    assert "Example" in result.stdout


# -- clean -------------------------------------------------------------------------------------
def test_clean_drops_furniture_and_keeps_records() -> None:
    result = run("clean", str(BOILERPLATE), str(BATCH))
    assert_clean_exit(result)
    records = jsonl_events(result.stdout)
    assert [r["id"] for r in records] == ["boilerplate", "sdn", "irq", "mli"]
    for record in records:
        assert set(record) >= CLEAN_FIELDS
        assert record["language"] == "ar"
    text = records[0]["text"]
    assert "تظاهر آلاف العمال" in text and "الغاز المسيل للدموع" in text
    assert "اقرأ أيضا" not in text and "الكوكيز" not in text
    assert records[1]["date"] == "2024-05-02"


def test_clean_date_option_fills_missing_dates() -> None:
    result = run("clean", str(BOILERPLATE), "--date", DATE)
    assert_clean_exit(result)
    (record,) = jsonl_events(result.stdout)
    assert record["date"] == DATE


def test_clean_reports_bad_line() -> None:
    result = run("clean", str(BAD_BATCH))
    assert_one_line_failure(result, f"{BAD_BATCH}:2", "malformed json")
    assert [r["id"] for r in jsonl_events(result.stdout)] == ["sdn", "mli"]


# -- kb ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("date", "name"), [("2022-01-07", "Mevlüt Çavuşoğlu"), ("2024-03-01", "Hakan Fidan")])
def test_kb_lookup_role_by_date(date: str, name: str) -> None:
    result = run("kb", "lookup", "وزير الخارجية التركي", "--date", date, "--format", "json")
    assert_clean_exit(result)
    matches = json.loads(result.stdout)["matches"]
    assert matches[0]["name"] == name
    assert matches[0]["country"] == "TUR"


def test_kb_lookup_table_and_limit() -> None:
    result = run("kb", "lookup", "وزير الخارجية التركي", "--date", "2022-01-07", "--format", "table", "--limit", "1")
    assert_clean_exit(result)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "Mevlüt Çavuşoğlu" in lines[0] and "TUR" in lines[0]


def test_kb_check_prints_counts() -> None:
    result = run("kb", "check")
    assert_clean_exit(result)
    counts = json.loads(result.stdout)
    assert set(counts) == {"countries", "organisations", "places", "roles", "people", "phrases"}
    assert all(isinstance(n, int) and n > 0 for n in counts.values())
    assert counts["countries"] >= 190


# -- the installed console script ----------------------------------------------------------------
def console_script() -> str:
    script = Path(sys.executable).parent / "hadath"
    found = str(script) if script.exists() else shutil.which("hadath")
    if found is None:
        pytest.skip("the hadath console script is not installed")
    return found


def test_console_script_extracts(protest_events: list[dict]) -> None:
    proc = subprocess.run([console_script(), "extract", str(PROTEST), "--date", DATE, "--format", "jsonl"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    events = jsonl_events(proc.stdout)
    assert {e["event_type"] for e in events} == {e["event_type"] for e in protest_events}
    text = PROTEST.read_text(encoding="utf-8")
    for event in events:
        check_event(event, text)


def test_console_script_reports_bad_input_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    proc = subprocess.run([console_script(), "extract", str(BAD_BATCH), str(missing), "--format", "jsonl"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2
    assert f"{BAD_BATCH}:2" in lines[0] and str(missing) in lines[1]
    assert {e["doc_id"] for e in jsonl_events(proc.stdout)} == {"sdn", "mli"}


def test_console_script_stdin_and_version() -> None:
    proc = subprocess.run([console_script(), "extract", "-", "--date", DATE, "--format", "csv"],
                          input=PROTEST.read_text(encoding="utf-8"), capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert "PROTEST" in {r["event_type"] for r in rows}
    version = subprocess.run([console_script(), "--version"], capture_output=True, text=True, timeout=60,
                             check=False)
    assert version.returncode == 0 and "0.1" in version.stdout
