"""Turn read tables into a `Directory`: check references, map terms to needs, read eligibility.

Tables are read in dependency order. In tolerant mode (the default) a row that
cannot be used is skipped and counted under its reason, with the first place
it happened, in the directory's `ImportReport`; a service whose organization is
missing is kept without it. In strict mode the first such fault refuses the
import. A doubtful value (latitude 100, an unknown weekday) is dropped with a
warning in both modes.

The builder is its state, the order of the tables and the freezing; each of its
other parts is a module named for what it reads or keeps, mixed in here:
`row_checks`, `service_tables`, `location_tables`, `schedule_rows`,
`taxonomy_tables` and `gathering`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from caseassist.directory import schedule as sch
from caseassist.directory.eligibility import read_restrictions
from caseassist.directory.gathering import Gathering, Spill
from caseassist.directory.hsds import ImportOptions, Progress, Source
from caseassist.directory.location_tables import LocationTables
from caseassist.directory.model import (
    Directory,
    DirectoryWarning,
    ImportReport,
    Location,
    Organization,
    Service,
    Term,
)
from caseassist.directory.row_checks import RowChecks, original_ids
from caseassist.directory.schedule_rows import ScheduleRows
from caseassist.directory.service_tables import ServiceTables
from caseassist.directory.taxonomy import shipped_rules
from caseassist.directory.taxonomy_tables import TaxonomyTables


def build(source: Source, opts: ImportOptions, *, progress: Progress | None = None) -> Directory:
    return _Builder(source, opts, progress).build()


def build_spilled(
    source: Source, opts: ImportOptions, spill: Spill, *, progress: Progress | None = None
) -> _Builder:
    """Read every table, keeping services and locations in `spill` rather than in memory;
    then `services()` and `locations()` give them back whole, one at a time."""
    builder = _Builder(source, opts, progress, spill)
    builder.read()
    return builder


class _Builder(RowChecks, ServiceTables, LocationTables, ScheduleRows, TaxonomyTables, Gathering):
    """Reads tables in dependency order, checks references, then freezes everything."""

    def __init__(
        self,
        source: Source,
        opts: ImportOptions,
        progress: Progress | None,
        spill: Spill | None = None,
    ) -> None:
        self.spill = spill
        self._said = 0  # warnings, faults and notes so far: a parse that said nothing may be reused
        self._schedule_memo: dict[tuple, list[sch.Schedule] | None] = {}
        self._schedule_refs: dict[sch.Schedule, int] = {}  # spilled: each set of hours once
        self._schedule_list: list[sch.Schedule] = []
        self._base_keys: dict[int, tuple[str, ...]] = {}
        self.tables = original_ids(source.tables)
        self.source = source.name
        self.opts = opts
        self.strict = opts.strict
        self.rules = (
            opts.need_rules.merged_over(shipped_rules()) if opts.need_rules else shipped_rules()
        )
        self.progress = progress
        self.sizes = source.sizes
        self.total = sum(source.sizes.values()) or 1
        self.done = 0
        self.report = ImportReport(format=source.format)
        self.warnings: list[DirectoryWarning] = []
        self.orgs: dict[str, Organization] = {}
        self.svc: dict[str, dict] = {}
        self.locs: dict[str, dict] = {}
        self.sal: dict[str, str] = {}  # service_at_location id -> its service
        self.loc_services: dict[str, list[str]] = {}
        self.terms: dict[str, Term] = {}
        self.parents: dict[str, list[str]] = {}  # term -> every parent listed (2.0 lists several)
        self.taxonomies: dict[str, str] = {}
        self.placeholders: set[str] = set()
        self.language_cells: dict[
            str, tuple[list[str], list[str]]
        ] = {}  # exported stand-ins for missing organizations

    def build(self) -> Directory:
        self.read()
        return self._freeze()

    def read(self) -> None:
        self._organizations()
        self._services()
        self._eligibility()
        self._locations()
        self._addresses()
        self._service_at_location()
        self._phones()
        self._contacts()
        self._service_areas()
        self._languages()
        self._schedules()
        self._required_documents()
        self._taxonomies()
        self._attributes()

    def _service(self, base: dict, fields: Mapping[str, list]) -> Service:
        """One service, whole: needs from its terms, restrictions read from its words."""
        needs = set(fields["needs"]) or set(fields["term_needs"])  # the project's own tags win
        traits = frozenset(fields["traits"])
        description = "; ".join(
            x for x in (base["eligibility_description"], *fields["eligibility"]) if x
        )
        restrictions = []
        for text in [description, *fields["elig_terms"]]:
            for rest in read_restrictions(text):
                if rest.kind in traits:
                    continue  # already certain, from the project's own attribute
                if rest not in restrictions:
                    restrictions.append(rest)
        svc = Service(
            **{**base, "eligibility_description": description},
            needs=frozenset(needs),
            traits=traits,
            languages=tuple(dict.fromkeys(fields["languages"])),
            required_documents=tuple(fields["required_documents"]),
            schedules=tuple(fields["schedules"]),
            location_ids=tuple(dict.fromkeys(fields["location_ids"])),
            phones=tuple(fields["phones"]),
            terms=tuple(fields["terms"]),
            restrictions=tuple(restrictions),
            contacts=tuple(fields["contacts"]),
            service_areas=tuple(fields["service_areas"]),
        )
        if svc.needs:
            self.report.services_with_need += 1
        for need in svc.needs:
            self.report.need_counts[need] = self.report.need_counts.get(need, 0) + 1
        return svc

    def _freeze(self) -> Directory:
        # Each working dict is dropped as its frozen object is made: the import's peak
        # memory is one copy of the directory, not two.
        locations = {}
        for k in list(self.locs):
            v = self.locs.pop(k)
            locations[k] = Location(**v["base"], addresses=tuple(v["addresses"]))
        services = []
        for k in list(self.svc):
            v = self.svc.pop(k)
            services.append(self._service(v.pop("base"), v))
        return Directory(
            services=tuple(services),
            organizations=self.orgs,
            locations=locations,
            warnings=tuple(self.warnings),
            source=self.source,
            report=self.report,
        )

    @property
    def service_count(self) -> int:
        return len(self.svc)

    def imported(self, count: int) -> Imported:
        return Imported(count, self.report, tuple(self.warnings), self.source)


@dataclass(frozen=True)
class Imported:
    """What an import into the vault tells at its end: how many services, and its report."""

    count: int
    report: ImportReport
    warnings: tuple[DirectoryWarning, ...]
    source: str = ""

    def __len__(self) -> int:
        return self.count
