"""What the intake tests share: fact ids by short names, and the clear values a text yields."""

from __future__ import annotations

from caseassist.intake.read import extract

PREF = "person.preferred_language"
OTHERS = "person.other_languages"
INTERP = "person.needs_interpreter"
DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"


def clear_values(text: str) -> dict[str, object]:
    """The facts a note states clearly (offered ones left out)."""
    return dict(extract(text).values)
