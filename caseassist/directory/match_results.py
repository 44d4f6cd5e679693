"""What matching returns: ranked suggestions with their reasons, and the providers
that cannot take the person, each with why (`as_dict` is the JSON shape of
`practice --json` and `directory search --json`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
    why: str | None = None
    """With no suggestion: `empty` (the directory), `unmapped` (no service has a need),
    `no_service` (none for this need), `excluded` (none can take the person), `closed`."""

    def as_dict(self) -> dict[str, object]:
        return {
            "need": self.need,
            "suggestions": [s.as_dict() for s in self.suggestions],
            "excluded": [e.as_dict() for e in self.excluded],
            "excluded_count": self.excluded_count,
            "message": self.message,
        }
