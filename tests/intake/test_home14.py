"""A bed tonight and a home later, stop 27 (home14), in invented sentences in en/es/fr/pt,
each kind with rows that must not fire: form labels composed of a place word and a
tonight word, or a home word and a long-term word; a value whose first part is a yes or
no; tonight said to be covered (clear) or only fine (offered); a bed of her own for the
night; a need said in the future; an obligation to sleep in a shelter; a denial that she
has a place; a lasting home named beside tonight's bed; her pronoun after a preposition
is no subject."""

from __future__ import annotations

import pytest

from caseassist.intake.fields import composed_label
from caseassist.intake.read import extract

BED = "shelter.needs_shelter_tonight"
HOME = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a place word and a tonight word make a label; the value read by the type
        ("Urgent shelter bed tonight: Y", BED, True),
        ("Cama para esta noche: sí", BED, True),
        ("Lit pour cette nuit : non", BED, False),
        ("Abrigo para esta noite: sim", BED, True),
        ("Acogida de emergencia: requerida", BED, True),
        # a home word and a long-term word
        ("Permanent accommodation: yes", HOME, True),
        ("Vivienda a largo plazo: no", HOME, False),
        ("Hébergement à long terme : oui", HOME, True),
        ("Moradia a longo prazo: sim", HOME, True),
        # a value's first part a whole no, its reason after it
        ("Accommodation tonight: not applicable - staying with her brother", BED, False),
        ("Alojamiento esta noche: no procede, duerme en casa de su hermana", BED, False),
        ("Hébergement ce soir : sans objet, elle dort chez sa sœur", BED, False),
        ("Alojamento esta noite: não se aplica, fica em casa da irmã", BED, False),
        # a lacking label whose first sentence is a none
        ("Alojamiento esta noche: no tiene. Durmió en un banco del parque.", BED, True),
    ],
)
def test_composed_labels(text: str, fact: str, value: bool) -> None:
    assert extract(text).values.get(fact) is value


@pytest.mark.parametrize(
    "label",
    [
        "propose hebergement ce soir",  # an offer, not the label
        "no long term housing need",  # a statement with a negator
        "alojamiento esta noche y vivienda a largo plazo",  # two facts fit
        "night manager",  # no place word
    ],
)
def test_labels_that_compose_nothing(label: str) -> None:
    assert composed_label(label) is None


@pytest.mark.parametrize(
    "text",
    [
        # tonight said to be seen to
        "Tonight is sorted, she is at the church hall.",
        "Esta noche está resuelta: duerme en casa de una vecina.",
        "Pour cette nuit c'est réglé, une amie l'accueille.",
        "Esta noite está garantida, fica com uma vizinha.",
        # a bed of her own for the night
        "She has a safe bed for tonight at her cousin's.",
        "Tiene una habitación para esta noche en una pensión.",
        "Elle a une chambre pour cette nuit à l'auberge.",
        "Tem um quarto para esta noite numa pensão.",
    ],
)
def test_a_place_she_has_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Tonight is not sorted yet, she needs a bed.",
        "No tiene habitación para esta noche.",
        "Elle n'a pas de chambre pour cette nuit.",
        "She has asked for a bed for tonight.",
    ],
)
def test_no_place_had_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "She is fine for tonight.",
        "Pour ce soir ça va.",
    ],
)
def test_only_fine_tonight_is_offered(text: str) -> None:
    got = extract(text)
    assert BED not in got.values
    assert got.offered().get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        # a need said in the future, a place and tonight
        "He will require a shelter bed overnight after the interview.",
        "Necesitará una cama en un albergue esta noche.",
        "Elle aura besoin d'un lit en foyer cette nuit.",
        "Vai precisar de uma cama num abrigo esta noite.",
        # an obligation to sleep in a shelter tonight
        "They have to sleep in a shelter tonight.",
        "Tiene que dormir en un albergue esta noche.",
        "Elle doit dormir en foyer cette nuit.",
        "Tem de dormir num abrigo esta noite.",
        # a denial that she has a place
        "Denies having a place to stay tonight.",
        "Niega tener alojamiento esta noche.",
        "Nie avoir un logement ce soir.",
        "Nega ter onde ficar esta noite.",
        # no longer able to sleep where she was, from tonight
        "Il ne peut plus dormir chez son oncle à partir de ce soir.",
    ],
)
def test_a_bed_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        # someone else's need: her pronoun after a preposition is no subject
        "La amiga que vino con ella necesita alojamiento de emergencia.",
        "L'amie venue avec elle a besoin d'un hébergement d'urgence.",
        "A amiga que veio com ela precisa de acolhimento de emergência.",
        # a denial without tonight is only offered
        "Denies having anywhere to stay.",
    ],
)
def test_no_bed_read_for_her(text: str) -> None:
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        # a lasting home named beside tonight's bed
        "Needs a shelter bed tonight and then permanent housing.",
        "Pedimos una plaza esta noche y después vivienda permanente.",
        "Besoin d'un lit ce soir puis d'un logement durable.",
        "Precisa de vaga esta noite e depois de habitação permanente.",
        # a need, a long-term word and a home
        "She wants a room tonight and a flat of her own in the long term.",
        "Precisa de alojamento de longa duração.",
    ],
)
def test_a_home_later_beside_tonight(text: str) -> None:
    assert extract(text).values.get(HOME) is True


@pytest.mark.parametrize(
    "text",
    [
        "Does not need housing assistance later: she lives with her sister.",
        "No necesita apoyo habitacional más adelante.",
        "Pas besoin d'accompagnement vers le logement par la suite.",
        "Não precisa de apoio habitacional mais tarde.",
    ],
)
def test_no_home_needed_later(text: str) -> None:
    assert extract(text).values.get(HOME) is not True


def test_tonight_bed_alone_is_no_home() -> None:
    assert HOME not in extract("Needs an emergency bed tonight.").values
