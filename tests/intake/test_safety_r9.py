"""Safety, police and urgent health in notes, ninth round of issue 12, in invented
sentences in en/es/fr/pt: care called urgent (and urgent care denied), a police wish
whatever words sit between the wish and the police, and who "he" is when his own
sentence opens with someone from her old life; as many readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"


def _applied(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


# ------------------------------------------- care called urgent: a need, a care, "urgent"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt F 30. BP 160/100, headache, requires urgent medical assessment.", True),
        ("Client needs an urgent medical evaluation, per triage nurse.", True),
        ("Mujer de 28 años, cefalea; requiere valoración médica urgente.", True),
        ("Necesita ser valorada por un médico de urgencia, tiene la mano hinchada.", True),
        ("Homme, 40 ans. Besoin de soins urgents pour sa main.", True),
        ("A besoin d'être examinée en urgence, tension élevée.", True),
        ("Homem, 23 anos. Necessita de observação médica urgente.", True),
        ("Precisa de avaliação médica urgente, tem febre alta há dois dias.", True),
        # urgent care denied: a no
        ("Does not need urgent medical care.", False),
        ("No requiere atención médica urgente.", False),
        ("Elle n'a pas besoin de soins urgents.", False),
        ("Pas de soins urgents à la sortie.", False),
        ("Não precisa de cuidados médicos urgentes.", False),
        ("Sem cuidados urgentes à saída.", False),
    ],
)
def test_care_called_urgent(text: str, value: bool) -> None:
    assert _applied(text, URGENT) is value


@pytest.mark.parametrize(
    "text",
    [
        # urgent, but not care: housing, papers, a lawyer
        "Needs urgent housing and a lawyer.",
        "Necesita urgentemente un lugar donde dormir.",
        "A besoin d'un hébergement urgent ce soir.",
        "Precisa urgentemente de um advogado.",
        # care, but routine or later
        "Needs a medical check for a routine check up, nothing urgent.",
        "Necesita un chequeo médico de rutina, sin urgencia.",
        "Aura besoin d'un examen médical de routine la semaine prochaine.",
        "Vai precisar de uma consulta médica de rotina, nada urgente.",
        # the need of someone else
        "Her son needs urgent medical care.",
        "Su hija necesita atención médica urgente.",
    ],
)
def test_urgent_without_urgent_care_is_no_yes(text: str) -> None:
    assert _applied(text, URGENT) is not True


# ----------------------------------------- the police wish, whatever words stand between


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Does not want to hear about the police.", "no"),
        ("No quiere oír hablar de la policía.", "no"),
        ("Ne veut pas entendre parler de police.", "no"),
        ("Não quer ouvir falar da polícia.", "no"),
        ("Has not decided yet whether she wants to be heard by investigators.", "undecided"),
        ("Todavía no decidió si quiere ser escuchada por los investigadores.", "undecided"),
        (
            "Mme K. n'a pas encore décidé si elle souhaite elle-même être entendue par les enquêteurs.",
            "undecided",
        ),
        ("Ainda não decidiu se quer ser ouvida pelos investigadores.", "undecided"),
    ],
)
def test_police_wish_through_hearing_words(text: str, value: str) -> None:
    assert _applied(text, POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        # someone else's wish or act, or the police as the subject
        "Her brother does not want to hear about the police.",
        "The police heard about it from the neighbour.",
        "La police veut l'entendre.",
        "Il veut que sa soeur parle à la police.",
        "Elle ne veut pas que son frère aille à la police.",
        "La policía quiere escucharla mañana.",
        "A polícia quer ouvi-la amanhã.",
        # a past act, not a wish
        "She was heard by investigators last year.",
    ],
)
def test_police_hearing_words_not_her_wish(text: str) -> None:
    assert _applied(text, POLICE) is None


# --------------------------- who knows where she is: "he" after his own sentence's subject

MOTHER = {
    "en": "Her mother lives in Cebu. ",
    "es": "Su madre vive en Cali. ",
    "fr": "Sa mère vit à Dakar. ",
    "pt": "A mãe vive em Luanda. ",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The employer's husband came to the neighbour's door asking for her, so he knows she is there.",
        ),
        (
            "en",
            "Her trafficker came by the neighbour's flat twice, he knows she is staying there.",
        ),
        (
            "es",
            "El marido de la patrona vino a la puerta de la vecina preguntando por ella, así que él sabe que ella está ahí.",
        ),
        (
            "fr",
            "Le mari de la patronne est venu chez la voisine la chercher, donc il sait qu'elle est là.",
        ),
        (
            "pt",
            "O marido da patroa veio à porta da vizinha perguntar por ela, por isso ele sabe que ela está lá.",
        ),
    ],
)
def test_he_takes_up_his_sentence_subject(lang: str, text: str) -> None:
    assert _applied(MOTHER[lang] + text, KNOWS) == "yes"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another person named plainly after the subject: "he" could be either
        ("en", "The trafficker called her brother, so he knows she is there."),
        ("en", "Her brother went to the trafficker's house, so he knows she is there."),
        ("es", "Su hermano fue a casa del patrón, así que él sabe que ella está ahí."),
        ("fr", "Son frère est allé chez le patron, donc il sait qu'elle est là."),
        ("pt", "O irmão dela foi a casa do patrão, por isso ele sabe que ela está lá."),
        # a helper opens the sentence, or her family knows
        ("en", "The pastor went to the employer's house, he knows she is safe here."),
        ("en", "Her sister came by the flat, she knows she is staying there."),
        ("en", "Her uncle knows she is staying there."),
    ],
)
def test_he_after_someone_else_is_no_clear_yes(lang: str, text: str) -> None:
    assert _applied(MOTHER[lang] + text, KNOWS) is None


# ------------------- a short question on its own line answers only itself, not the list


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('M, 33, Ukrainian\nDoes not want police\nGo back to Ukraine? "don\'t know"', "no"),
        ('H, 41, hondureño\nNo quiere policía\n¿Volver a Honduras? "no sé"', "no"),
        ("H, 38 ans, ivoirien\nNe veut pas la police\nRetour au pays ? « sais pas »", "no"),
        ('H, 33a, ucraniano\nNão quer polícia\nRegressar à Ucrânia? "não sei"', "no"),
    ],
)
def test_question_line_reply_leaves_police_line(text: str, value: str) -> None:
    assert _applied(text, POLICE) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the question line asks about the police: its reply answers it
        ("F, 29, Filipina\nNo papers\nPolice? she says not sure yet", "undecided"),
        ("M, 50, boliviano\nSin documentos\n¿Denuncia? no quiere", "no"),
        # a question wrapped over two lines is still one question
        ("Asked whether she wants to\ntalk to the police? She said no.", "no"),
    ],
)
def test_question_line_still_read_with_its_reply(text: str, value: str) -> None:
    assert _applied(text, POLICE) == value


# ---------------------- who knows the address of the place she is at, named by its kind


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her employer knows the address of her friend's flat where she is staying.", "yes"),
        ("The employer does not know the address of the flat where she is staying.", "no"),
        ("El dueño del bazar conoce la dirección del piso donde está ahora.", "yes"),
        ("Le patron connaît l'adresse de l'appartement où elle dort.", "yes"),
        ("O patrão sabe o endereço da casa onde ela está.", "yes"),
        ("O patrão conhece a morada do apartamento onde ela mora.", "yes"),
        ("O explorador descobriu a morada da nossa casa.", "yes"),
    ],
)
def test_knows_address_of_her_place(text: str, value: str) -> None:
    assert _applied(text, KNOWS) == value


@pytest.mark.parametrize(
    "text",
    [
        # her own people know it, or the place is where she worked, not where she is
        "Her sister knows the address of the flat where she is staying.",
        "Su hermana conoce la dirección del piso donde está ahora.",
        "El patrón conoce la dirección de la casa donde trabajaba.",
        "Sa tante connaît l'adresse de l'appartement où elle dort.",
        "A mãe dela sabe o endereço da casa onde ela está.",
        "O patrão sabe o endereço da casa onde ela trabalhava.",
    ],
)
def test_address_known_by_her_people_or_past_place_is_no_yes(text: str) -> None:
    assert _applied(text, KNOWS) is None
