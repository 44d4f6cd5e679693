"""Stop 32 (safety32b): a police wish told as a noun, who knows where she is taken up by a
pronoun, a bed tonight beside a place told without a time, a verb of lacking, "pp"."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession


def _read(text: str) -> tuple[dict[str, object], dict[str, object]]:
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral(text)
    return {k: f.value for k, f in s.facts.items()}, dict(s.possible)


POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"
BED = "shelter.needs_shelter_tonight"
DOCS = "legal.has_identity_documents"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a wish noun after a possessive is hers, not the writer's "I wish"
        ("Ha manifestado su voluntad de colaborar con la policia.", POLICE, "yes"),
        ("Manifiesta su deseo de denunciar los hechos.", POLICE, "yes"),
        ("She has expressed her willingness to cooperate with the police.", POLICE, "yes"),
        ("Elle a fait part de son souhait de porter plainte.", POLICE, "yes"),
        ("Ele demonstrou o desejo de apresentar queixa.", POLICE, "yes"),
        ("Cooperation with investigation: YES", POLICE, "yes"),
        ("Colaboracao com a investigacao: sim", POLICE, "yes"),
        # the household she worked for, taken up by a pronoun
        (
            "Elle travaillait pour une famille. Le monsieur de la famille a appele : il sait"
            " qu'elle est ici.",
            KNOWS,
            "yes",
        ),
        (
            "Trabalhava para uma familia. O senhor da familia ligou, ele sabe que ela esta aqui.",
            KNOWS,
            "yes",
        ),
        # a clause with no subject carries the "he" that opens its sentence
        ("LL: El alquila el cuarto, sabe que estoy aqui, tiene la llave.", KNOWS, "yes"),
        ("B: He rents the room, knows I am here.", KNOWS, "yes"),
        ("LL: Il loue la chambre, sait que je suis ici.", KNOWS, "yes"),
        ("LL: Ele aluga o quarto, sabe que estou aqui.", KNOWS, "yes"),
        # a need for tonight outweighs a place told with no time
        ("Se aloja en casa de su tia. Necesita un sitio para dormir esta noche.", BED, True),
        ("She is staying with her aunt. She needs somewhere else to sleep tonight.", BED, True),
        ("Elle est hebergee chez sa tante. Elle a besoin d'un lit ce soir.", BED, True),
        (
            "Esta hospedada em casa de uma amiga. Precisa de outro sitio para dormir hoje.",
            BED,
            True,
        ),
        # a host's refusal that ends its clause
        ("Esta na casa da vizinha, mas a vizinha nao pode recebe-la.", BED, True),
        ("She is at her neighbour's, but the neighbour cannot keep her.", BED, True),
        # a verb of lacking
        ("Carece de alojamiento para esta noche.", BED, True),
        ("He lacks a bed for tonight.", BED, True),
        ("Nao dispoe de alojamento para esta noite.", BED, True),
        ("Il est sans hebergement ce soir.", BED, True),
        ("boss kept pp, he says", DOCS, False),
    ],
)
def test_read(text: str, fact: str, value: object) -> None:
    assert _read(text)[0].get(fact) == value


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Deseo que colabore con la policia.", POLICE, "yes"),
        ("She has expressed her willingness to go home, away from the police.", POLICE, "yes"),
        ("LL: Mi hermano vive cerca. El alquila el piso, sabe que estoy aqui.", KNOWS, "yes"),
        (
            "Elle travaillait pour une famille. Son frere a appele : il sait qu'elle est ici.",
            KNOWS,
            "yes",
        ),
        ("A filha da familia ligou, ela sabe que ele esta aqui.", KNOWS, "yes"),
        ("She is at her neighbour's, but the neighbour cannot keep her after Sunday.", BED, True),
        ("La chica no carece de alojamiento para esta noche.", BED, True),
        ("A jovem nao carece de alojamento para esta noite.", BED, True),
        ("Su hermana carece de alojamiento para esta noche.", BED, True),
        ("see pp 3-4 of the report", DOCS, False),
    ],
)
def test_not_applied(text: str, fact: str, value: object) -> None:
    assert _read(text)[0].get(fact) != value
