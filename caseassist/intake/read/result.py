"""What a reading found: clear values, conflicts and possible (hedged) values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from caseassist.intake.facts import InvalidValue, coerce

# ---------------------------------------------------------------- results


class Reading(NamedTuple):
    """One value a reader found for a fact: in which sentence and clause (None: not a
    statement rule's), and whether it was clear or only offered."""

    fact: str
    value: object
    sentence: str | None
    clause: str | None
    clear: bool


@dataclass
class Extraction:
    """What a text states: fact id -> value, for clear statements only."""

    values: dict[str, object] = field(default_factory=dict)
    conflicts: set[str] = field(default_factory=set)
    possible: dict[str, object] = field(default_factory=dict)
    """Hedged statements ("maybe pregnant?"): offered to staff, never applied."""
    where: tuple[str, str] | None = None
    """The sentence and clause the statement rules are reading now (None: another reader)."""
    readings: list[Reading] = field(default_factory=list)
    """Every value put or offered, with its sentence: what a critical fact's clean
    reading is judged on (`read/clean_reading.py`)."""
    past: dict[str, object] = field(default_factory=dict)
    """Past acts ("filed a report in March"): kept only when nothing states the fact now."""
    then: set[str] = field(default_factory=set)
    """Facts offered because their need was told of a time gone by or a night not sure
    ("I was hungry this morning"): never taken as said to the question an answer answers."""

    def put(self, fact_id: str, value: object) -> None:
        try:
            value = coerce(fact_id, value)
        except InvalidValue:
            return
        self.readings.append(Reading(fact_id, value, *(self.where or (None, None)), True))
        if fact_id in self.conflicts:
            return
        if fact_id in self.values and self.values[fact_id] != value:
            del self.values[fact_id]
            self.conflicts.add(fact_id)
            return
        self.values[fact_id] = value

    def maybe(self, fact_id: str, value: object) -> None:
        """A value a hedged statement suggests; two that disagree offer nothing."""
        try:
            value = coerce(fact_id, value)
        except InvalidValue:
            return
        self.readings.append(Reading(fact_id, value, *(self.where or (None, None)), False))
        if self.possible.get(fact_id, value) != value:
            self.possible[fact_id] = None
        else:
            self.possible[fact_id] = value

    def offered(self) -> dict[str, object]:
        """The possible facts worth showing: none a clear statement settled or contradicted."""
        return {
            k: v
            for k, v in self.possible.items()
            if v is not None and k not in self.values and k not in self.conflicts
        }

    def past_act(self, fact_id: str, value: object) -> None:
        """A value a past act shows (`settle_past` keeps it when nothing states the fact
        now: "presentó una denuncia, pero ahora no quiere saber nada de la policía")."""
        self.past[fact_id] = value if self.past.get(fact_id, value) == value else None

    def settle_past(self) -> None:
        """Keep each past act's value the rest of the text left open."""
        for fact_id, value in self.past.items():
            if value is not None:
                self.weak(fact_id, value)

    def weak(self, fact_id: str, value: object) -> None:
        """A value kept only when no clear statement gave one."""
        if fact_id not in self.values and fact_id not in self.conflicts:
            self.put(fact_id, value)
