"""The tables read into locations: locations, their addresses, and which services are where."""

from __future__ import annotations

from caseassist.directory.model import Address
from caseassist.directory.row_checks import R_NO_TARGET
from caseassist.i18n import _


class LocationTables:
    """The part of the builder that reads locations and links services to them."""

    def _coord(self, fname: str, n: int, r: dict[str, str], col: str, limit: float) -> float | None:
        raw = (r.get(col) or "").strip()
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = float("nan")
        if not -limit <= value <= limit:
            self.warn(fname, n, col, _("not a valid coordinate; location kept without it"))
            return None
        return value

    def _locations(self) -> None:
        fname, rows = self._rows("location")
        for n, rid, r in self._ids(fname, rows, "location"):
            lat = self._coord(fname, n, r, "latitude", 90.0)
            lon = self._coord(fname, n, r, "longitude", 180.0)
            if lat is None or lon is None:
                lat = lon = None
            self._new_location(
                rid,
                {
                    "id": rid,
                    "name": r.get("name", ""),
                    "organization_id": (r.get("organization_id") or "").strip(),
                    "location_type": r.get("location_type", ""),
                    "description": r.get("description", ""),
                    "latitude": lat,
                    "longitude": lon,
                },
            )
            self.report.count("location")
        self.tick("location")

    def _addresses(self) -> None:
        fname, rows = self._rows("address")
        for n, rid, r in self._ids(fname, rows, "address"):
            loc = self._ref(fname, n, r, "location_id", self.locs)
            if loc is None:
                continue
            if not loc:
                self.fault(fname, n, "location_id", R_NO_TARGET)
                continue
            self._add_address(
                loc,
                Address(
                    id=rid,
                    address_1=r.get("address_1", ""),
                    address_2=r.get("address_2", ""),
                    city=r.get("city", ""),
                    region=r.get("region", ""),
                    state_province=r.get("state_province", ""),
                    postal_code=r.get("postal_code", ""),
                    country=r.get("country", ""),
                    address_type=r.get("address_type", ""),
                ),
            )
            self.report.count("address")
        self.tick("address")

    def _service_at_location(self) -> None:
        fname, rows = self._rows("service_at_location")
        for n, rid, r in self._ids(fname, rows, "service_at_location"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            loc = self._ref(fname, n, r, "location_id", self.locs) if sid is not None else None
            if sid is None or loc is None:
                continue
            if not sid or not loc:
                self.fault(fname, n, "service_id" if not sid else "location_id", R_NO_TARGET)
                continue
            self.sal[rid] = sid
            self._add(sid, "location_ids", loc)
            self.loc_services.setdefault(loc, []).append(sid)
            self.report.count("service_at_location")
        self.tick("service_at_location")
