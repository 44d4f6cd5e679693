"""Files a user names on the command line or in the app, written as a careful tool does.

Every command that writes a file the user chose (a hand-over, a template, an
export, a backup) goes through here so that they all follow one rule:

- `-` means standard output, never a file named `-`;
- a name that exists and is not an ordinary file (a link, a FIFO, a device, a
  folder) is refused: writing "into" `/dev/stdout` as root replaced the
  system's link, and a link could point anywhere;
- an existing ordinary file is kept unless the user said `--force`;
- the data is written to a 0600 temporary file in the same folder (created
  0600, so it never holds data under another mode), synced, then put in place
  with one rename, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path

from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import _

STDOUT = "-"


class FileExists(InvalidInput):
    """The named file is already there and `--force` was not given."""


def is_stdout(name: str | Path | None) -> bool:
    """True for `-`, the usual name for standard output."""
    return name is not None and str(name) == STDOUT


def check_target(name: str | Path, *, force: bool = False, can_print: bool = False) -> Path:
    """The path to write, or a one-line refusal saying why not and what to do
    (`can_print`: the command takes `-` for standard output, so the refusal says so)."""
    target = Path(name).expanduser()
    try:
        st = target.lstat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InvalidInput(
            _("Cannot write {path}: {reason}.").format(path=target, reason=exc.strerror)
        ) from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            why = _("{path} is a link; give the name of an ordinary file.")
        elif stat.S_ISDIR(st.st_mode):
            why = _("{path} is a folder; give a file name.")
        elif not stat.S_ISREG(st.st_mode):
            why = _("{path} is not an ordinary file (a device or a pipe); give a file name.")
        else:
            why = ""
        if why:
            why = why.format(path=target)
            if can_print:
                why += " " + _("To print it instead, give - as the name.")
            raise InvalidInput(why)
        if not force:
            raise FileExists(
                _(
                    "{path} already exists; choose another name, or add --force to replace it."
                ).format(path=target)
            )
    folder = target.parent
    if not folder.is_dir():
        raise InvalidInput(_("The folder {folder} does not exist.").format(folder=folder))
    return target


def write_private(
    name: str | Path, data: str | bytes, *, force: bool = False, can_print: bool = True
) -> Path | None:
    """Write `data` to `name` readable by its owner only (0600), atomically.

    `-` writes to standard output and returns None (`can_print`: the caller allows it)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if is_stdout(name) and can_print:
        sys.stdout.flush()
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return None
    target = check_target(name, force=force, can_print=can_print)
    fd, tmp = tempfile.mkstemp(prefix=".caseassist-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:  # mkstemp made it 0600 before any byte
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        place(Path(tmp), target, force=force)
    except FileExistsError:
        raise FileExists(
            _("{path} already exists; choose another name, or add --force to replace it.").format(
                path=target
            )
        ) from None
    except OSError as exc:
        raise CaseAssistError(
            _("Could not write {path}: {reason}.").format(path=target, reason=exc.strerror)
        ) from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def place(tmp: Path, target: Path, *, force: bool) -> None:
    """Put a finished `tmp` at `target`: a rename with `force`, otherwise a link that
    fails if something appeared at `target` since it was checked (no clobbering)."""
    if force:
        if target.is_symlink() or (target.exists() and not target.is_file()):
            check_target(target, force=True)  # changed since it was checked: say why
        os.replace(tmp, target)
    else:
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: check, then rename
            if os.path.lexists(target):
                raise FileExistsError(target) from None
            os.replace(tmp, target)
    with contextlib.suppress(OSError):
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
