"""Who sees a case whole, and why an admin may export one that is not theirs.

A caseworker holds the cases assigned to her; other cases she sees only as far as
the work needs (code, caseworker, status, needs and progress: enough to find a
returning survivor and ask the right colleague), never a name, a fact or a note.
Exporting a whole case that is not one's own is for admins, and only with one of
these reasons, written into the audit log. The reasons are codes, not free text:
the audit log reaches the supervisors' replica, and a typed reason could name her.
"""

from __future__ import annotations

from caseassist.errors import InvalidInput
from caseassist.i18n import N_, _

EXPORT_REASONS = {
    "survivor_request": N_("the survivor asked for her data"),
    "transfer": N_("the case moves to another organisation, with her consent"),
    "legal_duty": N_("a court order or another legal duty"),
    "safeguarding": N_("a safeguarding concern that cannot wait for her caseworker"),
    "cover": N_("covering for her caseworker, who is away"),
}


def check_export_reason(reason: str | None) -> str:
    """The reason code as given, or one clear line naming the codes there are."""
    code = (reason or "").strip().casefold().replace("-", "_").replace(" ", "_")
    if code not in EXPORT_REASONS:
        raise InvalidInput(
            _(
                "This case is not assigned to you: exporting it needs a reason, written to "
                "the audit log. Add --reason with one of: {known}."
            ).format(known=", ".join(EXPORT_REASONS))
        )
    return code
