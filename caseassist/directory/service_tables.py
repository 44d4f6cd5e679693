"""The tables read into services: organizations, services and what hangs on a service
(eligibility, phones, contacts, areas, languages, required documents).
"""

from __future__ import annotations

import re

from caseassist.directory.errors import DirectoryFileError
from caseassist.directory.export_values import NO_ORGANIZATION, web_address
from caseassist.directory.languages import language_codes
from caseassist.directory.model import Contact, Organization, Phone
from caseassist.directory.row_checks import R_DANGLING
from caseassist.i18n import N_, _

N_NO_ORG = N_("services whose organization is missing: kept without it")


class ServiceTables:
    """The part of the builder that reads organizations and the tables of a service."""

    def _organizations(self) -> None:
        fname, rows = self._rows("organization")
        for _n, rid, r in self._ids(fname, rows, "organization"):
            name, description = r.get("name", ""), r.get("description", "")
            if description == NO_ORGANIZATION:
                self.placeholders.add(rid)
                continue  # the stand-in an HSDS 3.0 export writes for a missing organization
            self.orgs[rid] = Organization(
                id=rid,
                name=name,
                alternate_name=r.get("alternate_name", ""),
                description="" if description == name else description,
                email=r.get("email", ""),
                website=web_address(r.get("website", "") or r.get("url", "")),
            )
            self.report.count("organization")
        self.tick("organization")

    def _age(self, fname: str, n: int, row: dict[str, str], col: str) -> int | None:
        raw = (row.get(col) or "").strip()
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if value < 0 or value > 130 or value != int(value):
            self.warn(fname, n, col, _("not a plausible age; ignored"))
            return None
        return int(value)

    def _services(self) -> None:
        fname, rows = self._rows("service")
        for n, rid, r in self._ids(fname, rows, "service"):
            org = (r.get("organization_id") or "").strip()
            if org in self.placeholders:
                org = ""
            if org and org not in self.orgs:
                if self.strict:
                    raise DirectoryFileError(fname, n, "organization_id", _(R_DANGLING))
                self.report.note(fname, N_NO_ORG, f"{fname}, row {n}")
                org = ""
            status = (r.get("status") or "").strip().lower()
            if not status:
                self.warn(fname, n, "status", _("no status; taken as active"))
                status = "active"
            # "a@x.org; b@x.org": the first is the service's, the others become contacts
            emails = [e.strip() for e in re.split(r"[;,\s]+", r.get("email") or "") if e.strip()]
            lo = self._age(fname, n, r, "minimum_age")
            hi = self._age(fname, n, r, "maximum_age")
            if lo is not None and hi is not None and lo > hi:
                self.warn(fname, n, "maximum_age", _("below the minimum age; ages ignored"))
                lo = hi = None
            self._new_service(
                rid,
                {
                    "id": rid,
                    "name": r.get("name", ""),
                    "organization_id": org,
                    "alternate_name": r.get("alternate_name", ""),
                    "description": r.get("description", ""),
                    "url": web_address(r.get("url", "")),
                    "email": emails[0] if emails else "",
                    "status": status,
                    "interpretation_services": (r.get("interpretation_services") or "").strip(),
                    "application_process": r.get("application_process", ""),
                    "fees_description": r.get("fees_description", ""),
                    "eligibility_description": (r.get("eligibility_description") or "").strip(),
                    "minimum_age": lo,
                    "maximum_age": hi,
                },
            )
            for k, e in enumerate(emails[1:], 1):
                self._add(rid, "contacts", Contact(f"{rid}#email-{k}", email=e))
            self.report.count("service")
        self.tick("service")

    def _eligibility(self) -> None:
        """HSDS 1.x `eligibility.csv`: one text per row, joined into the service's description."""
        fname, rows = self._rows("eligibility")
        for n, _rid, r in self._ids(fname, rows, "eligibility", link="service_id"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            text = (r.get("text") or "").strip()
            if not sid or not text:
                continue
            self._add(sid, "eligibility", text)
            self.report.count("eligibility")
        self.tick("eligibility")

    def _phones(self) -> None:
        fname, rows = self._rows("phone")
        for n, rid, r in self._ids(fname, rows, "phone", link="service_id"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            if sid is None:
                continue
            number = (r.get("number") or "").strip().strip('"')
            if sid and number:
                self._add(
                    sid,
                    "phones",
                    Phone(
                        id=rid,
                        number=number,
                        extension=(r.get("extension") or "").strip(),
                        type=r.get("type", ""),
                        description=r.get("description", ""),
                    ),
                )
                self.report.count("phone")
        self.tick("phone")

    def _contacts(self) -> None:
        fname, rows = self._rows("contact")
        for _n, rid, r in self._ids(fname, rows, "contact"):
            sid = (r.get("service_id") or "").strip()
            if sid in ("", "0") or sid not in self.svc:
                continue  # organization contacts are not shown with a service
            self._add(
                sid,
                "contacts",
                Contact(rid, r.get("name", ""), r.get("title", ""), r.get("email", "")),
            )
            self.report.count("contact")
        self.tick("contact")

    def _service_areas(self) -> None:
        fname, rows = self._rows("service_area")
        for _n, _rid, r in self._ids(fname, rows, "service_area", link="service_id"):
            sid = (r.get("service_id") or "").strip()
            name = (r.get("name") or r.get("description") or "").strip()
            if sid in self.svc and name:
                self._add(sid, "service_areas", name)
                self.report.count("service_area")
        self.tick("service_area")

    def _languages(self) -> None:
        fname, rows = self._rows("language")
        for n, _rid, r in self._ids(fname, rows, "language", link="service_id"):
            targets = self._targets(fname, n, r)
            if targets is None:
                continue
            codes: list[str] = []
            unknown: list[str] = []
            for cell in (r.get("code") or "", r.get("name") or ""):
                if cell.strip() and not codes:
                    if cell not in self.language_cells:  # a directory repeats a few dozen
                        self.language_cells[cell] = language_codes(cell, self.opts.language_names)
                    codes, unknown = self.language_cells[cell]
            if not codes:
                for name in unknown or [(r.get("name") or r.get("code") or "").strip()]:
                    if name:
                        self.report.unknown_languages[name] = (
                            self.report.unknown_languages.get(name, 0) + 1
                        )
                if self.strict:
                    raise DirectoryFileError(fname, n, "code", _("not a language code"))
                self.warn(fname, n, "code", _("not a language code; ignored"))
                continue
            for name in unknown:
                self.report.unknown_languages[name] = self.report.unknown_languages.get(name, 0) + 1
            for target in targets:
                for code in codes:
                    self._add(target, "languages", code)
            self.report.count("language")
        self.tick("language")

    def _required_documents(self) -> None:
        fname, rows = self._rows("required_document")
        for n, _rid, r in self._ids(fname, rows, "required_document", link="service_id"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            doc = (r.get("document") or "").strip()
            if sid and doc:
                self._add(sid, "required_documents", doc)
                self.report.count("required_document")
        self.tick("required_document")
