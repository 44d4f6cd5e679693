"""How a turn of the intake is stored: its time as ISO 8601, its answer as plain JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from caseassist.intake.read import DECLINED, UNKNOWN


def iso(when: dt.datetime | str | None) -> str:
    if when is None:
        return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if isinstance(when, dt.datetime):
        return when.isoformat(timespec="seconds")
    return str(when)


def plain(value: object) -> object:
    if value in (DECLINED, UNKNOWN):
        return None
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value
