"""Why a case closes: the usual exit reasons, as codes reports can count and staff can read."""

from __future__ import annotations

from caseassist.errors import InvalidInput
from caseassist.i18n import N_, _, gendered

REASONS = {
    "housed": N_("housed"),
    "returned_home": N_("returned home"),
    "referred_elsewhere": N_("referred to another organisation"),
    "lost_contact": N_("we lost contact"),
    "survivor_choice": N_("the survivor chose to end support"),
    "moved_away": N_("moved to another area"),
}


def label(reason: str, gender: object = None) -> str:
    """The reason in words, as said of this person when their gender is known (`gendered`)."""
    return gendered(REASONS[reason], gender) if reason in REASONS else reason


def check_reason(reason: str) -> str:
    """The reason code as given, or one clear line naming the codes there are."""
    code = reason.strip().casefold().replace("-", "_").replace(" ", "_")
    if code not in REASONS:
        raise InvalidInput(
            _("No closing reason is called {reason}; use one of: {known}.").format(
                reason=reason, known=", ".join(REASONS)
            )
        )
    return code
