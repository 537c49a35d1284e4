"""Line-level removal of page furniture from already-scraped article text.

The filter never edits the text: it records the kept lines as :attr:`Document.body` spans and the
furniture as :attr:`Document.dropped` ``(span, reason)`` pairs. Cue phrases are data
(``data/boilerplate.tsv``: ``pattern<TAB>kind<TAB>note``); the structural rules (teaser runs,
truncated teasers at the end, everything after «المصدر:» or a "related stories" heading) are code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from hadath.arabic.normalize import Normalized, normalize, normalize_key
from hadath.doc import Document, Span

KINDS = frozenset({"link", "tail", "share", "cookie", "copyright", "caption", "source", "byline"})
# A cue of these kinds only counts on a line no longer than this many characters.
MAX_CHARS = {"link": 300, "tail": 60, "share": 80, "cookie": 400, "copyright": 200,
             "caption": 10_000, "source": 80, "byline": 80}
_STRIP = " \t\r\n\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff\u2028\u2029\u3000"
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_ELLIPSIS = re.compile(r"(?:…|\.\.\.+)\s*[\"»”']?$")
_TERMINAL = tuple(".!?؟…\"»”')]:؛")
# Words that open a paragraph continuing the article (vs the first line of another story).
_CONNECTIVES = frozenset(normalize_key(w) for w in (
    "كما", "ثم", "لكن", "لكنه", "بدوره", "بدورها", "من", "إلى", "وسط", "يذكر", "يشار", "يأتي", "جاء",
    "هذا", "هذه", "أيضا", "بينما", "بيد", "غير", "إلا", "علما", "حيث", "لذلك", "بحسب", "حسب", "وفق",
    "وفقا", "أضاف", "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أشار", "أشارت", "إذ", "إلى",
))
_DATE_TEXT = (
    "يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول "
    "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة "
    "الساعة ص م صباحا مساء بتوقيت غرينتش مكة القدس gmt am pm utc تاريخ النشر نشر في آخر تحديث "
    "محدث هـ م."
)
_DATE_WORDS = frozenset(normalize_key(w) for w in _DATE_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+")


class CueFileError(ValueError):
    """A malformed line of a cue file; the message starts with ``file:line:``."""


@dataclass(frozen=True, slots=True)
class Cue:
    regex: re.Pattern[str]
    kind: str
    note: str
    origin: str  # file:line


def default_cue_path() -> Path:
    return Path(str(resources.files("hadath.ingest") / "data" / "boilerplate.tsv"))


def load_cues(path: Path | str | None = None) -> tuple[Cue, ...]:
    """Read and validate a cue file (default: the packaged ``data/boilerplate.tsv``)."""
    path = Path(path) if path is not None else default_cue_path()
    cues: list[Cue] = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#") or (number == 1 and line.startswith("pattern\t")):
                continue
            cues.append(_parse_cue(line, f"{path}:{number}"))
    if not cues:
        raise CueFileError(f"{path}: no cue patterns")
    return tuple(cues)


def _parse_cue(line: str, origin: str) -> Cue:
    fields = line.split("\t")
    if len(fields) != 3:
        raise CueFileError(f"{origin}: expected 3 tab-separated columns (pattern, kind, note), "
                           f"got {len(fields)}")
    pattern, kind, note = (f.strip() for f in fields)
    if kind not in KINDS:
        raise CueFileError(f"{origin}: unknown kind {kind!r} (expected one of {', '.join(sorted(KINDS))})")
    if not pattern:
        raise CueFileError(f"{origin}: empty pattern")
    try:
        regex = re.compile(normalize(pattern).text, re.IGNORECASE)
    except re.error as exc:
        raise CueFileError(f"{origin}: bad regular expression: {exc}") from exc
    if kind in ("source", "byline") and "value" not in regex.groupindex:
        raise CueFileError(f"{origin}: a {kind} pattern needs a (?P<value>...) group")
    return Cue(regex, kind, note, origin)


@dataclass(slots=True)
class _Line:
    start: int  # offsets of the line without surrounding whitespace
    end: int
    text: str
    reason: str | None = None
    keep_start: int = 0  # body span, narrowed when a caption is glued to the line
    keep_end: int = 0
    extra: list[tuple[Span, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BoilerplateFilter:
    """Settings and cue table of the line filter; call it on a Document."""

    cues: tuple[Cue, ...] = field(default_factory=load_cues)
    teaser_max_chars: int = 250  # longer lines ending with «…» are not teasers
    short_teaser_chars: int = 110  # a line this short ending with «…» is a teaser on its own
    truncated_min_chars: int = 100  # a longer line without final punctuation is cut off
    lead_min_chars: int = 80  # a paragraph long enough to open another story
    source_tail_share: float = 0.5  # «المصدر:» in the later part of the text ends the article

    def __call__(self, doc: Document) -> Document:
        lines = _split_lines(doc.text)
        for index, line in enumerate(lines):
            self._classify(doc, line, first=index == _first_nonempty(lines))
        self._drop_after_markers(lines)
        self._drop_teasers(lines)
        doc.body = [Span(ln.keep_start, ln.keep_end) for ln in lines if ln.reason is None]
        doc.dropped = sorted(
            [(Span(ln.start, ln.end), ln.reason) for ln in lines if ln.reason is not None]
            + [item for ln in lines if ln.reason is None for item in ln.extra],
            key=lambda item: item[0].start,
        )
        return doc

    # -- line by line -------------------------------------------------------------------------
    def _classify(self, doc: Document, line: _Line, first: bool) -> None:
        if not line.text:
            line.reason = "empty"
            return
        if _URL.match(line.text):
            line.reason = "url"
            return
        norm = normalize(line.text)
        for cue in self.cues:
            if len(line.text) > MAX_CHARS[cue.kind]:
                continue
            match = cue.regex.search(norm.text)
            if match is None:
                continue
            if cue.kind == "caption":
                if self._caption(line, norm, match):
                    return
                continue
            if cue.kind in ("source", "byline"):
                value = _value(line, norm, match)
                doc.metadata.setdefault(cue.kind, value)
                if cue.kind == "source" and doc.outlet is None:
                    doc.outlet = value
            line.reason = cue.kind
            return
        if not first and _is_dateline(line.text):
            line.reason = "dateline"

    def _caption(self, line: _Line, norm: Normalized, match: re.Match[str]) -> bool:
        start, end = norm.original(match.start(), match.end())
        rest = (line.text[:start] + line.text[end:]).strip(_STRIP)
        if len(_WORD.findall(rest)) < 3:
            line.reason = "caption"
            return True
        cut = Span(line.start + start, line.start + end)
        if start == 0:
            line.keep_start = _skip_space(line.text, end) + line.start
        elif end >= len(line.text.rstrip(_STRIP)):
            line.keep_end = line.start + len(line.text[:start].rstrip(_STRIP))
        else:
            return False
        line.extra.append((cut, "caption"))
        return False

    # -- structure ----------------------------------------------------------------------------
    def _drop_after_markers(self, lines: list[_Line]) -> None:
        texts = [i for i, ln in enumerate(lines) if ln.text]
        cut: tuple[int, str] | None = None
        for rank, i in enumerate(texts):
            reason = lines[i].reason
            if reason == "tail" or (reason == "source" and rank >= self.source_tail_share * len(texts)):
                cut = (i, "after related-stories heading" if reason == "tail" else "after source line")
                break
        if cut is None:
            return
        for ln in lines[cut[0] + 1 :]:
            if ln.reason is None:
                ln.reason = cut[1]

    def _drop_teasers(self, lines: list[_Line]) -> None:
        kept = [i for i, ln in enumerate(lines) if ln.reason is None]
        if len(kept) < 2:
            return
        body = kept[1:]  # the first kept line is the title
        flags = [self._is_teaser_like(lines[i].text) for i in body]
        for pos, i in enumerate(body):
            if flags[pos] == "ellipsis" and self._ellipsis_teaser(lines, body, flags, pos):
                lines[i].reason = "teaser"
        self._drop_trailing_block(lines, body, flags)

    def _is_teaser_like(self, text: str) -> str | None:
        if len(text) <= self.teaser_max_chars and _ELLIPSIS.search(text):
            return "ellipsis"
        if len(text) >= self.truncated_min_chars and not text.endswith(_TERMINAL):
            return "truncated"
        return None

    def _ellipsis_teaser(self, lines: list[_Line], body: list[int], flags: list[str | None],
                         pos: int) -> bool:
        neighbours = [flags[p] for p in (pos - 1, pos + 1) if 0 <= p < len(flags)]
        if "ellipsis" in neighbours:
            return True
        if _opens_with_connective(lines[body[pos]].text):
            return False  # «وقال: …» continues the article
        if len(lines[body[pos]].text) <= self.short_teaser_chars:
            return True
        later = [lines[i].text for p, i in enumerate(body[pos + 1 :], pos + 1) if flags[p] is None]
        return not any(len(t) > self.short_teaser_chars for t in later)

    def _drop_trailing_block(self, lines: list[_Line], body: list[int], flags: list[str | None]) -> None:
        """A run of cut-off teasers closing the text, and the other stories' leads just above it."""
        pos = len(body)
        while pos > 0 and flags[pos - 1] is not None:
            pos -= 1
        if len(body) - pos < 2:
            return
        while pos > 1 and self._is_lead_like(lines[body[pos - 1]].text):
            pos -= 1
        for i in body[pos:]:
            lines[i].reason = "teaser"

    def _is_lead_like(self, text: str) -> bool:
        if len(text) < self.lead_min_chars:
            return False
        return not _opens_with_connective(text)


