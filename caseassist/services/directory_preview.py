"""A directory import, shown before it is applied: services added, changed and removed,
and what the import found wrong, then applied whole or not at all.

An import used to replace the directory in use at once; a file with the wrong
columns or the wrong region then replaced every provider staff refer to before
anyone saw what it held. `preview_import` reads the files (nothing is stored) and
compares them with the active version; `apply_import` stores exactly what was
previewed, as a new version switched to in one transaction (a failure leaves the
directory in use as it was). The preview holds the directory read in memory, so
what is applied is what was shown even if the files change in between.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist.directory import Directory, load_directory
from caseassist.directory.hsds import Progress
from caseassist.errors import InvalidInput
from caseassist.i18n import _

if TYPE_CHECKING:
    from caseassist.directory.model import Service
    from caseassist.vault import Vault
    from caseassist.vault.directory_store import VersionInfo


@dataclass(frozen=True)
class ImportPreview:
    """What an import would change; nothing of it is stored until `apply_import`."""

    source: str
    """The file or folder name, kept with the version."""
    directory: Directory
    added: tuple[str, ...]
    """Names of the services the directory in use does not have (by service id)."""
    changed: tuple[str, ...]
    """Names of services whose details, place or organization differ."""
    removed: tuple[str, ...]
    """Names of services in use that the import does not have."""
    problems: tuple[str, ...]
    """The import's summary: rows skipped and why, values dropped, terms not mapped."""
    shrinks: str | None = None
    """What replacing the directory in use would lose, when it covers no need or far
    fewer (`coverage.shrinks`): applied only when staff confirm it."""

    @property
    def count(self) -> int:
        return len(self.directory)


def preview_import(
    vault: Vault, path: str | Path, progress: Progress | None = None
) -> ImportPreview:
    """Read the directory at `path` and compare it with the active one; stores nothing."""
    from caseassist.services.directory import import_options, summary_lines
    from caseassist.vault import directory_store

    vault.allow("directory.import")  # before reading a byte of the folder
    p = Path(path)
    if not p.exists():
        raise InvalidInput(_("No directory at the path given."))
    new = load_directory(p, progress=progress, options=import_options(Path(vault.folder)))
    old = directory_store.load_active(vault)
    from caseassist.directory.coverage import needs_covered, shrinks

    before = _keyed(old) if old is not None else {}
    after = _keyed(new)
    return ImportPreview(
        source=p.name,
        directory=new,
        added=_names(after[k][0] for k in after.keys() - before.keys()),
        changed=_names(after[k][0] for k in after.keys() & before.keys() if after[k] != before[k]),
        removed=_names(before[k][0] for k in before.keys() - after.keys()),
        problems=tuple(summary_lines(new)),
        shrinks=shrinks(needs_covered(old), needs_covered(new)),
    )


def apply_import(vault: Vault, preview: ImportPreview, *, replace: bool = False) -> VersionInfo:
    """Store the previewed directory as the new active version, in one transaction; one that
    `shrinks` the needs covered only when staff confirmed it (`replace`)."""
    from caseassist.directory.errors import DirectoryShrinks
    from caseassist.vault import directory_store

    vault.allow("directory.import")
    if preview.shrinks and not replace:
        raise DirectoryShrinks(preview.shrinks)
    return directory_store.save_version(vault, preview.directory, source=preview.source)


def _keyed(directory: Directory) -> dict[str, tuple[Service, tuple, object]]:
    """Each service by id, with what a change to it may touch: its places and organization."""
    return {
        s.id: (
            s,
            tuple(directory.locations.get(loc) for loc in s.location_ids),
            directory.organizations.get(s.organization_id),
        )
        for s in directory.services
    }


def _names(services: Iterable[Service]) -> tuple[str, ...]:
    return tuple(sorted((s.name or s.id for s in services), key=str.casefold))
