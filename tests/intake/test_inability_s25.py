"""Stop 25 (answers12b): an inability is not a refusal, and a home needed later is
long-term housing.

"No puedo trabajar legalmente" answers "Would you like to work?" with a barrier: the wish
stays open (read/inability.py; `ability_modals`, `inabilities` in each folder's
answers.toml), while "legally" still says she has no work authorization. An answer to the
tonight question that goes on to a home of her own, or to a home needed after that
(`later_openers` x `housing_cues` x `later_homes`), settles long-term housing; a bed
tonight does not. Invented answers in en/es/fr/pt, with the distractors that must not
move."""

from __future__ import annotations

import pytest

from tests.intake.reading import AUTH, FAMILY, LAWYER, RETURN, TRAINING, WORK, settled

COUNSELING = "medical.wants_counseling"
LONG_TERM = "housing.needs_long_term_housing"
SHELTER = "shelter.needs_shelter_tonight"

# --------------------------------------------- can't work: no wish, maybe no permit


@pytest.mark.parametrize(
    "text",
    [
        "No puedo trabajar legalmente.",
        "Não posso trabalhar legalmente.",
        "I can't work legally.",
        "Je ne peux pas travailler légalement.",
        "No, I'm not able to work legally.",
        "Non, je peux pas travailler légalement.",
        "No, no puedo trabajar legalmente.",
        "Não, não consigo trabalhar legalmente.",
    ],
)
def test_cannot_work_legally_is_no_permit_and_no_refusal(text: str) -> None:
    got = settled(WORK, text)
    assert got.get(AUTH) == "no"
    assert WORK not in got


@pytest.mark.parametrize(
    "text",
    [
        "No puedo trabajar.",
        "Não posso trabalhar.",
        "I can't work.",
        "Je ne peux pas travailler.",
        "No, I can't work, my back is bad.",
        "Non, je ne peux pas travailler pour l'instant.",
        "No, no puedo trabajar ahora, estoy enferma.",
        "Não consigo trabalhar agora, estou doente.",
    ],
)
def test_cannot_work_sets_nothing(text: str) -> None:
    got = settled(WORK, text)
    assert WORK not in got
    assert AUTH not in got  # no legal or papers word says why


@pytest.mark.parametrize(
    "text",
    [
        "No quiero trabajar.",
        "Não quero trabalhar.",
        "No, I don't want to work.",
        "Non, je ne veux pas travailler.",
        "No.",
        "Não.",
    ],
)
def test_not_wanting_work_is_still_a_no(text: str) -> None:
    assert settled(WORK, text).get(WORK) is False


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (TRAINING, "No puedo estudiar ahora."),
        (TRAINING, "Não posso fazer um curso agora."),
        (TRAINING, "No, I can't read."),
        (TRAINING, "Non, je ne peux pas suivre de formation."),
        (COUNSELING, "No puedo hablar de eso."),
        (COUNSELING, "Não consigo falar dessas coisas."),
        (COUNSELING, "No, I can't talk about it."),
        (COUNSELING, "Non, je ne peux pas en parler."),
        (FAMILY, "No puedo llamar a mi familia."),
        (FAMILY, "Não posso ligar para a minha família."),
        (FAMILY, "No, I can't call them."),
        (FAMILY, "Non, je ne peux pas les appeler."),
        (LAWYER, "No, no puedo pagar un abogado."),
        (LAWYER, "Não posso pagar um advogado."),
        (LAWYER, "No, I can't pay a lawyer."),
        (LAWYER, "Non, je ne peux pas payer un avocat."),
    ],
)
def test_an_inability_is_no_refusal_of_the_other_wishes(asked: str, text: str) -> None:
    assert asked not in settled(asked, text)


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (TRAINING, "No, no quiero estudiar."),
        (COUNSELING, "Não, não quero falar com ninguém."),
        (FAMILY, "No, I don't want to call them."),
        (LAWYER, "Non, je ne veux pas d'avocat."),
    ],
)
def test_refusals_of_the_other_wishes_stay_no(asked: str, text: str) -> None:
    assert settled(asked, text).get(asked) is False


@pytest.mark.parametrize(
    "text",
    [
        "No puedo volver a mi país.",
        "Não posso voltar para o meu país.",
        "I can't go back to my country.",
        "Je ne peux pas rentrer dans mon pays.",
    ],
)
def test_cannot_go_back_alone_is_no_wish(text: str) -> None:
    assert RETURN not in settled(RETURN, text)


def test_a_no_then_cannot_go_back_stays_a_no_as_labelled() -> None:
    # the dev labels read this as a no to going back (en-a-180): going home is not in
    # `[inability] facts`
    text = "No. I can't go back to Benin, the people who sent me are there."
    assert settled(RETURN, text).get(RETURN) == "no"


def test_a_leading_no_before_another_verb_still_answers() -> None:
    assert settled("legal.has_identity_documents", "No tengo papeles.") == {
        "legal.has_identity_documents": False
    }


# --------------------------------------------- a home later, in an answer


@pytest.mark.parametrize(
    "text",
    [
        "Tonight yes, at my cousin's. After that I need a place of my own.",
        "Esta noche sí, con mi tía. Después necesito una casa.",
        "Ce soir oui, chez ma cousine. Il me faut un logement à moi.",
        "Esta noite tenho. Depois preciso de uma casa.",
        "No. And after that, I need something that's mine, a real place.",
        "Esta noche me quedo con una amiga. Luego necesito mi propia casa.",
        "Ce soir ça va. Ensuite il me faut un logement.",
        "Hoje fico com a minha prima. Depois disso preciso de uma casa a sério.",
    ],
)
def test_a_home_needed_later_is_long_term_housing(text: str) -> None:
    assert settled(SHELTER, text).get(LONG_TERM) is True


@pytest.mark.parametrize(
    "text",
    [
        "No, I need a place to stay tonight.",
        "No, necesito un lugar para dormir esta noche.",
        "Non, il me faut un logement pour ce soir.",
        "Não, preciso de um sítio para dormir esta noite.",
        "Luego necesito un lugar para trabajar.",
        "Après, il me faut un endroit pour dormir.",
        "Depois não preciso de uma casa.",
        "After that I need a place to stay tonight.",
    ],
)
def test_a_bed_tonight_is_not_long_term_housing(text: str) -> None:
    assert LONG_TERM not in settled(SHELTER, text)


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("consent.share_with_providers", "No puedo decidir ahora."),
        ("consent.share_with_providers", "Não consigo decidir agora."),
        ("safety.in_immediate_danger", "No puedo volver a casa."),
        ("safety.in_immediate_danger", "Não posso voltar para aquela casa."),
    ],
)
def test_a_modal_negated_is_no_bare_no_to_a_critical_fact(asked: str, text: str) -> None:
    # "No puedo ..." was read as a bare "no": no consent, not in danger
    assert asked not in settled(asked, text)
