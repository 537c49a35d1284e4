"""What the command modules share: the date option's parser and the one-line failure."""

from __future__ import annotations

import datetime as dt
import sys
from typing import NoReturn

import click


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """click callback: a YYYY-MM-DD option value as a date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def fail(message: str) -> NoReturn:
    """One line on stderr, exit status 1."""
    click.echo(f"hadath: {message}", err=True)
    sys.exit(1)
