"""Check the structure of a gold file (FORMAT.md §3) before it is used for scoring.

    python scripts/check_gold.py eval/own/gold.jsonl [--base DIR] [--strict]

Errors (exit status 1): duplicate ids, evidence lines outside body_lines or the file, unknown event
types, status, modes, country or sector codes, malformed dates, forbidden text missing from the article.
Warnings (exit status 0 unless --strict): blank body lines, IGO/NGO actors without an org.
text_path is resolved as score.py does: relative to --base, or to the folder three levels above
the gold file (so eval/own/gold.jsonl resolves against the repository root).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                         "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "unconventional"}),
}

SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "INS",
})

# PLOVER's non-state international codes, plus Kosovo (no ISO code).
SPECIAL_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"})
ORG_EXPECTED = frozenset({"IGO", "NGO", "ISM", "IMG", "MNC"})

# ISO 3166-1 alpha-3 codes.
ISO3 = frozenset({
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT",
    "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL",
    "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG",
    "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM",
    "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
    "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
    "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
    "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY",
    "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL",
    "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM",
    "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER",
    "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU",
    "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
    "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
    "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
})

ACTOR_KEYS = frozenset({"country", "sector", "name", "org", "aliases"})
EVENT_KEYS = frozenset({"id", "status", "type", "mode", "actor", "recipient", "date", "location", "evidence_lines",
                        "note", "symmetric"})
DOC_KEYS = frozenset({"doc_id", "text_path", "date", "body_lines", "events", "forbidden", "outlet", "metadata", "note"})
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def check_country(code: Any, where: str, report: Report) -> None:
    if not isinstance(code, str) or not (code in ISO3 or code in SPECIAL_COUNTRIES):
        report.error(where, f"unknown country code {code!r}")


def check_actor(spec: Any, where: str, report: Report) -> None:
    """An actor is null, an object, or a list of objects/nulls (alternatives)."""
    if isinstance(spec, list) and not spec:
        report.error(where, "empty list of actor alternatives")
    for option in as_list(spec):
        if option is None:
            continue
        if not isinstance(option, dict):
            report.error(where, f"actor must be an object or null, got {option!r}")
            continue
        extra = set(option) - ACTOR_KEYS
        if extra:
            report.error(where, f"unknown actor keys {sorted(extra)}")
        check_country(option.get("country"), where, report)
        for sector in as_list(option.get("sector", [])):
            if sector not in SECTORS:
                report.error(where, f"unknown sector {sector!r}")
        if option.get("country") in ORG_EXPECTED and not option.get("org"):
            report.warn(where, f"{option.get('country')} actor without org")
        if "aliases" in option and not isinstance(option["aliases"], list):
            report.error(where, "aliases must be a list")


def check_date(spec: Any, where: str, report: Report) -> None:
    values = spec if isinstance(spec, list) else [spec]
    if isinstance(spec, list) and len(spec) != 2:
        report.error(where, f"date range must be [from, to], got {spec!r}")
        return
    if not all(isinstance(v, str) and DATE_RE.match(v) for v in values):
        report.error(where, f"malformed date {spec!r}")
    elif isinstance(spec, list) and spec[0] > spec[1]:
        report.error(where, f"date range reversed {spec!r}")


def check_mode(etype: str, spec: Any, where: str, report: Report) -> None:
    allowed = MODES.get(etype, frozenset())
    for mode in as_list(spec):
        if mode is not None and mode not in allowed:
            report.error(where, f"mode {mode!r} is not a PLOVER mode of {etype}")


def check_event(event: dict[str, Any], lines: list[str] | None, body: set[int], where: str, report: Report) -> None:
    extra = set(event) - EVENT_KEYS
    if extra:
        report.error(where, f"unknown event keys {sorted(extra)}")
    if event.get("status") not in ("core", "extra"):
        report.error(where, f"status must be core or extra, got {event.get('status')!r}")
    etype = event.get("type")
    if etype not in MODES:
        report.error(where, f"unknown event type {etype!r}")
    elif "mode" in event:
        check_mode(etype, event["mode"], where, report)
    for role in ("actor", "recipient"):
        if role not in event:
            report.error(where, f"missing {role}")
        else:
            check_actor(event[role], f"{where} {role}", report)
    if "date" in event:
        check_date(event["date"], where, report)
    for loc in as_list(event.get("location", [])):
        if not isinstance(loc, dict):
            report.error(where, "location must be an object")
        else:
            check_country(loc.get("country"), f"{where} location", report)
    check_evidence(event.get("evidence_lines"), lines, body, where, report)


def check_evidence(spec: Any, lines: list[str] | None, body: set[int], where: str, report: Report) -> None:
    if not isinstance(spec, list) or not spec or not all(isinstance(n, int) for n in spec):
        report.error(where, f"evidence_lines must be a non-empty list of line numbers, got {spec!r}")
        return
    for number in spec:
        if number not in body:
            report.error(where, f"evidence line {number} is not a body line")
        if lines is not None and not 0 < number <= len(lines):
            report.error(where, f"evidence line {number} is beyond the end of the file ({len(lines)} lines)")
        elif lines is not None and not lines[number - 1].strip():
            report.error(where, f"evidence line {number} is blank")


def read_lines(doc: dict[str, Any], base: Path, where: str, report: Report) -> list[str] | None:
    path = base / str(doc.get("text_path", ""))
    if not doc.get("text_path") or not path.is_file():
        report.error(where, f"text_path not found: {path}")
        return None
    return path.read_text(encoding="utf-8").split("\n")


def check_doc(doc: dict[str, Any], base: Path, report: Report) -> None:
    where = str(doc.get("doc_id"))
    extra = set(doc) - DOC_KEYS
    if extra:
        report.warn(where, f"unknown document keys {sorted(extra)}")
    check_date(doc.get("date"), where, report)
    lines = read_lines(doc, base, where, report)
    body = doc.get("body_lines") or []
    if body != sorted(set(body)):
        report.error(where, "body_lines must be sorted and unique")
    if lines is not None:
        for number in body:
            if not 0 < number <= len(lines):
                report.error(where, f"body line {number} is beyond the end of the file")
            elif not lines[number - 1].strip():
                report.warn(where, f"body line {number} is blank")
        text = "\n".join(lines)
        for snippet in doc.get("forbidden", []):
            if snippet not in text:
                report.error(where, f"forbidden text not in the article: {snippet!r}")
    seen: set[str] = set()
    for event in doc.get("events", []):
        eid = str(event.get("id"))
        if eid in seen:
            report.error(where, f"duplicate event id {eid}")
        seen.add(eid)
        check_event(event, lines, set(body), f"{where} {eid}", report)


def check_file(gold: Path, base: Path) -> tuple[Report, list[dict[str, Any]]]:
    report = Report()
    docs: list[dict[str, Any]] = []
    with gold.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    docs.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    report.error(f"line {number}", f"invalid JSON: {exc}")
    ids = [str(d.get("doc_id")) for d in docs]
    for doc_id in sorted({i for i in ids if ids.count(i) > 1}):
        report.error(doc_id, "duplicate doc_id")
    for doc in docs:
        check_doc(doc, base, report)
    return report, docs


def summary(docs: list[dict[str, Any]]) -> str:
    counts: dict[tuple[str, str], int] = {}
    for doc in docs:
        for event in doc.get("events", []):
            key = (str(event.get("type")), str(event.get("status", "core")))
            counts[key] = counts.get(key, 0) + 1
    rows = [f"{'type':<10} {'core':>5} {'extra':>6}"]
    for etype in MODES:
        rows.append(f"{etype:<10} {counts.get((etype, 'core'), 0):>5} {counts.get((etype, 'extra'), 0):>6}")
    core = sum(v for (_, s), v in counts.items() if s == "core")
    extra = sum(v for (_, s), v in counts.items() if s == "extra")
    rows.append(f"{'total':<10} {core:>5} {extra:>6}   ({len(docs)} documents)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--base", type=Path, help="folder that text_path is relative to (default: three levels "
                        "above the gold file, as score.py)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--counts", action="store_true", help="print events per type and status")
    args = parser.parse_args(argv)
    base = args.base or args.gold.resolve().parent.parent.parent
    report, docs = check_file(args.gold, base)
    for message in report.errors:
        print(f"ERROR {message}")
    for message in report.warnings:
        print(f"warning {message}")
    if args.counts:
        print(summary(docs))
    failed = bool(report.errors) or (args.strict and bool(report.warnings))
    print(f"{len(docs)} documents, {len(report.errors)} errors, {len(report.warnings)} warnings: "
          + ("FAILED" if failed else "OK"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
