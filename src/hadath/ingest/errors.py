"""Errors and rejection records of the ingestion layer."""

from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """An input that cannot become a document; ``str()`` is one line, ``SOURCE: reason``."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __str__(self) -> str:
        return " ".join(f"{self.source}: {self.reason}".split())


@dataclass(frozen=True, slots=True)
class Rejection:
    """One input (file or record) that was skipped in a batch, and why."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def to_error(self) -> InputError:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return InputError(where, self.reason)
