"""Stop 40 (health4): whose health a sentence states. Invented sentences in the four
languages.

- a child word with its definite article ("the boy", "la niña", "le petit", "o menino")
  once the note has named a child of hers or with her is that child again, not her; alone
  (no child named) it may be her and stays read;
- a name listed after a child or relative noun with other names ("her children Sara (9) and
  Tom (5)", "sus hijos Luis (12) y Marta (7)") is that person's, not hers; so is a
  symptom joined to such a subject by "and" ("Marta tiene fiebre alta y vómitos").
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 25, with her 2-year-old son. The boy has a high fever since last night.",
        "Mujer de 30 años con su hijo de 3. El niño tiene fiebre alta desde anoche.",
        "Femme de 28 ans avec sa fille de 4 ans. La petite a de la fièvre depuis hier.",
        "Mulher de 24 anos com o filho de 2 anos. O menino está com febre alta.",
        "Mujer, 35, con su hija Marta (7). La niña tiene fiebre alta y vómitos.",
    ],
)
def test_the_child_again_is_not_her(text: str) -> None:
    out = extract(text)
    assert URGENT not in out.values


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, with her children Sara (9) and Tom (5). Tom has a high fever.",
        "Mujer, 35, con sus hijos Luis (12) y Marta (7). Marta tiene fiebre alta y vómitos.",
        "Femme, 32 ans, avec ses enfants Inès (8 ans) et Karim (3 ans). Karim a une forte "
        "fièvre depuis ce matin.",
        "Mulher, 35, com a filha Marta (7). A Marta tem febre alta e vómitos.",
        "Woman, 35, with her daughter Marta (7). Marta has a high fever and is vomiting.",
    ],
)
def test_a_child_named_in_a_list_is_not_her(text: str) -> None:
    out = extract(text)
    assert URGENT not in out.values


@pytest.mark.parametrize(
    "text",
    [
        "The boy has a high fever.",
        "La niña tiene fiebre alta.",
        "Girl, 16, alone. The girl has a high fever.",
        "Mujer con su hijo de 4 años. Tiene fiebre alta y vómitos.",
        "Femme avec son fils de 4 ans. Elle a une forte fièvre et vomit.",
        "Mulher com o filho de 4 anos. Ela está com febre alta e vómitos.",
        "Ana, 25, with her children Luis (5) and Eva (3). Ana has a high fever.",
    ],
)
def test_her_own_fever_beside_a_child_stays_hers(text: str) -> None:
    out = extract(text)
    assert out.values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She fainted on the bus this morning, now feels better.",
        "Se desmayó anoche en la calle, ahora está mejor.",
        "Elle s'est évanouie dans le métro hier, elle va mieux.",
        "Desmaiou no autocarro ontem, agora está melhor.",
        "Vomitó dos veces en el coche, ya se siente mejor.",
    ],
)
def test_a_symptom_she_has_got_over_is_no_urgent_need(text: str) -> None:
    assert URGENT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She collapsed an hour ago and is still confused.",
        "Tiene fiebre alta, no se siente mejor.",
        "Elle a une forte fièvre et ne va pas mieux.",
        "Está com febre alta e não se sente melhor.",
    ],
)
def test_a_symptom_not_got_over_stays_urgent(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Une autre ouvrière s'est brûlé la main avec la machine.",
        "Otra trabajadora tiene fiebre alta desde ayer.",
        "Outra trabalhadora está com febre alta.",
        "Another employee at the factory has a deep cut on her arm.",
    ],
)
def test_another_worker_s_health_is_not_hers(text: str) -> None:
    out = extract(text)
    assert URGENT not in out.values
    assert "medical.injuries" not in out.values


@pytest.mark.parametrize(
    "text",
    [
        "Her broken wrist has mended, the cast came off last week.",
        "Fractura de tobillo hace dos meses, ya soldó.",
        "Fracture de la cheville il y a deux mois, consolidée.",
        "Partiu o tornozelo há dois meses, a fratura já consolidou.",
    ],
)
def test_a_fracture_knit_again_is_no_injury_now(text: str) -> None:
    assert "medical.injuries" not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "The burn on her arm has not healed and is weeping.",
        "Herida en el pie todavía sin cicatrizar.",
        "Plaie au mollet mal cicatrisée, rouge.",
        "Fratura do pulso, ainda não consolidou.",
    ],
)
def test_an_injury_not_healed_is_kept(text: str) -> None:
    assert "medical.injuries" in extract(text).values
