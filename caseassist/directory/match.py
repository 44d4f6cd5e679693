"""Suggest the providers that can actually take a survivor for one need, with reasons.

Hard exclusions come first and are never mixed into suggestions: a service
that does not serve the need, is not active, does not take the person's age or
gender, cannot take the children they have with them (shelter, housing), or
requires a police report when the survivor does not want law enforcement.
The police-report exclusions are listed apart, marked, so staff can talk it
through; the others are kept with their reason.

Among the rest, ranking follows the intake contract: for an immediate need,
open now before closed; then the survivor's preferred language (then one of
their other languages, then interpretation); then trafficking specialism;
then free of charge; then distance when the shelter's own location is known.

Only the services tagged with the need are examined (the directory's need
index), and opening hours shared by many services are evaluated once.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from caseassist import vocabulary
from caseassist.directory.eligibility import Restriction
from caseassist.directory.languages import language_code, normalize_language
from caseassist.directory.model import Directory, Service, immediate_needs
from caseassist.directory.schedule import is_open, opens_next
from caseassist.directory.taxonomy import is_eligibility_term
from caseassist.i18n import N_, _, format_date, format_number, format_time, join_list, language_name

CHILD_NEEDS = frozenset({"shelter", "housing"})
MAX_EXCLUDED_LISTED = 25
_UNSET = object()
_ANY = object()  # the one phase of a need that is not immediate


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One ranked provider. `address` and `distance_km` are None for a confidential location."""

    service_id: str
    name: str
    organization: str
    reasons: tuple[str, ...]
    caveats: tuple[str, ...] = ()
    opens_next: dt.datetime | None = None
    open_now: bool | None = None
    confidential: bool = False
    address: str | None = None
    distance_km: float | None = None
    contact: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """JSON shape shared by `practice --json` and `directory search --json`."""
        out: dict[str, object] = {
            "service": self.service_id,
            "name": self.name,
            "organization": self.organization,
            "reasons": list(self.reasons),
            "caveats": list(self.caveats),
            "open_now": self.open_now,
            "opens_next": self.opens_next.isoformat() if self.opens_next else None,
            "confidential": self.confidential,
            "contact": list(self.contact),
        }
        if not self.confidential:
            out["address"] = self.address
            out["distance_km"] = self.distance_km
        return out


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A provider for the need that cannot take this person, and why."""

    service_id: str
    name: str
    organization: str
    code: str  # inactive | age | gender | children | police | far
    reason: str
    listed_apart: bool = False  # police-report requirement against the survivor's wish

    def as_dict(self) -> dict[str, object]:
        return {
            "service": self.service_id,
            "name": self.name,
            "organization": self.organization,
            "code": self.code,
            "reason": self.reason,
            "listed_apart": self.listed_apart,
        }


@dataclass(frozen=True, slots=True)
class MatchResult:
    need: str
    suggestions: tuple[Suggestion, ...]
    excluded: tuple[Exclusion, ...] = ()
    excluded_count: int = 0
    message: str | None = None  # plain words when there is nothing to suggest
    considered: int = field(default=0, compare=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "need": self.need,
            "suggestions": [s.as_dict() for s in self.suggestions],
            "excluded": [e.as_dict() for e in self.excluded],
            "excluded_count": self.excluded_count,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class _Person:
    """The facts matching uses, read once per query."""

    age: int | None
    gender: str | None
    children: int | None
    police_no: bool
    police_known: bool
    language: str | None
    other_languages: frozenset[str]

    @classmethod
    def from_facts(cls, facts: Mapping[str, object]) -> _Person:
        def as_int(value: object) -> int | None:
            if isinstance(value, bool) or value is None:
                return None
            try:
                return int(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return None

        lang = facts.get("person.preferred_language")
        others = facts.get("person.other_languages") or ()
        if isinstance(others, str):
            others = [o for o in others.replace(";", ",").split(",") if o.strip()]
        wants_le = facts.get("safety.wants_law_enforcement")
        gender = facts.get("person.gender")
        main = _code(lang) if isinstance(lang, str) and lang.strip() else None
        return cls(
            age=as_int(facts.get("person.age")),
            gender=str(gender).lower() if gender else None,
            children=as_int(facts.get("household.children_with_them")),
            police_no=str(wants_le).lower() == "no",
            police_known=wants_le is not None,
            language=main,
            other_languages=frozenset(_code(str(o)) for o in others if str(o).strip()) - {main},
        )


def _code(text: str) -> str:
    """A fact's language as a code: facts hold codes, staff may type names ("Nepali")."""
    return language_code(text) or normalize_language(text)


