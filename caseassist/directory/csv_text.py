"""CSV text as a directory import reads it: the encoding a byte-order mark names, and the
shape of each record, so that a file cut off in the middle is refused, not imported in part.

Real exports have rows shorter than their header (`dc-hsds20`'s schedules leave their
trailing empty cells out), each one ended by a line break with more of the file after it;
those are read with the missing cells empty, as before. A copy cut off in the middle ends
without a line break, inside its last record: a last record with no line break after it is
refused when it is short, or when its last cell is a date cut short ("2026-": a cut inside
the last column leaves the right count of fields). A whole last record without a final
line break is kept: spreadsheet tools and many scripts write files that way.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from caseassist.directory.errors import DirectoryFileError
from caseassist.i18n import _, ngettext

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark begins the same
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF = 4096


def encoding_of(head: bytes, name: str) -> str:
    """The codec for a file starting with `head`: the one its byte-order mark names,
    else UTF-8 (a UTF-8 mark dropped). UTF-16 with no mark is refused, saying what to do."""
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec
    if b"\x00" in head[:SNIFF]:
        raise DirectoryFileError(name, 1, None, not_utf8(wide=True))
    return "utf-8-sig"


def not_utf8(*, wide: bool = False) -> str:
    """Why a file cannot be read, and what to do about it."""
    if wide:
        return _(
            "this looks like UTF-16 text without a byte-order mark; save the file as "
            "UTF-8 (in Excel: CSV UTF-8) and import it again"
        )
    return _(
        "not valid UTF-8 text; save the file as UTF-8 (in Excel: CSV UTF-8) and import it again"
    )


def decode(data: bytes, name: str) -> str:
    """A file's bytes as text, in the encoding `encoding_of` finds."""
    codec = encoding_of(data[:SNIFF], name)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1 if codec == "utf-8-sig" else None
        raise DirectoryFileError(name, line, None, not_utf8()) from None


def open_text(path: Path, name: str):
    """`path` opened for `csv.reader`, in the encoding `encoding_of` finds."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF)
        return path.open(encoding=encoding_of(head, name), newline="", errors="strict")
    except OSError:
        raise DirectoryFileError(name, None, None, _("the file is missing")) from None


class Lines:
    """The lines `csv.reader` reads, noting whether the latest one ended with a line break.

    Only a file's last line can lack one, so a record read while `ended` is false is the
    file's last, and the file stops inside it."""

    def __init__(self, source: Iterable[str]) -> None:
        self.source = source
        self.ended = True

    def __iter__(self) -> Iterator[str]:
        for line in self.source:
            self.ended = line.endswith(("\n", "\r"))
            yield line


def cut_off(name: str, row: int) -> DirectoryFileError:
    """The refusal for a file that stops in the middle of a record."""
    return DirectoryFileError(
        name,
        row,
        None,
        _(
            "the file stops in the middle of this row, as if it had been cut off; copy the "
            "whole file again (if it is complete, end it with a line break)"
        ),
    )


def wrong_width(name: str, row: int, found: int, expected: int) -> DirectoryFileError:
    """The refusal for a row whose fields do not line up with the header."""
    return DirectoryFileError(
        name,
        row,
        None,
        ngettext(
            "has {found} field where the header has {expected}",
            "has {found} fields where the header has {expected}",
            found,
        ).format(found=found, expected=expected),
    )


_DATE_PREFIX = re.compile(r"\d{4}(-(\d{1,2}(-\d{0,2}([T ][\d:.+Z-]*)?)?)?)?")
"""An ISO date or date-time, whole or cut short: "2026-", "2026-03-1", "2026-03-11T10:"."""


def looks_cut(header: list[str], record: list[str]) -> bool:
    """Whether a last record with no line break after it is the end of a cut copy."""
    record = trimmed(record, len(header))
    if len(record) < len(header):
        return True
    last = record[len(header) - 1].strip()
    if not last or _DATE_PREFIX.fullmatch(last) is None:
        return False
    try:
        dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
    except ValueError:
        return True  # the shape of a date, not a whole one
    return len(last) < 10


def trimmed(record: list[str], width: int) -> list[str]:
    """`record` without empty cells past the header's last column (a trailing comma)."""
    while len(record) > width and not record[-1].strip():
        record = record[:-1]
    return record