def _opens_with_connective(text: str) -> bool:
    """Whether a paragraph opens with a word that ties it to the one before (و، ف، كما، …)."""
    words = normalize_key(text).split()
    first = words[0].strip("\"'«»“”:،,") if words else ""
    return first.startswith(("و", "ف")) or first in _CONNECTIVES


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        left = len(raw) - len(raw.lstrip(_STRIP))
        stripped = raw.strip(_STRIP)
        start = offset + left
        end = start + len(stripped)
        lines.append(_Line(start, end, stripped, keep_start=start, keep_end=end))
        offset += len(raw) + 1
    return lines


def _first_nonempty(lines: Sequence[_Line]) -> int:
    return next((i for i, ln in enumerate(lines) if ln.text), -1)


def _value(line: _Line, norm: Normalized, match: re.Match[str]) -> str:
    start, end = norm.original(match.start("value"), match.end("value"))
    return line.text[start:end].strip(_STRIP + ":-–—")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos] in _STRIP or text[pos] in "-–—:|"):
        pos += 1
    return pos


def _is_dateline(text: str) -> bool:
    """A line made only of a date, a weekday and a time."""
    words = _WORD.findall(normalize_key(text))
    if not any(ch.isdigit() for ch in text):
        return False
    return all(w in _DATE_WORDS for w in words)
