"""The part of `Workspace` that searches the directory: the active one read once per
unlock, providers suggested for needs and for a whole case, imports.

Mixed into `Workspace`, which holds the vault (`self.vault`), the directory read
(`self._directory`, forgotten at lock and after an import, and read again when the
version in use is no longer `self._directory_version`) and the lock that
guards it (`self._lock`: screens search from worker threads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist import config

if TYPE_CHECKING:
    from caseassist.cases.model import CaseDetail
    from caseassist.directory import Directory, MatchResult
    from caseassist.services.directory_preview import ImportPreview


class DirectoryCalls:
    """The directory as the screens ask for it."""

    def directory(self) -> Directory:
        """The active directory, read again when another session imported a new one (one
        small query per search): a session open for hours must not search a version that
        is no longer in use, or one pruned since (its rows gone, nothing found)."""
        from caseassist.services import directory as directory_svc
        from caseassist.vault import directory_store

        with self._lock:
            cached = self._directory
            if cached is not None:
                check = getattr(cached, "in_use", None)  # a stored version asks its connection
                if check is not None:
                    current = check()
                else:  # read whole (a version stored before rows existed): ask the vault
                    current = (
                        directory_store.active_version_id(self.vault) == self._directory_version
                    )
                if not current:
                    cached = None
            if cached is None:
                self._directory_version = directory_store.active_version_id(self.vault)
                cached = self._directory = directory_svc.active_directory(self.vault)
            return cached

    def suggestions(
        self,
        facts: Mapping[str, object],
        needs: Iterable[str],
        *,
        limit: int = 3,
        now: dt.datetime | None = None,
    ) -> dict[str, MatchResult]:
        """Top providers for each need the directory knows, with their reasons."""
        from caseassist import directory as _matching

        directory = self.directory()
        known = [n for n in needs if directory.need_size(n)]
        origin = config.load().shelter_location
        return _matching.suggest_all(directory, facts, known, limit=limit, now=now, origin=origin)

    def import_directory(
        self, path: Path | str, progress: Callable[[int, int, str], None] | None = None
    ):
        """Import an HSDS folder as the new active directory; returns what the import read
        (its length is the number of services; `directory.summary_lines` says the rest)."""
        from caseassist.services import directory as directory_svc

        imported, _version = directory_svc.import_into_vault(self.vault, path, progress)
        with self._lock:
            self._directory = None
        return imported

    def preview_directory(
        self, path: Path | str, progress: Callable[[int, int, str], None] | None = None
    ) -> ImportPreview:
        """What importing `path` would change (`directory_preview.ImportPreview`); stores
        nothing: `apply_directory` does, whole or not at all."""
        from caseassist.services import directory_preview

        return directory_preview.preview_import(self.vault, path, progress)

    def apply_directory(self, preview: ImportPreview, *, replace: bool = False) -> int:
        """Make the previewed directory the one in use; returns its number of services
        (`replace`: staff confirmed losing the needs `preview.shrinks` names)."""
        from caseassist.services import directory_preview

        directory_preview.apply_import(self.vault, preview, replace=replace)
        with self._lock:
            self._directory = None
        return preview.count

    def search_directory(
        self,
        need: str,
        *,
        language: str | None = None,
        open_now: bool = False,
        limit: int = 20,
        now: dt.datetime | None = None,
    ) -> MatchResult:
        from caseassist import directory as _matching
        from caseassist.services import directory as directory_svc

        facts = directory_svc.search_facts(language=language or None)
        origin = config.load().shelter_location
        result = _matching.suggest(
            self.directory(), facts, need, now=now, limit=limit, origin=origin, for_person=False
        )
        if open_now:
            from caseassist.directory.nothing import none_open

            kept = tuple(s for s in result.suggestions if s.open_now)
            message, why = result.message, result.why
            if not kept and result.suggestions:  # found, but none open: say so
                message, why = none_open(need, len(result.suggestions)), "closed"
            result = _matching.MatchResult(
                result.need, kept, result.excluded, result.excluded_count, message, why=why
            )
        return result

    def case_suggestions(self, detail: CaseDetail) -> dict[str, MatchResult]:
        """Providers for the survivor's open needs (by category) and each child's (by need id)."""
        from caseassist.services import matching as matching_svc

        return matching_svc.for_case(self.directory(), detail)
