"""The provider directory as plain frozen objects, with the indexes matching needs.

Only what caseassist uses from HSDS 3.0 is kept; unknown tables and columns
are dropped at import. A `Directory` builds its need index once, so a query
looks only at the services that serve the need asked about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from caseassist import vocabulary
from caseassist.directory.eligibility import Restriction
from caseassist.directory.schedule import Schedule


def needs() -> tuple[str, ...]:
    """The intake contract's eight need categories (the need vocabulary's `contract` ones)."""
    return vocabulary.vocabulary().contract()


def service_needs() -> tuple[str, ...]:
    """What a directory search can ask for, the terms of taxonomy `caseassist-needs`:
    the need vocabulary's `in_directory` categories."""
    return vocabulary.vocabulary().in_directory()


def immediate_needs() -> frozenset[str]:
    """Needs whose matching ranks open-now providers first: the contract's immediate ones."""
    vocab = vocabulary.vocabulary()
    return vocab.immediate() & frozenset(vocab.contract())


def __getattr__(name: str) -> object:
    """`NEEDS`, `SERVICE_NEEDS`, `IMMEDIATE_NEEDS`: read from the need vocabulary when asked."""
    if name == "NEEDS":
        return needs()
    if name == "SERVICE_NEEDS":
        return service_needs()
    if name == "IMMEDIATE_NEEDS":
        return immediate_needs()
    raise AttributeError(name)


TRAITS: tuple[str, ...] = (
    "women_only",
    "men_only",
    "no_children",
    "requires_police_report",
    "trafficking_specialist",
    "free_of_charge",
    "confidential_location",
)
"""Terms of taxonomy `caseassist-eligibility` (the only HSDS extension caseassist reads)."""

NEEDS_TAXONOMY = "caseassist-needs"
TRAITS_TAXONOMY = "caseassist-eligibility"


@dataclass(frozen=True, slots=True)
class DirectoryWarning:
    """A doubtful value that was dropped rather than trusted (e.g. a latitude of 100)."""

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, {self.column}: {self.message}"


@dataclass
class ImportReport:
    """What an import read, skipped and could not place: the summary staff see at the end."""

    format: str = ""  # e.g. "HSDS 2.0 CSV"
    imported: dict[str, int] = field(default_factory=dict)  # table -> rows used
    skipped: dict[tuple[str, str], list] = field(default_factory=dict)
    """(file, reason) -> [count, first place]: rows not used."""
    notes: dict[tuple[str, str], list] = field(default_factory=dict)
    """(file, reason) -> [count, first place]: rows kept, but read with care."""
    unmapped_terms: dict[str, int] = field(default_factory=dict)  # term name -> services
    unknown_languages: dict[str, int] = field(default_factory=dict)  # name -> rows
    services_with_need: int = 0
    need_counts: dict[str, int] = field(default_factory=dict)  # need -> services mapped to it

    def count(self, table: str) -> None:
        self.imported[table] = self.imported.get(table, 0) + 1

    def skip(self, file: str, reason: str, where: str) -> None:
        entry = self.skipped.setdefault((file, reason), [0, where])
        entry[0] += 1

    def note(self, file: str, reason: str, where: str) -> None:
        entry = self.notes.setdefault((file, reason), [0, where])
        entry[0] += 1

    @property
    def skipped_count(self) -> int:
        return sum(c for c, _w in self.skipped.values())


@dataclass(frozen=True, slots=True)
class Term:
    """A source taxonomy term kept on a service (AIRS code, Open Eligibility name, ...)."""

    id: str
    name: str = ""
    code: str = ""
    taxonomy: str = ""
    description: str = ""
    parent_id: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: str = ""
    title: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    alternate_name: str = ""
    description: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Address:
    address_1: str = ""
    address_2: str = ""
    city: str = ""
    region: str = ""
    state_province: str = ""
    postal_code: str = ""
    country: str = ""
    address_type: str = ""
    id: str = ""

    def one_line(self) -> str:
        parts = [self.address_1, self.address_2, self.city, self.state_province, self.postal_code]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Location:
    id: str
    name: str = ""
    organization_id: str = ""
    location_type: str = ""
    description: str = ""
    latitude: float | None = None
    longitude: float | None = None
    addresses: tuple[Address, ...] = ()


