"""Referral lifecycle and the referral summary a provider receives.

The summary holds only what a live consent allows; without consent it carries
the need and the languages only when the consent covers them, and otherwise
nothing about the survivor at all. A summary is refused once the consent behind
it is revoked or expired.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from caseassist.cases.consent import Consent
from caseassist.i18n import N_, join_list, language_name, translate_in
from caseassist.intake.facts import FACTS
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

# What "health details" lets through: the facts that say what care she needs now, and her
# injuries (the consent category "medical")
HEALTH_FLAGS = ("household.pregnant", "medical.urgent_need", "medical.needs_medication")
HEALTH_TEXT = "medical.injuries"


class ConsentMissing(Exception):
    """No live consent covers this summary."""


def check_transition(old: str, new: str) -> None:
    if new not in TRANSITIONS.get(old, ()):
        raise ValueError(f"{old}->{new}")


@dataclass(frozen=True)
class Summary:
    """A referral summary's parts, in one language: written as markdown for the provider
    (`markdown`), or as plain text for a screen that shows text, not markdown source."""

    title: str
    rows: tuple[tuple[str, str], ...]
    """(label, value) lines: the case, the need, and what the consent lets through."""
    contact: str = ""
    """How the provider reaches the referring worker (a line of its own), if given."""
    closing: str = ""

    def markdown(self) -> str:
        lines = [f"# {self.title}", "", *(f"- {label}: {value}" for label, value in self.rows)]
        if self.contact:
            lines += ["", self.contact]
        lines += ["", self.closing]
        return "\n".join(lines) + "\n"

    def text(self) -> str:
        lines = [self.title, "", *(f"{label}: {value}" for label, value in self.rows)]
        for line in (self.contact, self.closing):
            if line:
                lines += ["", line]
        return "\n".join(lines)


def summary_parts(
    *,
    case_code: str,
    need: str,
    provider: str,
    consent: Consent | None,
    facts: Mapping[str, object],
    now: dt.datetime,
    locale: str = "en",
    contact_for_intake: str = "",
) -> Summary:
    """What the provider may read, in `locale`; raises ConsentMissing without a live consent."""
    if consent is None or not consent.is_live(now):
        raise ConsentMissing()

    def t(msg: str) -> str:
        return translate_in(locale, msg)

    rows = [(t(L_CASE), case_code), (t(L_NEED), _in(locale, need))]
    if consent.allows("name", now) and facts.get("person.name"):
        rows.append((t(L_NAME), str(facts["person.name"])))
    if consent.allows("age", now) and isinstance(facts.get("person.age"), int):
        rows.append((t(L_AGE), str(facts["person.age"])))
    if consent.allows("language", now) and facts.get("person.preferred_language"):
        langs = [str(facts["person.preferred_language"])] + [
            str(x) for x in (facts.get("person.other_languages") or [])
        ]
        names = [language_name(code, locale) for code in langs]
        rows.append((t(L_LANGUAGES), join_list(names, locale)))
    if consent.allows("household", now) and isinstance(
        facts.get("household.children_with_them"), int
    ):
        rows.append((t(L_CHILDREN), str(facts["household.children_with_them"])))
    if consent.allows("contact", now) and facts.get("person.safe_contact"):
        rows.append((t(L_CONTACT), str(facts["person.safe_contact"])))
    if consent.allows("medical", now) and (health := _health(facts, locale)):
        rows.append((t(L_HEALTH), health))
    return Summary(
        title=f"{t(L_REFERRAL)}: {provider}",
        rows=tuple(rows),
        contact=f"{t(L_CONTACT_WORKER)}: {contact_for_intake}" if contact_for_intake else "",
        closing=t(N_("Shared with the survivor's consent for this referral only.")),
    )


def _health(facts: Mapping[str, object], locale: str) -> str:
    """The health details a provider needs, each by its fact's label in `locale`: the
    conditions that hold (pregnant, urgent care, medication), then her injuries in her words.
    A "no" or an unknown is left out: the provider is told what to prepare for."""
    parts = [FACTS[f].label_in(locale) for f in HEALTH_FLAGS if facts.get(f) is True]
    if facts.get(HEALTH_TEXT):
        parts.append(f"{FACTS[HEALTH_TEXT].label_in(locale)}: {facts[HEALTH_TEXT]}")
    return "; ".join(parts)


def _in(locale: str, category: str) -> str:
    found = vocabulary().categories.get(category)
    return translate_in(locale, found.label) if found else category
