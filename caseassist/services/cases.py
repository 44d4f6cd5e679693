"""Use cases around cases: open one from an intake, fill a demo vault, find returning survivors."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from caseassist.cases import demo
from caseassist.cases.model import FactRecord
from caseassist.errors import CaseAssistError
from caseassist.i18n import _
from caseassist.intake.facts import FACTS
from caseassist.intake.needs import derive_needs
from caseassist.paths import resources_dir
from caseassist.vault import DEMO_PASSPHRASE, KdfParams, Role, Vault

DEMO_ACCOUNTS = (
    ("intake", Role.intake),
    ("caseworker", Role.caseworker),
    ("supervisor", Role.supervisor),
)


def identifying(fact_id: str) -> bool:
    """Whether a fact is sealed under the identity key (any fact the vocabulary does not know is)."""
    fact = FACTS.get(fact_id)
    return True if fact is None else fact.identifying


def derive(facts: Mapping[str, object]) -> list[tuple[str, str]]:
    """Needs the facts imply, through the intake rules."""
    return [(n.category, n.horizon) for n in derive_needs(facts)]


def records(
    values: Mapping[str, object], *, declined=(), source="survivor", by="", at=None
) -> list[FactRecord]:
    at = at or dt.datetime.now(dt.UTC)
    out = [FactRecord(k, "known", v, source, by, at, identifying(k)) for k, v in values.items()]
    out += [FactRecord(k, "declined", None, source, by, at, identifying(k)) for k in declined]
    return out


def existing_demo(folder: Path) -> int | None:
    """How many cases the demo vault in `folder` holds (open and closed); None: no vault.

    Raises when the folder holds a vault that is not a demo (it is never touched).
    """
    folder = Path(folder)
    if not Vault.exists(folder):
        return None
    not_demo = _("{folder} holds a vault that is not a demo; choose another folder.").format(
        folder=folder
    )
    try:
        probe = Vault.unlock(folder, "admin", DEMO_PASSPHRASE)
    except CaseAssistError:
        raise CaseAssistError(not_demo) from None
    try:
        if not probe.is_demo:
            raise CaseAssistError(not_demo)
        from caseassist.vault import case_lists

        return case_lists.count_cases(probe, status=None)
    finally:
        probe.close()


def create_demo(
    folder: Path,
    *,
    cases: int = 40,
    kdf: KdfParams | None = None,
    progress: Callable[[int, int], None] | None = None,
    replace: bool = False,
) -> Vault:
    """A new demo vault: the four demo accounts, the demo directory and `cases` invented people.

    A demo vault already in `folder` is replaced only when `replace` says so (`caseassist
    demo --fresh`): it may hold a paused intake someone means to resume. A vault that is
    not a demo is never replaced.
    """
    from caseassist.services import directory as directory_svc
    from caseassist.vault import demo_seed

    folder = Path(folder)
    if existing_demo(folder) is not None:
        if not replace:
            raise CaseAssistError(
                _(
                    "{folder} already holds a demo vault; `caseassist demo` reopens it, "
                    "`caseassist demo --fresh` replaces it."
                ).format(folder=folder)
            )
        shutil.rmtree(folder)
    kdf = kdf or KdfParams.floor()
    vault, _code = Vault.create(folder, "admin", DEMO_PASSPHRASE, kdf=kdf, demo=True)
    for name, role in DEMO_ACCOUNTS:
        vault.add_account(name, role, DEMO_PASSPHRASE, kdf=kdf)
    directory_svc.import_into_vault(vault, resources_dir() / "directory")
    now = dt.datetime.now(dt.UTC)
    people = demo.people(cases, now=now)
    demo_seed.seed_people(
        vault,
        people,
        [derive(p.facts) for p in people],
        now=now,
        identifying=identifying,
        providers=_providers(vault),
        progress=progress,
    )
    return vault


def _providers(vault: Vault) -> dict[str, list[tuple[str, str]]]:
    """Demo referrals go to real services of the demo directory, by the need they serve."""
    from caseassist.services import directory as directory_svc

    out: dict[str, list[tuple[str, str]]] = {}
    for service in directory_svc.active_directory(vault).services:
        for need in getattr(service, "needs", ()):
            out.setdefault(need, []).append((service.id, service.name))
    return out


def find(vault: Vault, text: str, *, limit: int = 50):
    """Cases matching what staff typed (see `cases.search.parse`); one clear error for bad input."""
    from caseassist.cases import search
    from caseassist.errors import InvalidInput
    from caseassist.vault import case_find
    from caseassist.vault.errors import IdentityLocked

    query = search.parse(text)
    if query.empty:
        raise InvalidInput(_("Type a case code, a need, a caseworker or a name to search for."))
    if (by_code := search.as_code(query)) is not None:
        found = case_find.find_cases(vault, by_code, limit=limit)
        if found:
            return found
    by_start = search.as_code_start(query)
    try:
        found = case_find.find_cases(vault, query, limit=limit)
    except IdentityLocked:
        if by_start is None:
            raise
        found = []  # no name could be searched: the word may still start a code
    if not found and by_start is not None:
        return case_find.find_cases(vault, by_start, limit=limit)
    return found


def discard_intake(vault: Vault, code: str) -> None:
    """Remove a case whose intake was begun by mistake and never finished; an audit line stays."""
    from caseassist.intake.engine import IntakeSession
    from caseassist.vault import case_store

    detail = case_store.get_case(vault, code, action="intake.view")
    state = detail.intake_state
    if not state or IntakeSession.from_dict(state).finished:
        raise CaseAssistError(
            _("Only an unfinished intake can be discarded; close the case instead.")
        )
    case_store.discard_case(vault, code)
