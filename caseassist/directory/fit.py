"""Who a service can take: the person's facts as matching reads them, the hard
exclusions (age, gender, children, a police report she refused) and how surely
she meets a restriction the facts do not settle (one read from words, a service
for one community: `community.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from caseassist.directory.community import Community, communities
from caseassist.directory.eligibility import Restriction
from caseassist.directory.languages import language_code, normalize_language
from caseassist.directory.model import Service
from caseassist.i18n import N_, _

CHILD_NEEDS = frozenset({"shelter", "housing"})


@dataclass(frozen=True, slots=True)
class Person:
    """The facts matching uses, read once per query."""

    age: int | None
    gender: str | None
    children: int | None
    police_no: bool
    police_known: bool
    police_yes: bool
    language: str | None
    other_languages: frozenset[str]
    country: str | None = None  # of origin, ISO 3166-1 alpha-2

    def community_fit(self, community: Community) -> int:
        """0 she is from the country a service is for, 1 unknown, 2 she is from another."""
        if self.country is None:
            return 1
        return 0 if self.country == community.country else 2

    @classmethod
    def from_facts(cls, facts: Mapping[str, object]) -> Person:
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
        main = fact_language(lang) if isinstance(lang, str) and lang.strip() else None
        country = facts.get("person.country_of_origin")
        return cls(
            age=as_int(facts.get("person.age")),
            gender=str(gender).lower() if gender else None,
            children=as_int(facts.get("household.children_with_them")),
            police_no=str(wants_le).lower() == "no",
            police_known=wants_le is not None,
            police_yes=str(wants_le).lower() == "yes",
            language=main,
            other_languages=frozenset(fact_language(str(o)) for o in others if str(o).strip())
            - {main},
            country=str(country).strip().upper() or None if country else None,
        )


def fact_language(text: str) -> str:
    """A fact's language as a code: facts hold codes, staff may type names ("Nepali")."""
    return language_code(text) or normalize_language(text)


RESTRICTION_LABELS: dict[str, str] = {
    "women_only": N_("women only"),
    "men_only": N_("men only"),
    "no_children": N_("adults only, no children"),
    "families_only": N_("families with children"),
}


def restriction_label(r: Restriction) -> str:
    if r.kind != "age":
        return _(RESTRICTION_LABELS[r.kind])
    if r.high is None:
        return _("only for ages {age} and over").format(age=r.low)
    if r.low is None:
        return _("only for ages up to {age}").format(age=r.high)
    return _("only for ages {low} to {high}").format(low=r.low, high=r.high)


def restriction_fit(r: Restriction, need: str, p: Person) -> int:
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


def fit_rank(svc: Service, need: str, p: Person) -> int:
    """How surely the person fits: 0 surely, 1 a restriction the facts do not settle, 2 likely not.

    A restriction read from text is never certain, and a certain one whose fact is
    unknown is not settled either: neither ranks above a service that surely fits. A
    police report required is settled only by her wish for the police (a "no" excludes
    the service, in `exclusion`; unknown or undecided, it ranks after the sure fits).
    """
    rank = 0
    traits = svc.traits
    if p.gender is None and ("women_only" in traits or "men_only" in traits):
        rank = 1
    if p.age is None and (svc.minimum_age is not None or svc.maximum_age is not None):
        rank = 1
    if need in CHILD_NEEDS and p.children is None and "no_children" in traits:
        rank = 1
    if not p.police_yes and "requires_police_report" in traits:
        rank = 1  # her wish unknown or undecided: a service needing the police never leads
    for r in svc.restrictions:
        rank = max(rank, restriction_fit(r, need, p))
        if rank == 2:
            return rank
    for c in communities(svc):  # "Kapwa Filipino Workers Desk": for one community
        rank = max(rank, p.community_fit(c))
    return rank


def exclusion(svc: Service, need: str, p: Person) -> tuple[str, str, bool] | None:
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
