"""The fact vocabulary of an intake, loaded from `resources/intake/facts.toml`.

A fact is one thing known about a survivor. It is *settled* once it is known,
declined (the survivor chose not to say) or unknown (asked, and they did not
know): a settled fact is never asked again in the same intake. Values are
checked and normalised here, in one place, so the engine, the practice mode and
the extraction all agree on what a valid value is.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache

from caseassist.paths import resources_dir

TYPES = frozenset({"bool", "int", "text", "enum", "lang", "langs", "country"})
STAGES: tuple[str, ...] = ("first_contact", "follow_up")


class State(StrEnum):
    KNOWN = "known"
    DECLINED = "declined"
    UNKNOWN = "unknown"


class Source(StrEnum):
    REFERRAL = "referral"
    SURVIVOR = "survivor"
    STAFF_OBSERVATION = "staff_observation"


@dataclass(frozen=True, slots=True)
class FactDef:
    """One fact of the vocabulary: its type, whether it identifies, its stage."""

    id: str
    type: str
    identifying: bool
    stage: str
    options: tuple[str, ...] = ()
    label: Mapping[str, str] = field(default_factory=dict)
    minimum: int | None = None
    maximum: int | None = None
    contract: bool = True  # False: beyond the intake contract, never labelled in the corpus

    def label_in(self, locale: str) -> str:
        return self.label.get(locale) or self.label.get("en") or self.id


@dataclass(frozen=True, slots=True)
class Fact:
    """A settled fact with its provenance (who recorded it, when, from what source)."""

    id: str
    state: State
    value: object = None
    source: Source = Source.SURVIVOR
    recorded_by: str = ""
    recorded_at: str = ""  # ISO 8601; a string so the session stays plain JSON
    note: str = ""  # the survivor's own words when they settled nothing clear

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "state": str(self.state),
            "value": self.value,
            "source": str(self.source),
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> Fact:
        value = d.get("value")
        if isinstance(value, list):
            value = list(value)
        return cls(
            id=str(d["id"]),
            state=State(str(d["state"])),
            value=value,
            source=Source(str(d.get("source", "survivor"))),
            recorded_by=str(d.get("recorded_by", "")),
            recorded_at=str(d.get("recorded_at", "")),
            note=str(d.get("note", "")),
        )

    @property
    def who(self) -> str:
        """Who recorded it (provenance)."""
        return self.recorded_by

    @property
    def when(self) -> str:
        """When it was recorded, ISO 8601 (provenance)."""
        return self.recorded_at

    def with_value(self, value: object) -> Fact:
        return replace(self, value=value)


class InvalidValue(ValueError):
    """A value that does not fit its fact's type (the message names no value)."""


@cache
def load_facts() -> dict[str, FactDef]:
    with (resources_dir() / "intake" / "facts.toml").open("rb") as fh:
        data = tomllib.load(fh)
    facts: dict[str, FactDef] = {}
    for row in data["fact"]:
        if row["type"] not in TYPES or row["stage"] not in STAGES:
            raise ValueError(f"facts.toml: bad type or stage for {row['id']}")
        facts[row["id"]] = FactDef(
            id=row["id"],
            type=row["type"],
            identifying=bool(row.get("identifying", False)),
            stage=row["stage"],
            options=tuple(row.get("options", ())),
            label=dict(row.get("label", {})),
            minimum=row.get("min"),
            maximum=row.get("max"),
            contract=bool(row.get("contract", True)),
        )
    return facts


FACTS: dict[str, FactDef] = load_facts()
"""Every fact id -> its definition (read once from resources/intake/facts.toml)."""

_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def normalize_lang(code: str) -> str:
    """`pt_br` / `PT-BR` -> `pt-BR`; raises InvalidValue when it is not a BCP 47 shape."""
    parts = code.strip().replace("_", "-").split("-")
    if not parts or not parts[0]:
        raise InvalidValue("empty language code")
    out = [parts[0].lower()]
    for p in parts[1:]:
        out.append(p.upper() if len(p) == 2 else (p.title() if len(p) == 4 else p))
    result = "-".join(out)
    if not _LANG_RE.match(result):
        raise InvalidValue("not a language code")
    from caseassist.intake.lexicon import known_language_codes
    from caseassist.language_codes import iso639_names

    if out[0] not in known_language_codes() and out[0] not in iso639_names():
        raise InvalidValue("unknown language code")
    return result


def coerce(fact_id: str, value: object) -> object:
    """Check a typed value against its fact's type; return it normalised.

    Raises InvalidValue (never naming the value, which may be identifying).
    """
    fd = FACTS[fact_id]
    t = fd.type
    if t == "bool":
        if isinstance(value, bool):
            return value
        raise InvalidValue("expected true or false")
    if t == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue("expected a whole number")
        lo = fd.minimum if fd.minimum is not None else 0
        hi = fd.maximum if fd.maximum is not None else 10_000
        if not lo <= value <= hi:
            raise InvalidValue(f"expected a number from {lo} to {hi}")
        return value
    if t == "text":
        if isinstance(value, str) and value.strip():
            return value.strip()
        raise InvalidValue("expected some text")
    if t == "enum":
        if isinstance(value, str) and value in fd.options:
            return value
        raise InvalidValue("expected one of " + ", ".join(fd.options))
    if t == "lang":
        if isinstance(value, str):
            return normalize_lang(value)
        raise InvalidValue("expected a language code")
    if t == "langs":
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            seen: list[str] = []
            for v in value:
                code = normalize_lang(v)
                if code not in seen:
                    seen.append(code)
            return seen
        raise InvalidValue("expected a list of language codes")
    if t == "country":
        if isinstance(value, str) and _COUNTRY_RE.match(value.strip().upper()):
            code = value.strip().upper()
            from caseassist.intake.lexicon import known_country_codes

            if code in known_country_codes():
                return code
        raise InvalidValue("expected a two-letter country code")
    raise InvalidValue("unknown type")  # pragma: no cover - TYPES is closed