RESTRICTION_LABELS: dict[str, str] = {
    "women_only": N_("women only"),
    "men_only": N_("men only"),
    "no_children": N_("adults only, no children"),
    "families_only": N_("families with children"),
}


def _restriction_label(r: Restriction) -> str:
    if r.kind != "age":
        return _(RESTRICTION_LABELS[r.kind])
    if r.high is None:
        return _("only for ages {age} and over").format(age=r.low)
    if r.low is None:
        return _("only for ages up to {age}").format(age=r.high)
    return _("only for ages {low} to {high}").format(low=r.low, high=r.high)


def _restriction_fit(r: Restriction, need: str, p: _Person) -> int:
    """0 the person surely meets it, 1 unknown, 2 the person's known facts say no."""
    if r.kind in ("women_only", "men_only"):
        if p.gender is None:
            return 1
        return 0 if p.gender == ("female" if r.kind == "women_only" else "male") else 2
    if r.kind == "no_children":
        if need not in CHILD_NEEDS:
            return 0
        return 1 if p.children is None else (2 if p.children > 0 else 0)
    if r.kind == "families_only":
        return 1 if p.children is None else (0 if p.children > 0 else 2)
    if p.age is None:
        return 1
    low_ok = r.low is None or p.age >= r.low
    high_ok = r.high is None or p.age <= r.high
    return 0 if low_ok and high_ok else 2


def fit_rank(svc: Service, need: str, p: _Person) -> int:
    """How surely the person fits: 0 surely, 1 a restriction the facts do not settle, 2 likely not.

    A restriction read from text is never certain, and a certain one whose fact is
    unknown is not settled either: neither ranks above a service that surely fits.
    """
    rank = 0
    traits = svc.traits
    if p.gender is None and ("women_only" in traits or "men_only" in traits):
        rank = 1
    if p.age is None and (svc.minimum_age is not None or svc.maximum_age is not None):
        rank = 1
    if need in CHILD_NEEDS and p.children is None and "no_children" in traits:
        rank = 1
    for r in svc.restrictions:
        rank = max(rank, _restriction_fit(r, need, p))
        if rank == 2:
            break
    return rank


def _unique(items: Iterable[tuple[int, Service]]) -> Iterator[tuple[int, Service]]:
    seen: set[str] = set()
    for item in items:
        if item[1].id not in seen:
            seen.add(item[1].id)
            yield item


def _static(svc: Service) -> tuple[bool, bool]:
    return ("trafficking_specialist" not in svc.traits, "free_of_charge" not in svc.traits)


def _exclusion(svc: Service, need: str, p: _Person) -> tuple[str, str, bool] | None:
    if not svc.active:
        return "inactive", _("not active ({status})").format(status=svc.status or "?"), False
    if p.age is not None:
        if svc.minimum_age is not None and p.age < svc.minimum_age:
            return "age", _("only for ages {age} and over").format(age=svc.minimum_age), False
        if svc.maximum_age is not None and p.age > svc.maximum_age:
            return "age", _("only for ages up to {age}").format(age=svc.maximum_age), False
    traits = svc.traits
    if p.gender is not None:
        if "women_only" in traits and p.gender != "female":
            return "gender", _("women only"), False
        if "men_only" in traits and p.gender != "male":
            return "gender", _("men only"), False
    if need in CHILD_NEEDS and p.children and "no_children" in traits:
        return "children", _("cannot take children"), False
    if p.police_no and "requires_police_report" in traits:
        return "police", _("requires a police report or law enforcement involvement"), True
    return None


def _distance_km(directory: Directory, svc: Service, origin: tuple[float, float]) -> float | None:
    best: float | None = None
    lat1, lon1 = map(math.radians, origin)
    for loc_id in svc.location_ids:
        loc = directory.location(loc_id)
        if loc is None or loc.latitude is None or loc.longitude is None:
            continue
        lat2, lon2 = math.radians(loc.latitude), math.radians(loc.longitude)
        a = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        d = 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
        best = d if best is None or d < best else best
    return best


