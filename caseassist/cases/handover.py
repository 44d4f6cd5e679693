"""Documents to hand over: a referral summary for the provider and the survivor's copy of their plan.

Both are built as plain sections, then written as text or HTML (printable;
every value escaped). The referral holds only what the survivor's consent
allows (`referrals.summary_parts` decides) plus the provider's own contact, hours
and how to get there, never a confidential shelter's address. The plan is in
the survivor's language where the wording exists, in plain words, with dates
written out in that language.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from caseassist.cases.model import Appointment, Goal
from caseassist.directory.model import Directory, Service
from caseassist.directory.schedule import Schedule, format_hhmm
from caseassist.i18n import N_, format_date, translate_in

FORMATS = ("html", "text")


@dataclass(frozen=True)
class Document:
    title: str
    sections: tuple[tuple[str, tuple[str, ...]], ...] = field(default_factory=tuple)
    footer: str = ""
    lang: str = "en"


# -- the provider's side ------------------------------------------------------------------


def hours_lines(schedules: Sequence[Schedule], locale: str) -> tuple[str, ...]:
    """Opening hours in words: "Monday, Tuesday: 09:00–17:00"."""
    from babel.dates import get_day_names

    days = get_day_names("wide", locale=locale.replace("-", "_"))
    out = []
    for s in schedules:
        which = (
            ", ".join(days[d] for d in s.byday)
            if s.byday
            else translate_in(locale, N_("Every day"))
        )
        span = (
            translate_in(locale, N_("all day"))
            if s.all_day
            else f"{format_hhmm(s.opens)}–{format_hhmm(s.closes)}"
        )
        out.append(f"{which}: {span}" + (f" ({s.description})" if s.description else ""))
    return tuple(out)


def provider_sections(
    directory: Directory, service: Service, locale: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    def t(msg: str) -> str:
        return translate_in(locale, msg)

    contact = [
        f"{p.number}" + (f" ext. {p.extension}" if p.extension else "") for p in service.phones
    ]
    contact += [x for x in (service.email, service.url) if x]
    where: list[str] = []
    if service.confidential:
        where.append(t(N_("The address is confidential: it is given by phone.")))
    else:
        for loc in directory.service_locations(service):
            where += [a.one_line() for a in loc.addresses if a.one_line()]
            if loc.description:
                where.append(loc.description)
    sections = [
        (t(N_("How to contact them")), tuple(contact) or (t(N_("No contact listed.")),)),
        (
            t(N_("Opening hours")),
            hours_lines(service.schedules, locale) or (t(N_("No hours listed.")),),
        ),
        (t(N_("How to get there")), tuple(where) or (t(N_("No address listed.")),)),
    ]
    if service.required_documents:
        sections.append((t(N_("What to bring")), tuple(service.required_documents)))
    return tuple(sections)


def referral_document(
    summary_text: str, directory: Directory | None, service: Service | None, locale: str
) -> Document:
    """The consent-bound summary (from `referrals.summary_parts`) with the provider's details."""
    lines = summary_text.strip().splitlines()
    title = lines[0].lstrip("# ").strip() if lines else ""
    items = tuple(line[2:] for line in lines[1:] if line.startswith("- "))
    rest = [line for line in lines[1:] if line and not line.startswith("- ")]
    sections = [(translate_in(locale, N_("About this referral")), items)]
    if directory is not None and service is not None:
        sections += provider_sections(directory, service, locale)
    return Document(title, tuple(sections), " ".join(rest), locale)


# -- the survivor's side ------------------------------------------------------------------

_OWNER = {
    "survivor": N_("You"),
    "caseworker": N_("Your caseworker"),
    "provider": N_("The service"),
}


def plan_document(
    goals: Sequence[Goal],
    appointments: Sequence[Appointment],
    *,
    locale: str,
    today: dt.date,
    code: str = "",
) -> Document:
    """The survivor's copy of their plan: their goals in their words, who does each step, when."""

    def t(msg: str) -> str:
        return translate_in(locale, msg)

    sections = []
    for g in goals:
        if g.status == "dropped":
            continue
        steps = []
        for st in g.steps:
            who = t(_OWNER.get(st.owner, _OWNER["caseworker"]))
            due = (
                " — " + t(N_("by {date}")).format(date=format_date(st.due, "long", locale))
                if st.due
                else ""
            )
            done = t(N_("done")) + ": " if st.done_at else ""
            steps.append(f"{done}{st.text} ({who}){due}")
        sections.append((g.text, tuple(steps) or (t(N_("Next steps to agree together.")),)))
    upcoming = [a for a in appointments if a.on >= today and a.status == "planned"]
    if upcoming:
        sections.append(
            (
                t(N_("Your appointments")),
                tuple(
                    f"{format_date(a.on, 'full', locale)}"
                    + (f" {a.at_time}" if a.at_time else "")
                    + f": {a.what}"
                    for a in upcoming
                ),
            )
        )
    footer = t(
        N_(
            "This plan is yours. You can change it, stop it or ask about it at any time. "
            "Keep this paper somewhere safe."
        )
    )
    if code:
        footer += " " + t(N_("Your case number: {code}")).format(code=code)
    return Document(t(N_("My plan")), tuple(sections), footer, locale)


# -- writing ------------------------------------------------------------------------------


def as_text(doc: Document) -> str:
    out = [doc.title, "=" * len(doc.title), ""]
    for heading, lines in doc.sections:
        out += [heading, "-" * len(heading)] + [f"  • {line}" for line in lines] + [""]
    if doc.footer:
        out.append(doc.footer)
    return "\n".join(out).rstrip() + "\n"


def as_html(doc: Document) -> str:
    """A printable page: no script, no remote resource, every value escaped."""
    e = html.escape
    body = [f"<h1>{e(doc.title)}</h1>"]
    for heading, lines in doc.sections:
        body.append(f"<h2>{e(heading)}</h2>")
        body.append("<ul>" + "".join(f"<li>{e(line)}</li>" for line in lines) + "</ul>")
    if doc.footer:
        body.append(f"<p class='footer'>{e(doc.footer)}</p>")
    style = (
        "body{font-family:sans-serif;font-size:14pt;max-width:40em;margin:2em auto;}"
        "h2{margin-top:1.2em;}li{margin:.3em 0;}.footer{margin-top:2em;font-style:italic;}"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{e(doc.lang)}"><head><meta charset="utf-8">'
        f"<title>{e(doc.title)}</title><style>{style}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def render(doc: Document, fmt: str) -> str:
    return as_html(doc) if fmt == "html" else as_text(doc)
