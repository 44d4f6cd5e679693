"""Documents, work, housing later, going home and family: the false readings, by kind.
Each kind is a way a note says something that is not the fact (another person's, a copy,
a no only for now, today's house rather than home), in invented sentences in en/es/fr/pt;
each must give nothing, or the value the survivor's own statement gives."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear_values

DOCS = "legal.has_identity_documents"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
HOUSING = "housing.needs_long_term_housing"

NOTHING = object()


def _check(fact: str, text: str, value: object) -> None:
    got = clear_values(text).get(fact, NOTHING)
    assert got is value if isinstance(value, bool) or value is NOTHING else got == value


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize(
    "text",
    [
        # another person's lack of papers is theirs
        "Su hijo no tiene pasaporte.",
        "Su marido perdió el pasaporte en la frontera.",
        "Son fils n'a pas de papiers.",
        "Son mari n'a aucun document.",
        "O filho dela não tem documentos.",
        "O marido dela está sem passaporte.",
        # a copy or a number of the document is not the document held
        "The police have a copy of her passport.",
        "The lawyer keeps a photocopy of her ID.",
        "La policía tiene una copia de su pasaporte.",
        "La police a une copie de son passeport.",
        "A polícia tem uma cópia do passaporte.",
        # a document word that names something else
        "No ID check was done at the door.",
        "No documents were signed.",
        "No passport number was recorded.",
        # "la tiene él": a pronoun after the verb, not someone from that life
        "Documentos: la tiene él",
        "Cédula: la tiene él, en la cartera",
        # after a title the holder may be the lady of the house as much as she
        "La señora tiene su pasaporte.",
        "La señora conserva su pasaporte.",
        "Madame a son passeport.",
        "A senhora tem o passaporte dela.",
        "The lady has her passport.",
    ],
)
def test_documents_read_as_nothing(text):
    _check(DOCS, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # her own lack, and papers taken from her, still read
        ("Ella no tiene pasaporte.", False),
        ("No tiene pasaporte.", False),
        ("N'a pas de papiers.", False),
        ("Elle n'a aucun document.", False),
        ("Não tem documentos.", False),
        ("The boss has her passport.", False),
        ("El pasaporte lo tiene el patrón.", False),
        ("Le patron a gardé son passeport.", False),
        ("No ID, no passport.", False),
        # a document she got back, in a relative clause after it
        ("Cuenta con su pasaporte, que recuperó con ayuda de la policía.", True),
        ("Her passport, which she got back last week, is in her bag.", True),
        ("Elle a son passeport, qu'elle a récupéré hier.", True),
        ("Son passeport, que la police lui a rendu, est valide.", True),
        ("Tem o passaporte, que já recuperou.", True),
    ],
)
def test_documents_still_read(text, value):
    _check(DOCS, text, value)


# ---------------------------------------------------------------- going home


@pytest.mark.parametrize(
    "text",
    [
        # going back to the house today is about tonight's roof, not about home
        "No quiere volver a casa hoy.",
        "She does not want to go home today.",
        "Elle ne veut pas rentrer chez elle aujourd'hui.",
        "Não quer voltar para casa hoje.",
        "Wants to go home today, her mother is waiting.",
        # a no only until something else happens is no answer yet
        "He does not want to go back before he repays the debt.",
        "She does not want to return to Nepal until the debt is paid.",
        "No quiere volver a su país hasta pagar la deuda.",
        "No quiere regresar a Honduras antes de juntar dinero.",
        "Il ne veut pas retourner au Mali avant de rembourser sa famille.",
        "Elle ne veut pas rentrer au pays tant que le procès n'est pas fini.",
        "Não quer voltar para Angola antes de pagar a dívida.",
        "Não quer voltar para o Brasil enquanto não tiver dinheiro.",
    ],
)
def test_going_home_read_as_nothing(text):
    _check(HOME, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She does not want to go back to Nepal.", "no"),
        ("No quiere volver a su país.", "no"),
        ("Il ne veut pas retourner au Mali.", "no"),
        ("Não quer voltar para Angola.", "no"),
        ("Quiere volver a Honduras.", "yes"),
        ("Wants to go home to Ghana before Christmas.", "yes"),
    ],
)
def test_going_home_still_read(text, value):
    _check(HOME, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # the reply to a transcript question names tonight: a bed now, not going home later
        "Q: Does she want to go home?\nA: Not today.",
        "Técnica: ¿Quiere volver a casa?\nPolicía: Hoy no.",
        "Intervenante : Veut-elle rentrer chez elle ?\nAgent : Pas ce soir.",
    ],
)
def test_going_home_reply_about_tonight_is_nothing(text):
    _check(HOME, text, NOTHING)


# ---------------------------------------------------------------- housing later


@pytest.mark.parametrize(
    "text",
    [
        "Intervenante : Elle a besoin d'un hébergement ?\nAgente : Oui, dès ce soir.",
        "Staff: Does she need housing?\nOfficer: Yes, tonight.",
        "Trabajadora: ¿Necesita alojamiento?\nPolicía: Sí, para esta noche.",
        "Técnica: Precisa de alojamento?\nAgente: Sim, para esta noite.",
        "Worker: Is she looking for housing?\nNurse: Yes, right now, she has nowhere to go.",
    ],
)
def test_housing_reply_about_tonight_is_not_later(text):
    _check(HOUSING, text, NOTHING)


def test_housing_reply_about_later_still_reads():
    text = (
        "Staff: Does she need housing?\nOfficer: Yes, she needs a flat of her own in the long run."
    )
    _check(HOUSING, text, True)


# ---------------------------------------------------------------- family


@pytest.mark.parametrize(
    "text",
    [
        # the family of the house she worked in is not her family
        "She does not want to see the family she worked for again.",
        "She wants to call the employer's family to get her wages.",
        "No quiere volver a ver a la familia para la que trabajaba.",
        "Quiere hablar con la familia del patrón para cobrar.",
        "Elle ne veut plus parler à la famille chez qui elle travaillait.",
        "Não quer falar com a família para quem trabalhava.",
        # another person's wish, a past contact, a threat, the referrer's plan
        "Her sister wants to contact her.",
        "Sa mère voudrait la joindre.",
        "A mãe dela quer falar com ela.",
        "She used to call her mother every Sunday.",
        "El patrón amenazó con llamar a su familia.",
        "Nous allons contacter sa famille.",
        "Vamos tentar contactar a família.",
    ],
)
def test_family_contact_read_as_nothing(text):
    _check(FAMILY, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a wish that someone else reach her family is hers, in every verb form
        ("Elle veut qu'on contacte sa famille.", True),
        ("Elle souhaite qu'on appelle sa mère.", True),
        ("Elle ne veut pas qu'on appelle ses parents.", False),
        ("Quiere que alguien contacte a su familia.", True),
        ("Quer que alguém ligue para a mãe dela.", True),
        ("Não quer que ninguém avise a família.", False),
        ("She would like to call her mother.", True),
    ],
)
def test_family_contact_still_read(text, value):
    _check(FAMILY, text, value)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # the limit of a no is looked for only up to a "but": the no before it stands
        (
            "He does not need a bed tonight, but he wants to leave before Monday.",
            "shelter.needs_shelter_tonight",
            False,
        ),
        ("No quiere volver a su país, pero antes quiere ver a su hija.", HOME, "no"),
    ],
)
def test_a_limit_after_but_leaves_the_no(text, fact, value):
    _check(fact, text, value)


# ---------------------------------------------------------------- work and housing later

WORK = "jobs.wants_employment"


@pytest.mark.parametrize(
    "text",
    [
        # refusing the job she left is not refusing work
        "She does not want to work for that man again.",
        "Does not want to go back to the farm work.",
        "No quiere volver a trabajar para ese hombre.",
        "No quiere trabajar para ellos nunca más.",
        "Elle ne veut plus travailler pour ce patron.",
        "Il ne veut pas retourner au chantier.",
        "Não quer voltar a trabalhar para o patrão.",
        "Não quer trabalhar para aquela família.",
    ],
)
def test_refusing_the_old_job_is_not_refusing_work(text):
    _check(WORK, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She wants to leave the bar and find a job in a shop.", True),
        ("Wants to work again, in a hotel this time.", True),
        ("Does not want to work at all for now.", False),
        ("No quiere trabajar por ahora.", False),
        ("Ne veut pas travailler pour le moment.", False),
    ],
)
def test_work_still_read(text, value):
    _check(WORK, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # leaving the place she was kept is not a wish for a home
        "She wants to leave the apartment where she was kept.",
        "Wants to get out of that flat as soon as possible.",
        "Quiere salir del piso donde la tenían.",
        "Quiere irse de esa casa.",
        "Veut quitter l'appartement où elle était enfermée.",
        "Elle veut sortir de cette maison.",
        "Quer sair do apartamento onde a mantinham.",
        "Quer fugir daquela casa.",
    ],
)
def test_leaving_a_place_is_not_housing_later(text):
    _check(HOUSING, text, NOTHING)


@pytest.mark.parametrize(
    "text",
    [
        "She wants to leave the shelter and find a flat of her own.",
        "Quiere salir del albergue y buscar un piso propio.",
        "Elle veut quitter le foyer et trouver un appartement.",
        "Quer sair do abrigo e arranjar uma casa para morar.",
    ],
)
def test_leaving_the_shelter_for_a_home_still_reads(text):
    _check(HOUSING, text, True)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a limit word of one language that is a plain word of another is no limit
        ("Not hungry, ate at station.", "food.needs_food_now", False),
        (
            "Does not want the police, she was deported before.",
            "safety.wants_law_enforcement",
            "no",
        ),
        (
            "No quiere denunciar, hasta llora cuando se lo dicen.",
            "safety.wants_law_enforcement",
            "no",
        ),
    ],
)
def test_a_word_that_only_looks_like_a_limit_leaves_the_no(text, fact, value):
    _check(fact, text, value)


TRAINING = "jobs.wants_training"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a wish label's list runs on over ";", "|" and "/" parts that hold no label
        ("Desea: seguir trabajando, pero no en el barco; capacitación en otro oficio", TRAINING),
        ("Wants: a job; driving lessons", TRAINING),
        ("Souhaits : logement | formation de cariste", TRAINING),
        ("Deseos: empleo; curso de cocina", TRAINING),
        ("Desejos: trabalho / curso de costura", TRAINING),
        ("Souhaite : un logement stable | un travail", WORK),
    ],
)
def test_a_wish_label_list_runs_over_its_parts(text, fact):
    _check(fact, text, True)


def test_a_part_with_its_own_label_is_not_on_the_list():
    assert TRAINING not in clear_values("Wants: a job | Training: not now")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a document taken from her by a pronoun, with the document named in the sentence
        ("Ella no tiene su tarjeta de identidad, la señora se la quitó.", False),
        ("El pasaporte, se lo quitaron al llegar.", False),
        ("Ses papiers, le patron les lui a pris.", False),
        ("O passaporte, tiraram-lho à chegada.", False),
        ("Her passport was the first thing, the boss took it from her.", False),
        # negated, or beside a document she holds, it is no lack
        ("No se lo quitaron, tiene su pasaporte.", True),
        ("Tiene su cédula, el pasaporte se lo quitaron.", True),
        # the card names of the Spanish-speaking countries
        ("No tiene su carnet de identidad.", False),
        ("Perdió su cédula de identidad.", False),
    ],
)
def test_a_document_taken_by_a_pronoun(text, value):
    _check(DOCS, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Her phone, the boss took it from her.",
        "Le quitaron el teléfono, se lo quitaron todo.",
        "Son téléphone, le patron le lui a pris.",
    ],
)
def test_a_thing_taken_by_a_pronoun_is_no_document(text):
    _check(DOCS, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # relatives in the plural are relatives, and "her" may have a tail after it
        ("She would like to call her brothers.", True),
        ("Quiere hablar con sus hermanas.", True),
        ("Elle voudrait revoir ses sœurs.", True),
        ("Quer reencontrar as irmãs que moram no Norte.", True),
        ("His mother is in Accra, he wants very much to talk to her on the phone.", True),
        # their own wish is theirs
        ("Her sisters want to call her.", NOTHING),
        ("Sus hermanos quieren hablar con ella.", NOTHING),
        ("Ses frères veulent la joindre.", NOTHING),
        ("As irmãs dela querem falar com ela.", NOTHING),
        # a greeting to the reader names no relative of hers
        ("Hermanos, les escribo por una muchacha que quiere hablar con su madre.", True),
    ],
)
def test_relatives_in_the_plural(text, value):
    _check(FAMILY, text, value)