class _Query:
    """One query's state: the person, the clock, and caches shared by every candidate."""

    def __init__(self, directory, need, person, now, origin, radius_km=None) -> None:
        self.directory, self.need, self.person = directory, need, person
        self.now, self.origin, self.radius_km = now, origin, radius_km
        self.immediate = need in immediate_needs()
        self.open_cache: dict[tuple, object] = {}
        self.excluded: dict[str, Exclusion] = {}
        self.excluded_count = 0
        self.examined = 0
        self.police_seen: set[str] = set()  # police-requiring services met on the walk

    def state(self, svc: Service) -> bool | None:
        state = self.open_cache.get(svc.schedules, _UNSET)
        if state is _UNSET:
            state = self.open_cache[svc.schedules] = is_open(svc.schedules, self.now)
        return state  # type: ignore[return-value]

    def lang_rank(self, svc: Service) -> int:
        lang, others = self.person.language, self.person.other_languages
        if lang is None or lang in svc.languages:
            return 0
        if others and not others.isdisjoint(svc.languages):
            return 1
        return 2 if svc.interpretation_services else 3

    def distance(self, svc: Service) -> float | None:
        return _distance_km(self.directory, svc, self.origin) if self.origin else None

    def excludes(self, svc: Service) -> bool:
        if "requires_police_report" in svc.traits:
            self.police_seen.add(svc.id)
        why = _exclusion(svc, self.need, self.person)
        if why is None and self.radius_km is not None and self.origin is not None:
            dist = self.distance(svc)
            if dist is not None and dist > self.radius_km:
                why = (
                    "far",
                    _("{distance} km away, beyond the {radius} km radius").format(
                        distance=format_number(round(dist)), radius=format_number(self.radius_km)
                    ),
                    False,
                )
        if why is None:
            return False
        if svc.id not in self.excluded:
            self.excluded_count += 1
            if len(self.excluded) < MAX_EXCLUDED_LISTED or why[2]:
                self.excluded[svc.id] = Exclusion(
                    svc.id, svc.name, self.directory.organization_name(svc), *why
                )
        return True

    def entry(
        self, pos: int, svc: Service, state: bool | None, lang_rank: int, fit: int = 0
    ) -> tuple:
        open_rank = (0 if state else 2 if state is False else 1) if self.immediate else 0
        dist = self.distance(svc)
        if dist is None and self.origin and not svc.location_ids:
            dist = 0.0  # a hotline or an area service: reachable from anywhere, not pushed down
        key = (
            fit,
            open_rank,
            lang_rank,
            "trafficking_specialist" not in svc.traits,
            "free_of_charge" not in svc.traits,
            dist if dist is not None else math.inf,
            pos,
        )
        return key, svc, state, dist

    def full_scan(self) -> list[tuple]:
        """Every candidate for the need, each excluded or ranked."""
        out = []
        for pos, svc in self.directory.named(self.need):
            self.examined += 1
            if self.excludes(svc):
                continue
            fit = fit_rank(svc, self.need, self.person)
            out.append(self.entry(pos, svc, self.state(svc), self.lang_rank(svc), fit))
        return out

    def tiers(self, only: tuple | None) -> list[tuple[int, Iterable[tuple[int, Service]]]]:
        d, need, p = self.directory, self.need, self.person
        everyone = d.ranked(need, only)
        if p.language is None:
            return [(0, everyone)]
        # the person's other languages, merged lazily in the ranking's static order
        # (specialism, cost, name): each list is already in it
        merged = _unique(
            heapq.merge(
                *(d.ranked_speaking(need, code, only) for code in sorted(p.other_languages)),
                key=lambda it: (*_static(it[1]), it[0]),
            )
        )
        return [
            (0, d.ranked_speaking(need, p.language, only)),
            (1, merged),
            (2, d.ranked_interpreting(need, only)),
            (3, everyone),
        ]

    def phases(self) -> list[tuple[object, tuple | None]]:
        """For an immediate need, open now, then hours not listed, then closed (the ranking's
        first key after fit); each phase narrowed by the index where it can be."""
        if not self.immediate:
            return [(_ANY, None)]
        return [(True, ("open", self.now)), (None, ("unlisted",)), (False, None)]

    def tiered(self, limit: int) -> list[tuple]:
        """Walk the indexes in ranking order and stop once the best `limit` are certain.

        Services that surely fit are collected in ranking order; one that may not
        is kept aside, ranked after them. When fewer than `limit` surely fit, every
        service has been seen, and the answer is still whole.
        """
        out: list[tuple] = []
        deferred: list[tuple] = []  # not surely fitting: ranked after every sure fit
        for phase, only in self.phases():
            for lang_rank, items in self.tiers(only):
                group = None
                for pos, svc in items:
                    static = _static(svc)
                    if len(out) >= limit and (self.origin is None or static != group):
                        return out
                    if self.lang_rank(svc) != lang_rank:
                        continue
                    state = self.state(svc)
                    if phase is not _ANY and state is not phase:
                        continue  # it belongs to another phase (the index is a superset)
                    self.examined += 1
                    if self.excludes(svc):
                        continue
                    fit = fit_rank(svc, self.need, self.person)
                    if fit:
                        deferred.append(self.entry(pos, svc, state, lang_rank, fit))
                        continue
                    group = static
                    out.append(self.entry(pos, svc, state, lang_rank))
                if len(out) >= limit:
                    return out
        return out + deferred

    def police_apart(self) -> None:
        """Services excluded for a police-report requirement are listed apart, whatever the
        walk met: every one in a need scanned whole; here, on a large need, the first
        `MAX_EXCLUDED_LISTED` more by name, and the rest counted."""
        if not self.person.police_no:
            return
        met: set[str] = set()
        listed = 0
        for svc in self.directory.requiring_police(self.need):
            if listed >= MAX_EXCLUDED_LISTED:
                break
            met.add(svc.id)
            if svc.id not in self.excluded and self.excludes(svc):
                found = self.excluded.get(svc.id)
                listed += bool(found and found.listed_apart)
        rest = self.directory.police_count(self.need) - len(met | self.police_seen)
        self.excluded_count += max(0, rest)


