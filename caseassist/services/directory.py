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
from caseassist.directory.hsds import ImportOptions, Progress, stream_directory
from caseassist.directory.languages import language_code
from caseassist.directory.taxonomy import override_rules
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import _, format_number, ngettext

if TYPE_CHECKING:
    from caseassist.directory.build import Imported
    from caseassist.vault import Vault
    from caseassist.vault.directory_store import VersionInfo

GENDERS = ("female", "male", "nonbinary", "self_described")

RULES_FILE = "directory-rules.csv"
"""A vault's own taxonomy and language rules, next to the vault (see docs/directory.md)."""

DEFAULT_RADIUS_KM = 50.0
"""Beyond this distance from the origin a service is listed only when asked for (`--radius`)."""


def import_options(folder: Path | None, *, strict: bool = False) -> ImportOptions:
    """The shipped rules, with the vault's own file read first when there is one."""
    rules_path = folder / RULES_FILE if folder is not None else None
    if rules_path is None or not rules_path.is_file():
        return ImportOptions(strict=strict)
    try:
        rules, languages = override_rules(rules_path)
    except (OSError, UnicodeDecodeError, ValueError):
        raise InvalidInput(
            _("The vault's {file} cannot be read; fix or remove it.").format(file=RULES_FILE)
        ) from None
    return ImportOptions(strict=strict, need_rules=rules, language_names=languages)


def language_filter(text: str | None) -> str | None:
    """`--language`: a code or a name in any case, in English, Spanish or French."""
    if not text or not text.strip():
        return None
    code = language_code(text)
    if code is None:
        raise InvalidInput(
            _("Unknown language {value}; give its name (Nepali) or code (ne).").format(value=text)
        )
    return code


def search_facts(
    *,
    language: str | None = None,
    age: int | None = None,
    gender: str | None = None,
    children: int | None = None,
    no_police: bool = False,
    other_languages: tuple[str, ...] = (),
    country: str | None = None,
) -> dict[str, object]:
    """Turn search filters into the fact values the matcher reads (only the known ones)."""
    facts: dict[str, object] = {}
    if country:
        if len(country.strip()) != 2 or not country.strip().isalpha():
            raise InvalidInput(_("Give the country as its two-letter code (NG, PH)."))
        facts["person.country_of_origin"] = country.strip().upper()
    language = language_filter(language)
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
    radius_km: float | None = DEFAULT_RADIUS_KM,
) -> MatchResult:
    """Ranked providers; by distance from `origin`, or else from the shelter's own location
    (the setting `shelter_location`) when it is set."""
    if origin is None:
        origin = config.load().shelter_location
    return suggest(directory, facts, need, now=now, limit=limit, origin=origin, radius_km=radius_km)


def open_folder(
    path: str | Path,
    progress: Progress | None = None,
    *,
    strict: bool = False,
    options: ImportOptions | None = None,
) -> Directory:
    """A directory read straight from disk, with no vault (staff tools, practice, tests)."""
    p = Path(path)
    if not p.exists():
        raise InvalidInput(_("No directory at the path given."))
    return load_directory(p, progress=progress, strict=strict, options=options)


# -- vault-backed use cases ---------------------------------------------------------------


READ_SHARE = 0.6
"""Of an import's progress bar, the share for reading the files; writing the rest."""


def import_into_vault(
    vault: Vault,
    path: str | Path,
    progress: Progress | None = None,
    *,
    strict: bool = False,
    replace: bool = False,
) -> tuple[Imported, VersionInfo]:
    """Read, check and store as a new version, switched to in one transaction.

    Streamed: what is read waits in the vault's own transaction, not in memory, and
    each service is rebuilt and written one at a time (see docs/directory.md). One that
    would leave far fewer needs covered than the directory in use is undone whole
    (`DirectoryShrinks`) unless `replace`."""
    from caseassist.directory.coverage import needs_covered, needs_imported, shrinks
    from caseassist.directory.errors import DirectoryShrinks
    from caseassist.vault import directory_store

    vault.allow("directory.import")  # before reading a byte of the folder
    p = Path(path)
    if not p.exists():
        raise InvalidInput(_("No directory at the path given."))
    options = import_options(Path(vault.folder), strict=strict)
    before = frozenset() if replace else needs_covered(directory_store.open_active(vault))
    units = [1]

    def check(built) -> None:
        why = shrinks(before, needs_imported(built.report.need_counts))
        if why:
            raise DirectoryShrinks(why)

    def reading(done: int, total: int, table: str) -> None:
        units[0] = max(total, 1)
        if progress:
            progress(int(done * READ_SHARE), units[0], table)

    def written(done: int, total: int) -> None:
        if progress:
            share = READ_SHARE + (1 - READ_SHARE) * done / max(total, 1)
            progress(int(units[0] * share), units[0], "writing")

    def read(spill):
        return stream_directory(p, spill, progress=reading, options=options)

    streamed, info = directory_store.import_version(
        vault, read, source=p.name, written=written, check=check
    )
    if progress:
        progress(units[0], units[0], "done")
    return streamed.imported(info.service_count), info


