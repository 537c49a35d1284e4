"""The publication date of an article from its lead: datelines such as «الثلاثاء 9 أكتوبر 2018»."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hadath.arabic.normalize import normalize_key

LEAD_CHARS = 600

# Month names in their normalized spelling (normalize_key): Egyptian/Gulf (يناير), Levantine and
# Iraqi (كانون الثاني), Maghrebi (جانفي) forms.
MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# «9 أكتوبر 2018», «9 يناير/كانون الثاني 2018», «9 من يناير 2018»
_NAMED = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{_MONTH_ALT})(?:\s*[/\-(]\s*(?:{_MONTH_ALT})\)?)?"
    rf"\s*[,،]?\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)(?!\d)")
_PUBLISHED = re.compile(r"(نشر|تاريخ النشر|اخر تحديث|تحديث|محدث)")


@dataclass(frozen=True, slots=True)
class _Candidate:
    date: dt.date
    start: int
    named: bool


def infer_date(text: str, reference: dt.date | None = None) -> tuple[dt.date | None, float]:
    """A publication date stated in the lead of ``text`` with a confidence; ``(None, 0.0)`` if none.

    Dates after ``reference`` (the crawl date, when known) are ignored.
    """
    lead = normalize_key_lines(text[:LEAD_CHARS])
    candidates = [c for c in _candidates(lead) if reference is None or c.date <= reference]
    if not candidates:
        return None, 0.0
    best = min(candidates, key=lambda c: c.start)
    return best.date, _confidence(lead, best)


def normalize_key_lines(text: str) -> str:
    """normalize_key applied line by line, so line breaks survive."""
    return "\n".join(normalize_key(line) for line in text.split("\n"))


def _candidates(lead: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for pattern, named in ((_NAMED, True), (_ISO, False), (_DMY, False)):
        for m in pattern.finditer(lead):
            month = MONTHS[m["m"]] if named else int(m["m"])
            try:
                date = dt.date(int(m["y"]), month, int(m["d"]))
            except ValueError:
                continue
            found.append(_Candidate(date, m.start(), named))
    return found


def _confidence(lead: str, cand: _Candidate) -> float:
    line_start = lead.rfind("\n", 0, cand.start) + 1
    line_end = lead.find("\n", cand.start)
    line = lead[line_start : line_end if line_end >= 0 else len(lead)]
    before = lead[max(line_start, cand.start - 30) : cand.start]
    if _PUBLISHED.search(before):
        return 0.95
    if len(line) <= 80:  # a dateline of its own
        return 0.85
    score = 0.6 if cand.named else 0.5
    return score if cand.start < 300 else score - 0.2
