"""Stop 39 (health3): a medicine of hers run out, or about to, is a care need she may have
soon; a "no" made doubtful by another health problem no longer hides the need that problem
states. Invented sentences in the four languages.

- a medicine run out ("ran out of her inhaler", "se le acabó la insulina", "n'a plus de
  médicaments", "ficou sem os comprimidos") is an urgent need (offered only until stop 40,
  when every round's labels came to follow the writers' brief); beside "not injured" it is
  the need offered, not the no; a medicine already prescribed again, or a relative's, offers nothing;
- said in her answer to the health question ("only enough for two more days") it answers it;
  her own "no doctor needed today" or "it can wait" before it stays her no;
- "no injuries" beside a clear need another clause states is a conflict no more: the need is
  offered.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

URGENT = "medical.urgent_need"
MEDS = "medical.needs_medication"


@pytest.mark.parametrize(
    "text",
    [
        "She is asthmatic and ran out of her inhaler on Monday.",
        "Es hipertensa y se le acabaron las pastillas hace una semana.",
        "Elle est diabétique et n'a plus d'insuline depuis trois jours.",
        "É diabética e ficou sem insulina há três dias.",
        "Il est épileptique et n'a plus de médicaments depuis lundi.",
        "Toma pastillas para la tensión, ya se le acabaron hace cuatro días.",
    ],
)
def test_a_medicine_run_out_is_an_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "No injuries, but she has run out of her inhaler.",
        "Sin lesiones. Se le acabó la insulina ayer.",
        "Pas de blessure. Elle n'a plus de comprimés pour le cœur depuis samedi.",
        "Sem ferimentos. Ficou sem os comprimidos da tensão há uma semana.",
    ],
)
def test_not_injured_beside_a_medicine_run_out_offers_the_need_not_the_no(text: str) -> None:
    out = extract(text)
    assert out.values.get(URGENT) is True  # the need stands (s40 labelling rule; stop 42)
    assert out.values.get(MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Se le acabaron las pastillas, le hemos hecho la receta.",
        "Il n'a plus de médicaments depuis lundi, ordonnance faite.",
        "Her daughter ran out of her inhaler yesterday.",
    ],
)
def test_a_medicine_seen_to_or_someone_elses_offers_no_urgent_need(text: str) -> None:
    out = extract(text)
    assert out.values.get(URGENT) is not True
    assert out.possible.get(URGENT) is not True


def test_her_answer_that_her_medicine_is_running_out_is_an_urgent_need() -> None:
    answer = "Only my blood pressure. I have the tablets but only enough for three more days."
    assert interpret_answer(URGENT, answer).values.get(URGENT) is True


@pytest.mark.parametrize(
    "answer",
    [
        "Estoy bien, no me he hecho daño, hoy no hace falta médico. Solo que se me acabaron las pastillas de la tiroides.",
    ],
)
def test_her_own_no_before_a_medicine_run_out_stays_her_no(answer: str) -> None:
    out = interpret_answer(URGENT, answer)
    assert out.values.get(URGENT) is not True


def test_not_injured_beside_a_clear_need_offers_the_need() -> None:
    text = "Pas blessée mais elle tousse beaucoup et elle a de la fièvre, elle doit voir un médecin aujourd'hui."
    out = extract(text)
    assert URGENT not in out.conflicts
    assert out.values.get(URGENT) is True  # the clear need stands (stop 42)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Her back hurts a lot from carrying crates, and she has a deep cut on her hand.",
            ("cut on her hand",),
        ),
        (
            "Le duele mucho la espalda de cargar cajas, y tiene una cortada en la mano.",
            ("espalda", "cortada en la mano"),
        ),
        (
            "J'ai très mal au dos à force de porter des caisses, et j'ai une coupure à la main.",
            ("mal au dos", "coupure à la main"),
        ),
        (
            "Tem hematomas nos braços desde ontem, e fez um corte na mão ao fugir.",
            ("hematomas nos braços", "corte na mão"),
        ),
    ],
)
def test_a_second_injury_in_another_clause_is_kept_too(text: str, parts: tuple[str, ...]) -> None:
    kept = extract(text).values.get("medical.injuries")
    assert kept is not None
    assert all(p in kept for p in parts)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "He has a burn on his arm - advised to go to urgent care tonight.",
            "burn on his arm",
        ),
        (
            "Tiene una quemadura en el brazo, se le aconsejó ir a urgencias.",
            "quemadura en el brazo",
        ),
        ("Brûlure au bras orientée vers les urgences ce soir.", "Brûlure au bras"),
        (
            "Tem uma queimadura no braço, aconselhada a ir às urgências hoje.",
            "queimadura no braço",
        ),
    ],
)
def test_the_care_advised_is_not_part_of_the_injury(text: str, kept: str) -> None:
    assert extract(text).values.get("medical.injuries") == kept


@pytest.mark.parametrize(
    "answer",
    [
        "No, I'm fine, nothing hurts. Only my inhaler, I have two left.",
        "No, estoy bien. Solo las pastillas de la tensión, me quedan dos.",
        "Non, ça va. Mes comprimés pour le cœur, il m'en reste deux.",
        "Não, estou bem. Os comprimidos da tensão, só me restam dois.",
    ],
)
def test_her_no_beside_a_medicine_running_out_leaves_the_need_offered(answer: str) -> None:
    out = interpret_answer(URGENT, answer)
    assert URGENT not in out.values
    assert out.possible.get(URGENT) is True


@pytest.mark.parametrize(
    "answer",
    [
        "Today, no. But I take pills for my heart and I have only two left.",
        "Hoy no. Pero tomo pastillas para el corazón y me quedan dos.",
    ],
)
def test_a_no_led_by_the_time_asked_stands(answer: str) -> None:
    assert interpret_answer(URGENT, answer).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "No visible injuries; says she has had a toothache for a week.",
        "Sin lesiones visibles; refiere dolor de muelas desde hace días.",
        "Pas de blessure visible ; dit avoir mal aux dents depuis une semaine.",
        "Sem ferimentos visíveis; queixa-se de dor de dentes há uma semana.",
    ],
)
def test_not_injured_beside_a_toothache_is_only_offered(text: str) -> None:
    out = extract(text)
    assert URGENT not in out.values


@pytest.mark.parametrize(
    "text",
    [
        "Health: diabetic, without her insulin for a week.",
        "Salud: hipertensa, sin medicación desde hace un mes.",
        "Santé : diabétique, sans traitement depuis un mois.",
        "Saúde: hipertenso, sem remédio há um mês.",
    ],
)
def test_a_medicine_gone_without_for_a_time_is_an_urgent_need(text: str) -> None:
    out = extract(text)
    assert out.values.get(MEDS) is True
    assert out.values.get(URGENT) is True


def test_no_usual_medicine_offers_nothing() -> None:
    assert extract("Sin medicación habitual.").possible.get(URGENT) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is not injured. The 3-year-old has had a fever since last night.",
        "Ella no tiene lesiones. La niña de 2 años tiene fiebre.",
        "Elle n'est pas blessée. Le garçon de 4 ans a de la fièvre.",
        "Ela não tem lesões. A menina de 2 anos está com febre.",
    ],
)
def test_a_child_named_by_a_young_age_has_the_fever_not_her(text: str) -> None:
    out = extract(text)
    assert out.values.get(URGENT) is not True
    assert out.possible.get(URGENT) is not True


def test_a_girl_named_with_a_teenage_age_may_be_her() -> None:
    assert extract("La niña de 15 años tiene fiebre alta.").values.get(URGENT) is True
