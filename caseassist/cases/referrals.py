"""Referral lifecycle and the referral summary a provider receives.

The summary holds only what a live consent allows; without consent it carries
the need and the languages only when the consent covers them, and otherwise
nothing about the survivor at all. A summary is refused once the consent behind
it is revoked or expired.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from caseassist.cases.consent import Consent
from caseassist.i18n import N_, join_list, language_name, translate_in
from caseassist.vocabulary import vocabulary

STATUSES = ("proposed", "sent", "accepted", "declined", "done", "withdrawn")
TRANSITIONS = {
    "proposed": ("sent", "withdrawn"),
    "sent": ("accepted", "declined", "withdrawn"),
    "accepted": ("done", "withdrawn"),
    "declined": (),
    "done": (),
    "withdrawn": (),
}
STATUS_LABELS = {
    "proposed": N_("proposed"),
    "sent": N_("sent"),
    "accepted": N_("accepted"),
    "declined": N_("declined by provider"),
    "done": N_("done"),
    "withdrawn": N_("withdrawn"),
}


L_REFERRAL = N_("Referral")
L_CASE = N_("Case")
L_NEED = N_("Need")
L_NAME = N_("Name")
L_AGE = N_("Approximate age")
L_LANGUAGES = N_("Languages")
L_CHILDREN = N_("Children with them")
L_CONTACT = N_("Safe way to reach them")
L_HEALTH = N_("Health details")
L_CONTACT_WORKER = N_("Contact the referring worker through")


class ConsentMissing(Exception):
    """No live consent covers this summary."""


def check_transition(old: str, new: str) -> None:
    if new not in TRANSITIONS.get(old, ()):
        raise ValueError(f"{old}->{new}")


def summary(
    *,
    case_code: str,
    need: str,
    provider: str,
    consent: Consent | None,
    facts: Mapping[str, object],
    now: dt.datetime,
    locale: str = "en",
    contact_for_intake: str = "",
) -> str:
    """Markdown text for the provider, in `locale`; raises ConsentMissing without a live consent."""
    if consent is None or not consent.is_live(now):
        raise ConsentMissing()

    def t(msg: str) -> str:
        return translate_in(locale, msg)

    lines = [f"# {t(L_REFERRAL)}: {provider}", "", f"- {t(L_CASE)}: {case_code}"]
    lines.append(f"- {t(L_NEED)}: {_in(locale, need)}")
    if consent.allows("name", now) and facts.get("person.name"):
        lines.append(f"- {t(L_NAME)}: {facts['person.name']}")
    if consent.allows("age", now) and isinstance(facts.get("person.age"), int):
        lines.append(f"- {t(L_AGE)}: {facts['person.age']}")
    if consent.allows("language", now) and facts.get("person.preferred_language"):
        langs = [str(facts["person.preferred_language"])] + [
            str(x) for x in (facts.get("person.other_languages") or [])
        ]
        names = [language_name(code, locale) for code in langs]
        lines.append(f"- {t(L_LANGUAGES)}: {join_list(names, locale)}")
    if consent.allows("household", now) and isinstance(
        facts.get("household.children_with_them"), int
    ):
        lines.append(f"- {t(L_CHILDREN)}: {facts['household.children_with_them']}")
    if consent.allows("contact", now) and facts.get("person.safe_contact"):
        lines.append(f"- {t(L_CONTACT)}: {facts['person.safe_contact']}")
    if consent.allows("medical", now) and facts.get("medical.injuries"):
        lines.append(f"- {t(L_HEALTH)}: {facts['medical.injuries']}")
    if contact_for_intake:
        lines += ["", f"{t(L_CONTACT_WORKER)}: {contact_for_intake}"]
    lines += ["", t(N_("Shared with the survivor's consent for this referral only."))]
    return "\n".join(lines) + "\n"


def _in(locale: str, category: str) -> str:
    found = vocabulary().categories.get(category)
    return translate_in(locale, found.label) if found else category
