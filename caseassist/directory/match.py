"""Suggest the providers that can actually take a survivor for one need, with reasons.

Hard exclusions come first and are never mixed into suggestions: a service
that does not serve the need, is not active, does not take the person's age or
gender, cannot take the children they have with them (shelter, housing), or
requires a police report when the survivor does not want law enforcement.
The police-report exclusions are listed apart, marked, so staff can talk it
through; the others are kept with their reason.

Among the rest, a service that surely takes her ranks first, then one giving the kind
of care her situation calls for (an injury: an emergency department or a clinic before a
counselling collective; `care.py`). Then ranking follows the intake contract (section 5): for an immediate
need, open now before closed; then speaking the survivor's preferred language; then
trafficking specialism; then free of charge; then distance when the shelter's own
location is known. Among services that do not speak it, one of their other languages,
then interpretation, only break the ties the contract's keys leave: a free clinic is
not put below an emergency department for a telephone interpreter neither has her
language by.

Only the services tagged with the need are examined (the directory's need
index), and opening hours shared by many services are evaluated once. Who a
service can take is `fit.py`; a suggestion's reasons in words, `reasons.py`.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable, Iterator, Mapping

from caseassist.directory.care import care_rank, situation
from caseassist.directory.fit import Person, exclusion, fit_rank
from caseassist.directory.match_results import Exclusion, MatchResult
from caseassist.directory.model import Directory, Service, immediate_needs
from caseassist.directory.nothing import all_excluded, no_service
from caseassist.directory.reasons import suggestion
from caseassist.directory.schedule import is_open
from caseassist.i18n import _, format_number

MAX_EXCLUDED_LISTED = 25
_UNSET = object()
_ANY = object()  # the one phase of a need that is not immediate


def _unique(items: Iterable[tuple[int, Service]]) -> Iterator[tuple[int, Service]]:
    seen: set[str] = set()
    for item in items:
        if item[1].id not in seen:
            seen.add(item[1].id)
            yield item


def _static(svc: Service) -> tuple[bool, bool]:
    return ("trafficking_specialist" not in svc.traits, "free_of_charge" not in svc.traits)


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

    def __init__(self, directory, need, person, now, origin, radius_km=None, where=None) -> None:
        self.directory, self.need, self.person = directory, need, person
        self.where = where  # the person's situation for the need's kinds of care (`care.py`)
        self.care_cache: dict[str, int] = {}
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

    def care(self, svc: Service) -> int:
        """How well the service's kind of care fits her situation (0 best), once per service."""
        rank = self.care_cache.get(svc.id)
        if rank is None:
            rank = self.care_cache[svc.id] = care_rank(svc, self.need, self.where)
        return rank

    def distance(self, svc: Service) -> float | None:
        return _distance_km(self.directory, svc, self.origin) if self.origin else None

    def excludes(self, svc: Service) -> bool:
        if "requires_police_report" in svc.traits:
            self.police_seen.add(svc.id)
        why = exclusion(svc, self.need, self.person)
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
            self.care(svc),  # the kind of care her situation calls for (an injury: a clinic)
            open_rank,
            lang_rank > 0,  # her preferred language spoken, or not
            "trafficking_specialist" not in svc.traits,
            "free_of_charge" not in svc.traits,
            dist if dist is not None else math.inf,
            lang_rank,  # then another of her languages, then interpretation
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
        """The walk's tiers: the services speaking her preferred language, then the rest in
        the ranking's order when no distance counts (`_not_speaking`)."""
        d, need, p = self.directory, self.need, self.person
        everyone = d.ranked(need, only)
        if p.language is None:
            return [(0, everyone)]
        return [(0, d.ranked_speaking(need, p.language, only)), (1, self._not_speaking(only))]

    def _not_speaking(self, only: tuple | None) -> Iterator[tuple[int, Service]]:
        """The services not speaking her preferred language, in the ranking's static order
        (specialism, cost) and within each static group: one of her other languages, then
        interpretation, then the rest, each by name. Each index list is already in static
        order, so each is read once, a static group at a time."""
        d, need, p = self.directory, self.need, self.person
        # the person's other languages, merged lazily in the static order (specialism,
        # cost, name): each list is already in it
        merged = _unique(
            heapq.merge(
                *(d.ranked_speaking(need, code, only) for code in sorted(p.other_languages)),
                key=lambda it: (*_static(it[1]), it[0]),
            )
        )
        lists = [
            (1, iter(merged)),
            (2, iter(d.ranked_interpreting(need, only))),
            (3, iter(d.ranked(need, only))),
        ]
        heads: list[tuple[int, Service] | None] = [next(it, None) for _r, it in lists]
        for group in ((False, False), (False, True), (True, False), (True, True)):
            for k, (rank, it) in enumerate(lists):
                while (item := heads[k]) is not None and _static(item[1]) <= group:
                    heads[k] = next(it, None)
                    if _static(item[1]) == group and self.lang_rank(item[1]) == rank:
                        yield item

    def phases(self) -> list[tuple[object, tuple | None]]:
        """For an immediate need, open now, then hours not listed, then closed (the ranking's
        first key after fit); each phase narrowed by the index where it can be."""
        if not self.immediate:
            return [(_ANY, None)]
        return [(True, ("open", self.now)), (None, ("unlisted",)), (False, None)]

    def tiered(self, limit: int) -> list[tuple]:
        """Walk the indexes in ranking order and stop once the best `limit` are certain.

        Services that surely fit, and give the kind of care her situation calls for,
        are collected in ranking order; any other is kept aside, ranked after them. When fewer than `limit` surely fit, every
        service has been seen, and the answer is still whole.
        """
        out: list[tuple] = []
        deferred: list[tuple] = []  # not surely fitting: ranked after every sure fit
        for phase, only in self.phases():
            for tier, items in self.tiers(only):
                group = None
                for pos, svc in items:
                    static = _static(svc)
                    if len(out) >= limit and (self.origin is None or static != group):
                        return out
                    lang_rank = self.lang_rank(svc)
                    if (lang_rank > 0) != (tier > 0):
                        continue
                    state = self.state(svc)
                    if phase is not _ANY and state is not phase:
                        continue  # it belongs to another phase (the index is a superset)
                    self.examined += 1
                    if self.excludes(svc):
                        continue
                    fit = fit_rank(svc, self.need, self.person)
                    if fit or self.care(svc):
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
    for_person: bool | None = None,
) -> MatchResult:
    """Ranked providers for one need; `facts` maps fact id -> value for known facts only.

    With `origin` and `radius_km`, a service located farther away is listed as
    not suggested ("far"); one with no location (a hotline) is never pushed down.
    `for_person`: whether "nothing found" may speak of "this person" (default: when
    `facts` says anything about someone).
    """
    now = now or dt.datetime.now(dt.UTC).astimezone()
    person = Person.from_facts(facts)
    size = directory.need_size(need)
    if not size:
        why, message = no_service(directory, need)
        return MatchResult(need, (), message=message, why=why)
    limit = max(0, limit)
    q = _Query(directory, need, person, now, origin, radius_km, situation(need, facts))
    if size > FULL_SCAN_UP_TO and limit > 0:
        ranked = q.tiered(limit)
        q.police_apart()
    else:
        ranked = q.full_scan()
    best = heapq.nsmallest(limit, ranked, key=lambda t: t[0])
    suggestions = tuple(
        suggestion(directory, svc, need, person, state, dist, now) for _k, svc, state, dist in best
    )
    excluded = sorted(
        q.excluded.values(), key=lambda e: (not e.listed_apart, e.name.casefold(), e.service_id)
    )
    message = why = None
    if not suggestions and limit:
        person_words = bool(facts) if for_person is None else for_person
        why, message = all_excluded(
            directory, need, excluded, q.excluded_count, person=person_words
        )
    return MatchResult(
        need,
        suggestions,
        tuple(excluded),
        q.excluded_count,
        message,
        considered=q.examined,
        why=why,
    )


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
