"""A suggestion in words: why a provider fits (open now, speaks her language, takes
her children...) and what staff must still check (a restriction her facts do not
settle, documents asked for, a confidential location)."""

from __future__ import annotations

import datetime as dt

from caseassist.directory.community import communities
from caseassist.directory.fit import CHILD_NEEDS, Person, restriction_fit, restriction_label
from caseassist.directory.match_results import Suggestion
from caseassist.directory.model import Directory, Service, immediate_needs
from caseassist.directory.schedule import opens_next
from caseassist.directory.taxonomy import is_eligibility_term
from caseassist.i18n import (
    _,
    country_name,
    format_date,
    format_number,
    format_time,
    join_list,
    language_name,
)


def _when(at: dt.datetime, now: dt.datetime) -> str:
    """ "opens tomorrow at 10:00", in the directory's time: today and tomorrow are its days too."""
    if at.tzinfo is not None and now.tzinfo is not None:
        now = now.astimezone(at.tzinfo)
    time = format_time(at)
    if at.date() == now.date():
        return _("opens at {time}").format(time=time)
    if at.date() == (now + dt.timedelta(days=1)).date():
        return _("opens tomorrow at {time}").format(time=time)
    return _("opens {day} at {time}").format(day=format_date(at, "EEEE"), time=time)


def suggestion(
    directory: Directory,
    svc: Service,
    need: str,
    p: Person,
    state: bool | None,
    dist: float | None,
    now: dt.datetime,
) -> Suggestion:
    reasons: list[str] = []
    caveats: list[str] = []
    nxt = None
    if state:
        reasons.append(_("open now"))
    elif state is False:
        nxt = opens_next(svc.schedules, now)
        reasons.append(_when(nxt, now) if nxt else _("closed now"))
    elif need in immediate_needs():
        caveats.append(_("opening hours not listed"))
    if p.language:
        if p.language in svc.languages:
            reasons.append(_("speaks {language}").format(language=language_name(p.language)))
        else:
            spoken = [c for c in svc.languages if c in p.other_languages]
            for code in spoken:
                reasons.append(_("speaks {language}").format(language=language_name(code)))
            if svc.interpretation_services:
                reasons.append(_("interpretation available"))
            elif not spoken:
                caveats.append(
                    _("does not list {language}").format(language=language_name(p.language))
                )
    listed = [t.name for t in svc.terms if t.name and not is_eligibility_term(t.taxonomy, t.code)]
    if listed:  # the directory's own words for what the service does
        reasons.append(_("listed under {terms}").format(terms=join_list(listed[:2])))
    traits = svc.traits
    if "trafficking_specialist" in traits:
        reasons.append(_("specializes in supporting trafficking survivors"))
    if "free_of_charge" in traits:
        reasons.append(_("free of charge"))
    if need in CHILD_NEEDS and p.children and not _bars_children(svc, need, p):
        reasons.append(_("takes children: no restriction listed"))
    if p.police_no and "requires_police_report" not in traits:
        reasons.append(_("no police report asked for"))
    if dist is not None and not svc.confidential:
        reasons.append(_("{distance} km away").format(distance=format_number(round(dist, 1))))
    # Conditions the person's facts do not settle yet: say them, never hide them, and say
    # they are to be checked with her (the directory's own term, her fact unknown).
    unsettled: list[str] = []
    if p.gender is None and "women_only" in traits:
        unsettled.append(_("women only"))
    if p.gender is None and "men_only" in traits:
        unsettled.append(_("men only"))
    if p.age is None and (svc.minimum_age is not None or svc.maximum_age is not None):
        if svc.maximum_age is None:
            unsettled.append(_("only for ages {age} and over").format(age=svc.minimum_age))
        elif svc.minimum_age is None:
            unsettled.append(_("only for ages up to {age}").format(age=svc.maximum_age))
        else:
            unsettled.append(
                _("only for ages {low} to {high}").format(low=svc.minimum_age, high=svc.maximum_age)
            )
    if need in CHILD_NEEDS and p.children is None and "no_children" in traits:
        unsettled.append(_("cannot take children"))
    caveats.extend(_("{condition} (to check)").format(condition=c) for c in unsettled)
    if "requires_police_report" in traits:
        caveats.append(_("requires a police report or law enforcement involvement"))
    for r in svc.restrictions:
        if restriction_fit(r, need, p) == 0 and r.kind != "age":
            continue
        caveats.append(
            _("{restriction}, check: “{text}”").format(
                restriction=restriction_label(r), text=_excerpt(r.source)
            )
        )
    for c in communities(svc):
        community = _("for people from {country}").format(country=country_name(c.country))
        if p.community_fit(c) == 0:
            reasons.append(community)
        else:  # never a fit by default: from her facts, or to check with her
            caveats.append(
                _("{restriction}, check: “{text}”").format(
                    restriction=community, text=_excerpt(c.source)
                )
            )
    if svc.required_documents:
        caveats.append(
            _("documents asked for: {documents}").format(
                documents=join_list(svc.required_documents)
            )
        )
    contact = tuple(
        (f"{ph.number} ext. {ph.extension}" if ph.extension else ph.number) for ph in svc.phones
    ) + tuple(x for x in (svc.email, svc.url) if x)
    address = None
    if svc.confidential:
        caveats.append(
            _(
                "confidential location: reach it only through its intake contact, never share the address"
            )
        )
    else:
        for loc in directory.service_locations(svc):
            if loc.addresses:
                address = loc.addresses[0].one_line()
                break
    return Suggestion(
        service_id=svc.id,
        name=svc.name,
        organization=directory.organization_name(svc),
        reasons=tuple(reasons),
        caveats=tuple(caveats),
        opens_next=nxt,
        open_now=state,
        confidential=svc.confidential,
        address=address,
        distance_km=None if svc.confidential or dist is None else round(dist, 2),
        contact=contact,
    )


def _bars_children(svc: Service, need: str, p: Person) -> bool:
    """Whether the directory says anything against her children here (a trait or a
    restriction read from its text): only then is "takes children" left unsaid."""
    if "no_children" in svc.traits:
        return True
    return any(
        r.kind == "no_children" and restriction_fit(r, need, p) != 0 for r in svc.restrictions
    )


def _excerpt(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
