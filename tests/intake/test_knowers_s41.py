"""Stop 41 (knowers): whether the people who exploited her know where she is, on invented
notes in en, es, fr and pt.

- a negation of only some of the time ("does not always know where she is", "no siempre
  sabe", "nem sempre sabe") is no denial: the unsure value is offered, never a no applied;
  "still not" ("ne sait toujours pas") stays a negation;
- knowing she left, then "but (he) does not know where she is": the second side answers
  the offer of the first, and the no is applied; a new subject after "but", or a hedge
  in the first side, keeps both open.
"""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession

KNOWS = "safety.trafficker_knows_location"


def _read(note: str) -> tuple[object, object]:
    """The applied value and the offered value of the fact for `note`."""
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral(note)
    applied = s.facts[KNOWS].value if KNOWS in s.facts else None
    return applied, s.possible.get(KNOWS)


@pytest.mark.parametrize(
    "note",
    [
        "She cleaned for a couple for three years. The wife does not always know where she is.",
        "Trabajó en un taller clandestino. El encargado no siempre sabe dónde está.",
        "Trabalhou numa quinta sem salário. O patrão nem sempre sabe onde ela está.",
        "Forced to sell flowers on the metro. The gang boss doesn't always know where he is.",
    ],
)
def test_a_negation_of_only_some_of_the_time_is_no_denial(note: str) -> None:
    applied, offered = _read(note)
    assert applied is None
    assert offered in (None, "unsure")


def test_still_not_knowing_stays_a_no() -> None:
    assert _read("Worked in a kitchen for a gang. The boss still does not know where she is.") == (
        "no",
        None,
    )


@pytest.mark.parametrize(
    "note",
    [
        "The pimp knows she ran away, but he doesn't know where she is staying.",
        "El proxeneta sabe que se fue, pero no sabe dónde vive ahora.",
        "Le proxénète sait qu'elle est partie, mais il ne sait pas où elle est.",
        "O aliciador sabe que ela fugiu, mas não sabe onde ela está agora.",
        "Los tratantes saben que huyó, pero todavía no saben dónde vive.",
    ],
)
def test_knowing_she_left_but_not_where_is_a_no(note: str) -> None:
    assert _read(note)[0] == "no"


@pytest.mark.parametrize(
    "note",
    [
        "They know she left, but the boss does not know where she is.",
        "Her uncle sends her out to sell. He knows where she is, but he does not know the shelter.",
    ],
)
def test_another_subject_or_referent_after_but_is_never_a_no_applied(note: str) -> None:
    assert _read(note)[0] is None
