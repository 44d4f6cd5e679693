"""Stop 42 (knowers): whether the people who exploited her know where she is, on invented
notes in en, es, fr and pt.

- a person named in several words with an "of" inside ("the lady of the house", "chef de
  chantier", "mestre de obras") is one person from that life, not cut at its "of"; the
  lady of a house where a friend or relative of hers puts her up is not;
- "always" between the knowing verb and the place ("sabe siempre dónde está");
- her place said first, then someone not knowing it ("but where I am he does not know"): a
  no; after "knows she left" the two readings leave it open, never a yes; someone else's
  place said first ("where he lives she does not know") is never a no;
- the place she was moved to not known, and a knower carried to a sentence with no
  subject; her place known through a phone only offered.
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
    ("note", "value"),
    [
        (
            "Worked six years as a live-in maid without pay. She walked out on Sunday. "
            "The lady of the house does not know where she is.",
            "no",
        ),
        (
            "Trabajó de interna en un chalet, sin sueldo. Se escapó el domingo. "
            "La señora de la casa no sabe dónde está.",
            "no",
        ),
        (
            "Employée de maison sans salaire pendant trois ans. "
            "La dame de la maison ne sait pas où elle est.",
            "no",
        ),
        (
            "Trabalhava como interna sem salário. A senhora da casa não sabe onde ela está.",
            "no",
        ),
        ("Ouvrier sur un chantier, pas payé. Le chef de chantier sait où il dort.", "yes"),
        ("Trabalhava nas obras sem salário. O mestre de obras sabe onde ele está.", "yes"),
    ],
)
def test_a_name_with_an_of_inside_is_one_person(note: str, value: str) -> None:
    applied, _offered = _read(note)
    assert applied == value


@pytest.mark.parametrize(
    "note",
    [
        "She is staying with a friend's family tonight. The lady of the house knows she is here.",
        "Está en casa de una amiga. La señora de la casa sabe que está aquí.",
        "Elle dort chez une cousine. La dame de la maison sait qu'elle est là.",
        "La directrice du foyer sait où elle est.",
    ],
)
def test_the_lady_of_a_house_that_puts_her_up_is_not_from_that_life(note: str) -> None:
    applied, _offered = _read(note)
    assert applied is None


@pytest.mark.parametrize(
    "note",
    [
        "Vende en la calle para un proxeneta. El proxeneta sabe siempre dónde está.",
        "Trabalhava num bar. O cafetão sabe sempre onde ela está.",
        "Sold flowers for a gang. The gang boss knows always where she is.",
    ],
)
def test_always_between_the_verb_and_her_place(note: str) -> None:
    applied, _offered = _read(note)
    assert applied == "yes"


@pytest.mark.parametrize(
    "note",
    [
        "The boss is furious, but where I am he does not know.",
        "El patrón está furioso, pero dónde estoy él no lo sabe.",
        "O patrão está furioso, mas onde eu estou ele não sabe.",
    ],
)
def test_her_place_said_first_then_not_known(note: str) -> None:
    applied, _offered = _read(note)
    assert applied == "no"


@pytest.mark.parametrize(
    "note",
    [
        "CALLER: The boss knows I left, but where I am he does not know.",
        "CHAMADORA: O patrão sabe que eu fugi, mas onde eu estou ele não sabe.",
        "Cuenta que el patrón sabe que se fue, pero dónde está ella no lo sabe.",
        "APPELANTE : le patron sait que je suis partie, mais où je suis il ne le sait pas.",
    ],
)
def test_knowing_she_left_then_her_place_not_known_is_never_a_yes(note: str) -> None:
    applied, offered = _read(note)
    assert applied != "yes"
    assert offered != "yes"


@pytest.mark.parametrize(
    "note",
    [
        "The boss knows she left, but where he lives she does not know.",
        "O patrão fugiu, mas onde ele está ela não sabe.",
        "El patrón se fue ayer y dónde está no lo sabe.",
        "Mi hermana sabe que me fui, pero dónde estoy no lo sabe.",
        "Her sister knows she left, but where she is she does not know.",
    ],
)
def test_another_place_or_another_knower_said_first_is_no_no(note: str) -> None:
    applied, offered = _read(note)
    assert applied is None
    assert offered != "no"


@pytest.mark.parametrize(
    "note",
    [
        "The pimp knows where she is through her phone.",
        "El proxeneta sabe dónde está por el celular.",
        "Le proxénète sait où elle est par son portable.",
        "Diz que o homem que a controla sabe sempre onde ela está pelo telemóvel.",
    ],
)
def test_knowing_her_place_through_a_phone_is_only_offered(note: str) -> None:
    applied, offered = _read(note)
    assert applied is None
    assert offered == "yes"


@pytest.mark.parametrize(
    "note",
    [
        "The network knows her old address but does not know the new shelter.",
        "Le réseau ne connaît pas le foyer de destination.",
        "O patrão não conhece o abrigo de destino.",
        "La red conoce el domicilio anterior, pero no conoce el recurso de destino.",
    ],
)
def test_the_place_she_was_moved_to_not_known(note: str) -> None:
    applied, _offered = _read(note)
    assert applied == "no"


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ("El patrón conoce el domicilio anterior; no conoce el albergue nuevo.", "no"),
        ("The boss knows her old address. Does not know the new shelter.", "no"),
        ("O patrão conhece a morada antiga. Não sabe onde ela está agora.", "no"),
        ("Le réseau connaît l'ancienne adresse. Ne connaît pas le nouveau foyer.", "no"),
        ("Ella dejó al patrón. No conoce el albergue nuevo.", None),
        ("Su hermana sabe que se fue. No sabe dónde está.", None),
        ("El jefe se quedó con su pasaporte. No sabe dónde está.", None),
    ],
)
def test_a_knower_carried_to_a_sentence_with_no_subject(note: str, value: object) -> None:
    applied, _offered = _read(note)
    assert applied == value