def active_directory(vault: Vault) -> Directory:
    """The directory in use, for searching: read from the vault's indexes as the matcher asks."""
    from caseassist.vault import directory_store

    directory = directory_store.open_active(vault)
    if directory is None:
        raise CaseAssistError(
            _("No directory has been imported yet; use: caseassist directory import PATH")
        )
    return directory  # type: ignore[return-value]  (a StoredDirectory answers the same)


SUMMARY_TOP = 12
"""How many unmapped terms and unknown language names the summary names."""


def summary_lines(directory: Directory | Imported) -> list[str]:
    """The import's summary: what was read, skipped (why, where first), and left unplaced."""
    r = directory.report
    if r is None:
        return []
    lines = [_("Read as {format}.").format(format=r.format)]
    counts = ", ".join(f"{table} {format_number(n)}" for table, n in r.imported.items())
    lines.append(_("Imported rows: {counts}.").format(counts=counts))
    lines.append(
        ngettext(
            "{mapped} of {total} service maps to a need.",
            "{mapped} of {total} services map to a need.",
            len(directory),
        ).format(mapped=format_number(r.services_with_need), total=format_number(len(directory)))
    )
    if r.skipped:
        lines.append(
            ngettext(
                "Skipped {count} row that cannot be used:",
                "Skipped {count} rows that cannot be used:",
                r.skipped_count,
            ).format(count=format_number(r.skipped_count))
        )
        for (file, reason), (count, first) in r.skipped.items():
            lines.append(
                "  "
                + _("{file}: {reason}: {count} (first: {where})").format(
                    file=file, reason=_(reason), count=format_number(count), where=first
                )
            )
    if r.notes:
        lines.append(_("Kept, read with care:"))
        for (file, reason), (count, first) in r.notes.items():
            lines.append(
                "  "
                + _("{file}: {reason}: {count} (first: {where})").format(
                    file=file, reason=_(reason), count=format_number(count), where=first
                )
            )
    if directory.warnings:
        grouped: dict[tuple[str, str], list] = {}
        for w in directory.warnings:
            grouped.setdefault((w.file, w.message), [0, f"{w.file}, row {w.row}, {w.column}"])[
                0
            ] += 1
        lines.append(_("Values dropped as doubtful:"))
        for (file, message), (count, first) in grouped.items():
            lines.append(
                "  "
                + _("{file}: {reason}: {count} (first: {where})").format(
                    file=file, reason=message, count=format_number(count), where=first
                )
            )
    for title, found in (
        (_("Taxonomy terms not mapped to a need (services):"), r.unmapped_terms),
        (_("Language names not recognised (rows):"), r.unknown_languages),
    ):
        if found:
            top = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:SUMMARY_TOP]
            more = len(found) - len(top)
            text = ", ".join(f"{name} ({format_number(n)})" for name, n in top)
            if more > 0:
                text += " " + _("and {count} more").format(count=format_number(more))
            lines.append(title + " " + text)
    return lines


def write_template(out_file: str | Path, *, force: bool = False) -> Path | None:
    """An empty spreadsheet with the columns a directory import reads; `-` prints it."""
    from caseassist import outfile
    from caseassist.directory.spreadsheet import template_text

    if not outfile.is_stdout(out_file):
        outfile.check_target(out_file, force=force, can_print=True)  # a link: say that first
        if Path(out_file).suffix.lower() != ".csv":
            raise InvalidInput(_("Give the template a name ending in .csv."))
    return outfile.write_private(out_file, template_text(), force=force)


def export_from_vault(vault: Vault, out_dir: str | Path, *, force: bool = False) -> list[Path]:
    """HSDS CSV; a confidential shelter's address is left out unless the reader is an admin."""
    is_admin = str(getattr(vault, "role", "")) == "admin"
    from caseassist.directory.export import write_csv_folder  # export alone needs it
    from caseassist.vault import directory_store

    directory = directory_store.load_active(vault)
    if directory is None:
        raise CaseAssistError(
            _("No directory has been imported yet; use: caseassist directory import PATH")
        )
    return write_csv_folder(directory, Path(out_dir), hide_confidential=not is_admin, force=force)
