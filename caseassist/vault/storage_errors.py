"""The file system's and SQLite's failures as the vault's own errors, each one line.

Every part of `Vault` that touches a file or the driver says what went wrong the
same way, so the words live here once.
"""

from __future__ import annotations

import errno

from caseassist.i18n import _
from caseassist.vault import store
from caseassist.vault.errors import Busy, Damaged, WriteFailed

NO_ROOM = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS})
"""Write errors that say where the data goes cannot take it, not that the data is bad."""


def os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return _("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("the folder is read-only")
    return _("the file system refused the write")


def translate(exc: Exception) -> Exception:
    kind = store.error_kind(exc)  # by SQLite's result code, not the message's wording
    if kind == "busy":
        return Busy()
    if kind == "full":
        return WriteFailed(_("the disk is full"))
    if kind == "read_only":
        return WriteFailed(_("the folder is read-only"))
    if kind == "damaged":
        return Damaged(store.DB_NAME)
    if kind == "io":  # a write the file system refused (quota, EFBIG, EIO): not damage
        return WriteFailed(_("the file system refused the write"))
    return WriteFailed(_("the database refused the write"))
