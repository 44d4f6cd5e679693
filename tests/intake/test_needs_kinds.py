"""Tonight's needs read by the kind of statement, not by one phrasing: a transcript's
question about having a place to sleep and its reply, a place for now, a shorthand.
Invented sentences in en/es/fr/pt; none is taken from the corpus."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import clear

SHELTER = "shelter.needs_shelter_tonight"


# ------------------------------------------------ a question about having a place, and its reply


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Does she have a place to sleep tonight?\nFriend: No.",
        "Staff: Is there somewhere he can stay tonight?\nCaller: no",
        "Écoutante : Vous avez un endroit pour dormir cette nuit si vous partez ?\nAppelante : Non, rien.",
        "Permanence : Elle a où dormir ?\nVoisine : Non.",
        "Q: ¿Tiene dónde dormir esta noche?\nR: No.",
        "Trabajadora: ¿Tienen algún sitio para pasar la noche?\nMadre: No, ninguno.",
        "P: Tem onde dormir hoje?\nR: Não tenho.",
        "Técnica: Ela tem algum lugar para ficar?\nAmiga: Não.",
    ],
)
def test_a_no_to_having_a_place_to_sleep_is_a_need_for_a_bed(text):
    assert clear(text, SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Does she have a place to sleep tonight?\nFriend: Yes, with her aunt.",
        "Q: ¿Tiene dónde dormir esta noche?\nR: Sí, en casa de una amiga.",
        "Permanence : Il a un endroit pour dormir ?\nImam : Oui.",
        "P: Tem onde ficar esta noite?\nR: Sim.",
    ],
)
def test_a_yes_to_having_a_place_to_sleep_is_no_need(text):
    assert clear(text, SHELTER) is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Worker: Does she need a place to sleep tonight?\nCaller: yes", True),
        ("Worker: Does she need a place to sleep tonight?\nCaller: no", False),
    ],
)
def test_a_question_about_needing_a_place_is_not_turned_round(text, value):
    assert clear(text, SHELTER) is value


def test_not_knowing_where_she_will_sleep_settles_nothing():
    assert clear("Worker: Where will she sleep tonight?\nCaller: I don't know.", SHELTER) is None


# ------------------------------------------------ a place for now, whoever gives it


@pytest.mark.parametrize(
    "text",
    [
        "Shelter tonight: staying with Sister Amina",
        "Tonight she is staying with Mrs Okafor from the parish.",
        "Esta noche está durmiendo en la casa de la hermana Dilcia.",
        "Hoy se queda con doña Elvira, la vecina.",
        "Ce soir elle reste chez Mme Diallo.",
        "Hébergement ce soir : dort chez Fatou, une voisine",
        "Hoje fica em casa da Dona Rosa.",
        "He has a bed there for now.",
        "She has a room at the hostel for tonight.",
        "She can stay here until Friday.",
        "He can sleep at the mosque until Monday.",
        "Aquí pueden dormir hasta el jueves.",
        "Elle peut dormir au foyer jusqu'à lundi.",
        "Pode ficar aqui até sexta.",
    ],
)
def test_a_place_for_now_with_anyone_is_no_need_tonight(text):
    assert clear(text, SHELTER) is False


@pytest.mark.parametrize(
    "text",
    [
        "Shelter tonight: staying with the trafficker",
        "Tonight she is staying with her employer.",
        "Esta noche se queda con el patrón.",
        "Ce soir elle reste chez son patron.",
        "She cannot stay here until Friday.",
    ],
)
def test_staying_with_the_one_who_held_her_or_a_denied_stay_is_no_place(text):
    assert clear(text, SHELTER) is not False


@pytest.mark.parametrize(
    "text",
    [
        "He does not want to leave tonight, his cousin is there with him.",
        "No quiere salir de allí esta noche, teme perder su cama.",
        "Elle ne veut pas partir ce soir, sa soeur est avec elle.",
        "Não quer sair de lá hoje, o irmão está com ele.",
    ],
)
def test_not_wanting_to_leave_tonight_is_no_need_for_a_bed(text):
    assert clear(text, SHELTER) is False


def test_not_able_to_leave_tonight_is_not_a_place():
    assert clear("She cannot leave tonight, he watches the door.", SHELTER) is not False


# ------------------------------------------------ shorthand for a place to sleep


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Besoin hébergt CE SOIR.", True),
        ("Besoin hbgt urgent.", True),
        ("Needs emerg accom tonight.", True),
        ("Necesita alojam para esta noche", True),
        ("Precisa alojam hoje", True),
        ("Pas besoin d'hébergt ce soir.", False),
    ],
)
def test_a_shortened_shelter_noun_is_read_as_the_word(text, value):
    assert clear(text, SHELTER) is value


# ------------------------------------------------ counselling agreed to, an assessment, a refusal

COUNSEL = "medical.wants_counseling"


@pytest.mark.parametrize(
    "text",
    [
        "She agreed to talk to a counsellor at the clinic.",
        "He is willing to see a psychologist.",
        "Está dispuesta a hablar con una psicóloga.",
        "Está de acuerdo con empezar terapia.",
        "Necesita una evaluación psicológica, lo pidió ella.",
        "Elle est d'accord pour voir une psychologue.",
        "Il accepterait un suivi psy.",
        "Concorda em ter acompanhamento psicológico.",
        "Está disposta a falar com uma psicóloga.",
    ],
)
def test_agreeing_to_counselling_is_a_wish_for_it(text):
    assert clear(text, COUNSEL) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is not ready for counselling.",
        "No quiere ver a la psicóloga por ahora.",
        "Il veut pas voir de psy.",
        "Não quer ver o psicólogo.",
    ],
)
def test_refusing_counselling_in_plain_or_spoken_words_is_a_no(text):
    assert clear(text, COUNSEL) is False


# ------------------------------------------------ "not urgent" beside a symptom or an injury

URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "She came in for back pain, which is chronic and not an emergency.",
        "Small cut on his foot, not an emergency.",
        "Vino por dolor de espalda, no es urgente.",
        "Tiene tos, sin urgencia.",
        "Blessure à la jambe, soins faits ce matin, pas d'urgence.",
        "Douleurs au dos, rien d urgent.",
        "Tem dermatite nas mãos e precisa de pomada, sem urgência.",
        "Dor nas costas, nada de urgência.",
    ],
)
def test_not_urgent_beside_a_symptom_is_no_urgent_need(text):
    assert clear(text, URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Shelter is not urgent, she can stay with her aunt.",
        "La denuncia no es urgente.",
        "Pas d'urgence pour le logement.",
    ],
)
def test_not_urgent_about_something_else_settles_nothing(text):
    assert clear(text, URGENT) is None


# ------------------------------------------------ an injury denied: an observation, not a need


@pytest.mark.parametrize(
    "text",
    [
        "Client reports no injuries.",
        "No visible injuries on arrival.",
        "No apparent injuries, calm and talkative.",
        "We did not see any injuries.",
        "Does not appear injured.",
        "No pain reported.",
        "No presenta lesiones visibles.",
        "Sin lesiones aparentes.",
        "No se observan heridas.",
        "No parece herida.",
        "Aucune blessure apparente.",
        "Pas de blessure visible à l'accueil.",
        "Elle ne semble pas blessée.",
        "Sem lesões visíveis.",
        "Não apresenta ferimentos.",
        "Sem ferimentos aparentes, está calma.",
        "Has no visible injuries.",
        "No tiene lesiones visibles.",
        "Não tem ferimentos visíveis.",
    ],
)
def test_an_injury_not_seen_says_nothing_of_medical_need(text):
    assert URGENT not in extract(text).values
    assert URGENT not in extract(text).offered()


@pytest.mark.parametrize(
    "text",
    [
        "He is not injured.",
        "She's not hurt.",
        "Not injured.",
        "Uninjured, tired.",
        "No está herida.",
        "Está ilesa.",
        "Il n'est pas blessé.",
        "Pas blessée.",
        "Elle est indemne.",
        "Não está ferida.",
        "Ele está ileso.",
        "He has no injuries.",
        "No tiene heridas.",
        "Il n'a aucune blessure.",
        "Não tem ferimentos.",
        "No injuries requiring treatment.",
        "Ninguna lesión que requiera atención médica.",
        "Pas de blessure nécessitant des soins.",
    ],
)
def test_being_unhurt_said_of_her_is_no_urgent_need(text):
    assert clear(text, URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her son is not injured.",
        "Su hijo no está herido.",
        "Sa fille n'est pas blessée.",
        "O filho dela não está ferido.",
    ],
)
def test_someone_else_unhurt_says_nothing_of_hers(text):
    assert URGENT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "My little boy has a fever since yesterday.",
        "Her eldest daughter has a high fever.",
        "His youngest son cannot breathe well.",
        "Su hija pequeña tiene fiebre.",
        "Mi hijo menor está vomitando.",
        "Sa petite fille a de la fièvre.",
        "Son fils cadet a du mal à respirer.",
        "A minha filha caçula está com febre.",
    ],
)
def test_a_symptom_of_her_child_is_not_her_urgent_need(text):
    assert URGENT not in extract(text).values
    assert URGENT not in extract(text).offered()


@pytest.mark.parametrize(
    "text",
    [
        "A little girl of 9, she has a high fever.",
        "Young woman, has a fever.",
        "Jeune femme, fièvre.",
    ],
)
def test_a_small_word_before_her_own_description_keeps_the_symptom_hers(text):
    assert clear(text, URGENT) is True


# ------------------------------------------------ nowhere to go: tonight only when it says so


@pytest.mark.parametrize(
    "text",
    [
        "She has nowhere to go.",
        "He says he has no place to go, he wants a flat of his own.",
        "Dice que no tiene a dónde ir.",
        "No tienen adonde ir, buscan vivienda estable.",
        "Il n'a nulle part où aller.",
        "Elle n'a pas où aller depuis qu'elle a quitté la famille.",
        "Não tem para onde ir, precisa de casa definitiva.",
        "Nao tem onde ir.",
    ],
)
def test_nowhere_to_go_alone_is_only_offered_for_tonight(text):
    got = extract(text)
    assert SHELTER not in got.values
    assert got.offered().get(SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "She has nowhere to go tonight.",
        "No tiene a dónde ir esta noche.",
        "Il n'a nulle part où aller ce soir.",
        "Não tem para onde ir hoje à noite.",
        "Nowhere to sleep.",
        "No tiene dónde dormir.",
    ],
)
def test_nowhere_to_go_tonight_or_nowhere_to_sleep_is_a_need(text):
    assert clear(text, SHELTER) is True


@pytest.mark.parametrize(
    "text",
    ["Her sister has nowhere to go tonight.", "Su hermana no tiene a dónde ir esta noche."],
)
def test_someone_else_with_nowhere_to_go_is_not_her_need(text):
    assert SHELTER not in extract(text).values


# ------------------------------------------------ her medicine seen to: no need to meet now

MEDICATION = "medical.needs_medication"


@pytest.mark.parametrize(
    "text",
    [
        "She has high blood pressure and takes tablets, she has enough for now.",
        "His inhaler ran out, we gave him a new one so he is covered for now.",
        "Toma pastillas para la presión, tiene suficientes para un mes.",
        "Se quedó sin insulina, le dimos una caja esta mañana.",
        "Prend de l'insuline, elle en a assez pour la semaine.",
        "Toma comprimidos para a tensão, tem o suficiente.",
    ],
)
def test_a_medicine_she_has_enough_of_is_no_need_now(text):
    assert MEDICATION not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She takes insulin twice a day.",
        "Ran out of her inhaler yesterday.",
        "Se quedó sin su insulina.",
        "Il prend un traitement pour l'asthme.",
        "Ficou sem os comprimidos.",
    ],
)
def test_a_medicine_she_takes_or_lacks_is_a_need(text):
    assert clear(text, MEDICATION) is True


# ------------------------------------------------ "homeless" naming a service, not her


@pytest.mark.parametrize(
    "text",
    [
        "Referred by the homeless outreach team.",
        "Homeless shelter staff called us at noon.",
        "Call from the homeless persons unit.",
        "Il vit au foyer pour sans-abri depuis un mois.",
        "Le centre des SDF nous a appelés.",
        "Appel de l'accueil de jour pour sans domicile.",
    ],
)
def test_a_service_for_homeless_people_says_nothing_of_her_bed(text):
    assert SHELTER not in extract(text).values


@pytest.mark.parametrize(
    "text",
    ["She is homeless.", "Homeless since Monday.", "Il est sans abri.", "SDF depuis une semaine."],
)
def test_being_homeless_is_a_need_for_a_bed(text):
    assert clear(text, SHELTER) is True


# ------------------------------------------------ a form line's short "none" is no description

INJURIES = "medical.injuries"


@pytest.mark.parametrize(
    "text",
    [
        "Injuries: none visible.",
        "Injuries: nothing of note.",
        "Lesiones: no refiere.",
        "Lesiones: ninguna aparente.",
        "Blessures : aucune visible.",
        "Blessures : rien à signaler.",
        "Ferimentos: nenhum aparente.",
        "Ferimentos: nada a referir.",
    ],
)
def test_a_none_value_after_an_injury_label_describes_nothing(text):
    assert INJURIES not in extract(text).values


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("Injuries: bruises on both arms.", "bruises on both arms"),
        ("Lesiones: corte en la mano.", "corte en la mano"),
        ("Blessures : brûlure au bras.", "brulure au bras"),
    ],
)
def test_an_injury_after_its_label_is_still_described(text, injury):
    from caseassist.intake.text import fold

    assert injury in fold(extract(text).values[INJURIES])


# ------------------------------------------------ talking to someone before a decision


@pytest.mark.parametrize(
    "text",
    [
        "She does not know yet about the police. She wants to talk to someone first.",
        "He would like to speak to someone first before he decides.",
        "Quiere hablar con alguien antes de decidir si denuncia.",
        "Elle veut parler à quelqu'un d'abord avant de porter plainte.",
    ],
)
def test_talking_to_someone_before_deciding_is_no_wish_for_counselling(text):
    assert "medical.wants_counseling" not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She wants to talk to someone about how she feels.",
        "Quiere apoyo psicológico.",
        "Elle souhaite un soutien psychologique.",
    ],
)
def test_a_wish_for_someone_to_talk_to_is_still_counselling(text):
    assert clear(text, "medical.wants_counseling") is True