FULL_SCAN_UP_TO = 1000
"""Needs with at most this many services are scanned whole, so every exclusion is listed."""


def suggest(
    directory: Directory,
    facts: Mapping[str, object],
    need: str,
    *,
    now: dt.datetime | None = None,
    limit: int = 3,
    origin: tuple[float, float] | None = None,
    radius_km: float | None = None,
) -> MatchResult:
    """Ranked providers for one need; `facts` maps fact id -> value for known facts only.

    With `origin` and `radius_km`, a service located farther away is listed as
    not suggested ("far"); one with no location (a hotline) is never pushed down.
    """
    now = now or dt.datetime.now(dt.UTC).astimezone()
    person = _Person.from_facts(facts)
    size = directory.need_size(need)
    if not size:
        return MatchResult(
            need,
            (),
            message=_("No provider in the directory offers help with {need}.").format(
                need=vocabulary.phrase(need)
            ),
        )
    limit = max(0, limit)
    q = _Query(directory, need, person, now, origin, radius_km)
    if size > FULL_SCAN_UP_TO and limit > 0:
        ranked = q.tiered(limit)
        q.police_apart()
    else:
        ranked = q.full_scan()
    best = heapq.nsmallest(limit, ranked, key=lambda t: t[0])
    suggestions = tuple(
        _suggestion(directory, svc, need, person, state, dist, now) for _k, svc, state, dist in best
    )
    excluded = sorted(
        q.excluded.values(), key=lambda e: (not e.listed_apart, e.name.casefold(), e.service_id)
    )
    message = None
    if not suggestions:
        message = _(
            "Every provider for {need} in the directory is excluded for this person; the reasons are listed apart."
        ).format(need=vocabulary.phrase(need))
    return MatchResult(
        need,
        suggestions,
        tuple(excluded),
        q.excluded_count,
        message,
        considered=q.examined,
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


def _suggestion(
    directory: Directory,
    svc: Service,
    need: str,
    p: _Person,
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
    if dist is not None and not svc.confidential:
        reasons.append(_("{distance} km away").format(distance=format_number(round(dist, 1))))
    # Conditions the person's facts do not settle yet: say them, never hide them.
    if p.gender is None and "women_only" in traits:
        caveats.append(_("women only"))
    if p.gender is None and "men_only" in traits:
        caveats.append(_("men only"))
    if p.age is None and (svc.minimum_age is not None or svc.maximum_age is not None):
        if svc.maximum_age is None:
            caveats.append(_("only for ages {age} and over").format(age=svc.minimum_age))
        elif svc.minimum_age is None:
            caveats.append(_("only for ages up to {age}").format(age=svc.maximum_age))
        else:
            caveats.append(
                _("only for ages {low} to {high}").format(low=svc.minimum_age, high=svc.maximum_age)
            )
    if need in CHILD_NEEDS and p.children is None and "no_children" in traits:
        caveats.append(_("cannot take children"))
    if "requires_police_report" in traits:
        caveats.append(_("requires a police report or law enforcement involvement"))
    for r in svc.restrictions:
        if _restriction_fit(r, need, p) == 0 and r.kind != "age":
            continue
        caveats.append(
            _("{restriction}, check: “{text}”").format(
                restriction=_restriction_label(r), text=_excerpt(r.source)
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


def _excerpt(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def suggest_all(
    directory: Directory,
    facts: Mapping[str, object],
    needs: list[str] | tuple[str, ...],
    *,
    now: dt.datetime | None = None,
    limit: int = 3,
    origin: tuple[float, float] | None = None,
) -> dict[str, MatchResult]:
    """`suggest` for each need, at one and the same moment (what practice mode prints)."""
    now = now or dt.datetime.now(dt.UTC).astimezone()
    return {n: suggest(directory, facts, n, now=now, limit=limit, origin=origin) for n in needs}
