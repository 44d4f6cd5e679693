"""Documents not given back, stays and others' removals, training, medicines, injuries
(stop 31, care31).

A document still to be returned is not hers again; whether she may stay at a shelter or
with someone is no immigration concern, nor is a fear for her brother's removal; a time
between commas keeps a wish whole; a course named by its qualification, or asked about,
is job training; a court's order is no prescription; an old burn is no injury now; a
list's mark is no word of an injury. Invented sentences in en/es/fr/pt, each with the
ones that must not give the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import DOCUMENTS, IMMIGRATION, TRAINING, clear, reads

INJURIES = "medical.injuries"
MEDICATION = "medical.needs_medication"


# --------------------------------------------- a document not (yet) given back


@pytest.mark.parametrize(
    "text",
    [
        "Passport still to be recovered from the agent in Leeds.",
        "Passport yet to be handed back by the employer.",
        "Todavía no le han devuelto la cédula.",
        "Pasaporte: por recuperar, lo tiene la patrona.",
        "Carte d'identité non rendue par la gérante.",
        "Passeport non récupéré à ce jour.",
        "Passaporte ainda por devolver pelo patrão.",
        "O passaporte, por recuperar, continua com o dono da obra.",
    ],
)
def test_a_document_not_yet_given_back_is_not_hers_again(text: str) -> None:
    assert clear(text, DOCUMENTS) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Her passport was handed back by the police on Monday.",
        "Le devolvieron la cédula ayer.",
        "Passeport restitué par la police lundi.",
        "Devolveram-lhe o passaporte na segunda-feira.",
    ],
)
def test_a_document_given_back_is_still_hers(text: str) -> None:
    assert clear(text, DOCUMENTS) is True


# --------------------------------------------- whether she may stay, and where


@pytest.mark.parametrize(
    "text",
    [
        "She wanted to know if she can stay at the hostel until Friday.",
        "Asked whether she can stay with us tonight.",
        "Pregunta si puede quedarse en el refugio unos días.",
        "Quería saber si se puede quedar con su prima esta noche.",
        "Elle demande si elle peut rester au foyer ce week-end.",
        "Il veut savoir s'il peut rester chez un ami ce soir.",
        "Perguntou se pode ficar no abrigo até sexta.",
        "Quer saber se pode ficar com uma amiga esta noite.",
        "She has the right to stay in the country now.",
    ],
)
def test_a_stay_at_a_shelter_or_with_someone_is_no_immigration_concern(text: str) -> None:
    assert reads(text, IMMIGRATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is terrified her partner will be deported.",
        "Le angustia que su esposo sea deportado.",
        "Elle craint que son mari soit expulsé.",
        "Receia que o companheiro seja deportado.",
        "Her son's visa ran out in May.",
        "El visado de su hijo está vencido.",
    ],
)
def test_someone_elses_removal_or_visa_is_theirs(text: str) -> None:
    assert clear(text, IMMIGRATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is terrified of being deported.",
        "Le angustia que la deporten.",
        "Elle craint d'être expulsée.",
        "Receia ser deportada.",
    ],
)
def test_her_own_fear_of_removal_still_reads(text: str) -> None:
    assert clear(text, IMMIGRATION) is True


# --------------------------------------------- training: a time between commas, a
# qualification, a question about a course


@pytest.mark.parametrize(
    "text",
    [
        "He would like, later, a welding course.",
        "Le gustaría, con el tiempo, hacer un curso de soldadura.",
        "Elle voudrait, plus tard, suivre une formation d'aide à domicile.",
        "Ela quer, depois, fazer um curso de cabeleireira.",
        "Wants to go to trade school to become a plumber.",
        "Quiere apuntarse a un ciclo formativo de cocina.",
        "Il souhaite préparer un CAP de boulanger.",
        "Quer entrar numa escola profissional de hotelaria.",
        "She inquired about training as a care assistant.",
        "Pidió información sobre cursos de peluquería.",
        "Elle s'est renseignée sur une formation de cariste.",
        "Pediu informações sobre um curso de soldador.",
    ],
)
def test_a_wish_for_training_in_other_words(text: str) -> None:
    assert clear(text, TRAINING) is True


@pytest.mark.parametrize(
    "text",
    [
        "He would not, in the long run, like any course.",
        "No quiere, con el tiempo, hacer ningún ciclo formativo.",
        "Elle ne veut pas, plus tard, faire de CAP.",
        "Não quer, no futuro, ir para a escola profissional.",
    ],
)
def test_a_refused_training_is_no_wish(text: str) -> None:
    assert clear(text, TRAINING) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Maybe she would like a cooking course, she is not sure.",
        "Pidió información sobre su hijo.",
        "Quiere terminar el ciclo de tratamiento.",
        "Não perguntou por cursos.",
    ],
)
def test_a_doubt_a_person_or_a_treatment_is_no_clear_training(text: str) -> None:
    assert clear(text, TRAINING) is None


# --------------------------------------------- a court's order is no medicine


@pytest.mark.parametrize(
    "text",
    [
        "Le juge a rendu une ordonnance de protection, elle la demande aussi pour sa fille.",
        "Nous demandons une ordonnance d'éloignement contre l'ancien patron.",
        "Solicita una orden de alejamiento.",
        "Pediu uma medida protetiva contra o ex-patrão.",
        "She asked for a restraining order.",
    ],
)
def test_a_court_order_is_no_medicine(text: str) -> None:
    assert clear(text, MEDICATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "Elle doit renouveler son ordonnance d'insuline.",
        "Necesita renovar la receta de insulina.",
    ],
)
def test_a_prescription_still_is_one(text: str) -> None:
    assert clear(text, MEDICATION) is True


# --------------------------------------------- an old burn, a list's mark


@pytest.mark.parametrize(
    "text",
    [
        "Old burn on her forearm from the kitchen.",
        "Tiene una quemadura antigua en la pierna.",
        "Ancienne brûlure sur le bras gauche.",
        "Tem uma queimadura antiga no braço.",
    ],
)
def test_an_old_burn_is_no_injury_now(text: str) -> None:
    assert clear(text, INJURIES) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("- deep cut on her palm", "deep cut on her palm"),
        ("* quemadura en la mano", "quemadura en la mano"),
        ("• plaie au genou", "plaie au genou"),
        ("– corte na perna", "corte na perna"),
    ],
)
def test_a_lists_mark_is_no_word_of_the_injury(text: str, kept: str) -> None:
    assert clear(text, INJURIES) == kept
