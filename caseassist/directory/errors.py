"""The one error a directory import raises: where the file is wrong, never what it holds."""

from __future__ import annotations

from caseassist.errors import InvalidInput
from caseassist.i18n import _


class DirectoryFileError(InvalidInput):
    """A directory file that cannot be imported; says where and why, never what was in it."""

    def __init__(self, file: str, row: int | None, column: str | None, reason: str) -> None:
        self.file, self.row, self.column, self.reason = file, row, column, reason
        if row is not None and column:
            msg = _("{file}, row {row}, column {column}: {reason}").format(
                file=file, row=row, column=column, reason=reason
            )
        elif row is not None:
            msg = _("{file}, row {row}: {reason}").format(file=file, row=row, reason=reason)
        elif column:
            msg = _("{file}, column {column}: {reason}").format(
                file=file, column=column, reason=reason
            )
        else:
            msg = _("{file}: {reason}").format(file=file, reason=reason)
        super().__init__(_("Directory not imported: {where}").format(where=msg))


class DirectoryShrinks(InvalidInput):
    """An import that would replace the directory in use with one covering no need, or far
    fewer (`coverage.shrinks`); nothing of it is stored."""

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__(
            _("Directory not imported: {why}; the directory in use is unchanged.").format(why=why)
        )


def utf8_text(data: bytes, name: str) -> str:
    """A file's bytes as text: UTF-8, or UTF-16/32 with a byte-order mark (the mark dropped);
    anything else is refused with the line it breaks on and what to do (`csv_text.decode`)."""
    from caseassist.directory.csv_text import decode

    return decode(data, name)
