"""A bed tonight, stop 25 (home12), in invented sentences in en/es/fr/pt: a host or a
shelter she sleeps at tonight is a place she has; a pronoun is no host ("the counsellor
stays with him"); a need qualified as long-term is the housing need, not tonight's; her
asking whether there is somewhere to stay, and a referrer asking the service to hold a
place, are a need tonight; a transcript's reply after a long speaker label or a title
cut short with a dot, and a form label in shorthand, are read."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

BED = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        # a host named with "our" (its first letter was taken for the French "n'")
        "Ce soir, il dort chez notre pasteur, il y est en sécurité.",
        "She is staying tonight with one of our parishioners, and that is safe for now.",
        "Esta noche se queda con nuestra vecina, allí está segura.",
        "Hoje fica em casa da nossa voluntária, está segura.",
        # a shelter she sleeps at tonight
        "She is sleeping at the shelter tonight.",
        "Esta noche duerme en el albergue municipal.",
        "Ce soir elle dort au centre d'hébergement d'urgence.",
        "Hoje dorme num albergue da câmara, está seguro lá.",
    ],
)
def test_a_place_she_has_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        # someone staying with her, a pronoun: no host of hers
        "La consejera (habla español) se queda con él hasta que lo recojan.",
        "A volunteer is staying with him until the police arrive.",
        "A assistente social fica com ela até a mãe chegar.",
    ],
)
def test_a_pronoun_is_no_host(text: str) -> None:
    got = extract(text)
    assert got.values.get(BED) is not False and got.offered().get(BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Necesita un alojamiento estable.",
        "She needs permanent accommodation.",
        "Elle a besoin d'un hébergement durable.",
        "Precisa de um alojamento permanente.",
    ],
)
def test_a_long_term_need_is_not_tonight(text: str) -> None:
    assert BED not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Sin domicilio fijo.",  # a state, not a need qualified as long-term
        "Needs a bed tonight and permanent housing later.",
        "Necesita un alojamiento estable, y esta noche una cama.",
    ],
)
def test_tonight_still_read_beside_long_term(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "He asked if there is somewhere else he could stay tonight.",
        "Preguntó si hay algún sitio donde pueda dormir esta noche.",
        "Perguntou se há algum lugar onde possa dormir hoje.",
        "Please can you hold a place for her tonight - she cannot go back to that flat.",
        "¿Pueden reservarle una plaza esta noche?",
        "Pouvez-vous lui réserver une place ce soir ?",
        "Podem reservar uma vaga para ela hoje?",
        "Necesita recurso esta noche.",
    ],
)
def test_asking_for_a_place_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is True


def test_an_appeal_is_no_placement() -> None:
    assert BED not in extract("Presentó un recurso contra la resolución.").values


@pytest.mark.parametrize(
    "text",
    [
        "[09:18] Acogida: ¿Tiene dónde dormir hoy?\n"
        "[09:19] Orientadora IES Río Segura: No. Hoy no puede volver a esa casa.",
        "[21:18] Casa de Acolhida: Ok. Ele tem onde dormir?\n"
        "[21:20] Enf. Patrícia: Não. Diz que não volta pra pastelaria.",
        "Sem lesões.\nAloj. p/ hoje: necessário.",
    ],
)
def test_replies_and_labels_in_shorthand(text: str) -> None:
    assert extract(text).values.get(BED) is True
