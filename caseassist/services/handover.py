"""Hand-over documents written to a file the shelter can print (HTML or text).

The file is created with owner-only permissions (0600) directly in the
folder staff chose, through a hidden temporary name in that same folder and
an atomic rename: no copy in clear ever sits in a system temp folder, and a
failed write leaves nothing half-written behind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseassist import outfile
from caseassist.cases import handover
from caseassist.cases import referrals as referral_rules
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import UI_LOCALES, _, get_locale
from caseassist.vault import Vault


def _check_format(fmt: str) -> str:
    if fmt not in handover.FORMATS:
        raise InvalidInput(_("Choose a format: {known}.").format(known=", ".join(handover.FORMATS)))
    return fmt


def referral_summary(
    vault: Vault,
    code: str,
    referral_id: str | None = None,
    *,
    locale: str | None = None,
    fmt="html",
) -> str:
    """The provider's copy: consent-bound facts plus their own contact, hours and directions."""
    from caseassist.services import directory as directory_svc
    from caseassist.vault import case_store, consent_store

    _check_format(fmt)
    detail = case_store.get_case(vault, code, action="handover.referral")
    refs = [r for r in detail.referrals if referral_id in (None, r.id)]
    if not refs:
        raise InvalidInput(_("This case has no such referral; case show --json lists them."))
    ref = refs[-1]
    consent = consent_store.get_consent(vault, ref.consent_id) if ref.consent_id else None
    facts = {f.fact_id: f.value for f in detail.facts if f.state == "known"}
    locale = locale or get_locale()
    try:
        text = referral_rules.summary_parts(
            case_code=detail.summary.code,
            need=ref.category,
            provider=ref.provider,
            consent=consent,
            facts=facts,
            now=dt.datetime.now(dt.UTC),
            locale=locale,
        ).markdown()
    except referral_rules.ConsentMissing:
        from caseassist.services.referrals import ConsentNeeded

        raise ConsentNeeded() from None
    try:
        directory = directory_svc.active_directory(vault)
    except CaseAssistError:
        directory = None
    service = directory.service(ref.service_id) if directory is not None else None
    doc = handover.referral_document(text, directory, service, locale)
    return handover.render(doc, fmt)


def plan_copy(vault: Vault, code: str, *, locale: str | None = None, fmt: str = "html") -> str:
    """The survivor's copy of their plan, in their language when the wording exists."""
    from caseassist.vault import case_store

    _check_format(fmt)
    detail = case_store.get_case(vault, code, action="handover.plan")
    if locale is None:
        spoken = str(detail.summary.language or "").split("-")[0]
        locale = spoken if spoken in UI_LOCALES else get_locale()
    doc = handover.plan_document(
        detail.goals,
        detail.appointments,
        locale=locale,
        today=dt.date.today(),
        code=detail.summary.code,
    )
    return handover.render(doc, fmt)


def write_private(
    path: Path | str, text: str, *, force: bool = False, can_print: bool = True
) -> Path | None:
    """Write `text` to `path` readable by its owner only (0600), atomically; `-` is
    standard output (`can_print`). A link, a device or a folder is refused, and so is an
    existing file unless `force` (see `caseassist.outfile`)."""
    return outfile.write_private(path, text, force=force, can_print=can_print)
