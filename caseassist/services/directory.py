"""Directory use cases shared by the CLI and the UI: import, export, search.

Search runs the same matcher as case work, on facts built from a staff
member's filters instead of a case. The directory comes from the vault (its
active version) or, for staff tools and tests, straight from a folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist import config
from caseassist.directory import Directory, MatchResult, load_directory, suggest
from caseassist.directory.export import write_csv_folder
from caseassist.directory.hsds import Progress
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import _

if TYPE_CHECKING:
    from caseassist.vault import Vault

GENDERS = ("female", "male", "nonbinary", "self_described")


def search_facts(
    *,
    language: str | None = None,
    age: int | None = None,
    gender: str | None = None,
    children: int | None = None,
    no_police: bool = False,
    other_languages: tuple[str, ...] = (),
) -> dict[str, object]:
    """Turn search filters into the fact values the matcher reads (only the known ones)."""
    facts: dict[str, object] = {}
    if language:
        facts["person.preferred_language"] = language
    if other_languages:
        facts["person.other_languages"] = list(other_languages)
    if age is not None:
        if age < 0 or age > 130:
            raise InvalidInput(_("The age must be between 0 and 130."))
        facts["person.age"] = age
    if gender:
        if gender not in GENDERS:
            raise InvalidInput(
                _("Unknown gender {value}; use one of: {choices}.").format(
                    value=gender, choices=", ".join(GENDERS)
                )
            )
        facts["person.gender"] = gender
    if children is not None:
        if children < 0:
            raise InvalidInput(_("The number of children cannot be negative."))
        facts["household.children_with_them"] = children
    if no_police:
        facts["safety.wants_law_enforcement"] = "no"
    return facts


def parse_when(text: str | None) -> dt.datetime | None:
    """`--at` as ISO 8601; a time without offset is read in this computer's zone."""
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            _("Cannot read the time {value}; use ISO 8601, e.g. 2026-03-14T21:40-05:00.").format(
                value=text
            )
        ) from None
    return when if when.tzinfo else when.astimezone()


def parse_origin(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    try:
        lat, lon = (float(x) for x in text.split(","))
    except ValueError:
        raise InvalidInput(_("Give the origin as LATITUDE,LONGITUDE.")) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidInput(_("Give the origin as LATITUDE,LONGITUDE."))
    return lat, lon


def search(
    directory: Directory,
    need: str,
    facts: Mapping[str, object],
    *,
    now: dt.datetime | None = None,
    limit: int = 3,
    origin: tuple[float, float] | None = None,
) -> MatchResult:
    """Ranked providers; by distance from `origin`, or else from the shelter's own location
    (the setting `shelter_location`) when it is set."""
    if origin is None:
        origin = config.load().settings.shelter_location
    return suggest(directory, facts, need, now=now, limit=limit, origin=origin)


def open_folder(path: str | Path, progress: Progress | None = None) -> Directory:
    """A directory read straight from disk, with no vault (staff tools, practice, tests)."""
    p = Path(path)
    if not p.exists():
        raise InvalidInput(_("No directory at the path given."))
    return load_directory(p, progress=progress)


# -- vault-backed use cases ---------------------------------------------------------------


def import_into_vault(vault: Vault, path: str | Path, progress: Progress | None = None):
    """Parse fully first, then store as a new version and switch to it in one transaction."""
    from caseassist.vault import directory_store

    directory = open_folder(path, progress)
    return directory, directory_store.save_version(vault, directory, source=Path(path).name)


def active_directory(vault: Vault) -> Directory:
    from caseassist.vault import directory_store

    directory = directory_store.load_active(vault)
    if directory is None:
        raise CaseAssistError(
            _("No directory has been imported yet; use: caseassist directory import PATH")
        )
    return directory


def export_from_vault(vault: Vault, out_dir: str | Path) -> list[Path]:
    """HSDS CSV; a confidential shelter's address is left out unless the reader is an admin."""
    is_admin = str(getattr(vault, "role", "")) == "admin"
    return write_csv_folder(active_directory(vault), Path(out_dir), hide_confidential=not is_admin)
