"""Documents, work, housing later, going home and family, fifth round: each mechanism
stated in invented sentences, several ways a referrer would say the same thing, in
en/es/fr/pt and several forms (form line, shorthand, narrative, transcript, no accents)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import clear_values as facts

DOCS = "legal.has_identity_documents"
PERMIT = "jobs.has_work_authorization"
WORK = "jobs.wants_employment"
TRAINING = "jobs.wants_training"
HOUSING = "housing.needs_long_term_housing"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize(
    "text",
    [
        "Her passport is still with the farm owner.",
        "Passport: with trafficker",
        "Docs: none on her, passport with the madam",
        "ID card held by the recruiter since she arrived",
        "El pasaporte sigue en poder del patrón.",
        "Pasaporte: lo tiene la dueña del bar",
        "Son passeport est resté chez l'employeur.",
        "Papiers : chez le passeur",
        "O passaporte está na posse da patroa.",
        "passaporte com o empregador desde que chegou",
    ],
)
def test_a_document_left_with_someone_from_that_life_is_not_hers(text):
    assert facts(text)[DOCS] is False


@pytest.mark.parametrize(
    "text",
    [
        "Her passport is no longer with the employer.",
        "She has her passport with her.",
        "Passport with the employer, returned to her yesterday.",
    ],
)
def test_a_document_no_longer_held_says_not_none(text):
    assert facts(text).get(DOCS) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Retiveram-lhe o passaporte.",
        "Tiraram-lhe os documentos todos a chegada.",
        "A patroa confiscou-lhe o passaporte.",
    ],
)
def test_a_clitic_her_marks_the_document_taken_from_her(text):
    assert facts(text)[DOCS] is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le patron a gardé son passeport.", False),
        ("Ils gardent ses papiers depuis deux ans.", False),
        ("Elle a gardé sa carte d'identité.", True),
        ("J'ai gardé mon passeport, il est dans mon sac.", True),
        ("Elle n'a aucun papier.", False),
    ],
)
def test_who_keeps_the_papers_in_french(text, value):
    assert facts(text)[DOCS] is value


# ---------------------------------------------------------------- work permit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle n'a pas de titre de séjour lui permettant de travailler.", "no"),
        ("Il a un titre de séjour avec autorisation de travail.", "yes"),
        ("Não tem autorização de residência nem de trabalho.", "no"),
        ("No tiene permiso de residencia ni de trabajo.", "no"),
        ("She has no visa that allows her to work.", "no"),
    ],
)
def test_a_residence_permit_that_names_work_is_a_work_permit(text, value):
    assert facts(text)[PERMIT] == value


# ---------------------------------------------------------------- going home


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She hopes to be repatriated.", "yes"),
        ("Requests assisted voluntary return to Moldova.", "yes"),
        ("Quiere ser repatriada cuanto antes.", "yes"),
        ("Solicita retorno voluntario.", "yes"),
        ("Elle demande un rapatriement.", "yes"),
        ("Il souhaite bénéficier de l'aide au retour.", "yes"),
        ("Ela pede o repatriamento.", "yes"),
        ("quer um bilhete de regresso pra casa", "yes"),
        ("Does not want repatriation.", "no"),
        ("No desea ser repatriado.", "no"),
        ("Ne souhaite pas de rapatriement.", "no"),
        ("Ainda não decidiu sobre o repatriamento.", "undecided"),
    ],
)
def test_going_home_said_as_a_noun_or_a_programme(text, value):
    assert facts(text)[HOME] == value


def test_repatriation_asked_by_others_is_not_hers():
    assert HOME not in facts("Two of her co-workers asked for repatriation last week.")


# ---------------------------------------------------------------- form values that are wishes


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Retour au pays : souhaité", HOME, "yes"),
        ("Contact famille : souhaité", FAMILY, True),
        ("Formation : souhaitée (cuisine)", TRAINING, True),
        ("Contact famille : non souhaité", FAMILY, False),
        ("Contacto familiar: no desea", FAMILY, False),
        ("Capacitación: lo desea", TRAINING, True),
        ("Regresso ao país: desejado", HOME, "yes"),
        ("Contato com a família: não deseja", FAMILY, False),
        ("Family contact: wanted", FAMILY, True),
        ("Training: not wanted", TRAINING, False),
    ],
)
def test_a_wish_word_as_a_form_value(text, fact, value):
    assert facts(text)[fact] == value


# ---------------------------------------------------------------- family contact refused


@pytest.mark.parametrize(
    "text",
    [
        "No contact with family wanted.",
        "Sin contacto con la familia deseado.",
        "Pas de contact avec la famille souhaité.",
        "Sem contato com a família desejado.",
    ],
)
def test_no_contact_wanted_is_a_refusal(text):
    assert facts(text)[FAMILY] is False


def test_no_contact_alone_is_a_state_not_a_wish():
    assert FAMILY not in facts("No contact with family for two years.")


# ---------------------------------------------------------------- housing later


@pytest.mark.parametrize(
    "text",
    [
        "She will need housing after the shelter.",
        "Will need accommodation later on.",
        "Necesitará alojamiento más adelante.",
        "Aura besoin d'un hébergement par la suite.",
        "Vai precisar de alojamento no futuro.",
    ],
)
def test_housing_needed_later_is_long_term(text):
    assert facts(text)[HOUSING] is True


def test_housing_for_tonight_is_not_later():
    assert HOUSING not in facts("Needs accommodation tonight, and later on we will see.")


# ---------------------------------------------------------------- a need carried over "and"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Client referred by the labour inspectorate after three months on the farm. "
            "She needs clothes and help finding another job.",
            WORK,
        ),
        (
            "Derivación del servicio de urgencias tras la inspección en el taller textil. "
            "Requiere ropa de abrigo y orientación para encontrar empleo.",
            WORK,
        ),
        (
            "Signalement de l'inspection du travail après le contrôle du chantier de Lyon. "
            "Il a besoin de vêtements et d'aide pour trouver un emploi.",
            WORK,
        ),
    ],
)
def test_a_need_carries_over_and_in_a_long_note(text, fact):
    assert facts(text)[fact] is True


def test_a_need_does_not_carry_to_another_subject():
    text = (
        "Referral from the outreach team after the raid on the car wash last night. "
        "She needs a bed and her brother wants to find work."
    )
    assert WORK not in facts(text)


def test_an_answer_reads_the_same_way():
    got = interpret_answer(WORK, "Sí, necesito ropa y ayuda para encontrar trabajo.")
    assert got.values[WORK] is True


# ---------------------------------------------------------------- a yes after what it is about


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (HOUSING, "Longer term, yes. The room I have now is only for this week."),
        (FAMILY, "My aunt, yes, she lives in Accra and she will be worried."),
        (FAMILY, "A mi hermana sí, hace meses que no sabe de mí."),
        (FAMILY, "Ma cousine oui, elle habite à Lyon, les autres je ne sais pas."),
        (FAMILY, "Com o meu irmão, sim. Ele está em Luanda."),
        (WORK, "Trabajo, sí, lo que sea, necesito pagar el cuarto."),
        (TRAINING, "Une formation oui, en cuisine ou en couture."),
    ],
)
def test_a_yes_after_what_it_is_about_answers_the_question(fact, text):
    assert interpret_answer(fact, text).values[fact] is True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (FAMILY, "Mis padres no, a mi hermana sí."),  # a no first: not a plain yes
        (HOME, "Volvería si puedo pagar la deuda primero, pero no sé cuándo."),  # "si": if
        (FAMILY, "I would call her if I had a phone, yes maybe one day."),
    ],
)
def test_a_yes_that_is_not_the_answer_is_not_read(fact, text):
    assert interpret_answer(fact, text).values.get(fact) is not True


def test_sim_is_a_plain_yes_after_a_question_in_a_note():
    text = "Técnica: Quer que liguemos à família?\nUtente: Sim."
    assert facts(text)[FAMILY] is True


# ---------------------------------------------------------------- refusing to go home


@pytest.mark.parametrize(
    "text",
    [
        "She refuses to go back home.",
        "He says he will never go back to Albania.",
        "Se niega a volver a Paraguay.",
        "Se negó rotundamente a regresar a su país.",
        "Il refuse de rentrer au Sénégal.",
        "Elle n'a pas l'intention de rentrer au pays.",
        "Recusa-se a voltar para o Brasil.",
        "nao pensa em voltar para casa",
    ],
)
def test_refusing_to_go_home_is_a_no(text):
    assert facts(text)[HOME] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "She refuses to go back to the flat where she was kept.",
        "Se niega a volver a esa casa.",
        "Elle n'est jamais retournée au pays depuis.",
    ],
)
def test_refusing_another_place_or_a_past_return_says_nothing_of_home(text):
    assert facts(text).get(HOME) != "no"


# ---------------------------------------------------------------- wishes said strongly


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She is determined to go home to her children.", HOME, "yes"),
        ("She is desperate to start working again so she can pay off her debt.", WORK, True),
        ("Is desperate to speak to her children.", FAMILY, True),
        ("Le urge encontrar trabajo para mandar dinero a sus hijos.", WORK, True),
        ("Elle a hâte de reprendre le travail.", WORK, True),
        ("Sonha em voltar para a terra dela.", HOME, "yes"),
    ],
)
def test_a_wish_said_strongly_is_a_wish(text, fact, value):
    assert facts(text)[fact] == value


# ---------------------------------------------------------------- a home of her own


@pytest.mark.parametrize(
    "text",
    [
        "She wants her own place eventually.",
        "Quiere tener su propia casa algún día.",
        "Voudrait avoir son propre logement.",
        "Gostaria de ter a sua própria casa.",
        "Needs move-on accommodation.",
    ],
)
def test_a_home_of_her_own_is_housing_later(text):
    assert facts(text)[HOUSING] is True


# ---------------------------------------------------------------- whose papers


@pytest.mark.parametrize(
    "text",
    [
        "Her son has no papers.",
        "Su hijo no tiene papeles.",
        "The boss does not have her passport any more.",
    ],
)
def test_papers_of_someone_else_or_not_held_say_nothing_of_hers(text):
    assert facts(text).get(DOCS) is not False


@pytest.mark.parametrize(
    "text",
    [
        "sin docs",
        "no docs, no phone",
        "Le cogieron el pasaporte nada más llegar.",
        "A la llegada le sacaron el pasaporte.",
    ],
)
def test_documents_gone_in_shorthand_and_colloquial_spanish(text):
    assert facts(text)[DOCS] is False


@pytest.mark.parametrize(
    "text",
    [
        "No quiere que se contacte a su familia.",
        "No desea que se avise a sus padres.",
        "Não quer que a família saiba.",
        "Nao deseja que se contacte a mae.",
    ],
)
def test_not_wanting_the_family_reached_is_a_no(text):
    assert facts(text)[FAMILY] is False


# ---------------------------------------------------------------- a permit that lets her work


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her visa does not allow her to work.", "no"),
        ("Su visa no le permite trabajar.", "no"),
        ("Son visa ne lui permet pas de travailler.", "no"),
        ("O visto dela não lhe permite trabalhar.", "no"),
        ("She has leave to remain with the right to work.", "yes"),
        ("Su tarjeta de residencia le permite trabajar.", "yes"),
    ],
)
def test_a_permit_that_lets_her_work(text, value):
    assert facts(text)[PERMIT] == value


def test_an_employer_not_letting_her_work_says_nothing_of_a_permit():
    assert PERMIT not in facts("The employer does not allow her to work anywhere else.")


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Legal to work: no", PERMIT, "no"),
        ("Eligible to work: yes", PERMIT, "yes"),
        ("Wants family informed: yes", FAMILY, True),
        ("Family to be contacted: no", FAMILY, False),
        ("Avisar a la familia: sí", FAMILY, True),
        ("Prévenir la famille : non", FAMILY, False),
        ("Necesidad de vivienda: sí", HOUSING, True),
    ],
)
def test_more_label_families(text, fact, value):
    assert facts(text)[fact] == value


# ---------------------------------------------------------------- what is wished, then the wish


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Vocational training requested.", TRAINING, True),
        ("Cursos: interesada en corte y confección", TRAINING, True),
        ("Formação profissional pretendida.", TRAINING, True),
        ("Paid work wanted as soon as possible.", WORK, True),
        ("Empleo deseado: cocina", WORK, True),
        ("Logement durable demandé.", HOUSING, True),
        ("Retorno voluntario solicitado.", HOME, "yes"),
        ("Contact with her family requested.", FAMILY, True),
        ("Contacto con la familia deseado.", FAMILY, True),
        ("Contacto com a mãe solicitado.", FAMILY, True),
    ],
)
def test_a_wish_word_after_what_is_wished(text, fact, value):
    assert facts(text)[fact] == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Overtime work requested by the employer every night.", WORK),
        ("Le travail demandé par le patron était épuisant.", WORK),
    ],
)
def test_what_someone_else_requested_is_not_her_wish(text, fact):
    assert fact not in facts(text)


# ---------------------------------------------------------------- looking for a relative


@pytest.mark.parametrize(
    "text",
    [
        "Her priority is to find her son.",
        "She wants to track down her sister.",
        "Quiere encontrar a su hermana.",
        "Elle souhaite retrouver sa fille.",
        "Quer procurar o irmão.",
    ],
)
def test_a_wish_to_find_a_relative_is_a_wish_for_contact(text):
    assert facts(text)[FAMILY] is True


def test_finding_work_for_a_relative_is_not_contact():
    assert FAMILY not in facts("She wants to find work for her son.")


# ---------------------------------------------------------------- given back, in the next clause


@pytest.mark.parametrize(
    "text",
    [
        "Passport taken by the boss, returned to her yesterday.",
        "Passport withheld, given back by the police.",
        "Pasaporte retenido por el patrón, ya devuelto.",
        "Docs: passaporte apreendido no imóvel, devolvido hoje à utente.",
    ],
)
def test_a_document_given_back_in_the_next_clause_is_hers_again(text):
    assert facts(text)[DOCS] is True


@pytest.mark.parametrize(
    "text",
    ["Returned to her country last year.", "She was found by police, returned to her family."],
)
def test_returned_without_a_document_says_nothing_of_papers(text):
    e = extract(text)
    assert DOCS not in e.values and DOCS not in e.possible