@dataclass(frozen=True, slots=True)
class Phone:
    number: str
    extension: str = ""
    type: str = ""
    description: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Service:
    """One service as caseassist matches it."""

    id: str
    name: str
    organization_id: str = ""
    alternate_name: str = ""
    description: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    interpretation_services: str = ""
    application_process: str = ""
    fees_description: str = ""
    eligibility_description: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    needs: frozenset[str] = frozenset()
    traits: frozenset[str] = frozenset()
    languages: tuple[str, ...] = ()  # normalized primary language codes, e.g. "ne", "es"
    required_documents: tuple[str, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    location_ids: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    terms: tuple[Term, ...] = ()  # the source's own taxonomy terms, kept for export
    restrictions: tuple[Restriction, ...] = ()  # read from eligibility text: never certain
    contacts: tuple[Contact, ...] = ()
    service_areas: tuple[str, ...] = ()  # names of the areas served (a city, a county)

    @property
    def confidential(self) -> bool:
        """A shelter whose address and coordinates must never be shown or shared."""
        return "confidential_location" in self.traits

    @property
    def active(self) -> bool:
        return self.status.strip().lower() == "active"


@dataclass(frozen=True)
class Directory:
    """An imported directory: services, their organizations and locations, and warnings."""

    services: tuple[Service, ...]
    organizations: Mapping[str, Organization] = field(default_factory=dict)
    locations: Mapping[str, Location] = field(default_factory=dict)
    warnings: tuple[DirectoryWarning, ...] = ()
    source: str = field(default="", compare=False)
    report: ImportReport | None = field(default=None, compare=False, repr=False)
    by_id: Mapping[str, Service] = field(init=False, repr=False, compare=False)
    by_need: Mapping[str, tuple[Service, ...]] = field(init=False, repr=False, compare=False)
    """Need -> the services tagged with it, in name order: the index every query starts from."""
    ranked_by_need: Mapping[str, tuple[tuple[int, Service], ...]] = field(
        init=False, repr=False, compare=False
    )
    by_need_language: Mapping[tuple[str, str], tuple[tuple[int, Service], ...]] = field(
        init=False, repr=False, compare=False
    )
    interpreting_by_need: Mapping[str, tuple[tuple[int, Service], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "organizations", MappingProxyType(dict(self.organizations)))
        object.__setattr__(self, "locations", MappingProxyType(dict(self.locations)))
        object.__setattr__(self, "by_id", MappingProxyType({s.id: s for s in self.services}))
        index: dict[str, list[Service]] = {}
        for svc in self.services:
            for need in svc.needs:
                index.setdefault(need, []).append(svc)
        by_need: dict[str, tuple[Service, ...]] = {}
        ranked: dict[str, tuple[tuple[int, Service], ...]] = {}
        by_lang: dict[tuple[str, str], tuple[tuple[int, Service], ...]] = {}
        interp: dict[str, tuple[tuple[int, Service], ...]] = {}
        for need, found in index.items():
            # Name order is the last tie-break, so results are repeatable byte for byte.
            named = tuple(sorted(found, key=lambda s: (s.name.casefold(), s.id)))
            by_need[need] = named
            # The same services in the ranking's own static order (specialism, then cost,
            # then name), so a query can stop as soon as it has enough.
            order = sorted(
                enumerate(named),
                key=lambda p: (
                    "trafficking_specialist" not in p[1].traits,
                    "free_of_charge" not in p[1].traits,
                    p[0],
                ),
            )
            ranked[need] = tuple(order)
            langs: dict[str, list[tuple[int, Service]]] = {}
            for pos, svc in order:
                for code in svc.languages:
                    langs.setdefault(code, []).append((pos, svc))
            for code, lst in langs.items():
                by_lang[(need, code)] = tuple(lst)
            interp[need] = tuple(p for p in order if p[1].interpretation_services)
        object.__setattr__(self, "by_need", MappingProxyType(by_need))
        object.__setattr__(self, "ranked_by_need", MappingProxyType(ranked))
        object.__setattr__(self, "by_need_language", MappingProxyType(by_lang))
        object.__setattr__(self, "interpreting_by_need", MappingProxyType(interp))

    def __len__(self) -> int:
        return len(self.services)

    def service(self, service_id: str) -> Service | None:
        return self.by_id.get(service_id)

    def organization_name(self, svc: Service) -> str:
        org = self.organizations.get(svc.organization_id)
        return org.name if org else ""

    def service_locations(self, svc: Service) -> tuple[Location, ...]:
        return tuple(self.locations[i] for i in svc.location_ids if i in self.locations)

    # What the matcher reads. The vault's directory answers the same from indexed
    # tables (`caseassist.vault.stored_directory.StoredDirectory`), row by row.

    def need_size(self, need: str) -> int:
        return len(self.by_need.get(need, ()))

    def named(self, need: str) -> Iterable[tuple[int, Service]]:
        """(name-order position, service) for every service of the need, in name order."""
        return enumerate(self.by_need.get(need, ()))

    def ranked(self, need: str, only: tuple | None = None) -> Iterable[tuple[int, Service]]:
        """The same, in the ranking's static order (specialism, cost, name).

        `only` may narrow the walk to a phase (("open", now): may be open then;
        ("unlisted",): no hours listed); a superset is fine, the matcher checks
        each service. In memory every service is returned.
        """
        return self.ranked_by_need.get(need, ())

    def ranked_speaking(
        self, need: str, code: str, only: tuple | None = None
    ) -> Iterable[tuple[int, Service]]:
        return self.by_need_language.get((need, code), ())

    def ranked_interpreting(
        self, need: str, only: tuple | None = None
    ) -> Iterable[tuple[int, Service]]:
        return self.interpreting_by_need.get(need, ())

    def requiring_police(self, need: str) -> Iterable[Service]:
        return (s for s in self.by_need.get(need, ()) if "requires_police_report" in s.traits)

    def police_count(self, need: str) -> int:
        return sum(1 for _s in self.requiring_police(need))

    def location(self, location_id: str) -> Location | None:
        return self.locations.get(location_id)
